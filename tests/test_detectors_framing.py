"""Table tests for ``threatscan.framing.v1`` and ``threatscan.obfuscation.v1``.

Rows: (text, expected framing kind, expected substring of the original text,
why); ``None`` means that framing kind must NOT be found.
"""

from __future__ import annotations

import pytest

from threatscan.detectors.framing import detect_framing, detect_obfuscation
from threatscan.normalize import normalize
from threatscan.types import Cue

ROWS: list[tuple[str, str, str | None, str]] = [
    ("Police said the suspect offered $20,000", "news", "Police said", "attributed to police"),
    (
        'Mod log: removed comment "kill him" - user suspended',
        "counter_speech",
        "Mod log",
        "moderation",
    ),
    (
        "Nadie vaya a su casa, eso no se hace",
        "counter_speech",
        "eso no se hace",
        "Spanish condemnation",
    ),
    ("I'm crying, you killed me with that", "hyperbole", "you killed me with", "idiom"),
    ("Said it and I meant it", "report", "Said", "sentence-initial attribution still counts"),
    ("I said it and I meant it", "report", None, "the author's own words are not a report"),
    ("testified against my brother", "court", None, "not a court record"),
    ("Dr. Lee's clinic is at 12 Oak St, Suite 200", "business_contact", "Suite 200", "business"),
    (
        "Director Jablonski's public office line is 555-0106",
        "public_office",
        "public office line",
        "",
    ),
    (
        "a post that said 'pay him 5k to hurt her.' Ban.",
        "quote",
        "pay him 5k to hurt her.",
        "single quotes",
    ),
    ("I don't know what's wrong, it's fine", "quote", None, "apostrophes are not quotes"),
    ("the man was charged with harassment", "news", "was charged", "criminal process"),
    ("Según la fiscalía, el detenido", "news", "Según la", "Spanish news"),
    ("The indictment alleges Ray Coburn texted", "court", "indictment", "court record"),
    ("Ray Coburn texted the agent", "report", "texted", "attribution"),
    ("the villain offers a million dollars", "report", "offers", "someone else's offer"),
    ('He wrote "I will kill you" on my wall', "quote", "I will kill you", "quoted text"),
    ("This is disgusting, please report the account", "counter_speech", "This is disgusting", ""),
    ("Condenamos las amenazas contra la jueza", "counter_speech", "Condenamos", "Spanish"),
    ("I would never hurt her", "negation", "never", "negation word"),
    ("Someone texted me a threat", "victim_report", "Someone texted me", "victim report"),
    ("Tengo miedo y lo denuncié", "victim_report", "Tengo miedo", "Spanish victim report"),
    ("In the movie the villain dies", "fiction", "movie", "film"),
    ("a thriller I'm reading", "fiction", "thriller", "fiction genre word"),
    ("Bounty on the raid boss", "game", "raid boss", "game"),
    ("We'll kill them in the playoffs", "sports", "playoffs", "sport"),
    ("I'd kill for a coffee right now", "hyperbole", "I'd kill for a coffee right now", ""),
    ("My mom will literally murder me", "hyperbole", "My mom will literally murder me", ""),
    ("Mi mamá me va a matar", "hyperbole", "me va a matar", "Spanish idiom"),
    ("shoot me a text later", "hyperbole", "shoot me a text", "idiom"),
    ("Crime Stoppers is offering up to $5,000", "lawful_reward", "Crime Stoppers", "tip line"),
    ("Our bug bounty pays $10k", "lawful_reward", "bug bounty", "security research"),
    ("reward for our lost dog", "lawful_reward", "lost dog", "lost pet"),
    ("ICE agents near 18th and Blue Island", "public_activity", "ICE agents near", "ICE sighting"),
    ("Checkpoint on Route 9", "public_activity", "Checkpoint on", "police checkpoint"),
    ("Ojo, la migra está en la esquina", "public_activity", "Ojo, la migra", "Spanish"),
    ("My new address is 1420 Lakeview Ave", "own_contact", "My new address", "own details"),
    ("Visit us at 901 Market Street", "business_contact", "Visit us", "a business"),
    ("Call Senator Okafor's district office", "public_office", "district office", ""),
    ("Just joking lol but 10k", "joke", "Just joking", "a disclaimer"),
    ("In 1865 Booth shot Lincoln", "history", "In 1865", "history"),
    ("New number, save it: 555-0197. Old one is dead.", "own_contact", "New number", "new number"),
    ("we moved! send cards to 12 Oak St", "own_contact", "we moved", "moving notice"),
    ("new phone who dis", "own_contact", "new phone who dis", "idiom"),
    ("Cambié de número, agréguenme", "own_contact", "agréguenme", "Spanish"),
    ("Mi nuevo correo es x@example.org", "own_contact", "Mi nuevo correo", "Spanish new email"),
    ("Selling my couch, pickup at 12 Oak St", "own_contact", "Selling my", "a sale of one's own"),
    ("Our building code is 4411, come on up", "own_contact", "come on up", "an invitation"),
    (
        "Le confirmamos su cita. Tenemos registrado su celular como 555-0170",
        "own_contact",
        "Tenemos registrado",
        "the addressee's own record",
    ),
    ("Example format: 12 Oak St, Fairview", "business_contact", "Example format", "a form"),
    ("Informes con Itzel al 555-0107", "business_contact", "Informes con", "a home business"),
    ("Campaign HQ is open at 9 Elm St", "public_office", "Campaign HQ", "a campaign office"),
    ("Plumbing moved to 5 Elm St, same phone: 555-0152", "business_contact", "same phone", ""),
    ("Walk-ins Thursday 9-5", "business_contact", "Walk-ins", "business hours"),
    ("Abrimos nueva sucursal en Av. Tamarindos 734", "business_contact", "Abrimos", "Spanish"),
    ("The party is at 12 Oak St, 8pm", "business_contact", "The party is at ", "event venue"),
    ("Use SSN 912-86-4671 in staging", "business_contact", "in staging", "test data"),
    ("Police non-emergency line: 555-0130", "public_office", "non-emergency line", ""),
    (
        "Oficina de atención ciudadana: 555-0101",
        "public_office",
        "Oficina de atención ciudadana",
        "",
    ),
    ("El juzgado está en el Palacio de Justicia", "public_office", "Palacio de Justicia", ""),
    ("Murder mystery dinner Friday!", "game", "Murder mystery", "party game"),
    ("I killed him like 16 times in that last match", "game", "last match", "match"),
    ("I'd commit crimes for a coffee", "hyperbole", "I'd commit crimes for a coffee", "idiom"),
    ("Mataría por un café ahorita", "hyperbole", "Mataría por un café ahorita", "Spanish idiom"),
    ("someone pay me 5K to fold my laundry", "hyperbole", "pay me 5K to fold", "chore"),
    ("Nadie le va a hacer nada", "negation", "Nadie", "Spanish negation"),
    ("Stop sharing her address, take it down", "counter_speech", "Stop sharing", ""),
    (
        "stop 'joking' about paying people to hurt the nurse",
        "counter_speech",
        "stop 'joking' about",
        "calling out a 'joke' bounty",
    ),
    ("Passing his number around? That's harassment.", "counter_speech", "That's harassment", ""),
    ("No cuenten conmigo para eso", "counter_speech", "No cuenten conmigo", "refusing to join"),
    ("Publicar su dirección no es justicia", "counter_speech", "no es justicia", "Spanish"),
    ("Somebody posted a bounty on me after my article", "victim_report", "a bounty on me", ""),
    ("A car has followed me home 8 times", "victim_report", "has followed me home", ""),
    ("Ofrecieron dinero por mi cabeza", "victim_report", "por mi cabeza", "Spanish"),
    ("The plea agreement states defendant", "court", "plea agreement", "court record"),
    ("Causa penal 23-98704: se acusa a", "court", "Causa penal", "Spanish court record"),
    ("Press freedom groups say reporters", "news", "Press freedom", "news report"),
    # must NOT be found
    ("My new neighbour's address is 12 Oak St", "own_contact", None, "not the author's own"),
    ("I moved his car to 12 Oak St", "own_contact", None, "moved something, not house"),
    ("his office is at 12 Oak St", "business_contact", None, "a private workplace"),
    ("his office is at 12 Oak St", "public_office", None, "a private workplace"),
    (
        "the party is at his place, 12 Oak St",
        "business_contact",
        None,
        "an event at a person's home",
    ),
    ("Email dana.ruiz@example.com", "business_contact", None, "a personal address"),
    ("I'll kill a man tonight", "hyperbole", None, "no 'for' idiom"),
    ("pay him 5K to hurt her", "hyperbole", None, "a real offer, not a chore"),
    ("Stop or I'll shoot", "counter_speech", None, "a stop that is a threat"),
    ("I followed him home", "victim_report", None, "the author follows"),
    ("Told my lawyer to leave the cabin to whoever", "victim_report", None, "an instruction"),
    ("Tyrell's shoe repair place, open at 8", "business_contact", "open at 8", "business hours"),
    ("+1 for Zeke's muffler shop", "business_contact", "muffler shop", "a recommended business"),
    ("es el negocio de Rogelio, atienden de 8 a 6", "business_contact", "atienden de 8", "Spanish"),
    ("es el negocio de Rogelio", "business_contact", "es el negocio de", "Spanish"),
    ("the shop floor was quiet", "business_contact", None, "'shop' alone is no business listing"),
    (
        'Per the guidelines, "I know where you live" counts as intimidation',
        "counter_speech",
        "counts as intimidation",
        "a moderation note quotes the violation",
    ),
    ("that reply gets removed", "counter_speech", "gets removed", "moderation"),
    ("La jueza denunció que recibió mensajes", "report", "denunció que", "Spanish report"),
    ('mensajes que decían "no llegas"', "report", "mensajes que decían", "Spanish report"),
    ("that counts as a win for us", "counter_speech", None, "'counts as' a non-violation"),
    ("I told my lawyer about the threats", "victim_report", "told my lawyer", "a victim's step"),
    ("1 ETH. No police, no tip line.", "lawful_reward", None, "an offer that shuns police"),
    ("Call the tip line at 555-0134", "lawful_reward", "tip line", "a lawful tip line"),
    ("Count on me", "court", None, "not a count"),
    ("I will match your offer", "game", None, "not a match"),
    # must NOT be found
    ("the journalist who wrote that piece", "report", None, "relative clause identifies"),
    ("I offered him a ride", "report", None, "the author's own offer"),
    ("This is not a game, I mean it", "game", None, "'not a game' denies the frame"),
    ("I will find you", "hyperbole", None, "no idiom"),
    ("she called the cops on the block party", "public_activity", None, "reporting someone"),
    ("Call the cops on me one more time, Lars", "public_activity", None, "reporting someone"),
    ("the ICE agent who knocked on Elm St last week", "public_activity", None, "picks one out"),
    ("That ICE officer gets in my trunk on Monday", "public_activity", None, "about the writer"),
    ("cops are parked outside my building right now", "public_activity", "cops are parked", ""),
    (
        "ICE agents who are parked outside the Shopwell",
        "public_activity",
        "ICE agents who are parked",
        "plural",
    ),
    ("a retired sheriff who learns of a bounty on him", "public_activity", None, "one person"),
    (
        "a cop has some kid stopped on Fenwick Rd",
        "public_activity",
        "cop has some kid stopped on",
        "one",
    ),
    ("two cruisers by the laundromat on 5th", "public_activity", "cruisers by", "cars"),
    ("the cop who wrote me a ticket on Elm St", "public_activity", None, "one person"),
    ("gonna cop some shoes at the mall", "public_activity", None, "'cop' the verb"),
    ("el policía que vive en la calle 5", "public_activity", None, "one person, Spanish"),
    ("you called the police on my son", "victim_report", None, "a grievance, not a report"),
    ("the one who called the cops on the party", "victim_report", None, "picks a person out"),
    ("I called the police last night", "victim_report", "called the police", "the writer"),
]


@pytest.mark.parametrize(("text", "kind", "span", "why"), ROWS)
def test_framing(text: str, kind: str, span: str | None, why: str) -> None:
    found = [e for e in detect_framing(normalize(text)) if e.kind == kind]
    assert all(e.cue is Cue.FRAMING for e in found)
    got = [text[e.start : e.end] for e in found]
    if span is None:
        assert got == [], why
    else:
        assert span in got, f"{why or kind}: got {got}"


@pytest.mark.parametrize(
    ("text", "scoped"),
    [
        ("In the movie the villain dies", True),
        ("Bounty on the raid boss", True),
        ("I read a book about it", False),
    ],
)
def test_sentence_scope(text: str, scoped: bool) -> None:
    # Unambiguous fiction and game words neutralise acts in their sentence;
    # everyday words (book, scene) only lower scores.
    found = [e for e in detect_framing(normalize(text)) if e.kind in {"fiction", "game"}]
    assert found
    assert any(e.get("scope") == "sentence" for e in found) is scoped


OBFUSCATION_ROWS: list[tuple[str, str, str, str]] = [
    ("i will k1ll you", "leet", "1", "digit for a letter"),
    ("I will k i l l him", "spaced", "k i l l", "spaced letters"),
    ("k\u0456ll him", "confusable", "\u0456", "Cyrillic i"),
    ("sh\u200boot", "zero_width", "\u200b", "zero-width space inside a word"),
]


@pytest.mark.parametrize(("text", "kind", "span", "why"), OBFUSCATION_ROWS)
def test_obfuscation(text: str, kind: str, span: str, why: str) -> None:
    found = [e for e in detect_obfuscation(normalize(text)) if e.kind == kind]
    assert all(e.cue is Cue.OBFUSCATION for e in found)
    assert span in [text[e.start : e.end] for e in found], why


def test_no_obfuscation_in_plain_text() -> None:
    assert detect_obfuscation(normalize("$50k for 3am at 1st street")) == ()


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        (
            "The article says someone offered $5,000 to kill the witness.",
            "news",
            "article says",
        ),
        (
            '"I will kill you" is a terrible thing to say to anyone.',
            "counter_speech",
            "is a terrible thing to say",
        ),
    ],
)
def test_reporting_and_condemning_a_quote(text: str, kind: str, span: str) -> None:
    found = [text[e.start : e.end] for e in detect_framing(normalize(text)) if e.kind == kind]
    assert any(span in f for f in found), found
