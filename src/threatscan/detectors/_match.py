"""Shared helpers: compile word patterns once, emit Evidence from matches."""

from __future__ import annotations

import re
from collections.abc import Iterable

from threatscan.normalize import Layer
from threatscan.types import Cue, Evidence, Scalar, make_evidence


def words(*alternatives: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(alternatives) + ")"


def compile_words(*alternatives: str) -> re.Pattern[str]:
    """Compile fragments as whole words: ``\\b(?:a|b)\\b``."""
    return re.compile(r"\b" + words(*alternatives) + r"\b")


def emit(
    layer: Layer,
    matches: Iterable[re.Match[str]],
    cue: Cue,
    detector: str,
    group: int | str = 0,
    **detail: Scalar,
) -> list[Evidence]:
    """Evidence for each match (or one of its groups), mapped to the original text."""
    out = []
    for m in matches:
        start, end = m.span(group)
        if start < 0 or start == end:
            continue
        o_start, o_end = layer.span(start, end)
        if o_start < o_end:
            out.append(make_evidence(cue, o_start, o_end, detector, **detail))
    return out
