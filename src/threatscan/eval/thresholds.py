"""Choose per-label thresholds from labelled scores, and write them as a policy file.

For one label, with ``score >= t`` meaning "at or above threshold t":

- the **flag** threshold, with ``objective="recall"`` (the default), is the one
  that reaches ``target_precision`` with the highest recall. Recall only falls as
  the threshold rises, so this is the lowest threshold that reaches the target;
  among thresholds with that same recall the highest one is taken, so no extra
  negatives are flagged for no gain. With ``objective="f1"`` it is the threshold
  with the highest F1 among those that reach ``target_precision`` (the target is
  then a floor: precision may end higher when that gains F1; ties go to the
  highest threshold). F1 is flat near its best, so ``f1_tolerance`` lets the
  lowest threshold whose F1 is within that much of the best be taken instead:
  the same F1, give or take, with more of the positives flagged. If no threshold
  reaches the target, the one with the best precision is used and
  ``TunedLabel.target_met`` is False (``threatscan tune`` then refuses to write
  the policy unless told to).
- with ``max_family_flag_rate``, the flag threshold is then raised, if need be,
  to the lowest observed score at which no hard-negative family (a ``neg.*``
  value of ``families``) has more than that share of its rows flagged: a
  newsroom that must not flag more than 2% of quotes or game chat can ask for
  it, and the table says what it costs in recall.
- the **review** threshold is the highest threshold whose recall is still at
  least ``review_recall``, capped at the flag threshold.
- with ``max_review_rate`` and ``traffic_scores`` (the label's scores on a
  sample of the traffic the policy will scan; no labels needed), the review
  threshold is then raised, if need be, to the lowest labelled score at which at
  most that share of the traffic lands in the review band (at or above review,
  below flag): a desk with two reviewers can say how much they can read, and
  ``TunedLabel.review_recall`` says what the budget costs.

Thresholds are always observed scores, so they are reproducible and
round-trip exactly through the TOML file.

Example:
    >>> tune([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.5, 0.9, 0.6, 0.8], target_precision=0.9)
    Thresholds(flag=0.8, review=0.5)
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypedDict, Unpack

import numpy as np
from numpy.typing import ArrayLike

from threatscan.config import ScanConfig, Thresholds
from threatscan.errors import ConfigError, DataError, SourceError
from threatscan.eval.metrics import check_inputs, is_hard_negative, pr_curve
from threatscan.types import LABELS, Label

__all__ = [
    "OBJECTIVES",
    "Objective",
    "TuneOptions",
    "TunedLabel",
    "tune",
    "tune_label",
    "write_policy",
]

Objective = Literal["recall", "f1"]
OBJECTIVES: tuple[Objective, ...] = ("recall", "f1")


@dataclass(frozen=True, slots=True)
class TunedLabel:
    """Chosen thresholds for one label and how they did on the tuning data.

    Attributes:
        thresholds: the flag and review thresholds.
        precision: precision at the flag threshold.
        recall: recall at the flag threshold.
        review_recall: recall at the review threshold (flag or review).
        positives: positive rows in the tuning data.
        n: rows in the tuning data.
        target_met: whether ``precision >= target_precision``.
        capped_by: the hard-negative family that raised the flag threshold under
            ``max_family_flag_rate``, or None.
        review_share: the share of the traffic sample in the review band (at or
            above review, below flag), or None without one.
        review_capped: whether ``max_review_rate`` raised the review threshold.
    """

    thresholds: Thresholds
    precision: float
    recall: float
    review_recall: float
    positives: int
    n: int
    target_met: bool
    capped_by: str | None = None
    review_share: float | None = None
    review_capped: bool = False


class TuneOptions(TypedDict, total=False):
    """The keyword arguments of ``tune_label``, for ``tune``."""

    target_precision: float
    review_recall: float
    objective: Objective
    f1_tolerance: float
    families: Sequence[str | None] | None
    max_family_flag_rate: float | None
    traffic_scores: ArrayLike | None
    max_review_rate: float | None


def tune_label(
    y_true: ArrayLike,
    scores: ArrayLike,
    *,
    target_precision: float = 0.95,
    review_recall: float = 0.98,
    objective: Objective = "recall",
    f1_tolerance: float = 0.0,
    families: Sequence[str | None] | None = None,
    max_family_flag_rate: float | None = None,
    traffic_scores: ArrayLike | None = None,
    max_review_rate: float | None = None,
) -> TunedLabel:
    """Choose flag and review thresholds for one label (see the module docstring).

    Raises:
        DataError: bad inputs, a target outside ``(0, 1]``, an unknown objective,
            no positive rows (with no positives, no threshold can be chosen),
            ``families`` missing or of the wrong length under
            ``max_family_flag_rate``, a family rate no threshold can meet, or
            only one of ``traffic_scores`` and ``max_review_rate``.
    """
    if objective not in OBJECTIVES:
        raise DataError(f"objective must be one of {', '.join(OBJECTIVES)}, got {objective!r}")
    if (traffic_scores is None) != (max_review_rate is None):
        raise DataError("a review budget needs both traffic_scores and max_review_rate")
    if not 0.0 <= f1_tolerance < 1.0:
        raise DataError(f"f1_tolerance must be in [0, 1), got {f1_tolerance}")
    for name, value in (("target_precision", target_precision), ("review_recall", review_recall)):
        if not 0.0 < value <= 1.0:
            raise DataError(f"{name} must be in (0, 1], got {value}")
    y, s, _ = check_inputs(y_true, scores, np.zeros(np.shape(scores), dtype=np.bool_))
    curve = pr_curve(y, s)
    if curve.positives == 0:
        raise DataError(
            "the tuning data has no positive rows for this label; add labelled positives"
        )
    # Rounding noise must not make 0.95 read as 0.9499999.
    feasible = curve.precision >= target_precision - 1e-12
    if feasible.any():
        if objective == "f1":
            p, r = curve.precision, curve.recall
            f1 = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)
            near_best = feasible & (f1 >= f1[feasible].max() - f1_tolerance - 1e-12)
            # Thresholds descend: the first index is the highest threshold, the last the lowest.
            flag_i = int(np.flatnonzero(near_best)[-1 if f1_tolerance > 0 else 0])
        else:
            best_recall = curve.recall[feasible].max()
            # Thresholds descend, so the first index with the best recall is the highest one.
            flag_i = int(np.flatnonzero(feasible & (curve.recall >= best_recall))[0])
        met = True
    else:
        best_precision = curve.precision.max()
        flag_i = int(np.flatnonzero(curve.precision >= best_precision)[-1])
        met = False
    capped_by = None
    if max_family_flag_rate is not None:
        cap_i, capped_by = _family_cap(curve.thresholds, s, families, max_family_flag_rate)
        if cap_i < flag_i:
            flag_i = cap_i
            met = bool(curve.precision[flag_i] >= target_precision - 1e-12)
        else:
            capped_by = None
    # Recall rises as thresholds fall: the first index reaching review_recall is the highest one.
    review_i = int(np.flatnonzero(curve.recall >= review_recall - 1e-12)[0])
    review_i = max(review_i, flag_i)  # a lower index is a higher threshold: cap at flag
    flag_t = float(curve.thresholds[flag_i])
    review_share, review_capped = None, False
    if traffic_scores is not None and max_review_rate is not None:
        blank = np.zeros(np.shape(traffic_scores), dtype=np.bool_)
        _, traffic, _ = check_inputs(blank, traffic_scores, blank)
        band = _review_band(curve.thresholds, flag_i, traffic)
        budget_i = _review_budget(band, flag_i, len(traffic), max_review_rate)
        review_capped = budget_i < review_i
        review_i = min(review_i, budget_i)
        review_share = float(band[review_i] / len(traffic)) if len(traffic) else 0.0
    review_t = float(curve.thresholds[review_i])
    return TunedLabel(
        thresholds=Thresholds(flag=flag_t, review=review_t),
        precision=float(curve.precision[flag_i]),
        recall=float(curve.recall[flag_i]),
        review_recall=float(curve.recall[review_i]),
        positives=curve.positives,
        n=len(y),
        target_met=met,
        capped_by=capped_by,
        review_share=review_share,
        review_capped=review_capped,
    )


def _review_band(thresholds: np.ndarray, flag_i: int, traffic: np.ndarray) -> np.ndarray:
    """For every threshold index from ``flag_i`` on (thresholds descend), the traffic
    rows in the review band [threshold, flag): the rows at or above it, less the flagged."""
    ordered = np.sort(traffic)
    at_or_above = len(ordered) - np.searchsorted(ordered, thresholds, side="left")
    band: np.ndarray = at_or_above - at_or_above[flag_i]
    return band


def _review_budget(band: np.ndarray, flag_i: int, n: int, rate: float) -> int:
    """The lowest-threshold index (thresholds descend, none above ``flag_i``) at which at
    most ``rate`` of the ``n`` traffic rows lie in the review band."""
    if not 0.0 <= rate < 1.0:
        raise DataError(f"max_review_rate must be in [0, 1), got {rate}")
    allowed = math.floor(rate * n + 1e-9)
    ok = np.flatnonzero(band[flag_i:] <= allowed)  # the band only grows as thresholds fall
    return flag_i + int(ok[-1])


def _family_cap(
    thresholds: np.ndarray,
    scores: np.ndarray,
    families: Sequence[str | None] | None,
    rate: float,
) -> tuple[int, str | None]:
    """The lowest-threshold index (thresholds descend) at which every ``neg.*`` family
    has at most ``rate`` of its rows at or above the threshold, and the family that
    binds there (None when none does)."""
    if not 0.0 <= rate < 1.0:
        raise DataError(f"max_family_flag_rate must be in [0, 1), got {rate}")
    if families is None or len(families) != len(scores):
        raise DataError("max_family_flag_rate needs one family per row")
    cap_i, binding = len(thresholds) - 1, None
    column = np.array(families, dtype=object)
    for family in sorted({f for f in families if is_hard_negative(f)}):
        fam = np.sort(scores[column == family])[::-1]
        allowed = math.floor(rate * len(fam) + 1e-9)
        if allowed >= len(fam):
            continue
        # Flagging needs score >= t: t must lie above the (allowed+1)-th highest score.
        above = np.flatnonzero(thresholds > fam[allowed])
        if len(above) == 0:
            raise DataError(
                f"no threshold keeps {family} at or under {rate:g} flagged: its scores "
                "reach the top of this label's scores"
            )
        if above[-1] < cap_i:
            cap_i, binding = int(above[-1]), family
    return cap_i, binding


def tune(y_true: ArrayLike, scores: ArrayLike, **options: Unpack[TuneOptions]) -> Thresholds:
    """Flag and review thresholds for one label; ``tune_label`` also says how they did.

    Raises:
        DataError: see ``tune_label``.
    """
    return tune_label(y_true, scores, **options).thresholds


def write_policy(
    path: str | Path,
    thresholds: Mapping[Label, Thresholds],
    *,
    meta: Mapping[str, object],
    base: ScanConfig | None = None,
) -> ScanConfig:
    """Write a TOML policy file that ``ScanConfig.load`` reads back.

    ``meta`` (data hash, targets, date, version ...) goes into comments at the
    top, since a policy file holds only settings. Settings of ``base`` that
    differ from the defaults (classifier, detectors ...) are written too, so
    the policy reproduces the scanner the thresholds were tuned for. Labels
    missing from ``thresholds`` keep ``base``'s thresholds.

    The file is written atomically and loaded back before this returns.

    Returns:
        The ScanConfig the file loads as.

    Raises:
        SourceError: the file cannot be written.
        ConfigError: the thresholds are invalid.
    """
    p = Path(path)
    if p.suffix != ".toml":
        raise SourceError(f"policy file {p} must end in .toml")
    base = base if base is not None else ScanConfig()
    merged = {label: thresholds.get(label, base.thresholds[label]) for label in LABELS}
    config = base.with_thresholds(merged)
    lines = ["# threatscan policy file, written by `threatscan tune`."]
    lines += [f"# {key}: {_comment(value)}" for key, value in meta.items()]
    defaults = ScanConfig().to_dict()
    settings = [
        f"{key} = {_toml_value(value)}"
        for key, value in config.to_dict().items()
        if key != "thresholds" and value != defaults[key]
    ]
    if settings:
        lines += ["", *settings]
    for label in LABELS:
        t = merged[label]
        lines += ["", f"[thresholds.{label.value}]", f"flag = {t.flag!r}", f"review = {t.review!r}"]
    text = "\n".join(lines) + "\n"
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".policy-", suffix=".toml", dir=p.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, p)
    except OSError as exc:
        raise SourceError(f"cannot write policy file {p}: {exc.strerror}") from exc
    loaded = ScanConfig.load(p)
    if loaded != config:  # pragma: no cover - guards the writer against the loader drifting
        raise SourceError(f"policy file {p} does not load back as written; please report it")
    return loaded


def _comment(value: object) -> str:
    # One comment line per key: a newline in a value would end the comment.
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return " ".join(str(text).split())


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return (
            "{"
            + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items())
            + "}"
        )
    raise ConfigError(f"cannot write the setting value {value!r} to a policy file")
