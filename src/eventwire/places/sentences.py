"""A country named in a sentence places that sentence's towns: "In neighbouring Mali, the
army said it had repelled an attack near Gao" is Mali's Gao, not a namesake in the country the
rest of the report is about. Town readings are weighed on the whole text's evidence; this pass
moves a town to its namesake in a country its own sentence names as a place, when the reading
chosen lies in a country that sentence does not name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from .gazetteer import Candidate

#: "in Mali", "In neighbouring Mali", "across northern Mali": the country as a place.
_LOCATIVE = re.compile(r"\b(?:in|across|inside|throughout)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: A namesake in the sentence's country replaces the reading chosen only when it has at
#: least this share of that reading's population (the inverse: 2 means half).
RIVAL_SHARE = 2

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentence_readings(doc: Doc, picked: Sequence[tuple[int, Candidate]],
                      candidates: Mapping[int, Sequence[Candidate]],
                      sure: set[int]) -> dict[int, Candidate]:
    """Start offset of a town mention → the namesake to take instead, for the towns (`picked`:
    start offset and chosen reading) whose sentence names a country as a place ("in Mali", "in
    neighbouring Mali") and whose reading lies elsewhere. Readings the text itself qualifies
    (`sure`) stay, and so does a town far larger than its namesake ("Moscow" in a sentence
    that names the United States)."""
    sentence_of = _sentence_starts(doc)
    named: dict[int, set[str]] = {}
    for start, c in picked:
        if c.feature == "country" and c.country_code and _LOCATIVE.search(
                doc.text[max(0, start - 30):start]):
            named.setdefault(sentence_of(start), set()).add(c.country_code)
    out: dict[int, Candidate] = {}
    for start, c in picked:
        countries = named.get(sentence_of(start), set())
        if start in sure or c.feature != "city" or not countries or c.country_code in countries:
            continue
        there = [o for o in candidates.get(start, ()) if o.feature == "city"
                 and o.country_code in countries and o.population * RIVAL_SHARE >= c.population]
        if there:
            out[start] = max(there, key=lambda o: (o.population, -o.pid))
    return out


def _sentence_starts(doc: Doc) -> Callable[[int], int]:
    """offset → index of the sentence holding it."""
    starts = sorted(s.start_char for s in doc.sents)

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return sentence_of
