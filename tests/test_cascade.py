"""The cascade's escalation rule and the shipped weights' consistency with their card."""

from __future__ import annotations

import numpy as np

from threatscan.classify.cascade import NEVER_SETTLED, CascadeWeights, escalates


def test_band_escalates_only_inside() -> None:
    band = np.array([[0.1, 0.8], [0.2, 0.9], [0.3, 0.7]], dtype=np.float32)
    probs = np.array(
        [
            [0.05, 0.1, 0.2],  # below every band: the linear stage settles a negative
            [0.5, 0.1, 0.2],  # inside the threat band
            [0.95, 0.95, 0.95],  # above every band: the linear stage settles a positive
        ],
        dtype=np.float32,
    )
    assert escalates(probs, band).tolist() == [False, True, False]


def test_band_without_upper_end_confirms_every_positive() -> None:
    band = np.array([[0.1, NEVER_SETTLED]] * 3, dtype=np.float32)
    probs = np.array([[0.05, 0.05, 0.05], [1.0, 0.0, 0.0], [0.99, 0.99, 0.99]], dtype=np.float32)
    assert escalates(probs, band).tolist() == [False, True, True]


def test_shipped_band_matches_its_card() -> None:
    weights = CascadeWeights.load()
    lo, hi = weights.band[:, 0], weights.band[:, 1]
    assert (lo > 0).all() and (lo <= 0.5).all()
    if weights.card.get("confirm_positives", False):
        assert (hi > 1).all(), "confirm_positives: the linear stage must settle no positive"
    else:
        assert (hi >= 0.5).all() and (hi <= 1).all()
