"""Target references: who a harm act or a disclosure is about.

Card: ``threatscan.target.v1``
    Cues (``kind``): ``second_person`` (you, u, te), ``pronoun`` (him, her,
    them, this guy), ``role`` (judge, officer, agent, witness, reporter, nurse,
    landlord, ex, juez, testigo, periodista, ...), ``group`` (all the
    immigrants, those cops), ``family`` (his wife, her kids), ``handle``
    (@name), ``name`` (two capitalised words, or a capitalised surname after
    a title or role: "ICE officer Dunmore", "la agente Villaseñor").
    Known false positives: capitalised brand or place names that do not end in
    a place word ("Crime Stoppers" is stopped, "Blue Island" and "Larkspur Ave"
    end in place words and are skipped; "Shopwell Foods" still reads as a
    name); "you" in generic statements. Targets are evidence only: a label
    needs a harm act, payment or disclosure besides. Languages: English, Spanish. Protection is target-neutral: every role is
    one list, and no role weighs more than another.
"""

from __future__ import annotations

import re

from threatscan.detectors._match import compile_fast, compile_words, emit
from threatscan.normalize import NormalizedText
from threatscan.types import Cue, Evidence

__all__ = ["NAME", "ROLE_WORDS", "detect_targets"]

NAME = "threatscan.target.v1"

ROLE_WORDS = (
    r"judges?|justices?|magistrates?|officers?|cops?|police(?:man|men|woman|women)?|deputy|deputies|"
    r"sheriffs?|troopers?|agents?|feds|ice agents?|border patrol|witness(?:es)?|informants?|snitch(?:es)?|"
    r"rats?|reporters?|journalists?|editors?|anchors?|photographers?|prosecutors?|d\.?a\.?|"
    r"district attorney|attorneys?|lawyers?|senators?|congress(?:man|woman|men|women)|"
    r"representatives?|mayors?|governors?|president|council(?:man|woman|member)s?|commissioners?|"
    r"nurses?|doctors?|teachers?|principals?|landlords?|boss|managers?|ex|ex-?(?:wife|husband|girlfriend|boyfriend)|"
    r"neighbou?rs?|co-?workers?|streamers?|activists?|organi[sz]ers?|protesters?|immigrants?|migrants?|"
    r"refugees?|ceos?|guards?|jurors?|jury|clerks?|pastors?|imams?|rabbis?|priests?|poll workers?|"
    r"election workers?|sergeants?|lieutenants?|captains?|detectives?|correctional officers?|"
    r"juez(?:a|as|es)?|policias?|polis?|agentes?|migra|oficial(?:es)?|testigos?|soplon(?:es)?|chivatos?|"
    r"chotas?|periodistas?|reporter[oa]s?|fiscal(?:es)?|abogad[oa]s?|alcaldes?a?|gobernador(?:a)?|"
    r"diputad[oa]s?|senador(?:a|es)?|enfermer[oa]s?|maestr[oa]s?|caser[oa]s?|vecin[oa]s?|jefe|"
    r"activistas?|migrantes?|sicarios?|comandantes?"
)

_PATTERNS: dict[str, re.Pattern[str]] = {
    "second_person": compile_words(r"you|u|ya|your|ur|yours|yourself|y'?all|te|tu|ti|usted"),
    "pronoun": compile_words(
        r"him|her|them|he|she|they|his|their|el|ella|ellos|ellas",
        r"(?:this|that|dat|dis|ese|esa|este|esta) (?:guy|dude|man|woman|girl|bitch|bastard|fool|clown|"
        r"idiot|snitch|rat|pig|punk|kid|lady|mf|wey|guey|tipo|tipa|cabron|vato|vieja|morra|pendejo)",
    ),
    "role": compile_words(
        r"(?:the |that |this |a |an |el |la |los |las |ese |esa )?(?:" + ROLE_WORDS + r")"
    ),
    "group": compile_words(
        r"(?:all|every|those|these|todos los|todas las) (?:\w+ )?(?:immigrants|migrants|illegals|cops|"
        r"pigs|feds|agents|jews|muslims|christians|gays|liberals|conservatives|democrats|republicans|"
        r"protesters|journalists|reporters|judges|people|migrantes|policias|periodistas)"
    ),
    "family": compile_words(
        r"(?:his|her|their|your|ur|su|sus|tu|tus) (?:wife|husband|kids?|children|son|daughter|mom|"
        r"mother|dad|father|family|girlfriend|boyfriend|brother|sister|baby|esposa|esposo|hij[oa]s?|"
        r"mama|papa|familia|novi[oa]|herman[oa]s?)"
    ),
}
_HANDLE = compile_fast(r"(?<![\w.@])@[A-Za-z_][\w.]{1,30}\b(?!\.[a-z]{2,}\b)")
_NAME = compile_fast(
    r"\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)+\b"
)
# A capitalised surname right after a singular title or role: "ICE officer Dunmore",
# "la agente Villaseñor", "Dr. Marchetti". The role word may be lower case; the surname may not.
_TITLED_NAME = compile_fast(
    r"\b(?i:officer|deputy|agent|judge|justice|sergeant|detective|trooper|sheriff|captain|"
    r"lieutenant|nurse|dr\.?|doctor|professor|prof\.?|coach|pastor|councilmember|councilman|"
    r"councilwoman|senator|rep\.?|juez|jueza|agente|oficial|comandante|fiscal|licenciad[oa]|lic\.|"
    r"doctora|maestr[oa]|profe|enfermer[oa]|padre|pastora)\s+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:-[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)\b"
)
# Capitalised function words that follow a role at the start of a clause ("the agent At ...").
_TITLED_STOP = frozenset(
    "At In On To For From With By Near Is Was Will Said Says Who Of Del De La El En Que Y".split()
)
_NAME_STOP = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "I",
        "If",
        "When",
        "What",
        "Where",
        "Who",
        "Why",
        "How",
        "And",
        "But",
        "Or",
        "So",
        "Just",
        "Crime",
        "Stoppers",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Street",
        "Avenue",
        "Road",
        "Police",
        "Department",
        "Breaking",
        "News",
        "Update",
        "County",
        "City",
        "State",
        "Court",
        "Federal",
        "Judge",
        "Officer",
        "Agent",
        "Dear",
        "Hey",
        "Hi",
        "Hello",
        "Please",
        "Thanks",
        "Happy",
        "Good",
        "My",
        "Our",
        "Your",
        "His",
        "Her",
        "Their",
        "We",
        "You",
        "He",
        "She",
        "They",
        "It",
        "Ice",
        "Fbi",
        "Lol",
        "Omg",
    ]
)


# Capitalised sequences ending in these are places, not people ("Larkspur Ave").
_PLACE_WORDS = frozenset(
    "St Street Ave Avenue Rd Road Blvd Boulevard Dr Drive Ln Lane Ct Court Way Pl Place Park "
    "Terrace Pkwy Parkway Hwy Highway Island Lake River Bridge Station Square Plaza Mall Center "
    "Centre School Academy Elementary High Middle Hospital Church Library Airport Heights Hills "
    "Springs City County Beach Lot Market".split()
)


def detect_targets(doc: NormalizedText) -> tuple[Evidence, ...]:
    """References to people or groups, with a ``kind`` detail. See the module card."""
    folded = doc.folded
    out: list[Evidence] = []
    for kind, pattern in _PATTERNS.items():
        out.extend(emit(folded, pattern.finditer(folded.text), Cue.TARGET, NAME, kind=kind))
    basic = doc.basic
    out.extend(emit(basic, _HANDLE.finditer(basic.text), Cue.TARGET, NAME, kind="handle"))
    names = [
        m
        for m in _NAME.finditer(basic.text)
        if m.group().split()[0] not in _NAME_STOP and m.group().split()[-1] not in _PLACE_WORDS
    ]
    out.extend(emit(basic, names, Cue.TARGET, NAME, kind="name"))
    spans = {(e.start, e.end) for e in out if e.kind == "name"}
    titled = [
        m
        for m in _TITLED_NAME.finditer(basic.text)
        if m.group("name") not in _NAME_STOP | _PLACE_WORDS | _TITLED_STOP
    ]
    found = emit(basic, titled, Cue.TARGET, NAME, group="name", kind="name")
    out.extend(e for e in found if not any(s <= e.start and e.end <= t for s, t in spans))
    return tuple(out)
