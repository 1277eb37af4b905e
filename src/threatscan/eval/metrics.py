"""Evaluation metrics, bootstrap confidence intervals and breakdowns (numpy only).

Every metric reads the same three inputs for one label, in this order:

- ``y_true``: gold values, ``0`` or ``1`` (rows with an unknown gold value are
  dropped before a metric sees them);
- ``scores``: the Scanner's score for the label, in ``[0, 1]``;
- ``decisions``: whether the Scanner flagged the label (``LabelResult.flagged``).

``METRICS`` is the registry, in a fixed order; each ``Metric`` declares what a
perfect prediction scores and its bounds, and the shared invariance tests in
``tests/test_eval_metrics.py`` are driven by it. A metric that is undefined on
its input (precision with nothing flagged, recall with no positives) returns
``nan``, never a made-up 0 or 1; ``nan`` becomes ``null`` in ``metrics.json``.

Example:
    >>> import numpy as np
    >>> y = np.array([1, 0, 1, 0]); s = np.array([0.9, 0.2, 0.4, 0.7]); d = s >= 0.5
    >>> METRICS["precision"](y, s, d), METRICS["recall"](y, s, d)
    (0.5, 0.5)
    >>> bootstrap_ci("f1", y, s, d, n=200, seed=0) == bootstrap_ci("f1", y, s, d, n=200, seed=0)
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Literal, TypeGuard

import numpy as np
from numpy.typing import ArrayLike, NDArray

from threatscan.errors import DataError
from threatscan.eval.datasets import Dataset
from threatscan.types import LABELS, Decision, Label, Report

__all__ = [
    "CI_METRICS",
    "ECE_BINS",
    "METRICS",
    "BootstrapUnit",
    "Calibration",
    "ConfidenceInterval",
    "EvalResult",
    "GroupStats",
    "LabelEval",
    "Metric",
    "PRCurve",
    "Predictions",
    "bootstrap_ci",
    "bootstrap_cis",
    "breakdown",
    "calibration",
    "check_inputs",
    "evaluate",
    "get_metric",
    "is_hard_negative",
    "make_stamp",
    "pr_curve",
    "predictions_from_reports",
    "review_band",
]

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]
MetricFn = Callable[[BoolArray, FloatArray, BoolArray], float]

ECE_BINS = 10
"""Equal-width bins on [0, 1] for ECE and the reliability diagram."""

CI_METRICS: tuple[str, ...] = ("precision", "recall", "f1", "auprc")
"""Metrics that get a bootstrap confidence interval in ``evaluate``."""

BootstrapUnit = Literal["auto", "row", "group"]
"""What a bootstrap resample draws in ``evaluate``: template groups, rows, or groups when
every row has one."""

NAN = float("nan")


# --------------------------------------------------------------------------- inputs


def check_inputs(
    y_true: ArrayLike, scores: ArrayLike, decisions: ArrayLike
) -> tuple[BoolArray, FloatArray, BoolArray]:
    """Validate one label's inputs and return them as numpy arrays.

    Raises:
        DataError: lengths differ, a gold value is not 0/1, a score is outside
            ``[0, 1]`` or not finite, or a decision is not boolean.
    """
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=np.float64)
    d = np.asarray(decisions)
    if y.ndim != 1 or s.ndim != 1 or d.ndim != 1:
        raise DataError("y_true, scores and decisions must be one-dimensional")
    if not (len(y) == len(s) == len(d)):
        raise DataError(
            f"y_true, scores and decisions differ in length ({len(y)}, {len(s)}, {len(d)})"
        )
    if y.dtype != np.bool_ and (y.size and not np.isin(y, (0, 1)).all()):
        raise DataError("y_true must hold only 0 and 1; drop rows whose gold value is unknown")
    if s.size and (not np.isfinite(s).all() or s.min() < 0.0 or s.max() > 1.0):
        raise DataError("scores must be finite numbers in [0, 1]")
    if d.dtype != np.bool_ and (d.size and not np.isin(d, (0, 1)).all()):
        raise DataError("decisions must be booleans (flagged or not)")
    return y.astype(np.bool_), s, d.astype(np.bool_)


# --------------------------------------------------------------------------- metrics


def _ratio(num: float, den: float) -> float:
    return num / den if den else NAN


def _counts(y: BoolArray, d: BoolArray) -> tuple[int, int, int, int]:
    tp = int(np.count_nonzero(y & d))
    fp = int(np.count_nonzero(~y & d))
    fn = int(np.count_nonzero(y & ~d))
    return tp, fp, fn, len(y) - tp - fp - fn


def _precision(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    tp, fp, _, _ = _counts(y, d)
    return _ratio(tp, tp + fp)


def _recall(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    tp, _, fn, _ = _counts(y, d)
    return _ratio(tp, tp + fn)


def _f1(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    tp, fp, fn, _ = _counts(y, d)
    return _ratio(2 * tp, 2 * tp + fp + fn)


def _auprc(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    curve = pr_curve(y, s)
    if curve.positives == 0:
        return NAN
    gains = np.diff(curve.recall, prepend=0.0)
    return float(np.sum(gains * curve.precision))


def _ece(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    cal = calibration(y, s)
    n = int(cal.count.sum())
    if n == 0:
        return NAN
    used = cal.count > 0
    gaps = np.abs(cal.fraction_positive[used] - cal.mean_score[used])
    return float(np.sum(cal.count[used] / n * gaps))


def _brier(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    if len(y) == 0:
        return NAN
    return float(np.mean((s - y.astype(np.float64)) ** 2))


def _count(which: int) -> MetricFn:
    def fn(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
        return float(_counts(y, d)[which])

    return fn


def _flag_rate(y: BoolArray, s: FloatArray, d: BoolArray) -> float:
    return float(np.mean(d)) if len(d) else NAN


@dataclass(frozen=True, slots=True)
class Metric:
    """One registered metric.

    Attributes:
        name: registry key, also the key in ``metrics.json``.
        fn: the computation on validated arrays (``bool``, ``float64``, ``bool``).
        description: one line for the docs and the HTML report.
        reads: which inputs it depends on: ``"decisions"`` or ``"scores"``.
        higher_is_better: ``None`` for counts and rates with no preferred direction.
        bounds: the closed range of its values, or ``None`` for counts.
        perfect: its value when ``scores == y_true`` and ``decisions == y_true``
            (with both classes present), or ``None`` when that depends on the data.
    """

    name: str
    fn: MetricFn = field(repr=False)
    description: str
    reads: Literal["decisions", "scores"]
    higher_is_better: bool | None
    bounds: tuple[float, float] | None
    perfect: float | None

    def __call__(self, y_true: ArrayLike, scores: ArrayLike, decisions: ArrayLike) -> float:
        """Validate the inputs and compute the metric."""
        return self.fn(*check_inputs(y_true, scores, decisions))


def _registry() -> Mapping[str, Metric]:
    """Build the registry once, in the documented order (also the order of every table)."""
    unit = (0.0, 1.0)
    metrics = (
        Metric("precision", _precision, "Share of flagged rows that are positive.",
               "decisions", True, unit, 1.0),
        Metric("recall", _recall, "Share of positive rows that are flagged.",
               "decisions", True, unit, 1.0),
        Metric("f1", _f1, "Harmonic mean of precision and recall.",
               "decisions", True, unit, 1.0),
        Metric("auprc", _auprc, "Average precision: area under the precision-recall curve "
               "over all score thresholds.", "scores", True, unit, 1.0),
        Metric("ece", _ece, f"Expected calibration error over {ECE_BINS} equal-width "
               "score bins (0 is perfectly calibrated).", "scores", False, unit, 0.0),
        Metric("brier", _brier, "Mean squared difference between score and gold value.",
               "scores", False, unit, 0.0),
        Metric("tp", _count(0), "True positives: positive and flagged.",
               "decisions", None, None, None),
        Metric("fp", _count(1), "False positives: negative but flagged.",
               "decisions", None, None, 0.0),
        Metric("fn", _count(2), "False negatives: positive but not flagged.",
               "decisions", None, None, 0.0),
        Metric("tn", _count(3), "True negatives: negative and not flagged.",
               "decisions", None, None, None),
        Metric("flag_rate", _flag_rate, "Share of rows flagged.",
               "decisions", None, unit, None),
    )  # fmt: skip
    return MappingProxyType({m.name: m for m in metrics})


METRICS: Mapping[str, Metric] = _registry()
"""Every metric by name, in a fixed order."""


def get_metric(metric: str | Metric) -> Metric:
    """Look a metric up by name (a ``Metric`` is returned as is).

    Raises:
        DataError: the name is not registered.
    """
    if isinstance(metric, Metric):
        return metric
    try:
        return METRICS[metric]
    except KeyError:
        raise DataError(f"unknown metric {metric!r}; metrics are {', '.join(METRICS)}") from None


# --------------------------------------------------------------------------- curves


@dataclass(frozen=True, slots=True)
class PRCurve:
    """Precision and recall at every distinct score threshold, thresholds descending.

    At ``thresholds[i]`` the rows with ``score >= thresholds[i]`` are flagged.
    ``recall`` is ``nan`` throughout when there are no positives.
    """

    thresholds: FloatArray
    precision: FloatArray
    recall: FloatArray
    tp: IntArray
    fp: IntArray
    positives: int


def pr_curve(y_true: ArrayLike, scores: ArrayLike) -> PRCurve:
    """Precision-recall curve over all distinct scores (like sklearn's, without its end point)."""
    y, s, _ = check_inputs(y_true, scores, np.zeros(np.shape(scores), dtype=np.bool_))
    order = np.argsort(-s, kind="stable")
    s_sorted = s[order]
    ends = np.r_[np.flatnonzero(np.diff(s_sorted)), len(s) - 1] if len(s) else np.array([], int)
    tp = np.cumsum(y[order], dtype=np.int64)[ends] if len(s) else np.array([], np.int64)
    fp = (ends + 1 - tp).astype(np.int64)
    positives = int(np.count_nonzero(y))
    precision = tp / np.maximum(tp + fp, 1)
    recall = tp / positives if positives else np.full(len(tp), NAN)
    return PRCurve(
        thresholds=s_sorted[ends],
        precision=precision.astype(np.float64),
        recall=np.asarray(recall, dtype=np.float64),
        tp=tp,
        fp=fp,
        positives=positives,
    )


@dataclass(frozen=True, slots=True)
class Calibration:
    """Reliability-diagram bins: ``ECE_BINS`` equal-width bins on [0, 1].

    ``mean_score`` and ``fraction_positive`` are ``nan`` for empty bins.
    """

    edges: FloatArray
    count: IntArray
    mean_score: FloatArray
    fraction_positive: FloatArray


def calibration(y_true: ArrayLike, scores: ArrayLike, *, n_bins: int = ECE_BINS) -> Calibration:
    """Bin scores into ``n_bins`` equal-width bins; a score of 1.0 falls in the last bin."""
    y, s, _ = check_inputs(y_true, scores, np.zeros(np.shape(scores), dtype=np.bool_))
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.minimum((s * n_bins).astype(np.int64), n_bins - 1)
    count = np.bincount(idx, minlength=n_bins).astype(np.int64)
    score_sum = np.bincount(idx, weights=s, minlength=n_bins)
    pos_sum = np.bincount(idx, weights=y.astype(np.float64), minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_score = np.where(count > 0, score_sum / np.maximum(count, 1), NAN)
        fraction = np.where(count > 0, pos_sum / np.maximum(count, 1), NAN)
    return Calibration(edges, count, mean_score, fraction)


# --------------------------------------------------------------------------- bootstrap


@dataclass(frozen=True, slots=True)
class ConfidenceInterval:
    """A point estimate with a percentile-bootstrap interval.

    ``low`` and ``high`` are ``nan`` when the bootstrap was off (``n=0``) or the
    metric was undefined on every resample.
    """

    value: float
    low: float
    high: float

    def to_dict(self) -> dict[str, float | None]:
        return {"value": _finite(self.value), "low": _finite(self.low), "high": _finite(self.high)}


def bootstrap_cis(
    metrics: Iterable[str | Metric],
    y_true: ArrayLike,
    scores: ArrayLike,
    decisions: ArrayLike,
    *,
    n: int = 1000,
    seed: int = 0,
    alpha: float = 0.05,
    clusters: Sequence[Hashable] | None = None,
) -> dict[str, ConfidenceInterval]:
    """Percentile-bootstrap intervals for several metrics from the same resamples.

    Resample ``i`` draws row indices from ``numpy.random.default_rng(seed)`` in
    order, so the same seed and data give the same intervals, and the interval
    of a metric does not depend on which other metrics are asked for.
    Resamples on which a metric is undefined (``nan``) are left out of its interval.

    With ``clusters`` (one key per row, such as a template group) the resample
    draws whole clusters with replacement, as many as there are, and keeps every
    row of each draw: rows written from one template are not independent, and
    resampling them one by one gives intervals that are too narrow.

    Raises:
        DataError: bad inputs, ``n < 0``, ``alpha`` outside ``(0, 1)`` or
            ``clusters`` of another length than the rows.
    """
    chosen = [get_metric(m) for m in metrics]
    y, s, d = check_inputs(y_true, scores, decisions)
    if n < 0:
        raise DataError(f"the number of bootstrap resamples must be >= 0, got {n}")
    if not 0.0 < alpha < 1.0:
        raise DataError(f"alpha must be between 0 and 1, got {alpha}")
    members = _cluster_members(clusters, len(y))
    values = {m.name: m.fn(y, s, d) for m in chosen}
    if n == 0 or len(y) == 0:
        return {name: ConfidenceInterval(v, NAN, NAN) for name, v in values.items()}
    rng = np.random.default_rng(seed)
    samples = np.empty((len(chosen), n), dtype=np.float64)
    size = len(y) if members is None else len(members)
    for i in range(n):
        idx = rng.integers(0, size, size=size)
        if members is not None:
            idx = np.concatenate([members[k] for k in idx])
        yi, si, di = y[idx], s[idx], d[idx]
        for j, m in enumerate(chosen):
            samples[j, i] = m.fn(yi, si, di)
    out: dict[str, ConfidenceInterval] = {}
    for j, m in enumerate(chosen):
        kept = samples[j][~np.isnan(samples[j])]
        if kept.size == 0:
            out[m.name] = ConfidenceInterval(values[m.name], NAN, NAN)
            continue
        low, high = np.quantile(kept, [alpha / 2, 1 - alpha / 2])
        out[m.name] = ConfidenceInterval(values[m.name], float(low), float(high))
    return out


def _check_clusters(clusters: Sequence[Hashable], size: int) -> None:
    if len(clusters) != size:
        raise DataError(f"{len(clusters)} cluster keys for {size} rows; give one per row")


def _cluster_members(
    clusters: Sequence[Hashable] | None, size: int
) -> list[NDArray[np.intp]] | None:
    """The row indices of each cluster, in order of first appearance (None: rows)."""
    if clusters is None:
        return None
    _check_clusters(clusters, size)
    rows: dict[Hashable, list[int]] = {}
    for i, key in enumerate(clusters):
        rows.setdefault(key, []).append(i)
    return [np.asarray(r, dtype=np.intp) for r in rows.values()]


def bootstrap_ci(
    metric: str | Metric,
    y_true: ArrayLike,
    scores: ArrayLike,
    decisions: ArrayLike,
    *,
    n: int = 1000,
    seed: int = 0,
    alpha: float = 0.05,
) -> ConfidenceInterval:
    """Percentile-bootstrap ``1 - alpha`` interval for one metric (see ``bootstrap_cis``)."""
    m = get_metric(metric)
    return bootstrap_cis([m], y_true, scores, decisions, n=n, seed=seed, alpha=alpha)[m.name]


# --------------------------------------------------------------------------- breakdowns


@dataclass(frozen=True, slots=True)
class GroupStats:
    """Counts and rates for the rows sharing one value of a column.

    ``positives`` counts rows positive for any label; ``flagged`` counts rows
    flagged for any label (the Report's decision is ``flag``). ``precision``,
    ``recall`` and ``f1`` are micro-averaged over the (row, label) cells whose
    gold value is known, and ``nan`` where undefined; ``f1_by_label`` follows
    ``labels``. With template groups (``breakdown(..., clusters=)``), ``groups``
    counts the distinct groups among the rows and ``groups_flagged`` those with a
    flagged row: 35 flags from 3 of 14 groups is a few templates the model
    misreads, from 12 of 14 a whole family; both are ``None`` without groups.
    """

    key: str
    n: int
    positives: int
    flagged: int
    flag_rate: float
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    f1_by_label: tuple[float, ...]
    groups: int | None = None
    groups_flagged: int | None = None

    def to_dict(self, labels: Sequence[str]) -> dict[str, Any]:
        return {
            "key": self.key,
            "n": self.n,
            "positives": self.positives,
            "flagged": self.flagged,
            "flag_rate": _finite(self.flag_rate),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _finite(self.precision),
            "recall": _finite(self.recall),
            "f1": _finite(self.f1),
            "f1_by_label": {k: _finite(v) for k, v in zip(labels, self.f1_by_label, strict=True)},
            "groups": self.groups,
            "groups_flagged": self.groups_flagged,
        }


MISSING_KEY = "(none)"


def breakdown(
    y_true: ArrayLike,
    decisions: ArrayLike,
    *,
    by: Sequence[str | None],
    clusters: Sequence[Hashable] | None = None,
) -> tuple[GroupStats, ...]:
    """Per-group statistics, sorted by key (rows without a value share ``"(none)"``).

    Args:
        y_true: ``(n, labels)`` gold values: ``1``, ``0`` or ``-1`` for unknown
            (a 1-D array is one label).
        decisions: ``(n, labels)`` booleans, flagged or not.
        by: the grouping value of each row.
        clusters: the template group of each row, to count the groups flagged.

    Raises:
        DataError: shapes disagree or a gold value is not -1, 0 or 1.
    """
    y = np.asarray(y_true)
    d = np.asarray(decisions)
    if y.ndim == 1:
        y, d = y[:, None], d[:, None]
    if y.shape != d.shape or y.ndim != 2 or len(by) != len(y):
        raise DataError(
            f"breakdown needs y_true and decisions of one shape and one key per row, got "
            f"{y.shape}, {d.shape} and {len(by)} keys"
        )
    if y.size and not np.isin(y, (-1, 0, 1)).all():
        raise DataError("y_true must hold 1, 0 or -1 (unknown)")
    if clusters is not None:
        _check_clusters(clusters, len(y))
    d = d.astype(np.bool_)
    keys = np.array([MISSING_KEY if k is None else k for k in by], dtype=object)
    out: list[GroupStats] = []
    for key in sorted(set(keys.tolist()), key=lambda k: (k == MISSING_KEY, k)):
        rows = keys == key
        yg, dg = y[rows], d[rows]
        known = yg >= 0
        pos, neg = (yg == 1), (yg == 0)
        tp = int(np.count_nonzero(pos & dg))
        fp = int(np.count_nonzero(neg & dg))
        fn = int(np.count_nonzero(pos & ~dg))
        per_label: list[float] = []
        for j in range(y.shape[1]):
            tp_j = int(np.count_nonzero(pos[:, j] & dg[:, j]))
            fp_j = int(np.count_nonzero(neg[:, j] & dg[:, j]))
            fn_j = int(np.count_nonzero(pos[:, j] & ~dg[:, j]))
            per_label.append(_ratio(2 * tp_j, 2 * tp_j + fp_j + fn_j) if known[:, j].any() else NAN)
        n = int(rows.sum())
        hits = dg.any(axis=1)
        flagged = int(np.count_nonzero(hits))
        n_groups = n_groups_flagged = None
        if clusters is not None:
            members = [clusters[int(i)] for i in np.flatnonzero(rows)]
            n_groups = len(set(members))
            n_groups_flagged = len({c for c, hit in zip(members, hits, strict=True) if hit})
        out.append(
            GroupStats(
                key=str(key),
                n=n,
                positives=int(np.count_nonzero(pos.any(axis=1))),
                flagged=flagged,
                flag_rate=_ratio(flagged, n),
                tp=tp,
                fp=fp,
                fn=fn,
                precision=_ratio(tp, tp + fp),
                recall=_ratio(tp, tp + fn),
                f1=_ratio(2 * tp, 2 * tp + fp + fn),
                f1_by_label=tuple(per_label),
                groups=n_groups,
                groups_flagged=n_groups_flagged,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True, slots=True)
class Predictions:
    """What a Scanner said about each row: ``(n, 3)`` scores and flags in ``LABELS`` order.

    ``reviews`` marks the labels whose decision was ``review`` (None when unknown, as
    for predictions built from bare scores and flags).
    """

    scores: FloatArray
    flags: BoolArray
    models: tuple[str, ...]
    reviews: BoolArray | None = None

    def __len__(self) -> int:
        return int(self.scores.shape[0])

    @property
    def flagged_any(self) -> BoolArray:
        """Rows flagged for any label (the Report's decision is ``flag``)."""
        return np.asarray(self.flags.any(axis=1), dtype=np.bool_)


def predictions_from_reports(reports: Sequence[Report]) -> Predictions:
    """Collect per-label scores and flags from Reports, in order."""
    scores = np.array(
        [[r.labels[label].score for label in LABELS] for r in reports], dtype=np.float64
    ).reshape(len(reports), len(LABELS))
    flags = np.array(
        [[r.labels[label].flagged for label in LABELS] for r in reports], dtype=np.bool_
    ).reshape(len(reports), len(LABELS))
    reviews = np.array(
        [[r.labels[label].decision is Decision.REVIEW for label in LABELS] for r in reports],
        dtype=np.bool_,
    ).reshape(len(reports), len(LABELS))
    models = tuple(sorted({r.model for r in reports}))
    return Predictions(scores, flags, models, reviews)


def review_band(y: BoolArray, flags: BoolArray, reviews: BoolArray) -> dict[str, float]:
    """What the review band adds for one label: ``recall_at_review`` (positives flagged or
    sent to review) and ``review_rate`` (rows sent to review); ``nan`` where undefined."""
    y, flags, reviews = (np.asarray(a, dtype=np.bool_) for a in (y, flags, reviews))
    seen = flags | reviews
    return {
        "recall_at_review": float(seen[y].mean()) if y.any() else NAN,
        "review_rate": float(reviews.mean()) if len(reviews) else NAN,
    }


@dataclass(frozen=True, slots=True)
class LabelEval:
    """Every number for one label.

    Attributes:
        label: the label.
        n: rows whose gold value for this label is known.
        positives: of those, rows labelled 1.
        metrics: every registered metric by name (``nan`` where undefined).
        intervals: bootstrap intervals for ``CI_METRICS``.
        curve: the precision-recall curve (for the plot).
        calibration: the reliability bins (for the plot and ECE).
        review: ``review_band``'s numbers, or empty when the predictions carry no
            review decisions.
    """

    label: Label
    n: int
    positives: int
    metrics: Mapping[str, float]
    intervals: Mapping[str, ConfidenceInterval]
    curve: PRCurve = field(repr=False)
    calibration: Calibration = field(repr=False)
    review: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))

    def to_dict(self) -> dict[str, Any]:
        cal = self.calibration
        return {
            "n": self.n,
            "positives": self.positives,
            "metrics": {k: _finite(v) for k, v in self.metrics.items()},
            "intervals": {k: ci.to_dict() for k, ci in self.intervals.items()},
            "review": {k: _finite(v) for k, v in self.review.items()},
            "calibration": {
                "edges": [float(e) for e in cal.edges],
                "count": [int(c) for c in cal.count],
                "mean_score": [_finite(float(v)) for v in cal.mean_score],
                "fraction_positive": [_finite(float(v)) for v in cal.fraction_positive],
            },
        }


@dataclass(frozen=True, slots=True)
class EvalResult:
    """The outcome of ``evaluate``: per-label numbers, breakdowns and a stamp.

    Attributes:
        stamp: provenance (version, model, config fingerprint, data sha256, date, seed, ...).
        n_rows: rows scanned.
        labels: one ``LabelEval`` per label, in ``LABELS`` order.
        hard_negatives: per ``neg.*`` family: how often any label was flagged.
        breakdowns: ``column -> groups`` for each breakdown column present in the data.
    """

    stamp: Mapping[str, Any]
    n_rows: int
    labels: tuple[LabelEval, ...]
    hard_negatives: tuple[GroupStats, ...]
    breakdowns: Mapping[str, tuple[GroupStats, ...]]

    def label(self, label: Label) -> LabelEval:
        return self.labels[LABELS.index(label)]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data (``nan`` as ``null``), the content of ``metrics.json``."""
        names = [label.value for label in LABELS]
        return {
            "stamp": dict(self.stamp),
            "n_rows": self.n_rows,
            "labels": {e.label.value: e.to_dict() for e in self.labels},
            "hard_negatives": [g.to_dict(names) for g in self.hard_negatives],
            "breakdowns": {
                col: [g.to_dict(names) for g in groups] for col, groups in self.breakdowns.items()
            },
        }


def make_stamp(
    dataset: Dataset,
    *,
    models: Sequence[str],
    config_fingerprint: str,
    seed: int,
    n_bootstrap: int,
    alpha: float = 0.05,
    split: str | None = None,
    date: str | None = None,
) -> dict[str, Any]:
    """Provenance stamped on every saved result (``date`` defaults to now, UTC)."""
    from threatscan import __version__

    return {
        "threatscan_version": __version__,
        "model": ", ".join(models),
        "config_fingerprint": config_fingerprint,
        "data_sha256": dataset.sha256,
        "data_files": list(dataset.paths),
        "split": split,
        "rows": len(dataset),
        "date": date or datetime.now(UTC).replace(microsecond=0).isoformat(),
        "seed": seed,
        "bootstrap": n_bootstrap,
        "alpha": alpha,
    }


def evaluate(
    dataset: Dataset,
    predictions: Predictions,
    *,
    stamp: Mapping[str, Any],
    n_bootstrap: int = 1000,
    seed: int = 0,
    alpha: float = 0.05,
    breakdown_by: Sequence[str] = ("family", "source", "lang"),
    bootstrap_unit: BootstrapUnit = "auto",
) -> EvalResult:
    """Compute every metric, interval and breakdown for scanned, labelled rows.

    Per label, rows whose gold value is unknown are left out. Intervals use
    seed ``seed + i`` for the ``i``-th label, so labels do not share resamples.
    ``bootstrap_unit`` is what a resample draws: ``"group"`` whole template groups
    (the ``group`` column; see ``bootstrap_cis``), ``"row"`` single rows, ``"auto"``
    groups when every row has one. The unit and the number of groups are added to
    the stamp. When every row has a group, the breakdowns also hold one row per
    template group (``"group"``) and the hard-negative families count their groups.

    Raises:
        DataError: the predictions do not match the dataset row for row, or
            ``bootstrap_unit="group"`` on rows without a group.
    """
    if len(predictions) != len(dataset):
        raise DataError(
            f"{len(predictions)} predictions for {len(dataset)} rows; scan every row once"
        )
    groups = dataset.column("group")
    grouped = len(dataset) > 0 and all(g is not None for g in groups)
    if bootstrap_unit == "group" and not grouped:
        raise DataError("bootstrap by group needs a 'group' value on every row")
    by_group = bootstrap_unit == "group" or (bootstrap_unit == "auto" and grouped)
    stamp = {
        **stamp,
        "bootstrap_unit": "group" if by_group else "row",
        "bootstrap_groups": len(set(groups)) if by_group else None,
    }
    gold = np.array(
        [[-1 if v is None else v for v in row.labels] for row in dataset.rows], dtype=np.int64
    ).reshape(len(dataset), len(LABELS))
    per_label: list[LabelEval] = []
    for j, label in enumerate(LABELS):
        known = gold[:, j] >= 0
        y, s, d = gold[known, j] == 1, predictions.scores[known, j], predictions.flags[known, j]
        values = {name: m(y, s, d) for name, m in METRICS.items()}
        clusters = [g for g, k in zip(groups, known, strict=True) if k] if by_group else None
        intervals = bootstrap_cis(
            CI_METRICS, y, s, d, n=n_bootstrap, seed=seed + j, alpha=alpha, clusters=clusters
        )
        review = (
            {} if predictions.reviews is None else review_band(y, d, predictions.reviews[known, j])
        )
        per_label.append(
            LabelEval(
                label=label,
                n=int(known.sum()),
                positives=int(y.sum()),
                metrics=MappingProxyType(values),
                intervals=MappingProxyType(intervals),
                curve=pr_curve(y, s),
                calibration=calibration(y, s),
                review=MappingProxyType(review),
            )
        )
    families = dataset.column("family")
    neg_rows = [i for i, f in enumerate(families) if is_hard_negative(f)]
    hard = breakdown(
        gold[neg_rows],
        predictions.flags[neg_rows],
        by=[families[i] for i in neg_rows],
        clusters=[groups[i] for i in neg_rows] if grouped else None,
    )
    tables: dict[str, tuple[GroupStats, ...]] = {}
    for col in breakdown_by:
        keys = dataset.column(col)
        if any(k is not None for k in keys):
            tables[col] = breakdown(gold, predictions.flags, by=keys)
    if grouped and "group" not in tables:
        # Errors come by template: the report lists the groups with the most.
        tables["group"] = breakdown(gold, predictions.flags, by=groups)
    return EvalResult(
        stamp=MappingProxyType(dict(stamp)),
        n_rows=len(dataset),
        labels=tuple(per_label),
        hard_negatives=hard,
        breakdowns=MappingProxyType(tables),
    )


def is_hard_negative(family: str | None) -> TypeGuard[str]:
    """Whether a ``family`` value names a hard-negative family (``neg.*``)."""
    return family is not None and family.startswith("neg.")


def _finite(value: float) -> float | None:
    """JSON has no NaN: undefined numbers are written as null."""
    return None if math.isnan(value) else float(value)
