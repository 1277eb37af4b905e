"""Personal data that can locate or identify a private person.

Card: ``threatscan.personal_data.v1``
    Cues (``kind``): ``phone`` (phonenumbers at the "possible" leniency, so
    fictional 555 numbers count), ``email``, ``address`` (street-address
    candidates confirmed by usaddress; Spanish "Calle ... 45"; typed in lower case,
    "4738 hollowmere dr", "calle nogal prieto 412"), ``plate``
    (after a plate/tag/placa cue), ``id`` (SSN shape, or a driver's licence,
    passport, CURP number after its cue), ``school`` (a named school a child
    attends), ``schedule`` (when someone leaves, arrives or walks: "leaves work
    at 6"; a stop and its time: "gym at 6"; days that recur with a time:
    "Tuesdays and Thursdays, 3:05"; "her routine"), ``gate_code`` ("gate code
    for X's building is 4821"), ``family_workplace`` ("his wife works at
    Riverside Dental": the workplace must be a capitalised name).
    Each item carries ``owner``: ``self`` (my, our, call me), ``other`` (his,
    her, they, lives at, a full name just before it: "Gavin Shore, 88 Pinecrest
    Drive") or ``unknown``, read from the words just before it; phrase items
    (schedule, gate code, family workplace) may name their owner inside.
    Known false positives: business and public-office details, the author's
    own details, and everyday addresses; the framing detector marks those and
    owner ``self`` lowers the doxxing score. Languages: English, Spanish;
    phone numbers in any format phonenumbers parses with US as default region.
"""

from __future__ import annotations

import re

import phonenumbers
import usaddress

from threatscan.detectors._match import compile_fast
from threatscan.normalize import Layer, NormalizedText
from threatscan.types import Cue, Evidence, make_evidence

__all__ = ["NAME", "detect_personal_data"]

NAME = "threatscan.personal_data.v1"

_I = re.IGNORECASE
_EMAIL = compile_fast(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|"
    r"Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Loop|Row|Square|Sq|Alley|Pike"
)
_ADDRESS = compile_fast(
    r"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Za-z0-9.'-]+\s+){0,3}?(?:" + _SUFFIX + r")\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?\w+)?"
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,?\s+[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?",
)
_ADDRESS_ES = compile_fast(
    r"\b(?:Calle|Avenida|Av\.|Callej[oó]n|Privada|Calzada|Carrera|Camino)\s+(?:[A-ZÁÉÍÓÚÑ][\w.]*\s*){1,4}"
    r"(?:#\s*|No\.?\s*|n[uú]m\.?\s*)?\d{1,5}(?:\s*(?:int|interior|depto)\.?\s*\w+)?"
    r"(?:,\s*(?:Col\.|Colonia)\s+[A-ZÁÉÍÓÚÑ][\w ]{2,30})?"
)
# Addresses typed in lower case ("4738 hollowmere dr", "calle nogal prieto 412, col. las
# palmas"): a shorter list of suffixes, and no count of units before them ("40 min drive").
_UNITS = (
    r"min|mins|minutes?|hours?|hrs?|miles?|mi|km|blocks?|ft|feet|yards?|cups?|days?|weeks?|"
    r"years?|doors?|times|people|kids|guys|of|more|or|and|to|the|a|in|on|at"
)
_ADDRESS_LOWER = compile_fast(
    r"\b\d{1,6}[a-z]?\s+(?!(?:" + _UNITS + r")\b)(?:[a-z][a-z'-]*\s+){1,3}?"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl|"
    r"terrace|ter|circle|cir|pkwy|hwy)\b\.?"
    r"(?:,?\s+(?:apt|apartment|unit|suite|ste|#)\.?\s*#?\w+)?"
)
_ADDRESS_ES_LOWER = compile_fast(
    r"\b(?:calle|avenida|av\.|privada|callej[oó]n|calzada|cerrada|andador|prolongaci[oó]n)\s+"
    r"(?:[a-záéíóúñ][\w.]*\s+){1,4}(?:#\s*|no\.?\s*|n[uú]m\.?\s*)?\d{1,5}\b"
    r"(?:,\s*(?:col\.|colonia)\s+[a-záéíóúñ][\w ]{2,30})?"
)
_PLATE = compile_fast(
    r"\b(?:license plate|licence plate|plates?|tags?|placas?|matr[ií]cula)\s*(?:#|no\.?|number|num|is|are|"
    r"reads|says|es|son|:|=)?\s*[:#]?\s*(?P<p>[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,5})\b",
    _I,
)
_SSN = compile_fast(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_ID = compile_fast(
    r"\b(?:ssn|social security(?: number| no\.?| #)?|social|driver'?s licen[cs]e(?: number| no\.?| #)?|"
    r"dl|licen[cs]e (?:number|no\.?|#)|passport(?: number| no\.?| #)?|curp|rfc|ine|"
    r"n[uú]mero de seguro social)\s*(?:is|:|#|es|=)?\s*(?P<id>[A-Z0-9][A-Z0-9-]{5,18})\b",
    _I,
)
_SCHOOL_NAME = (
    r"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,4}(?:Elementary|Middle|High|Primary|Academy|School|Prep|"
    r"Preparatory|Montessori|Daycare|Preschool|Kindergarten)(?:\s+School)?"
)
_SCHOOL = compile_fast(
    r"\b(?:goes to|go to|attends|attend|picks? (?:\w+ ){0,2}up (?:at|from)|drops? (?:\w+ ){0,2}off at|"
    r"enrolled at|student at|in (?:\d|first|second|third|fourth|fifth)\w* grade at)\s+(?P<s>"
    + _SCHOOL_NAME
    + r")|\b(?:estudia en|va a la|van a la)\s+(?P<e>(?:escuela|primaria|secundaria|prepa\w*|kinder)"
    r"\s+(?:[A-ZÁÉÍÓÚÑ][\w.]*\s*){1,4})"
)
_TIME = r"\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|p|a))?"
_DAY = r"(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
_DAYS = r"(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:days|s)"  # plural: every week
# "Tuesdays", "tue/thu", "mon wed fri", "sat nights": days that recur, not one date.
_WEEKLY = (
    rf"(?:{_DAYS}|{_DAY}(?:\s*(?:/|,|and|&|\s)\s*{_DAY})+|{_DAY}\s+(?:nights|mornings|evenings))"
)
_SCHEDULE = compile_fast(
    r"\b(?:leaves?|leaving|gets? off|gets? home|comes? home|walks?|jogs?|runs|drives?|arrives?|parks?|"
    r"goes|heads?|opens|closes|picks? (?:\w+ )?up|sale|llega|sales|llegas)\b[^.!?\n]{0,40}?"
    r"(?:\b(?:at|around|by|a las|alrededor de las)\s*|@\s*)\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|hrs)?"
    r"|\b(?:every|each) (?:day|morning|night|evening|weekday|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s?\b[^.!?\n]{0,40}?\b(?:at|around)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?"
    r"|\b(?:todos los d[ií]as|cada (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|"
    r"ma[nñ]ana|noche))\b[^.!?\n]{0,40}?\ba las\s*\d{1,2}"
    # A stop in someone's day and its time: "gym at 6", "home by 6", "desayuna ... a las 9".
    r"|\b(?:gym|lifts|works out|swims|coffee|breakfast|practice|pick-?up|drop-?off|clocks? (?:in|out)|"
    r"home|office|back home)\s+(?:at|by|around|@|~)\s*~?" + _TIME + r"\b"
    r"|\b(?:desayuna|cena|entrena|juega|misa|turno|entra|llega)\b[^.!?\n]{0,40}?"
    r"\b(?:a las|de las|de)\s+\d{1,2}\b"
    # A weekly pattern with a time: "Tuesdays and Thursdays, 3:05", "tue/thu, 5:30", "SAT NIGHTS
    # ~10:30" (one day and a time, "Friday, 11:40", is a date, not a routine).
    r"|\b" + _WEEKLY + r"(?:\s+(?:nights?|mornings?|evenings?))?[ ,:~@]{1,4}(?:at\s+|around\s+)?"
    r"\d{1,2}(?::\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.))"
    r"|\b(?:todos los|cada)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?)\b"
    r"[^.!?\n]{0,60}?\b(?:a las|de las|en la (?:noche|ma[nñ]ana|tarde))\b"
    # The word itself, about someone: "her schedule", "his routine", "su rutina".
    r"|\b(?:his|her|their|'s)\s+(?:daily\s+)?(?:routine|schedule|week|shift)\b|\bsu rutina\b",
    _I,
)
_GATE = compile_fast(
    r"\b(?:gate|door|garage|building|entry|alarm|lockbox|keypad|front door)\s*(?:code|pin|combo|"
    r"combination)(?:\s+(?:for|to|at)\s+[^.!?\n]{1,40}?)?\s*(?:is|:|=|#)?\s*\d{3,8}#?|\bc[oó]digo (?:de la |del )?(?:reja|port[oó]n|puerta|"
    r"entrada|alarma|edificio)\s*(?:es)?\s*:?\s*\d{3,8}",
    _I,
)
# The workplace must be named (capitalised): "works at the hospital" identifies nobody.
_FAMILY_WORK = compile_fast(
    r"\b(?i:(?:his|her|their|your|ur)\s+(?:wife|husband|mom|mother|dad|father|son|daughter|"
    r"brother|sister|girlfriend|boyfriend|fianc[eé]e?|partner|kid)\s+(?:works|is working|works "
    r"nights|works days|clocks in)\s+(?:at|in|for)\s+(?:the\s+)?)(?:[A-Z][\w'&.-]*\s*){1,5}"
    r"|\b(?i:su (?:esposa|esposo|mam[aá]|pap[aá]|hija|hijo|hermana|hermano|novia|novio)\s+trabaja"
    r"\s+en\s+(?:el |la )?)(?:[A-ZÁÉÍÓÚÑ][\w'&.-]*\s*){1,5}",
)

# "my ex", "mi vecino": a person the author names by relation, whose details are not the
# author's own. These relations are the usual doxxing targets; family members are not listed,
# since "my mom's new number" is most often shared within the household.
_RELATION = (
    r"(?:ex|ex-?(?:wife|husband|girlfriend|boyfriend|partner)|old roommate|roommate|neighbou?rs?|"
    r"landlord|landlady|boss|manager|supervisor|coworker|co-worker|stalker|bully|"
    r"vecin[oa]s?|caser[oa]|jef[ae]|ex-?(?:esposa|esposo|novia|novio|pareja))"
)
_MY = r"(?:my|our|mi|mis|nuestr[oa])"
_SELF = compile_fast(
    rf"\b(?:{_MY}(?!\s+{_RELATION}\b)|mine|me at|call me|text me|reach me|"
    r"email me|contact me|dm me|i live|i'?m at|we live|we'?re at|i moved|we moved|ll[aá]mame|"
    r"escr[ií]beme|vivo en|cont[aá]ctame|"
    # "new place" is the author's unless a possessive before it says whose ("his", "Hana's").
    r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!'s )new (?:number|phone|cell|email|e-mail|"
    r"address|place)|save it|send (?:cards|mail|"
    r"packages) to|deliver (?:it )?to (?:me|us)|(?:i'?m|we'?re) in (?:the|my) [\w -]{1,30}?, plate|"
    r"agr[eé]g(?:uen|a)(?:me|nos)|cambi[eé] de (?:n[uú]mero|cel|correo)|ahora es|recogen en|"
    r"paso a entregar)\b",
    _I,
)
_OTHER = compile_fast(
    rf"\b(?i:{_MY}\s+{_RELATION})\b|"
    r"\b(?i:his|her|their|he|she|they|him|them|lives at|lives on|stays at|this guy|that guy|"
    r"this bitch|su|sus|vive en|[eé]l|ella|ellos)\b|\b[A-Z][a-z]+'s\b|\b(?:[A-Z][a-z]+\s){1,2}"
    r"(?:lives|stays|is at|works)\b"
    # A full name just before the item: "Gavin Shore, 88 Pinecrest Drive".
    r"|\b[A-Z][a-z]+\s[A-Z][a-z]+[,:]\s*$",
)
# Items whose match is a phrase may name their owner inside it: "his wife works at
# ...", "gate code for Nora Quill's building is ...", "su esposa trabaja en ...".
_PHRASE_KINDS = frozenset({"family_workplace", "gate_code", "schedule"})


def _owner(text: str, start: int, end: int) -> str:
    """Who the item belongs to, read from the words shortly before (and just after) it."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 25]
    best, best_pos = "unknown", -1
    for kind, pattern in (("self", _SELF), ("other", _OTHER)):
        for m in pattern.finditer(before):
            if m.start() > best_pos:
                best, best_pos = kind, m.start()
    if best == "unknown":
        if re.match(r"\s*(?:is|are|=|es)\s+(?:his|her|their|su)\b", after, _I):
            return "other"
        if re.match(r"\s*(?:is|es)\s+(?:my|mi)\b", after, _I):
            return "self"
    return best


def _items(
    layer: Layer, spans: list[tuple[int, int, str]], extra: dict[str, str]
) -> list[Evidence]:
    out = []
    text = layer.text
    for start, end, kind in spans:
        # Patterns that end on optional parts may swallow trailing spaces: trim them.
        while end > start and text[end - 1].isspace():
            end -= 1
        o_start, o_end = layer.span(start, end)
        if o_start >= o_end:
            continue
        owner = _owner(text, start, end)
        if owner == "unknown" and kind in _PHRASE_KINDS and _OTHER.search(text[start:end]):
            owner = "other"
        detail = {"kind": kind, "owner": owner, **extra}
        out.append(make_evidence(Cue.PERSONAL_DATA, o_start, o_end, NAME, **detail))
    return out


def _phones(text: str) -> list[tuple[int, int, str]]:
    if sum(ch.isdigit() for ch in text) < 7:
        return []
    matcher = phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)
    return [(m.start, m.end, "phone") for m in matcher]


def _addresses(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ADDRESS.finditer(text):
        candidate = m.group().rstrip(" ,.")
        try:
            tags, _ = usaddress.tag(candidate)
        except usaddress.RepeatedLabelError:
            continue
        if "AddressNumber" in tags and "StreetName" in tags:
            out.append((m.start(), m.start() + len(candidate), "address"))
    out.extend((m.start(), m.end(), "address") for m in _ADDRESS_ES.finditer(text))
    out.extend((m.start(), m.end(), "address") for m in _ADDRESS_LOWER.finditer(text))
    out.extend((m.start(), m.end(), "address") for m in _ADDRESS_ES_LOWER.finditer(text))
    return out


def detect_personal_data(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Personal data items with ``kind`` and ``owner``. See the module card."""
    layer = doc.basic
    text = layer.text
    spans: list[tuple[int, int, str]] = []
    spans += [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    ssn = [(m.start(), m.end(), "id") for m in _SSN.finditer(text)]
    spans += ssn
    spans += [(m.start("id"), m.end("id"), "id") for m in _ID.finditer(text)]
    phones = [p for p in _phones(text) if not any(s <= p[0] and p[1] <= e for s, e, _ in spans)]
    spans += phones
    spans += _addresses(text)
    plates = []
    for m in _PLATE.finditer(text):
        plate = m.group("p")
        if re.search(r"\d", plate) and re.search(r"[A-Za-z]", plate):
            plates.append((m.start("p"), m.end("p"), "plate"))
    spans += plates
    for m in _SCHOOL.finditer(text):
        group = "s" if m.group("s") else "e"
        spans.append((m.start(group), m.end(group), "school"))
    spans += [(m.start(), m.end(), "schedule") for m in _SCHEDULE.finditer(text)]
    spans += [(m.start(), m.end(), "gate_code") for m in _GATE.finditer(text)]
    spans += [(m.start(), m.end(), "family_workplace") for m in _FAMILY_WORK.finditer(text)]
    # Keep the first of overlapping items of the same kind; different kinds may overlap.
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if any(k[2] == span[2] and k[0] < span[1] and span[0] < k[1] for k in kept):
            continue
        kept.append(span)
    return tuple(_items(layer, kept, {}))
