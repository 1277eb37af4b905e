"""The Scanner: normalize -> detect -> classify -> decide. Orchestration only."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from threatscan.classify import BatchClassifier, Classifier, get_classifier
from threatscan.classify.features import Analysis, analyze
from threatscan.classify.judge import LLMJudge
from threatscan.config import ScanConfig
from threatscan.decide import decide
from threatscan.detectors import Detector, default_registry
from threatscan.errors import ConfigError, InputError, TextTooLongError, ThreatscanError
from threatscan.normalize import NormalizedText, normalize
from threatscan.types import Evidence, Report

__all__ = ["Scanner"]


class Scanner:
    """Scans texts with one fixed configuration.

    Build it once and reuse it: it is immutable, holds no per-call state and
    can be shared by threads, processes and Spark workers.

    Example:
        >>> scanner = Scanner()
        >>> report = scanner.scan("50k to whoever puts the judge in the ground")
        >>> report.decision.value
        'flag'
    """

    __slots__ = ("_classifier", "_detectors", "_judge", "_model", "config")

    config: ScanConfig
    _detectors: tuple[tuple[str, Detector], ...]
    _classifier: Classifier
    _model: str
    _judge: LLMJudge | None

    def __init__(self, config: ScanConfig | None = None) -> None:
        config = config if config is not None else ScanConfig()
        registry = default_registry()
        unknown = [name for name in config.detectors if name not in registry]
        if unknown:
            raise ConfigError(
                f"unknown detector(s) {', '.join(unknown)}; registered detectors are "
                f"{', '.join(registry)}"
            )
        object.__setattr__(self, "config", config)
        object.__setattr__(
            self, "_detectors", tuple((name, registry[name]) for name in config.detectors)
        )
        judge = (
            LLMJudge(
                config.judge_url,
                config.judge_model,
                timeout=config.judge_timeout,
                weight=config.judge_weight,
                api_key_env=config.judge_api_key_env,
            )
            if config.judge_url
            else None
        )
        object.__setattr__(self, "_judge", judge)
        classifier = get_classifier(config.classifier, model_dir=config.model_dir)
        object.__setattr__(self, "_classifier", classifier)
        object.__setattr__(self, "_model", f"threatscan-{classifier.name}/{config.fingerprint()}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Scanner is immutable; build a new one with another ScanConfig")

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its config in the receiving process (Spark workers, pools).
        return (Scanner, (self.config,))

    @property
    def model(self) -> str:
        """Versioned name of the model and policy stamped on every Report."""
        return self._model

    def evidence(self, text: str) -> tuple[Evidence, ...]:
        """Run only the detectors; evidence sorted by ``(start, end, cue, detector)``."""
        return _run_detectors(self._detectors, normalize(self._check(text)))

    def analyze(self, text: str) -> tuple[NormalizedText, Analysis]:
        """Normalise, detect and analyse without classifying (used by training)."""
        doc = normalize(self._check(text))
        return doc, analyze(doc, _run_detectors(self._detectors, doc))

    def scan(self, text: str, *, id: str | None = None) -> Report:
        """Scan one text.

        Args:
            text: the text as written by its author.
            id: an identifier copied into the Report.

        Raises:
            InputError: ``text`` is not a string.
            TextTooLongError: ``text`` is longer than ``config.max_chars``.
        """
        result = self.scan_batch([text], ids=[id])[0]
        if isinstance(result, ThreatscanError):
            raise result
        return result

    def scan_many(self, texts: Iterable[str], *, batch_size: int = 256) -> Iterator[Report]:
        """Scan texts in order, in batches; an invalid text raises (see ``scan``)."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._reports(self.scan_batch(batch))
                batch = []
        if batch:
            yield from self._reports(self.scan_batch(batch))

    @staticmethod
    def _reports(results: list[Report | ThreatscanError]) -> Iterator[Report]:
        for result in results:
            if isinstance(result, ThreatscanError):
                raise result
            yield result

    def scan_batch(
        self, texts: Sequence[object], *, ids: Sequence[str | None] | None = None
    ) -> list[Report | ThreatscanError]:
        """Scan a batch; an invalid text yields its error in place of a Report.

        The batch shares one encoder call, so this is the fast path for files
        and streams. Results are in input order.
        """
        if ids is not None and len(ids) != len(texts):
            raise InputError(f"got {len(texts)} texts but {len(ids)} ids")
        results: list[Report | ThreatscanError] = []
        docs: list[tuple[int, NormalizedText, Analysis]] = []
        for i, text in enumerate(texts):
            try:
                doc, analysis = self.analyze(text)  # type: ignore[arg-type]  # _check validates
            except InputError as exc:
                results.append(exc)
                continue
            results.append(_PENDING)
            docs.append((i, doc, analysis))
        items = [(doc, analysis) for _, doc, analysis in docs]
        if isinstance(self._classifier, BatchClassifier):
            scores = self._classifier.predict_many(items)
        else:
            scores = [self._classifier.predict(doc, analysis) for doc, analysis in items]
        if self._judge is not None:
            bands = {label: (t.review, t.flag) for label, t in self.config.thresholds.items()}
            scores = [
                self._judge.adjust(doc.original, score, bands)
                for (_, doc, _), score in zip(docs, scores, strict=True)
            ]
        for (i, doc, analysis), score in zip(docs, scores, strict=True):
            results[i] = decide(
                doc,
                analysis,
                score,
                self.config,
                model=self._model,
                id=None if ids is None else ids[i],
            )
        return results

    def _check(self, text: object) -> str:
        if not isinstance(text, str):
            raise InputError(f"text must be a str, got {type(text).__name__}")
        if len(text) > self.config.max_chars:
            raise TextTooLongError(
                f"text has {len(text)} characters, more than max_chars={self.config.max_chars}; "
                "split it or raise max_chars"
            )
        return text


_PENDING = InputError("internal: a result was not filled in")


def _run_detectors(detectors: tuple[tuple[str, Detector], ...], doc: Any) -> tuple[Evidence, ...]:
    found: list[Evidence] = []
    for _, detect in detectors:
        found.extend(detect(doc))
    found.sort(key=lambda e: (e.start, e.end, e.cue.value, e.detector, e.detail))
    return tuple(found)
