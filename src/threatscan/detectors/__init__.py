"""Detectors: small pure functions from a NormalizedText to Evidence.

Each detector has a versioned name (``threatscan.harm.v1``) and a docstring
that is its card: the cues it finds, known false positives, and languages.
Registration happens in one explicit function, ``default_registry``, never at
import time, so the order is fixed and the same in every process.
"""

from __future__ import annotations

from collections.abc import Callable

from threatscan.normalize import NormalizedText
from threatscan.types import Evidence

__all__ = ["Detector", "default_registry"]

Detector = Callable[[NormalizedText], tuple[Evidence, ...]]


def default_registry() -> dict[str, Detector]:
    """Every built-in detector under its versioned name, in run order."""
    from threatscan.detectors import framing, harm, payment, personal_data, target

    return {
        harm.NAME: harm.detect_harm,
        harm.INTENT_NAME: harm.detect_intent,
        target.NAME: target.detect_targets,
        payment.NAME: payment.detect_payment,
        payment.SOLICIT_NAME: payment.detect_solicit,
        personal_data.NAME: personal_data.detect_personal_data,
        framing.NAME: framing.detect_framing,
        framing.OBFUSCATION_NAME: framing.detect_obfuscation,
    }
