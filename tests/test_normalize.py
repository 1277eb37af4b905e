"""Normalisation: folding tables and property tests that offsets map back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from threatscan import Scanner
from threatscan.normalize import normalize

# (original, expected folded text, why)
FOLDING = [
    ("I will k1ll him", "i will kill him", "leet digit inside a word"),
    ("k!ll", "kill", "leet punctuation inside a word"),
    ("$h00t", "shoot", "leading dollar and zeros"),
    ("K I L L him", "kill him", "spaced letters"),
    ("d.e.a.d", "dead", "dotted letters"),
    ("k-i-l-l", "kill", "dashed letters"),
    ("kіll", "kill", "Cyrillic i (U+0456)"),
    ("ΚΙLL", "kill", "Greek capitals"),
    ("k\u200bill", "kill", "zero-width space inside a word"),
    ("ki\u202ell", "kill", "bidi override removed"),
    ("ｋｉｌｌ", "kill", "fullwidth letters (NFKC)"),
    ("KIIIILL", "kiill", "runs of three or more cut to two"),
    ("Mátalo", "matalo", "diacritics stripped"),
    ("don’t", "don't", "typographic apostrophe"),
    ("🔪", " kitchen knife ", "emoji to words"),
    ("$50k at 3am on 1st", "$50k at 3am on 1st", "amounts, times, ordinals stay"),
    ("ak47 b4", "ak47 b4", "trailing digits are not leet"),
    ("", "", "empty text"),
]


@pytest.mark.parametrize(("original", "folded", "why"), FOLDING)
def test_folding(original: str, folded: str, why: str) -> None:
    assert normalize(original).folded.text == folded, why


@pytest.mark.parametrize(
    ("original", "kind"),
    [
        ("k1ll", "leet"),
        ("k i l l", "spaced"),
        ("kіll", "confusable"),
        ("k\u200bill", "zero_width"),
        ("a\u202eb", "bidi"),
    ],
)
def test_obfuscation_is_recorded(original: str, kind: str) -> None:
    doc = normalize(original)
    assert kind in {m[0] for m in doc.marks}
    assert doc.obfuscated


def test_plain_text_is_not_obfuscated() -> None:
    doc = normalize("see you at the game tonight")
    assert not doc.obfuscated
    assert doc.folded.starts is None  # identity map: nothing was rewritten


def test_span_of_folded_word_points_at_original_spelling() -> None:
    text = "I will k1ll h\u200bim 🔫"
    doc = normalize(text)
    i = doc.folded.text.index("kill")
    start, end = doc.folded.span(i, i + 4)
    assert text[start:end] == "k1ll"
    j = doc.folded.text.index("him")
    start, end = doc.folded.span(j, j + 3)
    assert text[start:end] == "h\u200bim"
    k = doc.folded.text.index("water pistol")
    start, end = doc.folded.span(k, k + len("water pistol"))
    assert text[start:end] == "🔫"


def test_span_rejects_out_of_range() -> None:
    doc = normalize("abc")
    with pytest.raises(IndexError):
        doc.folded.span(2, 9)


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),  # arbitrary Unicode, surrogates excluded by default
        st.sampled_from(list("k1ll!$0@ .-_\u200b\u200d\u202eіаοΚ🔪💀👨‍👩‍👧ﬁ")),
    ),
    max_size=80,
)


def _check_layer(
    text: str, layer_text: str, starts: tuple[int, ...] | None, ends: tuple[int, ...] | None
) -> None:
    if starts is None or ends is None:
        return
    assert len(starts) == len(ends) == len(layer_text)
    previous = 0
    for s, e in zip(starts, ends, strict=True):
        assert 0 <= s < e <= len(text)
        assert s >= previous  # the map never goes backwards
        previous = s


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_layers_map_into_original(text: str) -> None:
    doc = normalize(text)
    for layer in (doc.basic, doc.folded):
        _check_layer(text, layer.text, layer.starts, layer.ends)
        n = len(layer.text)
        for a in range(0, n + 1, max(1, n // 7)):
            for b in range(a, n + 1, max(1, n // 5)):
                start, end = layer.span(a, b)
                assert 0 <= start <= end <= len(text)
    for kind, start, end in doc.marks:
        assert 0 <= start <= end <= len(text), kind


_SCANNER = Scanner()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            _TEXT,
            st.sampled_from(
                [
                    "I will k1ll him",
                    "50k to whoever",
                    "he lives at 4127 Larkspur Ave",
                    "call (312) 555-0147",
                    "te voy a matar",
                    '"kill"',
                ]
            ),
        ),
        max_size=4,
    ).map(" ".join)
)
def test_every_evidence_span_points_into_the_original(text: str) -> None:
    report = _SCANNER.scan(text)
    for e in (*report.evidence, *report.framing, *_SCANNER.evidence(text)):
        assert 0 <= e.start < e.end <= len(text)
