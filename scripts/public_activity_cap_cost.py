"""What the public-activity cap in ``threatscan.decide`` holds back on a labelled split.

    python scripts/public_activity_cap_cost.py --split dev

The cap (POLICY.md's hard line) keeps a text framed as a report of public or police
activity from a threat flag without a harm, condition or surveillance cue, from a
solicitation flag without a call or payment beside a harm act (or a locate request, a
hire, a call to arm), and from any doxxing decision unless it names a person or carries
a personal item.  This
counts, per label, the rows whose score reached the flag threshold but were held
back by the cap, split into true positives (the cost) and false positives (the
benefit on this data).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from threatscan import Scanner
from threatscan.classify.cascade import Cascade
from threatscan.decide import public_activity_cap
from threatscan.train.data import load_rows
from threatscan.types import LABELS

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus.jsonl")
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    rows = [r for r in load_rows(args.corpus, None) if r.split == args.split]
    scanner = Scanner()
    cascade = Cascade.load()  # the default scanner's classifier, scored on the same analysis
    held = {label: {"positives": 0, "negatives": 0} for label in LABELS}
    for row in rows:
        doc, analysis = scanner.analyze(row.text)
        capped = [label for label in held if public_activity_cap(label, analysis) is not None]
        if not capped:
            continue
        scores = cascade.predict(doc, analysis)
        for label in capped:
            if scores[label] >= scanner.config.thresholds[label].flag:
                positive = row.labels[LABELS.index(label)]
                held[label]["positives" if positive else "negatives"] += 1
    print(f"{args.split}: {len(rows)} rows; flag-level scores held back by the cap")
    for label, counts in held.items():
        print(
            f"  {label.value}: {counts['positives']} true positives, "
            f"{counts['negatives']} false positives"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
