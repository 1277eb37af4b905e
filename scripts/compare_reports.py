"""Compare `threatscan eval` reports side by side: the figures a model decision reads.

    python scripts/compare_reports.py reports/seed1-dev reports/v10-seed0-dev [...]

Each argument is a report directory (or its metrics.json). Prints, per report, each label's
F1 and AUPRC with their mean over the labels, the hard-negative rows flagged, and the families
flagged more than --max-rate of the time; then one row per hard-negative family with its
flagged count in every report, worst first. Reports of different rows (another split, or
another data_sha256 in the stamp) are refused: the comparison is only exact on the same rows.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Any


def load(path: Path) -> dict[str, Any]:
    """The metrics of one report directory or metrics.json file."""
    file = path / "metrics.json" if path.is_dir() else path
    if not file.is_file():
        raise SystemExit(f"{path}: no metrics.json (run threatscan eval --out {path} first)")
    metrics: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    return metrics


def rows_of(m: dict[str, Any]) -> tuple[object, object]:
    """The split and the hash of its rows (the stamp's data_sha256 covers the scored rows only,
    so a corpus with an opt-in train-only block scores the same dev rows, with the same hash)."""
    return m["stamp"].get("split"), m["stamp"].get("data_sha256")


def summary_line(name: str, m: dict[str, Any], max_rate: float) -> str:
    labels = m["labels"]
    f1 = [labels[k]["metrics"]["f1"] for k in labels]
    ap = [labels[k]["metrics"]["auprc"] for k in labels]
    hard = m["hard_negatives"]
    flagged = sum(h["flagged"] for h in hard)
    over = sum(1 for h in hard if h["flag_rate"] > max_rate)
    return (
        f"| {name} | {' / '.join(f'{x:.3f}' for x in f1)} ({sum(f1) / len(f1):.4f}) | "
        f"{' / '.join(f'{x:.3f}' for x in ap)} ({sum(ap) / len(ap):.4f}) | "
        f"{flagged} of {sum(h['n'] for h in hard)} | {over} of {len(hard)} |"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--max-rate", type=float, default=0.02, help="family flag-rate line")
    args = ap.parse_args(argv)
    reports = [(str(p), load(p)) for p in args.reports]
    if len({rows_of(m) for _, m in reports}) > 1:
        raise SystemExit("the reports score different rows (split or data_sha256 differ)")
    labels = " / ".join(reports[0][1]["labels"])
    print(
        f"| report | F1: {labels} (mean) | AUPRC (mean) | hard negatives flagged "
        f"| families over {args.max_rate:.0%} |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, m in reports:
        print(summary_line(name, m, args.max_rate))
    counts = [{h["key"]: h["flagged"] for h in m["hard_negatives"]} for _, m in reports]
    sizes = {h["key"]: h["n"] for h in reports[0][1]["hard_negatives"]}
    print()
    print(f"| family | {' | '.join(name for name, _ in reports)} | rows |")
    print(f"| --- |{' --- |' * len(reports)} --- |")
    for key in sorted(sizes, key=lambda k: (-sum(c.get(k, 0) for c in counts), k)):
        cells = " | ".join(str(c.get(key, "-")) for c in counts)
        print(f"| {key} | {cells} | {sizes[key]} |")
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the table quietly
    sys.exit(main())
