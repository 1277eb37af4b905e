"""From raw evidence to an Analysis: scoped evidence, framing and named features.

Detector evidence is a feature, not a verdict. This module decides which cues
still count once framing is applied (a harm act inside a hyperbole idiom, a
quote that is reported or condemned, or after a negation does not count) and
summarises the rest as named numeric features that any classifier can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from threatscan.normalize import NormalizedText
from threatscan.types import Cue, Evidence, Label

__all__ = ["FEATURE_NAMES", "NEAR", "Analysis", "analyze"]

# Framing that lowers every label wherever it appears in the text.
GLOBAL_FRAMING = frozenset(
    {"news", "court", "counter_speech", "victim_report", "fiction", "game", "sports", "history"}
)
# Framing that neutralises only the harm acts inside its span.
SPAN_FRAMING = frozenset({"hyperbole", "game", "fiction", "sports"})
# Framing that shows personal data is not a private person's (own, business, office).
OWNER_FRAMING = frozenset({"own_contact", "business_contact", "public_office", "public_activity"})
REPORTING = frozenset({"news", "court", "counter_speech", "victim_report", "report", "fiction"})

STRONG_HARM = frozenset(
    {"kill", "shoot", "stab", "kidnap", "burn", "euphemism", "vehicle", "sexual", "beat", "bomb"}
)
PII_KINDS = (
    "address",
    "phone",
    "email",
    "plate",
    "id",
    "school",
    "schedule",
    "gate_code",
    "family_workplace",
)
# Kinds that expose a person on their own; a schedule needs another item or a name.
STRONG_PII = frozenset(set(PII_KINDS) - {"schedule"})
PRIVATE_ONLY_PII = frozenset({"family_workplace", "gate_code", "school"})
SPECIFIC_TARGETS = frozenset({"name", "role", "handle", "second_person", "family"})

NEAR = 90  # characters: how close two cues must be to belong together

FEATURE_NAMES: tuple[str, ...] = (
    "harm",
    "harm_strong",
    "harm_neutralised",
    "intent_near_harm",
    "conditional",
    "target_near_harm",
    "target_specific",
    "second_person",
    "surveillance",
    "payment",
    "payment_amount",
    "payment_near_harm",
    "condition",
    "solicit",
    "solicit_near_harm",
    "hire",
    "price_list",
    "locate_request",
    "pii_kinds",
    "pii_other",
    "pii_other_strong",
    "pii_unknown",
    "pii_unknown_strong",
    "pii_self",
    "third_person",
    "hostile",
    "obfuscated",
    "weapon",
    *(
        f"framing_{k}"
        for k in (
            "news",
            "court",
            "report",
            "quote",
            "counter_speech",
            "negation",
            "victim_report",
            "fiction",
            "game",
            "sports",
            "hyperbole",
            "lawful_reward",
            "public_activity",
            "own_contact",
            "business_contact",
            "public_office",
            "joke",
            "history",
        )
    ),
)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Evidence after framing is applied, and the features derived from it.

    Attributes:
        evidence: every cue the detectors found, sorted.
        support: per label, the cues that speak for it (what a finding shows).
        framing: the framing cues that lowered a score (a negation only when it
            scoped a harm act, an idiom only when a harm act fell inside it).
        features: named numeric features, keys as in ``FEATURE_NAMES``.
    """

    evidence: tuple[Evidence, ...]
    support: Mapping[Label, tuple[Evidence, ...]]
    framing: tuple[Evidence, ...]
    features: Mapping[str, float]

    def has(self, name: str) -> bool:
        return self.features.get(name, 0.0) > 0.0

    def framing_kinds(self) -> tuple[str, ...]:
        return tuple(sorted({e.kind for e in self.framing}))


def _inside(e: Evidence, spans: Iterable[Evidence]) -> bool:
    return any(s.start <= e.start and e.end <= s.end for s in spans)


def _near(a: Evidence, others: Iterable[Evidence], window: int = NEAR) -> bool:
    return any(abs(o.start - a.start) <= window or abs(o.end - a.end) <= window for o in others)


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _same_sentence(a: Evidence, b: Evidence, text: str) -> bool:
    # No sentence break in the gap between the two (an empty gap when they overlap).
    return not _SENTENCE_BREAK.search(text, min(a.end, b.end), max(a.start, b.start))


_CLAUSE_BREAK = re.compile(r"[,.;:!?\n]|\b(?:but|joking|kidding|lying|playing|pero)\b", re.I)


def _negated(e: Evidence, negations: Iterable[Evidence], text: str) -> bool:
    # A negation counts when it stands shortly before the act in the same clause:
    # "I would never hurt him", but not "not joking, I will hurt him".
    return any(
        0 <= e.start - n.end <= 24 and not _CLAUSE_BREAK.search(text, n.end, e.start)
        for n in negations
    )


def analyze(doc: NormalizedText, evidence: tuple[Evidence, ...]) -> Analysis:
    """Scope evidence by framing and compute features. Pure and deterministic."""
    by_cue: dict[Cue, list[Evidence]] = {cue: [] for cue in Cue}
    for e in evidence:
        by_cue[e.cue].append(e)
    framing = by_cue[Cue.FRAMING]
    kinds = {f.kind for f in framing}
    span_framing = [f for f in framing if f.kind in SPAN_FRAMING]
    sentence_framing = [f for f in framing if f.get("scope") == "sentence"]
    negations = [f for f in framing if f.kind == "negation"]
    quotes = [f for f in framing if f.kind == "quote"]
    quotes_reported = bool(quotes) and bool(kinds & REPORTING)

    harms, neutralised = [], []
    applied: list[Evidence] = [f for f in framing if f.kind in GLOBAL_FRAMING | {"joke"}]
    for h in by_cue[Cue.HARM_ACT]:
        scoped = [f for f in span_framing if _inside(h, [f])]
        scoped += [f for f in sentence_framing if _same_sentence(h, f, doc.original)]
        scoped += [n for n in negations if _negated(h, [n], doc.original)]
        if quotes_reported:
            scoped += [q for q in quotes if _inside(h, [q])]
        if scoped:
            neutralised.append(h)
            applied.extend(scoped)
        else:
            harms.append(h)
    if quotes_reported:
        applied.extend(f for f in framing if f.kind in {"quote", "report"})
    weapons = [h for h in harms if h.get("category") == "weapon"]
    wishes = [h for h in harms if h.get("category") == "death_wish"]
    acts = [h for h in harms if h.get("category") not in {"weapon", "death_wish"}]
    strong = [h for h in acts if h.get("category") in STRONG_HARM]

    targets = by_cue[Cue.TARGET]
    intents = by_cue[Cue.INTENT]
    payments = [p for p in by_cue[Cue.PAYMENT] if not (quotes_reported and _inside(p, quotes))]
    solicits = [s for s in by_cue[Cue.SOLICIT] if not (quotes_reported and _inside(s, quotes))]
    conditions = by_cue[Cue.CONDITION]
    locates = by_cue[Cue.LOCATE_REQUEST]
    surveillance = [s for s in by_cue[Cue.SURVEILLANCE] if not _negated(s, negations, doc.original)]
    if quotes_reported:
        surveillance = [s for s in surveillance if not _inside(s, quotes)]

    owner_framed = [f for f in framing if f.kind in OWNER_FRAMING]
    pii = by_cue[Cue.PERSONAL_DATA]
    pii_other = [p for p in pii if p.get("owner") == "other"]
    # Owner framing never clears items that only a private person has (a family member's
    # workplace, a gate code, a child's school): "his wife works at Riverside Dental".
    pii_self = [
        p
        for p in pii
        if p.get("owner") == "self"
        or (p.kind not in PRIVATE_ONLY_PII and _near(p, owner_framed, 60))
    ]
    pii_unknown = [p for p in pii if p.get("owner") == "unknown" and p not in pii_self]
    pii_other = [p for p in pii_other if p not in pii_self]
    pii_exposed = [p for p in pii if p not in pii_self]
    if pii:
        applied.extend(owner_framed)
    if payments:
        applied.extend(f for f in framing if f.kind == "lawful_reward")
    applied.extend(f for f in framing if f.kind == "public_activity")

    targets_near = [t for t in targets if _near(t, acts)]
    specific = [t for t in targets if t.kind in SPECIFIC_TARGETS]
    amounts = [p for p in payments if p.kind == "amount"]
    price_list = any(p.get("price_list") for p in payments)
    hostile = bool(acts) or bool(surveillance) or bool(solicits) or bool(wishes)

    def flag(value: bool) -> float:
        return 1.0 if value else 0.0

    features: dict[str, float] = {
        "harm": float(min(len(acts), 3)),
        "harm_strong": flag(bool(strong)),
        "harm_neutralised": float(min(len(neutralised), 3)),
        "intent_near_harm": flag(any(_near(i, acts) for i in intents)),
        "conditional": flag(any(i.kind == "conditional" for i in intents) and bool(acts)),
        "target_near_harm": flag(bool(targets_near)),
        "target_specific": flag(bool(specific)),
        "second_person": flag(any(t.kind == "second_person" for t in targets)),
        "surveillance": flag(bool(surveillance)),
        "payment": flag(bool(payments)),
        "payment_amount": flag(bool(amounts)),
        "payment_near_harm": flag(any(_near(p, acts, 140) for p in payments)),
        "condition": flag(bool(conditions)),
        "solicit": flag(bool(solicits)),
        "solicit_near_harm": flag(any(_near(s, acts, 140) for s in solicits)),
        "hire": flag(any(s.kind == "hire" for s in solicits)),
        "price_list": flag(price_list),
        "locate_request": flag(bool(locates)),
        "pii_kinds": float(len({p.kind for p in pii_exposed})),
        "pii_other": float(len({p.kind for p in pii_other})),
        "pii_other_strong": float(len({p.kind for p in pii_other if p.kind in STRONG_PII})),
        "pii_unknown": float(len({p.kind for p in pii_unknown})),
        "pii_unknown_strong": float(len({p.kind for p in pii_unknown if p.kind in STRONG_PII})),
        "pii_self": float(len({p.kind for p in pii_self})),
        "third_person": flag(
            any(t.kind in {"pronoun", "name", "handle", "family"} for t in targets)
        ),
        "hostile": flag(hostile),
        "obfuscated": flag(doc.obfuscated),
        "weapon": flag(bool(weapons)),
    }
    for name in FEATURE_NAMES:
        if name.startswith("framing_"):
            features[name] = flag(name.removeprefix("framing_") in kinds)

    threat_support = acts + weapons + targets_near + intents + surveillance
    sol_support = acts + payments + conditions + solicits + locates + targets_near
    dox_support = pii_exposed + [t for t in targets if t.kind in {"name", "pronoun", "handle"}]
    support = {
        Label.THREAT: _sorted(threat_support),
        Label.SOLICITATION: _sorted(sol_support),
        Label.DOXXING: _sorted(dox_support),
    }
    return Analysis(
        evidence=evidence,
        support=MappingProxyType(support),
        framing=_sorted(applied),
        features=MappingProxyType(features),
    )


def _sorted(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    unique = {(e.start, e.end, e.cue.value, e.detector, e.detail): e for e in items}
    return tuple(unique[k] for k in sorted(unique))
