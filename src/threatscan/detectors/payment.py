"""Payment offers, their conditions, and requests that recruit others.

Card: ``threatscan.payment.v1``
    Cues: amounts in every common form (``$50k``, ``50 grand``, ``2 racks``,
    ``20 bands``, ``25 large``, ``a stack``, ``0.5 BTC``, ``50 mil pesos``,
    ``cincuenta mil``), payment methods (Venmo, Cash App, Zelle, PayPal,
    crypto), offers ("I'll pay", "make it worth your while", "bounty", "a hit
    on", "te pago"), conditions ("to whoever", "if he stops breathing", "half
    up front", "al que lo ...") and price lists per act or rank ("cop 10k,
    sergeant 25k"): amount evidence then carries ``price_list=True``.
    Detail: ``kind`` (amount, method, offer), ``amount`` (a number in units of
    ``currency``), ``currency``.
    Known false positives: prices, salaries, lawful rewards and bug bounties;
    the framing detector marks lawful rewards, and an amount only speaks for
    solicitation when it stands near a harm act. Game and platform currencies
    and counts ("50k gold", "10k xp", "5k followers") are not money.
    Languages: English, Spanish.

Card: ``threatscan.solicit.v1``
    Cues: ``SOLICIT`` (``kind`` whoever, call_to_action, hire) for "whoever
    kills", "anyone who would", "the first man who takes out", "somebody needs
    to", "everyone go to his house", "looking for a shooter", "hitman",
    "sicario", "alguien que", acts handed to the reader ("seriously, someone
    do it", "any of you brave enough", "if anyone sees him", "go out there and
    hurt them", "hay que", "¿quién se apunta?", "vayan", "denle");
    ``LOCATE_REQUEST`` for asking or paying for a
    person's address, school, schedule or car ("anyone know where that nurse
    lives", "drop her addy", "paying 0.5 BTC for the home address of",
    "where does the judge live", "alguien sabe dónde vive", "¿dónde vive?").
    Known false positives: paid favours ("$50 to whoever helps me move"),
    innocent look-ups ("anyone know where the meeting is"): both need a harm act
    or hostility nearby to count. "Whoever" needs a present or future verb, so
    "whoever killed my cat" is not a bounty. Languages: English, Spanish.
"""

from __future__ import annotations

import re

from threatscan.detectors._match import compile_fast, compile_words, emit
from threatscan.detectors.target import ROLE_WORDS
from threatscan.normalize import NormalizedText
from threatscan.types import Cue, Evidence, make_evidence

__all__ = ["NAME", "SOLICIT_NAME", "detect_payment", "detect_solicit"]

NAME = "threatscan.payment.v1"
SOLICIT_NAME = "threatscan.solicit.v1"

_MULTIPLIERS = {
    "k": 1_000, "g": 1_000, "gs": 1_000, "g's": 1_000, "grand": 1_000, "thousand": 1_000,
    "rack": 1_000, "racks": 1_000, "band": 1_000, "bands": 1_000, "stack": 1_000,
    "stacks": 1_000, "large": 1_000, "mil": 1_000, "m": 1_000_000, "million": 1_000_000,
    "millones": 1_000_000, "bn": 1_000_000_000,
}  # fmt: skip
_CURRENCY_WORDS = {
    "btc": "BTC", "bitcoin": "BTC", "eth": "ETH", "ethereum": "ETH", "usdt": "USDT",
    "xmr": "XMR", "monero": "XMR", "pesos": "MXN", "euros": "EUR", "dolares": "USD",
    "dollars": "USD", "bucks": "USD", "usd": "USD", "varos": "MXN", "lucas": "MXN",
}  # fmt: skip
_WORD_NUMBERS = {
    "a": 1, "one": 1, "a couple": 2, "couple": 2, "a few": 3, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15,
    "twenty": 20, "twenty five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
    "un": 1, "dos": 2, "tres": 3, "cinco": 5, "diez": 10, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "cien": 100, "quinientos": 500,
}  # fmt: skip
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"k|m|mil|grand|thousand|million|millones|g's|gs|bn|racks?|bands?|stacks?|large"
_CUR = r"btc|bitcoin|eth|ethereum|usdt|xmr|monero|pesos|euros|dolares|dollars|bucks|usd|varos|lucas"
# Game and platform currencies, scores and counts are not money: "50k gold", "10k xp".
_NOT_MONEY = (
    r"(?!\s?(?:gold|coins?|gems?|credits?|xp|exp|v-?bucks|robux|points?|pts|souls|gil|runes|"
    r"tokens?|karma|upvotes?|followers?|subs|views|likes|hp|dmg|damage|kills|elo|mmr)\b)"
)
_AMOUNT_SYMBOL = compile_fast(
    rf"(?P<sym>[$€£])\s?(?P<num>{_NUM})(?:\s?(?P<mult>{_MULT})\b)?(?:\s?(?P<cur>{_CUR})\b)?"
)
_AMOUNT_WORD = compile_fast(
    rf"(?<![\w$€£.,])(?P<num>{_NUM})\s?(?:(?P<mult>{_MULT})\b)?\s?(?:(?P<cur>{_CUR})\b)?"
    + _NOT_MONEY
)
_WORD_NUM = "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))
_AMOUNT_SPELLED = compile_fast(
    rf"\b(?P<wnum>{_WORD_NUM})\s+(?P<mult>grand|racks?|bands?|stacks?|large|thousand|mil|k|bucks|"
    rf"dollars|million|millones)\b(?:\s?(?P<cur>{_CUR})\b)?" + _NOT_MONEY
)

_METHOD = compile_words(
    r"venmo",
    r"cash ?app",
    r"zelle",
    r"paypal",
    r"apple pay",
    r"western union",
    r"moneygram",
    r"bitcoin",
    r"btc",
    r"crypto",
    r"usdt",
    r"monero",
    r"xmr",
    r"gift ?cards?",
    r"wire (?:it|you|the money)",
    r"\$[a-z][a-z0-9_]{2,}",
)
_OFFER = compile_words(
    r"(?:i'?ll|i will|we'?ll|we will|i'?m|we'?re|im|i am|we are|ill) (?:pay|paying|give|giving|send|sending|drop|dropping|throw|throwing|put up|putting up)",
    r"paying",
    r"will pay",
    r"pays? well",
    r"paid well",
    r"get(?:s)? paid",
    r"you'?ll be paid",
    r"make it worth (?:your|ur|their|his|her) while",
    r"cash reward",
    r"rewards?",
    r"bount(?:y|ies)",
    r"price on (?:his|her|their|your|ur|that \w+) head",
    r"money on (?:his|her|their|your|ur) head",
    r"contract on",
    r"(?:a|the) hit on",
    r"put (?:out )?a hit",
    r"hit ?man",
    r"hit ?men",
    r"(?:te|les|le) (?:pago|doy|damos|pagamos|pagaremos)",
    r"pago",
    r"recompensa",
    r"hay (?:lana|feria|varo|varos|billete|dinero)",
    r"bien pagado",
    r"(?:lana|feria) para el que",
)
_CONDITION = {
    "whoever": compile_words(
        r"(?:to|for) (?:whoever|whomever|anyone who|anybody who|anyone that|anybody that|the (?:first )?(?:person|one|guy|man|woman) (?:who|that))",
        r"whoever",
        r"(?:al|a) que (?:lo|la|le|les|se|me|nos)",
        r"a quien (?:lo|la|le|se)",
        r"(?:para|pa) (?:el|quien) que",
        # a price per person: "2 bands per head for the agents", "por cada agente"
        r"(?:per|a) head",
        r"for (?:every|each) (?:one|1|single one) of",
        r"por (?:cabeza|cada (?:uno|una|agente|policia|placa|oficial|chota))",
    ),
    "outcome": compile_words(
        r"if (?:he|she|they|that \w+|the \w+|this \w+) (?:stops? breathing|disappears?|goes missing|go missing|ends? up|never (?:wakes?|comes?|makes?)|doesn'?t wake|stops? showing)",
        r"(?:when|once|after) (?:it'?s|its|the job'?s|the job is|he'?s|she'?s|they'?re|he is|she is|they are) (?:done|gone|handled|dead|finished|taken care of)",
        r"half (?:now|up ?front|before)",
        r"upon completion",
        r"(?:the )?rest (?:after|when|on delivery)",
        r"cuando (?:este|esten|quede|queden) (?:muert[oa]s?|list[oa]s?)",
        r"la mitad (?:ahora|por adelantado|antes)",
    ),
    "proof": compile_words(
        r"(?:proof|pics?|photos?|video) (?:or|as|for|of) (?:proof|payment|it didn'?t happen)",
        r"send (?:me )?(?:proof|pics?|a pic|a photo)",
        r"con pruebas",
        r"manda(?:me)? (?:foto|fotos|video)",
    ),
}

_SOLICIT = {
    "whoever": compile_words(
        # A bounty names a future act: "whoever kills", "anyone who would", "the
        # first man who takes out". Past tense ("whoever killed my cat") is not.
        r"(?:whoever|whomever|(?:anyone|anybody|somebody|someone) (?:who|that)|the (?:first )?"
        r"(?:person|one|guy|man|woman|dude|mf) (?:who|that))(?: \w+)?? (?:would|will|can|could|"
        r"gets?|(?!(?:is|was|has|says|thinks|knows|likes|loves|wants|needs|reads|sees|lives)\b)"
        r"[a-z]+[^s\W]s)\b",
        r"(?:al|a) que (?:lo|la|le|les|se) (?:\w+ ){0,1}(?:mate|quiebre|levante|chingue|baje|tumbe|de|ponga|eche)",
    ),
    "call_to_action": compile_words(
        r"(?:somebody|someone|some1|sum1|anybody|anyone|one of (?:you|yall|y'?all|us)) (?:needs? to|should|gotta|has to|have to|better|go|pls|please|plz|do (?:us|me|the world) a favou?r)",
        r"(?:everyone|everybody|all of (?:you|us)|y'?all|yall|we all|lets all|let'?s all) (?:go|show up|pull up|roll up|head|get|meet|needs? to|should)",
        r"let'?s (?:go|pull up|roll up|get|find|hunt|visit|show up)",
        r"(?:go|lets) (?:get|find|hunt|grab|visit) (?:him|her|them|that \w+|this \w+|those \w+)",
        r"(?:we|u|you|yall|y'?all) (?:need|should|gotta|have) (?:to )?(?:go|get|find|hunt|visit|show up|pull up)",
        r"(?:alguien|que alguien) (?:que|tiene que|deberia|debe|le|lo|la)",
        r"(?:vamos|vayan|vamonos) (?:todos|todas|a su casa|por el|por ella|a buscar)",
        r"todos a su casa",
        # Handing the act to the reader: "seriously, someone do it", "any of you brave
        # enough", "which one of you", "if anyone sees him", "go out there and".
        r"(?:somebody|someone|anybody|anyone|pls someone|plz someone) (?:do it|do this|handle (?:it|this)|"
        r"take care of|beat|jump|kill|shoot|stab|hurt|get|end|finish)",
        r"(?:any|which|who) (?:one )?of (?:you|yall|y'?all|u)",
        r"(?:who'?s|whos|who is) (?:in|down|with me|coming)",
        r"for me,? i ca?n'?t do it",
        # A dare that makes the act the reader's if the author does not do it.
        r"if (?:nobody|no one|no1|none of (?:you|yall|y'?all)) (?:else )?(?:steps? up|does it|will|has the (?:guts|balls))",
        r"spread the word",
        r"if (?:anyone|anybody|any of (?:you|yall)|you|u|y'?all|yall) (?:sees?|spots?|catch(?:es)?|runs? into|finds?)",
        r"go (?:out )?(?:there )?(?:and|y) (?:hurt|kill|beat|shoot|stab|get|jump|make|rompanles|"
        r"partanles|denles|madreenlos|quemenles)",
        r"(?:quien|quienes) (?:mas )?(?:va|van) a ir a",
        r"ya saben (?:que|lo que) (?:hacer|hay que hacer|tienen que hacer)",
        r"(?:y'?all|yall|you (?:all|guys)|u guys) (?:already )?know what to do",
        r"go (?:bust|hit|beat|jump|stomp|smash|break|rush|wreck) ",
        # An imperative harm verb opening a clause: "Surround them and beat them."
        r"(?:^|(?<=[.!?,;:] ))(?:now |just |go |and )?(?:beat|jump|surround|rush|stomp|catch|"
        r"drag|smash|break|grab|hit|take) (?:them|him|her|em|'em|those \w+|that \w+|every \w+)",
        r"(?:hay que|toca|tenemos que) (?:\w+ )?(?:a |al |la |lo )?",
        r"(?:quien|quienes) (?:mas )?se (?:apunta|apuntan|anima|animan)",
        r"(?:el|la) que (?:pueda|se anime|lo vea|la vea)",
        r"(?:ojala )?alguien se (?:anime|atreva|aviente)",
        r"que alguien",
        r"(?:caiganle|vamos|lleguenle|jalense) en (?:bola|grupo|banda)",
        r"(?:vayan|caiganle|denle|dale|partanle|partanles|rompanle|maten|quiebren|levanten|"
        r"atropellen|madreen|madreenlos|rompanles|quemenles|denles|golpeen)",
        r"si (?:lo|la|los|las|le)? ?(?:ven|se topan|encuentran|agarran|miran)",
        r"compartan",
    ),
    "hire": compile_words(
        r"(?:looking for|need|needs|hiring|hire|want|seeking|find me) (?:a |an |some )?(?:someone|somebody|a shooter|shooters|a hitter|hitters|a guy|a pro|a professional|a driver|a hitman|a hit man|hitman|muscle|a cleaner|sicarios?|shooter|hitter) (?:to|who|that|for)",
        r"(?:busco|buscamos|se busca|necesito|se solicita) (?:a )?(?:alguien|sicarios?|gente|un gatillero|quien)",
        r"sicarios?",
        r"gatilleros?",
        r"hit ?m[ae]n",
    ),
}
_LOCATE = compile_words(
    r"(?:anyone|anybody|somebody|someone|who|does anyone|does anybody|any1|u|you|y'?all) (?:\w+ )?(?:know|knows|got|has|have|find|found) (?:where (?:\w+ ){1,4}?(?:lives?|stays?|works?|sleeps?|parks?|goes|is staying)|(?:his|her|their|that \w+'?s?|the \w+'?s) (?:home |new |real |current |exact )?(?:address|addy|location|addr|school|schedule|plate|car|phone|number|workplace|whereabouts))",
    r"(?:drop|post|send|share|leak|dm me|give me|need|find|get) (?:me )?(?:his|her|their|that \w+'?s?|the \w+'?s) (?:home |new |real |current |exact )?(?:address|addy|addr|location|school|schedule|plate|info|whereabouts|number)",
    r"find (?:out )?where (?:\w+ ){1,3}?(?:lives?|stays?|works?|sleeps?|goes to school)",
    r"(?:pay|paying|pays|offering|\d+k?)\b(?:[^.!?\n]|\.(?=\d)){0,30}?\b(?:for|to whoever (?:finds|gets|has|posts))"
    r" (?:his|her|their|the|that \w+'?s?|this \w+'?s?) (?:home |new |real |current |exact )?"
    r"(?:address|addy|location|whereabouts|school|schedule|plate)",
    r"(?:alguien|quien) (?:sabe|tiene|conoce) (?:donde vive|su direccion|donde trabaja|donde estudian?|su domicilio)",
    r"(?:where|what) (?:does|do) (?:\w+ ){1,3}?(?:live|stay|work|park|go to school)",
    r"(?:need|want|looking for|tryna find|trying to find) (?:\w+ ){0,3}?(?:home )?(?:address|addy|location|whereabouts)",
    r"(?:donde|en que) (?:vive|trabaja|estudia|duerme|se estaciona)",
    r"(?:pasen|pasenme|manden|mandenme|busquen|consigan|averiguen) (?:\w+ )?(?:su|la|el) (?:direccion|domicilio|ubicacion|placa|horario|escuela)",
    r"(?:pasen|pasenme|manden|busquen|consigan) (?:su|la) (?:direccion|domicilio|ubicacion)",
)

_ROLE_NEAR = compile_fast(
    r"\b(?:" + ROLE_WORDS + r"|beating|beat ?down|body|hospital|the real thing|"
    r"dead|kill|alive|face|legs|kneecaps?)\b"
)


def _amount(num: str | None, wnum: str | None, mult: str | None) -> float:
    value = float(num.replace(",", "")) if num else float(_WORD_NUMBERS.get(wnum or "", 1))
    return value * _MULTIPLIERS.get(mult or "", 1)


def detect_payment(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Amounts, methods, offers and conditions. See the module card."""
    layer = doc.folded
    text = layer.text
    amounts: list[tuple[int, int, float, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_AMOUNT_SYMBOL, _AMOUNT_SPELLED, _AMOUNT_WORD):
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = m.groupdict()
            sym, mult, cur = groups.get("sym"), groups.get("mult"), groups.get("cur")
            if not (sym or mult or cur):
                continue  # a bare number is not money
            end = m.end("cur") if cur else m.end("mult") if mult else m.end("num")
            currency = _CURRENCY_WORDS.get(cur or "", _SYMBOLS.get(sym or "", "USD"))
            value = _amount(groups.get("num"), groups.get("wnum"), mult)
            amounts.append((start, end, value, currency))
            taken.append((start, end))
    amounts.sort()
    # A price list: two or more amounts, each beside a role or an act.
    priced = [a for a in amounts if _ROLE_NEAR.search(text, max(0, a[0] - 25), a[1] + 25)]
    price_list = len(priced) >= 2 and len({a[2] for a in priced}) >= 2
    out: list[Evidence] = []
    for start, end, value, currency in amounts:
        o_start, o_end = layer.span(start, end)
        amount: float | int = int(value) if value.is_integer() else round(value, 8)
        detail: dict[str, str | int | float | bool] = {
            "kind": "amount", "amount": amount, "currency": currency,
        }  # fmt: skip
        if price_list:
            detail["price_list"] = True
        out.append(make_evidence(Cue.PAYMENT, o_start, o_end, NAME, **detail))
    out.extend(emit(layer, _METHOD.finditer(text), Cue.PAYMENT, NAME, kind="method"))
    out.extend(emit(layer, _OFFER.finditer(text), Cue.PAYMENT, NAME, kind="offer"))
    for kind, pattern in _CONDITION.items():
        out.extend(emit(layer, pattern.finditer(text), Cue.CONDITION, NAME, kind=kind))
    return tuple(out)


def detect_solicit(doc: NormalizedText) -> tuple[Evidence, ...]:
    """Recruiting others to harm or to find a person. See the module card."""
    layer = doc.folded
    out: list[Evidence] = []
    for kind, pattern in _SOLICIT.items():
        out.extend(emit(layer, pattern.finditer(layer.text), Cue.SOLICIT, SOLICIT_NAME, kind=kind))
    out.extend(emit(layer, _LOCATE.finditer(layer.text), Cue.LOCATE_REQUEST, SOLICIT_NAME))
    return tuple(out)
