"""Scanner configuration: frozen, strictly loaded, fingerprinted.

A ``ScanConfig`` is built once and handed to ``Scanner``. Loading from a file
rejects unknown keys and out-of-range values with a ``ConfigError`` that names
the key; a missing file is an error, never a silent fallback to defaults.

Settings (name, default, help) are data in ``SETTINGS``; the docs list every
one of them and a test fails if one is undocumented.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from threatscan.errors import ConfigError
from threatscan.types import LABELS, Label

__all__ = ["SETTINGS", "ScanConfig", "Thresholds"]

POLICY_VERSION = "policy-v1"


# The packaged cascade's directory; config is the lightest module that needs it, so the
# cascade takes it from here (loading a config never imports numpy or onnxruntime).
PACKAGED_CASCADE_DIR = Path(__file__).resolve().parent / "models" / "cascade-v1"
# How the packaged cascade is trained, shared by `threatscan train` and
# `threatscan.train.fit.train`: the rules baseline's weight in the final blend where the rules
# find a whole policy pattern and elsewhere (classify.rules.complete_patterns), and the
# most of the real (shared-data) dev texts the escalation band may send to the encoder.
RULES_WEIGHT = 0.3
RULES_WEIGHT_PARTIAL = 0.15
ESCALATION_BUDGET = 0.18


def _default_classifier() -> str:
    # The learned cascade when its weights are installed, else the rules baseline.
    weights = PACKAGED_CASCADE_DIR / "weights.npz"
    return "cascade-v1" if weights.is_file() else "rules-v1"


_DEFAULT_CLASSIFIER = _default_classifier()


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Per-label score thresholds: ``score >= flag`` flags, ``score >= review`` reviews."""

    flag: float
    review: float

    def __post_init__(self) -> None:
        if not (0.0 <= self.review <= self.flag <= 1.0):
            raise ConfigError(
                f"thresholds need 0 <= review <= flag <= 1, got review={self.review} "
                f"flag={self.flag}; fix the policy file"
            )


DEFAULT_THRESHOLDS: Mapping[Label, Thresholds] = MappingProxyType(
    {label: Thresholds(flag=0.6, review=0.35) for label in LABELS}
)
"""Thresholds of the rules baseline (its scores are not calibrated probabilities)."""

_NO_THRESHOLDS: Mapping[Label, Thresholds] = MappingProxyType({})


@lru_cache(maxsize=8)
def default_thresholds(classifier: str, model_dir: str = "") -> Mapping[Label, Thresholds]:
    """The shipped thresholds of a classifier.

    Learned classifiers ship a policy file beside their weights
    (``models/<name>/policy.toml``, written by ``threatscan tune``); the rules
    baseline and the stage-only ablations use fixed defaults.
    """
    if classifier == "cascade-v1":
        path = (Path(model_dir) if model_dir else PACKAGED_CASCADE_DIR) / "policy.toml"
        if path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            return MappingProxyType(_parse_thresholds(data.get("thresholds", {})))
    if classifier in {"cascade-v1", "linear-v1", "encoder-v1"}:
        return MappingProxyType({label: Thresholds(flag=0.5, review=0.2) for label in LABELS})
    return DEFAULT_THRESHOLDS


SETTINGS: tuple[tuple[str, object, str], ...] = (
    ("max_chars", 20_000, "Longest text scanned; longer texts raise TextTooLongError."),
    ("detectors", "all registered", "Versioned detector names to run, in order."),
    (
        "classifier",
        "cascade-v1 (rules-v1 without weights)",
        "Which classifier turns evidence into scores: cascade-v1, rules-v1, linear-v1, encoder-v1.",
    ),
    (
        "thresholds",
        "the classifier's shipped policy",
        "Per-label flag and review thresholds; unset labels keep the classifier's defaults.",
    ),
    ("reveal_pii", False, "Include unmasked personal data in evidence excerpts."),
    (
        "model_dir",
        "",
        "Directory of other cascade weights (weights.npz, card.json, policy.toml).",
    ),
    (
        "judge_url",
        "",
        "OpenAI-compatible base URL of an LLM judge for the review band; empty = off.",
    ),
    ("judge_model", "", "Model name sent to the LLM judge."),
    ("judge_timeout", 10.0, "Seconds to wait for one LLM judge answer."),
    ("judge_weight", 0.7, "How far the judge's verdict moves a score in the review band (0-1)."),
    ("judge_api_key_env", "", "Name of the environment variable that holds the judge's API key."),
)


def _default_detectors() -> tuple[str, ...]:
    from threatscan.detectors import default_registry

    return tuple(default_registry())


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """How a Scanner scans. Every field has a documented default (``SETTINGS``)."""

    max_chars: int = 20_000
    detectors: tuple[str, ...] = field(default_factory=_default_detectors)
    classifier: str = field(default_factory=lambda: _DEFAULT_CLASSIFIER)
    thresholds: Mapping[Label, Thresholds] = field(default_factory=lambda: _NO_THRESHOLDS)
    reveal_pii: bool = False
    model_dir: str = ""
    judge_url: str = ""
    judge_model: str = ""
    judge_timeout: float = 10.0
    judge_weight: float = 0.7
    judge_api_key_env: str = ""

    def __post_init__(self) -> None:
        if self.judge_url and not self.judge_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"judge_url must start with http:// or https://, got {self.judge_url!r}"
            )
        if self.judge_url and not self.judge_model:
            raise ConfigError("judge_url is set but judge_model is empty; name the model to call")
        if not 0.0 <= self.judge_weight <= 1.0:
            raise ConfigError(f"judge_weight must lie in [0, 1], got {self.judge_weight}")
        if self.judge_timeout <= 0:
            raise ConfigError(f"judge_timeout must be positive, got {self.judge_timeout}")
        if not isinstance(self.max_chars, int) or self.max_chars < 1:
            raise ConfigError(f"max_chars must be a positive integer, got {self.max_chars!r}")
        if self.model_dir and not (Path(self.model_dir) / "weights.npz").is_file():
            raise ConfigError(
                f"model_dir {self.model_dir} has no weights.npz; run threatscan train"
            )
        if not self.thresholds:  # not given: the classifier's shipped thresholds
            object.__setattr__(
                self, "thresholds", default_thresholds(self.classifier, self.model_dir)
            )
        missing = [label.value for label in LABELS if label not in self.thresholds]
        if missing:
            raise ConfigError(f"thresholds are missing for {', '.join(missing)}")
        object.__setattr__(self, "thresholds", MappingProxyType(dict(self.thresholds)))

    def __reduce__(self) -> tuple[Any, ...]:
        # A frozen config crosses process boundaries as its plain settings.
        return (ScanConfig.from_dict, (self.to_dict(),))

    def to_dict(self) -> dict[str, Any]:
        return {
            "max_chars": self.max_chars,
            "detectors": list(self.detectors),
            "classifier": self.classifier,
            "thresholds": {
                label.value: {"flag": t.flag, "review": t.review}
                for label, t in sorted(self.thresholds.items(), key=lambda kv: kv[0].value)
            },
            "reveal_pii": self.reveal_pii,
            "model_dir": self.model_dir,
            "judge_url": self.judge_url,
            "judge_model": self.judge_model,
            "judge_timeout": self.judge_timeout,
            "judge_weight": self.judge_weight,
            "judge_api_key_env": self.judge_api_key_env,
        }

    def fingerprint(self) -> str:
        """A short stable hash of every setting, stamped on saved results."""
        blob = json.dumps(self.to_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]

    def with_thresholds(self, thresholds: Mapping[Label, Thresholds]) -> ScanConfig:
        return replace(self, thresholds=thresholds)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScanConfig:
        """Build from plain data, rejecting unknown keys and bad values."""
        known = {name for name, _, _ in SETTINGS}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown setting(s) {', '.join(unknown)}; known settings are "
                f"{', '.join(sorted(known))}"
            )
        kwargs: dict[str, Any] = {}
        if "max_chars" in data:
            kwargs["max_chars"] = data["max_chars"]
        if "detectors" in data:
            names = data["detectors"]
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ConfigError("detectors must be a list of detector names")
            kwargs["detectors"] = tuple(names)
        if "classifier" in data:
            kwargs["classifier"] = str(data["classifier"])
        if "reveal_pii" in data:
            if not isinstance(data["reveal_pii"], bool):
                raise ConfigError("reveal_pii must be true or false")
            kwargs["reveal_pii"] = data["reveal_pii"]
        for name in ("model_dir", "judge_url", "judge_model", "judge_api_key_env"):
            if name in data:
                if not isinstance(data[name], str):
                    raise ConfigError(f"{name} must be a string")
                kwargs[name] = data[name]
        for name in ("judge_timeout", "judge_weight"):
            if name in data:
                if not isinstance(data[name], int | float) or isinstance(data[name], bool):
                    raise ConfigError(f"{name} must be a number")
                kwargs[name] = float(data[name])
        if "thresholds" in data:
            base = default_thresholds(
                kwargs.get("classifier", _DEFAULT_CLASSIFIER), kwargs.get("model_dir", "")
            )
            kwargs["thresholds"] = _parse_thresholds(data["thresholds"], base)
        return cls(**kwargs)

    @classmethod
    def load(cls, path: str | Path) -> ScanConfig:
        """Load a ``.toml`` or ``.json`` config or policy file.

        Raises:
            ConfigError: the file is missing, unreadable or invalid.
        """
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"config file {p} does not exist; check the path")
        try:
            raw = p.read_bytes()
            if p.suffix == ".toml":
                data = tomllib.loads(raw.decode("utf-8"))
            elif p.suffix == ".json":
                data = json.loads(raw)
            else:
                raise ConfigError(f"config file {p} must end in .toml or .json")
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"config file {p} is not valid: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"config file {p} must hold a table of settings")
        return cls.from_dict(data)


def _parse_thresholds(
    raw: Any, base: Mapping[Label, Thresholds] = DEFAULT_THRESHOLDS
) -> dict[Label, Thresholds]:
    if not isinstance(raw, Mapping):
        raise ConfigError("thresholds must be a table with one entry per label")
    out = dict(base)
    for name, value in raw.items():
        try:
            label = Label(name)
        except ValueError:
            raise ConfigError(
                f"unknown label {name!r} in thresholds; labels are threat, solicitation, doxxing"
            ) from None
        if not isinstance(value, Mapping) or set(value) - {"flag", "review"}:
            raise ConfigError(f"thresholds.{name} must have only 'flag' and 'review'")
        try:
            out[label] = Thresholds(
                flag=float(value.get("flag", out[label].flag)),
                review=float(value.get("review", out[label].review)),
            )
        except (TypeError, ValueError):
            raise ConfigError(f"thresholds.{name} values must be numbers") from None
    return out
