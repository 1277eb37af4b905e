"""Framing: how the author stands toward what the text says.

Card: ``threatscan.framing.v1``
    Cues (``kind``): ``news`` (police said, allegedly, charged with, according
    to), ``court`` (affidavit, indictment, complaint alleges), ``report``
    (said, wrote, posted, texted, "the villain offers", "denunció que", "mensajes
    que decían": attribution to someone
    other than the author; not "I offered" or "I said", not a relative clause such as "the
    journalist who wrote that piece"), ``quote`` (text inside double
    quotation marks, or single quotes opened after a space or colon; the span is
    the quoted text), ``counter_speech`` (is disgusting, report this, condemn,
    moderation and training notes such as "mod log: removed comment", "counts
    as intimidation and gets removed", "eso no se hace"), ``negation`` (never,
    not, don't),
    ``victim_report`` (someone threatened me, I got a death threat, I'm
    scared, I've received 14 letters), ``fiction`` (movie, novel, episode,
    character, "ya vieron"), ``game`` (boss,
    raid, respawn, Fortnite), ``sports``, ``hyperbole`` (idioms: "I'd kill for a
    coffee", "mom will murder me", "shoot me a text"; the span is the idiom),
    ``lawful_reward`` (information leading to an arrest, Crime Stoppers, bug
    bounty, lost dog), ``public_activity`` (ICE agents at ..., checkpoint on
    ...; not "called the cops on her", "the agent who knocked on ... last
    week" or "that officer gets in my trunk on ..."), ``own_contact`` (my new
    number, cambié de número, agréguenme, we moved to), ``business_contact`` (hours, walk-ins, we deliver, clinics; also
    benign personal data with no one exposed: an event venue, a delivery, test
    data such as "formats like 900-12-3456"), ``public_office`` (a
    representative's district office, courthouse, clerk's office, non-emergency
    line, oficina de atención ciudadana), ``joke`` (jk, lol: recorded but it
    does not excuse a real offer), ``history``. Owner framing never clears a
    family member's workplace, a gate code or a child's school.
    Scope: unambiguous fiction words (movie, novel, villain, episode, ...) and
    all game words carry ``scope="sentence"``: harm acts in the same sentence
    are neutralised. Everyday fiction words (book, scene, script, series)
    only lower scores globally.
    Known false positives: a real threat that also mentions a game or a movie
    is discounted, and one in the same sentence is neutralised; the learned
    classifier weighs this better. Languages: English, Spanish.

Card: ``threatscan.obfuscation.v1``
    Cues: where zero-width characters, bidi controls, confusable letters,
    leetspeak or spaced letters were folded. Obfuscation is a signal of intent
    to evade, never a verdict by itself.
"""

from __future__ import annotations

import re

from threatscan.detectors._match import compile_fast, compile_words, emit
from threatscan.normalize import NormalizedText
from threatscan.types import Cue, Evidence, make_evidence

__all__ = ["NAME", "OBFUSCATION_NAME", "detect_framing", "detect_obfuscation"]

NAME = "threatscan.framing.v1"
OBFUSCATION_NAME = "threatscan.obfuscation.v1"

_LAW = (
    r"ice|cbp|border patrol|(?:la )?migra|police|cops|feds|federal agents|immigration agents|agents|"
    r"officers|deputies|troopers|swat|national guard|checkpoints?|raids?|redadas?|reten(?:es)?|"
    r"operativos?|patrullas?|policias?|la poli|sheriffs?|state patrol|highway patrol"
)
# One cop or a car on a corner is as public as three, when a place follows ("a cop has a guy
# pulled over at ..."); not after "heads up" alone ("PSA: prices: cop 10 bands" is a price
# list), and not "cop" the verb ("cop some shoes at the mall").
_LAW_ONE = (
    r"cop(?! (?:a|an|some|me|it|them|one|the|that|this|those|these|my|his|her)\b)|"
    r"cruisers|squad cars?|cop cars?|patrol cars?"
)

_FRAMING: dict[str, re.Pattern[str]] = {
    "news": compile_words(
        r"according to",
        r"(?:the|an|this|that|a) (?:news )?(?:article|story|report|piece|headline) (?:says|said|reports|"
        r"reported|notes|noted|claims|describes)",
        r"(?:was|were|has been|have been) reported (?:that|by)",
        r"(?:police|authorities|officials|investigators|prosecutors?|the fbi|"
        r"the sheriff'?s office|the department|a spokes\w+) (?:said|say|says|allege\w*|believe|announced)",
        r"(?:was|were|been|is|are|being) (?:charged|arrested|indicted|convicted|sentenced|accused|"
        r"detained|booked|arraigned)",
        r"charged with",
        r"pleaded (?:guilty|not guilty)",
        r"allegedly",
        r"alleged",
        r"reportedly",
        r"(?:told|tells) reporters",
        r"in a statement",
        r"the suspect",
        r"the defendant",
        r"breaking",
        r"headline",
        r"news",
        r"press release",
        r"(?:el|un|la) (?:periodico|diario|noticiero)",
        r"document(?:o|aron) que",
        r"segun (?:la|las|el|los)",
        r"presuntamente",
        r"fue (?:detenid[oa]|arrestad[oa]|acusad[oa]|"
        r"sentenciad[oa]|vinculad[oa])",
        r"de acuerdo con",
        r"las autoridades",
        r"la fiscalia",
        r"(?:inform|report)(?:o|aron) (?:la|el|las|los)",
        r"(?:a|the|new|this) (?:new )?report documents",
        r"press freedom",
        r"organizaciones de prensa",
        r"denuncian que",
        r"investigan (?:mensajes|amenazas|publicaciones|los mensajes)",
        r"platforms removed",
        r"have faced (?:online )?(?:threats|bounties|attacks)",
    ),
    "court": compile_words(
        r"affidavit",
        r"indictment",
        r"(?:criminal )?complaint (?:alleges|states|says|filed)",
        r"the court",
        r"court (?:records|documents|filings|papers)",
        r"testified (?:that|before|in court)",
        r"testimony",
        r"jury (?:heard|found|convicted)",
        r"verdict",
        r"sentencing",
        r"docket",
        r"plaintiff",
        r"exhibit \w+",
        r"attorney'?s office",
        r"case no",
        r"expediente",
        r"el juicio",
        r"la sentencia",
        r"plea (?:agreement|deal)",
        r"overt act",
        r"count \d+:",
        r"transcript",
        r"(?:state|people|united states|commonwealth) v\.",
        r"case \d[\d-]*:",
        r"causa penal",
        r"(?:el|la) imputad[oa]",
        r"se acusa a",
        r"(?:la|en la) audiencia",
        r"(?:the|next) hearing",
        r"the (?:dissent|majority opinion)",
        r"on or about",
        r"cooperating witness",
        r"jurors? (?:convicted|found|acquitted)",
    ),
    "report": compile_words(
        # "the journalist who wrote that piece" identifies a person; it attributes nothing.
        r"(?<!who )(?<!that )(?<!\bi )(?<!\bwe )(?:said|says|told (?:me|us|her|him|police|them)|wrote|posted|"
        r"tweeted|texted|messaged|threatened|claimed|yelled|screamed|shouted)",
        # Someone else's offer: "the villain offers", "the suspect offered" (not "I offered").
        r"(?<!\bi )(?<!\bwe )(?:offers|offered|is offering|was offering|were offering)",
        r"the (?:letter|note|message|text|email|sign|banner|post) (?:read|reads|said|says)",
        r"dijo",
        r"denunci(?:o|aron) que",
        r"(?:mensajes?|notas?|cartas?|llamadas?) que (?:decian|decia)",
        r"escribio",
        r"publico",
        r"amenazo",
        r"grito",
        r"ofrecio",
    ),
    "counter_speech": compile_words(
        r"(?:is|are|was|that'?s|thats|it'?s|its|this is) (?:so |absolutely |truly )?(?:disgusting|vile|"
        r"sick|unacceptable|not okay|not ok|wrong|despicable|horrifying|appalling|evil|insane|"
        r"terrifying|not a joke|a crime|illegal|abhorrent|shameful)",
        r"(?:is|are|was|that'?s|thats|it'?s|its) (?:a |an )?(?:terrible|awful|horrible|vile|"
        r"disgusting|threatening|violent|unacceptable) (?:thing|things|message|messages|post|"
        r"posts) to (?:say|post|write|send)",
        r"report(?:ed)? (?:this|it|them|him|her|the account|the post)",
        r"please report",
        r"condemn\w*",
        r"denounce\w*",
        r"stop the violence",
        r"violence is never",
        r"(?:no one|nobody|no-one) (?:should|deserves)",
        r"we reject",
        r"stand (?:with|against)",
        r"solidarity",
        r"hate has no",
        r"not in our name",
        r"de-?escalat\w*",
        # Moderation and training notes quote a violation in order to act on it.
        r"(?:removed|deleted|flagged|banned for) (?:a |the |this |that )?(?:comment|post|tweet|message|reply)",
        r"mod(?:eration)? (?:log|note|team)",
        r"training (?:note|example)",
        r"(?:an )?example of (?:a )?(?:policy violation|threat|amenaza|solicitation)",
        r"policy violation",
        # "per the guidelines, '...' counts as intimidation and gets removed"
        r"(?:counts?|qualif(?:y|ies)) as (?:a |an )?(?:intimidation|(?:conditional |veiled )?threat|"
        r"harassment|incitement|solicitation|doxx?ing|violation)",
        r"(?:gets?|got|is|are|will be) (?:removed|taken down)",
        r"(?:per|under) (?:the|our|these|most|community) (?:guidelines|policy|policies|rules)",
        r"(?:remove|removed) and escalate",
        r"ejemplo de (?:amenaza|solicitud|violacion)",
        r"denuncialo",
        r"nadie (?:vaya|haga|toque|debe)",
        r"eso no se hace",
        r"calling (?:for|on) (?:calm|peace)",
        r"es inaceptable",
        r"condenamos",
        r"repudiamos",
        r"nadie merece",
        r"denuncien",
        r"no a la violencia",
        r"this has to stop",
        r"enough is enough",
        r"threats like this",
        r"bounties like this",
        r"(?:is|are) not (?:free speech|okay|ok|normal)",
        r"stop (?:sharing|posting|spreading)",
        r"dejen de (?:compartir|publicar|difundir)",
        r"take (?:it|this|that|them) down",
        r"borr(?:en|a)lo",
        r"denuncienlo",
        r"es (?:un )?delito",
        r"no es (?:chiste|justicia|broma|activismo)",
        r"(?:isn'?t|is not|ain'?t) (?:a hot take|activism|justice|funny|a joke)",
        r"be better",
        r"puts? (?:kids|people|families|lives|them|her|him) (?:in danger|at risk)",
        r"(?:pone|ponen|poner) en (?:riesgo|peligro)",
        r"(?:ponerlo|ponerla) en (?:riesgo|peligro)",
        r"nobody gets to",
        r"es asqueroso",
        r"report, don'?t share",
        r"screenshot and report",
        r"how people get hurt",
        r"(?:is|are) still (?:solicitation|a threat|threats|doxx?ing)",
        r"stop \W?(?:joking|kidding)\W? about",
        r"(?:doesn'?t|does not|won'?t) make it (?:a joke|funny|okay|ok|legal)",
        r"(?:that'?s|thats|this is|it'?s|its) harassment",
        r"(?:is|are|was|been|being|getting) reported",
        r"(?:someone|somebody) (?:out there )?(?:will|might|could) take (?:it|that|this) seriously",
        r"no cuenten conmigo",
        r"(?:don'?t|do not) count (?:me|us) in",
        r"count (?:me|us) out",
        r"no (?:arregla|resuelve|soluciona) nada",
        r"nadie tiene por que saber\w*",
        r"(?:yo mismo|yo misma) (?:le |les )?aviso a la policia",
        r"(?:i'?ll|i will) call the (?:cops|police) (?:myself|on you)",
    ),
    "negation": compile_words(
        r"never",
        r"not",
        r"don'?t",
        r"dont",
        r"doesn'?t",
        r"didn'?t",
        r"won'?t",
        r"wont",
        r"wouldn'?t",
        r"no one",
        r"nobody",
        r"nadie",
        r"tampoco",
        r"nunca",
        r"jamas",
        r"no",
    ),
    "victim_report": compile_words(
        r"(?:someone|somebody|a guy|this guy|some guy|he|she|they|people|an account|a user|my ex|"
        r"a stranger|anon\w*|alguien|un tipo|mi ex)(?: \w+){0,2} (?:threatened|(?:sent|dm'?d|dmd|messaged|"
        r"texted|emailed|left|told|wrote|called) (?:me|us|my)|posted my|doxx?ed me|is threatening|"
        r"keeps threatening|amenazo|me amenazo|me mando|me escribio|me dijo)",
        r"(?:i|we) (?:got|received|keep getting|have been getting|been getting) (?:a |an |another |"
        r"these |more )?(?:threats?|death threats?|messages?|dms?|voicemails?|letters?|emails?|calls?)",
        r"(?:i'?m|im|i am|we are|we'?re|i feel|feeling) (?:so |really )?(?:scared|terrified|afraid|"
        r"shaking|worried|unsafe)",
        # "you called the police on my son" is a grievance, "the one who called the cops on
        # the party" picks someone out: neither is the writer reporting a threat.
        r"(?:reported it|filed a (?:police )?report|(?<!you )(?<!who )called the police|"
        r"told the police|restraining order|protective order)",
        r"(?:i'?ve|i have|we'?ve|we have) (?:received|gotten|got) (?:\d+ |dozens of |hundreds of |many |several )?(?:threats?|letters?|messages?|voicemails?|emails?|calls?)",
        r"lo denuncie",
        r"tengo miedo",
        r"recibi (?:una |amenazas|un mensaje)",
        r"me (?:llego|llegaron) (?:una amenaza|amenazas|mensajes)",
        r"(?:a |the |this |that )?(?:bounty|price|reward|contract) (?:of [^.!?\n]{1,30} )?on me",
        # "told my lawyer to leave the cabin to whoever ..." instructs the lawyer; it reports nothing
        r"(?<!you )(?<!who )(?:contacted|called|went to|told|alerted) (?:the )?(?:fbi|police|precinct|cops|"
        r"non-emergency line|"
        r"security|(?:my editor|a lawyer|my lawyer)(?! to ))",
        r"(?:has |have |keeps? |been )?follow(?:ed|ing|s) me (?:home|to|from|around)",
        r"filed (?:a )?(?:case|complaint)",
        r"(?:lawyers|police|the police|cops) (?:are|is|have been) involved",
        r"walked me (?:out|to my car)",
        r"(?:parked|waiting|standing) outside my (?:building|house|home|door|apartment)",
        r"whoever hurts me",
        r"(?:i|we) got a (?:note|letter|voicemail|text|message|dm) saying",
        r"por mi cabeza",
        r"(?:ya )?denuncie (?:ante|en|con)",
        r"me (?:siguen|sigue|siguio|siguieron)",
    ),
    # Words that also name everyday things ("book a table", "film it", "the scene"):
    # they lower scores globally but do not neutralise the acts in their sentence.
    "fiction": compile_words(
        r"book",
        r"ya (?:vieron|viste|vi)",
        r"chapter",
        r"series",
        r"script",
        r"scene",
        r"trailer",
        r"my story",
        r"the story",
        r"poem",
        r"lyrics",
        r"thriller",
        r"horror",
        r"the show",
        r"rp",
    ),
    "sports": compile_words(
        r"playoffs?",
        r"the game tonight",
        r"tonight'?s game",
        r"final score",
        r"touchdown",
        r"quarterback",
        r"nba",
        r"nfl",
        r"mlb",
        r"nhl",
        r"fifa",
        r"world cup",
        r"super bowl",
        r"referee",
        r"the ref",
        r"coach",
        r"our team",
        r"their team",
        r"the defense",
        r"(?:beat|crushed|destroyed|murdered|killed) (?:them|us|the \w+) \d+",
        r"partido",
        r"el equipo",
        r"la liga",
        r"golazo",
        r"on the court",
        r"on the field",
        r"boxing",
        r"the fight",
        r"ufc",
        r"knockout",
    ),
    "hyperbole": compile_words(
        r"(?:i'?d|i would|would|could|i could) (?:kill|murder|die) for (?:a|an|some|that|this|the|one|"
        r"another)(?: \w+){0,3}",
        r"kill(?:ing|s)? (?:me|it|time)(?! \w+ (?:tonight|tomorrow))",
        r"killed it",
        r"murder(?:ed)? (?:it|that)",
        r"(?:mom|mum|mommy|dad|mother|father|wife|husband|boss|teacher|coach|she|he|they|my \w+|ma|"
        r"pops|mi (?:mama|jefa|esposa|papa)) (?:is|are|will|'?ll|gonna|going to|is going to|would|"
        r"'?s gonna)\s*(?:literally |actually |so |totally )?(?:kill|murder|destroy|matar(?:me)?) me",
        r"(?:i'?m|im|i am|we'?re|u r|ur|you'?re|youre) (?:so |literally |actually )?dead\b(?! (?:man|meat|woman))",
        r"i'?m deceased",
        r"dead ?(?:ass|serious)",
        r"to die for",
        r"dying (?:of|to|for)",
        r"me muero",
        r"me mata",
        r"me va a matar",
        r"kill two birds",
        r"overkill",
        r"killer (?:deal|app|price|view|outfit|look|song|track|workout|sale)",
        r"shoot (?:me|us|him|her)? ?(?:a |an )?(?:text|email|message|dm|msg|line|pic|call)",
        r"shoot (?:your|my|a|his|her) shot",
        r"shot (?:a|the|my|our) (?:video|photo|film|scene|movie)",
        r"photo ?shoot",
        r"shoot(?:ing)? (?:a |the |some )?(?:video|photos?|film|movie|scene|hoops|pool|the breeze)",
        r"take (?:out|out the) (?:the )?(?:trash|garbage|recycling|food|loan)",
        r"take (?:him|her|them) out (?:to|for|on)",
        r"blow(?:ing|n)? up (?:my|your|his|her|the) (?:phone|notifications|mentions|dms)",
        r"blew up (?:on|online|overnight)",
        r"bomb(?:ed)? (?:the|my|that) (?:test|exam|interview|audition)",
        r"beat (?:the|my|our|your) (?:record|traffic|rush|heat|deadline|odds|score|game|level|boss)",
        r"my (?:feet|back|head|legs|knees) (?:are|is) killing me",
        r"killing the game",
        r"dead (?:tired|battery|end)",
        r"dead ?line",
        r"(?:you|u) killed me with",
        r"(?:gonna|going to|will) (?:kill|murder|destroy) (?:this|that|the|my) (?:essay|paper|exam|test|homework|workout|set|show|interview|presentation|pizza|burrito|buffet)",
        r"(?:lo|la) mato en (?:el|la) (?:concierto|escenario|show|examen|partido|cancha)",
        r"se luci\w*",
        r"(?:gonna|going to|will) (?:kill|murder) (?:this|that|the) (?:exam|test|set|show|interview|workout|presentation)",
        r"(?:i'?d|i would|would) commit (?:crimes|murder|a crime|felonies) for(?: \w+){0,3}",
        r"(?:i'?d|i would) kill a man for(?: \w+){0,3}",
        r"(?:is|are|was) (?:literally )?murdering me",
        r"(?:murder|kill|destroy) (?:this|that|my) (?:to-do list|list|inbox|playlist)",
        r"murder a (?:beach|burger|pizza|plate|steak|nap)",
        r"(?:i'?d|i would) give [^.!?\n]{1,30}? to never",
        r"dar(?:i|ia) [^.!?\n]{1,30}? por no",
        r"pay me [^.!?\n]{1,30}? to (?:fold|do|wash|clean|finish|watch|sit through|listen to|read)",
        r"(?:throw|throwing) hands with (?:this|that|the|my)(?: \w+){0,2}",
        r"fight (?:this|that|the|my) (?:vending machine|printer|dresser|laptop|wifi|router)",
        r"throw my (?:laptop|phone|computer|printer) (?:out|across)",
        r"(?:figuratively|metaphorically|not literally)",
        r"mataria por (?:un|una|unos|unas|el|la|mi)(?: \w+){0,2}",
        r"ando muerto",
        r"me va a (?:quebrar|colgar|ahorcar)",
    ),
    "lawful_reward": compile_words(
        r"(?:information|info|tips?) leading to",
        r"leading to (?:the )?(?:arrest|conviction|recovery|return)",
        # "no police, no tip line": an offer that shuns the police is no lawful reward
        r"(?<!no )crime ?stoppers",
        r"(?<!no )tip ?line",
        r"tips? hotline",
        r"anonymous(?:ly)? tips?",
        r"(?:fbi|atf|dea|police|sheriff|department|the city|the state) (?:is )?(?:offering|announced|offers)",
        r"most wanted",
        r"bug bounty",
        r"bounty program",
        r"hackerone",
        r"bugcrowd",
        r"vulnerabilit\w*",
        r"responsible disclosure",
        r"security researchers?",
        r"cve",
        r"(?:lost|missing|found) (?:dog|cat|pet|puppy|kitten|parrot|bird|wallet|ring|keys|phone|bike)",
        r"reward for (?:the )?(?:return|safe return|recovery|finding|info\w*)",
        r"safe return",
        r"no questions asked",
        r"informacion que (?:lleve|conduzca)",
        r"recompensa por (?:informacion|encontrar|la devolucion)",
        r"(?:perro|gato|perrito|gatito) perdido",
        r"se busca (?:perro|gato)",
        r"helps? me (?:move|paint|clean|fix|find)",
        r"help(?:ing)? me (?:move|paint|clean|fix)",
    ),
    # A report of where law enforcement is now.  Not "called the cops on him" (reporting
    # someone to the police), not one person picked out by what they did ("the ICE agent who
    # knocked on Elm St last week"; "agents who are parked outside" is still a report), and
    # not a clause about the writer ("that officer gets in my trunk on Monday"): those name a
    # person or a threat, not a place to avoid.
    "public_activity": compile_fast(
        r"(?<!call )(?<!calls )(?<!called )(?<!calling )(?<!call the )(?<!calls the )"
        r"(?<!called the )(?<!calling the )(?<!llamo a la )(?<!llamaron a la )(?<!llamar a la )"
        r"\b(?:"
        + _LAW
        + "|"
        + _LAW_ONE
        + r")\b(?!(?<=sheriff) (?:who|whom|whose|that|que|quien)\b)(?!(?<=policia) (?:que|quien)\b)"
        r"(?!(?<=cop) (?:who|whom|whose|that)\b)"
        r"(?:(?!\b(?:my|me|i|mi)\b|\b(?:agent|officer|cop|deputy|trooper|sheriff|marshal|"
        r"one|guy|lady|man|woman|agente|oficial|policia|el|la) (?:who|whom|whose|that|que|quien)\b)"
        r"[^.!?\n]){0,60}?"
        r"\b(?:at|near|on|outside|in front of|around|by|spotted|"
        r"seen|sighted|right now|currently|parked|setting up|set up|stopping|detaining|en|cerca de|"
        r"afuera de|frente a|ahorita|ahora mismo|vistos?|estan)\b"
        r"|\b(?:heads up|alert|alerta|ojo|cuidado|avoid|aviso|psa|warning|know your rights)\b"
        r"[^.!?\n]{0,60}?\b(?:" + _LAW + r")\b"
    ),
    "own_contact": compile_words(
        r"my (?:new )?(?:address|addy|number|phone|cell|email|e-mail|home|place)",
        r"i live (?:at|on|in)",
        r"i(?:'?ve| have)? (?:just )?moved to",
        r"reach me",
        r"call me",
        r"text me",
        r"email me",
        r"contact me",
        r"dm me",
        r"hit me up",
        r"mi (?:direccion|numero|telefono|correo|casa|cel)",
        r"llamame",
        r"escribeme",
        r"my office",
        r"my shop",
        r"my (?:dms?|inbox|whatsapp|cell number|new (?:number|email|address|place|phone|cell))",
        r"new (?:number|phone|cell|email|e-mail|address|addy|place|digits)(?= *[:,!])",
        r"new phone who (?:dis|this)",
        r"save (?:it|my number|this number)",
        r"old (?:one|number|email|account) is dead",
        r"(?:i|we) (?:just |finally )?moved(?= *[!.,:]| to| in| into| out)",
        r"send (?:cards|mail|packages|letters|gifts) to",
        r"deliver (?:it |them )?to (?:me|us)",
        r"(?:i'?m|im|we'?re) in (?:the|my|a) [\w -]{1,30}?, plate",
        r"housewarming",
        r"agreg(?:uen|a)(?:me|nos)",
        r"cambie (?:de|mi) (?:numero|cel|celular|telefono|correo|direccion)",
        r"(?:mi|nuestro|nuestra) nuev[oa] (?:numero|correo|direccion|casa|cel|celular|telefono)",
        r"nos mudamos",
        r"me mude",
        r"vendo mi",
        r"paso a entregar",
        r"(?:at|to) (?:my|our) (?:house|apartment|apt|condo|building|door)",
        r"our building",
        r"selling (?:my|our)",
        r"pick ?-?up (?:is )?(?:at|from)",
        r"come (?:on up|grab|get it|pick (?:it|them) up)",
        r"(?:marquenme|llamenme|mandenme|escribanme)",
        r"(?:casa nueva|whatsapp nuevo|nuevo whatsapp|nos cambiamos|ya nos mudamos)",
        r"soy (?:su|tu) (?:tia|tio|prima|primo|mama|papa|abuela|abuelo|hermana|hermano)",
        r"guarden(?:lo|me)",
        # The addressee's own record, confirmed by whoever holds it.
        r"(?:is|es) (?:this |that |it )?still (?:correct|right|current)",
        r"(?:on file|in our records|le confirmamos|tenemos registrado)",
        r"update (?:it|your \w+) (?:in|on|through) the portal",
    ),
    "business_contact": compile_words(
        r"our (?:office|store|shop|location|address|number|hours|team|clinic|restaurant|bakery|salon)",
        r"we'?re (?:located|open)",
        r"we are (?:located|open)",
        r"(?:business|office|store|opening) hours",
        r"open (?:daily|mon\w*|from|until|\d+)",
        r"open (?:at|til|till|'til) \d+",
        r"atienden (?:de|desde|a partir de) (?:las )?\d+",
        # "es el negocio de Rogelio": the number is the business's, whoever owns it
        r"(?:es|era) (?:el|la) (?:negocio|taller|tienda|local|changarro|puesto) de",
        r"(?:shoe repair|muffler|repair|auto ?body|tire|body|print|pawn|barber|nail|tattoo|bike|phone) "
        r"(?:place|shop|store)",
        r"call us",
        r"contact us",
        r"visit us",
        r"customer (?:service|support)",
        r"book (?:an|your) appointment",
        r"appointments?",
        r"reservations?",
        r"llc",
        r"inc",
        r"ltd",
        r"toll[- ]free",
        r"nuestra (?:tienda|oficina|direccion)",
        r"llamenos",
        r"visitenos",
        r"horario",
        r"grand opening",
        r"suite \d+\w*",
        r"fax",
        r"servicio a domicilio",
        # Not "his office is at ...": a private person's workplace.
        r"(?<!his )(?<!her )(?<!their )(?:clinic|practice|firm|store|shop|restaurant|office) is (?:at|located)",
        r"now hiring",
        r"order online",
        r"same (?:phone|number)",
        r"walk-?ins?",
        r"closed (?:\w+ )?for (?:inventory|renovations?|the holidays?)",
        r"(?:urgent|online|phone|catering) orders",
        r"bookings",
        r"(?:is|are|we'?re|now) hiring",
        r"apply (?:at|online|in person)",
        r"we deliver",
        r"free delivery",
        r"call our (?:office|store|shop|clinic|front desk)",
        r"licensed (?:electrician|plumber|contractor|therapist|dentist|locksmith)",
        r"(?:health|community|medical|dental|legal|urgent care) (?:center|clinic)",
        r"(?:questions|inquiries)\? (?:email|call)",
        r"abrimos",
        r"(?:nueva )?sucursal",
        r"los esperamos",
        r"a domicilio",
        r"hacemos envios",
        # Everyday venues, events, deliveries and test data: no private person is exposed.
        r"(?:the )?(?:party|bbq|potluck|wedding|reception|meetup|meet-up|event|fundraiser|festival|"
        r"book fair|yard sale|garage sale|game night|farmers market|market|tournament|rehearsal) "
        r"(?:is|will be|moved|starts|is moving)(?: to| at| on)? (?=\d)",
        r"farmers market",
        r"carpool (?:leaves|meets|pickup|pick-up)",
        r"pickup spot",
        r"(?:package|delivery|parcel)s? (?:for|to) (?:apt|unit|suite|#)",
        r"(?:in|for) staging",
        r"never issued",
        r"(?:test|sample|dummy|fake|placeholder) (?:data|numbers?|ssns?|phones?|addresse?s?|emails?)",
        r"(?:accepts?|formats?) (?:formats )?like",
        r"formato de",
        r"car warranty",
        r"el (?:mercado|evento|tianguis) (?:es|sera|se pone)",
        r"(?:example|sample) (?:format|address|entry)",
        r"(?:food )?truck (?:is|will be|parks|this week)",
        r"(?:shop|store|salon|kiosk|office) (?:#|number|phone|line)",
        r"(?:he'?s|she'?s|is) the owner",
        r"catering",
        r"(?:se hacen|hacemos) (?:pasteles|tamales|uniformes|reparaciones|trabajos)",
        r"informes (?:con|al|en)",
        r"(?:centro de acopio|se reciben|recibimos donativos|drop-?off (?:point|location|site)|donation drive)",
    ),
    "public_office": compile_words(
        r"(?:senator|congressman|congresswoman|representative|rep|mayor|governor|council ?(?:member|man|woman)|"
        r"alderman|alderwoman|commissioner|attorney general|secretary|sheriff|judge|clerk)'?s? (?:district |"
        r"constituent |capitol |city |county |local |dc |washington )?(?:office|offices|hotline|line|chambers)",
        r"city hall",
        r"town hall",
        r"county (?:clerk|courthouse|office)",
        r"courthouse",
        r"(?:public |official )?office (?:line|number|phone|address)",
        r"per the (?:agency|official|city|county|state) (?:website|site|directory)",
        r"'s office",
        r"district office",
        r"capitol",
        r"constituent services",
        r"public (?:comment|hearing|meeting)",
        r"federal building",
        r"state house",
        r"municipal building",
        r"(?:call|contact|write to|email) your (?:senator|representative|rep|congressman|congresswoman|mayor|council\w*)",
        r"oficina del (?:alcalde|senador|diputado|gobernador)",
        r"ayuntamiento",
        r"palacio municipal",
        r"non-?emergency (?:line|number)",
        r"records requests?",
        r"field office",
        r"(?:district|police) station",
        r"substation",
        r"holds? office hours",
        r"write to (?:commissioner|senator|representative|rep|mayor|judge|council ?member|the mayor|your)",
        r"(?:escribanle|escriban|llamen|llamenle) a la oficina",
        r"oficina (?:del|de la) (?:alcalde|alcaldesa|diputad[oa]|senador|senadora|gobernador|gobernadora|"
        r"presidente municipal|regidor|regidora)",
        r"(?:oficina|modulo) de atencion ciudadana",
        r"atencion ciudadana",
        r"juzgado",
        r"palacio de justicia",
        r"clerk'?s? (?:office|line|phone|window)",
        r"court ?house",
        r"public library",
        r"campaign (?:hq|headquarters|office)",
        r"phone bank",
        r"volunteer coordinator",
        r"oficina de enlace",
        r"elections? office",
        r"victim advocate",
        r"school board meeting",
    ),
    "joke": compile_words(
        r"jk",
        r"j/k",
        r"just kidding",
        r"just joking",
        r"joking",
        r"lol+",
        r"lmao+",
        r"lmfao+",
        r"haha\w*",
        r"kidding",
        r"es broma",
        r"jaja\w*",
    ),
    "history": compile_words(
        r"in (?:1[5-9]\d\d|20[01]\d)",
        r"history",
        r"historical",
        r"historians?",
        r"century",
        r"ancient",
        r"medieval",
        r"world war (?:i|ii|1|2|one|two)",
        r"ww2",
        r"wwii",
        r"civil war",
        r"the romans",
        r"assassination of",
        r"was assassinated",
        r"were executed",
    ),
}
# Framing whose whole sentence is fiction or a game: harm acts in the same sentence
# are neutralised ("in the movie the villain offers a million to whoever kills ...",
# "bounty on the raid boss: 50k gold to whoever kills him"). Evidence carries
# ``scope="sentence"``.
_SENTENCE_FRAMING: dict[str, re.Pattern[str]] = {
    "fiction": compile_words(
        r"movie",
        r"(?:the|a|this|that|in) film",
        r"novel'?s?",
        r"episode",
        r"season \d+",
        r"the plot",
        r"plot",
        r"characters?",
        r"protagonist",
        r"villain",
        r"the hero",
        r"screenplay",
        r"fanfic",
        r"fan fiction",
        r"short story",
        r"sequel",
        r"netflix",
        r"hbo",
        r"the godfather",
        r"john wick",
        r"breaking bad",
        r"sopranos",
        r"pelicula",
        r"novela",
        r"la serie",
        r"capitulo",
        r"el personaje",
        r"the narrator",
        r"in the show",
        r"dnd",
        r"d&d",
        r"roleplay",
    ),
    "game": compile_fast(
        r"\b(?:(?<!not a )(?<!no )(?<!isnt a )(?<!isn't a )games?|gaming|gamer|in-?game|video ?games?|boss fight|"
        r"(?:final|raid|the) boss|raid|quest|npcs?|respawn\w*|spawn\w*|loot|xp|gg|noob|pvp|pve|"
        r"fortnite|minecraft|call of duty|warzone|valorant|apex|overwatch|league of legends|dota|"
        r"gta|red dead|skyrim|witcher|elden ring|dungeon master|bounty board|killstreak|kill ?streak|"
        r"k/?d|lobby|ranked|checkmate|poker|among us|impostor|juego|partida|level \d+|my character|"
        r"speedrun\w*|cod|halo|battle ?royale|headshots?|server|murder mystery|paintball|airsoft|laser tag|nerf|"
        r"balazo de pintura|gotcha (?:el|este|ayer|hoy)|free fire|jefe final|(?:gold|credits?|xp) bounty|"
        r"starfield|(?:last|that|this|next) match|wiped on|team up)\b"
    ),
}
_QUOTE = compile_fast(
    r'"([^"\n]{3,400})"|^>\s?(.{3,400})$|(?:^|(?<=[\s:]))\'([^\'\n]{8,400}?)\'(?=[\s.,;!?]|$)',
    re.MULTILINE,
)


def detect_framing(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Framing cues with a ``kind`` detail. See the module card."""
    layer = doc.folded
    text = layer.text
    out: list[Evidence] = []
    for kind, pattern in _FRAMING.items():
        out.extend(emit(layer, pattern.finditer(text), Cue.FRAMING, NAME, kind=kind))
    for kind, pattern in _SENTENCE_FRAMING.items():
        out.extend(
            emit(layer, pattern.finditer(text), Cue.FRAMING, NAME, kind=kind, scope="sentence")
        )
    for m in _QUOTE.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        out.extend(emit(layer, [m], Cue.FRAMING, NAME, group=group, kind="quote"))
    return tuple(out)


def detect_obfuscation(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Where obfuscation was folded, from the normaliser's marks. See the module card."""
    return tuple(
        make_evidence(Cue.OBFUSCATION, start, end, OBFUSCATION_NAME, kind=kind)
        for kind, start, end in doc.marks
        if kind in {"zero_width", "bidi", "confusable", "leet", "spaced"} and start < end
    )
