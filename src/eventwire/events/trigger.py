"""The trigger record of the events stage: one event found in a sentence, how its code was
resolved, and the code families the sentence rules work over."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Modality

if TYPE_CHECKING:
    from spacy.tokens import Span


#: Codes whose events are attacks from a distance; a generic "the attack" may refer back to one.
REMOTE_CODES = frozenset(
    {"AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SUIC_BOMB", "CHEM_WEAP"}
)


#: Attacks from a distance by kind of delivery: fired or dropped from afar, or planted, thrown
#: or carried to the target (one report may call one strike a missile's and a bomber's, never
#: a roadside bomb's).
DELIVERY = {"AIR_STRIKE": "fired", "ART_MISS_ATTACK": "fired", "CHEM_WEAP": "fired",
            "REM_EXPLOS": "planted", "SUIC_BOMB": "planted", "GRENADE": "planted"}


PROTEST_CODES = frozenset(
    {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"}
)


TERRITORY_CODES = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})


#: Resolution paths of a generic trigger, best first ("doer": the kind of party that did it,
#: as a group's bombing is a planted bomb).
SOURCE_RANK = {"explicit": 0, "weapon": 1, "anaphora": 2, "victim": 3, "doer": 3, "default": 4}


SOURCE_CONFIDENCE = {"explicit": 1.0, "weapon": 0.95, "anaphora": 0.8, "victim": 0.75,
                     "doer": 0.7,
                     "default": 0.6}


@dataclass(frozen=True)
class Trigger:
    """One event found in a sentence (token indices are doc indices)."""

    code: str
    start: int
    end: int
    head: int
    term: str
    source: str
    prior: float
    #: Set when the trigger names a past event the text refers back to.
    relation: str | None = None
    #: Other trigger spans (token start, end) folded into this one.
    also: tuple[tuple[int, int], ...] = ()
    modality: Modality = "occurred"
    #: Set when the trigger sits in a clause giving the background of the sentence's main event
    #: ("protested after the arrest of", "deployed following clashes").
    background: bool = False
    #: A killing or injury word ("killed", "wounded"): the outcome of whatever other violent
    #: event the sentence names.
    outcome: bool = False


@dataclass
class SentenceTriggers:
    """Triggers of one sentence (internal, for the assembly step)."""

    index: int
    sent: Span
    triggers: list[Trigger] = field(default_factory=list)


def trigger_confidence(trig: Trigger) -> float:
    """Rule confidence of a typed trigger: the code prior scaled by how it was resolved."""
    return round(trig.prior * SOURCE_CONFIDENCE[trig.source], 4)
