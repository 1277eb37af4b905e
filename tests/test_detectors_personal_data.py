"""Table tests for ``threatscan.personal_data.v1``.

Rows: (text, expected kind, expected owner, expected substring of the original
text, why); ``None`` as substring means no item of that kind may be found.
All data is fictitious: phones in 555-01xx, emails on example domains, SSN
shapes in the never-issued 9xx range.
"""

from __future__ import annotations

import pytest

from threatscan.detectors.personal_data import detect_personal_data
from threatscan.normalize import normalize
from threatscan.types import Cue

ROWS: list[tuple[str, str, str, str | None, str]] = [
    ("Her cell is 312-555-0147.", "phone", "other", "312-555-0147", "her phone"),
    ("text me at 312-555-0188", "phone", "self", "312-555-0188", "the author's own phone"),
    (
        "his email is r.hollins@example.net",
        "email",
        "other",
        "r.hollins@example.net",
        "personal email",
    ),
    (
        "Here's where Priya Nandakumar lives: 2231 Alder Court, Springfield IL 62704.",
        "address",
        "other",
        "2231 Alder Court, Springfield IL 62704",
        "a named person lives there",
    ),
    (
        "Gavin Shore, 88 Pinecrest Drive. I'm coming for you",
        "address",
        "other",
        "88 Pinecrest Drive",
        "a full name just before the address",
    ),
    (
        "My new address is 1420 Lakeview Ave Apt 3",
        "address",
        "self",
        "1420 Lakeview Ave Apt 3",
        "own address",
    ),
    (
        "He's at 4417 Birchwood Lane",
        "address",
        "other",
        "4417 Birchwood Lane",
        "capitalised pronoun still names the owner",
    ),
    (
        "La dirección del periodista es Calle Morelos 145, Col. Centro",
        "address",
        "unknown",
        "Calle Morelos 145, Col. Centro",
        "Spanish street address",
    ),
    (
        "ella vive en calle nogal prieto 412, col. las palmas",
        "address",
        "other",
        "calle nogal prieto 412, col. las palmas",
        "a Spanish address typed in lower case",
    ),
    ("he lives at 4738 hollowmere dr", "address", "other", "4738 hollowmere dr", "lower case"),
    ("plate 7KXR412, silver Civic", "plate", "unknown", "7KXR412", "licence plate after its cue"),
    ("Tom Becker's SSN is 923-45-6789", "id", "other", "923-45-6789", "SSN shape, possessive"),
    (
        "Her kids go to Maple Grove Elementary",
        "school",
        "other",
        "Maple Grove Elementary",
        "children's school",
    ),
    (
        "she picks them up at 3:15 every day",
        "schedule",
        "other",
        "picks them up at 3:15",
        "daily schedule",
    ),
    ("Uma Reyes: gym at 6 on Elm St", "schedule", "other", "gym at 6", "a stop and its time"),
    (
        "Dana Cole does pickup on Tuesdays and Thursdays, 3:05",
        "schedule",
        "unknown",
        "Tuesdays and Thursdays, 3:05",
        "a weekly pattern with a time",
    ),
    (
        "Lalo juega todos los jueves en la noche",
        "schedule",
        "unknown",
        "todos los jueves en la noche",
        "",
    ),
    ("her routine hasn't changed", "schedule", "other", "her routine", "the word, about someone"),
    (
        "Gate code for Nora Quill's building is 4821#",
        "gate_code",
        "other",
        "Gate code for Nora Quill's building is 4821#",
        "owner named inside the phrase",
    ),
    (
        "His wife works at Riverside Dental on Elm",
        "family_workplace",
        "other",
        "His wife works at Riverside Dental",
        "family member's named workplace",
    ),
    (
        "Su esposa trabaja en Farmacia San Judas y sale",
        "family_workplace",
        "other",
        "Su esposa trabaja en Farmacia San Judas",
        "Spanish family workplace",
    ),
    (
        "New email: owhitlock@example.org. Old one is dead.",
        "email",
        "self",
        "owhitlock@example.org",
        "announcing one's own new email",
    ),
    ("Cambié de número, ahora es 312-555-0199", "phone", "self", "312-555-0199", "Spanish"),
    ("we moved! send cards to 8242 Silverlace Rd", "address", "self", "8242 Silverlace Rd", ""),
    ("I'm in the silver Camry, plate 1HYU782", "plate", "self", "1HYU782", "own car"),
    (
        "save it: his number is 312-555-0142",
        "phone",
        "other",
        "312-555-0142",
        "the nearest owner cue wins",
    ),
    ("I'm behind his truck, plate 7KXR412", "plate", "other", "7KXR412", "not the author's car"),
    (
        "My ex Hana is driving a blue Subaru now, plate ZVD-8058.",
        "plate",
        "other",
        "ZVD-8058",
        "'my ex' names another person, not the author",
    ),
    (
        "his new place is 6052 Redfern Pl, Fairview",
        "address",
        "other",
        "6052 Redfern Pl, Fairview",
        "'new place' after 'his' is his",
    ),
    ("Hana's new place is 6052 Redfern Pl", "address", "other", "6052 Redfern Pl", "possessive"),
    ("Mi ex vive en Calle Nogal Prieto 2845", "address", "other", "Calle Nogal Prieto 2845", ""),
    ("our new place is 6052 Redfern Pl", "address", "self", "6052 Redfern Pl", "own new place"),
    ("my exam is at 22 Oak St", "address", "self", "22 Oak St", "'ex' only as a whole word"),
    # must NOT be found
    ("his wife works at the hospital", "family_workplace", "other", None, "no named workplace"),
    ("Blotter: Friday, 11:40 p.m., Elm St", "schedule", "unknown", None, "a date, not a routine"),
    ("walked in at 9:40, inventory off by 40", "schedule", "unknown", None, "no routine"),
    ("a plate of nachos for 2", "plate", "unknown", None, "a plate needs letters and digits"),
    ("call 911 now", "phone", "unknown", None, "too short for a phone number"),
    ("in 2024 we sold 1500 units", "address", "unknown", None, "numbers without a street"),
    ("took me a 40 min drive", "address", "unknown", None, "a count of minutes, not a street"),
    ("we walked 3 blocks down main st", "address", "unknown", None, "a count of blocks"),
]


@pytest.mark.parametrize(("text", "kind", "owner", "span", "why"), ROWS)
def test_personal_data(text: str, kind: str, owner: str, span: str | None, why: str) -> None:
    found = [e for e in detect_personal_data(normalize(text)) if e.kind == kind]
    assert all(e.cue is Cue.PERSONAL_DATA for e in found)
    got = {text[e.start : e.end]: e.get("owner") for e in found}
    if span is None:
        assert got == {}, why
    else:
        assert span in got, f"{why}: got {got}"
        assert got[span] == owner, f"{why}: owner {got[span]}"


def test_offsets_survive_zero_width() -> None:
    text = "her cell is 312-555-\u200b0147"
    found = [e for e in detect_personal_data(normalize(text)) if e.kind == "phone"]
    assert found, "a zero-width space must not hide a phone number"
    assert text[found[0].start : found[0].end].replace("\u200b", "") == "312-555-0147"
