"""The rules baseline: hand-set weights over Analysis features.

This is a baseline, not a learned model: weights were set by reading
POLICY.md, not fitted. It is what the learned cascade must beat, and it keeps
working when no weights are installed. Scores are logistic in a weighted sum
of features, so they move smoothly with evidence but are not calibrated
probabilities.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from threatscan.classify.features import Analysis
from threatscan.normalize import NormalizedText
from threatscan.types import Label

__all__ = ["RulesBaseline", "complete_patterns"]

# Framing weights shared by the three labels: how much each framing lowers a score.
_FRAMING_PENALTY: Mapping[str, float] = {
    "framing_news": 5.5,
    "framing_court": 5.0,
    "framing_counter_speech": 3.5,
    "framing_victim_report": 3.5,
    "framing_fiction": 3.5,
    "framing_game": 3.5,
    "framing_sports": 3.0,
    "framing_history": 3.0,
    "framing_report": 1.0,
    "framing_joke": 0.5,
}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def complete_patterns(f: Mapping[str, float]) -> tuple[bool, bool, bool]:
    """Whether the features hold a whole policy pattern for each label (threat,
    solicitation, doxxing), with no framing around it.

    - threat: surveillance of a named or addressed person ("I know where you live,
      Dana"), or a strong harm act with the author's intent and a person near it;
    - solicitation: a payment or call tied to a strong harm act with a person near it
      ("a million dollars to whoever kills the sheriff"), hiring a killer for pay, a
      price list, or a request to locate a named person with hostility or payment;
    - doxxing: someone else's strong personal data (an address, a phone) with hostility
      or a third person named.

    The learned cascade gives the rules' score its full share only where these hold
    (``rules_weight`` in ``card.json``) and a smaller one elsewhere
    (``rules_weight_partial``): the bare prototypical case keeps the policy's say, and a
    paid favour ("$50k to whoever ends the webinar") is left to the model.
    """
    if any(f.get(k, 0.0) for k in _FRAMING_PENALTY):
        return (False, False, False)
    person = bool(f["target_near_harm"] or f["second_person"])
    threat = bool(f["surveillance"] and (f["target_specific"] or f["second_person"])) or bool(
        f["harm_strong"] and f["intent_near_harm"] and person
    )
    sol = (
        bool((f["payment_near_harm"] or f["solicit_near_harm"]) and f["harm_strong"] and person)
        or bool(f["hire"] and f["payment"])
        or bool(f["price_list"])
        or bool(f["locate_request"] and f["target_specific"] and (f["hostile"] or f["payment"]))
    )
    dox = bool(f["pii_other_strong"] and (f["hostile"] or f["third_person"]))
    return (threat, sol, dox)


class RulesBaseline:
    """Scores each label from Analysis features with fixed, documented weights."""

    name = "rules-v1"

    def predict(self, doc: NormalizedText, analysis: Analysis) -> Mapping[Label, float]:
        return self.scores(analysis.features)

    def scores(self, f: Mapping[str, float]) -> Mapping[Label, float]:
        """Scores from Analysis features alone (training reuses this on stored features)."""
        penalty = sum(w * f.get(k, 0.0) for k, w in _FRAMING_PENALTY.items())
        harm = min(f["harm"], 1.0)
        # A price list or a payment tied to a harm act is solicitation, not the
        # author's own threat, unless the author also states an intention.
        buys_harm = f["payment_near_harm"] or f["solicit_near_harm"]

        threat = -4.0
        if harm or f["surveillance"]:
            threat += (
                2.2 * harm
                + 0.8 * f["harm_strong"]
                + 2.0 * f["intent_near_harm"]
                + 1.0 * f["conditional"]
                + 1.0 * f["target_near_harm"]
                + 0.6 * f["second_person"]
                + 4.2 * f["surveillance"]
                + 0.5 * f["weapon"]
                + 0.4 * f["obfuscated"]
                - 2.0 * buys_harm * (1.0 - f["intent_near_harm"])
                - penalty
                # Reporting public activity is not a threat, but "I'm going to kill the
                # cop who pulled me over on X Ave" still is.
                - 1.0 * f["framing_public_activity"] * (1.0 - f["intent_near_harm"])
            )
        else:
            threat -= 2.0

        sol = -4.0
        if harm or f["locate_request"] or f["solicit"] or f["price_list"] or f["hire"]:
            sol += (
                1.4 * harm
                + 0.6 * f["harm_strong"]
                + 2.4 * f["payment_near_harm"] * harm
                + 2.4 * f["solicit_near_harm"] * harm
                + 0.8 * f["condition"]
                + 5.0 * f["price_list"]
                + 0.8 * f["target_near_harm"]
                + 2.2 * f["locate_request"] * (f["hostile"] or f["payment"])
                + 1.5 * f["locate_request"]
                + 1.5 * f["locate_request"] * f["target_specific"]
                + 0.5 * f["solicit"]
                # Hiring a killer ("se busca sicario", "need a hitman") names the act itself.
                + 3.0 * f["hire"] * f["payment"]
                + 1.0 * f["hire"] * f["target_specific"]
                - 1.4 * f["intent_near_harm"] * (1.0 - buys_harm)
                - penalty
                - 2.0 * f["framing_lawful_reward"]
                - 3.0 * f["framing_public_activity"]
            )
        else:
            sol -= 2.0

        dox = -4.0
        if f["pii_kinds"]:
            # One strong item (address, phone, SSN, ...) that belongs to someone else is
            # already a dox; a schedule alone needs a second item or hostility.
            dox += (
                4.6 * (f["pii_other_strong"] > 0)
                + 2.0 * (f["pii_other"] > 0) * (f["pii_other_strong"] == 0)
                + 1.0 * (f["pii_other"] >= 2)
                + 1.6 * (f["pii_unknown_strong"] > 0)
                + 0.6 * (f["pii_unknown"] > 0) * (f["pii_unknown_strong"] == 0)
                + 1.2 * f["third_person"] * (f["pii_unknown"] > 0)
                + 1.5 * f["hostile"]
                + 0.8 * (f["pii_kinds"] >= 2)
                - penalty
                - 2.0 * (f["pii_self"] > 0) * (f["pii_other"] == 0)
                - 6.0 * f["framing_public_activity"]
            )
        else:
            dox -= 2.0

        return {
            Label.THREAT: _sigmoid(threat),
            Label.SOLICITATION: _sigmoid(sol),
            Label.DOXXING: _sigmoid(dox),
        }
