"""Value types shared by every part of threatscan.

All types are frozen, slotted dataclasses or enums: once built, a value never
changes, so reports and evidence can be shared across threads and processes.
Offsets (``start``, ``end``) always index the *original* text, never a
normalised copy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "1.0"
"""Version of the Report JSON shape; bumped on any incompatible change."""

Scalar = str | int | float | bool


class Label(StrEnum):
    """The three labels of POLICY.md."""

    THREAT = "threat"
    SOLICITATION = "solicitation"
    DOXXING = "doxxing"


LABELS: tuple[Label, ...] = (Label.THREAT, Label.SOLICITATION, Label.DOXXING)


class Decision(StrEnum):
    """What a caller should do with a text."""

    FLAG = "flag"
    REVIEW = "review"
    PASS = "pass"


class Severity(StrEnum):
    """Severity of a flagged label, as defined in POLICY.md."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Cue(StrEnum):
    """The kinds of evidence a detector can emit."""

    HARM_ACT = "harm_act"
    TARGET = "target"
    INTENT = "intent"
    PAYMENT = "payment"
    CONDITION = "condition"
    SOLICIT = "solicit"
    LOCATE_REQUEST = "locate_request"
    SURVEILLANCE = "surveillance"
    PERSONAL_DATA = "personal_data"
    OBFUSCATION = "obfuscation"
    FRAMING = "framing"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One cue found in a text.

    Attributes:
        cue: what kind of cue this is.
        start: offset of the first character in the original text.
        end: offset one past the last character in the original text.
        detector: versioned name of the detector that found it.
        detail: sorted ``(key, value)`` pairs, such as ``("kind", "phone")``.
    """

    cue: Cue
    start: int
    end: int
    detector: str
    detail: tuple[tuple[str, Scalar], ...] = ()

    def get(self, key: str, default: Scalar | None = None) -> Scalar | None:
        """Return one value from ``detail``."""
        for k, v in self.detail:
            if k == key:
                return v
        return default

    @property
    def kind(self) -> str:
        """The ``kind`` detail (framing and personal-data evidence), or ``""``."""
        value = self.get("kind", "")
        return str(value)

    @property
    def is_personal(self) -> bool:
        """True for personal data and for names or handles of people."""
        return self.cue is Cue.PERSONAL_DATA or (
            self.cue is Cue.TARGET and self.kind in {"name", "handle"}
        )

    def to_dict(self, text: str | None = None, *, mask: bool = True) -> dict[str, Any]:
        """Serialise; with ``text``, include the excerpt (masked for personal data)."""
        out: dict[str, Any] = {
            "cue": self.cue.value,
            "start": self.start,
            "end": self.end,
            "detector": self.detector,
        }
        if self.detail:
            out["detail"] = dict(self.detail)
        if text is not None:
            excerpt = replace_surrogates(text[self.start : self.end])
            if mask and self.is_personal:
                excerpt = mask_excerpt(excerpt)
            out["text"] = excerpt
        return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (possible in a Python str) cannot be encoded: use U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text)


def make_evidence(cue: Cue, start: int, end: int, detector: str, **detail: Scalar) -> Evidence:
    """Build an Evidence with its detail sorted by key (deterministic output)."""
    return Evidence(cue, start, end, detector, tuple(sorted(detail.items())))


def mask_excerpt(excerpt: str) -> str:
    """Mask personal data, keeping its shape and at most the last two characters.

    >>> mask_excerpt("(312) 555-0147")
    '(***) ***-**47'
    >>> mask_excerpt("ana@example.com")
    '***@*******.***'
    """
    if "@" in excerpt:
        return "".join("*" if ch.isalnum() else ch for ch in excerpt)
    keep = 2 if sum(ch.isalnum() for ch in excerpt) >= 6 else 0
    chars = list(excerpt)
    kept = 0
    for i in range(len(chars) - 1, -1, -1):
        if chars[i].isalnum():
            if kept < keep:
                kept += 1
            else:
                chars[i] = "*"
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class LabelResult:
    """Score and decision for one label."""

    score: float
    flagged: bool
    decision: Decision = Decision.PASS
    severity: Severity | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "score": round(self.score, 4),
            "flagged": self.flagged,
            "decision": self.decision.value,
        }
        if self.severity is not None:
            out["severity"] = self.severity.value
        return out


@dataclass(frozen=True, slots=True)
class Report:
    """The one output type of threatscan (see DESIGN.md).

    ``evidence`` holds the cues that support a label; ``framing`` holds the
    cues that lowered a score (news, quote, negation, fiction, ...). Both are
    sorted by ``(start, end, cue)``.
    """

    text: str = field(repr=False)
    labels: Mapping[Label, LabelResult]
    decision: Decision
    evidence: tuple[Evidence, ...]
    framing: tuple[Evidence, ...]
    explanation: str
    model: str
    id: str | None = None
    schema_version: str = SCHEMA_VERSION

    def __reduce__(self) -> tuple[Any, ...]:
        # Mapping proxies do not pickle; rebuild from a plain dict (for process pools).
        return (
            _rebuild_report,
            (
                self.text,
                dict(self.labels),
                self.decision,
                self.evidence,
                self.framing,
                self.explanation,
                self.model,
                self.id,
                self.schema_version,
            ),
        )

    @property
    def flagged(self) -> bool:
        """True when any label is flagged."""
        return self.decision is Decision.FLAG

    @property
    def flagged_labels(self) -> tuple[Label, ...]:
        return tuple(label for label in LABELS if self.labels[label].flagged)

    def to_dict(self, *, reveal_pii: bool = False, include_text: bool = False) -> dict[str, Any]:
        """Serialise to plain JSON types.

        Args:
            reveal_pii: include unmasked personal data in evidence excerpts.
            include_text: include the whole input text (it may hold personal data).
        """
        out: dict[str, Any] = {
            "schema_version": self.schema_version,
            "id": self.id,
            "flagged": self.flagged,
            "decision": self.decision.value,
            "labels": {label.value: self.labels[label].to_dict() for label in LABELS},
            "evidence": [self._evidence_dict(e, reveal_pii) for e in self.evidence],
            "framing": [self._evidence_dict(e, reveal_pii) for e in self.framing],
            "explanation": self.explanation,
            "model": self.model,
        }
        if include_text:
            out["text"] = replace_surrogates(self.text)
        return out

    def _evidence_dict(self, e: Evidence, reveal_pii: bool) -> dict[str, Any]:
        out = e.to_dict(self.text, mask=not reveal_pii)
        if not reveal_pii and not e.is_personal:
            # Any cue that overlaps personal data is masked too ("lives at <address>").
            personal = [p for p in self.evidence if p.is_personal]
            if any(p.start < e.end and e.start < p.end for p in personal):
                out["text"] = mask_excerpt(out["text"])
        return out

    def to_json(self, *, reveal_pii: bool = False, include_text: bool = False) -> str:
        """One line of JSON (keys in a fixed order)."""
        return json.dumps(
            self.to_dict(reveal_pii=reveal_pii, include_text=include_text), ensure_ascii=False
        )


def _rebuild_report(
    text: str,
    labels: dict[Label, LabelResult],
    decision: Decision,
    evidence: tuple[Evidence, ...],
    framing: tuple[Evidence, ...],
    explanation: str,
    model: str,
    id: str | None,
    schema_version: str,
) -> Report:
    from types import MappingProxyType

    return Report(
        text, MappingProxyType(labels), decision, evidence, framing, explanation, model, id,
        schema_version,
    )  # fmt: skip
