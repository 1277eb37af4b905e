"""Evaluation and threshold tuning: labelled data in, metrics, plots and policies out.

- ``datasets``: ``load_labelled`` reads labelled JSONL into a frozen ``Dataset``.
- ``metrics``: the ``METRICS`` registry, ``bootstrap_ci``, ``breakdown``, ``evaluate``.
- ``thresholds``: ``tune`` per-label thresholds and ``write_policy`` a TOML policy file.
- ``report``: ``write_report`` writes ``metrics.json``, PNG plots and a self-contained HTML.
- ``commands``: the ``threatscan eval`` and ``threatscan tune`` click commands.

Only ``report`` needs an optional extra (matplotlib: ``pip install 'threatscan[eval]'``),
imported when a plot is drawn. See docs/eval.md.
"""

from __future__ import annotations

from threatscan.eval.datasets import Dataset, Example, load_labelled
from threatscan.eval.metrics import (
    METRICS,
    ConfidenceInterval,
    EvalResult,
    Metric,
    bootstrap_ci,
    breakdown,
    evaluate,
)
from threatscan.eval.thresholds import TunedLabel, tune, tune_label, write_policy

__all__ = [
    "METRICS",
    "ConfidenceInterval",
    "Dataset",
    "EvalResult",
    "Example",
    "Metric",
    "TunedLabel",
    "bootstrap_ci",
    "breakdown",
    "evaluate",
    "load_labelled",
    "tune",
    "tune_label",
    "write_policy",
]
