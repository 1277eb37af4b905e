"""Metrics: registry-driven invariance tests, sklearn agreement, bootstrap, breakdowns."""

from __future__ import annotations

import doctest
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import threatscan.eval.metrics as metrics_module
from threatscan.errors import DataError
from threatscan.eval.datasets import Dataset, Example
from threatscan.eval.metrics import (
    METRICS,
    Metric,
    Predictions,
    bootstrap_ci,
    bootstrap_cis,
    breakdown,
    calibration,
    evaluate,
    get_metric,
    make_stamp,
    pr_curve,
    review_band,
)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "eval.md"


def _random_case(seed: int, n: int = 200) -> tuple[Any, Any, Any]:
    """Scores with some signal, ties included (rounded), both classes present."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, size=n)
    y[:2] = [0, 1]
    s = np.clip(0.35 * y + rng.random(n) * 0.65, 0.0, 1.0).round(2)
    d = s >= 0.5
    return y, s, d


def test_registry_order_is_pinned() -> None:
    assert list(METRICS) == [
        "precision",
        "recall",
        "f1",
        "auprc",
        "ece",
        "brier",
        "tp",
        "fp",
        "fn",
        "tn",
        "flag_rate",
    ]
    for name, m in METRICS.items():
        assert m.name == name
        assert m.description


def test_every_metric_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in METRICS:
        assert f"`{name}`" in text, f"metric {name} is not described in docs/eval.md"


@pytest.mark.parametrize("metric", list(METRICS.values()), ids=list(METRICS))
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_permutation_invariance(metric: Metric, seed: int) -> None:
    y, s, d = _random_case(seed)
    perm = np.random.default_rng(seed + 100).permutation(len(y))
    assert metric(y[perm], s[perm], d[perm]) == pytest.approx(metric(y, s, d), rel=1e-12)


@pytest.mark.parametrize("metric", list(METRICS.values()), ids=list(METRICS))
def test_perfect_predictions(metric: Metric) -> None:
    if metric.perfect is None:
        pytest.skip("value under perfect predictions depends on the data")
    y = np.array([0, 1, 1, 0, 1, 0, 0])
    assert metric(y, y.astype(float), y.astype(bool)) == pytest.approx(metric.perfect)


@pytest.mark.parametrize("metric", list(METRICS.values()), ids=list(METRICS))
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_values_stay_in_bounds(metric: Metric, seed: int) -> None:
    y, s, d = _random_case(seed, n=50)
    value = metric(y, s, d)
    if metric.bounds is None:
        assert value >= 0 and float(value).is_integer()
    else:
        lo, hi = metric.bounds
        assert lo <= value <= hi


@pytest.mark.parametrize("metric", list(METRICS.values()), ids=list(METRICS))
def test_empty_input_is_undefined_not_invented(metric: Metric) -> None:
    value = metric(np.array([], int), np.array([]), np.array([], bool))
    if metric.bounds is None:
        assert value == 0.0  # counts of nothing
    else:
        assert math.isnan(value)


@pytest.mark.parametrize("metric", list(METRICS.values()), ids=list(METRICS))
@pytest.mark.parametrize(
    ("y", "s", "d", "why"),
    [
        ([0, 2], [0.1, 0.2], [False, True], "gold value 2"),
        ([0, 1], [0.1, 1.5], [False, True], "score above 1"),
        ([0, 1], [0.1, float("nan")], [False, True], "score nan"),
        ([0, 1], [0.1], [False, True], "lengths differ"),
        ([0, 1], [0.1, 0.2], [0, 3], "decision not boolean"),
    ],
)
def test_bad_inputs_raise_data_error(
    metric: Metric, y: list[int], s: list[float], d: list[int], why: str
) -> None:
    with pytest.raises(DataError):
        metric(y, s, d)


def test_undefined_cases_are_nan() -> None:
    y = np.array([0, 0, 0])
    s = np.array([0.1, 0.2, 0.3])
    nothing = np.zeros(3, bool)
    assert math.isnan(METRICS["precision"](y, s, nothing))  # nothing flagged
    assert math.isnan(METRICS["recall"](y, s, nothing))  # no positives
    assert math.isnan(METRICS["f1"](y, s, nothing))
    assert math.isnan(METRICS["auprc"](y, s, nothing))
    assert METRICS["f1"](y, s, np.array([True, False, False])) == 0.0  # one false flag


def test_get_metric() -> None:
    assert get_metric("f1") is METRICS["f1"]
    assert get_metric(METRICS["f1"]) is METRICS["f1"]
    with pytest.raises(DataError, match="unknown metric"):
        get_metric("accuracy")


def test_ece_by_hand() -> None:
    # Bin 0.8-0.9: scores 0.8, 0.85 (mean 0.825), positives 1/2 -> gap 0.325, weight 2/4.
    # Bin 0.1-0.2: scores 0.1, 0.1 (mean 0.1), positives 0/2 -> gap 0.1, weight 2/4.
    y = [1, 0, 0, 0]
    s = [0.8, 0.85, 0.1, 0.1]
    assert METRICS["ece"](y, s, [True, True, False, False]) == pytest.approx(
        0.5 * 0.325 + 0.5 * 0.1
    )


def test_calibration_bins_include_one_in_last_bin() -> None:
    cal = calibration([1, 0, 1], [1.0, 0.0, 0.95])
    assert cal.count.tolist() == [1, 0, 0, 0, 0, 0, 0, 0, 0, 2]
    assert cal.fraction_positive[-1] == 1.0
    assert math.isnan(cal.mean_score[4])


# --------------------------------------------------------------------------- sklearn

SKLEARN = {
    "precision": lambda sk, y, s, d: sk.precision_score(y, d),
    "recall": lambda sk, y, s, d: sk.recall_score(y, d),
    "f1": lambda sk, y, s, d: sk.f1_score(y, d),
    "auprc": lambda sk, y, s, d: sk.average_precision_score(y, s),
    "brier": lambda sk, y, s, d: sk.brier_score_loss(y, s),
    "tp": lambda sk, y, s, d: sk.confusion_matrix(y, d, labels=[0, 1])[1, 1],
    "fp": lambda sk, y, s, d: sk.confusion_matrix(y, d, labels=[0, 1])[0, 1],
    "fn": lambda sk, y, s, d: sk.confusion_matrix(y, d, labels=[0, 1])[1, 0],
    "tn": lambda sk, y, s, d: sk.confusion_matrix(y, d, labels=[0, 1])[0, 0],
}
# ece and flag_rate have no sklearn twin; test_ece_by_hand covers ECE.


@pytest.mark.parametrize("name", sorted(SKLEARN))
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_agrees_with_sklearn(name: str, seed: int) -> None:
    sk_metrics = pytest.importorskip("sklearn.metrics")
    y, s, d = _random_case(seed)
    expected = SKLEARN[name](sk_metrics, y, s, d)
    assert METRICS[name](y, s, d) == pytest.approx(float(expected), rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("seed", [0, 1])
def test_pr_curve_agrees_with_sklearn(seed: int) -> None:
    pytest.importorskip("sklearn")
    from sklearn.metrics import precision_recall_curve

    y, s, _ = _random_case(seed)
    p, r, t = precision_recall_curve(y, s)
    curve = pr_curve(y, s)
    # sklearn: ascending thresholds plus a final (precision 1, recall 0) point.
    np.testing.assert_allclose(curve.thresholds, t[::-1])
    np.testing.assert_allclose(curve.precision, p[:-1][::-1])
    np.testing.assert_allclose(curve.recall, r[:-1][::-1])


# --------------------------------------------------------------------------- bootstrap


def test_bootstrap_same_seed_same_interval() -> None:
    y, s, d = _random_case(0)
    a = bootstrap_ci("f1", y, s, d, n=300, seed=7)
    b = bootstrap_ci("f1", y, s, d, n=300, seed=7)
    c = bootstrap_ci("f1", y, s, d, n=300, seed=8)
    assert a == b
    assert a != c
    assert a.low <= a.value <= a.high


def test_bootstrap_interval_independent_of_other_metrics() -> None:
    y, s, d = _random_case(1)
    alone = bootstrap_ci("recall", y, s, d, n=200, seed=3)
    together = bootstrap_cis(["precision", "recall", "auprc"], y, s, d, n=200, seed=3)
    assert together["recall"] == alone


@pytest.mark.parametrize("name", ["precision", "recall", "f1", "auprc", "brier", "ece"])
def test_bootstrap_interval_narrows_with_more_data(name: str) -> None:
    small = bootstrap_ci(name, *_random_case(2, n=60), n=300, seed=0)
    large = bootstrap_ci(name, *_random_case(2, n=2000), n=300, seed=0)
    assert large.high - large.low < small.high - small.low


def test_bootstrap_off_and_bad_options() -> None:
    y, s, d = _random_case(0)
    off = bootstrap_ci("f1", y, s, d, n=0)
    assert math.isnan(off.low) and math.isnan(off.high) and not math.isnan(off.value)
    with pytest.raises(DataError):
        bootstrap_ci("f1", y, s, d, alpha=1.5)
    with pytest.raises(DataError):
        bootstrap_ci("f1", y, s, d, n=-1)


def test_bootstrap_undefined_everywhere_gives_nan_interval() -> None:
    ci = bootstrap_ci("recall", [0, 0, 0], [0.1, 0.2, 0.3], [False, True, False], n=50)
    assert math.isnan(ci.value) and math.isnan(ci.low) and math.isnan(ci.high)


# --------------------------------------------------------------------------- breakdowns


RATIOS = ("precision", "recall", "f1")  # unchanged when every row is repeated k times


def test_bootstrap_over_singleton_clusters_is_the_row_bootstrap() -> None:
    y, s, d = _random_case(4)
    rows = bootstrap_cis(RATIOS, y, s, d, n=200, seed=3)
    clusters = bootstrap_cis(RATIOS, y, s, d, n=200, seed=3, clusters=[f"g{i}" for i in range(200)])
    assert clusters == rows


def test_bootstrap_draws_whole_clusters() -> None:
    # Each row written five times, one cluster per original row: drawing clusters gives the
    # intervals of the original rows, while drawing rows treats the copies as independent.
    y, s, d = _random_case(5, n=120)
    copies = 5
    yy, ss, dd = (np.repeat(a, copies) for a in (y, s, d))
    keys = np.repeat(np.arange(120), copies).tolist()
    original = bootstrap_cis(RATIOS, y, s, d, n=300, seed=1)
    by_cluster = bootstrap_cis(RATIOS, yy, ss, dd, n=300, seed=1, clusters=keys)
    by_row = bootstrap_cis(RATIOS, yy, ss, dd, n=300, seed=1)
    for name in RATIOS:
        assert by_cluster[name].low == pytest.approx(original[name].low)
        assert by_cluster[name].high == pytest.approx(original[name].high)
        width = by_cluster[name].high - by_cluster[name].low
        assert by_row[name].high - by_row[name].low < 0.7 * width, name


def test_bootstrap_clusters_must_match_the_rows() -> None:
    y, s, d = _random_case(6, n=10)
    with pytest.raises(DataError, match="9 cluster keys for 10 rows"):
        bootstrap_cis(RATIOS, y, s, d, n=10, clusters=list(range(9)))


def test_breakdown_table() -> None:
    # Columns: threat, solicitation, doxxing; -1 is unknown.
    y = np.array(
        [
            [1, 0, -1],  # a: threat caught
            [0, 0, 0],  # a: false flag on doxxing
            [1, 1, 0],  # b: solicitation missed
            [0, 0, 0],  # None: clean
        ]
    )
    d = np.array(
        [
            [True, False, False],
            [False, False, True],
            [True, False, False],
            [False, False, False],
        ]
    )
    groups = breakdown(y, d, by=["a", "a", "b", None])
    assert [g.key for g in groups] == ["a", "b", "(none)"]
    a, b, none = groups
    assert (a.n, a.positives, a.flagged, a.tp, a.fp, a.fn) == (2, 1, 2, 1, 1, 0)
    assert a.flag_rate == 1.0 and a.precision == 0.5 and a.recall == 1.0
    assert a.f1_by_label[0] == 1.0 and a.f1_by_label[2] == 0.0
    assert math.isnan(a.f1_by_label[1])  # no positives and no flags for solicitation
    assert (b.tp, b.fp, b.fn) == (1, 0, 1) and b.recall == 0.5
    assert none.flagged == 0 and math.isnan(none.precision) and math.isnan(none.recall)


def test_breakdown_rejects_mismatch() -> None:
    with pytest.raises(DataError):
        breakdown(np.array([1, 0]), np.array([True]), by=["a", "b"])
    with pytest.raises(DataError):
        breakdown(np.array([2, 0]), np.array([True, False]), by=["a", "b"])


# --------------------------------------------------------------------------- evaluate


def _example(i: int, labels: tuple[int | None, int | None, int | None], **cols: str) -> Example:
    return Example(id=f"r{i}", text=f"text {i}", labels=labels, digest=bytes([i]), **cols)


def test_evaluate_on_a_tiny_dataset() -> None:
    rows = (
        _example(0, (1, 0, None), family="threat.direct", source="s1"),
        _example(1, (0, 0, None), family="neg.sports", source="s1"),
        _example(2, (0, 1, 0), family="neg.sports", source="s2"),
        _example(3, (0, 0, 0), family="neg.news", source="s2"),
    )
    data = Dataset(rows)
    scores = np.array([[0.9, 0.1, 0.0], [0.7, 0.0, 0.0], [0.1, 0.2, 0.0], [0.0, 0.0, 0.1]])
    preds = Predictions(scores, scores >= 0.6, ("m",))
    stamp = make_stamp(data, models=preds.models, config_fingerprint="abc", seed=0, n_bootstrap=50)
    result = evaluate(data, preds, stamp=stamp, n_bootstrap=50, seed=0)
    threat, solicitation, doxxing = result.labels
    assert (threat.n, threat.positives) == (4, 1)
    assert threat.metrics["precision"] == 0.5 and threat.metrics["recall"] == 1.0
    assert doxxing.n == 2 and doxxing.positives == 0 and math.isnan(doxxing.metrics["recall"])
    assert solicitation.metrics["fn"] == 1.0
    assert [(g.key, g.n, g.flagged) for g in result.hard_negatives] == [
        ("neg.news", 1, 0),
        ("neg.sports", 2, 1),
    ]
    assert list(result.breakdowns) == ["family", "source"]  # no lang column in the data
    data_dict = result.to_dict()
    assert data_dict["stamp"]["data_sha256"] == data.sha256
    assert data_dict["labels"]["doxxing"]["metrics"]["recall"] is None  # nan -> null
    assert data_dict["labels"]["threat"]["review"] == {}  # bare scores carry no reviews
    with pytest.raises(DataError):
        evaluate(data, Predictions(scores[:2], scores[:2] > 0.5, ("m",)), stamp=stamp)

    # With review decisions: the solicitation positive (row 2, 0.2) goes to review.
    reviews = (scores >= 0.15) & (scores < 0.6)
    reviewed = evaluate(data, Predictions(scores, scores >= 0.6, ("m",), reviews), stamp=stamp)
    assert dict(reviewed.labels[1].review) == {"recall_at_review": 1.0, "review_rate": 0.25}
    assert dict(reviewed.labels[0].review) == {"recall_at_review": 1.0, "review_rate": 0.0}
    assert math.isnan(reviewed.labels[2].review["recall_at_review"])  # no doxxing positive


def test_review_band() -> None:
    band = review_band([1, 1, 1, 0, 0, 0], [1, 0, 0, 1, 0, 0], [0, 1, 0, 0, 1, 0])
    assert band == {"recall_at_review": 2 / 3, "review_rate": 2 / 6}
    assert math.isnan(review_band([0, 0], [0, 0], [1, 0])["recall_at_review"])


def test_module_docstring_examples() -> None:
    failures, _ = doctest.testmod(metrics_module)
    assert failures == 0


def test_evaluate_bootstrap_unit() -> None:
    grouped = Dataset(tuple(_example(i, (i % 2, 0, 0), group=f"g{i // 2}") for i in range(8)))
    scores = np.tile(np.array([[0.2, 0.1, 0.0], [0.8, 0.1, 0.0]]), (4, 1))
    preds = Predictions(scores, scores >= 0.5, ("m",))

    def run(data: Dataset, unit: Any) -> dict[str, Any]:
        stamp = make_stamp(data, models=("m",), config_fingerprint="f", seed=0, n_bootstrap=20)
        result = evaluate(data, preds, stamp=stamp, n_bootstrap=20, bootstrap_unit=unit)
        return dict(result.stamp)

    assert run(grouped, "auto")["bootstrap_unit"] == "group"
    assert run(grouped, "auto")["bootstrap_groups"] == 4
    assert run(grouped, "row")["bootstrap_unit"] == "row"
    ungrouped = Dataset(tuple(_example(i, (i % 2, 0, 0)) for i in range(8)))
    assert run(ungrouped, "auto")["bootstrap_unit"] == "row"
    with pytest.raises(DataError, match="needs a 'group' value on every row"):
        run(ungrouped, "group")


def test_breakdown_counts_template_groups_with_a_flag() -> None:
    y = np.zeros((6, 1), dtype=np.int64)
    flags = np.array([[True], [True], [False], [False], [True], [False]])
    families = ["neg.a"] * 4 + ["neg.b"] * 2
    groups = ["g1", "g1", "g2", "g3", "g4", "g4"]
    a, b = breakdown(y, flags, by=families, clusters=groups)
    assert (a.flagged, a.groups, a.groups_flagged) == (2, 3, 1)  # two flags, one template
    assert (b.flagged, b.groups, b.groups_flagged) == (1, 1, 1)
    assert a.to_dict(["threat"])["groups_flagged"] == 1
    plain = breakdown(y, flags, by=families)[0]
    assert (plain.groups, plain.groups_flagged) == (None, None)
    with pytest.raises(DataError, match="5 cluster keys for 6 rows"):
        breakdown(y, flags, by=families, clusters=groups[:5])
