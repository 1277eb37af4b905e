"""Classifiers turn an Analysis (features and evidence) into per-label scores.

Every classifier implements ``Classifier``; the decide stage does not care which
one produced the scores, so the rules baseline and the learned cascade are
interchangeable behind the same Report.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from threatscan.classify.features import Analysis
from threatscan.errors import ConfigError
from threatscan.normalize import NormalizedText
from threatscan.types import Label

__all__ = ["Classifier", "get_classifier"]


class Classifier(Protocol):
    """Maps one analysed text to a probability-like score per label."""

    @property
    def name(self) -> str: ...

    def predict(self, doc: NormalizedText, analysis: Analysis) -> Mapping[Label, float]: ...


def get_classifier(name: str) -> Classifier:
    """Build a registered classifier by its versioned name.

    Raises:
        ConfigError: no classifier has that name.
    """
    from threatscan.classify.rules import RulesBaseline

    registry: dict[str, type[RulesBaseline]] = {"rules-v1": RulesBaseline}
    if name not in registry:
        raise ConfigError(f"unknown classifier {name!r}; known: {', '.join(sorted(registry))}")
    return registry[name]()
