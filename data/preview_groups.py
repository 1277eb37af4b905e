#!/usr/bin/env python3
"""Check and preview a group file (data/v3/, data/v4/) before it joins the corpus.

    python data/preview_groups.py data/v3/neg_contact.py [--samples 2]

Fills every template of every group ``--samples`` times with a fixed seed, prints
the rows with their labels, and exits non-zero on a problem: an unknown slot, an
unknown family, labels that do not fit the family, a fictitious-data breach (phone,
email, SSN), ``n`` outside 4..12, or fewer than 3 groups in a family (each family
needs a group in train, dev and test).  It writes nothing.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("build_corpus", HERE / "build_corpus.py")
assert _spec is not None and _spec.loader is not None
bc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bc)

FAMILY_LABELS = {"threat": {"T"}, "sol": {"S", "TS"}, "dox": {"D", "TD", "SD"}, "neg": {""}}


def check(path: Path, samples: int) -> list[str]:
    """Print samples of every template in ``path`` and return the problems found."""
    problems: list[str] = []
    known_families = {g["family"] for g in bc.GROUPS}
    groups = bc.register_files([path])
    rng = Random(0)
    for i, g in enumerate(groups):
        where = f"{path.name} group {i} ({g['family']}, {g['lang']})"
        if g["family"] not in known_families:
            problems.append(f"{where}: unknown family")
        if g["labels"] not in FAMILY_LABELS.get(g["family"].split(".")[0], set()):
            problems.append(f"{where}: labels {g['labels']!r} do not fit the family")
        if g["lang"] not in ("en", "es"):
            problems.append(f"{where}: lang must be en or es")
        if not g["note"]:
            problems.append(f"{where}: no note")
        if g["n"] is None or not 4 <= g["n"] <= 12:
            problems.append(f"{where}: n must be set, 4..12")
        print(f"\n== {where} labels={g['labels'] or '-'} n={g['n']}\n   note: {g['note']}")
        for t in g["templates"]:
            for _ in range(samples):
                try:
                    text = bc.Ctx(rng, g["lang"]).fill(t)
                except (KeyError, IndexError, ValueError) as exc:
                    problems.append(f"{where}: template {t[:50]!r}: {exc!r}")
                    break
                print("   -", text)
                problems += bc.check_fictitious([{"id": where, "text": text}])
    for fam, k in collections.Counter(g["family"] for g in groups).items():
        if k < 3:
            problems.append(f"{path.name}: family {fam} has {k} groups; needs 3 or more")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--samples", type=int, default=2)
    args = ap.parse_args()
    problems: list[str] = []
    for f in args.files:
        problems += check(f.resolve(), args.samples)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print(f"\n{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
