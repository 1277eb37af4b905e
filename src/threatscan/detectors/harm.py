"""Harm acts and the author's intent.

Card: ``threatscan.harm.v1``
    Cues: acts of physical harm with their category (kill, shoot, stab, beat,
    burn, bomb, kidnap, vehicle, sexual, property, euphemism, menace, visit,
    death, death_wish, attack, weapon), including announced attacks on a place or
    gathering ("carry out an attack on the field office", "will be targeted by
    me", "armed and prepared"), arming a group ("bring bats"), euphemisms ("take him out", "take out
    the prosecutor", "put Judge X in the ground", "make him disappear", "handle
    it permanently"), weaker menace ("teach her a lesson", "darle una lección";
    not a strong act) and Spanish slang ("darle piso", "al que le dé piso",
    "quebrarlo", "levantarla", "meterle plomo", "te rompo la cara", "ya eres
    hombre muerto", "le den una calentada") and fixed threat phrases ("a bullet
    with his name on it", "it's over for them", "drag them out"), and a death or an
    injury named as the outcome ("until the reporter stops breathing", "they should
    all need stretchers", "que lo deje en silla de ruedas"). Objects are pronouns, "the/that
    X", or a role word with an optional name ("that cop brian tully").
    Known false positives: idioms ("shoot me a text", "killing it", "take out
    the trash"); the framing detector marks those spans as hyperbole and the
    analysis stage discounts acts inside them. Sport and games ("beat them").
    "Teach them a lesson in algebra" is excluded; "make him pay" is not a cue
    (too often figurative).
    Languages: English, Spanish (folded: lower case, no accents).

Card: ``threatscan.intent.v1``
    Cues: first-person intention ("I'm gonna", "we will", "voy a"; taking part in
    what one calls for: "help me", "let's go", "who's down"; a sentence opening
    with the plan: "Going to walk in ..."), second-person
    predictions of harm ("you're gonna die"), dated predictions the author
    owns ("X is getting shot friday. By me", "yo mismo"), conditional threats ("testify and
    you won't make it home", "si declaras"), surveillance used as intimidation
    ("I know where you live", "we see you leave at 7", "ya sabemos dónde vives").
    Known false positives: ordinary plans ("I'm gonna cook"): intent only counts
    near a harm act. Surveillance phrases said by a victim are scoped by the
    victim-report framing. Languages: English, Spanish.
"""

from __future__ import annotations

import re

from threatscan.detectors._match import compile_words, emit
from threatscan.detectors.target import ROLE_WORDS
from threatscan.normalize import NormalizedText
from threatscan.types import Cue, Evidence

__all__ = ["INTENT_NAME", "NAME", "detect_harm", "detect_intent"]

NAME = "threatscan.harm.v1"
INTENT_NAME = "threatscan.intent.v1"

_OBJ = r"(?:him|her|them|you|u|ya|yall|y'?all|that \w+|this \w+|the \w+|his \w+|her \w+|those \w+|these \w+|every \w+|all (?:the |of )?\w+)"
# A role, optionally with a determiner and followed by a name: "judge halvorsen",
# "that cop brian tully", "the new manager". Folded text has no capitals, so the
# role word is what makes "take X out" or "put X in the ground" about a person.
_ROLE_OBJ = (
    r"(?:(?:the|that|this|some|a|an|his|her|their|our|your|ur) )?(?:\w+ )?(?:" + ROLE_WORDS + r")"
    r"(?: [a-z]+){0,2}?"
)
_OBJ = rf"(?:{_ROLE_OBJ}|{_OBJ})"
_POSS = r"(?:his|her|their|your|ur|that|this|the|those)"
_PRON = r"(?:him|her|them|you|u|ya)"

_HARM: dict[str, re.Pattern[str]] = {
    "kill": compile_words(
        r"ki+l+(?:s|ed|ing|in|a|er|ers)?",
        r"mu+r+k\w*",
        r"me+r+k\w*",
        r"murder(?:s|ed|ing|in)?",
        r"assassinat\w*",
        r"slaughter\w*",
        r"execut(?:e|ed|ing)",
        r"exterminat\w*",
        r"unaliv\w*",
        r"whack(?:s|ed|ing)?",
        rf"smok(?:e|ed|ing) {_OBJ}",
        rf"(?:body|bodies|bodied) {_OBJ}",
        rf"(?:off|offs|offing) {_OBJ}",
        rf"(?:end|ends|ending|ended) {_OBJ}",
        r"end (?:his|her|their|your|ur) (?:life|lives)",
        r"strangl\w*",
        rf"chok(?:e|ing) {_PRON}(?: out)?",
        rf"drown {_PRON}",
        r"poison(?:ed|ing)? (?:him|her|them|you|his|her)",
        r"behead\w*",
        r"decapitat\w*",
        r"lynch\w*",
        rf"(?:hang|hangs|hanging) {_OBJ}",
        rf"string {_PRON} up",
        r"curb ?stomp\w*",
        # Spanish
        r"mat(?:ar|arlo|arla|arlos|arlas|arle|alo|ala|alos|alas|enlo|enla|are|aremos|aran|ando|en)",
        r"(?:te|lo|la|los|las) (?:mato|matamos|matan|mataremos)",
        r"asesin(?:ar|arlo|arla|arlos|en|emos|enlo)",
        r"ejecut(?:ar|arlo|arla)",
        r"quebr(?:ar|arlo|arla|arlos|arlas|enlo|enla|arte)",
        r"(?:te|lo|la|los) (?:quiebro|quebramos)",
        r"(?:dar|darle|darles|denle|dale|darte|(?:le|les|lo|la|te) (?:den|de|des|demos|damos|doy))"
        r" (?:piso|cuello|matarile|chicharron|de baja)",
        r"ajustici\w*",
        r"(?:deje|dejen|dejes|dejar|dejarlo|dejarla|dejarlos) muert[oa]s?",
        r"ya no se (?:levante|levanten|vuelva a levantar|vuelvan a levantar)",
        # "until the reporter stops breathing": a death as the condition of a payment
        r"(?:stops|stop|stopped|stopping) breathing",
        r"(?:deje|dejen|deja|dejo) de respirar",
        r"desaparec(?:er|erlo|erla|erlos|erte|emos)",
        r"bajar(?:lo|la) del mapa",
        r"pasar(?:lo|la|te) a mejor vida",
        r"echar(?:selo|sela|noslo|noslo|te)",
    ),
    "shoot": compile_words(
        r"sho+t(?:s|ing|in|er)?",
        rf"shot (?:{_PRON}|up|dead)",
        rf"(?:blast|blasts|blasting) {_OBJ}",
        rf"(?:pop|pops|popping) (?:{_OBJ}|a cap|one in)",
        r"(?:put|puts|putting) (?:a|one|two|three|some|six|\d+) (?:bullets?|rounds?|caps?|holes?|slugs?) (?:in|into|thru|through)",
        r"bullets? (?:in|into|thru|through) (?:his|her|their|your|ur|the|that)",
        rf"(?:light|lights|lighting|lit) {_OBJ} up",
        rf"(?:spray|sprays|spraying) {_OBJ}",
        r"spray (?:up|the (?:block|house|party|crowd))",
        rf"gun {_OBJ} down",
        r"(?:blow|blew) (?:his|her|their|your|ur) (?:head|brains?|face) off",
        # Spanish
        r"bale(?:ar|arlo|arla|arlos|enlo|enla|aron)",
        r"balace(?:ar|arlo|arla|enlo)",
        r"dispar(?:ar|arle|arles|ale|enle|emos)",
        r"(?:dar|darle|darles|dale|denle|meter|meterle|meterte|metele|metanle) (?:un tiro|tiros|plomo|un plomazo|una bala|bala|un balazo|balazos)",
        r"rafague\w*",
        r"plomazo\w*",
    ),
    "stab": compile_words(
        r"stab\w*",
        r"shank\w*",
        r"(?:slit|cut|slice) (?:his|her|their|your|ur) (?:throat|neck)",
        rf"gut {_PRON}",
        r"apunal\w*",
        r"acuchill\w*",
        r"picar(?:lo|la|te)",
        r"fileter(?:o|arlo|arla)",
    ),
    "beat": compile_words(
        rf"(?:beat|beats|beating) {_OBJ}(?: up| down| senseless| to death| bloody| half to death| unconscious)",
        rf"beat (?:{_PRON}|his \w+|her \w+)",
        r"beat(?:ing)? the (?:shit|hell|crap|life|brakes) out of",
        rf"(?:jump|jumps|jumping|jumped) (?:{_PRON}|{_ROLE_OBJ})",
        # "help me jump noor": folded text has no capitals, so the lead-in makes it a person.
        r"(?:help me|wanna|want to|let'?s|lets|gonna|finna|gon|go|someone|somebody|y'?all|everyone|everybody) jump (?!(?:in|on|into|off|over|to|at|"
        r"out|up|down|ship|rope|start|through|back|ahead|around|right|a|the|high|higher|for|from|"
        r"with|together|again|now|tonight|today)\b)[a-z]+",
        rf"stomp (?:{_PRON}|on (?:his|her|their|your|ur) (?:head|face))",
        r"(?:break|snap) (?:his|her|their|your|ur) (?:legs?|neck|jaw|face|arms?|knees?|skull|bones?|fingers?)",
        r"(?:bash|smash|cave|kick) (?:his|her|their|your|ur) (?:heads?|skulls?|faces?|teeth) in",
        r"break every bone",
        r"pistol ?whip\w*",
        r"tortur(?:e|ed|ing)",
        rf"(?:hurt|hurts|hurting) {_OBJ}",
        rf"rough {_PRON} up",
        rf"make {_PRON} bleed",
        rf"drag {_OBJ} out",
        rf"stomp {_OBJ} out",
        r"(?:te|lo|la|le|les) (?:rompo|parto|rompemos|partimos) (?:la madre|su madre|la cara|el hocico|las piernas|la cabeza|el craneo|toda la)",
        r"(?:partan|partanle|partanles|rompanle|rompanles) (?:la madre|su madre|la cara|el hocico|las piernas|la cabeza)",
        r"golpe(?:ar|arlo|arla|arlos|enlo|enla)",
        r"madre(?:ar|arlo|arla|arlos|arlas|arle|arles|arte|enlo|enla|enlos|emos|amos)",
        r"(?:partir|partirle|partirte|partirles|romperle|romperte|romperles) (?:la madre|su madre|la cara|el hocico|las piernas|la cabeza|el craneo)",
        r"(?:una )?(?:golpiza|putiza|madriza)",
        r"(?:dar|darle|darles|dale|denle|denles|(?:le|les|te) (?:damos|demos|den|doy|dan|vamos a dar))"
        r" en (?:la madre|su madre|toda la madre)",
        r"hurt (?:as many(?: as)?|every(?:one|body| last one| one of them)|all of them|any of them)",
        r"no (?:dejen|dejemos|dejes) (?:a )?(?:ninguno|ninguna|nadie|uno) (?:parad[oa]|de pie|viv[oa])",
        r"bust (?:some |his |her |their |a few |everyone'?s )?(?:skulls?|heads?|faces?)",
        rf"drag {_PRON} down",
        rf"(?:put|puts|putting) {_PRON} on the (?:ground|floor|pavement)",
        rf"(?:hit|hits|hitting) {_PRON} with (?:everything|bats|rocks|bottles|bricks|pipes)",
        # injuries as the outcome: "they should all need stretchers", "leaving on stretchers"
        r"(?:need|needs|needing|leave|leaves|leaving|left|go home|goes home|carried out) "
        r"(?:on |in )?(?:a )?stretchers?",
        r"(?:deje|dejen|dejes|dejar|dejarlo|dejarla|dejarlos|quede|queden|termine|terminen) "
        r"(?:en (?:silla de ruedas|camilla|coma|terapia intensiva)|paralitic[oa]s?)",
        r"(?:dar|darle|darles|dale|denle|denles|(?:le|les|te) (?:den|de|des|demos|damos|doy))"
        r" una (?:calentada|calentadita|arrastrada)",
        # a verb with an object clitic, then "a patadas": "tírenlos al suelo a patadas"
        r"[a-z]+(?:lo|la|los|las|le|les) (?:\w+ ){0,3}?a (?:patadas|golpes|palos|pedradas|batazos)",
    ),
    "burn": compile_words(
        rf"burn {_POSS} (?:\w+ )?(?:house|home|place|car|truck|store|shop|office|church|mosque|synagogue|temple|school|building|crib|clinic)(?: down)?",
        r"burn (?:it|them|him|her|the place|everything|it all) (?:down|alive)",
        r"burn(?:ed|t)? (?:\w+ )?alive",
        rf"torch {_POSS} \w+",
        r"set (?:fire to|\w+ (?:\w+ )?on fire)",
        r"molotov\w*",
        r"fire ?bomb\w*",
        r"quem(?:ar|arle|arles|ale|enle|enles|arla|arlo)(?: \w+)? (?:su|la|el|sus|tu|las|los) "
        r"(?:casa|carro|coche|negocio|tienda|troca|trocas|oficina|camionetas?|patrullas?)",
        r"quem(?:ar|arlo|arla|arlos)s? viv[oa]s?",
        r"prender(?:le)? fuego",
    ),
    "bomb": compile_words(
        r"bomb (?:the|his|her|their|that|this|your|ur)",
        r"blow (?:it )?up (?:the|his|her|their|that|this|your|ur)",
        rf"blow {_PRON} up",
        r"pipe ?bombs?",
        r"car ?bombs?",
        r"(?:plant|place|leave) (?:a|the) (?:bomb|device|explosive)",
        r"(?:poner|ponerle) una bomba",
    ),
    "kidnap": compile_words(
        r"kidnap\w*",
        r"abduct\w*",
        r"snatch (?:him|her|them|his \w+|her \w+|their \w+|your \w+)",
        r"(?:take|grab|snatch) (?:his|her|their|your|ur) (?:kids?|son|daughter|children|baby|wife|husband)",
        r"secuestr\w*",
        r"levant(?:ar|arlo|arla|arlos|arlas|enlo|enla|emos)",
        r"plagi(?:ar|arlo|arla)",
    ),
    "vehicle": compile_words(
        rf"(?:run|runs|running) {_OBJ} (?:over|off the road|down)",
        rf"ran {_OBJ} (?:over|off the road)",
        rf"hit {_PRON} with (?:my|the|a|our) (?:car|truck|van)",
        rf"(?:run|runs|running|ran) over {_OBJ}",
        rf"mow {_OBJ} down",
        r"(?:drive|plow) (?:into|thru|through) (?:the|those|them|that) (?:crowd|protest\w*|march\w*|people)",
        r"atropell(?:ar|arlo|arla|arlos)",
    ),
    "sexual": compile_words(r"rape\w*", r"sexually assault\w*", r"violar(?:la|lo)"),
    "property": compile_words(
        r"slash (?:his|her|their|your|ur) tires",
        r"smash (?:his|her|their|your|ur) (?:windows?|car|windshield)",
        r"key (?:his|her|their|your|ur) car",
        r"vandaliz\w* (?:his|her|their|your|ur)",
        r"trash (?:his|her|their|your|ur) (?:house|place|car)",
    ),
    "euphemism": compile_words(
        rf"(?:take|takes|taking|took) {_OBJ} out(?! (?:to|for|on|of))",
        rf"(?:take|takes|taking|took) out (?:{_PRON}|{_ROLE_OBJ})\b(?! (?:to|for|on) )",
        rf"(?:put|puts|putting) {_OBJ} (?:in the ground|in a box|six feet under|in the dirt|to sleep|down for good)",
        rf"(?:put|puts|putting) {_OBJ} (?:in|into) (?:the|a) (?:hospital|icu|er|wheelchair|coma|body bag)",
        r"(?:mandar(?:lo|la|los)?|mandarle) al hospital",
        r"(?:six|6) (?:feet|ft) under",
        rf"(?:make|makes|making|made) {_OBJ} disappear",
        rf"(?:disappear|disappears|disappearing) {_PRON}",
        rf"(?:handle|handles|handling|handled) {_OBJ} (?:permanently|for good|once and for all)",
        rf"(?:take care|deal) (?:of |with )?{_OBJ} (?:permanently|for good|once and for all)",
        rf"(?:get|gets|getting|got) rid of {_OBJ}",
        r"rid (?:the world|us|this earth|the earth) of",
        rf"(?:send|sends|sending) {_PRON} to (?:god|the morgue|meet (?:his|her|your|their) maker|the hospital|the grave)",
        r"(?:won'?t|will not|wont|not gonna|never gonna|aint gonna) (?:make it home|wake up|see (?:tomorrow|the morning|another day|christmas|your kids|ur kids))",
        r"sleep(?:ing)? with the fishes",
        r"(?:u|you|ur|youre|you'?re) (?:a )?dead(?: (?:man|woman|meat))?(?! (?:tired|wrong|serious|inside))",
        r"(?:he|she|they)(?:'?s|'?re| is| are) (?:a )?dead (?:man|woman|men|meat)",
        r"(?:as good as|already) dead",
        r"(?:bullet|shell|round|slug)s?\b[^.!?\n]{0,60}?name on (?:it|them)",
        r"(?:it'?s|its) over for (?:him|her|them|you|u)",
        r"only one of us (?:is|will be) (?:leaving|walking|coming)",
        r"(?:eres|es|son) (?:hombre|mujer|hombres) muert[oa]s?",
        r"(?:put|putting|puts) (?:one|a round|a bullet|two) in",
        r"dead (?:man|woman) walking",
        r"(?:your|ur|his|her|their) days are numbered",
        r"(?:dig|dug|digging) (?:a|your|ur|his|her|their) (?:grave|hole)",
        r"(?:end up|wind up|ends up|winds up) (?:in a ditch|dead|missing|in a bag)",
        r"no (?:llega|llegas|llegara|llegaras|amanece|amaneces|amanecera|amaneceras)",
        r"(?:ya )?(?:estas|esta|estan) muert[oa]s?",
        r"(?:tus|sus) dias estan contados",
    ),
    "menace": compile_words(
        rf"(?:teach|teaches|teaching|taught) {_OBJ} a lesson(?! (?:in|on|about|from))",
        r"(?:be|get|gets|got) taught a lesson(?! (?:in|on|about|from))",
        r"(?:darle|darles|darte|dar) (?:una leccion|un escarmiento|un susto|un calentado)",
        rf"(?:make|makes|made) {_OBJ} suffer",
    ),
    "visit": compile_words(
        rf"(?:pay|pays|paying|paid) {_OBJ} a (?:little )?visit",
        r"show up (?:at|to) (?:his|her|their|your|ur) (?:house|home|place|door|job|work|crib|school|office)",
        r"pull up (?:on|to) (?:him|her|them|you|u|his|her|their|ur|your)",
        rf"run up on {_PRON}",
        r"time (?:for|to pay) (?:a|him a|her a|them a|\w+ a) (?:little )?visit",
        r"coming for (?:you|u|him|her|them|your|ur|his|her|their)",
        rf"find {_PRON} and",
        r"caer(?:le)? en su casa",
        r"(?:vamos|voy|van) (?:por|a buscar)(?: a)? (?:ti|el|ella|ellos|ese)",
        r"visit(?:arle|arlo|arla|arte) a su casa",
    ),
    "death": compile_words(
        r"(?:you|u|ya|ur|he|she|they|you'?re|youre)(?: will| gonna| going to| is going to| are going to|'?ll|'?re gonna| r gonna| r going to) die",
        r"die (?:tonight|today|tomorrow|soon|slowly|screaming|bitch)",
        r"(?:te vas|se va|se van|vas|va) a morir",
    ),
    "death_wish": compile_words(
        r"(?:hope|wish|pray) (?:you|u|he|she|they|that \w+|the \w+) (?:die|dies|get shot|gets shot|burn|burns|rot|drop dead)",
        r"(?:should|deserves? to|needs? to) (?:die|be shot|be hanged|be executed|hang|rot)",
        r"ojala (?:te mueras|se muera|se mueran)",
    ),
    "attack": compile_words(
        r"(?:carry|carries|carrying|carried) out (?:an? |the |my |our )?(?:attack|assault|massacre|shooting|bombing|raid)",
        r"(?:attack|attacks|attacking|storm|storming|shoot up|shooting up|shoot|raid|hit) (?:the|that|this|those|their|every) "
        r"(?:\w+ ){0,3}?(?:office|precinct|station|newsroom|church|mosque|synagogue|temple|clinic|school|"
        r"cent(?:er|re)|rally|march|parade|shelter|building|meeting|hearing|courthouse|substation|"
        r"field office|headquarters|hq|congregation|crowd|party|vigil|pride)s?",
        r"(?:will|gonna|going to|are going to|is going to) be targeted",
        r"targeted by (?:me|us)",
        r"(?:armed|locked and loaded|strapped) and (?:ready|prepared)",
        r"(?:atacar|atacaremos|atacare|atacamos|atentado contra|balacera en|ataque (?:a|al|contra))",
    ),
    "weapon": compile_words(
        r"guns?",
        r"glocks?",
        r"pistols?",
        r"rifles?",
        r"ar-?15s?",
        r"ak-?47s?",
        r"shotguns?",
        r"knife",
        r"knives",
        r"machetes?",
        r"bullets?",
        r"ammo",
        r"choppers?",
        r"nooses?",
        r"pistola",
        r"cuerno de chivo",
        r"fusca",
        r"cuchillo",
    ),
}
# Arming a group ("bring bats", "lleguen con palos"): weapon evidence with kind "arming",
# which the explanation reads as a call on others (features count it as a weapon).
_ARMING = compile_words(
    r"(?:bring|grab|pack|bringing|grabbing) (?:the |your |ur |some |a |my |our )?(?:bats?|pipes?|"
    r"straps?|heat|guns?|knives|blades?|machetes?|brass knuckles|tire irons?)",
    r"(?:traigan|traiganse|lleven|llevate|lleguen con|vengan con|caiganle con) (?:los |las |el |"
    r"unos |unas )?(?:bates?|palos|fierros|cuetes|pistolas|cuchillos|machetes|piedras)",
    r"(?:yo llevo|yo traigo|nosotros llevamos) (?:los |las |unos |unas )?(?:bates?|palos|fierros|cuetes|"
    r"pistolas|cuchillos|machetes|piedras)",
)


def detect_harm(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Acts of physical harm, with a ``category`` detail. See the module card."""
    layer = doc.folded
    out: list[Evidence] = []
    for category, pattern in _HARM.items():
        out.extend(emit(layer, pattern.finditer(layer.text), Cue.HARM_ACT, NAME, category=category))
    arming = _ARMING.finditer(layer.text)
    out.extend(emit(layer, arming, Cue.HARM_ACT, NAME, category="weapon", kind="arming"))
    return tuple(out)


_FIRST = r"(?:i|we|imma|ima|i'ma)"
_INTENT = {
    "first_person": compile_words(
        r"(?:i|we)(?:'?ll| will| shall| wil)",
        r"i'?ll",
        r"(?:i'?m|im|i am|we'?re|we are|were) (?:gonna|gunna|going to|goin to|gon|about to|bout to|boutta|finna|fixing to|coming|comin|planning to|fittin to)",
        r"(?:imma|ima|i'ma|ama)",
        rf"{_FIRST} (?:swear|promise|plan to|want to|wanna|intend to|need to|gotta|got to|have to|am going to)",
        r"(?:watch me|mark my words|just wait|you'?ll see|count on it|it'?s happening|its happening|your time is coming|ur time is coming)",
        r"(?:te|lo|la|los|las|les|le)? ?(?:voy|vamos) a",
        r"(?:te|lo|la) (?:mato|matamos|quiebro|levanto|parto)",
        r"ya (?:veras|vas a ver)",
        r"te lo juro",
        # The author takes part in what they call for: "help me jump him", "let's go".
        r"let'?s(?: go| all| roll| ride| pull up)?",
        r"help me",
        r"(?:come|ride|roll) with (?:me|us)",
        r"who'?s (?:down|coming|with me|in|riding)",
        r"who (?:wanna|wants to) (?:help|come|ride|roll)",
        r"(?:acompanenme|acompaname|me acompane|vente conmigo|vamonos)",
        r"(?:i'?m|im|i am) (?:armed|strapped)",
        # A sentence that opens with the plan and drops the "I": "Going to walk in with a rifle."
        r"(?:^|(?<=[.!?\n] ))(?:going to|gonna|finna|boutta|bout to|about to)",
    ),
    "second_person_future": compile_words(
        r"(?:you|u|ya|ur)(?:'?re| are| r)? ?(?:gonna|going to|will|'ll) (?:die|pay|regret|bleed|get (?:hurt|shot|stabbed|yours|what'?s coming))",
        r"(?:vas|van) a (?:pagar|morir|sufrir)",
        # A dated prediction the author stands behind: "X is getting shot friday".
        r"(?:is|are|'s|'re) (?:getting|gonna get|going to get) (?:shot|stabbed|killed|jumped|hurt|"
        r"beat|capped|smoked|popped)",
        r"(?:by me|i'?m doing it|im doing it|yo mismo|yo misma|i personally)",
    ),
    "conditional": compile_words(
        r"if (?:you|u|he|she|they|that \w+|the \w+)(?: \w+){0,3}? (?:testif(?:y|ies)|talks?|snitch\w*|shows? up|goes to the (?:cops|police|feds)|go to the (?:cops|police|feds)|calls? the (?:cops|police)|says? (?:a word|anything)|opens? (?:your|his|her|their|ur) mouth|comes? back|press(?:es)? charges|post(?:s)?|publish(?:es)?|reports? (?:this|it|me|us)|rules? against|votes? (?:for|against|yes|no))",
        r"(?:testify|snitch|talk|keep talking|say one more word|press charges|show (?:your|ur) face|come back|go to the cops|run (?:your|ur) mouth|publish (?:that|it))(?: \w+){0,3}?,? and (?:you|u|he|she|they)(?:'?ll| will| won'?t| wont| are| is| r| gonna)",
        r"or (?:else|you(?:'?ll| will)|u (?:will|gonna)|your family|ur family)",
        r"si (?:declaras|hablas|testificas|vas a la policia|denuncias|abres la boca|sigues|vuelves|publicas|declara|habla|denuncia)",
        r"o (?:si no|te (?:mueres|mato|va mal))",
    ),
}

_SURVEILLANCE = {
    "know_where": compile_words(
        r"(?:i|we) (?:know|kno|knw|found out) where (?:you|u|ya|he|she|they|your|ur|his|her|their) (?:\w+ )?(?:live|lives|stay|stays|work|works|sleep|sleeps|park|parks|go|goes|kids? go)",
        r"(?:se|sabemos|ya se|ya sabemos|conocemos) (?:donde|adonde) (?:vives|vive|trabajas|trabaja|estudian|duermes|estudia)",
        r"we know (?:your|ur) (?:schedule|routine|address|car|kids?|daughter|son|wife|husband)",
    ),
    "watching": compile_words(
        r"(?:we|i)(?:'?re| are|'?ve been| have been| been| am|'?m| keep) watching (?:you|u|him|her|them|ur|your)",
        r"(?:we|i) see (?:you|u) (?:leave|leaving|every|at|when|walk|walking|pick|picking|drop|dropping|come|coming)",
        r"(?:i|we) (?:saw|seen) (?:you|u|ur|your) (?:\w+ )?(?:kids?|wife|husband|daughter|son|car|house|family|mom)",
        r"(?:i|we) followed (?:you|u|her|him|them) (?:home|to)",
        r"(?:you|u) (?:leave|left|get off|walk|drop (?:\w+ )?off) (?:\w+ )?(?:your|ur|the)? ?(?:house|place|home|work|job|kids|school)? ?(?:at|every) \d",
        r"watch (?:your|ur) back",
        r"sleep with one eye open",
        r"te (?:estamos|estoy|tenemos|tengo) (?:vigilando|checando|cazando|ubicad[oa]|en la mira)",
        r"ya te (?:tenemos|tengo) (?:ubicad[oa]|en la mira)",
    ),
}


def detect_intent(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Intent, conditional threats and surveillance. See the module card."""
    layer = doc.folded
    out: list[Evidence] = []
    for kind, pattern in _INTENT.items():
        out.extend(emit(layer, pattern.finditer(layer.text), Cue.INTENT, INTENT_NAME, kind=kind))
    for kind, pattern in _SURVEILLANCE.items():
        out.extend(
            emit(layer, pattern.finditer(layer.text), Cue.SURVEILLANCE, INTENT_NAME, kind=kind)
        )
    return tuple(out)
