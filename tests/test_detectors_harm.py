"""Table tests for ``threatscan.harm.v1`` and ``threatscan.intent.v1``.

Each row: (text, expected category or kind, expected substring of the original
text at the evidence span, why). A ``None`` substring means the cue must NOT be
found (a known false positive the detector avoids).
"""

from __future__ import annotations

import pytest

from threatscan.detectors.harm import detect_harm, detect_intent
from threatscan.normalize import normalize
from threatscan.types import Cue, Evidence

HARM_ROWS: list[tuple[str, str, str | None, str]] = [
    ("I will kill you", "kill", "kill", "plain act"),
    ("i will k1ll you Travis", "kill", "k1ll", "leetspeak folds to kill; span is the original"),
    ("I will k i l l him", "kill", "k i l l", "spaced letters are joined"),
    ("I'm going to k\u0456ll him", "kill", "k\u0456ll", "Cyrillic i is a confusable"),
    ("I'm gonna sh\u200boot you", "shoot", "sh\u200boot", "zero-width space inside the word"),
    ("put a bullet in his head", "shoot", "put a bullet in", "euphemism for shooting"),
    (
        "50k to whoever puts Judge Halvorsen in the ground",
        "euphemism",
        "puts Judge Halvorsen in the ground",
        "role word plus name is an object",
    ),
    (
        "the first man who takes out the prosecutor",
        "euphemism",
        "takes out the prosecutor",
        "'take out' before a role object",
    ),
    ("10k to whoever runs over that cop", "vehicle", "runs over that cop", "vehicle attack"),
    ("anyone who jumps the new manager", "beat", "jumps the new manager", "assault on a role"),
    ("she needs to be taught a lesson", "menace", "be taught a lesson", "weaker menace"),
    ("We're going to burn their house down", "burn", "burn their house down", "arson"),
    ("you won't make it home", "euphemism", "won't make it home", "euphemistic death threat"),
    ("I'm coming for you tonight with my Glock", "weapon", "Glock", "weapon named"),
    ("Te voy a matar", "kill", "matar", "Spanish"),
    ("al que le dé piso al testigo", "kill", "le dé piso", "Spanish slang with the accent kept"),
    ("vamos a levantarlo", "kidnap", "levantarlo", "Spanish slang for abduction"),
    ("Hay que darle una lección", "menace", "darle una lección", "Spanish menace"),
    (
        "who wanna help me jump Noor after school",
        "beat",
        "help me jump Noor",
        "a name after 'help me jump' is a person",
    ),
    (
        "need a few guys to help me put Judge Varga in the hospital",
        "euphemism",
        "put Judge Varga in the hospital",
        "hospitalising a person",
    ),
    (
        "on Tuesday I will carry out an attack on the field office",
        "attack",
        "carry out an attack",
        "an announced attack, no harm verb",
    ),
    (
        "the reporters at the Courier will be targeted by me",
        "attack",
        "will be targeted",
        "being targeted by the author",
    ),
    ("let's go pay them a visit. bring bats.", "weapon", "bring bats", "arming a group"),
    ("Pasado mañana vamos a atacar la oficina", "attack", "atacar", "Spanish attack"),
    ("someone jump Connor after school", "beat", "someone jump Connor", "a call to jump a person"),
    ("everyone go smash their heads in", "beat", "smash their heads in", "plural heads"),
    ("lleguen con palos y denles", "weapon", "lleguen con palos", "Spanish: arriving armed"),
    # must NOT be found
    ("We're gonna take out the trash", "euphemism", None, "'take out' a thing, not a person"),
    ("I'll take him out to dinner", "euphemism", None, "'take out to' is a date"),
    ("I teach them a lesson in algebra every day", "menace", None, "a lesson in a subject"),
    ("I'll make them pay attention", "menace", None, "'make them pay' is not a cue"),
    ("who wants to jump the queue", "beat", None, "'jump' a thing, not a person"),
    ("let's jump in the pool", "beat", None, "'jump in' is not an assault"),
    ("wanna jump rope at recess?", "beat", None, "'jump rope' is a game"),
    ("I had a heart attack scare", "attack", None, "a medical attack"),
    ("the Ravens attack the zone defense well", "attack", None, "no place or gathering"),
    ("bring the snacks and the chairs", "weapon", None, "bringing things that are not weapons"),
    ("whoever whacks the witness first", "kill", "whacks", "third person of 'whack'"),
    ("hay que ir a madrearlos a todos", "beat", "madrearlos", "Spanish plural object"),
    ("la madre de Ana vino a la junta", "beat", None, "'madre' is a mother, not a beating"),
    ("mañana les damos en la madre", "beat", "les damos en la madre", "Spanish slang beating"),
    ("we storm it and hurt as many as we can", "beat", "hurt as many as", "no single object"),
    ("no dejen a ninguno parado", "beat", "no dejen a ninguno parado", "leave none standing"),
    ("quémenles las camionetas", "burn", "quémenles las camionetas", "arson of vehicles"),
    ("lleven piedras y bates", "weapon", "lleven piedras", "arming a group"),
    ("it hurts as many people as it helps", "beat", None, "'hurts' is not 'hurt as many'"),
    ("go bust some skulls", "beat", "bust some skulls", "slang beating"),
    ("rodéenlos y tírenlos al suelo a patadas", "beat", "tírenlos al suelo a patadas", ""),
    ("aprendí a golpes que no se fía uno", "beat", None, "'a golpes' without an object clitic"),
    ("al que deje muerto a la agente", "kill", "deje muerto", "Spanish bounty wording"),
    ("que ya no se levante", "kill", "ya no se levante", "euphemism for killing"),
    ("Condition: the reporter stops breathing.", "kill", "stops breathing", "death as a condition"),
    ("hasta que deje de respirar", "kill", "deje de respirar", "Spanish"),
    ("they should all need stretchers", "beat", "need stretchers", "injury as the outcome"),
    ("start leaving on stretchers", "beat", "leaving on stretchers", "injury as the outcome"),
    ("que lo deje en silla de ruedas", "beat", "deje en silla de ruedas", "Spanish outcome"),
    ("que le den una calentada", "beat", "le den una calentada", "Mexican slang beating"),
    ("the ward is short of stretchers", "beat", None, "stretchers with no one hurt"),
    ("la silla de ruedas de mi abuela", "beat", None, "a wheelchair with no one hurt"),
    ("her skills are great", "kill", None, "word boundary: skills"),
    ("the execution of the plan", "kill", None, "noun 'execution' is not the act"),
]

INTENT_ROWS: list[tuple[str, str, str | None, str]] = [
    ("I'm gonna put a bullet in him", "first_person", "I'm gonna", "first-person intent"),
    ("Te voy a matar", "first_person", "Te voy a", "Spanish first-person intent"),
    ("Testify and you won't make it home", "conditional", "Testify and you won't", "conditional"),
    ("Si declaras contra mi hermano", "conditional", "Si declaras", "Spanish conditional"),
    ("you're gonna die", "second_person_future", "you're gonna die", "prediction of harm"),
    ("I know where you live", "know_where", "I know where you live", "surveillance"),
    ("We see you leave your place at 7", "watching", "We see you leave", "surveillance"),
    ("can somebody help me jump him", "first_person", "help me", "the author takes part"),
    ("Let's go pay them a visit", "first_person", "Let's go", "the author takes part"),
    (
        "Going to walk in there with a rifle.",
        "first_person",
        "Going to",
        "a plan with the 'I' dropped",
    ),
    ("Ya sabemos dónde vives", "know_where", "Ya sabemos dónde vives", "Spanish"),
    # must NOT be found
    ("I know where you got that shirt", "know_where", None, "not a place the target lives"),
    ("if you want pizza let me know", "conditional", None, "no conduct the author punishes"),
    ("the weather is going to be nice", "first_person", None, "'going to' mid-sentence"),
]


def _find(evidence: tuple[Evidence, ...], key: str, value: str) -> list[Evidence]:
    return [e for e in evidence if str(e.get(key)) == value]


@pytest.mark.parametrize(("text", "category", "span", "why"), HARM_ROWS)
def test_harm(text: str, category: str, span: str | None, why: str) -> None:
    found = _find(detect_harm(normalize(text)), "category", category)
    assert all(e.cue is Cue.HARM_ACT for e in found)
    got = [text[e.start : e.end] for e in found]
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"


@pytest.mark.parametrize(("text", "kind", "span", "why"), INTENT_ROWS)
def test_intent(text: str, kind: str, span: str | None, why: str) -> None:
    found = _find(detect_intent(normalize(text)), "kind", kind)
    got = [text[e.start : e.end] for e in found]
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why}: got {got}"


def test_surveillance_cue() -> None:
    found = detect_intent(normalize("we see you leave at 7"))
    assert any(e.cue is Cue.SURVEILLANCE for e in found)


def test_detector_is_pure() -> None:
    doc = normalize("I will kill you")
    assert detect_harm(doc) == detect_harm(doc)
