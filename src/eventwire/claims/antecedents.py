"""Who "it", "they" or "the ministry" is when a statement's source is only that: the body that
spoke just before, rather than any organisation the text merely mentioned in between. A body
noun with words saying which one it is ("the health ministry", "the regional administration")
is the body that spoke before only when that body's name holds those words; one placed by a
phrase after it ("the health ministry in Kyiv") is a claimant of its own (`chains.py`).

"The Israeli military said its jets struck a Hamas post, after Hamas fighters fired rockets.
It said it had taken steps to spare civilians": "it" is the military, the speaker of the
statement before, not Hamas, named after it. A bare noun takes the earlier speaker whose name
holds it ("the ministry" after "Russia's Defence Ministry said"), a pronoun the nearest
earlier speaker that is a body (a person is "he" or "she"). A denial that answers the statement
before it ("Kyiv says Russia fired missiles at a university, which it denies") is made by the
one the statement accuses (its doer), not by its speaker nor by a place or body named in it.

Only the few sentences before the source are searched; with no fitting statement there, the
claimant found from the mentions (`chains.py`) stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import Attribution, Span
from .lexicon import CueLexicon, get_lexicon
from .names import ARTICLES, clean_name
from .parties import same_party

#: How many sentences before a source its antecedent statement may lie.
_SENTENCES = 3
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: Words that point back from a denial's content at the statement before it.
_POINTERS = frozenset({"which", "it", "this", "that"})
#: Words of a country's military as a whole: "the military" may stand for "the army".
_MILITARY = frozenset({"military", "army", "forces", "idf"})


def rebound(doc: Doc, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with the claimant of each source that is a pronoun or a bare body
    noun taken from the statements just before it, when one fits."""
    lex = get_lexicon()
    out = list(attributions)
    for k, att in enumerate(out):
        party = _party_phrase(att)
        phrase = party or att.source
        word = _stand_in(phrase, lex)
        described = _described_body(phrase, lex)
        if att.source_span is None or word is None and described is None:
            continue
        found = _antecedent(doc, out, k, word, lex) if word is not None \
            else _same_kind(doc, out, k, *described) if described is not None else None
        if found is not None and (not same_party(found[0], att.claimant)
                                  or _fuller(found[0], att.claimant)):
            # a speaker for the body keeps its own role ("a spokesman for the ministry")
            role = att.claimant_role if party is not None else found[1]
            out[k] = replace(att, claimant=found[0], claimant_role=role)
    return out


def _fuller(name: str, claimant: str | None) -> bool:
    """Does `name` hold more words than the claimant found so far ("Ukraine's air force" for
    "air force")?"""
    return claimant is not None and len(name.split()) > len(claimant.split())


def _party_phrase(att: Attribution) -> str | None:
    """ "the ministry" of "a spokesman for the ministry" or "the ministry's spokesman": the
    definite phrase of the body a speaker speaks for (`proxies.py`), when the claimant is
    only that phrase's words."""
    if att.source is None or att.claimant is None or att.claimant_role is None:
        return None
    phrase = "the " + att.claimant
    return phrase if phrase.lower() in att.source.lower() else None


def _stand_in(source: str | None, lex: CueLexicon) -> str | None:
    """The word of a source that only stands for a body named elsewhere: "it", "they", or the
    noun of "the ministry", "the military", "the group"."""
    words = (source or "").lower().split()
    if len(words) == 1 and words[0] in lex.group_pronouns:
        return words[0]
    if len(words) == 2 and words[0] == "the" and (
            words[1] in lex.body_heads or words[1] in lex.fighter_heads or words[1] == "group"):
        return words[1]
    return None


def _described_body(source: str | None, lex: CueLexicon) -> tuple[str, frozenset[str]] | None:
    """(noun, words) of a source that is a definite body noun with words saying which body of
    its kind it is ("the health ministry", "the regional administration"); None for any other
    source, and for one a phrase after the noun places ("the health ministry in Kyiv")."""
    words = [w.strip(".,'\u2019").lower() for w in (source or "").split()]
    if len(words) < 3 or words[0] != "the" or words[-1] not in lex.body_heads:
        return None
    kind = frozenset(words[1:-1]) - lex.pointing_modifiers
    return (words[-1], kind) if kind else None


def _same_kind(doc: Doc, atts: Sequence[Attribution], k: int, noun: str,
               kind: frozenset[str]) -> tuple[str, str | None] | None:
    """(claimant, role) of the nearest earlier statement, within a few sentences, whose
    speaker's name holds the body noun and every word of its kind ("the regional
    administration" after "the Sumy regional military administration said"); never a body
    of another kind ("the health ministry" is not "Russia's defence ministry")."""
    att = atts[k]
    assert att.source_span is not None
    begin = att.source_span[0]
    lo = _window_start(doc, begin)
    for prior in reversed(atts[:k]):
        if prior.source_span is None or not lo <= prior.source_span[0] < begin:
            continue
        name = prior.claimant or clean_name(prior.source or "")
        words = {w.strip(".,").lower().removesuffix("\u2019s").removesuffix("'s")
                 for w in name.split()}
        if noun in words and kind <= words:
            return name, prior.claimant_role
    return None


def _antecedent(doc: Doc, atts: Sequence[Attribution], k: int, word: str,
                lex: CueLexicon) -> tuple[str, str | None] | None:
    """(claimant, role) of the nearest earlier statement, within a few sentences, whose speaker
    (or, for a denial answering it, whose accused doer) fits `word`; for "they", a plural
    speaker first, else a body spoken of as "they"."""
    att = atts[k]
    assert att.source_span is not None
    begin = att.source_span[0]
    lo = _window_start(doc, begin)
    earlier = [a for a in reversed(atts[:k]) if a.source_span is not None
               and lo <= a.source_span[0] < begin]
    if att.stance == "denies" and _points_back(doc, att.content_span):
        return _accused(doc, earlier[0], word, lex) if earlier else None
    for plural in ((True, False) if word == "they" else (False,)):
        for prior in earlier:
            found = _speaker(doc, prior, word, lex, plural=plural)
            if found is not None:
                return found
    return None


def _speaker(doc: Doc, prior: Attribution, word: str, lex: CueLexicon, *,
             plural: bool) -> tuple[str, str | None] | None:
    """(claimant, role) of a statement's speaker when `word` can stand for it (with `plural`,
    only a plural one)."""
    assert prior.source_span is not None
    head = _head(doc, prior.source_span)
    name = prior.claimant or clean_name(prior.source or "")
    again = _stand_in(prior.source, lex)  # "It said ... It added": the same body again
    if again is not None and prior.claimant is not None:
        return (name, prior.claimant_role) if again == word else None
    if head is None or plural and head.tag_ not in ("NNS", "NNPS") \
            or not _fits(head, name, word, lex):
        return None
    return name, prior.claimant_role


def _accused(doc: Doc, prior: Attribution, word: str,
             lex: CueLexicon) -> tuple[str, str | None] | None:
    """The one a denial answering the statement `prior` speaks for: a doer the statement
    names who fits `word`, not its own speaker (a side does not deny its own words)."""
    doers = [t for t in _doers(doc, prior.content_span)
             if not same_party(_name(doc, t), prior.claimant or prior.source)]
    fits = [t for t in doers if _fits(t, _name(doc, t), word, lex)]
    return (_name(doc, fits[0]), None) if fits else None


def _window_start(doc: Doc, at: int) -> int:
    """The char offset of the sentence a few before the one holding char offset `at`."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return at
    sent = span[0].sent
    for _ in range(_SENTENCES):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


def _head(doc: Doc, span: Span) -> Token | None:
    found = doc.char_span(span[0], span[1], alignment_mode="expand")
    return None if found is None else found.root


def _points_back(doc: Doc, content: Span) -> bool:
    """Is a denial's content only a word pointing back ("which it denies", "denied it")?"""
    found = doc.char_span(content[0], content[1], alignment_mode="expand")
    return found is not None and len(found) == 1 and found[0].lower_ in _POINTERS


def _doers(doc: Doc, content: Span) -> list[Token]:
    """Who a statement says did what it tells: the subject of its main clause ("Russia fired
    missiles"), or the one a charge names ("accuse Moscow of shelling", "blamed the army for
    the blast": the content starts with the one charged)."""
    found = doc.char_span(content[0], content[1], alignment_mode="expand")
    if found is None:
        return []
    root = found.root
    if root.pos_ in ("NOUN", "PROPN"):
        return [root]
    return [c for c in root.children if c.dep_ == "nsubj"]


def _name(doc: Doc, tok: Token) -> str:
    """The name of a body a token heads: its entity, else its words without the article."""
    if tok.ent_type_:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return ent.text
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "punct"]
    while words and words[0].lower_ in ARTICLES:
        words = words[1:]
    return " ".join(t.text for t in words) or tok.text


def _fits(head: Token, name: str, word: str, lex: CueLexicon) -> bool:
    """Can `word` stand for the speaker headed by `head` and named `name`: "it" for a body
    that is one (not a person, not a plural group), "they" for a body or a group, a noun
    for a body whose name holds it ("the ministry": "the Defence Ministry")?"""
    if word == "they" and head.tag_ in ("NNS", "NNPS"):
        return True  # "officials said ... They said": a group of people is "they"
    if _person(head, lex):
        return False
    body = head.ent_type_ in _BODY_LABELS or head.lemma_.lower() in lex.body_heads \
        or head.lemma_.lower() in lex.fighter_heads
    if word == "it":
        return body and head.tag_ != "NNS" and head.ent_type_ != "NORP"
    if word == "they":
        return body
    words = {w.strip(".,'\u2019").lower().removesuffix("'s") for w in name.split()}
    if word in words or word in _MILITARY and bool(words & _MILITARY):
        return True
    # "the group", "the militia": an organisation named by its own name alone ("Hezbollah"),
    # not a state body ("the Israeli army", "the Defence Ministry")
    fighters = word == "group" or word in lex.fighter_heads
    return fighters and head.ent_type_ == "ORG" and not words & lex.body_heads


def _person(head: Token, lex: CueLexicon) -> bool:
    """A person: a person's name, a title, a person pronoun."""
    return head.ent_type_ == "PERSON" or head.lower_ in lex.person_pronouns \
        or head.lemma_.lower() in lex.titles
