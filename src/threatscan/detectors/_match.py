"""Shared helpers: compile word patterns once, emit Evidence from matches."""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
from collections.abc import Iterable
from typing import Any

from threatscan.normalize import Layer
from threatscan.types import Cue, Evidence, Scalar, make_evidence

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


def words(*alternatives: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(alternatives) + ")"


def compile_words(*alternatives: str) -> re.Pattern[str]:
    """Compile fragments as whole words: ``\\b(?:a|b)\\b``."""
    return compile_fast(r"\b" + words(*alternatives) + r"\b")


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` behind a lookahead on the characters a match can start with.

    Python's ``re`` tries a long alternation at every position of the text.  A leading
    ``(?=[...])`` of the possible first characters lets it skip the positions that
    cannot start a match; the rules stage of scripts/benchmark.py measures the gain.
    The set is read from ``re``'s own parse of the pattern; where it cannot be worked
    out (a class such as ``\\w``, a pattern that can match empty, a scoped ``(?i:...)``)
    the pattern is compiled as written.  Under a global ``re.IGNORECASE`` the lookahead's
    class is compiled with the same flag, so it folds case exactly as the pattern does.
    Either way the matches are the same.
    """
    compiled = re.compile(pattern, flags)
    try:
        first = _first_chars(list(_parser.parse(pattern, flags)))
    except (re.error, TypeError, ValueError):  # a parser change in a later Python
        return compiled
    if not first or re.match(r"\(\?[aiLmsux]+\)", pattern):
        return compiled  # a leading global flag must stay first
    lookahead = "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"
    return re.compile(lookahead + "(?:" + pattern + ")", flags)


def _first_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a parsed pattern's match can start with, or None when unknown."""
    found = _first(items)
    return None if found is None or found[1] else found[0]


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(the characters a match of ``items`` can start with, whether it can be empty),
    or None when unknown.  Zero-width items (``^``, ``\\b``, lookarounds) are skipped."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            return out | {chr(av)}, False
        if op is _c.IN:
            chars: set[str] = set()
            for kind, arg in av:
                if kind is _c.LITERAL:
                    chars.add(chr(arg))
                elif kind is _c.RANGE and arg[1] - arg[0] < 256:
                    chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
                else:
                    return None  # a negated set, a category (\\w, \\d) or a huge range
            return out | chars, False
        if op is _c.SUBPATTERN and av[1] & re.IGNORECASE:
            return None  # a scoped (?i:...): the parse does not list both cases
        if op is _c.BRANCH:
            subs = [_first(list(branch)) for branch in av[1]]
        elif op is _c.SUBPATTERN:
            subs = [_first(list(av[-1]))]
        elif op in _REPEATS:
            subs = [_first(list(av[2]))]
            if av[0] == 0:
                subs.append((set(), True))  # zero repeats: the match may start after it
        else:
            return None
        known = [sub for sub in subs if sub is not None]
        if len(known) < len(subs):
            return None
        for chars_, _ in known:
            out |= chars_
        if not any(empty for _, empty in known):
            return out, False
    return out, True  # every item can match the empty string


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
