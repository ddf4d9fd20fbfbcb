"""Armed groups the lexicons do not know, named by the report: the proper nouns the tagger
took for a name, or set right before a role word ("the Gran Grif gang", "Viv Ansanm gang
members", "CODECO militiamen"), are the group's name; the role word alone, capitalised at the
start of a sentence ("Kidnappers seized ..."), names none."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..nations import nation_codes
from .lexicon import TermIndex

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity labels of proper nouns that name no group: places, peoples, dates.
NOT_GROUP_LABELS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC"})


def only_role_words(words: list[Token], role_words: TermIndex[Any]) -> bool:
    """Are the words the tagger took for a name only the role's own words ("Kidnappers
    seized ...", capitalised at the start of a sentence)?"""
    named = [w for w in words if w.ent_type_ in ("ORG", "PERSON")]
    covered = {i for m in role_words.find(named) for i in range(m.start, m.end)}
    return bool(named) and len(covered) == len(named)


def name_before_role(words: list[Token], role_words: TermIndex[Any]) -> str | None:
    """The proper nouns right before the role word of the mention ("the Gran Grif gang"),
    when they name no place, people or date."""
    found = role_words.find(words)
    if not found:
        return None
    first = found[0].start
    name: list[Token] = []
    for w in reversed([w for w in words if w.i < first]):
        if w.pos_ != "PROPN" or w.ent_type_ in NOT_GROUP_LABELS or not w.text[:1].isupper():
            break
        name.insert(0, w)
    if not name or name[-1].i != first - 1:
        return None
    text = " ".join(w.text for w in name)
    return None if text.lower() in nation_codes() else text
