"""Statements with no source: the text reports a claim without naming whose it is.

The shapes: a hedging adverb on a clause ("the depot was reportedly hit"); the agentless
passive of a reporting or belief verb, raising its subject ("the commander is said to have
fled", "the vote is expected to pass") or with an expletive "it" and a clause ("it was
reported that the bridge fell"); the agentless passive of a verb of judgement ("the unit was
accused of shelling the town"); "seems to" / "appears to" with a subject, and "it appears
that"; "it is clear that"; criticism incurred from no one named ("has faced criticism for
the raid"); an agreement whose parties are not named ("produced an agreement to ..."); and a
statement or a feeling set as the backdrop of an event ("amid fears of an ambush").
The content is the clause the cue scopes over (for the adverb and the passives it
holds the cue itself), what the criticism, the fear or the report is about, or the
agreement's terms. Every list of
cue words is in `data/unsourced.toml`, but the agreement nouns, which `accords.py` shares, in
`data/cues.toml`.

The findings use kind "unsourced", whose source range is the cue (there is no speaker);
`build.py` turns them into attributions with no source. Their stance is "hedges", but for an
unnegated "it is clear that", which asserts its content.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Stance
from .accords import agreement_terms, described_start
from .cleanup import drop_embedded_in
from .lexicon import get_lexicon, read_data
from .spans import (
    Found,
    Range,
    doc_quote_regions,
    noun_phrase,
    opens_clause,
    range_of,
    tokens_with,
    trim,
)
from .speakers import can_speak
from .unverified import (
    CHECKING,
    coordinated_no_evidence,
    no_evidence,
    sources_before_notes,
    unverified,
    without_evidence,
)

KIND = "unsourced"
_EXPLETIVES = frozenset({"it"})
_VERBAL = frozenset({"VERB", "AUX"})
#: Dependents before a verb that open its sentence rather than its clause.
_LEADING = frozenset({"mark", "cc", "punct", "prep", "advcl", "npadvmod"})
#: Prepositions that open a charge after a verb of judgement ("accused of", "blamed for").
_CHARGE_PREPS = frozenset({"of", "for", "as"})
#: A "quotation" longer than this is taken for unbalanced marks, not speech.
_LONG_QUOTE = 1500


@dataclass(frozen=True)
class UnsourcedLexicon:
    adverbs: frozenset[str]
    passives: frozenset[str]
    judged: frozenset[str]
    evident: frozenset[str]
    raising: frozenset[str]
    criticism: frozenset[str]
    incurring: frozenset[str]
    meeting: frozenset[str]
    backdrops: frozenset[str]
    voiced: frozenset[str]
    quarrels: frozenset[str]
    withheld: frozenset[str]


@functools.cache
def get_unsourced_lexicon() -> UnsourcedLexicon:
    """The cue words of `data/unsourced.toml` (read once per process)."""
    data = read_data("unsourced.toml", "unsourced cue lexicon")
    return UnsourcedLexicon(
        adverbs=frozenset(str(w).lower() for w in data["adverbs"]),
        passives=frozenset(str(w).lower() for w in data["passives"]),
        judged=frozenset(str(w).lower() for w in data["judged"]),
        evident=frozenset(str(w).lower() for w in data["evident"]),
        raising=frozenset(str(w).lower() for w in data["raising"]),
        criticism=frozenset(str(w).lower() for w in data["criticism"]),
        incurring=frozenset(str(w).lower() for w in data["incurring"]),
        meeting=frozenset(str(w).lower() for w in data["meeting"]),
        backdrops=frozenset(str(w).lower() for w in data["backdrops"]),
        voiced=frozenset(str(w).lower() for w in data["voiced"]),
        quarrels=frozenset(str(w).lower() for w in data["quarrels"]),
        withheld=frozenset(str(w).lower() for w in data["withheld"]),
    )


def with_unsourced(doc: Doc, items: list[Found]) -> list[Found]:
    """`items` plus the unsourced statements of `doc` whose cue is no part of them and not
    inside a quotation (a speaker's own hedge belongs to the quoted statement). A finding that
    took the subject of an agentless reporting passive for its source ("the ferry is expected
    to resume") gives way to the unsourced statement: that subject is what is said, not who
    says it."""
    lex = get_unsourced_lexicon()
    kept = [item for item in items if not _raised_subject(doc, item, lex)]
    kept = [no_evidence(doc, item, kept, lex.withheld) or item for item in kept]
    kept = without_evidence(doc, kept, lex.withheld, get_lexicon().light_verbs)
    kept = coordinated_no_evidence(doc, kept, lex.withheld, get_lexicon().light_verbs)
    taken = {i for item in kept for i in range(item.cue[0], item.cue[1] + 1)}
    quotes = [q for q in doc_quote_regions(doc) if q[1] - q[0] < _LONG_QUOTE]
    found: list[Found] = []
    cues = get_lexicon()
    agreements = cues.agreements
    voiced = _voiced(lex)
    lemmas = lex.passives | lex.judged | lex.evident | lex.raising | lex.criticism | agreements \
        | CHECKING | voiced
    for i in tokens_with(doc, lex.adverbs, lemmas):  # the words every rule below needs
        if i in taken:
            continue
        tok = doc[i]
        item = (_adverb(tok, lex) or _passive(tok, lex) or unverified(tok, cues)
                or _judged(tok, lex)
                or _evident(tok, lex) or _seems(tok, lex, kept) or _criticism(tok, lex)
                or _agreement(tok, agreements, kept) or _backdrop(tok, lex, voiced))
        if item is not None and not any(qs < tok.idx < qe for qs, qe in quotes) \
                and not (_is_evident(tok, lex) and _framed(item, kept)):
            found.append(item)
            taken.update(range(item.cue[0], item.cue[1] + 1))
    if len(kept) < len(items):  # a superseded finding with no unsourced reading stays
        covered = {f.cue_head for f in found}
        kept = [item for item in items if item in kept or item.cue_head not in covered]
    # "it is clear that the mayor wants ...": the writer's evident claim frames the one inside
    kept = drop_embedded_in(doc, kept, [f for f in found if _is_evident(doc[f.cue_head], lex)])
    kept = sources_before_notes(doc, kept, found)
    return sorted(kept + found, key=lambda item: item.cue[0])


def _is_evident(cue: Token, lex: UnsourcedLexicon) -> bool:
    return cue.lemma_.lower() in lex.evident and cue.dep_ == "acomp"


def _raised_subject(doc: Doc, item: Found, lex: UnsourcedLexicon) -> bool:
    cue = doc[item.cue_head]
    return (item.kind != KIND and cue.lemma_.lower() in lex.passives
            and doc[item.source_head].dep_ == "nsubjpass" and doc[item.source_head].head == cue
            and not any(c.dep_ == "agent" for c in cue.children))


def _adverb(tok: Token, lex: UnsourcedLexicon) -> Found | None:
    """ "The depot was reportedly hit": the clause of the verb the adverb modifies."""
    if tok.lower_ not in lex.adverbs or tok.dep_ != "advmod" or tok.head.pos_ not in _VERBAL:
        return None
    content = _clause(tok.head)
    if content is None:
        return None
    return Found(KIND, (tok.i, tok.i), tok.i, (tok.i, tok.i), tok.i, content)


def _passive(tok: Token, lex: UnsourcedLexicon) -> Found | None:
    """ "is said to have fled" (the raised clause, cue inside) or "it was reported that X"
    (the clause after the cue)."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in lex.passives or tok.dep_ == "relcl":
        return None  # "the changes lawmakers are expected to make": no clause of its own
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent"
                                                              for c in children):
        return None
    subject = next((c for c in children if c.dep_ in ("nsubjpass", "expl")), None)
    if subject is None or subject.i > tok.i:
        return None
    doc = tok.doc
    if subject.lower_ in _EXPLETIVES:
        clause = next((c for c in children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            return None
        cue: Range = (subject.i, tok.i)
        content = trim(doc, clause.left_edge.i, clause.right_edge.i)
    else:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if xcomp is None or not any(g.dep_ == "aux" and g.lower_ == "to" for g in xcomp.children):
            return None
        cue = (min([tok.i] + [c.i for c in children if c.dep_ in ("aux", "auxpass", "neg")
                              and subject.i < c.i < tok.i]), tok.i)
        content = trim(doc, subject.left_edge.i, xcomp.right_edge.i)
    if content is None:
        return None
    return Found(KIND, cue, tok.i, cue, tok.i, content)


def _judged(tok: Token, lex: UnsourcedLexicon) -> Found | None:
    """ "The commander was accused of ordering the strike", "the plan has been criticized as
    reckless": an agentless passive of a verb of judgement; its whole clause is the content."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in lex.judged or tok.dep_ == "relcl":
        return None
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent"
                                                              for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subject is None or any(c.dep_ == "ccomp" for c in children):
        return None  # "it is considered that ...": an expletive subject and a clause
    content = _clause(tok)
    if content is None:
        return None
    start = min([tok.i] + [c.i for c in children if c.dep_ in ("aux", "auxpass", "neg", "advmod")
                           and subject.i < c.i < tok.i])
    cue = (start, _charge_opener(tok))
    return Found(KIND, cue, tok.i, cue, tok.i, content)


def _charge_opener(tok: Token) -> int:
    """ "was accused of", "has been criticized as", "were blamed for": the preposition right
    after the participle that opens the charge belongs to the cue."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head.i == tok.i and nxt.dep_ == "prep" \
            and nxt.lower_ in _CHARGE_PREPS and any(g.dep_ in ("pobj", "pcomp")
                                                    for g in nxt.children):
        return nxt.i
    return tok.i


def _evident(tok: Token, lex: UnsourcedLexicon) -> Found | None:
    """ "It is clear that the talks failed", "it should be obvious that ...": an expletive
    "it" with an adjective of evidence and a clause; the clause is the content."""
    if tok.lemma_.lower() not in lex.evident or tok.dep_ != "acomp":
        return None
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl") and c.i < tok.i),
                   None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subject is None or subject.lower_ not in _EXPLETIVES or clause is None or any(
            t.tag_ in ("WDT", "WP", "WRB") or t.lower_ in ("whether", "if")
            for t in tok.doc[tok.i + 1 : clause.i]):
        return None  # "it is not clear what ..." asks; it claims nothing
    content = trim(tok.doc, clause.left_edge.i, clause.right_edge.i)
    if content is None or content[0] <= tok.i:
        return None
    return Found(KIND, (min(subject.i, verb.i), tok.i), tok.i, (subject.i, tok.i), tok.i,
                 content)


def _framed(item: Found, sourced: list[Found]) -> bool:
    """Is the finding inside what a named speaker says ("It is clear that the strike was
    aimed at the plant, the analyst wrote": the analyst's judgement, not the writer's)?"""
    return any(other.content[0] <= item.cue_head <= other.content[1]
               and not item.content[0] <= other.cue_head <= item.content[1]
               for other in sourced)


def stance(doc: Doc, item: Found) -> Stance:
    """ "It is clear that ..." and an agreement whose parties go unnamed ("the talks produced
    an agreement to swap prisoners": what was agreed is stated, not doubted) assert the
    content; a negated cue ("it is not clear that") and every other statement with no source
    hedges it."""
    cue = doc[item.cue_head]
    negated = any(c.dep_ == "neg" for c in (*cue.children, *cue.head.children))
    stated = _is_evident(cue, get_unsourced_lexicon()) \
        or cue.lemma_.lower() in get_lexicon().agreements
    return "asserts" if stated and not negated else "hedges"


def _seems(tok: Token, lex: UnsourcedLexicon, items: list[Found]) -> Found | None:
    """ "The strike seems to have hit a depot", "the video appears to show ...": a raising
    verb of appearance with a subject and an infinitive, the writer's own hedge; inside another
    statement's content it is that speaker's hedge and part of the statement."""
    if tok.lemma_.lower() not in lex.raising or tok.pos_ != "VERB":
        return None
    if any(item.content[0] <= tok.i <= item.content[1] for item in items):
        return None
    children = list(tok.children)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < tok.i), None)
    xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if subject is not None and subject.lower_ in _EXPLETIVES and xcomp is None:
        return _it_seems(tok, subject)
    if subject is None or xcomp is None or not any(
            g.dep_ == "aux" and g.lower_ == "to" for g in xcomp.children):
        return None
    cue = (min([tok.i] + [c.i for c in children if c.dep_ in ("aux", "neg")
                          and subject.i < c.i < tok.i]), tok.i)
    # "a sky that seemed to capture ...": a relative pronoun opens the content
    start = subject.i if subject.tag_ in ("WDT", "WP") else subject.left_edge.i
    content = trim(tok.doc, start, xcomp.right_edge.i)
    if content is None:
        return None
    return Found(KIND, cue, tok.i, cue, tok.i, content)


def _it_seems(tok: Token, subject: Token) -> Found | None:
    """ "It appeared that the talks had stalled", "it seems the depot was hit": an expletive
    "it" with a clause, the writer's hedge on the clause. "It seems to me that ..." names
    whose view it is, and is left alone."""
    children = list(tok.children)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is None or any(c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return None
    content = trim(tok.doc, clause.left_edge.i, clause.right_edge.i)
    if content is None or content[0] <= tok.i:
        return None
    cue = (min([tok.i] + [c.i for c in children if c.dep_ in ("aux", "neg")
                          and subject.i < c.i < tok.i]), tok.i)
    return Found(KIND, cue, tok.i, cue, tok.i, content)


def _criticism(tok: Token, lex: UnsourcedLexicon) -> Found | None:
    """ "The army has faced criticism for the raid", "the mayor drew ridicule", "came under
    criticism over the delays": criticism nobody is named for. The content is what it is for
    (else the subject it falls on)."""
    if tok.lemma_.lower() not in lex.criticism or tok.pos_ != "NOUN" or any(
            c.dep_ == "poss" for c in tok.children):
        return None
    verb = tok.head if tok.dep_ == "dobj" else None
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head
    if verb is None or verb.lemma_.lower() not in lex.incurring or verb.pos_ != "VERB":
        return None
    reason = next((g for c in (*tok.children, *verb.children) if c.dep_ == "prep"
                   and c.lower_ in ("for", "over") for g in c.children
                   if g.dep_ in ("pobj", "pcomp")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if reason is not None:
        content = trim(tok.doc, reason.left_edge.i, reason.right_edge.i)
    elif subject is not None and subject.tag_ not in ("WDT", "WP"):
        content = noun_phrase(subject)
    else:
        return None
    if content is None:
        return None
    end = tok.i
    if reason is not None and reason.head.i == tok.i + 1:
        end = tok.i + 1  # "took heat for": the preposition that opens the reason joins the cue
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
    if verb.lemma_.lower() in lex.meeting:
        start = described_start(tok)  # "now faces fierce criticism over": the verb is no part
    cue = (start, end)
    return Found(KIND, cue, tok.i, cue, tok.i, content)


#: Prepositions after a noun of saying or feeling that open what it is about ("amid fears of
#: an offensive", "amid calls for calm"); "amid protests in the capital" names a place.
_ABOUT_PREPS = frozenset({"of", "about", "over", "for", "on", "regarding", "against"})


def _voiced(lex: UnsourcedLexicon) -> frozenset[str]:
    cues = get_lexicon()
    return cues.statement_nouns | cues.stance_nouns | lex.voiced


def _backdrop(tok: Token, lex: UnsourcedLexicon, voiced: frozenset[str]) -> Found | None:
    """ "The convoy turned back amid fears of an ambush", "amid reports that the bridge had
    fallen": statements or feelings that the sentence sets as the background of an event,
    voiced by no one it names. The cue is the noun with its article and adjectives (and the
    preposition opening the content), the content what it is about."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in voiced or tok.dep_ != "pobj" \
            or tok.head.lower_ not in lex.backdrops or any(
                c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "from")
                or _people_of(c, tok) for c in tok.children):
        return None  # "amid the governor's warnings", "amid warnings from the army", "amid
        # Western fears": whose they are is said, so they are not voiced by no one
    if tok.lemma_.lower() in lex.quarrels and not tok.head.lower_.startswith("amid"):
        return None  # "stabbed after an argument over money": a row, no statement
    found = _about(tok)
    if found is None or _owner_of(tok, found[0]):
        return None
    end, content = found
    start = tok.i
    for child in sorted((c for c in tok.children if c.i < tok.i), key=lambda c: -c.i):
        if child.dep_ not in ("det", "amod") or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return Found(KIND, (start, end), tok.i, (start, end), tok.i, content)


def _people_of(adjective: Token, noun: Token) -> bool:
    """ "Western fears", "Ukrainian warnings": an adjective of nationality or place (an entity,
    or a capitalised adjective on a lower-case noun, as the tagger misses some) names whose
    they are."""
    if adjective.dep_ != "amod":
        return False
    return adjective.ent_type_ in ("NORP", "GPE") or adjective.tag_ == "JJ" \
        and adjective.is_title and not adjective.is_sent_start and not noun.is_title


def _owner_of(noun: Token, prep: int) -> bool:
    """ "following the statement of the ministry": after a noun of saying alone (not one of
    stance, as in "amid criticism of the ministry"), an "of" phrase naming one who can speak
    names who said it, not what."""
    cues = get_lexicon()
    opener = noun.doc[prep]
    if opener.lower_ != "of" or noun.lemma_.lower() in cues.stance_nouns:
        return False
    return any(g.dep_ == "pobj" and can_speak(g, cues) for g in opener.children)


def _about(noun: Token) -> tuple[int, Range] | None:
    """(last token of the cue, content): a "that" clause or an infinitive on the noun, else a
    preposition right after it with its object. A date ("a statement on Monday") or a medium
    ("reports on state television") after the preposition is when or where, not what."""
    venues = get_lexicon().venues
    about: tuple[int, Range] | None = None
    for child in noun.children:
        if child.i <= noun.i:
            continue
        if child.dep_ == "prep" and child.i == noun.i + 1 and child.lower_ in _ABOUT_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME") \
                    or pobj.lemma_.lower() in venues:
                continue
            content = range_of(pobj.subtree)
            about = None if content is None else (child.i, content)
        if opens_clause(child):
            content = range_of(child.subtree)
            return None if content is None else (noun.i, content)
    return about


def _agreement(tok: Token, agreements: frozenset[str], items: list[Found]) -> Found | None:
    """ "The summit produced an agreement to study the waste", "there was broad agreement that
    the levy should go": an agreement whose parties the sentence does not name (`accords.py`
    takes those it names); the cue is the noun with its article, the content its terms.
    Inside another statement's content ("the council welcomed the agreement to ...") it is
    what that source speaks of."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in agreements or any(
            c.dep_ == "poss" for c in tok.children):
        return None
    if any(item.content[0] <= tok.i <= item.content[1] for item in items):
        return None
    content = agreement_terms(tok)
    if content is None:
        return None
    cue = (described_start(tok), tok.i)
    return Found(KIND, cue, tok.i, cue, tok.i, content)


def _clause(head: Token) -> Range | None:
    """The clause of a verb: its subject and dependents, less a leading conjunction or
    subordinator, a coordinated clause after it and a comma-set participle or relative clause
    closing it ("..., killing ten", "..., which ...": the reporter's aside)."""
    end = head.right_edge.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("conj", "cc"):
            end = min(end, child.left_edge.i - 1)
    start = head.left_edge.i
    for child in sorted(head.children, key=lambda c: c.i):
        comma_set = child.dep_ == "advmod" and head.doc[child.right_edge.i + 1].text == ","
        if child.i < head.i and (child.dep_ in _LEADING or child.tag_ == "WRB" or comma_set):
            start = child.right_edge.i + 1
        else:
            break
    doc = head.doc
    clause = trim(doc, start, end)
    if clause is None:
        return None
    last = clause[1]
    while last > head.i and doc[last].is_punct:
        last -= 1
    for tok in doc[head.i + 1 : last + 1]:
        aside = tok.dep_ == "relcl" or tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBG"
        if aside and doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i >= last:
            return trim(doc, start, tok.left_edge.i - 2)
    return clause
