"""Table tests for ``threatscan.target.v1``.

Each row: (text, expected kind, expected substring of the original text at the
span, why). ``None`` means no target of that kind may be found.
"""

from __future__ import annotations

import pytest

from threatscan.detectors.target import detect_targets
from threatscan.normalize import normalize
from threatscan.types import Cue

ROWS: list[tuple[str, str, str | None, str]] = [
    ("I will find you", "second_person", "you", "second person"),
    ("te voy a encontrar", "second_person", "te", "Spanish second person"),
    ("make him bleed", "pronoun", "him", "third-person pronoun"),
    ("this guy needs a lesson", "pronoun", "this guy", "demonstrative reference"),
    ("50k for the judge", "role", "the judge", "role with determiner"),
    ("al testigo Ernesto Salas", "role", "testigo", "Spanish role"),
    ("kill all the immigrants", "group", "all the immigrants", "group target"),
    ("I'll find his wife", "family", "his wife", "family member"),
    ("pull up on @kyle_vance_88", "handle", "@kyle_vance_88", "handle"),
    ("Somebody needs to stop Derek Olsen", "name", "Derek Olsen", "two capitalised words"),
    ("la periodista Andrea Lugo", "role", "la periodista", "Spanish role with article"),
    ("that ICE officer Dunmore: gym at 10:30", "name", "Dunmore", "surname after a role"),
    ("la agente Villaseñor de ICE", "name", "Villaseñor", "Spanish surname after a role"),
    # must NOT be found
    ("Crime Stoppers is offering a reward", "name", None, "stop-listed first word"),
    ("write to ana@example.com", "handle", None, "an email is not a handle"),
    ("The weather is nice", "name", None, "sentence-initial stop word"),
    ("agents at the corner, the agent At noon", "name", None, "a function word is no surname"),
    ("the officer on Larkspur Ave", "name", None, "lower-case word after a role"),
]


@pytest.mark.parametrize(("text", "kind", "span", "why"), ROWS)
def test_targets(text: str, kind: str, span: str | None, why: str) -> None:
    found = [e for e in detect_targets(normalize(text)) if e.kind == kind]
    assert all(e.cue is Cue.TARGET for e in found)
    got = [text[e.start : e.end] for e in found]
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"


def test_place_names_are_not_people() -> None:
    # Capitalised sequences ending in a place word are places, not names.
    for text, place in [
        ("ICE agents near 18th and Blue Island", "Blue Island"),
        ("he lives at 4127 Larkspur Ave", "Larkspur Ave"),
    ]:
        found = detect_targets(normalize(text))
        assert place not in [text[e.start : e.end] for e in found if e.kind == "name"]
