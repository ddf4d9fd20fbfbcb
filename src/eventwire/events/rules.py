"""The compiled trigger rules of the events stage: the lexicons of `data/triggers.toml`,
`data/actors.toml` and `data/targets.toml` turned into term indexes and word sets once per
process (see `rules()`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .lexicon import TermIndex, build_index, load_toml, word_set

#: Target categories of places where civilians live, pray, learn, trade or are treated.
CIVILIAN_PLACES = frozenset({"residential", "religious", "education", "health", "agricultural",
                             "commercial"})


@dataclass(frozen=True)
class Rules:
    """Every lexicon of trigger detection and typing, compiled."""

    explicit: TermIndex[tuple[str, str | None]]
    #: Every (code, needs) a term may trigger, in lexicon order (a term listed for two codes
    #: takes the first whose needs the sentence meets).
    alternatives: dict[str, tuple[tuple[str, str | None], ...]]
    exclude: TermIndex[str]
    generic: TermIndex[str]
    weapons: TermIndex[str]
    armed: TermIndex[str]
    non_state: frozenset[str]
    official: TermIndex[str]
    targets_hard: TermIndex[str]
    civilian: frozenset[str]
    military: frozenset[str]
    defaults: dict[str, str]
    needs_weapon_object: frozenset[str]
    confidence: dict[str, float]
    generic_confidence: float
    absorb: tuple[tuple[frozenset[str], frozenset[str]], ...]
    unarmed: dict[str, str]
    unarmed_terms: frozenset[str]
    crowd: frozenset[str]
    plural_defaults: dict[str, str]
    weapon_priority: tuple[str, ...]
    grievance: frozenset[str]
    firearm: TermIndex[str]
    mutual: frozenset[str]
    modifier_of: frozenset[str]
    #: Codes whose nouns name the target when inside what a violent act hit.
    hit_developments: frozenset[str]
    member_of: frozenset[str]
    name_heads: frozenset[str]
    mob: TermIndex[str]
    not_weapons: TermIndex[str]
    off_duty: frozenset[str]
    places_hit: TermIndex[str]
    riot_terms: frozenset[str]
    crude: TermIndex[str]
    beating: frozenset[str]
    mob_damage: frozenset[str]
    people: frozenset[str]
    civil_org: frozenset[str]
    conditional_cues: dict[str, TermIndex[str]]
    upgrades: tuple[tuple[frozenset[str], str, TermIndex[str]], ...]


@functools.cache
def rules() -> Rules:
    """The trigger rules, compiled once per process."""
    data = load_toml("triggers.toml")
    actors = load_toml("actors.toml")
    targets = load_toml("targets.toml")
    explicit: list[tuple[str, tuple[str, str | None]]] = []
    confidence: dict[str, float] = {}
    for code, spec in data["codes"].items():
        confidence[code] = float(spec.get("confidence", 0.7))
        explicit.extend((term, (code, spec.get("needs"))) for term in spec["terms"])
    for code, spec in data["conditional"].items():
        explicit.extend((term, (code, "cue")) for term in spec["terms"])
    generic = data["generic"]
    weapons = [(t, code) for code, terms in data["weapons"].items() for t in terms]
    return Rules(
        explicit=build_index(explicit),
        alternatives=_alternatives(explicit),
        exclude=build_index((t, t) for t in data["exclude"]["terms"]),
        generic=build_index((t, t.split("/")[0]) for t in generic["terms"]),
        weapons=build_index(weapons),
        armed=build_index(_armed_terms(actors, data["armed"]["extra"])),
        non_state=word_set(data["armed"]["non_state"]),
        official=build_index(_official_terms(actors)),
        targets_hard=build_index(_facility_terms(targets)),
        civilian=word_set(data["victims"]["civilian"]),
        military=word_set(data["victims"]["military"]),
        defaults=dict(generic["default"]),
        needs_weapon_object=word_set(generic["needs_weapon_object"]),
        confidence=confidence,
        generic_confidence=float(generic.get("confidence", 0.6)),
        absorb=tuple((frozenset(r["keep"]), frozenset(r["drop"])) for r in data["absorb"]),
        unarmed={c: v["unarmed"] for c, v in data["codes"].items() if "unarmed" in v},
        unarmed_terms=frozenset(
            t for v in data["codes"].values() for t in v.get("unarmed_terms", ())
        ),
        plural_defaults=dict(generic.get("plural_default", {})),
        crowd=word_set(data["codes"]["ARMED_CLASH"].get("crowd", [])),
        weapon_priority=tuple(data["weapon_rules"]["priority"]),
        grievance=word_set(data["grievance"]["heads"]),
        firearm=build_index((t, t) for t in data["codes"]["ARMED_CLASH"]["firearm"]),
        mutual=frozenset(data["codes"]["ARMED_CLASH"]["mutual"]),
        modifier_of=word_set(data["exclude"]["modifier_of"]),
        hit_developments=frozenset(data["exclude"]["hit_developments"]),
        member_of=word_set(data["exclude"]["member_of"]),
        name_heads=word_set(data["exclude"]["name_heads"]),
        mob=build_index((t, t) for t in data["mob"]["perpetrators"]),
        not_weapons=build_index((t, t) for t in data["exclude"]["not_weapons"]),
        off_duty=word_set(data["victims"]["off_duty"]),
        places_hit=build_index(
            (t, c) for c, terms in targets["categories"].items() if c in CIVILIAN_PLACES
            for t in terms
        ),
        riot_terms=frozenset(data["codes"]["VIOL_DEMONSTR"]["riot_terms"]),
        crude=build_index((t, t) for t in data["mob"]["crude"]),
        beating=frozenset(data["mob"]["beating"]),
        mob_damage=frozenset(data["mob"]["damage"]),
        people=word_set(data["mob"]["people"]),
        civil_org=word_set(data["mob"]["civil_org"]),
        conditional_cues={
            code: build_index((c, c) for c in spec["cues"])
            for code, spec in data["conditional"].items()
        },
        upgrades=tuple(
            (_codes(r["from"]), r["to"], build_index((c, c) for c in r["cues"]))
            for r in data["upgrade"]
        ),
    )


def _alternatives(
    entries: list[tuple[str, tuple[str, str | None]]]
) -> dict[str, tuple[tuple[str, str | None], ...]]:
    out: dict[str, list[tuple[str, str | None]]] = {}
    for term, payload in entries:
        out.setdefault(term, []).append(payload)
    # a conditional reading ("destroyed a weapons cache") is tried before the plain one
    return {term: tuple(sorted(p, key=lambda x: x[1] != "cue")) for term, p in out.items()}


def _codes(value: str | list[str]) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


def _armed_terms(actors: dict[str, Any], extra: list[str]) -> list[tuple[str, str]]:
    out = [(name, "group") for name in actors["groups"]]
    out.extend((t, "armed") for t in extra)
    for role in actors["roles"]:
        if role["kind"] in ("state", "militia") and "Government" not in role["template"]:
            out.extend((t, "armed") for t in role["terms"])
    return out


def _official_terms(actors: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role in actors["roles"]:
        if role["template"].startswith("Government"):
            out.extend((t, "official") for t in role["terms"])
    return out


def _facility_terms(targets: dict[str, Any]) -> list[tuple[str, str]]:
    keep = ("energy", "industrial", "infrastructure", "transport", "commercial")
    return [(t, cat) for cat, terms in targets["categories"].items() if cat in keep for t in terms]
