"""The learned classifier cascade.

Stages, cheapest first:

1. ``linear``: a logistic model per label over hashed word and character
   n-grams of the folded text plus the Analysis features (detector evidence as
   features). It runs on every text.
2. ``encoder``: for texts whose calibrated linear score falls inside a label's
   band (above the score below which the linear stage settles a negative; by
   default the band has no upper end, so every text the linear stage would call
   positive is confirmed here), all-MiniLM-L6-v2 (int8 ONNX) embeds the folded text and a
   logistic head per label reads the embedding, the Analysis features and the
   linear stage's logits.
   The encoder stage's score combines both stages' logits (fitted on dev).
   The final score mixes in the rules baseline's score with the weight
   ``rules_weight`` from ``card.json``: the rules encode POLICY.md's explicit
   framing scopes (negation, quotes, idioms), which a model trained on a few
   hundred template groups learns only partly.
3. an optional LLM judge (``threatscan.classify.judge``) for texts still in the
   review band, configured by URL; off by default.

Each stage's logits are calibrated with Platt scaling fitted on the dev split.
Weights are plain arrays in an ``.npz`` file (loaded with
``allow_pickle=False``) beside a ``card.json`` that says what they were
trained on and how.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from threatscan.classify.encoder import Encoder
from threatscan.classify.features import Analysis
from threatscan.classify.hashing import DIM, hashed_features
from threatscan.classify.rules import RulesBaseline, complete_patterns
from threatscan.config import PACKAGED_CASCADE_DIR
from threatscan.errors import ConfigError
from threatscan.normalize import NormalizedText
from threatscan.types import LABELS, Label

__all__ = [
    "DEFAULT_WEIGHTS",
    "NEVER_SETTLED",
    "Cascade",
    "CascadeWeights",
    "blend",
    "calibrated",
    "combined",
    "dense_features",
    "escalates",
    "mix_logit",
]

DEFAULT_WEIGHTS = PACKAGED_CASCADE_DIR
Array = npt.NDArray[np.float32]
_ARRAYS = (
    "cheap_w",
    "cheap_dense",
    "cheap_b",
    "cheap_platt",
    "head_w",
    "head_b",
    "head_platt",
    "band",
)


@dataclass(frozen=True)
class CascadeWeights:
    """All learned parameters of the cascade (see the module docstring).

    Shapes, with L labels and F Analysis features: ``cheap_w`` (L, DIM),
    ``cheap_dense`` (L, F), ``cheap_b`` (L,), ``cheap_platt`` (L, 2),
    ``head_w`` (L, 384 + F + L), ``head_b`` (L,), ``head_platt`` (L, 3): the
    encoder stage's calibrated output ``sigmoid(a * head + b * linear + c)``,
    which combines both stages' logits; ``band`` (L, 2): the calibrated
    linear-score range that escalates (an upper end above 1 escalates every
    text above the lower end).
    """

    feature_names: tuple[str, ...]
    cheap_w: Array
    cheap_dense: Array
    cheap_b: Array
    cheap_platt: Array
    head_w: Array
    head_b: Array
    head_platt: Array
    band: Array
    card: Mapping[str, Any]

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {name: getattr(self, name) for name in _ARRAYS}
        arrays["cheap_w"] = arrays["cheap_w"].astype(np.float16)
        np.savez_compressed(directory / "weights.npz", **arrays)
        card = {**self.card, "feature_names": list(self.feature_names)}
        (directory / "card.json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path = DEFAULT_WEIGHTS) -> CascadeWeights:
        """Load weights without pickle.

        Raises:
            ConfigError: the files are missing or do not fit together.
        """
        npz, card_path = directory / "weights.npz", directory / "card.json"
        if not npz.is_file() or not card_path.is_file():
            raise ConfigError(
                f"cascade weights are missing under {directory}; run `threatscan train` "
                "or choose classifier = 'rules-v1'"
            )
        card = json.loads(card_path.read_text())
        with np.load(npz, allow_pickle=False) as data:
            arrays = {name: data[name].astype(np.float32) for name in _ARRAYS}
        names = tuple(card["feature_names"])
        n_labels, n_features = len(LABELS), len(names)
        expected = {
            "cheap_w": (n_labels, DIM),
            "cheap_dense": (n_labels, n_features),
            "head_w": (n_labels, Encoder.dim + n_features + n_labels),
            "band": (n_labels, 2),
            "head_platt": (n_labels, 3),
        }
        for name, shape in expected.items():
            if arrays[name].shape != shape:
                raise ConfigError(
                    f"cascade weights {name} has shape {arrays[name].shape}, expected {shape}; "
                    "retrain with `threatscan train`"
                )
        return cls(feature_names=names, card=card, **arrays)


def dense_features(analysis: Analysis, names: Sequence[str]) -> Array:
    """The Analysis features in a fixed order (missing ones are 0)."""
    f = analysis.features
    return np.array([f.get(name, 0.0) for name in names], dtype=np.float32)


def _sigmoid(z: Array) -> Array:
    out: Array = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).astype(np.float32)
    return out


def calibrated(z: Array, params: Array) -> Array:
    """Platt scaling per label: ``sigmoid(a * z + b)``; ``z`` (n, L), ``params`` (L, 2)."""
    return _sigmoid(params[:, 0] * z + params[:, 1])


def combined(head: Array, linear: Array, params: Array) -> Array:
    """The encoder stage's score: ``sigmoid(a * head + b * linear + c)``, ``params`` (L, 3)."""
    return _sigmoid(params[:, 0] * head + params[:, 1] * linear + params[:, 2])


# A band's upper end above every probability: the linear stage settles no positive.
NEVER_SETTLED = 2.0


def escalates(probs: Array, band: Array) -> npt.NDArray[np.bool_]:
    """Rows whose calibrated linear score lies inside some label's band ``(lo, hi)``."""
    return np.asarray(((probs > band[:, 0]) & (probs < band[:, 1])).any(axis=1))


def mix_logit(probs: Array, rules: Array, rules_weight: float | Array) -> Array:
    """Logit of ``(1 - w) * cascade + w * rules``, the input of the final calibration.

    ``rules_weight`` is one share for every score or an array of shares shaped like
    ``probs`` (see :func:`rules_shares`).
    """
    mix = np.clip((1.0 - rules_weight) * probs + rules_weight * rules, 1e-6, 1 - 1e-6)
    out: Array = np.log(mix / (1.0 - mix)).astype(np.float32)
    return out


def rules_weights(card: Mapping[str, Any]) -> tuple[float, float]:
    """The rules' share where they find a whole policy pattern, and elsewhere, from a card.

    A card without ``rules_weight_partial`` (models before it) uses one share throughout.
    """
    full = float(card.get("rules_weight", 0.0))
    return full, float(card.get("rules_weight_partial", full))


def rules_shares(complete: npt.NDArray[np.bool_], card: Mapping[str, Any]) -> Array:
    """The rules' share of each final score, shaped like ``complete`` (n, L).

    ``rules_weight`` where the rules find a whole policy pattern for the label
    (:func:`threatscan.classify.rules.complete_patterns`), ``rules_weight_partial``
    elsewhere (see :func:`rules_weights`).
    """
    full, partial = rules_weights(card)
    out: Array = np.where(complete, full, partial).astype(np.float32)
    return out


_RULES = RulesBaseline()


def rules_inputs(
    features: Sequence[Mapping[str, float]],
) -> tuple[Array, npt.NDArray[np.bool_]]:
    """The rules baseline's scores (n, L) and whole-pattern flags (n, L) for feature maps.

    The blend's inputs besides the cascade's own scores, shared by the scanner, training
    (on stored features) and scripts/stage_scores.py.
    """
    scores = np.array(
        [[s[label] for label in LABELS] for s in map(_RULES.scores, features)], dtype=np.float32
    )
    complete = np.array([complete_patterns(f) for f in features], dtype=bool)
    return scores, complete


def blend(
    probs: Array, rules: Array, weights: CascadeWeights, complete: npt.NDArray[np.bool_]
) -> Array:
    """The final score: Platt-recalibrated mix of the cascade's and the rules' scores.

    ``sigmoid(a * logit((1 - w) * p + w * r) + b)`` with ``w`` from :func:`rules_shares`
    and ``(a, b)`` per label from ``card.json`` (``blend_platt``), fitted on dev.
    """
    shares = rules_shares(complete, weights.card)
    if not shares.any():
        return probs
    params = np.array(weights.card.get("blend_platt", [[1.0, 0.0]] * len(LABELS)), np.float32)
    return calibrated(mix_logit(probs, rules, shares), params)


@lru_cache(maxsize=4)
def _load_weights(directory: str) -> CascadeWeights:
    return CascadeWeights.load(Path(directory))


@lru_cache(maxsize=4)
def _load_encoder(directory: str | None) -> Encoder:
    return Encoder.load(directory) if directory else Encoder.load()


# A forked child must not reuse the parent's onnxruntime session or tokenizer: their
# native thread state does not survive fork, and a scanner rebuilt in a worker process
# (Cascade.__reduce__) would wait forever on it. The child loads its own.
os.register_at_fork(after_in_child=_load_encoder.cache_clear)


class Cascade:
    """Linear stage on every text, encoder stage on the uncertain ones.

    ``mode`` selects the stages: ``cascade`` (default), ``linear`` (cheap stage
    only) or ``encoder`` (encoder head on every text), the latter two for
    benchmarks and ablations.
    """

    def __init__(
        self,
        weights: CascadeWeights,
        encoder: Encoder | None,
        *,
        mode: str = "cascade",
    ) -> None:
        if mode not in {"cascade", "linear", "encoder"}:
            raise ConfigError(f"unknown cascade mode {mode!r}")
        if mode != "linear" and encoder is None:
            raise ConfigError(f"cascade mode {mode!r} needs the encoder")
        self.weights = weights
        self.encoder = encoder
        self.mode = mode
        self.name = {"cascade": "cascade-v1", "linear": "linear-v1", "encoder": "encoder-v1"}[mode]

    @classmethod
    def load(cls, *, mode: str = "cascade", directory: Path | None = None) -> Cascade:
        weights = _load_weights(str(directory or DEFAULT_WEIGHTS))
        encoder = None if mode == "linear" else _load_encoder(None)
        return cls(weights, encoder, mode=mode)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.mode,))

    def linear_logits(self, docs: Sequence[NormalizedText], dense: Array) -> Array:
        """Uncalibrated linear-stage logits, shape (n, L)."""
        w = self.weights
        z = dense @ w.cheap_dense.T + w.cheap_b
        for i, doc in enumerate(docs):
            idx, val = hashed_features(doc.folded.text)
            if len(idx):
                z[i] += w.cheap_w[:, idx] @ val
        out: Array = z.astype(np.float32)
        return out

    def head_logits(self, docs: Sequence[NormalizedText], dense: Array, cheap: Array) -> Array:
        """Uncalibrated encoder-head logits, shape (n, L)."""
        assert self.encoder is not None
        emb = self.encoder.embed([d.folded.text for d in docs])
        x = np.hstack([emb, dense, cheap])
        out: Array = (x @ self.weights.head_w.T + self.weights.head_b).astype(np.float32)
        return out

    def predict(self, doc: NormalizedText, analysis: Analysis) -> Mapping[Label, float]:
        return self.predict_many([(doc, analysis)])[0]

    def _blend(self, items: Sequence[tuple[NormalizedText, Analysis]], probs: Array) -> Array:
        """Mix in the rules baseline, which carries the policy's explicit framing scopes."""
        rules, complete = rules_inputs([a.features for _, a in items])
        return blend(probs, rules, self.weights, complete)

    def predict_many(
        self, items: Sequence[tuple[NormalizedText, Analysis]]
    ) -> list[Mapping[Label, float]]:
        """Scores for many texts; the encoder runs once, batched, on those that need it."""
        if not items:
            return []
        w = self.weights
        docs = [doc for doc, _ in items]
        dense = np.stack([dense_features(a, w.feature_names) for _, a in items])
        cheap = self.linear_logits(docs, dense)
        probs = calibrated(cheap, w.cheap_platt)
        escalate: npt.NDArray[np.bool_]
        if self.mode == "linear":
            escalate = np.zeros(len(items), dtype=bool)
        elif self.mode == "encoder":
            escalate = np.ones(len(items), dtype=bool)
        else:
            escalate = escalates(probs, w.band)
        if escalate.any():
            rows = np.flatnonzero(escalate)
            head = self.head_logits([docs[i] for i in rows], dense[rows], cheap[rows])
            probs[rows] = combined(head, cheap[rows], w.head_platt)
        probs = self._blend(items, probs)
        return [
            {label: float(probs[i, j]) for j, label in enumerate(LABELS)} for i in range(len(items))
        ]

    def escalation_mask(self, items: Sequence[tuple[NormalizedText, Analysis]]) -> Any:
        """Which texts the cascade would send to the encoder (for benchmarks)."""
        w = self.weights
        dense = np.stack([dense_features(a, w.feature_names) for _, a in items])
        return escalates(
            calibrated(self.linear_logits([d for d, _ in items], dense), w.cheap_platt), w.band
        )


def _rebuild(mode: str) -> Cascade:
    return Cascade.load(mode=mode)
