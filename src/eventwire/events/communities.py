"""Militias of an ethnic or local community.

"Fulani militiamen raided a settlement", "suspected Tiv militias", "Rizeigat and Misseriya
communal militias clashed", "a Murle raider": armed men named by the community they come
from are that community's militia, which ACLED names "{community} Ethnic Militia
({country})" ("{clan} Clan Militia" for a clan's; a few communities' militias are named
otherwise, as the lexicon says). A community the lexicon knows is named so with any word for
its armed men; any other named people only with a word saying it is a community
("communal", "ethnic", "clan"). Lexicon: `[communities]` in `data/actors.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nations import nation_codes
from .lexicon import load_toml, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Entity labels a people's name may carry (rare names are often taken for places).
NAME_LABELS = frozenset({"NORP", "GPE", "LOC"})


@dataclass(frozen=True)
class _Lexicon:
    members: frozenset[str]
    kinds: dict[str, str]  # community word → kind of militia ("communal" → "Ethnic")
    names: dict[str, str]  # known community → its militia's name


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_toml("actors.toml")["communities"]
    return _Lexicon(word_set(data["members"]),
                    {k.lower(): str(v) for k, v in data["kinds"].items()},
                    {k.lower(): str(v) for k, v in data["names"].items()})


def community_militia(words: list[Token]) -> str | None:
    """The name template ("Fulani Ethnic Militia ({country})") of the community militia the
    mention `words` names, or None."""
    lex = _lexicon()
    member = next((w for w in words if w.lemma_.lower() in lex.members
                   or w.lower_ in lex.members), None)
    if member is None:
        return None
    before = [w for w in words if w.i < member.i]
    known = next((lex.names[w.lower_] for w in before if w.lower_ in lex.names), None)
    if known is not None:
        return known + " ({country})"
    kind = next((lex.kinds[w.lower_] for w in before if w.lower_ in lex.kinds), None)
    name = next((w for w in before if _people_name(w)), None)
    if kind is None or name is None:
        return None
    return f"{name.text} {kind} Militia ({{country}})"


def _people_name(tok: Token) -> bool:
    """A capitalised name that is no country's and no word of the lexicon ("Rizeigat",
    "Okene", not "Sudanese" nor "Ethnic")."""
    return tok.is_alpha and tok.text[:1].isupper() \
        and (tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS) \
        and tok.lower_ not in nation_codes() \
        and tok.lower_ not in _lexicon().kinds and tok.lower_ not in _lexicon().members
