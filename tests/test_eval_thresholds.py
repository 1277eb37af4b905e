"""Threshold tuning on synthetic scores, and policy files that ScanConfig reads back."""

from __future__ import annotations

import doctest
from pathlib import Path

import numpy as np
import pytest

import threatscan.eval.thresholds as thresholds_module
from threatscan.config import ScanConfig, Thresholds
from threatscan.errors import DataError, SourceError
from threatscan.eval.metrics import pr_curve
from threatscan.eval.thresholds import tune, tune_label, write_policy
from threatscan.types import LABELS, Label


def _scores(seed: int, n: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """Positives score higher on average; scores overlap, so no threshold is perfect."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.2).astype(int)
    s = np.where(y == 1, rng.beta(5, 2, n), rng.beta(2, 5, n)).round(3)
    return y, s


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("target", [0.8, 0.9, 0.95])
def test_flag_threshold_hits_target_with_best_recall(seed: int, target: float) -> None:
    y, s = _scores(seed)
    result = tune_label(y, s, target_precision=target, review_recall=0.98)
    flag = result.thresholds.flag
    flagged = s >= flag
    precision = (y[flagged] == 1).mean()
    recall = flagged[y == 1].mean()
    assert result.target_met
    assert precision >= target
    assert result.precision == pytest.approx(precision)
    assert result.recall == pytest.approx(recall)
    # Optimal: no threshold that meets the target has a higher recall.
    curve = pr_curve(y, s)
    ok = curve.precision >= target
    assert recall == pytest.approx(curve.recall[ok].max())


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("floor", [0.5, 0.8, 0.9])
def test_f1_objective_takes_best_f1_above_the_precision_floor(seed: int, floor: float) -> None:
    y, s = _scores(seed)
    result = tune_label(y, s, target_precision=floor, objective="f1")
    flagged = s >= result.thresholds.flag
    tp = int((flagged & (y == 1)).sum())
    precision, recall = tp / flagged.sum(), tp / (y == 1).sum()
    assert result.target_met and precision >= floor
    # Brute force over every observed score: none that meets the floor has a higher F1.
    best = 0.0
    for t in np.unique(s):
        f = s >= t
        tp_t = int((f & (y == 1)).sum())
        if tp_t and tp_t / f.sum() >= floor:
            best = max(best, 2 * tp_t / (f.sum() + (y == 1).sum()))
    assert 2 * precision * recall / (precision + recall) == pytest.approx(best)
    # The floor never costs F1 against the recall objective, which it can only match or beat.
    by_recall = tune_label(y, s, target_precision=floor).thresholds.flag
    f = s >= by_recall
    assert best >= 2 * int((f & (y == 1)).sum()) / (f.sum() + (y == 1).sum()) - 1e-12


def test_f1_objective_prefers_precision_when_it_pays() -> None:
    # At precision floor 0.5 the recall objective flags everything down to 0.2 (P 0.6, R 1,
    # F1 0.75); flagging only 0.9 and 0.8 gives P 1, R 0.67, F1 0.8.
    y, s = [1, 1, 0, 0, 1, 0], [0.9, 0.8, 0.7, 0.6, 0.2, 0.1]
    assert tune(y, s, target_precision=0.5).flag == 0.2
    assert tune(y, s, target_precision=0.5, objective="f1").flag == 0.8


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_f1_tolerance_takes_the_lowest_threshold_near_the_best_f1(seed: int) -> None:
    y, s = _scores(seed)
    curve = pr_curve(y, s)
    p, r = curve.precision, curve.recall
    f1 = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)
    ok = p >= 0.6
    best = tune_label(y, s, target_precision=0.6, objective="f1")
    loose = tune_label(y, s, target_precision=0.6, objective="f1", f1_tolerance=0.02)
    assert loose.thresholds.flag <= best.thresholds.flag
    assert loose.recall >= best.recall and loose.precision >= 0.6
    i = int(np.flatnonzero(curve.thresholds == loose.thresholds.flag)[0])
    assert f1[i] >= f1[ok].max() - 0.02 - 1e-9
    # No lower threshold that meets the floor is within the tolerance.
    lower = ok & (curve.thresholds < loose.thresholds.flag)
    assert not (f1[lower] >= f1[ok].max() - 0.02 - 1e-9).any()


def test_unknown_objective_is_refused() -> None:
    with pytest.raises(DataError, match="objective"):
        tune_label([0, 1], [0.1, 0.2], objective="accuracy")  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_review_threshold_keeps_recall_and_sits_below_flag(seed: int) -> None:
    y, s = _scores(seed)
    t = tune(y, s, target_precision=0.9, review_recall=0.98)
    assert t.review <= t.flag
    assert (s[y == 1] >= t.review).mean() >= 0.98
    # Highest such threshold: the next observed score above it loses the recall target.
    above = np.unique(s[s > t.review])
    if above.size:
        assert (s[y == 1] >= above[0]).mean() < 0.98


def test_review_is_capped_at_flag() -> None:
    # Review recall 0.5 is met at 0.9 already, above the flag threshold of 0.8.
    t = tune([1, 1, 0, 1, 0], [0.9, 0.9, 0.85, 0.8, 0.1], target_precision=0.75, review_recall=0.5)
    assert t == Thresholds(flag=0.8, review=0.8)


def test_unreachable_target_is_reported() -> None:
    result = tune_label([0, 1, 0, 1], [0.9, 0.8, 0.7, 0.1], target_precision=0.9)
    assert not result.target_met
    assert result.precision < 0.9
    # Best precision is 1/2, at 0.8 and at 0.1; the lower one also has the better recall.
    assert result.thresholds.flag == 0.1


def test_bad_tuning_inputs() -> None:
    with pytest.raises(DataError, match="no positive rows"):
        tune([0, 0], [0.1, 0.2])
    with pytest.raises(DataError, match="target_precision"):
        tune([0, 1], [0.1, 0.2], target_precision=0.0)
    with pytest.raises(DataError, match="review_recall"):
        tune([0, 1], [0.1, 0.2], review_recall=1.5)


def test_policy_round_trips_through_scan_config(tmp_path: Path) -> None:
    y, s = _scores(0)
    tuned = {label: tune(y, s, target_precision=0.9) for label in LABELS}
    path = tmp_path / "sub" / "policy.toml"
    meta = {
        "data_sha256": "ab" * 32,
        "target_precision": 0.9,
        "date": "2025-01-01T00:00:00+00:00",
        "note": "two\nlines [thresholds] = 1",  # must stay inside one comment
    }
    config = write_policy(path, tuned, meta=meta)
    loaded = ScanConfig.load(path)
    assert loaded == config
    for label in LABELS:
        assert loaded.thresholds[label] == tuned[label]  # floats exact
    text = path.read_text(encoding="utf-8")
    assert "# data_sha256: " + "ab" * 32 in text
    assert "# note: two lines [thresholds] = 1" in text


def test_policy_keeps_base_settings_and_missing_labels(tmp_path: Path) -> None:
    base = ScanConfig(max_chars=5000, reveal_pii=True)
    only = {Label.THREAT: Thresholds(flag=0.7, review=0.3)}
    path = tmp_path / "policy.toml"
    loaded = write_policy(path, only, meta={}, base=base)
    assert loaded.max_chars == 5000 and loaded.reveal_pii is True
    assert loaded.thresholds[Label.THREAT] == Thresholds(flag=0.7, review=0.3)
    assert loaded.thresholds[Label.DOXXING] == base.thresholds[Label.DOXXING]
    assert "classifier" not in path.read_text()  # defaults are not repeated


def test_policy_needs_toml_suffix(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"\.toml"):
        write_policy(tmp_path / "policy.json", {}, meta={})


def test_module_docstring_examples() -> None:
    failures, _ = doctest.testmod(thresholds_module)
    assert failures == 0


def _families(y: np.ndarray, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    names = ["neg.quote", "neg.game", "neg.lawful_reward"]
    return ["threat.direct" if v else str(rng.choice(names)) for v in y]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("rate", [0.0, 0.02, 0.1])
def test_family_flag_rate_raises_flag_to_the_lowest_threshold_that_meets_it(
    seed: int, rate: float
) -> None:
    y, s = _scores(seed)
    families = _families(y, seed)
    free = tune_label(y, s, target_precision=0.5, objective="f1")
    result = tune_label(
        y, s, target_precision=0.5, objective="f1", families=families, max_family_flag_rate=rate
    )
    fam = np.array(families)

    def worst_rate(t: float) -> float:
        return max(float((s[fam == f] >= t).mean()) for f in set(families) if f.startswith("neg."))

    flag = result.thresholds.flag
    assert worst_rate(flag) <= rate + 1e-12
    assert flag >= free.thresholds.flag
    # Brute force: no lower observed score both meets the rate and sits above the free choice.
    lower = [t for t in np.unique(s) if free.thresholds.flag <= t < flag]
    assert all(worst_rate(t) > rate for t in lower)
    flagged = s >= flag
    assert result.recall == pytest.approx(flagged[y == 1].mean())
    assert (result.capped_by is None) == (flag == free.thresholds.flag)
    assert result.thresholds.review <= flag


def test_family_flag_rate_needs_families_and_a_reachable_rate() -> None:
    y, s = np.array([0, 1, 0, 1]), np.array([0.9, 0.8, 0.2, 0.7])
    with pytest.raises(DataError, match="one family per row"):
        tune_label(y, s, target_precision=0.5, max_family_flag_rate=0.02)
    with pytest.raises(DataError, match="reach the top"):
        tune_label(
            y,
            s,
            target_precision=0.5,
            families=["neg.quote", "t", "neg.quote", "t"],
            max_family_flag_rate=0.0,
        )


# --------------------------------------------------------------------------- review budget

# Flag at 0.9 (the only threshold with precision 0.9); recall 0.98 wants review at 0.3.
BUDGET_Y = [1, 0, 1, 1, 0]
BUDGET_S = [0.9, 0.8, 0.5, 0.3, 0.1]
# Ten traffic rows: 0.95 is flagged; 0.85, 0.6, 0.4, 0.35 and 0.32 sit in [0.3, 0.9).
TRAFFIC = [0.95, 0.85, 0.6, 0.4, 0.35, 0.32, 0.2, 0.05, 0.01, 0.0]


@pytest.mark.parametrize(
    ("rate", "review", "share", "capped", "recall"),
    [
        (0.5, 0.3, 0.5, False, 1.0),  # the band holds 5 of 10: within budget
        (0.2, 0.5, 0.2, True, 2 / 3),  # 0.3 would put 5 there; 0.5 puts 2 (0.85, 0.6)
        (0.1, 0.8, 0.1, True, 1 / 3),
        (0.0, 0.9, 0.0, True, 1 / 3),  # review meets flag: nothing left to review
    ],
)
def test_review_budget_raises_the_review_threshold(
    rate: float, review: float, share: float, capped: bool, recall: float
) -> None:
    t = tune_label(
        BUDGET_Y,
        BUDGET_S,
        target_precision=0.9,
        review_recall=0.98,
        traffic_scores=TRAFFIC,
        max_review_rate=rate,
    )
    assert t.thresholds == Thresholds(flag=0.9, review=review)
    assert t.review_share == pytest.approx(share)
    assert t.review_capped is capped
    assert t.review_recall == pytest.approx(recall)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_review_budget_takes_the_lowest_threshold_within_it(seed: int) -> None:
    y, s = _scores(seed)
    traffic = np.random.default_rng(seed + 10).beta(0.5, 3.0, size=500)
    free = tune_label(y, s, target_precision=0.9, review_recall=0.98)
    t = tune_label(
        y, s, target_precision=0.9, review_recall=0.98, traffic_scores=traffic, max_review_rate=0.05
    )
    flag, review = t.thresholds.flag, t.thresholds.review
    assert flag == free.thresholds.flag and review >= free.thresholds.review
    band = (traffic >= review) & (traffic < flag)
    assert band.mean() <= 0.05 and t.review_share == pytest.approx(band.mean())
    # The next lower observed score, not below the free review threshold, breaks the budget.
    lower = np.unique(s[(s < review) & (s >= free.thresholds.review)])
    if lower.size:
        assert ((traffic >= lower[-1]) & (traffic < flag)).mean() > 0.05
    assert t.review_capped is bool(review > free.thresholds.review)


def test_review_budget_without_traffic_is_untouched() -> None:
    t = tune_label(BUDGET_Y, BUDGET_S, target_precision=0.9, review_recall=0.98)
    assert t.review_share is None and not t.review_capped
    assert tune(BUDGET_Y, BUDGET_S, target_precision=0.9, review_recall=0.98).review == 0.3


def test_bad_review_budgets() -> None:
    with pytest.raises(DataError, match="both traffic_scores and max_review_rate"):
        tune_label(BUDGET_Y, BUDGET_S, max_review_rate=0.1)
    with pytest.raises(DataError, match="both traffic_scores and max_review_rate"):
        tune_label(BUDGET_Y, BUDGET_S, traffic_scores=TRAFFIC)
    with pytest.raises(DataError, match="max_review_rate must be in"):
        tune_label(BUDGET_Y, BUDGET_S, traffic_scores=TRAFFIC, max_review_rate=1.0)
    with pytest.raises(DataError, match=r"finite numbers in \[0, 1\]"):
        tune_label(BUDGET_Y, BUDGET_S, traffic_scores=[0.1, float("nan")], max_review_rate=0.1)
