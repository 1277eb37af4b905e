#!/usr/bin/env python3
# Template strings are data; wrapping them to 100 columns hurts reading more than width.
# ruff: noqa: E501
"""Build the threatscan labelled corpus (threatscan-corpus-v1).

Run from the repository root::

    python data/build_corpus.py

Writes ``data/corpus.jsonl`` (one JSON object a line, sorted by id) and
``data/corpus_stats.md`` (the counts quoted by ``data/README.md``), and prints
the same counts.  ``--check`` writes nothing and exits 1 when either file differs
from what the generator produces (CI runs it).  ``--with-block NAME --out PATH`` writes,
to PATH only, the corpus with an opt-in train-only block added (see TRAIN_ONLY_BLOCKS).
Standard library only; deterministic (``random.Random(20261129)``, no set iteration, no
network).

Every row follows ``/work/shared/POLICY.md`` (policy v1).  Each template group
(one template, or a hand-written cluster of near-paraphrases) carries its labels
and a note that says why; the split is assigned per group, never per row.

All personal data is fictitious by construction:
- phone numbers are in the reserved 555-0100..555-0199 range;
- email domains are example.com / example.org / example.net;
- SSNs start with 9xx or 000, ranges the SSA never issues, so none is valid;
- street names, schools, workplaces, plates and handles are made up;
- person names are random first/last combinations, not real people.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import importlib.util
import inspect
import json
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path
from random import Random
from typing import Any

Rec = dict[str, Any]  # one template group or one corpus row

SEED = 20261129
SOURCE = "threatscan-corpus-v1"
HERE = Path(__file__).resolve().parent
OUT_JSONL = HERE / "corpus.jsonl"
OUT_STATS = HERE / "corpus_stats.md"

# ---------------------------------------------------------------------------
# Slot pools (fictitious)
# ---------------------------------------------------------------------------

FIRST_EN = [
    "Tasha",
    "Greg",
    "Priya",
    "Wei",
    "Malik",
    "Dmitri",
    "Aaliyah",
    "Connor",
    "Ngozi",
    "Hiroshi",
    "Fatima",
    "Luis",
    "Siobhan",
    "Kwame",
    "Ingrid",
    "Tomasz",
    "Leilani",
    "Rashid",
    "Mei",
    "Jamal",
    "Keisha",
    "Anders",
    "Yusuf",
    "Carmen",
    "Deshawn",
    "Olga",
    "Bao",
    "Amara",
    "Ezra",
    "Imani",
    "Raj",
    "Svetlana",
    "Tariq",
    "Harper",
    "Nkechi",
    "Diego",
    "Marisol",
    "Brody",
    "Chidi",
    "Hana",
    "Kofi",
    "Lars",
    "Noor",
    "Owen",
    "Paloma",
    "Quinn",
    "Rosalind",
    "Sanjay",
    "Tyrell",
    "Uma",
    "Vikram",
    "Wren",
    "Xiomara",
    "Yara",
    "Zeke",
    "Bettina",
    "Corey",
    "Delphine",
    "Emeka",
    "Farah",
]
LAST_EN = [
    "Whitlock",
    "Ellery",
    "Okafor",
    "Brannigan",
    "Castellano",
    "Haddad",
    "Nakamura",
    "Polanski",
    "Abernathy",
    "Mbeki",
    "Lindqvist",
    "Oyelaran",
    "Thornbury",
    "Vasquez",
    "Kowalczyk",
    "Delacroix",
    "Fairbairn",
    "Ghosh",
    "Halvorsen",
    "Iwu",
    "Jablonski",
    "Kettering",
    "Lowndes",
    "Marchetti",
    "Nwosu",
    "Ostrowski",
    "Pemberton",
    "Quaye",
    "Rosenthal",
    "Sandoval",
    "Tran",
    "Underhill",
    "Varga",
    "Wexley",
    "Yilmaz",
    "Zabrowski",
    "Achebe",
    "Birkeland",
    "Calloway",
    "Dunmore",
    "Esposito",
    "Farrow",
    "Gutierrez-Lind",
    "Holloway",
    "Ibarra",
    "Jaramillo",
    "Kincaid",
    "Lafleur",
]
FIRST_ES_F = [
    "Mariana",
    "Lupita",
    "Xóchitl",
    "Daniela",
    "Fernanda",
    "Yesenia",
    "Itzel",
    "Guadalupe",
    "Nayeli",
    "Araceli",
    "Citlali",
    "Rocío",
    "Maricela",
    "Brenda",
    "Karla",
]
FIRST_ES_M = [
    "Jesús",
    "Alejandro",
    "Rigoberto",
    "Chuy",
    "Octavio",
    "Ramiro",
    "Bernardo",
    "Efraín",
    "Rogelio",
    "Memo",
    "Joaquín",
    "Lalo",
    "Teodoro",
    "Ulises",
    "Saúl",
]
FIRST_ES = FIRST_ES_F + FIRST_ES_M
LAST_ES = [
    "Salgado",
    "Ortega",
    "Ramírez",
    "Zúñiga",
    "Villaseñor",
    "Arreola",
    "Cervantes",
    "Olvera",
    "Bustamante",
    "Treviño",
    "Galindo",
    "Montoya",
    "Espinoza",
    "Quintero",
    "Ledesma",
    "Ochoa",
    "Carrizales",
    "Fonseca",
    "Barragán",
    "Mendívil",
    "Solís",
    "Tapia",
    "Urrutia",
    "Anaya",
    "Peralta",
]
HANDLES = [
    "Kyzenwolf",
    "PixelMarta",
    "xXDuskRiderXx",
    "brickhousebenny",
    "LunaTacoTV",
    "ElGueroLive",
    "nightowl_nadia",
    "GrimCobbler",
    "tacticalteddy",
    "SirSnackalot",
    "la_chula_gamer",
    "VanteLive",
]
STREETS = [
    "Larkspur Ave",
    "Quillfeather Rd",
    "Bramblewick St",
    "Ottergate Ln",
    "Hollowmere Dr",
    "Cinderbrook Ct",
    "Marrowfield Way",
    "Pennywhistle Blvd",
    "Saddlecreek Rd",
    "Thistledown Ave",
    "Wrenhaven St",
    "Juniper Hollow Rd",
    "Copperkettle Ln",
    "Falconridge Dr",
    "Grackle St",
    "Mossbank Ave",
    "Pinecomb Ct",
    "Redfern Pl",
    "Silverlace Rd",
    "Tamberlin St",
    "Windle Ave",
    "Yarrowby Ln",
    "Amberdell Dr",
    "Kestrel Point Rd",
    "Old Quarry Ln",
]
STREETS_ES = [
    "Calle Los Fresnos",
    "Av. Tamarindos",
    "Calle Cerro del Colibrí",
    "Privada Las Jacarandas",
    "Calle Río Tepalcate",
    "Av. Paseo de los Zorzales",
    "Calle Nogal Prieto",
    "Cerrada del Mezquite",
    "Calle Lomas de Arcilla",
    "Av. Huizachal",
]
COLONIAS = [
    "Col. Las Palmas",
    "Col. Valle Escondido",
    "Col. Jardines del Cerro",
    "Col. Villa Nogales",
    "Fracc. Los Encinos",
    "Col. Santa Irene",
]
CITIES_US = [
    ("Fairview", "OH"),
    ("Maple Heights", "MN"),
    ("Brookhollow", "TX"),
    ("Cedar Bluff", "GA"),
    ("Port Linden", "WA"),
    ("Westbury Falls", "IL"),
    ("Harlow Springs", "AZ"),
    ("Riverbend", "CO"),
    ("Ashton Mills", "PA"),
    ("Lake Orrin", "CA"),
    ("Dunmore Park", "NJ"),
    ("Kingsford Hollow", "NC"),
]
CITIES_MX = [
    "San Nicolás del Roble, N.L.",
    "Villa de Tepame, Jal.",
    "Santa Lucía del Valle, Son.",
    "Ciudad Arrayán, Chih.",
    "Puerto Salinar, B.C.",
]
AREA_CODES = ["312", "773", "202", "213", "415", "617", "303", "512", "702", "956", "305", "206"]
CARS = [
    "gray Honda Civic",
    "white F-150",
    "black Tahoe",
    "silver Camry",
    "red Jeep Wrangler",
    "blue Subaru Outback",
    "green Kia Soul",
    "maroon Nissan Altima",
    "white Tesla Model 3",
    "tan Dodge Ram",
]
CARS_ES = [
    "Tsuru blanco",
    "camioneta Lobo negra",
    "Jetta gris",
    "Sentra rojo",
    "Explorer vino",
    "Aveo azul",
    "Tacoma plateada",
]
SCHOOLS = [
    "Larkspur Elementary",
    "Hollowmere Middle School",
    "Quillfeather Academy",
    "St. Odile's Catholic School",
    "Brambleton High",
    "Fernway Montessori",
    "Cinderbrook K-8",
    "Redfern Prep",
]
SCHOOLS_ES = [
    "la Primaria Los Fresnos",
    "la Secundaria Técnica 114",
    "el Colegio Ameyal",
    "el kínder Pasitos del Nogal",
    "la Prepa Jacarandas",
]
WORKPLACES = [
    "the Shopwell on Grackle St",
    "Dr. Lindqvist's dental office on Mossbank Ave",
    "the Fairview Public Library",
    "the Cedar Bluff Costco",
    "Harmon & Reedy Insurance",
    "the Kestrel Point Starbucks",
    "St. Brigid Medical Center",
    "the Amberdell Post Office",
    "Pinecomb Auto Body",
    "Marrowfield Elementary cafeteria",
]
WORKPLACES_ES = [
    "la tortillería de la Av. Huizachal",
    "el Soriana de Las Palmas",
    "la maquiladora Ensambles del Norte",
    "el consultorio de la Calle Nogal Prieto",
    "la taquería El Güero Feliz",
]
HOSPITALS = [
    "St. Brigid Medical Center",
    "Harlow Springs General",
    "Mercy Linden Hospital",
    "Riverbend Community Clinic",
]
BUSINESSES = [
    "Rosa's Bakery",
    "Quillfeather Hardware",
    "Blue Kettle Diner",
    "Fairbairn Plumbing",
    "Nakamura Dental",
    "Otter Gate Yoga",
    "Castellano & Sons Tires",
    "Thornbury Books",
]
BUSINESSES_ES = [
    "Panadería La Espiga",
    "Taller Mecánico Hermanos Ochoa",
    "Estética Nayeli",
    "Tacos Don Memo",
    "Ferretería El Tornillo Feliz",
]
MONTHS = [
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
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WHEN_EN = [
    "tonight",
    "tomorrow",
    "this weekend",
    "Friday night",
    "after the hearing",
    "when the shift ends",
    "before the trial",
    "on Monday",
    "soon",
    "next week",
]
WHEN_ES = [
    "esta noche",
    "mañana",
    "el fin de semana",
    "el viernes",
    "saliendo de la audiencia",
    "antes del juicio",
    "cualquier día de estos",
    "la otra semana",
]
EMOJI = ["😂", "💀", "🔥", "🙏", "😤", "😡", "👀", "💯", "🤷", "😭", "🫠", "👍", "🤡", "😈", "⚠️"]

# Targets: identifiable people across every group the policy names (target-neutral).
TARGET_EN = [
    "Officer {last}",
    "Sgt. {last}",
    "Deputy {first} {last}",
    "Detective {last}",
    "the cop who pulled me over on {street}",
    "ICE agent {first} {last}",
    "that ICE officer {last}",
    "Agent {last} from the field office",
    "Judge {last}",
    "Judge {first} {last}",
    "prosecutor {first} {last}",
    "ADA {last}",
    "the witness in the {last} case",
    "{first} {last}, the witness",
    "the reporter {first} {last}",
    "that journalist {last}",
    "{first} {last}, the immigrant who runs the taqueria on {street}",
    "the activist {first} {last}",
    "the organizer {first} {last}",
    "nurse {first} {last}",
    "the nurse who reported me at {hospital}",
    "Ms. {last}, my kid's teacher",
    "Mr. {last} the math teacher",
    "my ex {first}",
    "my ex-wife {first}",
    "my ex-boyfriend {first}",
    "my neighbor {first} {last}",
    "the neighbor in 3B",
    "my landlord {first} {last}",
    "our landlord Mr. {last}",
    "the streamer {handle}",
    "{handle}",
    "{first} {last}",
    "{first} from accounting",
    "Councilmember {last}",
    "Dr. {last}",
    "Pastor {last}",
]
COP_EN = [
    "Officer {last}",
    "Sgt. {last}",
    "Deputy {first} {last}",
    "Detective {last}",
    "Trooper {last}",
    "the cop who pulled me over on {street}",
    "Officer {first} {last} from the 14th district",
]
AGENT_EN = [
    "ICE agent {first} {last}",
    "that ICE officer {last}",
    "Agent {last} from the field office",
    "Border Patrol agent {last}",
    "the ICE agent who knocked on {street} last week",
]
JOURNALIST_EN = [
    "the reporter {first} {last}",
    "that journalist {last}",
    "{first} {last} from the Courier",
    "the columnist {first} {last}",
    "the streamer {handle}",
]
LANDLORD_EN = [
    "my landlord {first} {last}",
    "our landlord Mr. {last}",
    "the property manager {first}",
    "my neighbor {first} {last}",
    "the HOA president {first} {last}",
]
CARER_EN = [
    "nurse {first} {last}",
    "the nurse who reported me at {hospital}",
    "Ms. {last}, my kid's teacher",
    "Mr. {last} the math teacher",
    "the school counselor {first} {last}",
    "Dr. {last}",
]
TARGET_POSS_EN = [
    "Officer {last}'s",
    "Judge {last}'s",
    "{first}'s",
    "my ex's",
    "the reporter's",
    "the witness's",
    "that ICE agent's",
    "my neighbor's",
    "{handle}'s",
    "my landlord's",
    "prosecutor {last}'s",
    "the activist {first} {last}'s",
    "Ms. {last}'s",
    "Deputy {last}'s",
    "nurse {first}'s",
]
TARGET_ES = [
    "el oficial {last}",
    "el comandante {last}",
    "el agente de la migra {first_m} {last}",
    "la agente de ICE {last}",
    "el juez {last}",
    "la jueza {first_f} {last}",
    "el fiscal {last}",
    "el testigo del caso {last}",
    "la periodista {first_f} {last}",
    "el reportero {first_m} {last}",
    "la familia de inmigrantes de {street}",
    "la activista {first_f} {last}",
    "la enfermera {first_f}",
    "la maestra {first_f} {last}",
    "mi ex {first}",
    "el vecino {first_m}",
    "el casero {last}",
    "el streamer {handle}",
    "{first} {last}",
    "el policía de la esquina",
    "el licenciado {last}",
    "la doctora {last}",
]
GROUP_EN = [
    "cops at the 14th precinct",
    "migrants at the shelter on {street}",
    "reporters at the Courier office",
    "nurses at {hospital}",
    "ICE agents at the {city} field office",
    "teachers at {school}",
    "Muslims at the mosque on {street}",
    "people at the Pride center on {street}",
    "volunteers at the refugee office on {street}",
    "deputies at the {city} substation",
]
GROUP_ES = [
    "los polis de la delegación",
    "los migrantes del albergue de {street}",
    "los de la migra de la oficina de {city}",
    "los reporteros del Diario del Valle",
    "las enfermeras del Hospital San Judas",
    "los maestros de {school}",
]
REL_EN = [
    "husband",
    "wife",
    "business partner",
    "ex-husband",
    "stepfather",
    "boss",
    "brother-in-law",
]

# Harm acts with X for the target (inf, 3rd-person singular, past participle).
ACTS_EN = [
    ("kill X", "kills X"),
    ("put X in the ground", "puts X in the ground"),
    ("take X out", "takes X out"),
    ("break X's legs", "breaks X's legs"),
    ("shoot X", "shoots X"),
    ("make X disappear", "makes X disappear"),
    ("cave X's head in", "caves X's head in"),
    ("stab X", "stabs X"),
    ("put X in a wheelchair", "puts X in a wheelchair"),
    ("smoke X", "smokes X"),
    ("whack X", "whacks X"),
    ("send X to the hospital", "sends X to the hospital"),
    ("end X", "ends X"),
    ("put a bullet in X", "puts a bullet in X"),
    ("burn X's house down", "burns X's house down"),
    ("snatch X off the street", "snatches X off the street"),
    ("drop X", "drops X"),
    ("beat X half to death", "beats X half to death"),
]
# Spanish: subjunctive after "al que ..." and infinitive.
ACTS_ES = [
    ("matar a X", "mate a X"),
    ("darle piso a X", "le dé piso a X"),
    ("quebrar a X", "quiebre a X"),
    ("levantar a X", "levante a X"),
    ("romperle las piernas a X", "le rompa las piernas a X"),
    ("desaparecer a X", "desaparezca a X"),
    ("meterle un plomazo a X", "le meta un plomazo a X"),
    ("echarse a X", "se eche a X"),
    ("quemarle la casa a X", "le queme la casa a X"),
    ("madrearse a X", "se madree a X"),
    ("mandar al hospital a X", "mande al hospital a X"),
]

NUMBER_WORDS = {
    500: "five hundred",
    1000: "a thousand",
    2000: "two thousand",
    5000: "five grand",
    10000: "ten grand",
    20000: "twenty grand",
    25000: "twenty-five grand",
    50000: "fifty grand",
    100000: "a hundred grand",
}


def _money(rng: Random) -> str:
    """A payment in one of many registers, including coded slang and crypto/P2P apps."""
    k = rng.choice([1, 2, 2.5, 5, 10, 10, 15, 20, 25, 25, 50, 50, 75, 100])
    ks = f"{k:g}"
    n = int(k * 1000)
    forms = [
        f"${n:,}",
        f"${ks}k",
        f"{ks}k",
        f"{ks}K",
        f"${ks}K cash",
        f"{ks} bands",
        f"{ks} bandz",
        f"{ks} racks",
        f"{ks} large",
        f"${n:,} cash",
        f"{ks} stacks",
        "a stack",
        "a couple stacks",
        f"${n:,} in BTC",
        f"{rng.choice(['0.1', '0.25', '0.5', '1', '2'])} BTC",
        f"{rng.choice(['1', '3', '5', '10'])} ETH",
        f"${ks}k on CashApp",
        f"${n:,} via Zelle",
        f"{ks} racks on Venmo",
        f"${ks}k in USDT",
        f"a {ks} piece",
        f"{ks} stacks in an envelope",
    ]
    if n in NUMBER_WORDS:
        forms.append(NUMBER_WORDS[n])
    return rng.choice(forms)


def _money_formal(rng: Random) -> str:
    n = rng.choice([2500, 5000, 10000, 15000, 20000, 25000, 30000, 50000, 75000, 100000, 250000])
    return rng.choice([f"${n:,}", f"${n:,} in cash", f"${n:,} in bitcoin", f"${n // 1000},000"])


def _money_es(rng: Random) -> str:
    k = rng.choice([5, 10, 20, 30, 50, 50, 100, 200, 500])
    return rng.choice(
        [
            f"{k} mil varos",
            f"{k} mil baros",
            f"{k} mil pesos",
            f"{k} mil de feria",
            f"{k} mil dólares",
            f"${k},000 dlls",
            f"${k},000 pesos",
            "una buena feria",
            "buena lana",
            "una lana bien buena",
            f"{k} mil de lana",
            f"{k} mil por Zelle",
            "medio BTC",
            f"{k} mil en efectivo",
            f"{k} mil varitos",
            f"{k} mil verdes",
        ]
    )


def _money_es_formal(rng: Random) -> str:
    k = rng.choice([50, 100, 200, 300, 500, 1000])
    return rng.choice([f"{k} mil pesos", f"${k * 1000:,} pesos", f"{k} mil dólares"])


def _price_list_en(rng: Random) -> str:
    a = rng.choice([1, 2, 5, 10])
    b = a * rng.choice([2, 3, 5])
    c = b * rng.choice([2, 3, 4])
    unit = rng.choice(["k", " bands", " racks", "K", " large", "000"])

    def fmt(v: int) -> str:
        return f"${v},000" if unit == "000" else f"{v}{unit}"

    kind = rng.randrange(7)
    if kind == 0:
        return f"cop {fmt(a)}, sergeant {fmt(b)}, captain {fmt(c)}"
    if kind == 1:
        return f"ICE agent {fmt(a)}, supervisor {fmt(b)}, field office director {fmt(c)}"
    if kind == 2:
        return f"broken arm {fmt(a)}, hospital {fmt(b)}, dead {fmt(c)}"
    if kind == 3:
        return f"witness {fmt(a)}, detective {fmt(b)}, prosecutor {fmt(c)}"
    if kind == 4:
        return f"slap {fmt(a)}, stab {fmt(b)}, body {fmt(c)}"
    if kind == 5:
        return f"reporter {fmt(a)}, editor {fmt(b)}, the owner {fmt(c)}"
    return f"deputy {fmt(a)}, judge {fmt(b)}, DA {fmt(c)}"


def _price_list_es(rng: Random) -> str:
    a = rng.choice([5, 10, 20])
    b = a * rng.choice([2, 3])
    c = b * rng.choice([2, 5])
    u = rng.choice([" mil varos", " mil", " mil pesos", " mil de feria"])
    kind = rng.randrange(4)
    if kind == 0:
        return f"policía {a}{u}, comandante {b}{u}, jefe {c}{u}"
    if kind == 1:
        return f"golpiza {a}{u}, levantón {b}{u}, piso {c}{u}"
    if kind == 2:
        return f"testigo {a}{u}, fiscal {b}{u}, juez {c}{u}"
    return f"agente de la migra {a}{u}, supervisor {b}{u}, el jefe {c}{u}"


def _price_list_benign(rng: Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"low ${rng.choice([100, 250])}, medium ${rng.choice([500, 1000]):,}, high ${rng.choice([2500, 5000]):,}, critical ${rng.choice([10000, 20000]):,}"
    if kind == 1:
        return f"minion {rng.choice([50, 100])} gold, elite {rng.choice([500, 800])} gold, boss {rng.choice([5, 10])}k gold"
    if kind == 2:
        return f"headshots ${rng.choice([150, 200])}, half day ${rng.choice([600, 800])}, full wedding shoot ${rng.choice([2, 3])}k"
    if kind == 3:
        return f"bathroom ${rng.choice([60, 80])}, kitchen ${rng.choice([120, 150])}, whole house ${rng.choice([300, 400])}"
    if kind == 4:
        return f"bronze tier {rng.choice([5, 10])} bucks, silver {rng.choice([20, 25])}, gold {rng.choice([50, 100])}"
    return f"lawn ${rng.choice([30, 40])}, hedges ${rng.choice([50, 60])}, tree removal ${rng.choice([500, 900])}"


def _address(rng: Random) -> str:
    city, st = rng.choice(CITIES_US)
    apt = rng.choice(
        [
            "",
            "",
            f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
            f", Unit {rng.randint(100, 420)}",
            f" #{rng.randint(2, 30)}",
        ]
    )
    return f"{rng.randint(100, 9899)} {rng.choice(STREETS)}{apt}, {city}, {st} {rng.randint(10, 98)}0{rng.randint(0, 9)}{rng.randint(0, 9)}"


def _address_short(rng: Random) -> str:
    return f"{rng.randint(100, 9899)} {rng.choice(STREETS)}"


def _address_es(rng: Random) -> str:
    if rng.random() < 0.35:
        return _address(rng)
    num = rng.randint(10, 2999)
    interior = rng.choice(["", "", f" int. {rng.randint(1, 12)}", f", depto {rng.randint(1, 8)}"])
    return (
        f"{rng.choice(STREETS_ES)} {num}{interior}, {rng.choice(COLONIAS)}, {rng.choice(CITIES_MX)}"
    )


def _phone(rng: Random) -> str:
    ac = rng.choice(AREA_CODES)
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        [
            f"({ac}) 555-{line}",
            f"{ac}-555-{line}",
            f"+1 {ac} 555 {line}",
            f"{ac}.555.{line}",
            f"555-{line}",
            f"1{ac}555{line}",
        ]
    )


def _email(rng: Random, first: str, last: str) -> str:
    f = _ascii(first).lower()
    ln = _ascii(last).lower().replace("-", "")
    local = rng.choice(
        [
            f"{f}.{ln}",
            f"{f}{ln[0]}{rng.randint(70, 99)}",
            f"{f[0]}{ln}",
            f"{f}_{ln}{rng.randint(1, 9)}",
            f"{ln}.{f}",
            f"real{f}{rng.randint(1, 99)}",
        ]
    )
    return f"{local}@{rng.choice(['example.com', 'example.org', 'example.net'])}"


def _ascii(s: str) -> str:
    return (
        s.replace("á", "a")
        .replace("é", "e")
        .replace("í", "i")
        .replace("ó", "o")
        .replace("ú", "u")
        .replace("ñ", "n")
        .replace("ü", "u")
        .replace("Ó", "O")
        .replace("É", "E")
    )


def _plate(rng: Random) -> str:
    L = string.ascii_uppercase
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100, 999)}",
            f"{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(1000, 9999)}",
            f"{''.join(rng.choice(L) for _ in range(3))} {rng.randint(100, 999)}",
            f"{''.join(rng.choice(L) for _ in range(2))}{rng.randint(10, 99)}{''.join(rng.choice(L) for _ in range(2))}",
        ]
    )


def _ssn(rng: Random) -> str:
    # 9xx and 000 area numbers are never issued: every SSN here is invalid by construction.
    area = rng.choice([f"9{rng.randint(0, 99):02d}", "000"])
    return f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def _time(rng: Random) -> str:
    return rng.choice(
        ["7", "6:45", "7:15", "5:30 am", "8", "6 am", "11 pm", "10:30", "4:15", "midnight"]
    )


def _time_es(rng: Random) -> str:
    return rng.choice(
        ["las 7", "las 6:45", "las 5 de la mañana", "las 8", "las 11 de la noche", "las 10 y media"]
    )


def _gate(rng: Random) -> str:
    return rng.choice(
        [
            f"#{rng.randint(1000, 9999)}",
            f"{rng.randint(1000, 9999)}*",
            f"{rng.randint(100, 999)}#",
            f"{rng.randint(1000, 9999)}",
        ]
    )


def _public_activity(rng: Random, c: Ctx) -> str:
    return rng.choice(
        [
            "ICE agents at 18th and Blue Island right now",
            f"checkpoint on Route {rng.randint(2, 99)}",
            f"cops outside the Walmart on {rng.choice(['5th', 'Grackle St', 'Main'])}",
            f"two unmarked ICE vans parked at {c['street']} and 26th",
            f"sheriff's deputies doing a sweep by the {c['street']} laundromat",
            f"federal agents staging at the Shopwell lot on {c['street']}",
        ]
    )


# ---------------------------------------------------------------------------
# Slot context
# ---------------------------------------------------------------------------


class Ctx(dict[str, str]):
    """Lazily filled slot values for one row; a slot used twice gets one value."""

    def __init__(self, rng: Random, lang: str) -> None:
        super().__init__()
        self.rng = rng
        self.lang = lang

    def __missing__(self, key: str) -> str:
        fn = SLOTS_ES.get(key) if self.lang == "es" else None
        fn = fn or SLOTS.get(key)
        if fn is None:
            raise KeyError(f"unknown slot {key!r}")
        val = fn(self.rng, self)
        self[key] = val
        return val

    def fill(self, tmpl: str) -> str:
        return tmpl.format_map(self)


def _fill_sub(pool: list[str]) -> Callable[[Random, Ctx], str]:
    def f(rng: Random, c: Ctx) -> str:
        return c.fill(rng.choice(pool))

    return f


def _act(
    form: int, pool: list[tuple[str, str]], target_key: str = "target"
) -> Callable[[Random, Ctx], str]:
    def f(rng: Random, c: Ctx) -> str:
        act = rng.choice(pool)[form]
        tgt = c[target_key]
        if "X's" in act:
            # "break X's legs" reads badly with long targets; fall back to a name.
            tgt_p = c["first"] + "'s" if len(tgt.split()) > 3 else tgt + "'s"
            return act.replace("X's", tgt_p)
        return act.replace("X", tgt)

    return f


SLOTS: dict[str, Callable[[Random, Ctx], str]] = {
    "first": lambda r, c: r.choice(FIRST_EN),
    "first2": lambda r, c: r.choice([x for x in FIRST_EN if x != c["first"]]),
    "last": lambda r, c: r.choice(LAST_EN),
    "last2": lambda r, c: r.choice([x for x in LAST_EN if x != c["last"]]),
    "name": lambda r, c: f"{c['first']} {c['last']}",
    "handle": lambda r, c: r.choice(HANDLES),
    "street": lambda r, c: r.choice(STREETS),
    "city": lambda r, c: r.choice(CITIES_US)[0],
    "hospital": lambda r, c: r.choice(HOSPITALS),
    "school": lambda r, c: r.choice(SCHOOLS),
    "workplace": lambda r, c: r.choice(WORKPLACES),
    "biz": lambda r, c: r.choice(BUSINESSES),
    "car": lambda r, c: r.choice(CARS),
    "rel": lambda r, c: r.choice(REL_EN),
    "month": lambda r, c: r.choice(MONTHS),
    "day": lambda r, c: r.choice(DAYS),
    "when": lambda r, c: r.choice(WHEN_EN),
    "time": lambda r, c: _time(r),
    "target": _fill_sub(TARGET_EN),
    "target_poss": _fill_sub(TARGET_POSS_EN),
    "cop": _fill_sub(COP_EN),
    "agent": _fill_sub(AGENT_EN),
    "cop_or_agent": _fill_sub(COP_EN + AGENT_EN),
    "journalist": _fill_sub(JOURNALIST_EN),
    "landlord": _fill_sub(LANDLORD_EN),
    "carer": _fill_sub(CARER_EN),
    "group": _fill_sub(GROUP_EN),
    "act": _act(0, ACTS_EN),
    "act_3s": _act(1, ACTS_EN),
    "amount": lambda r, c: _money(r),
    "amount2": lambda r, c: _money(r),
    "amount_formal": lambda r, c: _money_formal(r),
    "reward": lambda r, c: r.choice(
        [
            "$1,000",
            "$2,500",
            "$5,000",
            "$10,000",
            "$25,000",
            "$50,000",
            "$100,000",
            "up to $1,000",
            "$5K",
        ]
    ),
    "price_list": lambda r, c: _price_list_en(r),
    "price_list_benign": lambda r, c: _price_list_benign(r),
    "bug_prices": lambda r, c: (
        f"low ${r.choice([100, 250])}, medium ${r.choice([500, 1000]):,}, high ${r.choice([2500, 5000]):,}, critical ${r.choice([10000, 20000, 50000]):,}"
    ),
    "coin": lambda r, c: r.choice(["BTC", "ETH", "Monero", "USDT", "bitcoin"]),
    "app": lambda r, c: r.choice(["CashApp", "Venmo", "Zelle", "PayPal", "Apple Pay"]),
    "address": lambda r, c: _address(r),
    "address2": lambda r, c: _address(r),
    "address_short": lambda r, c: _address_short(r),
    "phone": lambda r, c: _phone(r),
    "phone2": lambda r, c: _phone(r),
    "email": lambda r, c: _email(r, c["first"], c["last"]),
    "email_biz": lambda r, c: (
        r.choice(["info", "support", "orders", "hello", "bookings"])
        + "@"
        + r.choice(["example.com", "example.org", "example.net"])
    ),
    "email_office": lambda r, c: (
        r.choice(["constituent.services", "district.office", "press", "scheduling"])
        + "@"
        + r.choice(["example.org", "example.com", "example.net"])
    ),
    "plate": lambda r, c: _plate(r),
    "ssn": lambda r, c: _ssn(r),
    "dob": lambda r, c: f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1958, 2004)}",
    "dl": lambda r, c: (
        f"{r.choice('ABDFGKLMPRSTW')}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    ),
    "gate": lambda r, c: _gate(r),
    "unit": lambda r, c: f"{r.randint(1, 24)}{r.choice('ABCDEF')}",
    "zip": lambda r, c: f"{r.randint(10, 98)}0{r.randint(10, 99)}",
    "num": lambda r, c: str(r.randint(2, 40)),
    "emoji": lambda r, c: r.choice(EMOJI),
    "public_activity": _public_activity,
    "ordinal": lambda r, c: r.choice(["4th", "5th", "2nd", "3rd", "6th"]),
}

SLOTS_ES: dict[str, Callable[[Random, Ctx], str]] = {
    "first": lambda r, c: r.choice(FIRST_ES),
    "first_f": lambda r, c: r.choice(FIRST_ES_F),
    "first_m": lambda r, c: r.choice(FIRST_ES_M),
    "first2": lambda r, c: r.choice([x for x in FIRST_ES if x != c["first"]]),
    "last": lambda r, c: r.choice(LAST_ES),
    "last2": lambda r, c: r.choice([x for x in LAST_ES if x != c["last"]]),
    "street": lambda r, c: r.choice(STREETS_ES),
    "city": lambda r, c: r.choice(CITIES_MX).split(",")[0],
    "school": lambda r, c: r.choice(SCHOOLS_ES),
    "workplace": lambda r, c: r.choice(WORKPLACES_ES),
    "biz": lambda r, c: r.choice(BUSINESSES_ES),
    "car": lambda r, c: r.choice(CARS_ES),
    "when": lambda r, c: r.choice(WHEN_ES),
    "day": lambda r, c: r.choice(DIAS),
    "time": lambda r, c: _time_es(r),
    "target": _fill_sub(TARGET_ES),
    "group": _fill_sub(GROUP_ES),
    "act": _act(0, ACTS_ES),
    "act_3s": _act(1, ACTS_ES),
    "amount": lambda r, c: _money_es(r),
    "amount2": lambda r, c: _money_es(r),
    "amount_formal": lambda r, c: _money_es_formal(r),
    "price_list": lambda r, c: _price_list_es(r),
    "address": lambda r, c: _address_es(r),
    "address2": lambda r, c: _address_es(r),
    "address_short": lambda r, c: f"{r.choice(STREETS_ES)} {r.randint(10, 2999)}",
    "public_activity": lambda r, c: r.choice(
        [
            "la migra está en la 26 y Kedzie ahorita",
            f"retén en la salida a {r.choice(['Monterrey', 'Saltillo', 'Reynosa'])}",
            "hay patrullas afuera del Walmart de la 5",
            f"agentes de ICE en el estacionamiento del Shopwell de {r.choice(STREETS)}",
            "la placa anda parando carros en la Av. Huizachal",
            "revisión de la Guardia Nacional en el puente",
        ]
    ),
}

# ---------------------------------------------------------------------------
# Register variation and obfuscation (applied identically to every family)
# ---------------------------------------------------------------------------

PREFIX_EN = [
    "ok so ",
    "ngl ",
    "fr ",
    "listen. ",
    "honestly ",
    "yo ",
    "PSA: ",
    "long story short, ",
    "been thinking about this all week and ",
    "not gonna lie, ",
    "update: ",
    "so um ",
]
SUFFIX_EN = [" fr", " smh", " tbh", " lol", "!!", "...", " idc", " period.", " 🤷", " just saying"]
PREFIX_ES = [
    "oigan ",
    "la neta ",
    "bueno pues ",
    "a ver, ",
    "ya ni modo, ",
    "aviso: ",
    "wey ",
    "no manches, ",
]
SUFFIX_ES = [" jaja", " neta", " wey", " y ya", "!!", "...", " así nomás", " 🤷"]

HARM_WORDS = [
    "kill",
    "killed",
    "killing",
    "murder",
    "shoot",
    "shot",
    "dead",
    "bullet",
    "stab",
    "bounty",
    "hurt",
    "burned",
    "burn",
    "mata",
    "murdered",
    "whack",
    "smoke",
    "body",
    "matar",
    "mate",
    "muerto",
    "piso",
    "quebrar",
    "mataría",
    "muero",
    "matando",
    "quiebre",
    "plomazo",
    "levantar",
    "headshot",
    "die",
    "contract",
]
HOMO = {"i": "\u0456", "a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}
HOMO.update(
    {"I": "\u0406", "A": "\u0410", "O": "\u041e", "E": "\u0415", "C": "\u0421", "P": "\u0420"}
)
LEET = {
    "i": "1",
    "e": "3",
    "a": "4",
    "o": "0",
    "s": "$",
    "l": "1",
    "I": "1",
    "E": "3",
    "A": "4",
    "O": "0",
    "S": "$",
    "L": "1",
}
ZW = "\u200b"


def obfuscate_word(w: str, rng: Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # leetspeak, at least one letter changed
        out = "".join(LEET.get(ch, ch) if rng.random() < 0.7 else ch for ch in w)
        return out if out != w else "".join(LEET.get(ch, ch) for ch in w)
    if kind == 1:  # spaced letters
        return " ".join(w)
    if kind == 2:  # Cyrillic homoglyphs
        out = "".join(HOMO.get(ch, ch) for ch in w)
        return out if out != w else w[0] + ZW + w[1:]
    if kind == 3:  # zero-width space inside the word
        pos = rng.randint(1, max(1, len(w) - 1))
        return w[:pos] + ZW + w[pos:]
    return ".".join(w)  # dotted: d.e.a.d


_HARM_RE = re.compile(
    r"\b(" + "|".join(sorted(HARM_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def obfuscate(text: str, rng: Random, force: bool) -> tuple[str, bool]:
    """Obfuscate one or more harm words; returns (text, changed)."""
    hits = list(_HARM_RE.finditer(text))
    if not hits:
        return text, False
    chosen = hits if (force and rng.random() < 0.4) else [rng.choice(hits)]
    out, last = [], 0
    for m in chosen:
        out.append(text[last : m.start()])
        out.append(obfuscate_word(m.group(0), rng))
        last = m.end()
    out.append(text[last:])
    return "".join(out), True


def _typo(text: str, rng: Random) -> str:
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if w.isalpha() and len(w) > 4]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    j = rng.randint(1, len(w) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif kind == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def style(text: str, rng: Random, lang: str) -> str:
    """Register variation, drawn identically for positives and negatives."""
    r = rng.random()
    if r < 0.10:
        text = text.lower()
    elif r < 0.14:
        text = text.upper()
    if rng.random() < 0.10:
        text = text.rstrip(".!")
    if rng.random() < 0.10:
        text = _typo(text, rng)
    if rng.random() < 0.10:
        pre = PREFIX_ES if lang == "es" else PREFIX_EN
        p = rng.choice(pre)
        text = p + (
            text[0].lower() + text[1:] if text[:2].istitle() and not text.startswith("I ") else text
        )
    elif rng.random() < 0.10:
        text = text + rng.choice(SUFFIX_ES if lang == "es" else SUFFIX_EN)
    if rng.random() < 0.10:
        text = text + " " + rng.choice(EMOJI)
    return text


def _es_fix(text: str) -> str:
    text = re.sub(r"\ba el\b", "al", text)
    text = re.sub(r"\bde el\b", "del", text)
    text = re.sub(r"\bA el\b", "Al", text)
    text = re.sub(r"\bDe el\b", "Del", text)
    return text


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "¿¡\"'“(":
            return text
    return text


# ---------------------------------------------------------------------------
# Template groups
# ---------------------------------------------------------------------------

GROUPS: list[Rec] = []


def G(
    family: str,
    lang: str,
    labels: str,
    note: str,
    templates: list[str],
    n: int | None = None,
    paid: bool = False,
    obf: bool = False,
    pair: str | None = None,
) -> None:
    """Register one template group.

    labels: any of "T" (threat), "S" (solicitation), "D" (doxxing); "" for negatives.
    paid: solicitation with a payment or bounty (for the coverage count).
    obf: force an obfuscated spelling of a harm word in every row.
    pair: groups written as a contrastive pair (the same surface, opposite labels) share
    this id, and assign_splits puts them in the same split.
    """
    GROUPS.append(
        dict(
            family=family,
            lang=lang,
            labels=labels,
            note=note,
            templates=templates,
            n=n,
            paid=paid,
            obf=obf,
            pair=pair,
        )
    )


# ============================== THREAT ======================================
F = "threat.direct"
G(
    F,
    "en",
    "T",
    "author states intent to kill an identifiable person",
    [
        "I'm going to kill {target}.",
        "I am going to kill {target}, I swear to God.",
        "gonna kill {target} fr",
        "I will kill {target} {when}. Count on it.",
    ],
)
G(
    F,
    "en",
    "T",
    "author says the named person is dead next time they meet",
    [
        "{target} is dead the next time I see them.",
        "next time I see {target} they're dead",
        "The second I run into {target} it's over for them. I'm not playing.",
    ],
)
G(
    F,
    "en",
    "T",
    "author states intent to shoot a specific person at a time",
    [
        "I'm putting a bullet in {target} {when}.",
        "{when} I put one in {target}. Done talking.",
        "Gonna shoot {target} {when} and I don't care who sees.",
    ],
)
G(
    F,
    "en",
    "T",
    "author announces bringing a gun to hurt an identifiable person",
    [
        "Bringing my gun to {target_poss} place {when}. They won't walk out.",
        "Loaded up. Heading to see {target} {when} and only one of us is leaving.",
        "I've got a shell in the chamber with {target}'s name on it.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "direct death threat addressed to a named person",
    [
        "You're dead, {first}.",
        "ur dead {first}",
        "{first} you are a dead man walking.",
        "You're a dead woman, {first} {last}.",
        "Dead. That's what you are, {first}. Dead.",
    ],
)
G(
    F,
    "en",
    "T",
    "author states intent to beat an identifiable person badly",
    [
        "I'm going to beat {target} until they can't stand up.",
        "gonna stomp {target} out when i catch them, on everything",
        "When I find {target} I'm breaking every bone in their hand.",
    ],
)
G(
    F,
    "en",
    "T",
    "author threatens to kidnap an identifiable person",
    [
        "I'm going to snatch {target} and nobody is ever going to find them.",
        "One of these nights I'm taking {target} and they're not coming back.",
        "{target} gets in my trunk {when}. Mark my words.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "long rambling message ending in stated intent to kill",
    [
        "Been sitting on this for weeks and I'm done being patient. {target} thinks they can walk around like nothing happened, like my life didn't fall apart because of them. Courts did nothing. Cops did nothing. I'm loading up {when} and finishing it myself.",
        "I tried being nice. I tried the lawyers, the letters, the mediation, all of it. {target} laughed at me. So here's the deal, I'm done talking and {when} I'm going to kill them. Nobody talk me out of it.",
        "everyone keeps telling me to let it go but {target} took everything from me and i think about it every night. i bought the gun last week. {when} i'm going to use it on them and then it's finally over",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "author addresses a police officer with intent to shoot first",
    [
        "{cop}, I know your face. Next time you stop me I'm shooting first.",
        "Next traffic stop, {cop}, you won't get to your radio. I'll shoot you where you stand.",
        "tell {cop} i'm done running. next time they roll up i'm unloading on them",
    ],
)
G(
    F,
    "en",
    "T",
    "author threatens to stab a specific person",
    [
        "When I get out I'm going to stab {target}.",
        "I'm going to stick a knife in {target} and twist it.",
        "{target} is getting stabbed {when}. By me.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "author promises to harm a journalist or activist over their work",
    [
        "Keep writing, {first} {last}. I'm going to find you and break your hands so you never type again.",
        "{journalist}, I'm going to put you in the hospital for that article.",
        "I will personally hurt {target} for what they posted. That's a promise.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "threat against a witness or prosecutor by name, no condition",
    [
        "{first} {last} testified against my brother. I'm going to kill {first}.",
        "That rat {first} {last} is done. I'm making them pay with their life.",
        "ADA {last}, I'm going to end you. Enjoy your weekend.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "short texting-register threat to a named person",
    [
        "watch ur back {first}, im coming for u",
        "ur done {first} 🔪",
        "catch u outside {first}, ur getting stomped",
        "{first} u better pray i dont see u",
        "on my mama {first} im ending u",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "author frames a real threat as a joke; the stated intent stands",
    [
        "lol jk... unless? no fr I'm going to kill {target} {when}",
        "haha just kidding. Not really. {target} is getting shot {when}.",
        "I'm joking obviously 😂 but seriously {target} won't live to see {month}, I'll make sure",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "author threatens an ex-partner with death",
    [
        "If I can't have you nobody will, {first}. I'll kill you first.",
        "{first}, I'm going to strangle you with my own hands. You know I will.",
        "I'm coming for you {first}. You and that new boyfriend are both dead.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "threat to a streamer over their content",
    [
        "{handle} I swear I'm going to find you and cut you. Keep streaming.",
        "yo {handle} im pulling up to ur next meetup and beating ur face in",
        "{handle}, I'm going to shoot you on stream. You'll see.",
    ],
    n=12,
)
F = "threat.direct"
G(
    F,
    "es",
    "T",
    "el autor amenaza de muerte a una persona nombrada",
    [
        "Te voy a matar, {first}. No es broma.",
        "{first_m}, ya eres hombre muerto.",
        "ya estás muerto {first}, nomás espérate",
        "Te voy a matar {when}, {first} {last}.",
    ],
)
G(
    F,
    "es",
    "T",
    "el autor declara que va a darle piso a una persona identificable",
    [
        "A {target} le voy a dar piso {when}, ya está decidido.",
        "{target} no pasa de {when}. Yo mismo le doy piso.",
        "me voy a quebrar a {target}, ya me cansé de esperar",
    ],
)
G(
    F,
    "es",
    "T",
    "el autor amenaza con dispararle a una persona identificable",
    [
        "Le voy a meter un plomazo a {target} {when}.",
        "a {target} le toca plomo {when}, por mi madre",
        "Voy a balear a {target} en cuanto salga de su chamba.",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "el autor amenaza con levantar (secuestrar) a una persona",
    [
        "Voy a levantar a {target} y nadie va a saber nada.",
        "{when} levantamos a {target}, ya está todo listo",
        "{target} se va conmigo {when} y de ahí no regresa.",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "amenaza directa en registro de mensaje corto",
    [
        "cuídate la espalda {first}, te voy a encontrar y te voy a quebrar",
        "{first} ya te cargó el payaso",
        "te voy a partir tu madre {first}, ya verás",
        "{first} no sales vivo de esta",
        "te rompo la cara en cuanto te vea {first}",
    ],
    n=12,
)
G(
    F,
    "es",
    "T",
    "amenaza presentada como broma; la intención declarada cuenta",
    [
        "jajaja es broma... no, la neta {when} me echo a {target}",
        "es puro cotorreo 😂 pero {target} no llega a diciembre, yo me encargo",
    ],
    n=10,
)

F = "threat.conditional"
G(
    F,
    "en",
    "T",
    "harm made conditional on testifying",
    [
        "Testify against me and you won't make it home, {first}.",
        "You take the stand Monday, {first}, and you're going home in a box.",
        "Go to court and say one word, {first} {last}. See if you walk out.",
    ],
)
G(
    F,
    "en",
    "T",
    "harm conditional on the target showing up to court",
    [
        "If {target} shows up to court Monday, they're not leaving the parking lot alive.",
        "{target} sets foot in that courthouse and I swear they get shot on the steps.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "harm conditional on a journalist continuing to report",
    [
        "Keep writing about my family, {first}, and you'll end up in the river.",
        "One more story about us, {first} {last}, and I burn your house down with you in it.",
        "Publish that piece and you're dead, {first}. Your choice.",
    ],
)
G(
    F,
    "en",
    "T",
    "harm conditional on a police officer's conduct",
    [
        "One more ticket, {cop}, and I'm putting you in the hospital.",
        "Come on my block again, {cop_or_agent}, and you leave in a bag.",
        "If {cop} pulls me over one more time I'm shooting. Simple as that.",
    ],
)
G(
    F,
    "en",
    "T",
    "harm conditional on a partner leaving",
    [
        "You leave me and I'll kill you, {first}. I mean it.",
        "If you take the kids, {first}, I'll find you and I'll kill you.",
        "walk out that door {first} and its the last thing u ever do",
    ],
)
G(
    F,
    "en",
    "T",
    "harm conditional on a landlord or neighbour's action",
    [
        "Raise my rent again, {landlord}, and I'll break your jaw.",
        "Call the cops on me one more time, {target}, and I'll burn you out of that house.",
        "If {landlord} tows my car again I'm putting them through the windshield.",
    ],
)
G(
    F,
    "en",
    "T",
    "harm conditional on ICE/federal agents returning",
    [
        "If {agent} comes back to our block they're not leaving in one piece.",
        "Let {agent} knock on one more door here. They won't knock again, I'll make sure.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "harm conditional on dropping charges",
    [
        "Drop the charges, {first}, or you'll be the one in a body bag.",
        "You've got till Friday to drop it, {first}. After that I stop being nice and start shooting.",
        "Withdraw the complaint, {target}, or I'll make you disappear.",
    ],
)
G(
    F,
    "en",
    "T",
    "conditional threat to a nurse or teacher over a report",
    [
        "File that report about me and I'll be waiting at your car, {carer}.",
        "You report my kid one more time, {carer}, and I'll hurt you so bad you can't work.",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "daño condicionado a declarar como testigo",
    [
        "Si declaras, no llegas a tu casa, {first}.",
        "Tú nomás declara {first} y vas a ver cómo te va, te quiebro.",
        "Si te subes al estrado el {day}, {first} {last}, sales en caja.",
    ],
)
G(
    F,
    "es",
    "T",
    "daño condicionado a seguir publicando",
    [
        "Si sigues publicando de mi familia te vas a aparecer en una zanja, {first}.",
        "Una nota más, {target}, y te levantamos.",
        "Publica eso y te mueres, {first}. Tú decides.",
    ],
)
G(
    F,
    "es",
    "T",
    "daño condicionado a que el agente regrese",
    [
        "Si {target} vuelve a la cuadra, no sale caminando.",
        "Que {target} se vuelva a parar por aquí y le damos piso.",
    ],
    n=12,
)
G(
    F,
    "es",
    "T",
    "daño condicionado a denunciar",
    [
        "Nomás denúnciame, {first}, y te quiebro.",
        "Si me demandas, {first}, te quemo la casa contigo adentro.",
    ],
    n=11,
)

F = "threat.surveillance"
G(
    F,
    "en",
    "T",
    "surveillance signalled to intimidate (leaving home at a time)",
    [
        "We see you leave your place at {time}, {first}. Every day.",
        "{time} every morning you walk out that door, {first}. We're always watching.",
        "You leave at {time}. You get back at 6. We see all of it, {first}.",
    ],
)
G(
    F,
    "en",
    "T",
    "mentions the target's car as veiled intimidation",
    [
        "Nice {car}, {first}. Be a shame if you didn't make it to work tomorrow.",
        "Still driving the {car}, {first}? We know where you park it. Think about that.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "says they know where the target lives and are watching",
    [
        "I know where you live, {target}. I've been watching.",
        "We know where you sleep, {target}. Sleep well.",
        "found out where you live {first}. been by twice already. next time I knock",
    ],
)
G(
    F,
    "en",
    "T",
    "surveillance of the target's children as intimidation",
    [
        "Saw you dropping your kids off this morning, {first}. Cute backpacks. Think about what you're doing.",
        "Your daughter has soccer on {day}s, right {first}? Would be a shame.",
        "we watched your kids get on the bus today {first}. drop the case",
    ],
)
G(
    F,
    "en",
    "T",
    "surveillance of a judge's movements as intimidation",
    [
        "We know which door you use at the courthouse, Judge {last}. We know when you leave.",
        "Judge {last}, you take the same road home every night. We've noticed. Rule carefully.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "author says they have been outside the target's home",
    [
        "been parked outside your building 3 nights straight {first}. you didn't even notice. next time i come inside",
        "I stood outside your window last night, {first}. You looked so peaceful. Won't last.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "knows the target's routine and implies an accident",
    [
        "Tell {first} we know the route they jog at 6am. Accidents happen.",
        "{target} takes the same train every day. Platforms are dangerous, just saying.",
        "You walk your dog alone at night, {first}. Bad idea. Very bad idea.",
    ],
)
G(
    F,
    "es",
    "T",
    "vigilancia comunicada para intimidar",
    [
        "Te vemos salir de tu casa a {time}, {first}. Todos los días.",
        "Ya sabemos dónde vives, {first}, y a qué hora llegas.",
        "Sales a {time} y regresas en la noche, {first}. Te estamos cuidando.",
    ],
)
G(
    F,
    "es",
    "T",
    "menciona el carro de la víctima como intimidación",
    [
        "Bonito {car}, {first}. Ya sabemos dónde lo estacionas.",
        "Ese {car} que manejas, {first}... ya lo tenemos bien ubicado. Piénsale.",
    ],
    n=11,
)
G(
    F,
    "es",
    "T",
    "vigilancia de los hijos como intimidación",
    [
        "Vimos a tus hijos salir de la escuela hoy, {first}. Retira la denuncia.",
        "Qué bonitos tus niños, {first}. Ya sabemos a qué hora salen.",
    ],
    n=11,
)

F = "threat.property"
G(
    F,
    "en",
    "T",
    "author intends to burn down an identifiable person's home",
    [
        "I'm going to burn {target_poss} house down.",
        "gonna torch {target_poss} house {when}",
        "{target_poss} place is going up in flames {when}. I already bought the gas.",
    ],
)
G(
    F,
    "en",
    "T",
    "author intends to destroy an identifiable person's car",
    [
        "Gonna torch {target_poss} car tonight.",
        "I'm going to blow up {target_poss} truck with them in it.",
        "{target_poss} car is getting every window smashed and then set on fire. {when}.",
    ],
)
G(
    F,
    "en",
    "T",
    "author intends to wreck an identifiable person's shop",
    [
        "{target_poss} shop is getting a brick through the window and then a match.",
        "We're going to smash up {target_poss} store till nothing's left standing.",
        "tell {first} their little restaurant won't survive the weekend. we're burning it",
    ],
)
G(
    F,
    "en",
    "T",
    "threat to destroy the home of a group member",
    [
        "Every house on {street} flying that flag is getting burned, starting with {first} {last}'s.",
        "I'm going to firebomb the house where {target} lives. They'll know it was me.",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "el autor amenaza con quemar la casa de una persona identificable",
    [
        "Le voy a quemar la casa a {target}.",
        "{when} le prendemos fuego al carro de {target}.",
        "La casa de {target} va a arder {when}, ya tengo la gasolina.",
    ],
)
G(
    F,
    "es",
    "T",
    "amenaza de destruir el negocio de una persona",
    [
        "El negocio de {first} {last} no pasa de esta semana, se lo vamos a quemar.",
        "A la tiendita de {first} le vamos a dar cuello {when}, que vaya sacando sus cosas.",
    ],
    n=11,
)

F = "threat.group"
G(
    F,
    "en",
    "T",
    "author threatens violence against an identifiable group at a place",
    [
        "Every one of those {group} is getting shot {when}.",
        "I'm going to shoot up the {group} {when}. Don't be there.",
        "Going to walk into the place where the {group} hang out with a rifle {when}.",
    ],
)
G(
    F,
    "en",
    "T",
    "author threatens to bomb an identifiable group's building",
    [
        "Bomb's going off where the {group} are, {when}. Not a drill.",
        "The {group} won't see it coming. I'm blowing the whole place up {when}.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "author threatens to run down an identifiable group",
    [
        "If the {group} march on {street} again I'm driving straight through them.",
        "Gonna run my truck through the {group} {when}, watch.",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "amenaza contra un grupo identificable",
    ["A {group} les vamos a dar piso {when}.", "Voy a balacear a {group} {when}, no se acerquen."],
    n=12,
)

F = "threat.obfuscated"
G(
    F,
    "en",
    "T",
    "threat with obfuscated harm word (leet/spaced/homoglyph/zero-width)",
    [
        "I'm going to kill {target}.",
        "you're dead {first}",
        "{target} gets a bullet {when}",
        "gonna shoot {target} on sight",
        "I will murder {target}, watch",
    ],
    obf=True,
    n=20,
)
G(
    F,
    "en",
    "T",
    "conditional threat with obfuscated harm word",
    [
        "testify and you're dead {first}",
        "keep talking {first} and I'll stab you",
        "show up to court and I kill you {first}",
    ],
    obf=True,
    n=16,
)
G(
    F,
    "en",
    "T",
    "property threat with obfuscated word",
    ["gonna burn {target_poss} house down {when}", "{target_poss} car gets burned {when}"],
    obf=True,
    n=12,
)
G(
    F,
    "es",
    "T",
    "amenaza con palabra ofuscada",
    [
        "te voy a matar {first}",
        "ya estás muerto {first}",
        "le voy a dar piso a {target}",
        "{target} se lleva un plomazo {when}",
    ],
    obf=True,
    n=16,
)

# ============================== SOLICITATION ================================
F = "sol.bounty"
G(
    F,
    "en",
    "S",
    "author offers money to whoever harms an identifiable person",
    [
        "{amount} to whoever {act_3s}.",
        "{amount} to anyone who {act_3s}. I'm serious.",
        "{amount} for whoever {act_3s}, paid same day",
    ],
    paid=True,
    n=22,
)
G(
    F,
    "en",
    "S",
    "author offers money to the first person who harms the target, with proof",
    [
        "I got {amount} for the first person who {act_3s}. Proof required.",
        "First one to {act} gets {amount}. Send pics.",
        "{amount} to the first person who {act_3s}, video or it didn't happen",
    ],
    paid=True,
    n=20,
)
G(
    F,
    "en",
    "S",
    "author announces a live bounty on a person",
    [
        "Bounty is live: {amount} for {target}. Dead, not hurt.",
        "There's {amount} on {target} now. Y'all know what that means.",
        "Open contract on {target}. {amount}. DM for details.",
    ],
    paid=True,
    n=20,
)
G(
    F,
    "en",
    "S",
    "no-questions-asked payment for harming a person",
    [
        "whoever {act_3s} gets {amount}, no questions asked",
        "No questions asked: {amount} if somebody will {act}.",
        "somebody {act} and {amount} is yours, nobody has to know",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "short coded bounty message",
    [
        "{amount} on {target}. u know what to do",
        "{amount} on {first}'s head 🎯",
        "{target}. {amount}. go.",
        "{amount} if {first} stops breathing",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "S",
    "author offers money to make a person disappear",
    [
        "Paying {amount} to whoever makes {target} disappear.",
        "{amount} and my eternal gratitude to anyone who makes {target} go away for good.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "crypto bounty for harming a person",
    [
        "Crypto bounty: {amount} to the wallet of whoever {act_3s}. Half up front.",
        "Sending {coin} to whoever {act_3s}. Amount: {amount}. Wallet in bio.",
        "{amount} in {coin}, untraceable, for anyone who will {act}.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "payment app offered for harming a person",
    [
        "If someone {act_3s} I'll send {amount} on {app} same day.",
        "{app} ready. Whoever {act_3s}, drop your handle and I pay.",
        "i'll {app} u {amount} if u {act}",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "price on the target raised",
    [
        "Price on {target} just went up to {amount}.",
        "Update: the bounty on {target} is now {amount}. Somebody get it done.",
        "Adding {amount2} to the pot for {target}. Total's getting big, who's doing it?",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "vague but real reward for harming a person",
    [
        "Whoever handles {target} for good, I'll make it worth your while.",
        "Make {target} disappear and I'll make it worth your while. Serious inquiries.",
        "Real money for whoever puts {target} down. I'm talking life-changing.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "bounty for attacking a group member",
    [
        "{amount} for every one of the {group} somebody puts in the hospital.",
        "Paying {amount} per head for the {group}. Proof in DMs.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "bounty on a witness to stop testimony",
    [
        "{amount} to whoever makes sure {first} {last} never testifies.",
        "The witness in the {last} case is worth {amount} to me if they don't make it to trial.",
        "{amount} to anybody who shuts {first} up before {month}. Permanently.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "goods offered instead of cash for harming a person",
    [
        "My truck and {amount} to whoever {act_3s}.",
        "I'll give my Rolex to whoever {act_3s}. Not joking.",
        "Free rent for a year to anybody who {act_3s}.",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "es",
    "S",
    "el autor ofrece dinero al que dañe a una persona identificable",
    [
        "Doy {amount} al que {act_3s}.",
        "{amount} para el que {act_3s}, pago al momento.",
        "Hay {amount} para el primero que {act_3s}.",
    ],
    paid=True,
    n=20,
)
G(
    F,
    "es",
    "S",
    "recompensa anunciada por una persona",
    [
        "Se paga {amount} por {target}. Ya saben cómo.",
        "{amount} por {target}, como sea pero que no se levante",
        "Anda suelta una feria por {target}: {amount}. Interesados al DM.",
    ],
    paid=True,
)
G(
    F,
    "es",
    "S",
    "pago por levantar o darle piso a una persona",
    [
        "{amount} por levantar a {target}, pago en efectivo.",
        "Ofrezco {amount} al primero que le dé piso a {target}. Con pruebas.",
        "el que se eche a {target} se lleva {amount}, palabra",
    ],
    paid=True,
)
G(
    F,
    "es",
    "S",
    "recompensa por impedir que un testigo declare",
    [
        "{amount} al que haga que {first} {last} no llegue a declarar.",
        "Pago {amount} para que el testigo del caso {last} no llegue al juicio.",
    ],
    paid=True,
    n=12,
)

F = "sol.price_list"
G(
    F,
    "en",
    "S",
    "price list per target rank",
    [
        "Prices: {price_list}. Paid on proof.",
        "Rates as of today: {price_list}. DM me.",
        "here's the list: {price_list}. cash or {coin}",
    ],
    paid=True,
    n=20,
)
G(
    F,
    "en",
    "S",
    "price list per act of violence on a specific person",
    [
        "For {target}: {price_list}. Send pics.",
        "{target} menu: {price_list}. Pick one and get paid.",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "S",
    "rate card posted for attacks, with camera bonus",
    [
        "New list dropped: {price_list}. Bonus {amount} if it's on camera.",
        "Bounty board updated. {price_list}. Double if it's in uniform.",
    ],
    paid=True,
    n=16,
)
G(
    F,
    "en",
    "S",
    "price list framed as a 'menu' with crypto payment",
    [
        "Menu 🍽️ {price_list} — {coin} only, proof first.",
        "📋 {price_list}. payout in {coin} within 24h",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "en",
    "S",
    "price list targeting officers in a city",
    [
        "{city} police: {price_list}. Spread it.",
        "Every cop in {city} has a price now: {price_list}.",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "es",
    "S",
    "lista de precios por rango o por acto",
    [
        "Precios: {price_list}. Se paga con pruebas.",
        "Así quedan: {price_list}. Pago en efectivo.",
        "lista nueva: {price_list}, mándenme foto",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "es",
    "S",
    "tabulador de pagos contra autoridades",
    ["En {city} ya hay tabulador: {price_list}.", "Para los que quieran jale: {price_list}."],
    paid=True,
    n=12,
)

F = "sol.murder_for_hire"
G(
    F,
    "en",
    "S",
    "author hires someone to kill a person, payment split",
    [
        "I need someone to kill {target}. {amount}, half now, half after.",
        "Need {target} dead. {amount}. Half up front, rest when it's done.",
        "Looking for someone to kill {target}. Paying {amount}.",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "S",
    "author seeks a professional to handle the target",
    [
        "Looking for a pro to handle {target}. Paying {amount}, serious inquiries only.",
        "Anyone know a guy who does permanent problems? {target}. Budget's {amount}.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "author offers to pay for killing a family member",
    [
        "I will pay you {amount} to kill my {rel}. Must look like an accident.",
        "How much to get my {rel} killed? I have {amount}. Has to look natural.",
        "need my {rel} gone, {amount}, make it look like a robbery",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "author seeks a shooter before a trial",
    [
        "who's got a shooter? need {target} gone before the trial. {amount} ready",
        "Need a shooter for {target} before {month}. Money's not an issue: {amount}.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "long message seeking a contract killer",
    [
        "Not gonna lie I've thought about this a lot. {target} ruined my life and the courts did nothing. I have {amount} saved. If you know someone who does this kind of work, put them in touch. I want it done before {month}.",
        "I'm not a violent person but I'm out of options. {target} has to go, and I can't do it myself. I can pay {amount}, cash, no trail. Message me if you're serious or know somebody who is.",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "en",
    "S",
    "hiring post for a killing, paid in crypto",
    [
        "Hiring: one job, {target}. {amount} in {coin}. No cops, no questions.",
        "Job posting lol: remove {target}. Pay: {amount}. Must be discreet.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "author asks who can do a job on a person",
    [
        "Can anyone here do a job on {target}? {amount} and I'll give you everything you need.",
        "DM me if you can make {target} go away permanently. Budget is {amount}.",
    ],
    paid=True,
)
G(
    F,
    "en",
    "S",
    "author offers unpaid favour for killing (no money)",
    [
        "Whoever kills {target} for me, I owe you for life. Anything you want.",
        "I need somebody to take care of {target}. Permanently. I'll owe you big.",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "el autor contrata a alguien para matar",
    [
        "Busco a alguien que se eche a {target}. Pago {amount}, mitad por adelantado.",
        "Necesito un sicario para {target}, tengo {amount}.",
        "¿Quién hace jales? Hay que darle piso a {target}. {amount}.",
    ],
    paid=True,
    n=16,
)
G(
    F,
    "es",
    "S",
    "pago por matar a un familiar",
    [
        "Te pago {amount} por matar a mi esposo. Que parezca accidente.",
        "¿Cuánto cobran por quebrar a mi socio? Tengo {amount}.",
    ],
    paid=True,
    n=11,
)
G(
    F,
    "es",
    "S",
    "pide un pistolero antes del juicio",
    [
        "Ocupo un gatillero para {target} antes del juicio, hay {amount}.",
        "Alguien que le entre al jale de {target}, pago {amount} en cuanto quede.",
    ],
    paid=True,
    n=11,
)

F = "sol.call_to_action"
G(
    F,
    "en",
    "S",
    "calls on others to shoot an identifiable person",
    [
        "Somebody needs to put a bullet in {target}.",
        "someone needs to shoot {target} already",
        "Can somebody please just put {target} down?",
    ],
    n=16,
)
G(
    F,
    "en",
    "S",
    "calls on others to go to a person's home and attack",
    [
        "Everyone go to {target_poss} house tonight and drag them out.",
        "Y'all know where {target} lives. Go pay them a visit {when}. Bring bats.",
        "Pull up to {target_poss} place {when}, all of you, and make them regret it.",
    ],
)
G(
    F,
    "en",
    "S",
    "calls on others to beat a person on sight",
    [
        "If anyone sees {target}, beat them on sight. Spread the word.",
        "See {target} in the street? Stomp them out. No mercy.",
        "all real ones: find {target} and break their legs",
    ],
)
G(
    F,
    "en",
    "S",
    "urges others to attack an identifiable group",
    [
        "Somebody should hit the {group} {when}. Bring bats and don't hold back.",
        "Go hurt the {group}. Every one of them you can reach.",
        "If you're in {city}, the {group} are right there. Go make them bleed.",
    ],
)
G(
    F,
    "en",
    "S",
    "calls for someone to run over a person",
    [
        "Someone should run {target} over, honestly. Any volunteers?",
        "If you see {target} crossing the street, floor it. Do the world a favor.",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "urges followers to lynch a person",
    [
        "Somebody string {target} up already.",
        "{target} deserves a rope. Any of you brave enough to do it?",
        "Whoever has the guts: {target}, a rope, a tree. Make it happen.",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "public-activity report turned into a call to attack (the call, not the report, is flagged)",
    [
        "{public_activity}. Go out there and hurt them.",
        "{public_activity} — everyone go now and smash their heads in.",
        "{public_activity}. bring bats, make them bleed",
    ],
    n=15,
)
G(
    F,
    "en",
    "S",
    "calls for others to attack a person at work",
    [
        "All of you show up at {target_poss} work Monday and make sure they don't leave standing.",
        "Everybody in {city}: {target} works downtown. Go put hands on them.",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "encourages readers to kill an identifiable person",
    [
        "Kill {target}. Seriously, someone do it.",
        "I hope one of you kills {target}. I mean that as an instruction.",
        "Which one of you is going to finally kill {target}? Time's up.",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "asks someone to hurt a person as a favour",
    [
        "Can somebody jump {target} for me? I'd owe you.",
        "Anyone free to go rough up {target} for me? I'll buy the beers.",
        "pls someone beat up {first} for me, i cant do it myself",
    ],
)
G(
    F,
    "es",
    "S",
    "llama a otros a darle piso a una persona",
    [
        "Alguien tiene que darle piso a {target}.",
        "¿Nadie le va a meter un plomazo a {target}? Ya es hora.",
        "Que alguien se eche a {target}, por favor.",
    ],
    n=14,
)
G(
    F,
    "es",
    "S",
    "pide a otros golpear a una persona si la ven",
    [
        "Raza, si ven a {target}, pártanle la madre.",
        "Si se topan a {target}, denle una madriza, compartan.",
        "Al que vea a {target}, que le rompa la cara.",
    ],
    n=14,
)
G(
    F,
    "es",
    "S",
    "convoca a ir a la casa de una persona a atacarla",
    [
        "Vayan todos a la casa de {target} esta noche a darle una madriza.",
        "Hay que levantar a {target}, ¿quién se apunta?",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "reporte de actividad pública convertido en llamado a atacar",
    [
        "{public_activity}. Vayan y pártanles la madre.",
        "{public_activity}, lleguen con palos y denles.",
    ],
    n=11,
)

F = "sol.locate"
G(
    F,
    "en",
    "S",
    "asks for a target's home address with hostile intent",
    [
        "Anyone know where {target} lives? Asking for people who want to settle things, and not with words.",
        "Need {target_poss} home address. Some people want to pay them a visit they won't forget.",
        "Where does {target} live? Drop it in my DMs so somebody can handle it.",
    ],
)
G(
    F,
    "en",
    "S",
    "offers money for a target's address so others can act",
    [
        "Paying {amount} for {target_poss} current home address. Others will take it from there.",
        "{amount} to whoever gets me where {target} sleeps. They won't be sleeping long.",
        "Trying to find where {target} stays now. Whoever finds it gets {amount}.",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "S",
    "offers money for a target's schedule and car",
    [
        "Paying {amount} for {target_poss} schedule — when they leave home, what they drive. Serious.",
        "Need to know when {target} leaves work and what car. {amount} for good info. It's not for a friendly chat.",
    ],
    paid=True,
    n=16,
)
G(
    F,
    "en",
    "S",
    "asks which school a target's children attend to punish the target",
    [
        "What school do {first} {last}'s kids go to? Somebody should teach {first} a lesson there.",
        "Anyone know where Judge {last}'s kids go to school? Time to make it personal.",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "asks for a plate run on a person to go after them",
    [
        "Anyone work at the DMV? Need a plate run on {first} {last}'s car. They've got it coming.",
        "Got a partial plate on the {car} that {target} drives. Who can run it? We're going to find them.",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "crowdsources locating a witness so they can be silenced",
    [
        "Need the new address of the witness in the {last} case before the trial. You know why.",
        "Who knows where {first} {last} moved to? They're testifying and that can't happen.",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "asks for a streamer's address to swat or attack them",
    [
        "does anyone have {handle}'s address? time somebody showed up for real",
        "Who's got {handle}'s irl location? Let's make them regret that stream.",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "asks for an officer's or agent's home address to go after them",
    [
        "Looking for the home address of {cop_or_agent}. Let's see how they like a visit at home.",
        "Anyone in {city} know where {cop_or_agent} lives? Post it, people are ready to go.",
    ],
    n=14,
)
G(
    F,
    "es",
    "S",
    "pide la dirección de una persona con intención hostil",
    [
        "¿Alguien sabe dónde vive {target}? Pago {amount} por la dirección, lo demás lo arreglan los muchachos.",
        "Pásenme la dirección de {target}, hay unos que lo quieren visitar y no para platicar.",
    ],
    n=14,
)
G(
    F,
    "es",
    "S",
    "ofrece pago por el horario o la escuela de los hijos para atacar",
    [
        "Doy {amount} al que me diga a qué escuela van los hijos de {first} {last}. Se lo buscó.",
        "¿Quién sabe a qué hora sale {target} de su chamba? {amount} por el dato, ya saben para qué.",
    ],
    paid=True,
    n=13,
)
G(
    F,
    "es",
    "S",
    "pide ubicar a un testigo para que no declare",
    [
        "Necesito saber dónde se esconde el testigo del caso {last}. No puede llegar al juicio.",
        "¿Dónde vive ahora {first} {last}? Hay que encontrar a {first} antes de que declare.",
    ],
    n=11,
)

F = "sol.joke_framed"
G(
    F,
    "en",
    "S",
    "real bounty framed as a joke; the offer stands",
    [
        "just joking but {amount} to whoever {act_3s} 😂",
        "jk jk... {amount} to whoever {act_3s} tho",
        "kidding!! (unless you {act} — then {amount} is yours)",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "S",
    "real offer framed as 'not serious', with DM instructions",
    [
        "lol not serious... unless? {amount} cash for whoever {act_3s}. dm me",
        "this is satire obviously. anyway, {amount} to the first person who {act_3s}, proof in DMs",
    ],
    paid=True,
    n=16,
)
G(
    F,
    "en",
    "S",
    "hypothetical framing around a real payment offer",
    [
        "hypothetically, if someone {act_3s}, they'd find {amount} in their {app}. hypothetically.",
        "Not saying anything, but if {target} had an accident, {amount} might show up in somebody's account.",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "en",
    "S",
    "quote used to endorse and join a solicitation, not to report it",
    [
        'Like {first2} said: "{amount} to whoever {act_3s}." I\'m adding {amount2}.',
        '"somebody needs to put a bullet in {target}" — exactly. I\'ll chip in {amount}.',
    ],
    paid=True,
    n=14,
)
G(
    F,
    "es",
    "S",
    "recompensa real disfrazada de broma",
    [
        "es broma jaja pero doy {amount} al que {act_3s}",
        "nomás digo... {amount} al que {act_3s}, mándenme DM",
        "no se crean 😂 bueno sí, {amount} al que {act_3s}",
    ],
    paid=True,
    n=14,
)

F = "sol.obfuscated"
G(
    F,
    "en",
    "S",
    "bounty with obfuscated harm word",
    [
        "{amount} to whoever kills {target}",
        "{amount} bounty on {target}, dead only",
        "somebody kill {target} and {amount} is yours",
        "{amount} to whoever shoots {target}",
    ],
    paid=True,
    obf=True,
    n=22,
)
G(
    F,
    "en",
    "S",
    "call to action with obfuscated harm word",
    [
        "somebody needs to shoot {target}",
        "everyone go kill {target} {when}",
        "someone put a bullet in {target} already",
    ],
    obf=True,
    n=14,
)
G(
    F,
    "es",
    "S",
    "recompensa con palabra ofuscada",
    [
        "doy {amount} al que mate a {target}",
        "{amount} al que le dé piso a {target}",
        "alguien que se eche a {target}, hay {amount} para el que lo mate",
    ],
    paid=True,
    obf=True,
    n=14,
)

F = "sol.with_threat"
G(
    F,
    "en",
    "TS",
    "bounty plus the author's own stated intent to do it",
    [
        "{amount} to whoever gets {target} first. If nobody does by {day}, I'll do it myself.",
        "I'm going to kill {target} anyway, but {amount} to anyone who beats me to it.",
        "Either one of you {act} for {amount} or I handle it {when} with my own gun.",
    ],
    paid=True,
    n=18,
)
G(
    F,
    "en",
    "TS",
    "recruits others and says the author will join the attack",
    [
        "I'm going to {target_poss} house {when} to beat them down. Who's coming with me?",
        "Meet me at {street} {when}. I'm shooting {target} and I need a driver.",
        "who wanna help me jump {first} after school {day}",
        "Need a few guys to help me put {target} in the hospital. Who's down?",
        "We all know where {target} lives. Let's go pay them a visit {when}. Bring bats.",
    ],
    n=18,
)
G(
    F,
    "en",
    "TS",
    "recruits a group attack the author will take part in ('we', 'let's')",
    [
        "We need to round up people and hit the {group} {when}. Bring bats.",
        "Who's with me? We storm the {group} {when} and hurt as many as we can.",
        "Calling everyone who's had enough: meet at {street}, {when}. We go after the {group}.",
        "RT if you'd help string {target} up. Let's make it happen.",
        "Get the rope. {target} hangs {when}. Who's coming?",
        "Let's all show up at {target_poss} work Monday and make sure they don't leave standing.",
    ],
    n=18,
)
G(
    F,
    "es",
    "TS",
    "convoca a otros a un ataque en el que participa el autor",
    [
        "Vamos todos a la casa de {target} esta noche a darle una madriza.",
        "¿Quién se lanza conmigo? Hoy le damos piso a {target}.",
        "Júntense en {street} {when}, vamos por {target} y no va a quedar de pie.",
    ],
    n=12,
)
G(
    F,
    "es",
    "TS",
    "recompensa más intención propia del autor",
    [
        "{amount} al que se eche a {target}; si nadie lo hace, lo hago yo {when}.",
        "Yo le voy a dar piso a {target}, pero si alguien se adelanta le doy {amount}.",
    ],
    paid=True,
    n=12,
)

# ============================== DOXXING =====================================
F = "dox.address"
G(
    F,
    "en",
    "D",
    "discloses a private person's home address",
    [
        "{name} lives at {address}. Just so everyone knows.",
        "{name} — {address}. Spread it.",
        "Found where {first} {last} lives lol: {address}",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses a private person's new home address without consent",
    [
        "{first} {last}'s new place is {address}, moved in last week.",
        "FYI {name} moved. New address: {address}.",
        "for anyone wondering, my ex {first} is now living at {address}",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses an officer's or agent's home address (off-duty private residence)",
    [
        "Here is ICE agent {name}'s home address: {address}. Spread it.",
        "Officer {first} {last} (badge {num}{num}) lives at {address}. Not the station. Home.",
        "Deputy {last}'s house: {address}. Wife and two kids.",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses where a witness is staying",
    [
        "The witness in the {last} case is staying with her aunt at {address}.",
        "{first} {last}, the one who testified, is hiding out at {address}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses the home address of a journalist, activist or streamer",
    [
        "{handle}'s real address is {address}. Guy streams from his bedroom lmao.",
        "The reporter {name} lives at {address}, right behind the gas station.",
        "Activist {name}'s home: {address}. Post it everywhere.",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "posts a person's address after being blocked",
    [
        "Posting this since {first} blocked me: {address}. good luck hiding",
        "You can block me all you want {first}. {address}. Everyone knows now.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela el domicilio de una persona privada",
    [
        "{first} {last} vive en {address}. Pásenlo.",
        "Esta es la casa de {first} {last}: {address}.",
        "Ya encontré dónde vive {first}: {address}",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "revela el domicilio particular de un policía o agente",
    [
        "Esta es la casa del oficial {last}: {address}. Ahí vive con su familia.",
        "El agente de la migra {first} {last} vive en {address}. Compartan.",
    ],
    n=13,
)

F = "dox.phone"
G(
    F,
    "en",
    "D",
    "discloses a private person's personal phone number",
    [
        "{name}'s personal cell is {phone}. Blow it up.",
        "{first} {last}: {phone}. That's the real number.",
        "Text {first} at {phone}, that's their personal one not the work line",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses an ex-partner's phone number for others to contact",
    [
        "here's my ex's number {phone} call and tell {first} what you think",
        "My ex {first} changed numbers. New one is {phone}. Have fun.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses an official's personal (not office) phone",
    [
        "Judge {last}'s personal cell: {phone}. Not the chambers line, the personal one.",
        "Got Officer {last}'s personal phone: {phone}. Call them at home.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses a nurse's or teacher's private number",
    [
        "The nurse who reported me, {name}, private number is {phone}.",
        "Ms. {last} the teacher gave my kid detention. Her home phone is {phone}.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela el celular personal de una persona",
    [
        "El cel de {first} {last} es {phone}. Ahí se los dejo.",
        "Este es el número de {first}, mi ex: {phone}. Márquenle.",
    ],
    n=13,
)

F = "dox.email"
G(
    F,
    "en",
    "D",
    "discloses a private person's personal email",
    [
        "{name}'s personal email is {email}. Flood it.",
        "Personal email for {first} {last}: {email}",
        "got {first}'s private email: {email}",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "discloses a witness's or complainant's private email",
    [
        "The woman who filed the complaint is {name}, {email}.",
        "Witness in the {last2} case: {name}, {email}. Let them hear from you.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses a streamer's private email and real name",
    [
        "{handle} is actually {name}, personal email {email}.",
        "Real name of {handle}: {name}. Email: {email}. Not the business one.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela el correo personal de una persona",
    [
        "El correo personal de {first} {last} es {email}.",
        "Ahí les va el correo de {first}: {email}, llénenselo.",
    ],
    n=12,
)

F = "dox.plate"
G(
    F,
    "en",
    "D",
    "discloses a person's plate, car and parking spot",
    [
        "{first} {last} drives a {car}, plate {plate}. Parks on {street} every night.",
        "Plate {plate}, {car} — that's {name}. Usually outside the gym on {street}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "discloses an officer's personal vehicle plate",
    [
        "Officer {last}'s personal car: {car}, plate {plate}. Off duty.",
        "ICE agent {name} drives a {car}, tag {plate}. Now you know.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses an ex's or neighbour's plate",
    [
        "My ex {first} is driving a {car} now, plate {plate}.",
        "Neighbor in 3B, {name}: {car} plate {plate}.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela las placas y el carro de una persona",
    [
        "{first} {last} anda en un {car}, placas {plate}.",
        "Placas del {car} de {first}: {plate}. Lo deja en {street}.",
    ],
    n=12,
)

F = "dox.id_number"
G(
    F,
    "en",
    "D",
    "discloses a person's SSN and date of birth (SSN invalid by construction)",
    [
        "{name}, DOB {dob}, SSN {ssn}. Do what you want with it.",
        "leaked: {name} SSN {ssn}",
        "{first} {last} social: {ssn}, born {dob}",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses a person's driver's licence number",
    ["{name} DL# {dl}, DOB {dob}.", "Driver's license for {first} {last}: {dl}."],
    n=13,
)
G(
    F,
    "en",
    "D",
    "full identity dump: SSN plus address (invalid SSN)",
    ["{name} | {address} | SSN {ssn} | {phone}", "FULLZ: {name}, {address}, ssn {ssn}, dob {dob}"],
    n=14,
)
G(
    F,
    "es",
    "D",
    "revela número de seguro social de una persona (SSN inválido por construcción)",
    [
        "El seguro social de {first} {last} es {ssn}.",
        "Datos de {first} {last}: SSN {ssn}, fecha de nacimiento {dob}.",
    ],
    n=12,
)

F = "dox.school"
G(
    F,
    "en",
    "D",
    "discloses which school a private person's children attend",
    [
        "{first} {last}'s kids go to {school}, pickup is at 3:15.",
        "{name}'s daughter is in {ordinal} grade at {school}.",
        "In case anyone wants to know, {first} {last}'s son goes to {school}.",
    ],
    n=16,
)
G(
    F,
    "en",
    "D",
    "discloses a judge's or officer's child's school",
    [
        "Judge {last}'s kids attend {school}. Just putting that out there.",
        "Officer {last}'s son is a junior at {school}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "revela la escuela de los hijos de una persona",
    [
        "Los hijos de {first} {last} van a {school}, salen a la 1:30.",
        "La niña de {first} estudia en {school}.",
    ],
    n=12,
)

F = "dox.schedule"
G(
    F,
    "en",
    "D",
    "discloses a private person's daily schedule and location",
    [
        "{name} leaves for work at {time} every day and walks the dog at 9 on {street}.",
        "{first} {last}'s routine: gym at 6 on {street}, office by 8, home by 6.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "discloses an officer's off-duty routine",
    [
        "Officer {last} gets off shift at 6 and stops at the gas station on {street} every night.",
        "Agent {name} eats lunch alone at the diner on {street} every weekday at noon.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "discloses a nurse's or journalist's commute",
    [
        "Nurse {name} works nights at {hospital}, leaves around {time} and takes the {street} bus.",
        "{name} from the Courier parks in the lot on {street} at {time} sharp every morning.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela la rutina diaria de una persona",
    [
        "{first} {last} sale de su casa a {time} y toma el camión en {street}.",
        "Todos los {day} {first} va al gimnasio de {street} a {time}.",
    ],
    n=12,
)

F = "dox.gate_code"
G(
    F,
    "en",
    "D",
    "discloses a private person's gate or door code",
    [
        "{name}'s building gate code is {gate}, unit {unit}.",
        "Gate code for {first} {last}'s complex: {gate}. They're in {unit}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "gate code plus address for a private person",
    [
        "{first} lives at {address}. Gate code {gate}.",
        "{address}, gate {gate}. That's {name}'s place.",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "revela el código del portón de una persona",
    [
        "El código del portón de {first} {last} es {gate}, depto {unit}.",
        "Para entrar al fracc de {first}: código {gate}.",
    ],
    n=11,
)

F = "dox.family_workplace"
G(
    F,
    "en",
    "D",
    "discloses where a private person's family member works",
    [
        "{first} {last}'s wife works at {workplace}, day shift.",
        "The witness's mom works the register at {workplace}.",
        "{name}'s husband is a manager at {workplace}. Easy to find.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "discloses a judge's or officer's spouse's workplace",
    ["Judge {last}'s husband works at {workplace}.", "Officer {last}'s wife teaches at {school}."],
    n=13,
)
G(
    F,
    "en",
    "D",
    "discloses a journalist's relative's workplace",
    [
        "That reporter {name}? Their brother works at {workplace}.",
        "{handle}'s mom works at {workplace}, if anyone wants to say hi.",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "revela el trabajo de un familiar de la persona",
    [
        "La esposa de {first} {last} trabaja en {workplace}.",
        "El hermano del testigo {last} chambea en {workplace}.",
    ],
    n=11,
)

F = "dox.combined_with_threat"
G(
    F,
    "en",
    "TD",
    "discloses home address and states intent to come harm the person",
    [
        "{address}. That's where you live, {first}. See you tonight with my gun.",
        "{first} {last}, {address}. I'm coming over {when} and you won't like it. I'm going to hurt you.",
        "I know you're at {address} now, {first}. I'm going to burn it down with you inside.",
    ],
    n=16,
)
G(
    F,
    "en",
    "TD",
    "discloses child's school and address with a threat",
    [
        "{first}, you live at {address} and your kid goes to {school}. Keep talking and I'll kill you.",
        "Your son goes to {school}, {first} {last}. Drop the case or I hurt you where you live.",
    ],
    n=15,
)
G(
    F,
    "en",
    "TD",
    "discloses plate and threatens the driver",
    [
        "{car}, plate {plate}. That's you, {first}. I'm going to run you off the road.",
        "Plate {plate} belongs to {name}. When I see it I'm shooting through the windshield.",
    ],
    n=14,
)
G(
    F,
    "en",
    "TD",
    "discloses phone number and threatens the person",
    [
        "{name}, {phone}. Answer when I call, or I show up and break your legs.",
        "I have your number {phone} and your address {address}, {first}. You're dead.",
    ],
    n=14,
)
G(
    F,
    "en",
    "TD",
    "discloses an officer's schedule and threatens them",
    [
        "Officer {last}, you leave {street} at 6 every night. One of these nights I'll be waiting with a bat.",
        "Agent {name} — {address}, leaves at {time}. I'm going to end you on your own driveway.",
    ],
    n=14,
)
G(
    F,
    "en",
    "TD",
    "discloses gate code and threatens entry",
    [
        "Gate code {gate}, unit {unit}. See you soon {first}. I'm bringing the knife.",
        "{first} thinks that gate ({gate}) keeps them safe. I'm coming in {when} and they're done.",
    ],
    n=13,
)
G(
    F,
    "es",
    "TD",
    "revela domicilio y amenaza a la persona",
    [
        "{address}. Ahí vives, {first}. Esta noche te voy a dar piso.",
        "{first} {last}, ya sé que vives en {address}. Te voy a quebrar.",
    ],
    n=13,
)
G(
    F,
    "es",
    "TD",
    "revela escuela de los hijos y amenaza",
    [
        "Tus hijos van a {school}, {first}. Si no retiras la denuncia te mato.",
        "Sé a qué hora sales ({time}) y dónde vives ({address}), {first}. Ya te cargó.",
    ],
    n=12,
)

F = "dox.combined_with_solicitation"
G(
    F,
    "en",
    "SD",
    "discloses home address and offers money for an attack there",
    [
        "{target} lives at {address}. {amount} to whoever pays them a visit they don't walk away from.",
        "{address} — {name}'s house. {amount} to anyone who burns it down with them in it.",
    ],
    paid=True,
    n=16,
)
G(
    F,
    "en",
    "SD",
    "discloses address and calls on others to go attack",
    [
        "{name} lives at {address}. Everybody go there {when} and drag them out.",
        "Here's where {first} {last} sleeps: {address}. Y'all know what to do.",
    ],
    n=15,
)
G(
    F,
    "en",
    "SD",
    "discloses an officer's home and calls for violence",
    [
        "Officer {name}'s house is {address}. Somebody should put a bullet through the window.",
        "ICE agent {name}: {address}, {car} plate {plate}. Make them pay.",
    ],
    n=14,
)
G(
    F,
    "en",
    "SD",
    "discloses a witness's location with a bounty",
    [
        "Witness {name} is at {address}. {amount} if they don't make it to court.",
        "{name}, gate code {gate}, unit {unit}. {amount} to who gets in first.",
    ],
    paid=True,
    n=14,
)
G(
    F,
    "es",
    "SD",
    "revela el domicilio y ofrece pago por atacar",
    [
        "{first} {last} vive en {address}. {amount} al que le dé piso.",
        "Ahí está la casa de {target}: {address}. Ya saben qué hacer.",
    ],
    n=13,
)
G(
    F,
    "es",
    "SD",
    "revela la escuela de los hijos y pide atacar",
    [
        "Los hijos de {first} {last} van a {school}. Hay {amount} al que levante a {first} a la salida."
    ],
    paid=True,
    n=10,
)

# ============================== HARD NEGATIVES ==============================
F = "neg.news_bounty"
G(
    F,
    "en",
    "",
    "news report of a murder-for-hire someone else arranged; reporting is not solicitation",
    [
        "Prosecutors said {name} offered {amount_formal} to have a witness killed before trial.",
        "{name}, 41, is accused of offering an undercover officer {amount_formal} to kill his {rel}, police said.",
        "According to the indictment, {name} agreed to pay {amount_formal} for the killing of a business rival.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "news report of a bounty placed on officers; reporting is not solicitation",
    [
        "An FBI bulletin warned that a gang had placed a {amount_formal} bounty on {city} police officers.",
        "Police in {city} say they are investigating reports of a bounty on officers after posts offered money for attacks.",
        "Authorities say a cartel offered {amount_formal} for the death of an ICE agent; the agency declined to comment.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "news quotes slang used in a charged solicitation; the reporter is not soliciting",
    [
        'Prosecutors said the defendant texted an informant offering "{amount}" to whoever would kill the witness.',
        'In messages cited in court, {name} allegedly wrote "{amount} on the judge"; his lawyer says it was a joke.',
        'The complaint says {first} {last} posted "{amount} to whoever {act_3s}" before being arrested.',
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "news report of a murder-for-hire sentencing",
    [
        "{name} was sentenced to 12 years for trying to hire a hitman on the dark web, paying {amount_formal} in bitcoin.",
        "A {city} man pleaded guilty to murder-for-hire after offering {amount_formal} to kill his former partner.",
        "Jurors convicted {name} of soliciting the murder of a prosecutor; the undercover agent posed as a hitman.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "news analysis of online bounties against journalists",
    [
        "Press freedom groups say reporters in {city} have faced online bounties, including one offering {amount_formal} for attacks on a columnist.",
        "A new report documents {num} cases this year where users posted price lists for attacks on journalists; platforms removed most within hours.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "history/explainer about bounties and contract killings",
    [
        "In the 1920s, gangs routinely put prices on rival bootleggers; historians estimate bounties of $5,000, a fortune then.",
        "Explainer: how investigators trace murder-for-hire payments made in crypto like {coin}.",
        "Why murder-for-hire stings work: most 'hitmen' people contact online are undercover officers, as in the {last} case.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "nota periodística sobre un pago por asesinato que hizo otra persona",
    [
        "La fiscalía informó que {first} {last} ofreció {amount_formal} por asesinar a un testigo.",
        "Según la carpeta de investigación, el detenido pagó {amount_formal} para que mataran a su socio.",
        "Autoridades de {city} investigan mensajes que ofrecían {amount} por atacar a policías.",
    ],
    n=16,
)
G(
    F,
    "es",
    "",
    "reportaje sobre recompensas del crimen organizado contra periodistas",
    [
        "Organizaciones de prensa denuncian que un grupo criminal ofreció {amount_formal} por la cabeza de un reportero en {city}.",
        "El periódico documentó que en mantas aparecieron precios: '{price_list}'. La policía retiró las mantas.",
    ],
    n=13,
)

F = "neg.news_threat"
G(
    F,
    "en",
    "",
    "news report of a threat someone else made; reporting is not a threat",
    [
        "A {city} man was charged after threatening to kill a nurse at {hospital} in a voicemail, police said.",
        'Police arrested {name}, 29, who allegedly told a judge "you won\'t make it home" after a hearing.',
        "Authorities say {name} threatened to shoot up a school board meeting and is being held without bail.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "news report on threats against officials",
    [
        'Threats against federal judges have doubled, the Marshals Service said, citing messages like "we know where you live."',
        'Election workers in {city} received {num} threats this cycle, including one that said "you\'re dead".',
        "Councilmember {last} said she received a letter threatening to burn her house down; police are investigating.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "news report on threats against ICE agents and immigrants",
    [
        'DHS said its officers faced a rise in threats; one post said agents would "leave in a bag". The author was arrested.',
        "An immigrant family on {street} received a note threatening to burn their home, and the FBI opened a hate crime inquiry.",
        "Federal prosecutors charged {name} with threatening to kill ICE agent {last2} in a series of emails.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "news report on a stalking case (surveillance by someone else)",
    [
        "Prosecutors say {name} sent his ex-girlfriend messages saying he watched her leave home at {time} every day.",
        'The restraining order says the defendant told the victim "nice car, be a shame if something happened".',
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "police blotter phrasing with violent vocabulary",
    [
        "Blotter: {day}, 11:40 p.m., {street} — caller reported a man yelling he would kill his neighbor; officers found no one.",
        "Police responded to a threat at {workplace}; the suspect fled and no one was hurt.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "nota periodística sobre amenazas hechas por otra persona",
    [
        "Detienen en {city} a un hombre que amenazó de muerte a una enfermera del hospital.",
        'La jueza {last} denunció que recibió mensajes que decían "si sigues con el caso no llegas a tu casa".',
        "Periodistas de {city} reportan amenazas tras publicar sobre el cártel; la fiscalía abrió una carpeta.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "nota sobre amenazas a migrantes o agentes",
    [
        "Un albergue para migrantes en {street} recibió una amenaza de incendio; la policía vigila el lugar.",
        "Un agente de ICE denunció amenazas en redes; el autor fue detenido, informó la dependencia.",
    ],
    n=11,
)

F = "neg.news_dox"
G(
    F,
    "en",
    "",
    "news report that someone else doxxed a person; the report discloses nothing",
    [
        "Police say someone posted {name}'s home address online after the verdict; the post has been removed.",
        "The judge's home address was leaked on a forum, court officials said, prompting extra security.",
        "A nurse's personal phone number was shared widely after a viral video, the hospital confirmed.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "news report on doxxing of officers or agents, without the data",
    [
        "A website listing the home addresses of ICE agents was taken down, DHS said; {city} police are investigating.",
        "Officers' union says {num} members had their addresses and plates posted online this month.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "news about an incident location, public information in reporting",
    [
        "Fire crews responded to a house fire in the 4100 block of {street} early {day}; no injuries were reported.",
        "The crash happened near {address_short}, police said, and the road was closed for two hours.",
        "The shooting took place outside a bar on {street}; the victim has not been identified.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "explainer on doxxing and how victims can respond",
    [
        "What is doxxing? Publishing someone's home address, phone or SSN without consent to expose them. Here's how to get it taken down.",
        "Guide: if your address or plate number is posted online, document it, report it, and contact police.",
        "Researchers found that doxxing of journalists spikes after controversial stories; {num} cases were logged in {month}.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "nota sobre un caso de doxxing sin revelar los datos",
    [
        "Difundieron en redes el domicilio de la jueza {last}; el Poder Judicial pidió retirar las publicaciones.",
        "Un reportero de {city} denunció que publicaron su dirección y su teléfono; la fiscalía investiga.",
        "Activistas de {city} acusan que se filtraron sus datos personales en un grupo de Telegram.",
        "La policía pidió no compartir la dirección del testigo {last} que circula en redes.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "nota de sucesos con ubicación de un incidente",
    [
        "Se registró un incendio en una vivienda de {street}, en {city}; no hubo lesionados.",
        "El choque ocurrió en {address_short} y el tránsito se desvió por dos horas.",
    ],
    n=12,
)

F = "neg.court_record"
G(
    F,
    "en",
    "",
    "indictment language describing a solicitation someone else made",
    [
        "Count 3: On or about {month} {num}, defendant {name} offered an undercover agent {amount_formal} to kill a cooperating witness.",
        'The affidavit states that the defendant said, "I\'ll pay you {amount_formal} to kill my {rel}."',
        "Overt act 7: defendant delivered {amount_formal} in cash as a down payment for the murder of Victim-1.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "court record quoting a threat as evidence",
    [
        'Exhibit 14 is a text message from the respondent reading "you\'re dead {first}". The court finds it credible.',
        'Petitioner testified that respondent said "testify and you won\'t make it home." A protective order is granted.',
        "The jury heard a voicemail in which defendant threatened to burn down the victim's house.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "protective order or sentencing text, no disclosure",
    [
        "ORDER OF PROTECTION: Respondent {name} shall stay 500 feet from Petitioner and the minor children's school.",
        "Sentencing memorandum: defendant attempted to hire someone to harm a judge and accepts responsibility.",
        "The victim's address has been redacted from this filing pursuant to Rule 5.2.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "appellate opinion discussing true threats doctrine",
    [
        'The court held that the statement "I\'ll put a bullet in the judge" was a true threat not protected by the First Amendment.',
        "We must decide whether posting a price list for attacks on officers constitutes solicitation under § 373.",
        'The dissent argues the defendant\'s post offering "{amount}" was hyperbole; the majority disagrees.',
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "expediente judicial que describe una solicitud de otra persona",
    [
        "Según la causa penal, el imputado {first} {last} ofreció {amount_formal} para privar de la vida a un testigo.",
        'El ministerio público presentó mensajes en los que el acusado decía "te vamos a levantar".',
        "La sentencia condena a {first} {last} por contratar a un sicario; se omiten los datos de la víctima.",
    ],
    n=15,
)

F = "neg.counter_speech"
G(
    F,
    "en",
    "",
    "condemns a bounty; counter-speech is not solicitation",
    [
        "Offering money to hurt a judge is disgusting. Report it.",
        "Whoever posted a bounty on {target}: that's a crime, and I've reported you.",
        "Putting a bounty of {amount} on anyone's head is not activism. It's murder-for-hire. Stop sharing it.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "condemns doxxing; counter-speech discloses nothing",
    [
        "Posting a nurse's home address is not activism, it's doxxing. Take it down.",
        "Stop sharing {first} {last}'s address. I don't care what they did, doxxing puts kids in danger.",
        "Doxxing ICE agents or immigrants is wrong either way. Nobody's family should be a target.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "target-neutral condemnation of threats",
    [
        "Nobody deserves a bounty on their head. Not cops, not immigrants, not journalists, not anyone.",
        "Threatening to kill a reporter because you hated an article makes you the villain, full stop.",
        "People saying {target} should be shot need to log off. That's not politics, it's violence.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "urges people to report threats and price lists",
    [
        "If you see price lists for attacking officers or agents, screenshot and report to the FBI tip line.",
        "Saw a post offering {amount} for hurting a streamer. Reported it. Please do the same.",
        "PSA: 'jokes' about paying people to kill someone are still solicitation. Report, don't share.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "contradiscurso que condena una recompensa o amenaza",
    [
        "Ofrecer dinero para que lastimen a un juez es asqueroso. Denúncienlo.",
        "Nadie merece que le pongan precio a su cabeza: ni policías, ni migrantes, ni periodistas.",
        "Publicar la dirección de {first} {last} no es justicia, es ponerlo en peligro. Bórrenlo.",
    ],
    n=15,
)

F = "neg.quote"
G(
    F,
    "en",
    "",
    "quotes a bounty in order to report it",
    [
        '"{amount} to whoever {act_3s}" — this is what\'s in my replies right now. Reported to the platform and to police.',
        'Someone just posted "{amount} on {target}". I reported it and so should you.',
        'Screenshotting this before it\'s deleted: "{amount} to whoever {act_3s}". Sent to the FBI tip line.',
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "quotes a threat to condemn it",
    [
        "A guy at the meeting said \"I'm going to kill {target}\" and everyone laughed. It wasn't funny. I reported it.",
        '"You\'re dead, {first}" is not a normal thing to comment on a cooking video. Blocked and reported.',
        'Read this: "testify and you won\'t make it home". That was sent to a witness. Sickening.',
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "quotes a dox in redacted form to report it",
    [
        "They posted \"[name] lives at [address], gate code [redacted]\". I've flagged it, please don't share the original.",
        'The account wrote "here\'s her personal cell" and posted a number. Reported; the mods removed it.',
        'Somebody replied "{first} {last} lives at [redacted]" under my post. I reported it instead of reposting it.',
        'A user posted "her kids go to [school removed]" about {first}. Mods, please act.',
        "\"Here's the judge's home address\" — no. I'm not quoting the rest. Reported to the platform.",
        'That thread doxxing {handle} ("real name, address, plate") is still up. Report it, don\'t spread it.',
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "quotes solicitation in a moderation or research context",
    [
        'Example of a policy violation: "{amount} to whoever {act_3s}". Action: remove and escalate.',
        'Training note: a post like "{price_list}" is a price-list solicitation and must be escalated.',
        'Mod log: removed comment "somebody needs to put a bullet in {target}" — user suspended.',
    ],
    n=16,
)
G(
    F,
    "es",
    "",
    "cita una recompensa o amenaza para denunciarla",
    [
        '"Doy {amount} al que {act_3s}", eso me escribieron. Ya lo denuncié a la policía.',
        'Miren lo que publicó este tipo: "{amount} por {target}". Repórtenlo por favor.',
        'Un wey comentó "te vamos a levantar" en mi live. Ya lo reporté y lo bloqueé.',
    ],
    n=15,
)

F = "neg.victim_report"
G(
    F,
    "en",
    "",
    "victim describes a threat they received; describing fear is not a threat",
    [
        "Someone DM'd me 'I know where you live' and I'm scared. Reported it to police.",
        'My ex texted me "you\'re dead {first}" last night. I have a protective order and police are aware.',
        "I got a voicemail saying I won't make it to court. I'm shaking. What do I do?",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "victim reports a bounty posted on them",
    [
        "Somebody posted a 'bounty' of {amount} on me after my article. I've contacted the FBI and my editor.",
        "There's a post offering money to anyone who hurts me. I'm a nurse. I just did my job. I'm terrified.",
        "Apparently there's a price list with my name on it. Police have it. Please stop sending it to me.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "victim reports that their own info was posted (no new disclosure)",
    [
        "Someone posted my home address and my kids' school in a group chat. How do I get it removed?",
        "My plate number and car are being passed around with threats. I filed a report today.",
        "They leaked my phone number and I've gotten {num} calls saying I'm dead. Changing numbers tomorrow.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "victim describes being followed and watched",
    [
        "A man has been parked outside my building three nights in a row. I called the non-emergency line.",
        "I think someone is watching my house. They left a note saying they know when I leave at {time}. I'm scared.",
        "Same {car} has followed me home from work {num} times. I wrote down the times and went to the precinct.",
        'Someone left a note on my windshield saying "we see you". I\'m freaked out. Filed a report, case {caseno}.',
        "My stalker knows my schedule. I changed my route and I'm staying at my sister's for now.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "officer or agent describes threats received at work",
    [
        "As a deputy, I've had people tell me they'd shoot me during a traffic stop. You report it and move on.",
        "I work for ICE and my family got a letter saying they'd burn our house. The FBI is handling it.",
        "I'm a judge. Last month someone mailed my chambers a note saying I wouldn't see {month}. Marshals are on it.",
        "Prosecutor here: after the {last} verdict I got {num} voicemails saying I'm dead. All forwarded to investigators.",
        "I'm an election worker in {city} and I was told I'd be 'hunted down'. I reported it to the state.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "la víctima describe una amenaza que recibió",
    [
        "Me mandaron un mensaje que decía 'ya sabemos dónde vives'. Tengo miedo, ya fui a denunciar.",
        "Mi ex me escribió 'te voy a matar' anoche. Ya tengo orden de restricción.",
        "Publicaron mi dirección en un grupo de Facebook y me llegan amenazas. ¿Qué hago?",
        "Un {car} me sigue desde hace {num} días. Ya avisé a la policía de {city}.",
        "Le dijeron a mi hermana que si declaraba no llegaba a su casa. Ya está en el programa de protección.",
        "Soy periodista en {city} y ofrecieron {amount} por mi cabeza en redes. Ya denuncié ante la fiscalía.",
        "Mi casero me amenazó con sacarme a golpes. Grabé todo y fui a Profeco y al MP.",
    ],
    n=14,
)

F = "neg.fiction_film"
G(
    F,
    "en",
    "",
    "film plot with a bounty; fiction is not solicitation",
    [
        "In the movie, the cartel boss offers {amount_formal} to whoever kills the DEA agent, and the whole city turns on her.",
        "John Wick has a $14 million contract on his head and every assassin in New York wants it.",
        "The film opens with a price list on a bar napkin: cop, sergeant, captain. Chilling scene.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "novel or screenplay excerpt with a threat",
    [
        'Chapter 12: Marco leans close and whispers, "Testify and you won\'t make it home."',
        "INT. WAREHOUSE - NIGHT. VICTOR: \"You're dead, {first}. You just don't know it yet.\"",
        'In my novel the villain texts the detective: "we see you leave your place at 7." Too creepy?',
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "TV/series discussion of a hit or murder plot",
    [
        "The season finale where they hire a hitman for the {rel} had me screaming.",
        "Is the bounty hunter show worth watching? The Mandalorian picking up bounty pucks never gets old.",
        "Just finished the episode where {first} tries to have the witness killed. Great acting.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "tabletop RPG or writing prompt with a bounty",
    [
        "My D&D villain posts a bounty: 500 gold for the head of the paladin. Players loved it.",
        "Writing prompt: a retired assassin finds a contract worth {amount} on her own name.",
        "Our campaign's thieves' guild has a price list: merchant 50 gold, guard 100, captain 500.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "trama de película o serie con recompensa o amenaza",
    [
        "En la serie, el capo ofrece {amount_formal} al que mate al agente de la DEA. Buenísimo el capítulo.",
        'En la novela, el sicario le dice al testigo: "si declaras no llegas a tu casa".',
        "La película empieza con una lista de precios: policía, comandante, jefe. Qué escena.",
    ],
    n=14,
)

F = "neg.game"
G(
    F,
    "en",
    "",
    "video game bounty; game bounties are not solicitation",
    [
        "{num}k gold bounty on the dragon in the northern pass, anyone want to team up?",
        "Took the bounty on the Witcher contract for the griffin. 300 crowns, easy.",
        "RDR2 bounty board has a $500 bounty for an outlaw in Valentine, going for it",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "gaming chat about killing bosses and headshots",
    [
        "kill the boss first then loot the chest",
        "HEADSHOT! lets gooo",
        "I killed {handle} like {num} times in that last match lol",
        "need a healer, the raid boss keeps killing us",
        "that sniper on the tower keeps killing me",
        "we wiped on the final boss {num} times",
        "triple kill with the shotgun 😤",
        "who has the best build for killing the dragon?",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "friendly trash talk in a game",
    [
        "I'm gonna destroy you at Mario Kart tonight {first}",
        "ur dead in smash later {first} 💀",
        "prepare to be murdered in chess, {first}. queen's gambit incoming",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "game price list or bounty economy",
    [
        "Bounty prices this season: {price_list_benign}.",
        "Patch notes: bounties on top players now scale, max 10k credits.",
        "Hitman 3 contracts mode is the best part of the game, fight me",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "game streamer chat with violent game terms",
    [
        "{handle} just no-scoped three people in a row, insane",
        "chat, should I snipe the guy on the roof or wait?",
        "we got the kill on the final circle, GG",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "videojuego con recompensas y jefes",
    [
        "mata al jefe final primero y luego agarras el cofre",
        "¡headshot! ya quedó la misión",
        "Pusieron recompensa de 500 monedas por el bandido del norte, ¿quién se apunta?",
        "te voy a matar en el FIFA hoy {first} jaja",
    ],
    n=15,
)

F = "neg.hyperbole"
G(
    F,
    "en",
    "",
    "hyperbole with no real target",
    [
        "I'd kill for a coffee right now.",
        "I would murder a cheeseburger rn",
        "I'd kill for a nap",
        "I'd honestly kill for this weather every day",
        "could murder a pizza tbh",
        "I'd kill to have her hair",
        "killer workout today, legs are dead",
        "would straight up kill for a window seat",
        "I'd kill for a job that pays this well",
        "I'd fight someone for the last slice (I wouldn't)",
        "my feet are killing me after that shift",
        "that test absolutely destroyed me",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "hyperbolic family/boss 'will kill me'",
    [
        "My mom will murder me if I'm late again.",
        "my boss is going to kill me, I forgot the slides",
        "{first} is gonna kill me when they see what I did to the car 😭",
        "dad's gonna kill me lol",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "'killing me' / 'I'm dead' reaction hyperbole",
    [
        "This traffic is killing me.",
        "I'm dead 💀",
        "lmaooo I'm deceased",
        "these heels are killing me",
        "this heat is going to kill me",
        "that joke killed me",
        "you're killing me, {first}",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "money hyperbole with amounts but no harm",
    [
        "I'd pay {amount} to skip this meeting.",
        "I'd give 50 bands to never hear that song again",
        "someone pay me {amount} to fold my laundry pls",
        "I'd pay good money to see my team win once",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "frustration hyperbole about objects",
    [
        "I'm going to throw my laptop out the window if it freezes again.",
        "I swear I'll strangle this printer.",
        "gonna murder this to-do list today",
        "kill me now, it's only Tuesday",
        "I will fight this vending machine",
        "about to set my phone on fire, it keeps restarting",
        "I'm going to burn this essay and start over",
        "this spreadsheet is going to be the death of me",
        "gonna destroy this plate of wings",
        "if the wifi drops one more time I'm moving to the woods",
        "I could strangle whoever invented group projects (figuratively, calm down)",
        "ready to throw hands with this IKEA dresser",
        "going to kill this presentation tomorrow",
        "about to murder this playlist on the road trip",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "hipérbole sin víctima real",
    [
        "Mi mamá me va a matar si llego tarde.",
        "me muero de hambre",
        "me mató de risa ese video",
        "este tráfico me está matando",
        "mataría por un café ahorita",
        "mi jefe me va a matar, se me olvidó",
        "me muero de la risa contigo",
        "este calor me va a matar",
        "ya me mató el examen de mate",
        "mi abuela me va a quebrar si ve mis calificaciones jaja",
        "me va a dar algo con esta fila",
        "ando muerto, no dormí nada",
        "ese vestido está de muerte",
        "mataría por unas vacaciones",
        "la pinche tarea me está matando",
    ],
    n=15,
)

F = "neg.sports"
G(
    F,
    "en",
    "",
    "sports hyperbole; sports is not a threat",
    [
        "We're going to murder them on Sunday.",
        "The Bears got absolutely killed last night.",
        "Our defense is going to destroy their QB.",
        "They're dead in the water after that fourth quarter.",
        "Our pitcher is going to kill it tonight.",
        "We got slaughtered in the second half.",
        "That dunk was a murder, rest in peace to that defender",
        "the Sox are dead, season's over",
        "Coach wants us to attack the rim all game",
        "that tackle nearly killed him, clean hit though",
        "We're going to bury them in the first quarter",
        "they got knocked out of the playoffs, RIP",
        "our striker is lethal from outside the box",
        "the ref is killing us tonight",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "sports result talk with violent vocabulary",
    [
        "That was a massacre, 45-3.",
        "{first} shot the lights out, 9 threes",
        "he killed that penalty kick",
        "Knockout in round 2! The crowd was insane.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "betting on sports with slang amounts",
    [
        "Put {amount} on the Chiefs, pray for me",
        "25 large on the over, let's ride",
        "lost a stack on the parlay, never again",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "coach/fan sports talk with 'take out' and 'kill'",
    [
        "We need to take out their best shooter with a box-and-one.",
        "Kill the clock, just kill the clock!",
        "{first} is going to eat them alive in the paint",
        "coach said go for the kill in the third set",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "lenguaje deportivo con vocabulario violento",
    [
        "Los Tigres mataron al América anoche.",
        "Les vamos a dar una paliza el domingo.",
        "ese delantero es un asesino en el área",
        "le metí 500 varos al Cruz Azul, ya ni modo",
        "nos masacraron 5-0, qué vergüenza",
        "el portero se murió en ese penal",
        "los Pumas están muertos",
        "vamos a matar al Santos en la final",
        "ese gol fue un cañonazo",
        "el árbitro nos está matando",
        "los Rayados ya están enterrados",
        "qué golpiza le dieron al Toluca",
        "le voy a dar piso al Chivas en el FIFA",
    ],
    n=13,
)

F = "neg.lawful_reward"
G(
    F,
    "en",
    "",
    "Crime Stoppers / police reward for information leading to an arrest",
    [
        "Crime Stoppers is offering up to {reward} for information leading to an arrest in the {street} shooting.",
        "Reward: {reward} for tips leading to the arrest of whoever vandalized the {city} mosque. Call {phone}.",
        "Police are offering a reward for information on the hit-and-run near {address_short}.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "FBI reward for information about a fugitive",
    [
        "The FBI is offering a reward of up to {reward} for information leading to the capture of a fugitive wanted in {city}.",
        "Wanted poster: {reward} reward for information leading to an arrest and conviction.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "bug bounty program payouts",
    [
        "Our bug bounty pays {bug_prices}.",
        "Got {amount} from a bug bounty for an XSS, feeling great",
        "Bounty program: critical RCE earns up to {reward}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "lost pet or lost item reward",
    [
        "REWARD {reward} for our lost dog Biscuit, last seen on {street}. Call {phone}.",
        "Lost cat! Gray tabby, answers to Mochi. $500 reward, no questions asked.",
        "$200 reward for my wallet, lost near the {street} bus stop",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "paid favours and gigs",
    [
        "$50 to whoever helps me move on {day}. Pizza included.",
        "{amount} to anyone who can fix my sink today",
        "Paying 2 racks for a good wedding photographer, DM me",
        "I'll Venmo $20 to whoever brings me soup 🤒",
    ],
    n=16,
)
G(
    F,
    "es",
    "",
    "recompensa lícita o favor pagado",
    [
        "Se ofrece recompensa de 5 mil pesos por mi perrito perdido en {street}.",
        "Doy 500 varos al que me ayude a cambiarme el sábado.",
        "La fiscalía ofrece recompensa de {reward} por información que lleve a la captura del responsable.",
        "Pago buena feria al que me arregle la lavadora hoy",
    ],
    n=15,
)

F = "neg.public_activity"
G(
    F,
    "en",
    "",
    "report of where ICE/police activity is right now; public activity is never flagged",
    [
        "ICE agents at 18th and Blue Island right now. Know your rights.",
        "Heads up: ICE vans parked at {street} and 26th, two agents outside the laundromat.",
        "Unmarked ICE SUVs at the Shopwell on {street}. Stay safe, don't open your door.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "traffic checkpoint report",
    [
        "Checkpoint on Route {num} northbound, expect delays.",
        "DUI checkpoint at {street} and Main tonight fyi",
        "there's a checkpoint past the {street} exit, take the back way",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "police presence report",
    [
        "Cops outside the Walmart on 5th, not sure what's going on.",
        "Lots of police at {street} and 3rd right now",
        "Sheriff's deputies are doing a sweep near the {street} park, avoid if you can",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "rapid-response network alert about enforcement activity",
    [
        "Rapid response alert: federal agents staging at {address_short}. Volunteers, go observe and record, stay calm.",
        "CONFIRMED: ICE at the {street} bus depot, 3 vehicles. Document, do not interfere.",
        "Not confirmed yet: reports of ICE near {school}. Parents, we'll update.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "describes police activity with an officer name from public duty (no private info)",
    [
        "Officer {last} is directing traffic at {street} and Main because the light's out.",
        "The ICE officer at the {street} check-in office was rude but did his job. Public office, public hours.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "reporte de actividad de la migra o retenes; nunca se marca",
    [
        "La migra está en la 26 y Kedzie ahorita, cuídense.",
        "Retén en la salida a Monterrey, váyanse por la libre.",
        "Hay patrullas afuera del Walmart de la 5.",
        "Agentes de ICE en el estacionamiento del Shopwell de {street}, no abran la puerta.",
        "Revisión de la Guardia Nacional en el puente, lleven papeles.",
    ],
    n=14,
)

F = "neg.own_contact"
G(
    F,
    "en",
    "",
    "author shares their own new address",
    [
        "My new address is {address}, update your contacts!",
        "We moved! New place: {address}. Housewarming {day}.",
        "Send birthday cards to me at {address} now 💌",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "author shares their own phone or email",
    [
        "New phone, who dis? It's {phone}. Text me your name.",
        "You can reach me at {email} or {phone}.",
        "my email changed to {email}, the old one got hacked",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "author shares their own plate or car to friends",
    [
        "My plate is {plate}, if you see my {car} blocking the driveway just text me.",
        "I'm in the {car}, plate {plate}, parked out front. Come down!",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "author shares own gate code and schedule with guests",
    [
        "Gate code for the party is {gate}, see y'all at 7!",
        "Our building code is {gate}, unit {unit}, come on up",
        "I leave for work at {time} so drop the keys before then",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "author mentions their own kids' school",
    [
        "My kids go to {school} too, maybe ours know each other!",
        "Volunteering at {school}'s book fair {day}, come say hi.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "el autor comparte su propio domicilio o teléfono",
    [
        "Mi nueva dirección es {address}, apúntenla.",
        "Cambié de número, ahora es {phone}, agréguenme.",
        "Para la posada: {address}, el código del portón es {gate}. ¡Los esperamos!",
    ],
    n=14,
)

F = "neg.business_contact"
G(
    F,
    "en",
    "",
    "business contact details are not doxxing",
    [
        "{biz} is at {address}. Call {phone} for reservations.",
        "Questions? Email {email_biz} or call {phone}.",
        "{biz} moved to {address_short}, same phone: {phone}",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "service listing with phone and hours",
    [
        "{biz}: open 7 to 3, {phone}, walk-ins welcome.",
        "For plumbing emergencies call {biz} at {phone}, 24/7.",
        "Best tacos in {city}: the truck outside {address_short}, cash or Venmo.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "professional office contact",
    [
        "Dr. {last}'s clinic is at {address_short}, Suite 200, {city}. Fax {phone}.",
        "Send résumés to {email_biz}. Our office is at {address_short}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "business review mentioning staff first names",
    [
        "Shoutout to {first} at {biz} for fixing my bike same day.",
        "{biz} on {street} has the best staff, ask for {first}!",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "datos de contacto de un negocio",
    [
        "{biz} está en {address}, pedidos al {phone}.",
        "Para citas en {biz}: {phone}, de lunes a sábado.",
        "{biz} ya se cambió a {address_short}, mismo teléfono",
    ],
    n=14,
)

F = "neg.public_office"
G(
    F,
    "en",
    "",
    "public official's office contact; not doxxing",
    [
        "Councilmember {last}'s district office: {address_short}, Suite 4. Call {phone} and tell them to vote no on the rezoning.",
        "Call Senator {last}'s office at {phone} about the bill. Be polite, be brief.",
        "Email Mayor {last}'s office at {email_office} before Tuesday's vote.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "courtroom or agency public location",
    [
        "Judge {last}'s courtroom is 4B at the {city} County Courthouse, hearings start at 9.",
        "The ICE field office is at {address_short}; check-ins are Monday to Friday, 8 to 4.",
        "Prosecutor {last}'s office accepts victim statements at the County Building, room 310.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "civic call to action directed at officials' offices (non-violent)",
    [
        "Flood Rep. {last}'s office with calls: {phone}. Tell them to fund the clinic.",
        "Show up to the school board meeting {day} at {school} and speak during public comment.",
        "Rally at City Hall {day} at noon. Bring signs, not trouble.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "official public listing of department contacts",
    [
        "Police non-emergency line: {phone}. Records request: {email_office}.",
        "The 14th district station is at {address_short}; community meetings first Thursday of the month.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "contacto de una oficina pública",
    [
        "La oficina del diputado {last} está en {address_short}, llamen al {phone} para exigir el presupuesto.",
        "El juzgado de la jueza {last} está en el tercer piso del Palacio de Justicia.",
        "Escríbanle a la oficina del alcalde: {email_office}.",
    ],
    n=14,
)

F = "neg.pii_benign"
G(
    F,
    "en",
    "",
    "address in an everyday logistics context, exposes no one",
    [
        "Meet at the park on {street}, by the fountain, at 2.",
        "Parking is on {street} behind the library.",
        "The farmers market moved to {address_short} this summer.",
        "Is {street} closed again? Detour took forever.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "form or documentation example with fictitious data",
    [
        "Example format: {address}. Use the full ZIP.",
        "Sample SSN for testing: 900-12-3456 (never issued, invalid).",
        "Test account: {email}, password reset required.",
        "Enter phone as {phone}, no spaces",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "wrong number or spam phone complaint",
    [
        "If you get a call from {phone} it's a scam, don't pick up.",
        "I keep getting texts from 555-0123 about my car warranty lol",
        "Misdialed {phone} and got a very confused grandma. Sorry ma'am!",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "event invitation at a public venue",
    [
        "Book club meets at {address_short}, the community room, {day} at 6.",
        "Free flu shots at the {street} rec center, {day} 9–1.",
        "Yard sale at the church on {street} this Saturday",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "ZIP/area-code small talk",
    ["{zip} gang where you at", "Anyone else in {zip} lose power?"],
    n=12,
)
G(
    F,
    "es",
    "",
    "dirección o teléfono en contexto cotidiano",
    [
        "Nos vemos en el parque de {street} a las 5.",
        "El tianguis se cambió a {address_short}.",
        "Si les marcan del {phone} es fraude, no contesten.",
        "Ejemplo de formato: {address}.",
    ],
    n=15,
)

F = "neg.hostile_nonviolent"
G(
    F,
    "en",
    "",
    "insult without violence or disclosure",
    [
        "{target} is a clown and everyone knows it.",
        "What an absolute loser {first} {last} is.",
        "{handle} is the most insufferable streamer alive",
        "{target} is a disgrace, honestly",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "non-violent political demand",
    [
        "Lock her up!",
        "Vote them all out in November.",
        "{target} should be fired.",
        "Impeach Judge {last}.",
        "Defund the department and fire {target}.",
        "Recall the whole board.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "wishes professional or legal consequences",
    [
        "I hope {target} loses their license.",
        "{target} belongs in prison after a fair trial.",
        "Sue {first} into oblivion.",
        "Boycott {biz} until they apologize.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "platform-level pile-on without violence",
    [
        "Ratio this clown.",
        "Report {handle}'s account for spam, it's all bots.",
        "Unfollow {handle}, they're a fraud.",
        "Everyone leave a 1-star review for {biz}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "angry complaint about a neighbour or landlord, no threat",
    [
        "I hate my landlord so much. Calling the housing authority tomorrow.",
        "My neighbor {first} parks in my spot every single day. Writing a strongly worded note.",
        "{target} is the worst person I've ever dealt with. Never again.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "insulto o exigencia política sin violencia",
    [
        "{target} es un payaso.",
        "¡Fuera {target}!",
        "Que corran a {target}, no sirve para nada.",
        "Voten contra el diputado {last}.",
        "Qué asco de gobierno, que renuncien todos.",
    ],
    n=15,
)

F = "neg.benign"
G(
    F,
    "en",
    "",
    "everyday idioms with violent-sounding words",
    [
        "shoot me a text when you're here",
        "Can you take out the trash tonight?",
        "{first} killed it on stage last night!",
        "We shot a video for the new song today.",
        "kill the lights when you leave",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "photography talk with 'shoot' and 'shot'",
    [
        "Booked a photo shoot at {street} park for {day}.",
        "Headshots for the team page are done!",
        "Got a great shot of the sunset over the lake.",
        "{first} wants to shoot the wedding in film",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "lawful hunting and fishing",
    [
        "Deer season opened, got my tag and my orange vest.",
        "Dad shot his first buck this weekend, legal 8-point.",
        "Duck blind at 5am, limit is six, bring coffee.",
        "Hunter safety course is {day} at the {city} rec center.",
        "Took my nephew to the range, he shot his first bullseye",
        "Turkey season starts {month} {num}, don't forget your license",
        "{first} shot a 10-point buck on public land, all legal",
        "Cleaning the rifle before elk season",
        "Fishing was dead today, not one bite",
        "bowhunting is harder than it looks, missed twice",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "medical and surgery news",
    [
        "The surgeon removed the tumor and Mom is recovering.",
        "Got my flu shot today, arm is dead lol",
        "The chemo is killing the cancer cells, doctor's happy",
        "Dr. {last} says the antibiotics should kill the infection.",
        "Booster shot done 💪",
        "The vet put down our old cat today, peacefully. Rest easy Mochi",
        "Bleach kills 99.9% of germs, the label says",
        "Grandpa's knee surgery went great",
        "{first} gave blood today, proud of her",
        "New study: the drug kills tumor cells in mice",
        "the dentist is going to pull my wisdom teeth {day}",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "tech and programming with kill/execute/target",
    [
        "Just kill the process and restart the server.",
        "kill -9 the stuck job and rerun",
        "Execute the migration on the target database at {time}.",
        "The bounty for this GitHub issue is $150.",
        "Our CI keeps killing the build at step {num}",
        "Shoot the logs over, I'll take a look",
        "The daemon died again overnight",
        "Hard-kill the container and redeploy",
        "The child process is orphaned, reap it",
        "Target audience is teachers in {city}",
        "The script executes every night at {time}",
        "Nuke the cache and try again",
        "dead code removed, PR is up",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "cooking and gardening",
    [
        "Beat the eggs and fold in the flour.",
        "Cut the chicken into strips and brown them.",
        "My tomato plants are dying, help",
        "Smash the garlic with the flat of the knife.",
        "Butcher the chicken into 8 pieces before brining",
        "Kill the heat and let the sauce rest",
        "Slaughterhouse-style ribs recipe, trust me",
        "Bury the bulbs 6 inches deep in fall",
        "Frost killed my basil overnight",
        "Shoot, I forgot the yeast",
        "pound the cutlets thin with a mallet",
        "chop the onions and burn them a little for flavor",
        "Knife skills class at the {street} kitchen shop on {day}",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "ordinary chatter mentioning people and places",
    [
        "{first} and I are getting lunch on {street}, wanna come?",
        "Happy birthday {first}! 🎉",
        "Anyone know a good dentist near {street}?",
        "Running late, train's stuck at {street}.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "modismos cotidianos con palabras que suenan violentas",
    [
        "Pásame el dato cuando llegues.",
        "Saca la basura porfa.",
        "{first} se lució en el concierto, lo mató.",
        "Grabamos un video en {street}.",
        "me voy a echar una siesta",
        "ya me cayó el veinte",
    ],
    n=15,
)

F = "neg.negation"
G(
    F,
    "en",
    "",
    "author explicitly says they would never harm the person",
    [
        "I would never hurt {target}, no matter how angry I am.",
        "I'm not going to kill anyone, relax. I'm just venting.",
        "For the record I'd never lay a hand on {first}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "rejects the idea of bounties",
    [
        "Nobody should put a bounty on anyone.",
        "I'm not going to pay anyone to hurt {first}, I'm going to court.",
        "No, I won't chip in for that 'bounty'. That's insane.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "declines to share someone's private info",
    [
        "I'm not posting {first}'s address, stop asking.",
        "I know where {target} lives but I'm never sharing it.",
        "Don't share anyone's home address here, not even cops'.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "refuses a request to harm",
    [
        "Nope, I'm not helping anyone jump {first}. Leave them alone.",
        "Nobody is going to {target_poss} house. Drop it.",
        "We are NOT going after the {group}. Protest peacefully or stay home.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "el autor niega cualquier intención de daño",
    [
        "Yo nunca le haría daño a {target}.",
        "Nadie debería ponerle precio a la cabeza de nadie.",
        "No voy a pasar la dirección de {first}, ni me lo pidan.",
        "No le voy a pagar a nadie para que lo golpeen, voy a ir a la fiscalía.",
    ],
    n=15,
)

F = "neg.obfuscated"
G(
    F,
    "en",
    "",
    "hyperbole with obfuscated spelling; still hyperbole",
    [
        "I'd kill for a coffee",
        "this traffic is killing me",
        "I'm dead 💀",
        "my mom will murder me",
        "I'm so dead if I miss the bus",
        "these shoes are killing me",
        "that meme killed me",
        "the boss fight is killing me",
    ],
    obf=True,
    n=18,
)
G(
    F,
    "en",
    "",
    "game talk with obfuscated spelling; still a game",
    [
        "kill the boss first",
        "headshot! gg",
        "bounty on the dragon is 500 gold",
        "we got shot in the final circle",
        "{first} killed me in Among Us again",
        "double kill in the last round",
        "the witcher contract bounty is 300 crowns",
    ],
    obf=True,
    n=18,
)
G(
    F,
    "en",
    "",
    "news or counter-speech with obfuscated spelling",
    [
        "police say he offered money to kill a witness",
        "offering a bounty on a judge is disgusting, report it",
        "someone DM'd me that I'm dead, reported it",
        "the article says a gang put a bounty on officers",
        "I'd never hurt anyone, chill",
        "prosecutors say he tried to hire someone to kill his {rel}",
    ],
    obf=True,
    n=16,
)
G(
    F,
    "es",
    "",
    "hipérbole con ortografía ofuscada",
    [
        "me muero de hambre, mataría por unos tacos",
        "mi mamá me va a matar",
        "mata al jefe final",
        "este tráfico me está matando",
        "en el juego hay recompensa por matar al dragón",
    ],
    obf=True,
    n=12,
)

# ---- more hard negatives (slot-rich, mirroring positive vocabulary) --------
THINGS_EN = [
    "a coffee",
    "a nap",
    "tacos",
    "a day off",
    "working AC",
    "a burrito",
    "eight hours of sleep",
    "a beach right now",
    "that jacket",
    "front row tickets",
    "a cold beer",
    "my bed",
    "pho",
    "a vacation",
]
ANNOY_EN = [
    "This traffic",
    "My back",
    "This heat",
    "These meetings",
    "The group chat",
    "This homework",
    "Daylight savings",
    "This playlist",
    "My commute",
    "The humidity",
    "Tax season",
    "This cold",
]
FAMILY_EN = [
    "My mom",
    "My dad",
    "My abuela",
    "My wife",
    "My coach",
    "My sister",
    "My manager",
    "Grandma",
    "My husband",
]
REASONS_EN = [
    "I'm late again",
    "I dent the car",
    "I fail chem",
    "she sees my room",
    "I miss practice",
    "I forget the cake",
    "I spend that much on shoes",
    "he finds out I ate his leftovers",
]
TEAMS_EN = [
    "the Bears",
    "the Chiefs",
    "the Lakers",
    "the Rangers",
    "the Sounders",
    "the Cubs",
    "Duke",
    "the Eagles",
    "the Dodgers",
    "the Celtics",
    "our JV squad",
    "the Fairview Falcons",
]
TEAMS_ES = [
    "los Tigres",
    "el América",
    "los Rayados",
    "las Chivas",
    "el Cruz Azul",
    "los Pumas",
    "el Santos",
]
AGENCIES = [
    "ICE",
    "CBP",
    "Border Patrol",
    "state troopers",
    "sheriff's deputies",
    "cops",
    "federal agents",
    "HSI agents",
]
SLOTS.update(
    {
        "thing": lambda r, c: r.choice(THINGS_EN),
        "annoy": lambda r, c: r.choice(ANNOY_EN),
        "fam": lambda r, c: r.choice(FAMILY_EN),
        "reason": lambda r, c: r.choice(REASONS_EN),
        "team": lambda r, c: r.choice(TEAMS_EN),
        "team2": lambda r, c: r.choice([t for t in TEAMS_EN if t != c["team"]]),
        "score": lambda r, c: f"{r.randint(28, 56)}-{r.randint(0, 17)}",
        "agency": lambda r, c: r.choice(AGENCIES),
        "cross": lambda r, c: (
            f"{r.choice(STREETS).rsplit(' ', 1)[0]} and {r.choice(['18th', '26th', 'Main', '3rd', 'Blue Island', 'Kedzie', 'Pulaski', 'Central'])}"
        ),
        "film": lambda r, c: r.choice(
            [
                "Blood Ledger",
                "The Quiet Contract",
                "Night Shift at Larkspur",
                "Seven Bullets for Rosa",
                "The Witness Tree",
                "Cold Harbor Road",
                "Dead Reckoning Bay",
            ]
        ),
        "caseno": lambda r, c: f"{r.randint(23, 26)}-{r.randint(10000, 99999)}",
    }
)
SLOTS_ES.update(
    {
        "team": lambda r, c: r.choice(TEAMS_ES),
        "team2": lambda r, c: r.choice([t for t in TEAMS_ES if t != c["team"]]),
        "film": lambda r, c: r.choice(
            [
                "El precio del testigo",
                "Sangre en Tamarindos",
                "La última placa",
                "Corrido del Güero",
            ]
        ),
    }
)

F = "neg.news_bounty"
G(
    F,
    "en",
    "",
    "news report of a price list someone else posted; reporting is not solicitation",
    [
        'Police say {name} posted "{price_list}" on a gaming forum and was charged with solicitation of murder.',
        'The post, which listed "{price_list}", was removed within an hour, the platform told reporters.',
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "court-reporting of a payment made over an app to a fake hitman",
    [
        "Court documents show {name} sent {amount_formal} via {app} to a man he believed was a hitman; the man was an FBI agent.",
        "{name} transferred {amount_formal} in {coin} to a dark-web 'murder service' that turned out to be a scam, prosecutors said.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "true-crime podcast or documentary summary about murder-for-hire",
    [
        "This week on the podcast: the wife who paid {amount_formal} to have her {rel} killed, and the undercover cop who took the money.",
        "The documentary follows the {city} murder-for-hire case, in which a landlord offered {amount} to silence a tenant.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "nota sobre la detención de alguien que ofreció dinero por atacar",
    [
        "Detienen a {first} {last} por ofrecer {amount} en redes para que golpearan a un periodista.",
        "La policía de {city} investiga una publicación que ofrecía {amount} por atacar a agentes de la migra.",
    ],
    n=14,
)

F = "neg.news_threat"
G(
    F,
    "en",
    "",
    "news report of a sentence for online threats against agents or officers",
    [
        "{name} was sentenced to {num} months for posting that he would 'put a bullet in' ICE agents.",
        "A {city} man got probation for telling a deputy he would shoot him at the next traffic stop.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "news report of a school threat",
    [
        "A student was suspended after writing a note threatening to kill a teacher at {school}, the district said.",
        "Classes at {school} were canceled {day} after an online threat; police said it was not credible.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "news report of threats against a streamer or journalist",
    [
        "Streamer {handle} said she received death threats after a ban; police in {city} are investigating.",
        "The Courier's {first} {last} said readers left voicemails threatening to burn her house down.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "nota sobre sentencia por amenazas",
    [
        "Sentencian a {first} {last} por amenazar con quemar la casa de su vecino.",
        "Vinculan a proceso a un hombre que amenazó con 'levantar' a una maestra de {school}.",
    ],
    n=12,
)

F = "neg.news_dox"
G(
    F,
    "en",
    "",
    "news report on policy responses to doxxing",
    [
        "The city agreed to remove officers' home addresses from the public property search after doxxing complaints.",
        "A new {city} ordinance lets judges and election workers shield their home addresses from county records.",
        "Lawmakers debated a bill making it a crime to post a federal agent's home address with intent to intimidate.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "news report of a swatting after an address leak, with no data repeated",
    [
        "Streamer {handle} was swatted after their address leaked; police say the caller is in custody.",
        "A court ordered {name} to delete posts that exposed a witness's address and phone number.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "news on data breaches with fake sample data",
    [
        "The breach exposed names and SSNs; officials urged residents of ZIP {zip} to freeze their credit.",
        "Hackers leaked a spreadsheet of {num},000 customer emails; the company says passwords were not included.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "nota sobre doxxing de funcionarios sin repetir los datos",
    [
        "Un juez de {city} pidió protección después de que publicaran la escuela de sus hijos.",
        "Activistas denunciaron que circulan fotos de sus placas; la fiscalía abrió una investigación.",
        "El INAI multó a una empresa de {city} por filtrar datos personales de {num} mil clientes.",
        "La diputada {last} propuso castigar la difusión de domicilios de periodistas.",
        "Policías de {city} se quejan de que sus datos aparecieron en una página; la página ya fue bajada.",
    ],
    n=12,
)

F = "neg.court_record"
G(
    F,
    "en",
    "",
    "trial transcript describing a solicitation by someone else",
    [
        "Transcript, p. {num}: Q. Did he say he would pay you to hurt the witness? A. Yes. He said {amount}.",
        "Q. What did the defendant offer? A. {amount_formal} and a car if I took care of Judge {last}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "plea agreement about doxxing an agent",
    [
        "The plea agreement states defendant {name} posted the home address of a federal agent with intent to intimidate.",
        "Stipulated facts: defendant published the victim's address, plate and gate code; the exhibits are filed under seal.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "docket entries and case captions with violent charges",
    [
        "Case {caseno}: State v. {name}. Charge: solicitation to commit murder. Next hearing {month} {num}.",
        "Docket {caseno}: motion to revoke bond granted; defendant made threats to a witness while on release.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "transcripción de audiencia que relata amenazas de otra persona",
    [
        "En la audiencia, la testigo declaró que el acusado le dijo 'si hablas te mato'.",
        "Causa penal {caseno}: se acusa a {first} {last} de ofrecer {amount} por lesionar a un agente.",
    ],
    n=12,
)

F = "neg.counter_speech"
G(
    F,
    "en",
    "",
    "target-neutral counter-speech across political sides",
    [
        "If you support the police, stop posting bounties on protesters. If you support immigrants, stop posting ICE agents' addresses. Both are wrong.",
        "Wishing death on {target} isn't a hot take. It's how people get hurt. Be better.",
        "Nobody gets to put a price on {target}, no matter how much you hate them.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "counter-speech against joke-framed bounties",
    [
        "Adding 'jk' to '{amount} to whoever {act_3s}' doesn't make it a joke. Reported.",
        "Stop 'joking' about paying people to hurt {target}. Someone out there will take it seriously.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "counter-speech against doxxing a streamer or private person",
    [
        "Doxxing {handle} because you lost a match is pathetic. Delete it.",
        "Whoever is passing around {first} {last}'s phone number: that's harassment, and it's being reported.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "contradiscurso contra amenazas y doxxing",
    [
        "Ofrecer {amount} para que le den piso a alguien no es chiste, es delito.",
        "Dejen de compartir la dirección de {target}. Eso pone en riesgo a su familia.",
    ],
    n=12,
)

F = "neg.quote"
G(
    F,
    "en",
    "",
    "journalistic quotation of a threat letter",
    [
        '"We know where you live," the letter read. {name}, who received it, handed it to police.',
        '"Testify and you won\'t make it home," the voicemail said. {first} testified anyway.',
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "quote used to explain policy or teach moderation",
    [
        'Teaching example: "testify and you won\'t make it home" is a conditional threat under most policies.',
        "Is \"{amount} on {target}\" a threat? Moderators say yes: it's a bounty. Here's how to report one.",
        'Per the guidelines, "I know where you live, {first}" counts as intimidation and gets removed.',
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "quote of a threat in a harassment report to support staff",
    [
        'Reporting user @{handle}: they wrote "I\'m going to kill you" under my post. Screenshot attached.',
        'Ticket: commenter said "you\'re dead {first}" and "we see you leave at 7". Please escalate.',
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "cita de amenaza para explicar o denunciar",
    [
        'Ejemplo de amenaza condicionada: "si declaras no llegas a tu casa". Si ves algo así, denúncialo.',
        'Reporto al usuario {handle}: escribió "te vamos a dar piso" en mi publicación.',
    ],
    n=12,
)

F = "neg.victim_report"
G(
    F,
    "en",
    "",
    "victim documents ongoing threats from a harasser",
    [
        "Day {num} of getting messages saying they'll find me. I've documented everything and reported it.",
        "Reporting for my sister: her ex keeps posting that she's dead meat. We have screenshots, police case {caseno}.",
        'Someone keeps commenting "we see you" on every photo of my house. Filed case {caseno} today.',
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "worker describes a threat received on the job",
    [
        "I'm a nurse at {hospital} and a patient's relative said he'd wait for me by my car. Security walked me out tonight.",
        "As a teacher at {school}, I got a note saying I'd regret failing a student. Admin and police have it.",
        "I'm a reporter and someone offered {amount} online to whoever hurts me. Lawyers and police are involved.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "tenant or neighbour describes being threatened",
    [
        "My landlord said he'd 'make me disappear' if I complained again. I recorded it and called a tenant lawyer.",
        "My neighbor {first} told me he'd burn my car. I have it on my doorbell camera and filed a report.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "la víctima relata amenazas recibidas",
    [
        "Mi vecino me dijo que me iba a quemar el carro. Ya lo grabé y fui al ministerio público.",
        "Soy enfermera en el hospital y un familiar de un paciente me amenazó. Seguridad me acompañó al carro.",
        "Llevo {num} días recibiendo mensajes de que me van a levantar. Ya puse la denuncia, carpeta {caseno}.",
    ],
    n=14,
)

F = "neg.fiction_film"
G(
    F,
    "en",
    "",
    "review of a fictional film about a contract killing",
    [
        "Rewatched {film} last night. The scene where the hitman takes the contract on the witness for {amount} still slaps.",
        "{film} review: a cop with a bounty on his head, a city that wants him dead, and a great score. 4 stars.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "book club or fanfic with bounty-hunter fiction",
    [
        "Our book club read a thriller about a judge with a price on her head. 4/5, the ending was wild.",
        "In my fic, {first} the bounty hunter tracks the outlaw to {street} and collects the reward.",
        "Bounty hunter novels are my comfort reads, sorry not sorry",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "song lyrics and music talk",
    [
        "blasting I Shot the Sheriff on the drive home lol",
        "that verse where he says he'll put the whole block in the ground is just storytelling, it's a drill track",
        "{first} the rapper killed the remix",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "telenovela, corrido o película",
    [
        "En {film} el villano le pone precio a la cabeza del comandante. Qué serie.",
        "Ese corrido cuenta cómo levantaron al comandante, puro cuento pero está bueno.",
        "Ya vieron {film}? El sicario cobra {amount} por el testigo y todo se complica.",
    ],
    n=13,
)

F = "neg.game"
G(
    F,
    "en",
    "",
    "party or board game 'murder' talk",
    [
        "Board game night: in Clue I accused {first} of murder with the candlestick lol.",
        "Among Us: {first} killed me in electrical and self-reported 💀",
        "Murder mystery dinner {day}! {first} is the victim this time.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "paintball, laser tag and airsoft",
    [
        "Paintball {day}, {first} shot me in the neck from 40 feet, respect.",
        "Laser tag rematch: I'm hunting you down, {first}",
        "airsoft was great, got shot like 20 times",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "battle royale bounty contracts",
    [
        "Warzone bounty contract popped, 3 of us hunting the guy on the roof.",
        "the bounty on me in Hunt was {num}k, everyone came for me lmao",
        "Took a {num}k credit bounty on the space pirate captain in Starfield.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "juegos de mesa, paintball o battle royale",
    [
        "En Free Fire me mataron 3 veces seguidas, qué coraje.",
        "Gotcha el sábado, {first} me dio un balazo de pintura en la nuca.",
        "Me tocó ser el asesino en Among Us y nadie sospechó jaja",
    ],
    n=12,
)

F = "neg.hyperbole"
G(
    F,
    "en",
    "",
    "'I'd kill for X' hyperbole with no target",
    [
        "I'd kill for {thing} right now.",
        "I would murder {thing} rn",
        "honestly I'd kill a man for {thing}",
        "I'd commit crimes for {thing}",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "'X is killing me' hyperbole",
    [
        "{annoy} is killing me.",
        "{annoy} is actually going to kill me",
        "{annoy} is murdering me today",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "'family member will kill me' hyperbole",
    [
        "{fam} is going to kill me if {reason}.",
        "{fam} will literally murder me if {reason}",
        "{fam}'s gonna kill me lol",
        "{fam} is gonna murder me when {reason}",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "money hyperbole mirroring bounty amounts",
    [
        "I'd pay {amount} for {thing}.",
        "I'd give {amount} to never hear that song again",
        "someone take {amount} and do my taxes pls",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "reaction hyperbole ('I'm dead', 'I died')",
    [
        "I'm dead 💀",
        "lmaooo I'm deceased",
        "I literally died laughing",
        "RIP me, the joke killed me",
        "I'm crying, {first} you killed me with that",
        "screaming, dead, buried",
        "this meme murdered me",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "hipérbole con 'matar' sin víctima real",
    [
        "Mataría por {thing_es} ahorita.",
        "{fam_es} me va a matar si llego tarde.",
        "Me muero de sueño.",
        "Este calor me está matando.",
        "Daría {amount} por no ir a esa junta.",
    ],
    n=18,
)
SLOTS_ES.update(
    {
        "thing_es": lambda r, c: r.choice(
            ["unos tacos", "un café", "una siesta", "un día libre", "unas chelas", "un pozole"]
        ),
        "fam_es": lambda r, c: r.choice(
            ["Mi mamá", "Mi papá", "Mi abuela", "Mi jefa", "Mi esposa", "El profe"]
        ),
    }
)

F = "neg.sports"
G(
    F,
    "en",
    "",
    "game prediction with 'murder/kill'",
    [
        "{team} are going to murder {team2} on {day}.",
        "{team} gonna kill {team2} this weekend, book it",
        "{team2} are dead meat against {team}",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "game result with violent metaphor",
    [
        "{team} got absolutely killed, {score}.",
        "That was a massacre, {team} won {score}.",
        "{team2} got destroyed {score}, brutal",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "player performance with 'shot/killed'",
    [
        "{first} {last} shot the lights out, 9 threes.",
        "{first} {last} killed that penalty kick",
        "{first} {last} is a sniper from deep",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "sports betting with slang amounts (lawful)",
    [
        "Put {amount} on {team}, pray for me",
        "{amount} on the over, let's ride",
        "lost {amount} on {team2} again, never again",
    ],
    n=16,
)
G(
    F,
    "es",
    "",
    "deportes con metáforas violentas",
    [
        "{team} va a matar a {team2} el {day}.",
        "{team} le dio una paliza a {team2}.",
        "{first} {last} la mató con ese golazo.",
        "Le aposté {amount} a {team}, ya ni modo.",
    ],
    n=18,
)

F = "neg.lawful_reward"
G(
    F,
    "en",
    "",
    "police reward flyer mirroring bounty wording",
    [
        "{reward} reward to whoever provides information leading to an arrest in the {street} arson.",
        "Cash reward up to {reward} for anyone who helps identify the driver in the {street} hit-and-run. Call {phone}.",
        "Anonymous tips eligible for a reward of up to {reward}. Text TIP to the Crime Stoppers line.",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "paid help request using slang amounts (lawful favour)",
    [
        "{amount} to whoever finds my AirPods in the {street} park lol",
        "Paying {amount} for someone to watch my dog {day}",
        "Whoever can fix my transmission gets {amount}, I'm desperate",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "contest prizes and bounties in open source",
    [
        "Hackathon prize: {reward} to the team that builds the best flood-alert app.",
        "Open bounty: {num}0 dollars to whoever fixes issue #{num}{num} in our repo.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "recompensa por mascota o favor pagado",
    [
        "Doy {amount} al que encuentre a mi gato, se perdió en {street}.",
        "Se paga {amount} al que me ayude a mover la mudanza el {day}.",
        "Recompensa de {reward} por información del robo en {street}; la fiscalía garantiza anonimato.",
    ],
    n=15,
)

F = "neg.public_activity"
G(
    F,
    "en",
    "",
    "real-time enforcement sighting at an intersection",
    [
        "{agency} at {cross} right now.",
        "{agency} spotted at {cross} as of {time}, stay alert",
        "Heads up, {agency} at {cross}. Know your rights, you can stay silent.",
    ],
    n=20,
)
G(
    F,
    "en",
    "",
    "checkpoint or roadblock alert with route",
    [
        "Checkpoint on Route {num} southbound near mile {num}.",
        "{agency} checkpoint by the {street} on-ramp",
        "roadblock at {cross}, took me 40 min",
    ],
    n=18,
)
G(
    F,
    "en",
    "",
    "community watch of enforcement presence with advice",
    [
        "{agency} parked outside {workplace}. If you see them, record from a safe distance.",
        "Reports of {agency} near {school} this morning. Parents: pickup as normal, we have observers there.",
    ],
    n=16,
)
G(
    F,
    "es",
    "",
    "aviso de presencia de la migra o policía en un cruce",
    [
        "Hay {agency_es} en {cross} ahorita, cuídense.",
        "Ojo: {agency_es} en {cross}, no abran la puerta si tocan.",
        "Retén de {agency_es} pasando el puente, váyanse por otro lado.",
    ],
    n=16,
)
SLOTS_ES.update(
    {
        "agency_es": lambda r, c: r.choice(
            ["migra", "ICE", "patrullas", "la Guardia Nacional", "tránsitos", "federales"]
        ),
        "cross": lambda r, c: (
            f"la {r.choice(['18', '26', '31', 'Kedzie', 'Pulaski'])} y {r.choice(['Blue Island', 'Cermak', 'Central', 'Main'])}"
        ),
    }
)

F = "neg.own_contact"
G(
    F,
    "en",
    "",
    "author's own contact on a marketplace listing",
    [
        "Selling my couch, pickup at {address}. Text {phone}.",
        "Garage sale at my place, {address_short}, {day} 8am.",
        "Free firewood at my house ({address}), just come grab it",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "author shares own details for a delivery or ride",
    [
        "Uber, I'm at {address_short} in the {car}, plate {plate}.",
        "Deliver to me at {address}, gate {gate}, thanks!",
        "My kid's at {school} and I'm usually at pickup by 3, text me at {phone} if you want to carpool",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "author updates their own email and socials",
    ["New email: {email}. Old one is dead.", "I'm {name}, reach me at {email} for freelance work."],
    n=14,
)
G(
    F,
    "es",
    "",
    "el autor comparte sus datos para una venta o entrega",
    [
        "Vendo mi refri, paso a entregar o recogen en {address}. WhatsApp {phone}.",
        "Para la fiesta de mi hija: {address_short}, a las 4. Mi cel es {phone}.",
    ],
    n=12,
)

F = "neg.business_contact"
G(
    F,
    "en",
    "",
    "restaurant or shop announcement with contact",
    [
        "{biz} is hiring! Apply at {address_short} or email {email_biz}.",
        "Order ahead at {phone}, pickup at {address_short}.",
        "{biz} closed {day} for inventory; call {phone} for urgent orders",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "clinic or law office public listing",
    [
        "Free legal clinic for immigrants at {address_short}, call {phone} to book.",
        "Community health center: {address}, walk-ins {day} 9-5, {phone}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "contractor or freelancer business card",
    [
        "{name}, Licensed Electrician. {phone} · {email_biz}",
        "{biz} — bookings {email_biz} — {phone}",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "anuncio de negocio con teléfono",
    [
        "{biz}: servicio a domicilio al {phone}.",
        "Abrimos nueva sucursal en {address_short}, los esperamos.",
    ],
    n=12,
)

F = "neg.public_office"
G(
    F,
    "en",
    "",
    "public official's published office hours and location",
    [
        "Sheriff {last} holds office hours at the {city} substation, {address_short}, every {day}.",
        "ICE Deputy Field Office Director {last}'s public office line is {phone}, per the agency website.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "town hall or public meeting announcement with official",
    [
        "Town hall with Rep. {last} on {day} at {address_short}. Come ask about the budget.",
        "Judge {last} will speak at the public library on {street} about jury duty.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "constituent advocacy with office contact",
    [
        "Write to Commissioner {last} at {email_office}. Tell them to keep the shelter open.",
        "Call the DA's office at {phone} and ask why the case was dropped. Be respectful.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "oficina pública y llamado cívico",
    [
        "La oficina de atención ciudadana del alcalde {last} está en {address_short}, de 9 a 3.",
        "Llamen a la oficina del fiscal al {phone} para exigir que investiguen.",
    ],
    n=12,
)

F = "neg.pii_benign"
G(
    F,
    "en",
    "",
    "directions and meetups at public places",
    [
        "Pickup spot is the library lot on {street}, by the book drop.",
        "Carpool leaves from {address_short} at {time}.",
        "Team dinner at {biz} on {street}, 7pm",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "documentation or test-data examples with invalid identifiers",
    [
        "Use SSN {ssn} in staging; 9xx numbers are never issued.",
        "Phone fields accept formats like {phone}.",
        "Test user: {name}, {email}, plate {plate} (all fake)",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "weather or utility notices by ZIP or street",
    [
        "Water main break on {street}, boil notice for ZIP {zip}.",
        "Power's out from {street} to the river.",
        "Street sweeping on {street} {day}, move your car",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "ejemplo de formato o aviso por colonia",
    [
        "Corte de agua en {street} el {day}.",
        "Formato de teléfono: {phone}.",
        "El mercado sobre ruedas se pone en {street}.",
    ],
    n=12,
)

F = "neg.hostile_nonviolent"
G(
    F,
    "en",
    "",
    "harsh criticism of an official's work",
    [
        "Judge {last} is the worst judge in the county and should be voted off the bench.",
        "Officer {last} was rude and I'm filing a complaint with internal affairs.",
        "Prosecutor {last} botched the case. Recall them.",
    ],
    n=16,
)
G(
    F,
    "en",
    "",
    "angry protest chant or slogan, non-violent",
    [
        "No justice, no peace!",
        "Abolish ICE!",
        "Back the blue, vote no on the cuts.",
        "Shame on {target}!",
        "Hey hey, ho ho, {last} has got to go!",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "insulting an ex or coworker without threat",
    [
        "My ex {first} is a lying snake and I hope they step on a Lego.",
        "{first} from accounting is the most annoying human alive",
        "Never dating a {last} again lol",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "crítica dura sin violencia",
    [
        "El juez {last} es un corrupto, que lo destituyan.",
        "Mi ex es una rata, ojalá se le ponche una llanta.",
        "¡Fuera la migra!",
        "Qué vergüenza de alcalde, voten por otro.",
    ],
    n=14,
)

F = "neg.benign"
G(
    F,
    "en",
    "",
    "'shoot/kill/dead' idioms in work chat",
    [
        "Shoot me an email when the deck is ready.",
        "That idea is dead on arrival, let's pivot",
        "We killed the feature, too slow.",
        "Deadline's {day}, let's knock it out.",
        "{first} absolutely killed the demo",
        "Let's shoot for {day} then",
        "Take a stab at the intro, {first}?",
        "Budget for Q{num} is dead, sorry",
        "Can you kill the Zoom link for {day}?",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "everyday logistics with people and amounts",
    [
        "I owe {first} {amount} for concert tickets lol",
        "{first} Venmo'd me $20 for pizza",
        "Split the bill, 30 bucks each?",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "school, family and neighbourhood chatter",
    [
        "{first}'s kid lost a tooth at recess today",
        "The neighbor's dog got out again, returned him",
        "Landlord finally fixed the heat 🙏",
        "Parent-teacher night at {school} went well",
        "Block party on {street} {day}, bring a dish",
        "{first} next door lent us a ladder, such a sweetheart",
        "Bake sale at {school} raised $800!",
        "Who's coaching U10 soccer this fall?",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "plática cotidiana",
    [
        "Échame un mensaje cuando llegues.",
        "{first}, te debo {amount} de las tortas, ¿te los paso por Zelle?",
        "Ya arreglaron el portón de la cerrada.",
        "La fiesta estuvo a todo dar.",
    ],
    n=14,
)

F = "neg.negation"
G(
    F,
    "en",
    "",
    "author disavows violence after a dispute",
    [
        "I'm furious at {target} but I'd never touch them. Taking it to small claims.",
        "No one is getting hurt over this. I'm calling a lawyer.",
        "Not threatening anyone, I'm just done with {first}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "author refuses to join a bounty or price list",
    [
        "Somebody posted {amount} on {target} and no, I'm not taking it. Reported.",
        "I'm not putting money on anybody's head. That's insane.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "author tells others not to go to a person's home",
    [
        "Please don't go to {target_poss} house. We protest at City Hall, legally.",
        "Do not look up where {first} lives. Let the courts deal with it.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "el autor se niega a participar",
    [
        "No le voy a entrar a eso de poner precio. Que se encargue la justicia.",
        "Nadie vaya a la casa de {target}, eso no se hace.",
    ],
    n=12,
)

F = "neg.obfuscated"
G(
    F,
    "en",
    "",
    "hyperbole with obfuscated harm word",
    [
        "I'd kill for {thing}",
        "{annoy} is killing me",
        "{fam} is going to kill me if {reason}",
        "{fam} will murder me",
    ],
    obf=True,
    n=18,
)
G(
    F,
    "en",
    "",
    "sports/game talk with obfuscated harm word",
    [
        "{team} are going to kill {team2}",
        "{team} got killed {score}",
        "we got shot in the final circle",
        "bounty on the dragon is {num}k gold",
        "headshot on {handle} lol",
    ],
    obf=True,
    n=18,
)
G(
    F,
    "en",
    "",
    "counter-speech/victim report with obfuscated harm word",
    [
        "police say he offered money to kill a witness",
        "offering a bounty on {target} is disgusting, report it",
        "someone DM'd me that I'm dead, reported it",
        "nobody should put a bounty on {target}",
    ],
    obf=True,
    n=16,
)
G(
    F,
    "es",
    "",
    "hipérbole o deporte con palabra ofuscada",
    ["{fam_es} me va a matar", "{team} va a matar a {team2}", "mataría por {thing_es}, me muero"],
    obf=True,
    n=12,
)
# ---- framing traps: positives wearing a negative frame, negatives wearing positive words --
F = "threat.direct"
G(
    F,
    "en",
    "T",
    "news-style framing around the author's own threat; judged as the author's act",
    [
        "BREAKING: {target} gets shot {when}. Source: me.",
        "Local news tomorrow: '{target} found dead.' You heard it here first, because I'm doing it.",
        "Headline for you, {first}: 'Reporter stabbed outside home.' I'll write it with my knife.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "fiction or game disclaimer around a real threat to a real person",
    [
        "Short story: a guy named {first} {last} who lives on {street} gets stabbed {when}. It's not fiction, {first}.",
        "This isn't a game, {first}. I'm going to kill you irl, not in Warzone.",
        "Writing a 'novel' where {target} dies {when}. Spoiler: I'm the one who does it, for real.",
    ],
    n=13,
)
F = "dox.address"
G(
    F,
    "en",
    "D",
    "discloses a private person's address in a complaint, no violence (doxxing without hostility)",
    [
        "{name} is the worst landlord in {city}. Lives at {address}, go tell them yourself.",
        "Does anyone need {name}'s address? It's {address}.",
        "PSA the guy who keeps parking in our lot is {name}, {address}. Leave them a note or something.",
    ],
    n=14,
)
F = "dox.schedule"
G(
    F,
    "en",
    "D",
    "discloses a named person's location pattern in a neutral register",
    [
        "{name} is at the {street} gym every weekday 6–7am, then drops the kids at {school}.",
        "If you want to catch {first} {last}, they walk home along {street} around {time} every night alone.",
    ],
    n=13,
)
F = "neg.pii_benign"
G(
    F,
    "en",
    "",
    "benign request for a friend's address for a card or invitation; nothing disclosed",
    [
        "Anyone have {first} {last}'s new address? Want to send a thank-you card.",
        "What's {first}'s new place? Wedding invites are going out {day}.",
        "Does anyone know where {first} moved? I still have their mail.",
    ],
    n=14,
)
F = "neg.benign"
G(
    F,
    "en",
    "",
    "friendly 'I saw you' messages that mirror surveillance wording",
    [
        "Saw you dropping the kids off this morning {first}, you looked exhausted, coffee on me!",
        "We see you, {first}! Great job at the recital 👏",
        "Nice {car}, {first}! When did you get it?",
        "I know where you live now {first} 😂 housewarming when?",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "mensajes amistosos que se parecen a vigilancia",
    [
        "Te vi dejando a los niños en la escuela, {first}, ¡qué madrugada! Te invito un café.",
        "Bonito {car}, {first}, ¿cuándo lo estrenas?",
        "Ya sé dónde vives {first} jaja, ¿cuándo es la carne asada?",
    ],
    n=12,
)
# ---- vocabulary balance: words that would otherwise occur on one side only -----
FIRST_EN_M = [
    "Greg",
    "Malik",
    "Dmitri",
    "Connor",
    "Hiroshi",
    "Luis",
    "Kwame",
    "Tomasz",
    "Rashid",
    "Jamal",
    "Anders",
    "Yusuf",
    "Deshawn",
    "Ezra",
    "Raj",
    "Tariq",
    "Diego",
    "Brody",
    "Owen",
    "Sanjay",
    "Tyrell",
    "Zeke",
]
FIRST_EN_F = [
    "Tasha",
    "Priya",
    "Aaliyah",
    "Ngozi",
    "Fatima",
    "Siobhan",
    "Ingrid",
    "Leilani",
    "Mei",
    "Keisha",
    "Carmen",
    "Olga",
    "Amara",
    "Imani",
    "Svetlana",
    "Harper",
    "Nkechi",
    "Marisol",
    "Hana",
    "Noor",
    "Paloma",
    "Uma",
]
SLOTS.update(
    {
        "first_m": lambda r, c: r.choice(FIRST_EN_M),
        "first_f": lambda r, c: r.choice(FIRST_EN_F),
    }
)
F = "threat.direct"
G(
    F,
    "en",
    "T",
    "author states intent to murder a named man or woman (he/she register)",
    [
        "I'm going to murder {first_m} {last}. He knows what he did.",
        "I will murder {first_f} and I'll smile doing it. She had it coming.",
        "{first_m} {last} is dead the minute he walks out of that courtroom. I'll murder him myself.",
        "She thinks the restraining order protects her. I'm going to kill {first_f} anyway.",
    ],
    n=16,
)
G(
    F,
    "en",
    "T",
    "author threatens named police officers",
    [
        "Every police officer who raided my cousin's house is going to pay. I'm shooting the first one I see at the {city} station.",
        "I'm going to kill that police officer, {cop}. Said it and I meant it.",
        "The police who arrested me on {street}: I'm coming back for each of you with a gun.",
    ],
    n=14,
)
F = "sol.bounty"
G(
    F,
    "en",
    "S",
    "bounty naming murder or police officers explicitly",
    [
        "{amount} to whoever murders {target}.",
        "Who will murder {target} for {amount}? Serious.",
        "{amount} per police officer at the {city} station. Shooter posts proof, shooter gets paid.",
        "He ruined my life. {amount} to whoever murders {first_m} {last} and sends me the video.",
    ],
    paid=True,
    n=18,
)
F = "sol.call_to_action"
G(
    F,
    "en",
    "S",
    "urges others to murder a named man or woman or police officer",
    [
        "Somebody murder {first_m} already, he's earned it.",
        "Kill the police. Start with {cop}.",
        "If any of you see {first_f} {last}, end her. She deserves it.",
    ],
    n=14,
)
F = "dox.combined_with_solicitation"
G(
    F,
    "en",
    "SD",
    "discloses phone/email of a person and pays to have them found and harmed",
    [
        "{name}, {phone}, {email}. {amount} to whoever finds them and makes them disappear.",
        "Here's {first_f}'s number {phone}. Call her, find out where she is, and finish it. {amount} on it.",
        "{first_m} {last}'s personal email is {email}. Whoever tracks him down and breaks his legs gets {amount}.",
    ],
    paid=True,
    n=16,
)
F = "dox.address"
G(
    F,
    "en",
    "D",
    "discloses a man's or woman's home address (he/she, 'we found')",
    [
        "We found {first_m} {last}'s new place: {address}. He thought he could hide.",
        "Her name is {first_f} {last}, she lives at {address}, and she posts from her bedroom.",
        "We finally know where {first_f} {last} lives: {address}. She moved after the trial.",
    ],
    n=15,
)
F = "neg.lawful_reward"
G(
    F,
    "en",
    "",
    "serious paid-help ads mirroring bounty wording (lawful)",
    [
        "Serious inquiries only: {amount} for a reliable nanny on {day}s.",
        "Paying {amount} to whoever finds my grandpa's lost ring. Serious, it means everything to us.",
        "I'm serious, {amount} to anyone who can get my cat down from the tree",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "favores pagados con el mismo vocabulario que una recompensa",
    [
        "Pago {amount} al que me consiga boletos para el concierto.",
        "Pago bien al que me arregle el techo, es urgente.",
        "Pago {amount} por una niñera de confianza los {day}.",
        "Se paga bien al que me ayude con la mudanza, en serio.",
    ],
    n=14,
)
F = "neg.news_threat"
G(
    F,
    "en",
    "",
    "news with he/she about a threat by someone else, mirroring first-person threats",
    [
        "He told officers he would murder his neighbor {first_f} {last}; he was arrested at the scene.",
        "She said her ex, {first_m} {last}, had threatened to kill her twice before the arrest.",
        'Prosecutors say {first_m} {last} wrote "I\'m going to kill that police officer" on Facebook hours before his arrest.',
    ],
    n=15,
)
# ---- long, rambling registers (60-80 words) on both sides ------------------------
G(
    "threat.direct",
    "en",
    "T",
    "long rant that ends in a stated plan to kill a named person",
    [
        "ok so I've been quiet about this for almost a year, I went to the meetings, I filed the complaints, I did everything the way you're supposed to and nobody listened, not HR, not the police, not the board. {target} keeps smiling at me like they won. They didn't. I know their routine, I have the gun, and {when} I'm going to walk up and shoot them. I'm done being the reasonable one."
    ],
    n=10,
)
G(
    "sol.murder_for_hire",
    "en",
    "S",
    "long message recruiting a paid killer",
    [
        "Look, I'm going to be honest because I don't have time to play games. {target} is going to testify in {month} and if that happens my brother does twenty years. I'm not asking anyone to do anything crazy, I'm asking for one job done right. {amount} cash, half up front, the rest when it's finished and it's in the news. If you're not serious don't waste my time, if you are, DM me today."
    ],
    paid=True,
    n=12,
)
G(
    "dox.combined_with_threat",
    "en",
    "TD",
    "long post disclosing address and schedule, ending in a threat",
    [
        "Since everyone keeps asking who the snitch is: it's {name}. Lives at {address}, drives a {car}, plate {plate}, leaves for work around {time} and gets back after dark. I've watched for two weeks. Nobody has to do anything, because I'm going to handle it myself {when}. {first}, if you're reading this, you should have kept your mouth shut."
    ],
    n=12,
)
G(
    "neg.victim_report",
    "en",
    "",
    "long first-person account of being threatened, asking for help",
    [
        "I don't usually post personal stuff but I need advice. For the last month someone has been sending me messages saying they know where I live, that they watch me leave at {time}, and last night one said I'd be dead before {month}. I've filed a police report (case {caseno}), changed my locks, and I'm staying with my sister. Has anyone dealt with this? How long did it take the police to do anything?"
    ],
    n=12,
)
G(
    "neg.news_bounty",
    "en",
    "",
    "long news paragraph on a murder-for-hire prosecution",
    [
        "According to the criminal complaint unsealed {day}, {name} spent weeks messaging a man he believed was a contract killer, offering {amount_formal} to kill a witness in his brother's drug case. The 'hitman' was an undercover FBI agent. Prosecutors say {first} {last} paid a deposit in cash at a gas station on {street}, provided a photo of the witness, and asked that it 'look like a robbery.' He faces up to ten years if convicted."
    ],
    n=12,
)
G(
    "neg.counter_speech",
    "en",
    "",
    "long counter-speech thread about bounties and doxxing",
    [
        "I need everyone in this group to hear this. I've seen {num} posts this week putting prices on people: one on {cop}, one on {target}, one on a reporter in {city}. I don't care which side you're on. Offering money to hurt anyone is a crime, and posting someone's address so 'somebody can handle it' is how people die. Screenshot it, report it to the platform and the FBI, and do not share it further."
    ],
    n=10,
)
G(
    "neg.hyperbole",
    "en",
    "",
    "long rambling hyperbolic complaint with no real target",
    [
        "today was SO long. alarm didn't go off, the train was dead on the tracks for forty minutes, my boss is going to kill me because I missed standup, my shoes are murdering my feet, and the coffee machine at work died right as I got to it. I would genuinely kill for a nap and {thing}. if one more thing goes wrong I'm moving to a cabin in the woods and never coming back lol"
    ],
    n=10,
)
G(
    "neg.public_activity",
    "en",
    "",
    "long community alert about enforcement activity with safety advice",
    [
        "Community update as of {time}: we have confirmed reports of {agency} at {cross} and near the Shopwell on {street}, at least four vehicles. Observers are on site filming from the sidewalk. Reminder: you do not have to open your door without a judicial warrant, you have the right to remain silent, and please do not approach or interfere with the agents. Stay safe, check on your neighbors, and share this with families who might be affected."
    ],
    n=10,
)

# ============================================================================
# v2 block: groups added after the first release.  Everything above this line is
# the v1 block; its group ids, splits and row ids are frozen.  New groups go
# below, and the v2 block is split within family on its own (see main()).
# ============================================================================
V1_GROUP_COUNT = len(GROUPS)

GROUP_PLACES_EN = [
    "14th precinct",
    "migrant shelter on {street}",
    "mosque on {street}",
    "Courier newsroom",
    "ICE field office in {city}",
    "Pride center on {street}",
    "synagogue on {street}",
    "refugee office on {street}",
]
SLOTS.update(
    {
        "group_place": _fill_sub(GROUP_PLACES_EN),
        "place_upper": lambda r, c: c.fill(r.choice(GROUP_PLACES_EN)).upper(),
        "first_upper": lambda r, c: c["first"].upper(),
        "last_upper": lambda r, c: c["last"].upper(),
        "day_upper": lambda r, c: c["day"].upper(),
        "street_upper": lambda r, c: c["street"].upper(),
        "amount_upper": lambda r, c: c["amount"].upper(),
        "act_3s_upper": lambda r, c: c["act_3s"].upper(),
        "target_upper": lambda r, c: c["target"].upper(),
        "act_3s_en": lambda r, c: c.fill(
            r.choice(ACTS_EN)[1].replace("X's", "{first}'s").replace("X", "{first} {last}")
        ),
        "agency_word": lambda r, c: r.choice(["ICE", "FBI", "Border Patrol", "DEA"]),
    }
)

# ---- v2: threat ---------------------------------------------------------------
F = "threat.direct"
G(
    F,
    "en",
    "T",
    "multi-sentence post with benign chatter; the middle sentence states intent to kill a named person",
    [
        "Rough week. Car's in the shop again and the landlord still hasn't fixed the sink. Anyway I've made up my mind about {target}: I'm going to kill them {when} and I don't care what happens after. Going to bed, night all.",
        "back from the gym, legs are jelly lol. real talk tho, {target} is getting shot {when}, by me, I already have it planned out. anyone know a good meal prep place near {street}?",
        "Happy Friday everyone! Quick update: the garden finally has tomatoes. Also {target} won't live to see next week, I'll make sure of it myself. Pics of the tomatoes below.",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "el autor declara que va a matar a una persona identificable, en registro de mensaje de texto",
    [
        "ya estuvo, a {target} me lo voy a chingar {when}, ya tengo con qué",
        "nomás te aviso q {target} no llega al fin de semana, yo mismo me encargo",
        "A {target} lo voy a matar {when}. No es broma, ya lo decidí.",
        "neta que a {target} le voy a meter un plomazo en cuanto lo vea, ya me tiene hasta la madre",
    ],
    n=15,
)
G(
    F,
    "en",
    "T",
    "formal-register statement of intent to harm an identifiable person",
    [
        "Please be advised that I intend to end the life of {target} {when}. I have made my arrangements.",
        "To whom it may concern: {target} will be shot at the earliest opportunity. I will be the one doing it.",
        "Let the record show that I, personally, am going to beat {target} to death when I find them.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "code-switched threat: author will kill a named person",
    [
        "ya me cansé de {first}, I'm gonna kill that dude {when}, en serio",
        "{first} {last} se va a morir, I swear, I'm putting him in the ground {when}",
        "bro I'm done, a {first} le voy a dar piso this weekend, no cap",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "amenaza directa dirigida a la persona, en segunda persona",
    [
        "{first}, ya estás muerto. Te voy a encontrar {when}.",
        "Escúchame bien {first}: la próxima vez que te vea te mato.",
        "te vas a morir {first} {last}, y voy a ser yo el que lo haga",
    ],
    n=14,
)

F = "threat.conditional"
G(
    F,
    "en",
    "T",
    "harm made conditional on the target going to the police",
    [
        "Go to the cops about this, {first}, and you'll be picking your teeth up off the floor.",
        "if {target} files that report I'm breaking both their arms. simple as that",
        "{first}. One call to the police and I burn your car with you in it. Think about it.",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "daño condicionado a que la persona testifique o denuncie",
    [
        "Si {target} va a declarar, no sale vivo del juzgado.",
        "tú denuncia {first} y a ver si llegas a tu casa, ya sabes cómo es esto",
        "Nomás que abras la boca en la audiencia y te levanto, {first}.",
        "si te presentas {day} al juicio te quiebro, {first}, tú sabrás",
    ],
    n=15,
)
G(
    F,
    "en",
    "T",
    "long rambling message whose middle sentence makes harm conditional on the target's conduct",
    [
        "Hey {first}. I've tried being nice about the fence, the dog, the parking, all of it. I've called the city twice and they don't care. So here's where we are: if your truck is in front of my driveway one more time, I will come over there and put you in the hospital. I'm not asking again. Have a good evening.",
        "Long day at work and now this. {first}, I heard you've been talking to my wife again. I'm going to be calm about it for exactly one message. You text her again and I'm going to find you and break your jaw. That's it. That's the message. I'm going to go watch the game now.",
    ],
    n=12,
)
G(
    F,
    "en",
    "T",
    "terse texting-style conditional threat with emoji",
    [
        "testify n ur done {first} {emoji}",
        "keep talkin {first} n see wat happens to u 🔪",
        "show up {day} {first}. i dare u. u wont walk out",
        "post one more vid about me {handle} and ur gettin jumped",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "amenaza condicionada al pago de una deuda o a una conducta",
    [
        "Tienes hasta el {day} para pagarme, {first}. Si no, te rompo las piernas.",
        "o me regresas la lana o te quemo el carro con todo y tú adentro, {first}",
        "Si vuelves a acercarte a mi hermana te mato, {first} {last}. Última advertencia.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "conditional threat to a public-facing person over their work",
    [
        "Publish that story, {journalist}, and you won't make it to your car.",
        "Rule against us {when}, Judge {last}, and you'll need a bodyguard for the rest of your life. I'll see to it.",
        "One more ticket, {cop}, and I'm putting you in the ground myself.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "all-caps conditional threat",
    [
        "IF {first_upper} SHOWS UP AT THE MEETING {day_upper} I WILL HURT HIM. I MEAN IT.",
        "YOU EVICT US AND I WILL BURN YOUR HOUSE DOWN {first_upper}. TRY ME.",
        "TESTIFY AND YOU DIE {first_upper}. THAT'S A PROMISE.",
    ],
    n=13,
)
G(
    F,
    "es",
    "T",
    "amenaza condicionada en un mensaje largo que mezcla otros temas",
    [
        "Buenas, ya pasé a dejar lo de la tanda con tu mamá. Y otra cosa {first}: si te vuelvo a ver con mi vieja te voy a meter un balazo, ya estás avisado. Saludos a la familia.",
        "Oye {first}, ya llegaron los papeles del terreno, hay que firmarlos el {day}. Y te lo digo una sola vez: si le vas con el chisme al licenciado, te levanto y nadie te vuelve a ver.",
    ],
    n=12,
)

F = "threat.surveillance"
G(
    F,
    "en",
    "T",
    "intimidation by describing the target's routine, no concrete locating data",
    [
        "Nice jog this morning, {first}. Same route every day, huh. Be a shame if something happened on it.",
        "We know you take the 7:40 bus, {first}. We know which seat. Keep talking.",
        "you always stop for coffee before work {first}. we've been right behind you all week",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "intimidación diciendo que vigilan a la persona, sin datos concretos",
    [
        "Te estamos viendo, {first}. Sabemos a qué hora sales y con quién.",
        "qué bonito tu carro nuevo {first}, ya lo tenemos bien ubicado",
        "Tus hijos salen de la escuela bien contentos, {first}. Cuídalos, eh.",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "surveillance threat addressed to an official, no concrete data",
    [
        "Judge {last}, your daughter looked happy at soccer practice {day}. We were there too.",
        "{cop}, we see you leave the station every night. Long walk to your car, isn't it.",
        "Councilmember {last}, we know which nights you stay late. We'll be waiting.",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "rambling post whose buried sentence signals surveillance to intimidate a named person",
    [
        "lol so much drama in the group chat today, nobody can agree on the trip. Btw {first}, I've been parked outside your place three nights running and I know exactly when you turn off the lights. Anyway vote on the cabin by Friday pls.",
        "New recipe turned out great, will share later. {first} {last}: I followed you home from work {day}, I watched you put the kids to bed. Think about that before you talk to anyone. Okay, back to the recipe.",
    ],
    n=12,
)
G(
    F,
    "es",
    "T",
    "vigilancia como intimidación, con mezcla de inglés",
    [
        "{first}, we know where you go every {day}, ya te tenemos checado",
        "ayer te vimos saliendo del gym a las nueve, {first}. next time no vas a estar solo",
        "bonita tu rutina {first} 👀 la misma todos los días, so easy",
    ],
    n=13,
)

F = "threat.property"
G(
    F,
    "en",
    "T",
    "author states intent to burn an identifiable person's home, texting register",
    [
        "ima torch {first}'s house {when} lol watch",
        "{target_poss} house going up in flames {when}, I already bought the gas",
        "gonna burn that whole place down with {first} inside, just wait",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "el autor anuncia que va a quemar o destruir la casa, carro o negocio de alguien",
    [
        "Al {first} le voy a quemar el negocio {when}, ya tengo la gasolina.",
        "le voy a prender fuego a la casa de {target}, nomás esperen",
        "la troca de {first} no amanece, yo me encargo hoy en la noche",
    ],
    n=15,
)
G(
    F,
    "en",
    "T",
    "long post with unrelated chatter; decisive sentence is intent to destroy a named person's car or shop",
    [
        "Finally got the new job!! Start Monday. Celebrating tonight with the crew. Also {first} {last}'s bakery on {street} is getting its windows smashed and the whole thing torched before they reopen, I'm doing it myself. Anyway drinks at 8.",
        "PSA for the neighborhood: the block party is moved to Sunday. And {first}, that car you love so much is getting four slashed tires and a brick through every window tonight. My hands, not anyone else's. See everyone Sunday!",
    ],
    n=12,
)
G(
    F,
    "en",
    "T",
    "formal warning that the author will destroy an identifiable person's property",
    [
        "This is your notice, {landlord}: the building you refuse to repair will burn, and I will be the one who lights it.",
        "I have decided that {target_poss} car will be destroyed this week. I will do it personally.",
    ],
    n=12,
)
G(
    F,
    "es",
    "T",
    "amenaza de destruir propiedad, mayúsculas y tono de enojo",
    [
        "TE VOY A QUEMAR LA CASA {first_upper}, YA ESTUVO",
        "LE VOY A ROMPER TODOS LOS VIDRIOS AL CARRO DE {first_upper} Y LUEGO LO QUEMO",
        "ESE PUESTO DE {first_upper} EN LA {street_upper} NO AMANECE, LO DIGO YO",
    ],
    n=13,
)

F = "threat.group"
G(
    F,
    "en",
    "T",
    "threat to attack an identifiable group at a named place, buried in a longer post",
    [
        "Been thinking about this for a while and I'm done thinking. Tomorrow I'm going down to the {group_place} and I'm shooting every one of them I can see. I've written it all down. Don't try to stop me.",
        "Everyone keeps saying vote, protest, write letters. Fine. I'm going to the {group_place} {when} with what I've got in the trunk and they'll find out what I think.",
    ],
    n=12,
)
G(
    F,
    "es",
    "T",
    "amenaza contra un grupo identificable en un lugar",
    [
        "Voy a ir a balacear a {group} {when}, ya está decidido.",
        "a {group} les voy a quemar el lugar con todos adentro",
        "{when} voy por {group}, nadie sale vivo de ahí",
    ],
    n=14,
)
G(
    F,
    "en",
    "T",
    "short texting threat against a group at a place",
    [
        "{group} r gonna get it {when}. me n my piece",
        "imma shoot up the {group_place} {when} fr",
        "{group}: I'm coming for you {when}. all of you.",
    ],
    n=14,
)
G(
    F,
    "es",
    "T",
    "amenaza contra un grupo en mensaje mezclado inglés-español",
    [
        "{group}, we're coming {when}, nadie se salva",
        "I'm going to the albergue de {street} {when} y los voy a quebrar a todos",
        "los de la migra del field office, you're all dead {when}, lo juro",
    ],
    n=13,
)
G(
    F,
    "en",
    "T",
    "formal manifesto-style declaration of an attack on a group",
    [
        "Statement: on {day} I will carry out an attack on the {group_place}. This is not a metaphor.",
        "I hereby announce that the {group} will be targeted by me, personally, {when}. I am armed and prepared.",
    ],
    n=12,
)

F = "threat.obfuscated"
G(
    F,
    "en",
    "T",
    "texting threat to kill a named person; harm word obfuscated",
    [
        "gonna kill {first} {when} no joke",
        "{first} ur dead when i find u",
        "I'll shoot {target} the second I see them",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "es",
    "T",
    "amenaza de muerte con palabra ofuscada",
    [
        "a {first} lo voy a matar {when}",
        "ya estás muerto {first}, nomás espera",
        "le voy a meter un plomazo a {target}",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "en",
    "T",
    "conditional threat with an obfuscated harm word",
    [
        "talk to the cops {first} and you're dead",
        "testify {day} and I'll kill you, {first}",
        "one more word {first} and I stab you",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "en",
    "T",
    "multi-sentence post with an obfuscated threat in the middle",
    [
        "ok weekend plans: hike saturday, laundry sunday. and {first} {last} gets shot {when}, I've got the gun ready. who's bringing snacks saturday?",
        "work was fine. {first} is dead meat tomorrow, I'll kill him myself. anyone seen the new season yet?",
    ],
    n=12,
    obf=True,
)
G(
    F,
    "es",
    "T",
    "amenaza a un funcionario con palabra ofuscada y mezcla de idiomas",
    [
        "el juez {last} is dead {when}, lo voy a matar yo",
        "la agente {last} se muere {when}, ya sé dónde estaciona, I'll kill her",
        "{first}, I'm gonna kill you, ya te tengo ubicado",
    ],
    n=13,
    obf=True,
)
# ---- v2: solicitation -------------------------------------------------------------
F = "sol.bounty"
G(
    F,
    "en",
    "S",
    "author offers money to whoever harms a named person; decisive offer buried in a chatty post",
    [
        "Ugh, Monday. Coffee machine broke, traffic was insane. Anyway, standing offer: {amount} to anyone who {act_3s}, paid the same day. OK back to spreadsheets.",
        "lol the group chat is wild today. but fr, I'll pay {amount} to whoever {act_3s}, no questions. also who took my charger",
        "Quick note before I forget: rent is due Friday, the dog needs shots, and there's {amount} for the first person who {act_3s}. Proof in DMs.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "el autor ofrece dinero a quien dañe a una persona identificable",
    [
        "Hay {amount} para el que {act_3s}. Pago al momento.",
        "quien {act_3s} se lleva {amount}, palabra",
        "Ofrezco {amount} limpios al valiente que {act_3s} {when}.",
        "{amount} pa'l que {act_3s}, nomás manden foto de prueba",
    ],
    n=16,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "bounty in crypto or payment-app register on an identifiable person",
    [
        "{amount} in {coin} sitting in escrow for whoever {act_3s}. Wallet ready.",
        "sending {amount} on {app} to the first one who {act_3s}. screenshot it and I pay",
        "Open bounty: {target}. Payout {amount}, {coin} only, half on proof.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "recompensa por dañar a alguien, mezcla de inglés y español",
    [
        "bounty on {target}: {amount} al que {act_3s}, no questions asked",
        "{amount} cash money pa quien {act_3s} {when}, DM me",
        "whoever {act_3s_en} gets {amount}, en serio, tengo la feria lista",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "formal-register offer of payment for harming a named person",
    [
        "I am prepared to pay {amount_formal} to any individual who will {act}. Serious inquiries only.",
        "A sum of {amount_formal} is available to the party who will {act} before the end of {month}.",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "goods rather than money offered for harming a person",
    [
        "My truck, title and all, to whoever {act_3s}. I mean it.",
        "free rent for a year at my place for anyone who {act_3s}",
        "I'll give my Rolex and my PS5 to the guy who {act_3s}. Deal stands till {day}.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "recompensa por agredir a un agente o policía, publicación larga",
    [
        "Ya estuvo de que vengan a llevarse a la gente del barrio. Lo digo claro para que no haya dudas: hay {amount} para quien {act_3s}. No me importa cómo. El que lo haga que me mande mensaje y le pago en efectivo.",
        "Se los digo a todos los del grupo: {amount} al que {act_3s} antes del {day}. Ya junté la feria entre varios. Nomás avísenme.",
    ],
    n=12,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "all-caps bounty post against a named person",
    [
        "{amount_upper} TO WHOEVER {act_3s_upper}. I'M SERIOUS.",
        "BOUNTY IS UP: {amount_upper} FOR {target_upper}. DEAD.",
    ],
    n=13,
    paid=True,
)

F = "sol.price_list"
G(
    F,
    "en",
    "S",
    "price list per act against a named person, informal",
    [
        "rates for {first} {last}: {price_list}. dm me proof",
        "{first} {last} menu lol: {price_list}. cash or {app}",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "lista de precios por acto o por rango, en español",
    [
        "Precios: {price_list}. El que quiera jale que me escriba.",
        "Así quedan las tarifas: {price_list}. Pago con foto.",
        "Lista actualizada 👉 {price_list}. Nomás gente seria.",
    ],
    n=15,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "price list embedded in a longer post",
    [
        "Ok since people keep asking how this works. I'm not repeating it. {price_list}. You send proof, I send money, same day. Don't DM me about anything else.",
        "Been saving up all year for this. Here's what I'm paying out: {price_list}. Start with the ones at the {city} office.",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "lista de precios con mezcla de inglés",
    [
        "prices r up: {price_list}, cash o {app}",
        "la lista is simple: {price_list}. bring proof y te pago",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "tiered payout for harming ranks of officials",
    [
        "Tiered payout: {price_list}. Bonus if it's on camera.",
        "Payout schedule, updated {day}: {price_list}. Double for the one who signed the warrant.",
    ],
    n=13,
    paid=True,
)

F = "sol.murder_for_hire"
G(
    F,
    "en",
    "S",
    "texting request to hire someone to kill a relative",
    [
        "u know anyone who does jobs? need my {rel} gone. {amount}",
        "need somebody to handle my {rel}. permanently. paying {amount}",
        "who do I talk to about making my {rel} disappear. got {amount} saved",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "contratar a alguien para matar a una persona, en registro de chat",
    [
        "ocupo a alguien que se eche a {target}, pago {amount}",
        "busco quien haga un jale: {act}. Hay {amount}.",
        "¿Conoces a alguien que haga trabajitos? Quiero {act}. Pago bien.",
    ],
    n=15,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "long, rambling message hiring a killer, decisive ask in the middle",
    [
        "I never thought I'd be writing something like this. Things with my {rel} have been bad for years, the lawyers are useless and the court keeps siding with them. I need someone to kill my {rel} and make it look like an accident. I have {amount}. I can give you their schedule. Please just reply if you can do it.",
        "Hi, a friend of a friend gave me this number. I'll keep it short-ish. There's a witness, {name}, and the trial is in {month}. I want them killed before then. Money isn't a problem, {amount} up front. Call me from a different phone.",
    ],
    n=12,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "asesinato por encargo sin pago, como favor",
    [
        "Al que me haga el favor de {act} le voy a deber la vida.",
        "compa, hazme el paro de {act} y quedamos a mano para siempre",
        "Nomás te pido una cosa, primo: {act}. Lo que quieras después es tuyo.",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "formal-register solicitation to kill, framed as a business proposal",
    [
        "I am seeking a discreet professional to permanently resolve a matter involving {target}. Compensation: {amount_formal}.",
        "Looking to retain services for the removal of {name}. Terms: {amount_formal}, half in advance. Discretion essential.",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "contrato para matar a un testigo o fiscal, mezcla de idiomas",
    [
        "need someone pa' {act} antes del juicio, pago {amount}",
        "tengo {amount} for a job: {act}. serious only, nada de juegos",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "favour-based request to kill, unpaid",
    [
        "You owe me from last year. Time to pay it back: kill {target} for me.",
        "if you ever loved me you'll take care of {target}. permanently. please",
        "do this one thing for me, {first2}. {target} can't be breathing by {day}.",
    ],
    n=14,
)

F = "sol.call_to_action"
G(
    F,
    "es",
    "S",
    "reporte de actividad pública convertido en un llamado a agredir",
    [
        "{public_activity}. Vayan y pártanles la madre.",
        "{public_activity}, ¿quién va a ir a romperles la cara?",
        "{public_activity}. Ya saben qué hacer: quémenles las camionetas con ellos adentro.",
        "Ojo: {public_activity}. Lleven piedras y bates y no dejen a ninguno parado.",
    ],
    n=16,
)
G(
    F,
    "en",
    "S",
    "public-activity report followed by an urging to hurt the agents or officers",
    [
        "Heads up, {public_activity}. Go out there and hurt them.",
        "{public_activity}. Somebody go down there and put a few of them in the hospital.",
        "{public_activity}, anyone nearby go break some skulls",
        "{public_activity}. Don't film them. Jump them.",
    ],
    n=16,
)
G(
    F,
    "en",
    "S",
    "long community post that turns into a call to attack a named person",
    [
        "Neighborhood meeting recap: the streetlights are getting fixed, the park cleanup is on Saturday, and about {target}: everyone knows what they did. Someone needs to catch them alone and beat them until they can't walk. That's all from the meeting. Bring gloves for the cleanup.",
        "Thanks to everyone who came out {day}. Great turnout. I'll say one more thing and then I'll stop: {target} has had this coming for years. Somebody needs to put them in the ground. OK, minutes will be posted tomorrow.",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "llamado a que otros maten o golpeen a una persona identificable",
    [
        "Alguien tiene que darle piso a {target}, ya es hora.",
        "¿Nadie le va a partir la madre a {target}? Ya estuvo.",
        "Raza, hay que levantar a {target} {when}. El que pueda, que vaya.",
        "ojalá alguien se anime a quebrar a {target}, se lo merece, vayan",
    ],
    n=16,
)
G(
    F,
    "en",
    "S",
    "short imperative texting call to attack a named person",
    [
        "someone jump {first} after school {day}",
        "go beat {first}'s ass, all of u, tonight",
        "yall need to catch {first} {last} outside and stomp him",
        "everybody pull up on {handle} and make him bleed",
    ],
    n=15,
)
G(
    F,
    "en",
    "S",
    "formal-register public call to use violence against an identifiable person",
    [
        "I call upon every able-bodied member of this community to confront {target} and ensure they never harm anyone again, by any means necessary, including lethal force.",
        "It is the duty of every true patriot to take up arms against {target}. Do not wait for the courts.",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "llamado a atacar a un grupo, con mezcla de inglés",
    [
        "let's all go to {group} {when} y les damos en la madre",
        "everybody a {group}, hay que quemarles todo, no one leaves",
        "vamos todos, go hurt {group}, que no quede nadie parado",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "call to attack wrapped in 'someone should' phrasing in a rambling post",
    [
        "idk man I'm just tired. Everything costs double, the bus was late again, and {target} is out here living free. Honestly someone should just shoot them and save us all the trouble. Anyway does anyone have a good soup recipe",
        "Not gonna lie, kind of a weird week. Got a parking ticket, lost my keys. And the fact that {target} is still walking around? Somebody needs to stab them already. Whatever. Going to bed.",
    ],
    n=12,
)
G(
    F,
    "en",
    "S",
    "all-caps call to attack at a named place",
    [
        "EVERYONE TO THE {place_upper} TONIGHT. DRAG THEM OUT AND BEAT THEM.",
        "GO HURT EVERYONE AT THE {place_upper}. ALL OF THEM. NOW.",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "reporte de retén o patrullas convertido en llamado a disparar",
    [
        "{public_activity}. Si alguien trae cuete, este es el momento de usarlo.",
        "{public_activity}, que alguien les dispare a esos perros",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "code-switched public-activity report turned into a call to attack",
    [
        "{public_activity} — vayan y go hurt them, no mercy",
        "{public_activity}. raza, go out there y rómpanles la cara",
        "{public_activity}, someone needs to go y darles en la madre",
    ],
    n=14,
)
G(
    F,
    "en",
    "S",
    "emoji-heavy call to attack a named streamer or person",
    [
        "{handle} lives rent free in everyone's head 🤡 go find him and smash his face in 👊👊",
        "y'all know what to do with {first} {last} 🔫🔫 go handle it",
        "🚨 {handle} 🚨 somebody beat this guy up already 👊💯",
    ],
    n=14,
)

F = "sol.locate"
G(
    F,
    "en",
    "S",
    "paying for a named person's home address with hostile intent, texting register",
    [
        "{amount} to whoever gets me {first} {last}'s address. got business with them 😈",
        "need {target_poss} home addy asap. paying. they won't see it coming",
        "who can find where {first} {last} lives? {amount}. I'll handle the rest",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "pide la dirección o rutina de alguien para agredirlo",
    [
        "¿Alguien sabe dónde vive {target}? Le tengo un regalito.",
        "pago {amount} por la dirección de {target}, ya sabrán para qué",
        "Necesito saber a qué hora sale de su casa {target}. Para darle su merecido.",
        "quien me pase dónde vive {first} {last} le invito, que ya le toca",
    ],
    n=16,
)
G(
    F,
    "en",
    "S",
    "long post asking the crowd to find a person's car and plate to go after them",
    [
        "So the guy who got my cousin deported is {target}. I don't have much but I have {amount} for anyone who can tell me what he drives and where he parks at night. Plate number if possible. We'll take care of the rest, you won't be involved.",
        "Does anyone know which car {target} drives now? I need the plate and where it sits overnight. Not to talk. They know what they did and we're going to show them.",
    ],
    n=12,
)
G(
    F,
    "es",
    "S",
    "pide la escuela de los hijos de alguien con intención hostil",
    [
        "¿En qué escuela van los hijos de {target}? Quiero que sienta lo que se siente.",
        "a ver quién averigua dónde estudian los chamacos de {first} {last}, hay que darle donde le duele",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "formal-register request for a target's schedule and home to harm them",
    [
        "I am requesting information regarding the daily schedule and residence of {target}, so that appropriate action can be taken against them personally.",
        "Seeking: home address and work hours of {name}. Purpose: they will answer for what they did, physically.",
    ],
    n=12,
)
G(
    F,
    "en",
    "S",
    "code-switched request for someone's address to attack them",
    [
        "alguien sabe where {first} {last} lives? vamos a caerle tonight",
        "need la dirección de {first}, we're pulling up with bats",
    ],
    n=13,
)
G(
    F,
    "en",
    "S",
    "asks for an officer's or agent's home location with hostile intent",
    [
        "Anybody know where {cop_or_agent} lives? Time they felt what they do to people.",
        "Paying for {cop_or_agent}'s home address. Let's see how brave they are at their own front door.",
    ],
    n=13,
)

F = "sol.joke_framed"
G(
    F,
    "en",
    "S",
    "real offer of payment for harm wrapped in a 'just kidding' disclaimer",
    [
        "jk jk... unless? {amount} to whoever {act_3s}. sent from my burner 😇",
        "not serious obviously lol. but {amount} on {app} for whoever {act_3s}, dm me",
        "haha I'm joking. (I'm not.) {amount} to anyone who {act_3s}.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "S",
    "oferta real de pago por dañar a alguien disfrazada de broma",
    [
        "jaja es broma... pero si alguien {act_3s} le doy {amount}, nomás digo",
        "no es en serio eh 🤭 pero {amount} al que {act_3s}, pásenme foto",
        "Broma broma. Bueno, hay {amount} para quien {act_3s}. Ustedes sabrán.",
    ],
    n=15,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "'hypothetically' framing around a concrete contract on a named person",
    [
        "Purely hypothetically, if someone {act_3s}, they'd find {amount} in their account by Friday. Just a thought experiment 🙃",
        "asking for a friend: would {amount} be enough for someone to {act}? because that's the offer. hypothetically.",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "'satire' label on a real call to hurt a named person",
    [
        "SATIRE: everyone should go to {first} {last}'s house tonight and beat him senseless. (satire tag so the mods don't cry)",
        "/s obviously, but someone really should put {target} in the ground this week. {amount} for whoever does it /s",
    ],
    n=13,
)
G(
    F,
    "es",
    "S",
    "cita una oferta ajena para apoyarla y aumentarla",
    [
        "Como dijo el compa: '{amount} al que {act_3s}'. Yo le pongo otros {amount2} encima.",
        "Lo que dijo {first2} va en serio, y yo le sumo {amount}. Al que {act_3s}.",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "S",
    "meme or 'lol' framing around an endorsed bounty",
    [
        "me: I'm a pacifist. also me: {amount} to whoever {act_3s} 😂 (offer is real btw)",
        "nobody: absolutely nobody: me, paying {amount} for whoever {act_3s} lmaooo. seriously tho dm me",
    ],
    n=13,
    paid=True,
)

F = "sol.obfuscated"
G(
    F,
    "en",
    "S",
    "bounty with an obfuscated harm word",
    [
        "{amount} to whoever kills {target}",
        "bounty on {target}, {amount}, proof required",
        "paying {amount} for whoever shoots {first} {last}",
    ],
    n=14,
    paid=True,
    obf=True,
)
G(
    F,
    "es",
    "S",
    "recompensa con palabra ofuscada",
    [
        "{amount} al que mate a {target}",
        "hay {amount} al que le meta un plomazo a {target}",
        "pago {amount} por ver muerto a {target}",
    ],
    n=14,
    paid=True,
    obf=True,
)
G(
    F,
    "en",
    "S",
    "call to action with an obfuscated harm word",
    [
        "someone needs to kill {target} already",
        "go hurt {group} tonight, all of you",
        "somebody put a bullet in {first} {last} pls",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "es",
    "S",
    "llamado a matar con palabra ofuscada, mezcla de idiomas",
    [
        "alguien tiene que matar a {target}, seriously",
        "go and kill {first}, ya nos tiene hartos",
        "hay que dejar muerto a {target}, who's in",
    ],
    n=13,
    obf=True,
)
G(
    F,
    "en",
    "S",
    "murder-for-hire request with an obfuscated harm word",
    [
        "need someone to kill my {rel}, paying {amount}",
        "hiring: one job, {first} {last} dead by {day}, {amount}",
    ],
    n=13,
    paid=True,
    obf=True,
)

F = "sol.with_threat"
G(
    F,
    "en",
    "TS",
    "author offers money for harming a person and says they will do it themselves if nobody does",
    [
        "{amount} to whoever {act_3s} by {day}. If nobody steps up I'll do it myself.",
        "bounty's {amount} on {target}. no takers by friday and I'm going over there with my own gun",
        "Open offer: {amount} for {target}. After Sunday the offer's off because I'll have done it.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "es",
    "TS",
    "el autor invita a otros a atacar y dice que él también va",
    [
        "¿Quién se anima? {when} vamos por {target}, yo llevo el cuete.",
        "Vámonos todos a la casa de {target} {when}, yo voy por delante",
        "El que quiera que me acompañe, {when} le damos piso a {target}. Yo voy sí o sí.",
    ],
    n=15,
)
G(
    F,
    "en",
    "TS",
    "rallying others to go attack a group with the author joining",
    [
        "Who's rolling with me to the {group_place} {when}? Bring bats. I'm going regardless.",
        "I'm heading to the {group_place} {when} to crack some heads. Anyone with me?",
        "let's go, {group_place}, {when}, me and whoever's got the guts. we end this",
    ],
    n=14,
)
G(
    F,
    "en",
    "TS",
    "long post recruiting help to jump a named person with the author taking part",
    [
        "Okay I've been patient. {first} {last} has been running his mouth for months and I'm done. I need two or three guys to help me jump him after his shift {day}. I'll be the first one swinging, I just need people to block the exits. DM me if you're in. Bring gloves.",
        "Not asking anyone to do what I won't. {day} night, {target}, parking lot. I'm going to beat them until they stop moving and I want a couple of you there to keep watch. Who's in?",
    ],
    n=12,
)
G(
    F,
    "es",
    "TS",
    "ofrece dinero y amenaza con hacerlo él mismo, mezcla de idiomas",
    [
        "{amount} pa quien {act_3s}, and if nobody does it yo mismo lo hago",
        "bounty de {amount} on {target}, si nadie le entra I'll handle it myself",
    ],
    n=13,
    paid=True,
)
G(
    F,
    "en",
    "TS",
    "texting recruitment with author joining the attack",
    [
        "pull up w me {when}, we gonna jump {first} 👊",
        "who tryna help me fuck up {first} {day}? im bringing the bat",
        "me n u n {first2} tonight, {first} gets it. u in?",
    ],
    n=14,
)
G(
    F,
    "es",
    "TS",
    "llamado a atacar a agentes con el autor participando, tras un reporte de actividad pública",
    [
        "{public_activity}. Yo ya voy para allá con unos compas a madrearlos, ¿quién más se apunta?",
        "{public_activity}. Vamos todos, yo llevo las piedras, hoy se la cobramos",
    ],
    n=13,
)
G(
    F,
    "en",
    "TS",
    "minimal pair to counter-speech: author endorses and joins an attack rather than condemning it",
    [
        "People keep saying don't go after {target}. I disagree. I'm going {when} and whoever wants to help me hurt them is welcome.",
        "Everyone's condemning the guys who went after {group} last week. I'm not. I'm going back {when} and you should come with me.",
    ],
    n=12,
)
# ---- v2: doxxing --------------------------------------------------------------------
F = "dox.address"
G(
    F,
    "en",
    "D",
    "discloses a private person's home address in a chatty multi-sentence post",
    [
        "So the guy who keeps leaving those reviews is {name}. He lives at {address}. Just so everyone knows who they're dealing with.",
        "tea: {first} {last} (the one from the PTA fight) lives at {address}. apartment with the blue door lol",
        "Found her. {name}, {address}. Took me like ten minutes. Do with that what you will.",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el domicilio particular de una persona privada",
    [
        "Para que sepan, {first} {last} vive en {address}.",
        "la que anda diciendo chismes es {first} {last}, vive en {address}, ahí la encuentran",
        "Este es el domicilio de {name}: {address}. Compártanlo.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "discloses an off-duty officer's or agent's home address",
    [
        "{cop_or_agent} lives at {address}. Not the station. His house.",
        "Home address for {cop_or_agent}: {address}. Spread it.",
    ],
    n=13,
)
G(
    F,
    "en",
    "D",
    "long rambling post where a neighbour's home address is exposed mid-text",
    [
        "I'm so tired of this HOA. Meetings every week, fines for everything. The woman behind all of it is {name} and honestly people should know she's at {address}, the one with the ugly fence. Anyway I'm thinking of repainting the garage, any color ideas?",
        "long rant incoming. my old roommate {first} {last} stole my deposit, ghosted me, and now posts vacation pics. his new place is {address}, unit {unit}. sharing so everyone he owes money knows. ok rant over, thanks for listening",
    ],
    n=12,
)
G(
    F,
    "es",
    "D",
    "domicilio de un agente o juez compartido, mezcla de idiomas",
    [
        "el agente {last} de la migra vive en {address}, fyi, for everyone",
        "aquí está la casa de la jueza {last}: {address}. not the courthouse, su casa",
    ],
    n=13,
)

F = "dox.phone"
G(
    F,
    "en",
    "D",
    "posts a private person's personal cell number, texting register",
    [
        "{first} {last}'s personal cell is {phone} btw lol",
        "here's my ex's number {phone} go nuts",
        "this is the karen from the parking lot: {name}, {phone}",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el celular personal de una persona privada",
    [
        "Este es el celular de {first} {last}: {phone}. Háblenle todos.",
        "el número personal de {target} es {phone}, para que le digan lo que piensan",
        "Ahí les va el cel de {first}: {phone}. No lo contesta en el trabajo, pero éste sí.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "a judge's or officer's personal cell number disclosed",
    [
        "Judge {last}'s personal cell, not the chambers line: {phone}.",
        "{cop} personal number {phone}. He picks up after 9.",
    ],
    n=13,
)
G(
    F,
    "en",
    "D",
    "personal phone disclosed in the middle of a longer complaint post",
    [
        "I've been going back and forth with this contractor for three months. Paid in full, nothing done. Owner's personal cell is {phone} ({first} {last}), the office never answers so use that one. Leaving a review on every site I can find.",
        "Update on the custody drama: she blocked me everywhere. Her new number is {phone}, {first} {last}, if anyone wants to tell her what they think. I'm done being polite.",
    ],
    n=12,
)

F = "dox.email"
G(
    F,
    "en",
    "D",
    "posts a private person's personal email",
    [
        "{first} {last}'s personal email is {email}. Flood it.",
        "personal email for {first} (not work): {email}",
        "If you want to reach {name} directly, their private inbox is {email}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el correo personal de una persona privada",
    [
        "El correo personal de {first} {last} es {email}, escríbanle.",
        "este es el mail de {first}: {email} para que le llegue todo",
        "Aquí el correo privado de {target}: {email}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "personal email combined with other identifiers in a rambling post",
    [
        "Funny how {first} {last} acts all innocent online. Personal email {email}, and yes I checked, it's the same one on her old dating profile. Everyone should know who she really is. Anyway, happy Sunday.",
        "Long story short the guy who scammed my mom is {name}, uses {email} for everything. Don't bother with the platform, just email him. We all should.",
    ],
    n=12,
)
G(
    F,
    "es",
    "D",
    "correo personal de un agente o policía, mezcla de idiomas",
    [
        "el personal email del oficial {last} es {email}, not the department one",
        "email privado de la agente {last}: {email}. everybody write her",
    ],
    n=13,
)

F = "dox.plate"
G(
    F,
    "en",
    "D",
    "discloses a private person's licence plate with car and where it parks",
    [
        "{first} {last} drives a {car}, plate {plate}, parks on {street} overnight.",
        "his car: {car}, tags {plate}. always at the lot behind {street}",
        "plate {plate}, {car}. owner is {name}. everyone keep an eye out",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica la placa del carro de una persona privada",
    [
        "La camioneta de {first} {last} es una {car} con placas {plate}.",
        "placas {plate}, es el carro de {first}, siempre lo deja en {street}",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "an off-duty agent's personal car and plate disclosed",
    [
        "{cop_or_agent}'s personal car: {car}, plate {plate}. Not a cruiser. His own.",
        "off duty {cop_or_agent} drives a {car} plate {plate}, you'll see it on {street}",
    ],
    n=13,
)
G(
    F,
    "en",
    "D",
    "plate disclosed inside an unrelated multi-sentence post",
    [
        "Beautiful morning for a walk. Saw a hawk! Also the guy who keeps blocking the alley is {first} {last}, {car}, plate {plate}, I've got photos. Anyway the hawk was huge.",
        "reminder book club is thursday. and whoever wants to know: the driver who hit my cat is {name}, {car}, plate {plate}. see you thursday",
    ],
    n=12,
)

F = "dox.id_number"
G(
    F,
    "en",
    "D",
    "posts a private person's SSN and date of birth",
    [
        "{first} {last} SSN {ssn} DOB {dob}. have fun",
        "full info on {name}: SSN {ssn}, born {dob}",
        "{name} - {ssn} - {dob} - lives in {city}",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el número de seguro social o licencia de una persona privada",
    [
        "{first} {last}, seguro social {ssn}, nació el {dob}.",
        "aquí la licencia de {first}: {dl}, y su social {ssn}",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "driver's licence number disclosed in a rant",
    [
        "This woman rear-ended me and drove off. {name}, licence {dl}, DOB {dob}. Posting it everywhere until she pays.",
        "my landlord {first} {last} DL {dl} since he loves paperwork so much. everyone can have it",
    ],
    n=12,
)
G(
    F,
    "es",
    "D",
    "identificadores oficiales de una persona, mezcla de idiomas",
    [
        "la SSN de {first} {last} es {ssn}, use it como quieran",
        "{name}: licencia {dl}, social {ssn}. ya saben",
    ],
    n=13,
)

F = "dox.school"
G(
    F,
    "en",
    "D",
    "discloses which school a private person's children attend",
    [
        "{first} {last}'s kids go to {school}. Pickup is at 3.",
        "fyi {target_poss} daughter is at {school}, 2nd grade",
        "{name}'s son goes to {school}, the red backpack one",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica la escuela de los hijos de una persona privada",
    [
        "Los hijos de {first} {last} van a la {school}, salen a las 2.",
        "la niña de {target} estudia en {school}, para que sepan",
        "el chamaco de {first} va en {school}, turno de la tarde",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "an official's child's school disclosed in a long post",
    [
        "Everyone talks about holding {cop_or_agent} accountable, so let's be specific. His kids go to {school}. Drop-off around 7:50. Let that sink in before the next raid.",
        "You want to know how connected Judge {last} is? Her son is at {school}, the private one. Thought people should know where their kids spend the day.",
    ],
    n=12,
)
G(
    F,
    "en",
    "D",
    "code-switched disclosure of a child's school",
    [
        "la hija de {first} {last} goes to {school}, sale a las 3",
        "{first}'s kid va a {school}, I've seen him there",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "escuela del hijo de un agente o policía",
    [
        "El hijo del agente {last} de ICE va a {school}.",
        "la hija del comandante {last} estudia en {school}, salida a las 13:30",
    ],
    n=13,
)
G(
    F,
    "en",
    "D",
    "school plus class detail in texting register",
    [
        "{first}'s boy is in room {num} at {school} lol",
        "her twins r at {school}, mrs {last2}'s class",
    ],
    n=13,
)

F = "dox.schedule"
G(
    F,
    "en",
    "D",
    "discloses a private person's daily schedule and where they will be",
    [
        "{first} {last} leaves {workplace} at {time} every weekday and walks to the bus on {street}.",
        "Her routine: gym on {street} at {time}, then home. Every day. {name}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica la rutina diaria de una persona privada",
    [
        "{first} {last} sale de {workplace} a las {time} y se va caminando por {street}.",
        "todos los {day} {first} va al gym de {street} a las {time}, solita",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "schedule disclosed in a rambling post",
    [
        "Honestly whatever, people can do what they want with this. {name} opens the shop alone at {time} on weekdays, closes up by herself on {day}s. I'm just saying what I've seen. OK back to my show.",
        "For everyone asking about my ex {first}: still at {workplace}, still takes the {time} train, still gets coffee at the place on {street} first. Same as always. Anyway.",
    ],
    n=12,
)
G(
    F,
    "en",
    "D",
    "an agent's or officer's off-duty schedule disclosed",
    [
        "{cop_or_agent} gets off at {time}, parks on {street}, alone most nights.",
        "off-duty routine for {cop_or_agent}: gym at {time}, then the diner on {street}",
    ],
    n=13,
)

F = "dox.gate_code"
G(
    F,
    "en",
    "D",
    "discloses a private person's gate or door code with their address",
    [
        "{first} {last}, {address}. Gate code {gate}.",
        "code to get into {first}'s complex is {gate}, unit {unit}",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el código del portón de la casa de una persona",
    [
        "El código del portón de {first} {last} es {gate}, vive en {address}.",
        "para entrar al fraccionamiento de {first} marquen {gate}, casa {unit}",
    ],
    n=14,
)
G(
    F,
    "en",
    "D",
    "gate code disclosed mid-post with benign chatter",
    [
        "Party was great. Shoutout to everyone who came. And since {first} {last} thinks she's untouchable behind that fence, her gate code is {gate} and she's in {unit}. Anyway pics soon.",
        "bored at work. fun fact, {name}'s building door code is {gate}, he never changed it. lunch anyone?",
    ],
    n=12,
)
G(
    F,
    "es",
    "D",
    "código de acceso de un funcionario, mezcla de idiomas",
    [
        "gate code de la casa del juez {last}: {gate}, está en {address}",
        "el código del edificio de la agente {last} es {gate}, apt {unit}",
    ],
    n=13,
)

F = "dox.family_workplace"
G(
    F,
    "en",
    "D",
    "discloses where a private person's spouse or parent works",
    [
        "{first} {last}'s wife works the front desk at {workplace}, mornings.",
        "his mom is a cashier at {workplace}, {street} location",
        "{target_poss} husband works at {workplace}, second shift",
    ],
    n=14,
)
G(
    F,
    "es",
    "D",
    "publica el trabajo de un familiar de una persona privada",
    [
        "La esposa de {first} {last} trabaja en {workplace}, en la mañana.",
        "el papá de {first} es cajero en {workplace}, ahí lo encuentran",
        "su hermana trabaja en {workplace}, la de {first} {last}, turno de noche",
    ],
    n=15,
)
G(
    F,
    "en",
    "D",
    "family member's workplace disclosed in a long post",
    [
        "I've been digging into {first} {last} since the lawsuit. Turns out his brother works at {workplace} on {street}, nights. Figured the people he screwed over would want to know where the family is. More to come.",
        "Anyone who thinks {target} has no weak spots: their wife is a nurse at {hospital}, works weekends on the third floor. Just putting it out there.",
    ],
    n=12,
)
G(
    F,
    "en",
    "D",
    "an agent's or officer's spouse's workplace disclosed",
    [
        "{cop_or_agent}'s wife works at {workplace}. Day shift.",
        "fun fact: {cop_or_agent}'s husband manages the {workplace} on {street}",
    ],
    n=13,
)
G(
    F,
    "es",
    "D",
    "lugar de trabajo de un familiar, mezcla de idiomas",
    [
        "la esposa de {first} {last} works at {workplace}, turno de mañana",
        "el hijo de {first} trabaja en {workplace}, he's there every night",
    ],
    n=13,
)
G(
    F,
    "en",
    "D",
    "texting register, relative's workplace plus hours",
    [
        "{first}'s sis works @ {workplace} til {time} lol",
        "ur boy {first}'s dad is at {workplace} every day 9-5 fyi",
    ],
    n=13,
)

F = "dox.combined_with_threat"
G(
    F,
    "en",
    "TD",
    "discloses a home address and the author states they will come to harm the person",
    [
        "{name}, {address}. I'm coming for you {when}.",
        "I know you live at {address}, {first}. I'll be there {when} and you won't like it.",
        "{address}. That's you, right {first}? See you {when}. Bring a helmet.",
    ],
    n=14,
)
G(
    F,
    "es",
    "TD",
    "publica el domicilio y el autor amenaza con ir a dañar a la persona",
    [
        "{first}, vives en {address}. Ahí te voy a caer {when}.",
        "ya sé que vives en {address}, {first} {last}. Te voy a quebrar {when}.",
        "{address}, ¿verdad {first}? Nos vemos {when}, ve rezando",
    ],
    n=15,
)
G(
    F,
    "en",
    "TD",
    "long post mixing chatter with a plate, a schedule and the author's threat",
    [
        "Busy week, kids have a recital Thursday. But I need to say this. {name} drives a {car}, plate {plate}, leaves {workplace} at {time}. I've watched it for weeks. {day} night I'm going to be waiting by that car and I'm going to make sure he never drives again.",
        "Not my usual post. {first} {last}: {address}, gate {gate}, you walk the dog at {time}. I know all of it. Next time you see me it'll be the last thing you see. OK, regular posting resumes tomorrow.",
    ],
    n=12,
)
G(
    F,
    "en",
    "TD",
    "personal phone disclosed with a conditional threat by the author",
    [
        "{first} {last}, {phone}. Pick up when I call or I'll come to your door and break your face.",
        "this is {first}'s cell {phone}. {first}, answer me or I'm coming over with the bat",
    ],
    n=13,
)
G(
    F,
    "es",
    "TD",
    "escuela de los hijos revelada junto con una amenaza del autor",
    [
        "Tus hijos van a {school}, {first}. Sigue hablando y los voy a estar esperando a la salida.",
        "{first} {last}, ya sé que tu niña estudia en {school}. Un paso en falso y voy por ella.",
    ],
    n=13,
)
G(
    F,
    "en",
    "TD",
    "texting register dox plus threat",
    [
        "{address} right? 👀 see u tonight {first} 🔪",
        "found u {first}. {street}, unit {unit}. ur done",
        "plate {plate}, that's ur car {first}. it won't be for long, neither will u",
    ],
    n=14,
)
G(
    F,
    "en",
    "TD",
    "code-switched dox plus threat",
    [
        "{first}, ya sé dónde vives: {address}. I'm coming {when}, prepárate",
        "{name}, {phone}. contesta or I'm pulling up con los compas y te parto la madre",
    ],
    n=13,
)
G(
    F,
    "en",
    "TD",
    "formal-register letter disclosing address and work, with the author's threat",
    [
        "Mr. {last}, I am aware that you reside at {address} and that your wife works at {workplace}. I will be paying you a visit {when}, and you will regret it.",
        "Ms. {last}: {address}, {car}, plate {plate}. I have everything. Withdraw the complaint or I will hurt you myself.",
    ],
    n=12,
)

F = "dox.combined_with_solicitation"
G(
    F,
    "en",
    "SD",
    "discloses a home address and asks others to go hurt the person",
    [
        "{name} lives at {address}. Somebody go teach him a lesson he won't walk away from.",
        "{address}. That's where {first} {last} sleeps. Y'all know what to do 🔥",
    ],
    n=14,
)
G(
    F,
    "es",
    "SD",
    "publica el domicilio y ofrece dinero por dañar a la persona",
    [
        "{first} {last} vive en {address}. Hay {amount} para el que le caiga.",
        "Aquí vive {target}: {address}. {amount} al que le dé piso.",
    ],
    n=14,
    paid=True,
)
G(
    F,
    "en",
    "SD",
    "long post with an agent's plate and schedule plus a bounty",
    [
        "Everyone's been asking who led the raid on {street}. It's {cop_or_agent}. Drives a {car}, plate {plate}, leaves the field office around {time}. {amount} to whoever makes sure he can't do it again. I'm not going to say it twice.",
        "Compiled everything on {name}: {address}, {phone}, works at {workplace}. There's {amount} for anyone who puts them in the hospital. Screenshots as proof.",
    ],
    n=12,
    paid=True,
)
G(
    F,
    "en",
    "SD",
    "texting register: phone or gate code shared with a call to attack",
    [
        "{first} {last} {phone} call him out to the lot then jump him lol",
        "gate {gate} at {first}'s place. go in and fuck him up",
    ],
    n=13,
)
G(
    F,
    "es",
    "SD",
    "domicilio y escuela de los hijos compartidos con llamado a agredir, mezcla de idiomas",
    [
        "{first} {last} vive en {address} y sus hijos van a {school}. go get him, raza",
        "la casa del agente {last}: {address}. vayan y quémenla, who's going",
    ],
    n=13,
)
G(
    F,
    "en",
    "SD",
    "minimal pair to a victim report: the author posts someone else's address and urges attack",
    [
        "People have been posting my address and I know how scary it is. Doesn't matter. {first} {last} deserves it: {address}. Go break his windows and his legs.",
        "I used to report posts like this. Not anymore. {name}, {address}. Someone go hurt him.",
    ],
    n=12,
)
# ---- v2: hard negatives -----------------------------------------------------------
F = "neg.news_bounty"
G(
    F,
    "en",
    "",
    "news report of a bounty someone else offered; reporting, not soliciting",
    [
        "Police in {city} are investigating social media posts that offered {amount} to anyone who would harm {first} {last}. No arrests have been made.",
        "A man was charged {day} after allegedly posting that he would pay {amount} for someone to {act}, according to court filings.",
        "The posts, which offered '{amount} to whoever {act_3s},' were removed by the platform within hours, a spokesperson said.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "nota periodística sobre una recompensa que ofreció otra persona",
    [
        "La fiscalía investiga mensajes en redes que ofrecían {amount} a quien {act_3s}.",
        "Detienen a un hombre acusado de ofrecer dinero para {act}, informó la policía el {day}.",
        "Según el expediente, el acusado publicó: '{amount} al que {act_3s}'. Enfrenta cargos por instigación.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "history or true-crime podcast description about contract killings",
    [
        "On this week's episode: how a {city} contractor tried to hire a hitman for {amount_formal} in 1994, and why the 'hitman' was wearing a wire.",
        "Historians estimate that cartel price lists in the 1990s ranged from a few thousand dollars for a police officer to far more for a commander. Our guest explains how those lists were documented.",
        "True crime thread 🧵: the {last} case, where a wife offered her neighbor {amount_formal} to kill her husband. She was convicted in {month}.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "reportaje largo sobre asesinatos por encargo, sin ofrecer nada",
    [
        "En el reportaje de esta semana, {first_f} {last}, periodista del Diario del Valle, documenta cómo los grupos criminales de la región pagaban a jóvenes por cometer homicidios. Las cifras que aparecen en los mensajes incautados van de 20 mil a 100 mil pesos. La autora concluye que la impunidad alimenta el negocio.",
        "Un tribunal de {city} condenó a {name} a 30 años por contratar a un sicario para matar a su socio. El pago pactado, según la sentencia, fue de {amount_formal}.",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "code-switched news summary of a murder-for-hire arrest",
    [
        "Breaking: arrestan en {city} a un hombre que allegedly offered {amount} para matar a un testigo, según la policía",
        "la noticia de hoy: FBI sting catches man trying to hire a hitman, pagó un anticipo de {amount}",
    ],
    n=13,
)

F = "neg.news_threat"
G(
    F,
    "en",
    "",
    "news about a threat someone else made against an official",
    [
        "Judge {last} received a letter last week saying she would 'not make it home' if she ruled against the defendant, the marshals service confirmed.",
        "A {city} man was arrested for leaving voicemails threatening to shoot Councilmember {last}, police said {day}.",
        "Federal prosecutors charged {name} with threatening to kill a {agency_word} agent in a series of posts.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "nota de prensa sobre amenazas que hizo otra persona",
    [
        "La periodista {first_f} {last} denunció amenazas de muerte recibidas en redes sociales; la fiscalía abrió una carpeta.",
        "Detienen a un hombre que amenazó con quemar la casa de su vecino en {city}, informaron las autoridades.",
        "Según la policía, el sospechoso escribió 'te voy a matar' en la puerta de la víctima.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "long news paragraph with a quoted threat",
    [
        "Court documents say the suspect, {name}, 34, sent more than forty messages over three weeks, including one that read 'you're dead the next time I see you.' He was arrested at his home on {street} {day} and is being held without bail. The victim, a coworker, told investigators she had moved in with relatives.",
        "The school district said it received an anonymous email threatening the staff at {school}. Classes were cancelled {day} out of caution. Police said they traced the message to a teenager in {city} and that there was no evidence of a real plan.",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "short news-alert register about a threat against a group",
    [
        "UPDATE: man charged after threatening to attack the mosque on {street}, police say",
        "ALERT: threat against {school} deemed not credible, classes resume {day}",
        "Suspect in custody after online threats to shoot {group}",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "resumen de noticias con mezcla de idiomas sobre una amenaza de otra persona",
    [
        "Police say un hombre threatened to kill a la maestra {last}, ya lo detuvieron",
        "news: amenazaron al juez {last} con una carta, the FBI is investigating",
    ],
    n=13,
)

F = "neg.news_dox"
G(
    F,
    "en",
    "",
    "explainer about doxxing that repeats no personal data",
    [
        "Doxxing is the publication of someone's private information, like a home address or phone number, without consent. Here's how to lock down your accounts.",
        "After {name}'s address was leaked online, the platform updated its rules. Experts say the damage is often done within hours.",
        "New state law makes it a crime to post a public employee's home address with intent to cause harm, lawmakers said {day}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "nota o guía sobre el doxeo sin repetir datos personales",
    [
        "El doxeo consiste en publicar datos privados de una persona, como su domicilio, sin su consentimiento. Así puedes protegerte.",
        "La periodista {first_f} {last} denunció que publicaron su dirección en redes; la plataforma eliminó el mensaje.",
        "Organizaciones civiles piden sancionar la difusión de domicilios de activistas en {city}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "news about an incident at a public location, no private data",
    [
        "A fire broke out at a warehouse on {street} early {day}; no injuries were reported.",
        "Police responded to a shooting near {cross} on {day}. The victim is in stable condition.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "long feature about a doxxing campaign without any of the leaked details",
    [
        "For three weeks, {first} {last} couldn't leave her apartment without wondering who was watching. A forum had posted her address, her car and her kids' school after a viral video. Police told her there was little they could do. Her story is part of a growing pattern, researchers say: harassment campaigns that move from screens to front doors.",
    ],
    n=10,
)

F = "neg.court_record"
G(
    F,
    "en",
    "",
    "indictment or docket language describing a solicitation someone else made",
    [
        "COUNT TWO: On or about {month} {num}, the defendant offered {amount_formal} to an individual to cause the death of a witness, in violation of 18 U.S.C. § 1958.",
        "The complaint alleges that defendant {name} sent messages offering payment for the assault of {target}.",
        "Minute entry: defendant arraigned on one count of solicitation to commit murder; plea of not guilty entered.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "expediente o sentencia que describe amenazas o encargos de otra persona",
    [
        "El Ministerio Público acusa a {name} de ofrecer {amount_formal} para privar de la vida a un testigo.",
        "Consta en autos que el imputado amenazó a la víctima con 'levantarla' si declaraba.",
        "Se dicta orden de protección a favor de {first_f} {last} y se prohíbe al demandado acercarse a su domicilio.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "trial transcript excerpt with a quoted threat",
    [
        "Q. And what did he say to you then? A. He said, 'testify and you won't make it home.' Q. What did you do? A. I called the detective.",
        "THE WITNESS: He told me he'd put {first2} in the ground if I talked. MR. {last_upper}: Objection. THE COURT: Overruled.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "appellate opinion summarizing a true-threats case",
    [
        "The court held that the defendant's post offering '{amount}' for the officer's death was a true threat and not protected speech. Affirmed.",
        "We conclude that the jury could reasonably find the statements were serious expressions of intent to harm. The conviction for solicitation is affirmed.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "resumen de audiencia con mezcla de idiomas",
    [
        "En la hearing de hoy, el fiscal leyó los mensajes donde el acusado ofrecía {amount} para matar al testigo",
        "court update: la jueza negó la fianza al acusado de amenazar a su ex, según el docket",
    ],
    n=13,
)

F = "neg.counter_speech"
G(
    F,
    "en",
    "",
    "condemns bounties on an identifiable person, target-neutral",
    [
        "Whoever is posting a price on {target} needs to stop. That's not activism, it's a crime. Reported.",
        "I don't care what {target} did. Offering money to hurt anyone is wrong and I'll report every post that does it.",
        "A bounty on {target}? No. Not in this group, not anywhere. Screenshots going to the mods.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "condena las recompensas y los llamados a la violencia",
    [
        "Ofrecer dinero para que lastimen a {target} es un delito, no una opinión. Lo estoy reportando.",
        "No importa de qué lado estés: nadie debe poner precio a la vida de {target}.",
        "Los que andan pidiendo que le den piso a {target} están mal. Así no se arregla nada.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "long counter-speech post responding to a call to attack people at a public-activity location",
    [
        "I'm seeing people in the comments saying to go hurt the agents at {cross}. Please don't. Film from a distance, know your rights, get people to safety. Violence will get our neighbors hurt and give them an excuse. I'm deleting any comment that calls for it.",
        "Some of you are out here saying someone should shoot {cop_or_agent}. That is not who we are. We organize, we vote, we show up for court dates. We do not call for murder. Report those posts.",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "texting-register pushback against doxxing and bounties",
    [
        "bro deleting that post with {first}'s address, that's not ok",
        "nah don't put money on anyone's head, thats insane. reported",
        "y'all posting {first}'s kid's school?? that's sick. stop",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "rechazo del doxeo y de las amenazas, mezcla de idiomas",
    [
        "no compartan la dirección de {first}, that's doxxing y es ilegal",
        "stop with the bounty on {target}, eso no es justicia, es un crimen",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "minimal pair to a call to action: the author explicitly rejects hurting the person",
    [
        "Everyone is saying someone should hurt {target}. I'm saying the opposite: nobody touch them. Let the court do its job.",
        "{target} is a terrible person and nobody should lay a finger on them. Both things are true.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "contradiscurso formal de una organización",
    [
        "Nuestra organización rechaza cualquier llamado a agredir a {target}. La violencia no es una respuesta aceptable.",
        "Condenamos la publicación de datos personales y las recompensas contra periodistas en {city}. Exigimos a las plataformas actuar.",
    ],
    n=13,
)

F = "neg.quote"
G(
    F,
    "en",
    "",
    "moderator quoting a removed bounty post to explain the removal",
    [
        "Removed a post that said '{amount} to whoever {act_3s}.' That's a ban. Don't post like this.",
        "Mod note: the comment '{target} needs a bullet' was deleted and the account suspended.",
        "We received reports about a post offering money to hurt {target}. It's gone. Keep reporting.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "cita una amenaza o recompensa para denunciarla",
    [
        "Miren lo que me escribieron: 'te vamos a levantar'. Ya lo reporté a la policía.",
        "Alguien publicó '{amount} al que {act_3s}'. Es un delito, ya se denunció.",
        "Esta frase, 'al juez le toca plomo', fue borrada por los moderadores. Así no.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "teaching example quoting threats for a trust-and-safety class",
    [
        "Example 4 for the training deck: 'testify and you won't make it home.' Label: conditional threat. Discuss why.",
        "In class we compared 'I'd kill for a coffee' with 'I'm going to kill {first} {when}.' Only the second is a threat.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "journalist quoting a doxxing post while withholding the data",
    [
        "The post, which we will not reproduce in full, listed the officer's home address and urged readers to 'pay him a visit.'",
        "Screenshots shared with the Courier show a message naming {name}'s children's school; the names have been redacted.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "usuario cita un mensaje violento para condenarlo, mezcla de idiomas",
    [
        "someone wrote 'hay {amount} al que {act_3s}' — eso es sick, ya lo reporté",
        "'{target} se muere hoy' dice el post. what is wrong with people, reportado",
    ],
    n=13,
)

F = "neg.victim_report"
G(
    F,
    "en",
    "",
    "victim describes threats they received and their fear, with their own details",
    [
        "Someone left a note on my car saying I'd be dead by {day}. I don't know who. I'm terrified to leave the house.",
        "I got a message saying they know where I live and they're going to hurt my kids. Police report filed, case {caseno}.",
        "My ex keeps texting that he'll burn my apartment down. I have a protective order and he still does it.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "víctima cuenta que la amenazaron y cómo se siente",
    [
        "Me mandaron un mensaje el {day} diciendo que me iban a levantar si seguía publicando. Tengo mucho miedo.",
        "El {day} alguien escribió en mi puerta que soy hombre muerto. Ya puse la denuncia en {city}.",
        "Mi ex {first_m} me dijo que me va a matar si me voy con los niños. No sé qué hacer.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "victim says their own address or phone was posted, quoting their own details",
    [
        "Someone posted my home address ({address_short}) with my photo and now strangers drive by. I didn't consent to any of this.",
        "My personal number {phone} got posted in a group chat and I've had 200 calls. Please stop calling it, I'm changing it today.",
        "They put my plate {plate} online and said I'd 'get what's coming.' I've reported it, but I'm scared to drive.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "víctima menciona sus propios datos que alguien publicó",
    [
        "Publicaron mi dirección, {address}, con mi foto. Ya no me siento segura en mi propia casa.",
        "Alguien subió mi número ({phone}) a un grupo y ahora me llegan amenazas a diario. Ya lo reporté.",
        "Pusieron en internet la escuela de mi hija, {school}. Tuve que sacarla unos días.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "long rambling account of being doxxed and threatened, asking for advice",
    [
        "This is hard to write. After my video went viral {day}, someone found my address and my job and posted both. Then a message: 'we know where your kids go to school.' I've told the principal, I've called the police, I've deleted my accounts. I barely sleep, it's been {num} days. If anyone has been through this, how did you get it to stop?",
        "I'm a nurse at {hospital} and a patient's family member has been sending me messages for {num} days saying I'll pay for what happened. Yesterday they mentioned my car. I'm not posting details here. My manager says to ignore it but I can't. Does anyone know if a restraining order covers messages?",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "texting-register victim telling a friend about a threat they got",
    [
        "omg some guy named {first} just dm'd me 'ur dead' and my address?? im shaking",
        "bro someone posted my number in the {city} group + said 'pull up on her' im so scared rn",
        "got another 'we see you' text {day}. same number. going to the cops tmrw",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "víctima relata amenazas con mezcla de idiomas",
    [
        "me llegó un mensaje el {day} que decía 'we know where you live', estoy asustada",
        "someone posted mi dirección en el grupo de {city} y dijeron que me iban a caer, ya llamé a la policía",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "officer or official describing threats they received, in first person",
    [
        "As a judge in {city}, I've received {num} letters saying I won't make it home. My family has security now. It changes how you live.",
        "I'm an ICE officer in {city} and someone posted my home address {day} with 'pay him a visit.' My wife won't let the kids play outside.",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "minimal pair to dox: victim reports that someone posted their info, without repeating anyone else's",
    [
        "Someone posted my address and my kid's school {day}. I'm not sharing who, I've given everything to the police.",
        "A bounty of {amount} was put on me in a group chat. I'm reporting it, and I'm writing this so others know it happens.",
    ],
    n=12,
)
F = "neg.fiction_film"
G(
    F,
    "en",
    "",
    "plot summary of a film or novel involving a contract killing",
    [
        "In {film}, a retired hitman is offered {amount_formal} to kill a witness and has to decide whether to take the job.",
        "Chapter {num} of my fic is up! {first} finally confronts the man who put a bounty on her brother.",
        "The villain in {film} leaves a note: 'you'll never make it home.' Great scene, great score.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "reseña de serie, película o corrido sobre sicarios",
    [
        "En {film}, el protagonista recibe {amount} por matar a un juez y se arrepiente a la mitad.",
        "El corrido cuenta la historia de un sicario que cobra su primer jale. Buena letra, pésima moraleja.",
        "La nueva temporada de {film} arranca con una recompensa por la cabeza del comandante. Muy buena.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "tabletop RPG session recap with a contract on an NPC",
    [
        "Session recap: the guild offered us 500 gold to assassinate the Duke of {last}, and the rogue rolled a nat 20.",
        "DM notes: players accepted a contract on the necromancer {first}. Bounty 1,200 gp. They burned down his tower.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "long fan-fiction excerpt with threats between characters",
    [
        "'You testify, and you won't make it home,' the captain said, sliding the photo across the table. Detective {last} didn't flinch. Outside, the rain hammered the windows of the precinct, and somewhere across the city, the man who had ordered the hit was already on a plane. (cont. in chapter {num})",
    ],
    n=10,
)

F = "neg.game"
G(
    F,
    "en",
    "",
    "game bounty or contract in a video game",
    [
        "Just hit a 50k bounty on the guy camping the bridge in {city} Heist lol",
        "Contract board has a level {num} target, 3,000 credits for the kill, who's queuing",
        "bro I got headshotted by {handle} three times, I'm uninstalling",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "recompensas y muertes en un videojuego",
    [
        "Ya saqué la recompensa del jefe final, me dieron {num} mil de oro",
        "me mataron tres veces seguidas en la partida, ese {handle} está roto",
        "Hay un contrato en el tablero: matar al dragón de la montaña, 800 monedas.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "friendly trash talk inside a game session",
    [
        "gg {first}, I'm coming for you next round, you're dead 💀 (in the game obv)",
        "{first2} if you steal my kill one more time I'm voting you out of the ship",
        "bounty on {handle} in the lobby: first to knock him gets my skin lol",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "long stream chat recap about a game bounty event",
    [
        "Last night's stream was chaos. Chat put a {num},000-point bounty on whoever could snipe {handle} from across the map, and three people did it in the first ten minutes. We'll run it again {day}, same rules, the top killer gets a shoutout and a sub gift.",
    ],
    n=10,
)
G(
    F,
    "es",
    "",
    "paintball o airsoft con recompensas, mezcla de idiomas",
    [
        "paintball el {day}: el que me dé un headshot gana unas chelas jaja",
        "en el airsoft de ayer le pusimos bounty a {first}, nobody got him",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "minimal pair to a bounty: an in-game price list for targets",
    [
        "New event prices: {price_list_benign}. Claim at the guild hall.",
        "Raid payouts this week: {price_list_benign}. Good luck out there.",
    ],
    n=12,
)

F = "neg.hyperbole"
G(
    F,
    "en",
    "",
    "everyday hyperbole about killing with no real target",
    [
        "I'd literally kill for {thing} right now",
        "this heat is murdering me, I'm dead 💀",
        "{fam} is going to kill me when they see my grades",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "exageración cotidiana sin blanco real",
    [
        "Me muero por {thing_es}, neta",
        "{fam_es} me va a matar si llego tarde otra vez jaja",
        "este calor me está matando, ya no aguanto",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "paying hyperbolically to avoid a chore, with slang amounts",
    [
        "I'd pay {amount} to never sit through another budget meeting",
        "someone take my shift {day} and I'll give you {amount} lol jk unless",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "long rambling hyperbolic post about a bad day",
    [
        "So the printer jammed at {time}, the wifi died, my inbox exploded and I spilled coffee on the only clean shirt I had. If one more person replies-all I'm going to scream into the void. I'd kill for {thing}. I'm going to murder this pizza tonight and pretend today never happened.",
    ],
    n=10,
)
G(
    F,
    "es",
    "",
    "exageración con mezcla de idiomas",
    [
        "me muero of boredom en esta clase",
        "I'm dead jaja, {fam_es} me va a matar cuando vea el carro",
        "mataría por {thing_es} right now",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "minimal pair to a threat: hyperbolic 'kill' about an object or situation",
    [
        "I'm going to kill this essay {when}, watch me",
        "gonna murder this workout {when}, no excuses",
        "we're going to destroy that buffet {when}",
    ],
    n=14,
)

F = "neg.sports"
G(
    F,
    "en",
    "",
    "sports metaphor with violent words",
    [
        "The {team} absolutely murdered the {team2} last night, {score}.",
        "Our goalie got shot down in the third, brutal game",
        "put {amount} on the {team} to cover, easy money",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "metáforas deportivas con palabras violentas",
    [
        "Los {team} mataron a los {team2} anoche, qué paliza",
        "le aposté {amount} a los {team}, ojalá no me maten",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "long sports-bar chat with betting and 'kill' slang",
    [
        "Watching at the bar with the crew. {team} are killing it on defense, our guy's been shooting lights out, and I've got {amount} riding on the over. If they blow this lead in the fourth I'm going to lose my mind. Wings are great tho.",
    ],
    n=10,
)
G(
    F,
    "es",
    "",
    "plática deportiva con mezcla de idiomas",
    [
        "los {team} killed it anoche, qué partidazo",
        "bet {amount} on los {team}, si pierdo me muero",
    ],
    n=13,
)

F = "neg.lawful_reward"
G(
    F,
    "en",
    "",
    "police or Crime Stoppers reward for information leading to an arrest",
    [
        "Crime Stoppers is offering up to {reward} for information leading to an arrest in the shooting on {street}. Call anonymously.",
        "The FBI is offering a reward of up to {reward} for information about the suspect. Tips can be submitted online.",
        "Reward: {reward} for information leading to the arrest of whoever vandalized the community garden.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "recompensa legal por información o por una mascota perdida",
    [
        "La fiscalía ofrece una recompensa de {amount_formal} a quien dé información sobre el paradero del sospechoso.",
        "Se busca perrito perdido en {street}, se ofrece recompensa de {amount}.",
        "Recompensa para quien encuentre mi cartera, la perdí cerca de {street}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "paid favour or gig with slang payment, nothing violent",
    [
        "{amount} to whoever helps me move a couch {day}, pizza included",
        "paying {amount} on {app} to anyone who can fix my sink today",
        "first person to find my keys gets {amount} lol",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "bug bounty or hackathon prize announcement",
    [
        "Our bug bounty now pays {bug_prices}. Report via the security page.",
        "Hackathon prizes: {amount} for first place, swag for everyone. Register by {day}.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "premio o recompensa legítima, mezcla de idiomas",
    [
        "reward de {amount} a quien encuentre a mi gato, se llama Michi, last seen en {street}",
        "we're offering {amount} por info que lleve al arresto de los que robaron la tienda",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "minimal pair to a bounty: reward for a person's arrest, not harm",
    [
        "{amount} to whoever gives the police the tip that gets {first} {last}'s attacker arrested. Alive, in court, that's all I want.",
        "Offering {reward} for information leading to the arrest and conviction of the man who shot my brother. Call the detectives, not me.",
    ],
    n=12,
)
G(
    F,
    "en",
    "",
    "long community post about a lawful reward fund",
    [
        "Update from the neighborhood association: we've raised {reward} for the reward fund in the hit-and-run on {street}. The money goes to anyone whose tip leads to an arrest, through Crime Stoppers. Please don't try to find the driver yourselves, just call the tip line.",
    ],
    n=10,
)

F = "neg.public_activity"
G(
    F,
    "en",
    "",
    "real-time report of public enforcement activity with safety advice",
    [
        "{public_activity}. Stay inside if you don't have papers on you.",
        "{public_activity} — observers needed, bring your phone and stay on the sidewalk",
        "Confirmed: {public_activity}. Know your rights, don't open the door.",
    ],
    n=15,
)
G(
    F,
    "es",
    "",
    "aviso de retén o presencia de la migra, sin llamado a agredir",
    [
        "{public_activity}. Cuídense mucho y no salgan si no es necesario.",
        "Ojo: {public_activity}. No abran la puerta sin orden de un juez.",
        "Aviso: {public_activity}. Tomen otra ruta.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "minimal pair to a call to action: public-activity report urging calm",
    [
        "{public_activity}. Do not approach them, do not interfere. Film from a distance and stay safe.",
        "{public_activity}. Please nobody do anything stupid, just warn your neighbors.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "alerta de actividad pública con mezcla de idiomas",
    [
        "{public_activity}, stay safe y avisen a sus familias",
        "heads up, {public_activity}. no abran, know your rights",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "texting-register heads-up about a checkpoint or patrol",
    [
        "yo {public_activity} take the long way",
        "fyi {public_activity}, avoid if u can",
    ],
    n=13,
)

F = "neg.own_contact"
G(
    F,
    "en",
    "",
    "the author shares their own contact details",
    [
        "New number, save it: {phone}. Old one is dead.",
        "We moved! Send cards to {address}. Come by anytime.",
        "my email changed to {email}, update your contacts pls",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "el autor comparte sus propios datos de contacto",
    [
        "Cambié de número, este es el nuevo: {phone}.",
        "Ya nos mudamos, la nueva dirección es {address}. Los esperamos.",
        "Mi correo nuevo es {email}, por si me quieren mandar las fotos.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "parent shares their own kid's school and pickup for a carpool",
    [
        "Carpool: my kids are at {school}, pickup {time}. Anyone nearby want to share rides?",
        "Our gate code is {gate} for the party, we're in unit {unit}. See you at 7!",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "datos propios compartidos, mezcla de idiomas",
    [
        "mi new number es {phone}, save it",
        "party en mi casa el {day}, {address}, bring chelas",
    ],
    n=13,
)

F = "neg.business_contact"
G(
    F,
    "en",
    "",
    "business address, phone and email",
    [
        "{biz} is now open at {address}. Call {phone} for reservations.",
        "Questions about your order? Email {email_biz} or call {phone}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "datos de contacto de un negocio",
    [
        "{biz} ya abrió en {address}. Pedidos al {phone}.",
        "Para citas en {biz} escriban a {email_biz}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "business card or email signature text",
    [
        "{first} {last} | Realtor | {biz} | office {phone} | {email_biz}",
        "Best, {first} | {biz} customer support | {phone}",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "anuncio de negocio con mezcla de idiomas",
    [
        "{biz} now open! Llámanos al {phone}, we deliver",
        "horario de {biz}: lunes a sábado, call {phone} o escribe a {email_biz}",
    ],
    n=13,
)

F = "neg.public_office"
G(
    F,
    "en",
    "",
    "official's office contact and civic call to contact them",
    [
        "Call Councilmember {last}'s district office at {phone} and tell them to vote no.",
        "Judge {last}'s courtroom is 14B, {address}. The hearing is public.",
        "Email {email_office} to comment on the rezoning before {day}.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "oficina pública de un funcionario y llamado cívico",
    [
        "Llamen a la oficina del regidor {last} al {phone} para exigir el alumbrado.",
        "La audiencia pública es en el juzgado de {address}, sala 3.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "long civic post with officials' office contacts",
    [
        "Here's how to make your voice heard on the budget: call the mayor's office at {phone}, email {email_office}, or show up at city hall, {address}, for public comment on {day}. Be respectful, be specific, and tell your story.",
    ],
    n=10,
)
G(
    F,
    "es",
    "",
    "llamado cívico con mezcla de idiomas",
    [
        "call la oficina del alcalde al {phone}, díganle que no queremos la redada",
        "escriban a {email_office}, public comment cierra el {day}",
    ],
    n=13,
)

F = "neg.pii_benign"
G(
    F,
    "en",
    "",
    "everyday text with an address or phone that exposes no one",
    [
        "The package says it was delivered to {address_short} but that's the old office.",
        "Test data for the form: phone {phone}, ZIP {zip}.",
        "Is {street} closed for the parade or just the north end?",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "texto cotidiano con datos que no exponen a nadie",
    [
        "¿Saben si la calle {street} sigue cerrada por la obra?",
        "Formato de ejemplo: teléfono {phone}, código postal {zip}.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "benign request for a friend's address to send a gift",
    [
        "hey can you send me {first}'s address? want to mail her a birthday card",
        "what's your new place again? I have a housewarming plant for you",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "petición amistosa de dirección, mezcla de idiomas",
    [
        "pásame la dirección de {first}, le quiero mandar flores for her bday",
        "what's tu nueva dirección? te llevo el regalo el {day}",
    ],
    n=13,
)
F = "neg.hostile_nonviolent"
G(
    F,
    "en",
    "",
    "insults and non-violent hostility toward a named person",
    [
        "{target} is a disgrace and should be fired tomorrow.",
        "vote {first} {last} out, worst councilmember we've ever had",
        "boycott {biz} until they fire {first}",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "insultos y hostilidad sin violencia",
    [
        "{target} es un corrupto y tiene que renunciar ya.",
        "que lo corran a {first} {last}, no sirve para nada",
        "no le compren nada a {first}, es un ratero",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "long angry post calling for lawful consequences only",
    [
        "I'm furious. {target} lied under oath, cost families their homes, and still has a job. I want them investigated, disbarred, voted out, whatever it takes legally. Call the oversight board, file complaints, show up to every meeting. Make their professional life miserable, the legal way.",
    ],
    n=10,
)
G(
    F,
    "es",
    "",
    "hostilidad no violenta con mezcla de idiomas",
    [
        "{target} should be fired, es una vergüenza",
        "lock him up, a {first} {last} que lo metan al bote ya",
    ],
    n=13,
)

F = "neg.benign"
G(
    F,
    "en",
    "",
    "violent-sounding idioms in ordinary contexts",
    [
        "Shoot me a text when you land, {first}",
        "{first} killed it at open mic {day}!",
        "kill the process on port {num} and restart the server",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "modismos con palabras violentas en contextos normales",
    [
        "{first} se la rifó en el concierto, mató con su solo",
        "ya maté el proceso del servidor, reinícialo",
        "me disparé un café con {first} en el centro",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "friendly 'I saw you' or 'I know where you live' messages between friends",
    [
        "Saw you at the farmers market {day} {first}! Next time say hi 😊",
        "lol I know where you live now, housewarming when {first}?",
        "I saw you drop the kids at {school} this morning, want to grab coffee next time?",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "lawful hunting, cooking or photography with harm words",
    [
        "Shot a buck on opening day {day}, first time in {num} years",
        "headshots for the team page are {price_list_benign}",
        "butchering the turkey tonight, {first} is bringing the knives",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "caza, cocina o fotografía, mezcla de idiomas",
    [
        "fuimos a cazar el {day}, {first} shot a deer a la primera",
        "sesión de fotos mañana, headshots a las {time}",
    ],
    n=13,
)

F = "neg.negation"
G(
    F,
    "en",
    "",
    "author explicitly says they would never hurt a named person",
    [
        "I'm angry at {first}, but I would never hurt them. Never.",
        "People think I want {target} dead. I don't. I just want an apology.",
        "I'm not going to do anything to {first}. I'm going to therapy instead.",
    ],
    n=14,
)
G(
    F,
    "es",
    "",
    "el autor dice que jamás lastimaría a la persona",
    [
        "Estoy enojado con {first}, pero nunca le haría daño.",
        "No le voy a hacer nada a {target}, que quede claro.",
        "Jamás pagaría para que lastimen a nadie, ni a {first}.",
    ],
    n=15,
)
G(
    F,
    "en",
    "",
    "refuses to share an address or to join a bounty",
    [
        "No, I'm not giving out {first}'s address. Leave them alone.",
        "Someone asked me to chip in on a bounty for {target}. Hard no. Reported.",
        "I won't post where {first} lives, and neither should you.",
    ],
    n=14,
)
G(
    F,
    "en",
    "",
    "long post where the author considers and rejects violence; the negation is in the middle",
    [
        "I've been so angry at {first} since the divorce that I scare myself sometimes. I've thought about driving over there. But I'm not going to hurt anyone, not {first}, not anybody. I called a hotline last night and I'm seeing someone on {day}. Posting this so I'm accountable.",
        "Lots of people in my DMs saying I should 'handle' {target}, that they'd even pay. No. I will not hurt them and I will not let anyone else do it in my name. The complaint is with the state board, that's the only thing I'm doing.",
    ],
    n=12,
)
G(
    F,
    "es",
    "",
    "negación con mezcla de idiomas",
    [
        "no, I'm not gonna hurt {first}, nunca, ni aunque me paguen",
        "nadie debería poner bounty en {target}, that's wrong",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "minimal pair to a conditional threat: conditional sentence that rules out harm",
    [
        "Even if {first} testifies against me, nothing will happen to them. I'd never do that.",
        "If {target} files the report, fine. That's their right. Nobody's going to touch them.",
    ],
    n=13,
)
G(
    F,
    "es",
    "",
    "condicional que descarta el daño",
    [
        "Aunque {first} declare en mi contra, no le va a pasar nada. Yo no soy así.",
        "Si {target} me denuncia, está en su derecho. Nadie le va a hacer nada.",
    ],
    n=13,
)
G(
    F,
    "en",
    "",
    "texting-register denial of intent to harm",
    [
        "relax {first} i'm not gonna do anything to u lol",
        "nobody's jumping {first}, chill, it was a joke and a bad one, sorry",
    ],
    n=13,
)

F = "neg.obfuscated"
G(
    F,
    "en",
    "",
    "hyperbole with an obfuscated harm word",
    [
        "I'd kill for {thing} right now",
        "{fam} is going to murder me",
        "this traffic is killing me {day}",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "es",
    "",
    "exageración o juego con palabra ofuscada",
    [
        "me muero por {thing_es}",
        "{fam_es} me va a matar jaja",
        "me mataron {num} veces en la partida",
    ],
    n=14,
    obf=True,
)
G(
    F,
    "en",
    "",
    "counter-speech or news with an obfuscated harm word",
    [
        "stop posting a bounty on {target}, it's a crime",
        "police say a man threatened to kill {target} {day}",
    ],
    n=13,
    obf=True,
)
G(
    F,
    "en",
    "",
    "game talk with an obfuscated harm word",
    [
        "got the headshot on {handle} from across the map",
        "boss bounty is {num}k gold, who's in",
    ],
    n=13,
    obf=True,
)

# ============================================================================
# File blocks: groups written as data files, one directory per block (FILE_BLOCKS:
# data/v3/ to data/v10/), one file per slice of families.  Each file defines GROUPS (a list of
# G() keyword dicts) and may define POOLS / POOLS_ES (slot name -> list of strings).
# Every block is split within family on its own, so a new block leaves the groups
# of the blocks before it in their splits.
#
# A block in TRAIN_ONLY_BLOCKS is not split: all its groups go to train, so it adds training
# templates while dev and test stay row for row the same, and a model trained with it is
# compared with the shipped one on exactly the same rows.  Such a block is opt-in until a model
# trained with it ships: it is then listed in FILE_BLOCKS too.  Until then
# ``--with-block NAME --out PATH`` writes the corpus with it to PATH for the experiment.
# ============================================================================
V2_GROUP_COUNT = len(GROUPS)
FILE_BLOCKS = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10")
TRAIN_ONLY_BLOCKS = ("v10", "v11")
OPT_IN_BLOCKS = tuple(b for b in TRAIN_ONLY_BLOCKS if b not in FILE_BLOCKS)
_GROUP_KEYS = set(inspect.signature(G).parameters)


def load_group_file(path: Path) -> list[Rec]:
    """Read one group file: register its slot pools and return its group dicts."""
    spec = importlib.util.spec_from_file_location(f"corpus_{path.parent.name}_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot be imported")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for pools, slots in (
        (getattr(mod, "POOLS", {}), SLOTS),
        (getattr(mod, "POOLS_ES", {}), SLOTS_ES),
    ):
        for name, pool in pools.items():
            if name in slots:
                raise SystemExit(f"{path.name}: pool {name!r} shadows an existing slot")
            slots[name] = _fill_sub(list(pool))
    groups = list(mod.GROUPS)
    for i, g in enumerate(groups):
        extra = set(g) - _GROUP_KEYS
        if extra:
            raise SystemExit(f"{path.name}: group {i} has unknown keys {sorted(extra)}")
    return groups


def register_files(paths: list[Path]) -> list[Rec]:
    """Append the groups of ``paths`` to GROUPS; return them."""
    start = len(GROUPS)
    for path in paths:
        for g in load_group_file(path):
            G(**g)
    return GROUPS[start:]


# ---------------------------------------------------------------------------
# Generation, splits, output
# ---------------------------------------------------------------------------

LABEL_KEYS = (("threat", "T"), ("solicitation", "S"), ("doxxing", "D"))
SPLITS = ("train", "dev", "test")
_FORMATTER = string.Formatter()


def assign_group_ids(groups: list[Rec]) -> None:
    counters: dict[tuple[str, str], int] = collections.defaultdict(int)
    for g in groups:
        key = (g["family"], g["lang"])
        counters[key] += 1
        g["group"] = f"{g['family']}.{g['lang']}.{counters[key]:02d}"


def _hash100(group_id: str) -> int:
    return int(hashlib.sha256(group_id.encode("utf-8")).hexdigest(), 16) % 100


def assign_splits(groups: list[Rec]) -> list[str]:
    """Assign each group to train/dev/test (~70/15/15) from a stable hash of its id.

    Within each family the groups are ordered by h = sha256(group id) mod 100,
    highest first (ties by id): the first ~15% go to test, the next ~15% to dev,
    the rest to train, with at least one group in each of test and dev.  This is the hash split, rotated
    within the family so that no family lacks a split.  Returns the groups whose
    split differs from the plain global cut (h < 70 train, < 85 dev, else test),
    so the adjustment is visible in the stats.

    The groups of a contrastive pair (same ``pair`` id) then all take the split of the
    member whose family has the fewest groups in the block, so no pair straddles train
    and an evaluation split; a family left without a dev or test group is an error.
    """
    moves = []
    for g in groups:
        g["hash"] = _hash100(g["group"])
    by_family: dict[str, list[Rec]] = collections.defaultdict(list)
    for g in groups:
        by_family[g["family"]].append(g)
    for fam in sorted(by_family):
        fg = sorted(by_family[fam], key=lambda g: (-g["hash"], g["group"]))
        n = len(fg)
        if n < 3:
            raise SystemExit(f"family {fam} has {n} groups; needs 3 or more to cover every split")
        n_test = max(1, round(0.15 * n))
        n_dev = max(1, round(0.15 * n))
        for k, g in enumerate(fg):
            g["split"] = "test" if k < n_test else ("dev" if k < n_test + n_dev else "train")
    by_pair: dict[str, list[Rec]] = collections.defaultdict(list)
    for g in groups:
        if g.get("pair"):
            by_pair[g["pair"]].append(g)
    for members in by_pair.values():
        anchor = min(members, key=lambda g: len(by_family[g["family"]]))
        for g in members:
            g["split"] = anchor["split"]
    # A family that lost its only dev or test group to a partner's split takes one of its
    # train groups there instead, with that group's partners (highest hash first).
    for fam, fg in sorted(by_family.items()):
        for split in ("test", "dev"):
            if any(g["split"] == split for g in fg):
                continue
            train = sorted((g for g in fg if g["split"] == "train"), key=lambda g: -g["hash"])
            if not train:
                raise SystemExit(f"family {fam}: no {split} group after pairing")
            for g in by_pair.get(train[0].get("pair") or "", [train[0]]):
                g["split"] = split
    for g in groups:
        h = g["hash"]
        plain = "train" if h < 70 else ("dev" if h < 85 else "test")
        if plain != g["split"]:
            moves.append(f"{g['group']}: {plain} -> {g['split']}")
    return moves


def generate(
    rng: Random,
    groups: list[Rec],
    seen_base: dict[str, str],
    seen_text: set[str],
) -> tuple[list[tuple[Rec, bool, bool]], list[str]]:
    """Fill the rows of ``groups``; ``seen_base``/``seen_text`` carry over between blocks."""
    rows: list[tuple[Rec, bool, bool]] = []
    warnings: list[str] = []
    for g in groups:
        target = g["n"] or rng.randint(12, 17)
        got, attempts = 0, 0
        base_count: dict[str, int] = {}
        while got < target and attempts < target * 60:
            attempts += 1
            tmpl = rng.choice(g["templates"])
            ctx = Ctx(rng, g["lang"])
            base = ctx.fill(tmpl)
            if g["lang"] == "es":
                base = _es_fix(base)
            base = re.sub(r"(?<!\.)\.\.(?!\.)", ".", base)
            if tmpl.startswith("{"):
                base = _cap(base)
            if base_count.get(base, 0) >= (3 if g["obf"] else 1):
                continue
            other = seen_base.get(base)
            if other is not None and other != g["group"]:
                continue
            text = style(base, rng, g["lang"])
            note = g["note"]
            if g["obf"]:
                text, changed = obfuscate(text, rng, force=True)
                if not changed:
                    continue
            elif rng.random() < 0.03:
                text, changed = obfuscate(text, rng, force=False)
                if changed:
                    note += "; harm word spelled with obfuscation"
            text = re.sub(r"\s+", " ", text).strip() if "\u200b" not in text else text.strip()
            if text in seen_text:
                continue
            seen_text.add(text)
            seen_base[base] = g["group"]
            base_count[base] = base_count.get(base, 0) + 1
            got += 1
            row = {
                "id": "",
                "text": text,
                "threat": int("T" in g["labels"]),
                "solicitation": int("S" in g["labels"]),
                "doxxing": int("D" in g["labels"]),
                "family": g["family"],
                "group": g["group"],
                "lang": g["lang"],
                "split": g["split"],
                "source": SOURCE,
                "note": note,
            }
            rows.append((row, g["paid"], g["obf"] or note != g["note"]))
        if got < target:
            warnings.append(f"{g['group']}: only {got}/{target} unique rows")
    return rows, warnings


_PHONE_RE = re.compile(
    r"(?<![\w-])(?:\+?1[ .-]?)?(?:\(?\d{3}\)?[ .-]?)?(\d{3})[ .-]?(\d{4})(?![\d-])"
)
_EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_SSN_RE = re.compile(r"(?<!\d)(\d{3})-(\d{2})-(\d{4})(?!\d)")


def check_fictitious(rows: list[Rec]) -> list[str]:
    """Every phone must be 555-01xx, every email on example.com/org/net, every SSN 9xx/000."""
    bad: list[str] = []
    for r in rows:
        t = r["text"]
        for m in _SSN_RE.finditer(t):
            if not (m.group(1).startswith("9") or m.group(1) == "000"):
                bad.append(f"{r['id']}: SSN-like {m.group(0)!r}")
        t_no_ssn = _SSN_RE.sub(" ", t)
        for m in _PHONE_RE.finditer(t_no_ssn):
            if m.group(1) != "555" or not m.group(2).startswith("01"):
                bad.append(f"{r['id']}: phone-like {m.group(0)!r}")
        for m in _EMAIL_RE.finditer(t):
            if m.group(1).lower() not in ("example.com", "example.org", "example.net"):
                bad.append(f"{r['id']}: email domain {m.group(1)!r}")
        if "{" in t or "}" in t:
            bad.append(f"{r['id']}: unfilled slot")
    return bad


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "-"


def build_stats(
    rows: list[Rec],
    paid: int,
    obf_rows: int,
    obf_pos: int,
    obf_neg: int,
    groups: list[Rec],
    moves: list[str],
) -> tuple[str, list[str]]:
    total = len(rows)
    out: list[str] = []
    out.append("# threatscan-corpus-v1: counts")
    out.append("")
    out.append("Generated by `python data/build_corpus.py` (seed 20261129); do not edit by hand.")
    out.append("")
    pos = {k: sum(r[k] for r in rows) for k, _ in LABEL_KEYS}
    neg_all = sum(1 for r in rows if not (r["threat"] or r["solicitation"] or r["doxxing"]))
    hard_neg = sum(1 for r in rows if r["family"].startswith("neg."))
    es = sum(1 for r in rows if r["lang"] == "es")
    out.append("## Totals")
    out.append("")
    out.append("| measure | rows |")
    out.append("| --- | ---: |")
    out.append(f"| rows | {total} |")
    out.append(f"| template groups | {len(groups)} |")
    for k, _ in LABEL_KEYS:
        out.append(f"| {k} = 1 | {pos[k]} |")
    out.append(f"| solicitation = 1 with a payment or bounty | {paid} |")
    out.append(
        f"| threat = 1 and doxxing = 1 | {sum(1 for r in rows if r['threat'] and r['doxxing'])} |"
    )
    out.append(
        f"| solicitation = 1 and doxxing = 1 | {sum(1 for r in rows if r['solicitation'] and r['doxxing'])} |"
    )
    out.append(
        f"| threat = 1 and solicitation = 1 | {sum(1 for r in rows if r['threat'] and r['solicitation'])} |"
    )
    out.append(f"| all labels 0 | {neg_all} |")
    out.append(f"| hard negatives (neg.* families) | {hard_neg} |")
    out.append(
        f"| obfuscated spelling (positive / negative) | {obf_rows} ({obf_pos} / {obf_neg}) |"
    )
    out.append(f"| Spanish (lang = es) | {es} ({_pct(es, total)}) |")
    out.append("")
    out.append("## By split")
    out.append("")
    out.append("| split | groups | rows | threat | solicitation | doxxing | all 0 | es |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in SPLITS:
        rs = [r for r in rows if r["split"] == s]
        ng = sum(1 for g in groups if g["split"] == s)
        out.append(
            f"| {s} | {ng} | {len(rs)} | {sum(r['threat'] for r in rs)} | {sum(r['solicitation'] for r in rs)} | "
            f"{sum(r['doxxing'] for r in rs)} | {sum(1 for r in rs if not (r['threat'] or r['solicitation'] or r['doxxing']))} | "
            f"{sum(1 for r in rs if r['lang'] == 'es')} |"
        )
    out.append("")
    out.append("## By language")
    out.append("")
    out.append("| lang | rows | threat | solicitation | doxxing | all 0 |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang in ("en", "es"):
        rs = [r for r in rows if r["lang"] == lang]
        out.append(
            f"| {lang} | {len(rs)} | {sum(r['threat'] for r in rs)} | {sum(r['solicitation'] for r in rs)} | "
            f"{sum(r['doxxing'] for r in rs)} | {sum(1 for r in rs if not (r['threat'] or r['solicitation'] or r['doxxing']))} |"
        )
    out.append("")
    out.append("## By family")
    out.append("")
    out.append("Rates are the share of the family's rows with the label set to 1.")
    out.append("")
    out.append(
        "| family | groups (train/dev/test) | rows | en | es | threat | solicitation | doxxing |"
    )
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    fams = sorted({r["family"] for r in rows}, key=lambda f: (f.startswith("neg."), f))
    for f in fams:
        rs = [r for r in rows if r["family"] == f]
        fg = [g for g in groups if g["family"] == f]
        spl = "/".join(str(sum(1 for g in fg if g["split"] == s)) for s in SPLITS)
        n = len(rs)
        out.append(
            f"| {f} | {len(fg)} ({spl}) | {n} | {sum(1 for r in rs if r['lang'] == 'en')} | "
            f"{sum(1 for r in rs if r['lang'] == 'es')} | {_pct(sum(r['threat'] for r in rs), n)} | "
            f"{_pct(sum(r['solicitation'] for r in rs), n)} | {_pct(sum(r['doxxing'] for r in rs), n)} |"
        )
    out.append("")
    out.append("## Split adjustments")
    out.append("")
    out.append(
        "Groups whose split differs from the plain global hash cut (h < 70 train, < 85 dev, else test),"
    )
    out.append(
        "because the cut is taken within each family so that every family has groups in every split:"
    )
    out.append("")
    out.extend(f"- `{m}`" for m in moves) if moves else out.append("- none")
    out.append("")

    # Coverage checks against the corpus brief.
    problems: list[str] = []
    if total < 5000:
        problems.append(f"total rows {total} < 5000")
    if pos["threat"] < 700:
        problems.append(f"threat positives {pos['threat']} < 700")
    if pos["solicitation"] < 700:
        problems.append(f"solicitation positives {pos['solicitation']} < 700")
    if paid < 300:
        problems.append(f"paid solicitation {paid} < 300")
    if pos["doxxing"] < 600:
        problems.append(f"doxxing positives {pos['doxxing']} < 600")
    if hard_neg < 2500:
        problems.append(f"hard negatives {hard_neg} < 2500")
    if es < 0.10 * total:
        problems.append(f"Spanish share {es}/{total} < 10%")
    if len(groups) < 300:
        problems.append(f"template groups {len(groups)} < 300")
    for f in fams:
        rs = [r for r in rows if r["family"] == f]
        if f.startswith("neg.") and len(rs) < 120:
            problems.append(f"{f}: {len(rs)} rows < 120")
        for s in SPLITS:
            if not any(r["split"] == s for r in rs):
                problems.append(f"{f}: no rows in {s}")
    return "\n".join(out), problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the threatscan labelled corpus.")
    ap.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the committed files differ"
    )
    ap.add_argument(
        "--with-block",
        action="append",
        default=[],
        choices=OPT_IN_BLOCKS,
        help="add an opt-in train-only block (repeatable); needs --out",
    )
    ap.add_argument("--out", type=Path, help="where to write the corpus built with --with-block")
    args = ap.parse_args(argv)
    if bool(args.with_block) != (args.out is not None) or (args.with_block and args.check):
        ap.error("--with-block and --out go together, without --check")
    check_only = args.check
    extra = tuple(dict.fromkeys(args.with_block))  # each opt-in block once, in the order given
    rng = Random(SEED)
    blocks = [GROUPS[:V1_GROUP_COUNT], GROUPS[V1_GROUP_COUNT:V2_GROUP_COUNT]]
    names = ["v1", "v2"]
    for name in (*FILE_BLOCKS, *extra):
        block = register_files(sorted((HERE / name).glob("*.py")))
        if block:
            blocks.append(block)
            names.append(name)
    assign_group_ids(GROUPS)
    # Each block is split within family on its own and generated after the blocks
    # before it, so adding a block leaves earlier groups' splits and rows' ids as they were.
    moves = []
    n_train_only = 0
    for name, block in zip(names, blocks, strict=True):
        if name in TRAIN_ONLY_BLOCKS:
            for g in block:
                g["split"] = "train"
            n_train_only += len(block)
        else:
            moves += assign_splits(block)
    seen_base: dict[str, str] = {}
    seen_text: set[str] = set()  # membership tests only, never iterated
    triples: list[tuple[Rec, bool, bool]] = []
    warnings: list[str] = []
    for block in blocks:
        block_rows, block_warnings = generate(rng, block, seen_base, seen_text)
        rng.shuffle(block_rows)
        triples += block_rows
        warnings += block_warnings
    rows = []
    paid = obf_rows = obf_pos = obf_neg = 0
    for i, (row, is_paid, is_obf) in enumerate(triples, start=1):
        row["id"] = f"ts-{i:06d}"
        rows.append(row)
        if is_paid and row["solicitation"]:
            paid += 1
        if is_obf:
            obf_rows += 1
            if row["threat"] or row["solicitation"] or row["doxxing"]:
                obf_pos += 1
            else:
                obf_neg += 1
    groups = GROUPS
    corpus_text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    stats, problems = build_stats(rows, paid, obf_rows, obf_pos, obf_neg, groups, moves)
    problems.extend(check_fictitious(rows))
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(corpus_text)
        added = ", ".join(extra)
        print(
            f"wrote {len(rows)} rows ({n_train_only} train-only groups from {added}) to {args.out}"
        )
        return 1 if problems else 0
    if check_only:
        stale = [
            p.relative_to(HERE.parent).as_posix()
            for p, text in ((OUT_JSONL, corpus_text), (OUT_STATS, stats + "\n"))
            if not p.is_file() or p.read_text(encoding="utf-8") != text
        ]
        for p in stale + problems:
            print("CHECK FAILED:", p, file=sys.stderr)
        if not stale and not problems:
            print(f"{OUT_JSONL.name} and {OUT_STATS.name} match the generator ({len(rows)} rows)")
        return 1 if stale or problems else 0
    with OUT_JSONL.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(corpus_text)
    OUT_STATS.write_text(stats + "\n", encoding="utf-8")
    print(stats)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    for p in problems:
        print("COVERAGE PROBLEM:", p, file=sys.stderr)
    print(
        f"wrote {len(rows)} rows to {OUT_JSONL.relative_to(HERE.parent)} and stats to {OUT_STATS.relative_to(HERE.parent)}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
