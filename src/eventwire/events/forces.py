"""Armed forces named by whom they belong to, when that is no country.

"Tigrayan forces attacked army positions", "the military forces of Artsakh fired on ...", "the
NAF rebel forces fired mortars", "Puntland forces clashed with al Shabaab", "the Kachin
Independence Army attacked a junta outpost": a force word ("forces", "troops", "army") that
carries a name of no country is that party's force, not the army of the country where it
fought, which is often the very side it fights. So:

- a people's name gives "{people} Forces" ("Tigrayan Forces"), a place's name "Military
  Forces of {place}" ("Military Forces of Artsakh"), a group's name or acronym the group
  ("NAF"), a force's full proper name itself ("Kachin Independence Army"); all are armed
  groups (kind "rebel") of the event's country;
- rebel words without a name ("rebel forces", "pro-Russian separatist forces") give an armed
  group the report does not name;
- a capital stands for its state ("Moscow's forces" are Russia's);
- an international body's forces ("NATO forces", "African Union troops") are external forces,
  named as ACLED names them.

A person's forces ("Haftar's forces") and forces with a country's name or demonym are left to
the other actor rules. Lexicon: `[forces]` in `data/actors.toml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nations import derived_demonyms, nation_acronyms
from ..places.capitals import capital_codes
from ..places.names import name_key
from .lexicon import TermIndex, build_index, load_toml, word_set
from .patrons import sided_by

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Names of the parties this module gives.
UNNAMED = "Unidentified Armed Group ({country})"
OF_PLACE = "Military Forces of {name}"
OF_PEOPLE = "{name} Forces"
STATE = "Military Forces of {country}"
#: Entity labels of a place's name and of a people's.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Parts of speech no word of a name is, though capitalised at a sentence's start.
NOT_NAMES = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "NUM", "ADV"})
#: Endings of a people's adjective ("Tigrayan", "Kurdish", "Sudanese").
PEOPLE_ENDINGS = ("an", "ese", "ish")


@dataclass(frozen=True)
class OwnedForce:
    """A force's party: its name template's filled name, kind and country."""

    name: str
    kind: str
    country: str | None
    #: True when the name is a template still to take the country ("Unidentified ...").
    templated: bool = False


@dataclass(frozen=True)
class _Lexicon:
    heads: frozenset[str]
    generic: frozenset[str]
    insurgent: frozenset[str]
    capitals: dict[str, str]
    international: TermIndex[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_toml("actors.toml")["forces"]
    capitals = dict(capital_codes())
    capitals.update({name_key(str(k)): str(v) for k, v in data["capitals"].items()})
    return _Lexicon(
        heads=word_set(data["heads"]), generic=word_set(data["generic"]),
        insurgent=word_set(data["insurgent"]), capitals=capitals,
        international=build_index((str(k), str(v)) for k, v in data["international"].items()),
    )


def owned_force(tok: Token, own: list[Token]) -> OwnedForce | None:
    """The party of the force mention `own` (its words less any patron's) headed by `tok`,
    when a name in it says the force is no country's army; None to leave it to the other
    rules."""
    lex = _lexicon()
    if tok.lemma_.lower() not in lex.heads and tok.lower_ not in lex.heads:
        return None
    body = lex.international.find(own)
    if body:
        return OwnedForce(body[0].payload, "external", None)
    insurgent = any(w.lower_ in lex.insurgent or w.lemma_.lower() in lex.insurgent for w in own)
    if not insurgent and any(_nation(w) for w in own):
        return None  # "Ukrainian forces", "the Israel Defense Forces": a state's own
    names = _naming_words(tok, own)
    if names is None:
        return None  # a person's forces
    if names and _sided(names[0], "pro") and not insurgent:
        return None  # "pro-Hadi forces", "pro-government troops": that side's own
    joined = " ".join(w.lower_ for w in names)
    if joined in derived_demonyms() and not insurgent:
        return None  # "forces of the United States"
    capital = lex.capitals.get(name_key(joined)) if names else None
    if capital is not None and not insurgent:
        return OwnedForce(STATE, "state", capital, templated=True)
    if names:
        return OwnedForce(_force_name(tok, names), "rebel", None)
    if not insurgent:
        return None
    run = _name_run(tok, tok.i)
    if len(run) > 1:  # "National Resistance forces": a force's proper name
        return OwnedForce(_run_name(tok, run), "rebel", None)
    return OwnedForce(UNNAMED, "rebel", None, templated=True)


def _naming_words(tok: Token, own: list[Token]) -> list[Token] | None:
    """The capitalised words of the mention that name whose the force is ("Tigrayan",
    "Artsakh", "NAF"), less the words of any force's name; None when a person is named."""
    lex = _lexicon()
    out: list[Token] = []
    of_name = {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for t in (o, *o.lefts)}
    for w in own:
        if w.i == tok.i or w.is_punct or not w.text[:1].isupper():
            continue
        if w.i > tok.i and w.i not in of_name:
            continue  # "forces of Artsakh located at X": the place they are at
        if w.ent_type_ == "PERSON" or _possessor(w):
            return None  # "Haftar's forces": a person's (a place's own go on: "Moscow's")
        if w.pos_ != "PROPN" and w.ent_type_ not in ("NORP", "GPE", "ORG", "LOC"):
            continue
        lower = w.lower_
        if _nation(w) or lower in lex.generic or lower in lex.insurgent \
                or lower in ("pro", "anti", "'s") or _sided(w, "anti"):
            continue  # ("anti-Houthi forces": the side they fight)
        out.append(w)
    return _nearest_run(tok, out)


def _nearest_run(tok: Token, names: list[Token]) -> list[Token]:
    """The run of adjacent names nearest the force word: "GNA and LNA forces" are LNA's."""
    if not names:
        return names
    before = [w for w in names if w.i < tok.i]
    words = before or names
    run = [words[-1]] if before else [words[0]]
    for w in (reversed(words[:-1]) if before else words[1:]):
        pair = (w, run[0]) if before else (run[-1], w)
        if not _contiguous(list(pair)):
            break
        run = [w, *run] if before else [*run, w]
    return run


def _sided(first: Token, stance: str) -> bool:
    """Is the name the side someone is for or against ("pro-Hadi", "anti - Houthi")?"""
    return sided_by(first, stance) or first.lower_.startswith(stance + "-")


def _name_run(tok: Token, end: int) -> list[Token]:
    """The capitalised words (and hyphens between them) right before index `end`, less any
    side named with "anti"/"pro": "the Security Belt forces" → Security, Belt."""
    doc = tok.doc
    run: list[Token] = []
    i = end - 1
    while i >= 0 and (doc[i].text[:1].isupper() or (
            doc[i].text == "-" and i > 0 and doc[i - 1].text[:1].isupper())):
        if _sided(doc[i], "anti") or _sided(doc[i], "pro") or doc[i].pos_ in NOT_NAMES:
            break  # ("The Karenni ... Force": the article opens the sentence)
        run.insert(0, doc[i])
        i -= 1
    while run and run[0].is_punct:
        run = run[1:]
    return run


def _run_name(tok: Token, run: list[Token]) -> str:
    """A proper name of several words before the force word, which joins it ("Security Belt
    Forces"), or one word or acronym alone ("NAF", "SSC-Khatumo")."""
    doc = tok.doc
    text = doc[run[0].i : run[-1].i + 1].text
    if tok.text[:1].isupper():
        return f"{text} {tok.text}"
    return f"{text} {tok.text.title()}" if " " in text else text


def _nation(w: Token) -> bool:
    """A country's name or demonym, or its acronym as wire copy writes it ("US", "UK")."""
    return w.lower_ in derived_demonyms() or w.text in nation_acronyms()


def _force_name(tok: Token, names: list[Token]) -> str:
    """ "Kachin Independence Army" (a proper name ending in the force word), "Military Forces
    of Artsakh" (a place's), "Tigrayan Forces" (a people's), "NAF" (a group's)."""
    doc = tok.doc
    text = doc[names[0].i : names[-1].i + 1].text if _contiguous(names) else \
        " ".join(w.text for w in names)
    if names[-1].i > tok.i:
        return OF_PLACE.format(name=text)
    run = _name_run(tok, tok.i)
    if names[-1] not in run:
        run = []  # the name is not part of the force's own name ("LNA and allied forces")
    if len(run) > len(names) or tok.text[:1].isupper():
        return _run_name(tok, run or names)  # "Kachin Independence Army", "Security Belt"
    if any(w.ent_type_ in PLACE_LABELS for w in names):
        return OF_PLACE.format(name=text)
    if any(w.ent_type_ == "NORP" for w in names) or _people_adjective(names):
        return OF_PEOPLE.format(name=text)
    return text


def _possessor(w: Token) -> bool:
    """A name owning the force ("Kadyrov's forces"), unless it names a place or a capital."""
    return w.dep_ == "poss" and w.ent_type_ not in PLACE_LABELS \
        and name_key(w.text) not in _lexicon().capitals


def _people_adjective(names: list[Token]) -> bool:
    """One word shaped as a people's adjective ("Tigrayan", "Kurdish", "Ossetian"), which the
    parser often takes for an organisation's name; an acronym ("NAF") is none."""
    word = names[0].text
    return len(names) == 1 and not word.isupper() and word.lower().endswith(PEOPLE_ENDINGS)


def _contiguous(words: list[Token]) -> bool:
    return all(b.i - a.i == 1 or (b.i - a.i == 2 and a.nbor().text == "-")
               for a, b in zip(words, words[1:], strict=False))

