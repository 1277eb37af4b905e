"""The cascade's escalation rule and the shipped weights' consistency with their card."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from threatscan import ScanConfig
from threatscan.classify.cascade import (
    NEVER_SETTLED,
    CascadeWeights,
    blend,
    escalates,
    mix_logit,
    rules_shares,
)
from threatscan.classify.rules import complete_patterns


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


def _features(text: str) -> dict[str, float]:
    from threatscan import Scanner

    _, analysis = Scanner(ScanConfig(classifier="rules-v1")).analyze(text)
    return dict(analysis.features)


def test_complete_patterns_need_the_whole_pattern_without_framing() -> None:
    # (text, threat, solicitation, doxxing)
    cases = [
        ("A million dollars to whoever kills the sheriff.", False, True, False),
        ("I know where you live, Dana.", True, False, False),
        # a paid favour: payment and a harm verb, but no person near it
        (
            "I will personally pay $50k to whoever ends the quarterly budget webinar.",
            False,
            False,
            False,
        ),
        # the same bounty reported as news: framed, so not the author's pattern
        (
            "Police said the suspect offered $20,000 to anyone who would kill the witness.",
            False,
            False,
            False,
        ),
        ("Hey, the weather is great today.", False, False, False),
    ]
    for text, *expected in cases:
        assert complete_patterns(_features(text)) == tuple(expected), text


def test_rules_share_is_full_on_a_complete_pattern_and_partial_elsewhere() -> None:
    complete = np.array([[True, False, False], [False, False, True]])
    shares = rules_shares(complete, {"rules_weight": 0.3, "rules_weight_partial": 0.1})
    np.testing.assert_allclose(shares, [[0.3, 0.1, 0.1], [0.1, 0.1, 0.3]], rtol=1e-6)
    # A card from before the partial share: one share throughout, as those models were fitted.
    np.testing.assert_allclose(rules_shares(complete, {"rules_weight": 0.3}), np.full((2, 3), 0.3))
    probs = np.array([[0.1, 0.2, 0.3]], np.float32)
    rules = np.array([[0.9, 0.9, 0.9]], np.float32)
    expected = (1 - shares[:1]) * probs + shares[:1] * rules
    logit = mix_logit(probs, rules, shares[:1])
    np.testing.assert_allclose(1 / (1 + np.exp(-logit)), expected, rtol=1e-5)


def test_blend_without_a_rules_share_returns_the_cascade_scores() -> None:
    weights = CascadeWeights.load()
    probs = np.array([[0.1, 0.2, 0.3]], np.float32)
    rules = np.array([[0.9, 0.9, 0.9]], np.float32)
    zero = replace(weights, card={**weights.card, "rules_weight": 0.0})
    assert blend(probs, rules, zero, np.ones((1, 3), bool)) is probs
    # the shipped card's share moves a score towards the rules'
    shipped = blend(probs, rules, weights, np.ones((1, 3), bool))
    assert not np.allclose(shipped, probs)
