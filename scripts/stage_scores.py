"""Each cascade stage's score for a text, to see which stage makes a false flag or a miss.

    python scripts/stage_scores.py "Shoot the logs over to the splitter, Rashid, I'll stack."
    python scripts/stage_scores.py --file texts.txt      # one text a line

For every label it prints, with the packaged model:
- linear: the cheap stage's calibrated score (hashed n-grams and detector features);
- head: the encoder head's own score, sigmoid of its logit before the stage's calibration;
- encoder: the encoder stage's calibrated score, which combines the head's and the linear
  stage's logits; "-" when the linear stage settles the text and the encoder does not run;
- rules: the rules baseline (the policy's explicit scopes) that is mixed in at the end;
- final: the blended, recalibrated score the scanner compares with the policy thresholds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from threatscan import Scanner
from threatscan.classify.cascade import (
    Cascade,
    blend,
    calibrated,
    combined,
    dense_features,
    escalates,
    rules_inputs,
)
from threatscan.types import LABELS


def stage_scores(scanner: Scanner, cascade: Cascade, text: str) -> dict[str, np.ndarray]:
    """The stages' scores for one text, each an array over LABELS."""
    w = cascade.weights
    doc, analysis = scanner.analyze(text)
    dense = dense_features(analysis, w.feature_names)[None]
    cheap = cascade.linear_logits([doc], dense)
    linear = calibrated(cheap, w.cheap_platt)
    out = {"linear": linear[0]}
    probs = linear.copy()
    head = cascade.head_logits([doc], dense, cheap)
    out["head"] = 1.0 / (1.0 + np.exp(-head[0]))
    if escalates(linear, w.band)[0]:
        probs = combined(head, cheap, w.head_platt)
        out["encoder"] = probs[0]
    rules, complete = rules_inputs([analysis.features])
    out["rules"] = rules[0]
    out["final"] = blend(probs, rules, w, complete)[0]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("texts", nargs="*")
    ap.add_argument("--file", type=Path, help="a file of texts, one a line")
    args = ap.parse_args(argv)
    texts = list(args.texts)
    if args.file is not None:
        texts += [t for t in args.file.read_text(encoding="utf-8").splitlines() if t.strip()]
    if not texts:
        ap.error("give texts or --file")
    scanner, cascade = Scanner(), Cascade.load()
    for text in texts:
        scores = stage_scores(scanner, cascade, text)
        print(text)
        for j, label in enumerate(LABELS):
            cells = "  ".join(
                f"{name} {scores[name][j]:.2f}" if name in scores else f"{name}    -"
                for name in ("linear", "head", "encoder", "rules", "final")
            )
            print(f"  {label.value:<12} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
