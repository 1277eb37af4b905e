"""Policy pairs: the same content, framed and as the author's own act.

POLICY.md judges the author's act, not the words: news, court records,
quotation to condemn or report, counter-speech, victim reports and fiction
never flag, while the same content as the author's own offer, threat or dox
must flag for the right label. Reports of public police or ICE activity never
flag, and a disclaimer ("just joking") does not excuse a real offer.
"""

from __future__ import annotations

import os

import pytest

from threatscan import ScanConfig, Scanner
from threatscan.config import Thresholds
from threatscan.types import Decision, Label

# Every pair holds for both the shipped default (the learned cascade) and the rules baseline.
# THREATSCAN_PAIRS_CONFIG names a policy file of a candidate model (threatscan tune's output,
# with its model_dir) to hold it to the same pairs before it ships; scripts/seed_check runs
# `pytest -k cascade-v1` with it.
_CANDIDATE = os.environ.get("THREATSCAN_PAIRS_CONFIG")
SCANNERS = {
    "cascade-v1": Scanner(ScanConfig.load(_CANDIDATE)) if _CANDIDATE else Scanner(),
    "rules-v1": Scanner(ScanConfig(classifier="rules-v1")),
}


@pytest.fixture(params=sorted(SCANNERS))
def scanner(request: pytest.FixtureRequest) -> Scanner:
    return SCANNERS[request.param]


# (framed text that must not flag, the author's own act, the label it must flag, why)
PAIRS: list[tuple[str, str, Label, str]] = [
    # solicitation
    (
        "Police said the suspect offered $20,000 to anyone who would kill the witness.",
        "$20,000 to anyone who kills the witness.",
        Label.SOLICITATION,
        "news report vs bounty",
    ),
    (
        'The indictment alleges he texted "I\'ll pay 5k to whoever shoots her" to an agent.',
        "I'll pay 5k to whoever shoots her.",
        Label.SOLICITATION,
        "court record quoting vs offer",
    ),
    (
        'Posts like "50 grand to whoever takes out the prosecutor" are disgusting. Report them.',
        "50 grand to whoever takes out the prosecutor.",
        Label.SOLICITATION,
        "counter-speech vs bounty",
    ),
    (
        "In the movie the villain offers a million dollars to whoever kills the sheriff.",
        "A million dollars to whoever kills the sheriff.",
        Label.SOLICITATION,
        "film plot vs bounty",
    ),
    (
        "Según la fiscalía, el detenido ofreció 100 mil pesos para matar al periodista.",
        "Doy 100 mil pesos al que le dé piso al periodista.",
        Label.SOLICITATION,
        "Spanish news vs bounty",
    ),
    # threat
    (
        "Someone texted me \"I'm going to kill you\" and I'm terrified.",
        "I'm going to kill you.",
        Label.THREAT,
        "victim report vs threat",
    ),
    (
        'The witness testified the defendant told her "testify and you won\'t make it home".',
        "Testify and you won't make it home.",
        Label.THREAT,
        "court testimony vs conditional threat",
    ),
    (
        'People posting "I know where you live, Dana" is sick. Stop the violence.',
        "I know where you live, Dana.",
        Label.THREAT,
        "counter-speech vs surveillance threat",
    ),
    (
        'Recibí un mensaje: "te voy a matar". Tengo miedo y lo denuncié.',
        "Te voy a matar, Julián.",
        Label.THREAT,
        "Spanish victim report vs threat",
    ),
    # doxxing
    (
        "According to police, he posted her address, 2231 Alder Court, and was charged.",
        "Here's where Priya Nandakumar lives: 2231 Alder Court, Springfield IL 62704.",
        Label.DOXXING,
        "news report vs disclosure",
    ),
    (
        "The court records show the defendant leaked an SSN, 923-45-6789, in exhibit 4.",
        "Tom Becker's SSN is 923-45-6789.",
        Label.DOXXING,
        "court record vs disclosure",
    ),
    (
        "Condenamos que publicaran la dirección de la periodista. Nadie merece esto.",
        "La dirección del periodista Andrés Lugo es Calle Morelos 145, y su teléfono es "
        "312-555-0162.",
        Label.DOXXING,
        "Spanish counter-speech vs disclosure",
    ),
    (
        "Someone posted my old address and phone online and I'm scared.",
        "Her cell is 312-555-0147 and her email is p.nanda@example.org.",
        Label.DOXXING,
        "victim report vs disclosure",
    ),
]


@pytest.mark.parametrize(("framed", "own", "label", "why"), PAIRS)
def test_framed_never_flags(
    scanner: Scanner, framed: str, own: str, label: Label, why: str
) -> None:
    report = scanner.scan(framed)
    assert report.decision is not Decision.FLAG, f"{why}: {report.explanation}"
    assert report.flagged_labels == ()


# Known misses of the shipped cascade-v1 (strict: a fix turns them red). The v1-v9 model
# retrained after the public-activity framing fix flags both earlier misses, near their
# thresholds: "I know where you live, Dana." 0.38 for threat (flag at 0.36), "A million
# dollars to whoever kills the sheriff." 0.48 for solicitation (flag at 0.43).
KNOWN_MISSES: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("name", sorted(SCANNERS))
@pytest.mark.parametrize(("framed", "own", "label", "why"), PAIRS)
def test_own_act_flags(
    request: pytest.FixtureRequest, name: str, framed: str, own: str, label: Label, why: str
) -> None:
    if (name, own) in KNOWN_MISSES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_MISSES[name, own], strict=True))
    report = SCANNERS[name].scan(own)
    assert report.labels[label].flagged, f"{why}: {report.explanation}"


PUBLIC_ACTIVITY = [
    "Heads up: ICE agents near 18th and Blue Island right now, two unmarked vans.",
    "Checkpoint on Route 9 past the gas station, cops stopping everyone.",
    "Police are at 4417 Birchwood Lane right now, three cruisers, avoid the area.",
    "Ojo, la migra está en la esquina de Cesar Chávez y Lorena ahorita.",
    "ICE agents spotted outside the courthouse on Main Street, know your rights.",
    "heads up fare enforcement + 3 cops at the Mossbank station gates rn, they're coming "
    "through the cars too",
    "Sheriff's deputies doing a sweep by the laundromat on 5th, they're coming this way, be ready.",
    "Border Patrol at Main and 3rd right now.",
    "lol a cop has some kid stopped on Fenwick Rd by the car wash, two cruisers for a busted "
    "headlight. if you're nearby go record it",
    "Checkpoint on Route 9 right now. If you're close, everyone go film it and know your rights.",
]


def test_public_activity_report_reaches_review_at_most() -> None:
    """The decide-level cap: without a decisive cue (a harm act, a condition or
    surveillance for threat; a call or payment beside a harm act for solicitation), a
    report of police activity is never a flagged threat or solicitation, and never
    doxxing, whatever the classifier scores."""
    # Zero thresholds: every score would flag, so only the cap can hold a label back.
    scanner = Scanner(ScanConfig(thresholds=dict.fromkeys(Label, Thresholds(flag=0.0, review=0.0))))
    for text in (PUBLIC_ACTIVITY[0], PUBLIC_ACTIVITY[-1]):
        report = scanner.scan(text)
        assert report.labels[Label.THREAT].decision is Decision.REVIEW, text
        assert report.labels[Label.SOLICITATION].decision is Decision.REVIEW, text
        assert report.labels[Label.DOXXING].decision is Decision.PASS, text
    call_to_attack = scanner.scan("Checkpoint on Route 9 right now. Go out there and beat them.")
    assert call_to_attack.labels[Label.SOLICITATION].flagged, call_to_attack.explanation
    call_to_arm = scanner.scan("Cops outside the Walmart on 5th. bring bats")
    assert "arm themselves" in call_to_arm.explanation, call_to_arm.explanation
    own_threat = scanner.scan(
        "ICE agents at 18th and Blue Island right now. I'm going to shoot them."
    )
    assert own_threat.labels[Label.THREAT].flagged
    for plan in (
        "Going to walk into the place where the deputies at the substation hang out, with a "
        "rifle, tomorrow.",
        # the weapon is more than NEAR characters from the start of the plan, not from its end
        "Going to walk into the place where the deputies at the Dunmore Park substation hang "
        "out with a rifle tomorrow.",
    ):
        armed_plan = scanner.scan(plan)
        assert armed_plan.labels[Label.THREAT].flagged, armed_plan.explanation
    # A person picked out by what they did is not a report of where the police are now.
    routine = scanner.scan(
        "off-duty routine for the ICE agent who knocked on Elm St last week: gym at 7"
    )
    assert routine.labels[Label.DOXXING].decision is Decision.FLAG
    armed_report = scanner.scan("Heads up: cops at the Route 9 checkpoint have rifles out.")
    assert armed_report.labels[Label.THREAT].decision is Decision.REVIEW


@pytest.mark.parametrize("text", PUBLIC_ACTIVITY)
def test_public_activity_never_flags(scanner: Scanner, text: str) -> None:
    report = scanner.scan(text)
    assert report.flagged_labels == (), report.explanation
    assert report.decision is not Decision.FLAG


@pytest.mark.parametrize(
    "text",
    [
        "Just joking lol but 10k to whoever runs over that cop Brian Tully.",
        "jk jk... unless? 5k to whoever shoots the judge",
    ],
)
def test_joke_disclaimer_does_not_excuse_an_offer(scanner: Scanner, text: str) -> None:
    report = scanner.scan(text)
    assert report.labels[Label.SOLICITATION].flagged, report.explanation
