"""Text normalisation that keeps a map back to the original text.

Two layers are built from every input:

``basic``
    Unicode NFKC, zero-width and bidi controls removed. Personal-data
    detectors read this layer: digits and ``@`` survive as written.
``folded``
    ``basic`` plus emoji spelled as words, diacritics stripped, lower case,
    Cyrillic and Greek look-alikes folded to Latin, leetspeak (``k1ll``,
    ``$h00t``), spaced or dotted letters (``k i l l``, ``d.e.a.d``) joined and
    runs of three or more repeated letters cut to two. Act, target, payment and
    framing detectors read this layer.

Each layer keeps, for every character, the ``[start, end)`` range of original
characters it came from, so ``Layer.span`` turns any normalised span into an
original span. What was folded is recorded in ``NormalizedText.marks`` (kind,
original start, original end): obfuscation is itself a signal.

Example:
    >>> doc = normalize("I will k1ll h\u200bim")
    >>> doc.folded.text
    'i will kill him'
    >>> start, end = doc.folded.span(7, 11)
    >>> doc.original[start:end]
    'k1ll'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import emoji

__all__ = ["Layer", "NormalizedText", "normalize"]

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064")
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

# Cyrillic and Greek letters that render like Latin ones (lower-cased first).
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ь": "b", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u", "ϲ": "c",
    # Latin look-alikes outside ASCII that NFKC keeps
    "ı": "i", "ℓ": "l", "ø": "o", "ł": "l", "đ": "d", "ß": "ss",
}  # fmt: skip

_LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
}
# A run of leet characters counts only between two letters ("k1ll", "sh00t"),
# so amounts ("$50k", "3am", "1st") and model numbers ("ak47") stay as written.
_LEET_RUN = re.compile(r"(?<=[a-z])[013457@$!|]+(?=[a-z])")
_LEET_DOLLAR = re.compile(r"(?<![\w$])\$(?=[a-z])")
_SPACED = re.compile(r"(?<![a-z0-9])[a-z]([ .\-_*·])(?:[a-z]\1){1,}[a-z](?![a-z0-9])")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class Layer:
    """One normalised text with a character map back to the original.

    ``starts[i]`` and ``ends[i]`` are the original range that character ``i``
    came from; both are ``None`` when the layer is the original text unchanged.
    """

    text: str
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of this layer to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) is outside a text of {len(self.text)}")
        if self.starts is None or self.ends is None:
            return start, end
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The original text, its two normalised layers and what was folded."""

    original: str
    basic: Layer
    folded: Layer
    marks: tuple[tuple[str, int, int], ...]

    @property
    def obfuscated(self) -> bool:
        """True when zero-width, confusable, leet or spaced-letter folding happened."""
        return any(kind in _OBFUSCATION_MARKS for kind, _, _ in self.marks)


_OBFUSCATION_MARKS = frozenset({"zero_width", "confusable", "leet", "spaced", "bidi"})


class _Builder:
    """A text being rewritten, with per-character original ranges."""

    __slots__ = ("ends", "marks", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] | None = None
        self.marks: list[tuple[str, int, int]] = []

    def origin(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def rewrite(self, edits: list[tuple[int, int, str]], mark: str | None = None) -> None:
        """Apply non-overlapping, sorted ``(start, end, replacement)`` edits."""
        if not edits:
            return
        n = len(self.text)
        starts = self.starts if self.starts is not None else list(range(n))
        ends = self.ends if self.ends is not None else list(range(1, n + 1))
        parts: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        pos = 0
        for start, end, repl in edits:
            parts.append(self.text[pos:start])
            new_starts.extend(starts[pos:start])
            new_ends.extend(ends[pos:start])
            o_start, o_end = starts[start], ends[end - 1]
            parts.append(repl)
            new_starts.extend([o_start] * len(repl))
            new_ends.extend([o_end] * len(repl))
            if mark is not None:
                self.marks.append((mark, o_start, o_end))
            pos = end
        parts.append(self.text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        self.text = "".join(parts)
        self.starts, self.ends = new_starts, new_ends

    def layer(self, original_length: int) -> Layer:
        if self.starts is None or self.ends is None:
            return Layer(self.text, None, None, original_length)
        return Layer(self.text, tuple(self.starts), tuple(self.ends), original_length)


def _basic_pass(b: _Builder) -> None:
    """NFKC per character, zero-width and bidi controls removed."""
    if not _NON_ASCII.search(b.text):
        return
    text = b.text
    edits: list[tuple[int, int, str]] = []
    for m in _NON_ASCII.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in _ZERO_WIDTH or ch in _BIDI:
            edits.append((i, i + 1, ""))
            kind = "bidi" if ch in _BIDI else "zero_width"
            inside_word = 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
            if kind == "bidi" or inside_word:
                b.marks.append((kind, *b.origin(i, i + 1)))
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            edits.append((i, i + 1, folded))
    b.rewrite(edits)


def _emoji_pass(b: _Builder) -> None:
    if not _NON_ASCII.search(b.text):
        return
    edits = []
    for item in emoji.emoji_list(b.text):
        name = emoji.demojize(item["emoji"], delimiters=("", "")).replace("_", " ")
        edits.append((item["match_start"], item["match_end"], f" {name} "))
    b.rewrite(edits, "emoji")


# Typographic punctuation written the ASCII way, so patterns see one apostrophe.
_PUNCT = {"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
          "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-",
          "\u2014": "-"}  # fmt: skip


def _fold_char(ch: str) -> str:
    if ch in _PUNCT:
        return _PUNCT[ch]
    low = ch.lower()
    if low in _CONFUSABLES:
        return _CONFUSABLES[low]
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _letter_pass(b: _Builder) -> None:
    """Lower case, strip diacritics, fold confusable letters."""
    text = b.text
    if _NON_ASCII.search(text):
        edits: list[tuple[int, int, str]] = []
        marks: list[tuple[int, int, str]] = []
        for m in _NON_ASCII.finditer(text):
            i = m.start()
            ch = text[i]
            folded = _fold_char(ch)
            if folded != ch:
                if ch.lower() in _CONFUSABLES:
                    marks.append((i, i + 1, folded))
                else:
                    edits.append((i, i + 1, folded))
        # Confusables are recorded as marks; diacritics are ordinary spelling.
        for start, end, _ in marks:
            b.marks.append(("confusable", *b.origin(start, end)))
        b.rewrite(sorted(edits + marks))
        text = b.text
    lowered = text.lower()
    if len(lowered) == len(text):
        b.text = lowered
    else:  # a character whose lower case is longer; map it explicitly
        b.rewrite([(i, i + 1, ch.lower()) for i, ch in enumerate(text) if ch.lower() != ch])


def _leet_pass(b: _Builder) -> None:
    edits = [
        (m.start(), m.end(), "".join(_LEET[c] for c in m.group()))
        for m in _LEET_RUN.finditer(b.text)
    ]
    edits += [(m.start(), m.end(), "s") for m in _LEET_DOLLAR.finditer(b.text)]
    b.rewrite(sorted(edits), "leet")


def _spaced_pass(b: _Builder) -> None:
    edits = []
    for m in _SPACED.finditer(b.text):
        word = m.group().replace(m.group(1), "")
        edits.append((m.start(), m.end(), word))
    b.rewrite(edits, "spaced")


def _repeat_pass(b: _Builder) -> None:
    edits = [(m.start(), m.end(), m.group(1) * 2) for m in _REPEATS.finditer(b.text)]
    b.rewrite(edits, "repeated")


def normalize(text: str) -> NormalizedText:
    """Build both normalised layers of ``text``.

    Args:
        text: any Unicode string.

    Returns:
        A NormalizedText whose layers map back to ``text``.
    """
    b = _Builder(text)
    _basic_pass(b)
    basic = b.layer(len(text))
    _emoji_pass(b)
    _letter_pass(b)
    _leet_pass(b)
    _spaced_pass(b)
    _repeat_pass(b)
    marks = tuple(sorted(set(b.marks), key=lambda m: (m[1], m[2], m[0])))
    return NormalizedText(text, basic, b.layer(len(text)), marks)
