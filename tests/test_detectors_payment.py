"""Table tests for ``threatscan.payment.v1`` and ``threatscan.solicit.v1``.

Rows: (text, expected kind, expected substring of the original text, why);
``None`` means the cue must NOT be found. Amount rows also pin the parsed
value and currency.
"""

from __future__ import annotations

import pytest

from threatscan.detectors.payment import detect_payment, detect_solicit
from threatscan.normalize import normalize
from threatscan.types import Cue, Evidence

AMOUNT_ROWS: list[tuple[str, str, float, str, str]] = [
    ("$50k to whoever", "$50k", 50_000, "USD", "symbol plus k"),
    ("50 grand for the job", "50 grand", 50_000, "USD", "grand"),
    ("2 racks to anybody", "2 racks", 2_000, "USD", "racks are thousands"),
    ("20 bands on whoever", "20 bands", 20_000, "USD", "bands are thousands"),
    ("25 large for the first man", "25 large", 25_000, "USD", "large is thousands"),
    ("A stack for anyone who", "A stack", 1_000, "USD", "a stack is one thousand"),
    ("Paying 0.5 BTC for", "0.5 BTC", 0.5, "BTC", "crypto amount keeps its unit"),
    ("pago 50 mil pesos", "50 mil pesos", 50_000, "MXN", "Spanish mil plus pesos"),
    ("Cincuenta mil pesos al que", "Cincuenta mil pesos", 50_000, "MXN", "spelled Spanish"),
    ("offered $20,000 to anyone", "$20,000", 20_000, "USD", "thousands separator"),
    ("€5k for it", "€5k", 5_000, "EUR", "euro symbol"),
    ("five grand cash", "five grand", 5_000, "USD", "spelled English"),
]

ROWS: list[tuple[str, str, str | None, str]] = [
    # methods and offers
    ("Cash App ready", "method", "Cash App", "payment method"),
    ("Venmo or Zelle", "method", "Zelle", "payment method"),
    ("I'll pay whoever does it", "offer", "I'll pay", "first-person offer"),
    ("te pago cuando esté hecho", "offer", "te pago", "Spanish offer"),
    ("there's a bounty on him", "offer", "bounty", "bounty word"),
    ("put a hit on her", "offer", "put a hit", "contract killing idiom"),
    # conditions
    ("10k to whoever does it", "whoever", "to whoever", "whoever condition"),
    ("Half up front, rest when it's done", "outcome", "Half up front", "payment terms"),
    ("paid once it's done", "outcome", "once it's done", "completion condition"),
    ("al que le dé piso", "whoever", "al que le", "Spanish whoever"),
    ("send pics as proof", "proof", "send pics", "proof demanded"),
    ("2 bands per head for the agents", "whoever", "per head", "a price per person"),
    ("50 mil por cada agente", "whoever", "por cada agente", "Spanish price per person"),
    # must NOT be found
    ("Bounty on the raid boss: 50k gold", "amount", None, "game currency is not money"),
    ("I have 3 kids", "amount", None, "a bare number is not money"),
    ("reached 10k followers today", "amount", None, "a count is not money"),
]

SOLICIT_ROWS: list[tuple[str, str, str | None, str]] = [
    ("5k to whoever sh00ts the witness", "whoever", "whoever sh00ts", "bounty form, leet"),
    ("anyone who would kill him", "whoever", "anyone who would", "modal bounty form"),
    ("Kill Pastor Varga. Seriously, someone do it", "call_to_action", "someone do it", ""),
    ("Any of you brave enough to do it?", "call_to_action", "Any of you", "dare to the reader"),
    ("go out there and hurt them", "call_to_action", "go out there and hurt", "imperative"),
    ("Hay que levantar a la maestra, ¿quién se apunta?", "call_to_action", "quién se apunta", ""),
    ("vayan y pártanles la madre", "call_to_action", "vayan", "Spanish imperative"),
    ("¿Quién más se apunta pa' ir por él?", "call_to_action", "Quién más se apunta", "with 'más'"),
    ("el viernes vamos en bola a su casa", "call_to_action", "vamos en bola", "Spanish mob call"),
    ("raza, go out there y rómpanles la cara", "call_to_action", "go out there y rómpanles", ""),
    ("¿quién va a ir a romperles la cara?", "call_to_action", "quién va a ir a", "takers wanted"),
    ("Ya saben qué hacer.", "call_to_action", "Ya saben qué hacer", "the act left to readers"),
    ("Checkpoint on Route 8. Surround them and beat them.", "call_to_action", "Surround them", ""),
    ("yall know what to do.", "call_to_action", "yall know what to do", "the act left to readers"),
    ("grab a bat and go bust some skulls", "call_to_action", "go bust ", "go plus a harm verb"),
    ("I'll take him to the game", "call_to_action", None, "no imperative mid-sentence"),
    (
        "If nobody steps up by Friday I'll handle him myself",
        "call_to_action",
        "If nobody steps up",
        "a dare to the reader",
    ),
    (
        "the first man who takes out the prosecutor",
        "whoever",
        "the first man who takes",
        "first-to-act form",
    ),
    ("Somebody needs to put him down", "call_to_action", "Somebody needs to", "call to act"),
    ("Everyone go to his house tonight", "call_to_action", "Everyone go", "mobilising"),
    ("Se busca sicario", "hire", "Se busca sicario", "Spanish murder-for-hire"),
    ("need a hitman for a job", "hire", "need a hitman for", "hiring a killer"),
    # must NOT be found
    ("whoever killed my cat is evil", "whoever", None, "past tense is not a bounty"),
    ("whoever is responsible should apologise", "whoever", None, "'is' is not an act"),
]

LOCATE_ROWS: list[tuple[str, str | None, str]] = [
    ("where does that reporter live?", "where does that reporter live", "question form"),
    ("¿Dónde vive el juez?", "Dónde vive", "Spanish question"),
    (
        "anyone know where that nurse Carla Brandt lives?",
        "anyone know where that nurse Carla Brandt lives",
        "asking for a home",
    ),
    ("drop her addy in the chat", "drop her addy", "slang for address"),
    (
        "Paying 0.5 BTC for the home address of the journalist",
        "Paying 0.5 BTC for the home address",
        "paying to locate",
    ),
    ("¿Alguien sabe dónde vive el reportero?", "Alguien sabe dónde vive", "Spanish request"),
    ("anyone know where the meeting is?", None, "a place, not a person"),
]


def _spans(text: str, evidence: tuple[Evidence, ...], kind: str) -> list[str]:
    return [text[e.start : e.end] for e in evidence if e.kind == kind]


@pytest.mark.parametrize(("text", "span", "amount", "currency", "why"), AMOUNT_ROWS)
def test_amounts(text: str, span: str, amount: float, currency: str, why: str) -> None:
    found = [e for e in detect_payment(normalize(text)) if e.kind == "amount"]
    by_span = {text[e.start : e.end]: e for e in found}
    assert span in by_span, f"{why}: got {list(by_span)}"
    assert by_span[span].get("amount") == amount, why
    assert by_span[span].get("currency") == currency, why


@pytest.mark.parametrize(("text", "kind", "span", "why"), ROWS)
def test_payment_cues(text: str, kind: str, span: str | None, why: str) -> None:
    got = _spans(text, detect_payment(normalize(text)), kind)
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"


def test_price_list() -> None:
    text = "Paying 10k per cop, 25k for a sergeant, 50 grand for the captain."
    amounts = [e for e in detect_payment(normalize(text)) if e.kind == "amount"]
    assert [e.get("amount") for e in amounts] == [10_000, 25_000, 50_000]
    assert all(e.get("price_list") is True for e in amounts)


def test_single_price_is_not_a_list() -> None:
    amounts = [e for e in detect_payment(normalize("10k per cop")) if e.kind == "amount"]
    assert amounts and all(e.get("price_list") is None for e in amounts)


@pytest.mark.parametrize(("text", "kind", "span", "why"), SOLICIT_ROWS)
def test_solicit(text: str, kind: str, span: str | None, why: str) -> None:
    found = [e for e in detect_solicit(normalize(text)) if e.cue is Cue.SOLICIT]
    got = _spans(text, tuple(found), kind)
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"


@pytest.mark.parametrize(("text", "span", "why"), LOCATE_ROWS)
def test_locate_request(text: str, span: str | None, why: str) -> None:
    found = [e for e in detect_solicit(normalize(text)) if e.cue is Cue.LOCATE_REQUEST]
    got = [text[e.start : e.end] for e in found]
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"
