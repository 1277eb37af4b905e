"""Build the functional test suite (`suite.jsonl`) from its hand-written parts.

    python data/functional/build_suite.py            # write suite.jsonl and suite_stats.md
    python data/functional/build_suite.py --check    # exit 1 unless they match the parts

The parts (`parts/*.jsonl`) were written from POLICY.md alone, by writers who did not read the
training corpus or its generator, one policy behaviour ("functionality") at a time: see
README.md. This script checks every row (labels, family, fictitious data, duplicates), gives it
an id, a group (its functionality) and the split `functional`, and writes `suite.jsonl` and
`suite_stats.md`. It exits non-zero on any problem. Standard library only; deterministic.

The suite is for measurement only: nothing that trains or tunes threatscan reads it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = HERE / "parts"
OUT = HERE / "suite.jsonl"
STATS = HERE / "suite_stats.md"
SOURCE = "threatscan-functional-v1"
LABELS = ("threat", "solicitation", "doxxing")
KEYS = {"text", *LABELS, "family", "functionality", "lang", "note"}


def _corpus_module() -> Any:
    """data/build_corpus.py, for its family list and fictitious-data check."""
    spec = importlib.util.spec_from_file_location("build_corpus", HERE.parent / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _problems(row: dict[str, Any], where: str, families: set[str]) -> list[str]:
    out = []
    if set(row) != KEYS:
        out.append(f"{where}: keys {sorted(row)}; expected {sorted(KEYS)}")
        return out
    if not isinstance(row["text"], str) or not row["text"].strip():
        out.append(f"{where}: empty text")
    if any(row[k] not in (0, 1) for k in LABELS):
        out.append(f"{where}: labels must be 0 or 1")
    family = row["family"]
    if family not in families:
        out.append(f"{where}: unknown family {family!r}")
    positive = any(row[k] == 1 for k in LABELS)
    if family.startswith("neg.") == positive:
        out.append(f"{where}: family {family} does not match labels")
    if row["lang"] not in ("en", "es"):
        out.append(f"{where}: lang {row['lang']!r}")
    if not str(row["functionality"]).strip() or not str(row["note"]).strip():
        out.append(f"{where}: empty functionality or note")
    return out


def build() -> tuple[list[dict[str, Any]], list[str]]:
    corpus = _corpus_module()
    corpus_rows = _read(HERE.parent / "corpus.jsonl")
    families = {r["family"] for r in corpus_rows}
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for path in sorted(PARTS.glob("*.jsonl")):
        for n, raw in enumerate(_read(path), 1):
            where = f"{path.name}:{n}"
            problems += _problems(raw, where, families)
            key = _norm(raw.get("text", ""))
            if key in seen:
                problems.append(f"{where}: duplicate of {seen[key]}")
            seen[key] = where
            rows.append(
                {
                    "id": f"fs-{len(rows) + 1:04d}",
                    "text": raw.get("text", ""),
                    **{k: raw.get(k) for k in LABELS},
                    "family": raw.get("family"),
                    "group": raw.get("functionality"),
                    "lang": raw.get("lang"),
                    "split": "functional",
                    "source": SOURCE,
                    "note": raw.get("note"),
                }
            )
    problems += corpus.check_fictitious(rows)
    training = {_norm(r["text"]) for r in corpus_rows}
    problems += [f"{r['id']}: also a corpus row" for r in rows if _norm(r["text"]) in training]
    small = [g for g, c in Counter(r["group"] for r in rows).items() if c < 3]
    problems += [f"functionality {g} has fewer than 3 cases" for g in sorted(small)]
    return rows, problems


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def stats(rows: list[dict[str, Any]]) -> str:
    groups = Counter(r["group"] for r in rows)
    lines = [
        "# Functional suite counts",
        "",
        "Written by `python data/functional/build_suite.py`; do not edit by hand.",
        "",
        f"{len(rows)} cases in {len(groups)} functionalities; "
        f"{sum(r['lang'] == 'es' for r in rows)} in Spanish; "
        f"{sum(r['family'].startswith('neg.') for r in rows)} hard negatives.",
        "",
        "| label | positives |",
        "| --- | ---: |",
        *(f"| {k} | {sum(r[k] for r in rows)} |" for k in LABELS),
        "",
        "| functionality | cases | family | threat | solicitation | doxxing |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for group in sorted(groups):
        members = [r for r in rows if r["group"] == group]
        fams = ", ".join(sorted({r["family"] for r in members}))
        counts = " | ".join(str(sum(r[k] for r in members)) for k in LABELS)
        lines.append(f"| {group} | {len(members)} | {fams} | {counts} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    rows, problems = build()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        return 1
    suite = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if check:
        same = OUT.is_file() and OUT.read_text("utf-8") == suite
        same = same and STATS.is_file() and STATS.read_text("utf-8") == stats(rows)
        print(f"{OUT.name} and {STATS.name} {'match' if same else 'do not match'} the parts")
        return 0 if same else 1
    OUT.write_text(suite, "utf-8")
    STATS.write_text(stats(rows), "utf-8")
    print(f"wrote {OUT.name}: {len(rows)} cases; {STATS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
