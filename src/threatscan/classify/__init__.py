"""Classifiers turn an Analysis (features and evidence) into per-label scores.

Every classifier implements ``Classifier``; the decide stage does not care which
one produced the scores, so the rules baseline and the learned cascade are
interchangeable behind the same Report. Classifiers that gain from batching
(the encoder stage) also implement ``BatchClassifier``.

Registered names: ``rules-v1`` (hand-set weights, no model files),
``cascade-v1`` (linear stage, then the encoder on uncertain texts),
``linear-v1`` and ``encoder-v1`` (one stage only, for ablations and benchmarks).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from threatscan.classify.features import Analysis
from threatscan.errors import ConfigError
from threatscan.normalize import NormalizedText
from threatscan.types import Label

__all__ = ["CLASSIFIERS", "BatchClassifier", "Classifier", "get_classifier"]

CLASSIFIERS = ("cascade-v1", "encoder-v1", "linear-v1", "rules-v1")


class Classifier(Protocol):
    """Maps one analysed text to a probability-like score per label."""

    @property
    def name(self) -> str: ...

    def predict(self, doc: NormalizedText, analysis: Analysis) -> Mapping[Label, float]: ...


@runtime_checkable
class BatchClassifier(Protocol):
    """A classifier that scores many texts at once (one encoder call per batch)."""

    @property
    def name(self) -> str: ...

    def predict(self, doc: NormalizedText, analysis: Analysis) -> Mapping[Label, float]: ...

    def predict_many(
        self, items: Sequence[tuple[NormalizedText, Analysis]]
    ) -> list[Mapping[Label, float]]: ...


def get_classifier(name: str, *, model_dir: str = "") -> Classifier:
    """Build a registered classifier by its versioned name.

    ``model_dir`` points a learned classifier at other weights than the
    packaged ones (a directory with ``weights.npz`` and ``card.json``).

    Raises:
        ConfigError: no classifier has that name, or its weights are missing.
    """
    if name == "rules-v1":
        from threatscan.classify.rules import RulesBaseline

        return RulesBaseline()
    modes = {"cascade-v1": "cascade", "linear-v1": "linear", "encoder-v1": "encoder"}
    if name in modes:
        from threatscan.classify.cascade import Cascade

        return Cascade.load(mode=modes[name], directory=Path(model_dir) if model_dir else None)
    raise ConfigError(f"unknown classifier {name!r}; known: {', '.join(CLASSIFIERS)}")
