"""``compile_fast``: the first-character lookahead never changes what a pattern matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from threatscan.detectors import _match, framing, harm, payment, personal_data, target
from threatscan.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus.jsonl"
_WRAPPED = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)\Z", re.DOTALL)


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in (framing, harm, payment, personal_data, target):
        for name, value in vars(module).items():
            items = value.items() if isinstance(value, dict) else [("", value)]
            for key, item in items:
                if isinstance(item, re.Pattern):
                    found.append((f"{module.__name__}.{name}{key and f'[{key}]'}", item))
    return found


PATTERNS = _patterns()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines][::7]
    out = []
    for row in rows:
        doc = normalize(row["text"])
        out += [row["text"], doc.folded.text]
    return out


def test_most_detector_patterns_get_a_lookahead() -> None:
    wrapped = [name for name, p in PATTERNS if _WRAPPED.match(p.pattern)]
    assert len(PATTERNS) > 60
    assert len(wrapped) > 0.8 * len(PATTERNS), sorted({n for n, _ in PATTERNS} - set(wrapped))


@pytest.mark.parametrize(("name", "fast"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_lookahead_keeps_matches(name: str, fast: re.Pattern[str], texts: list[str]) -> None:
    m = _WRAPPED.match(fast.pattern)
    plain = re.compile(m.group(1), fast.flags) if m else fast
    for text in texts:
        got = [x.span() for x in fast.finditer(text)]
        want = [x.span() for x in plain.finditer(text)]
        assert got == want, (name, text)


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\b(?:my|our)\b", set("mo")),
        (r"(?:a|b)?c", set("abc")),
        (r"\$\d+", {"$"}),
        (r"[x-z]+q", set("xyz")),
        (r"\w+x", None),  # a category: unknown
        (r"[^a]b", None),  # a negated set: unknown
        (r"x*", None),  # can match empty
        (r"(?i:ab)c", None),  # scoped case-insensitivity
        (r"(?:^|(?<=\. ))(?:go )?ab", set("ga")),  # zero-width alternatives are skipped
        (r"(?:a?)+b", set("ab")),  # a repeated body that can be empty
        (r"(?:a|)c", set("ac")),  # an empty branch
    ],
)
def test_first_chars(pattern: str, first: set[str] | None) -> None:
    assert _match._first_chars(list(re._parser.parse(pattern))) == first  # type: ignore[attr-defined]


def test_flags_that_must_lead_are_left_alone() -> None:
    assert _match.compile_fast("(?i)abc").pattern == "(?i)abc"
    assert _match.compile_fast("(?x) a b").pattern == "(?x) a b"


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(?:gym|sat(?:urday)?s?) at \d+", "GYM AT 6, Sat at 9, saturdays at 10"),
        (r"(?:k|s)elvin", "\u212aelvin and \u017felvin"),  # Kelvin sign and long s fold to k, s
        (r"caf[eé]", "CAFÉ café Cafe"),
    ],
)
def test_case_insensitive_lookahead_keeps_every_match(pattern: str, text: str) -> None:
    fast = _match.compile_fast(pattern, re.IGNORECASE)
    assert fast.pattern.startswith("(?=[")
    plain = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.findall(text)
