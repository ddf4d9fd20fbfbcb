"""Clean-up of the raw findings: one attribution per statement and each token in at most
one (governing verbs, thoughts inside statements, speech within quotations, generic sources that
give way to named ones, nested statements cut out of outer contents)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon
from .relays import named_relay, relaying_according
from .spans import Found, overlaps, trim


def drop_generic(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """ "Reports indicate that ..., according to the governor": the named source wins."""
    keep: list[Found] = []
    generic_of = [doc[item.source_head].lemma_.lower() in lex.generic_sources for item in items]
    if not any(generic_of):
        return list(items)
    sentence_of = [doc[item.cue_head].sent.start for item in items]
    for n, item in enumerate(items):
        generic = generic_of[n]
        rival = generic and any(
            other is not item
            and not generic_of[m]
            and overlaps(other.content, item.content)
            and not item.content[0] <= other.cue[0] <= item.content[1]  # nested, not a rival
            and sentence_of[m] == sentence_of[n]
            for m, other in enumerate(items)
        )
        if not (generic and rival):
            keep.append(item)
    return keep


def drop_governors(items: list[Found]) -> list[Found]:
    """ "refused to confirm": the inner cue took the governing verb into its span, so the
    governing verb's own finding (content "to confirm ...") goes."""
    return [
        item for item in items
        if not any(o is not item and o.cue[0] <= item.cue_head <= o.cue[1]
                   and o.cue_head != item.cue_head for o in items)
    ]


def drop_weak_nested(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """A thought or an intention reported inside another statement's content ("she said she
    plans to stay") is part of that statement."""
    return [
        item for item in items
        if doc[item.cue_head].lemma_.lower() not in lex.weak
        or not any(o is not item and o.content[0] <= item.cue[0] <= item.cue[1] <= o.content[1]
                   for o in items)
    ]


def drop_quoted(
    doc: Doc, items: list[Found], quotes: Sequence[tuple[int, int]]
) -> list[Found]:
    """A cue inside a quotation is speech within speech ("'I think we won,' he said"): the
    quotation is the claim, so the inner one is dropped."""
    short = [q for q in quotes if q[1] - q[0] < 1500]
    return [
        item for item in items
        if not any(qs < _last_char(doc[item.cue_head]) < qe for qs, qe in short)
    ]


#: Findings whose content is everything one speaker says: a transcript turn ("SMITH: ...")
#: and a quotation signed after a dash ("“...” ― Ann Reed").
_TURNS = frozenset({"colon", "dash"})


def drop_in_turns(items: list[Found]) -> list[Found]:
    """A cue inside a speaker's turn or a signed quotation ("SMITH: I think the bridge will
    hold") is speech within that speech, as inside quotation marks: the turn is the claim."""
    turns = [item.content for item in items if item.kind in _TURNS]
    return [item for item in items if item.kind in _TURNS
            or not any(start <= item.cue_head <= end for start, end in turns)]


def _last_char(tok: Token) -> int:
    """The offset of a token's last character: a dash glued to the closing mark ("”―") is
    outside the quotation it signs."""
    return tok.idx + len(tok.text) - 1


#: Marks that open a new clause: a statement after one of these stands on its own.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014", "(", "."})


def drop_embedded(doc: Doc, items: list[Found], causes: frozenset[int] = frozenset()
                  ) -> list[Found]:
    """A statement embedded in another one's content ("he said he plans to spend the money he
    says he raised", "condemned what he called a breach") is part of what the outer source
    says: each token belongs to one attribution, and the outermost report is the one that
    frames the claim. A statement that opens its own clause after a comma or a dash ("...,
    though the envoy never went so far as to claim that ...") stands on its own (`truncate_nested`).
    The findings whose cue heads are in `causes` have a cause for content, not words ("her
    lead in two polls has unsettled her rivals"): a statement inside one stands on its own."""
    return [item for item in items if not any(
        other is not item and other.cue_head not in causes and _embedded(doc, item, other)
        for other in items)]


def drop_embedded_in(doc: Doc, items: list[Found], outers: list[Found]) -> list[Found]:
    """`drop_embedded` with the outer statements found apart (the unsourced ones: "it is
    clear that the mayor wants to resign" is one claim, the writer's)."""
    return [item for item in items if not any(_embedded(doc, item, o) for o in outers)]


def _embedded(doc: Doc, inner: Found, outer: Found) -> bool:
    start, end = outer.content
    if inner.kind == "relative" and inner.content[1] < inner.statement_start:
        return False  # "..., a charge Ukraine rejects": a party's word on what came before
    if overlaps(inner.source, outer.source) and start <= inner.cue_head <= end \
            and _complement_of(doc[inner.cue_head], outer.cue_head):
        return True  # "decided not to recommend charges": the same speaker's inner verb
    first = inner.statement_start
    last = max(inner.source[1], inner.cue[1])
    if not (start <= first and last <= end) or outer.content[0] <= outer.cue[0] <= end:
        return False  # not inside, or the outer content wraps its own cue (a parenthetical)
    before = [t for t in doc[max(start, first - 3) : first] if not t.is_space]
    while before and before[-1].pos_ in ("CCONJ", "SCONJ", "ADV"):
        before.pop()
    return not (before and before[-1].text in _CLAUSE_BREAKS)


def _complement_of(tok: Token, governor: int) -> bool:
    """Is `tok` inside a complement of the token at `governor` (reached without passing a
    coordination: "confirmed that A but denied that B" holds two statements)?"""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "conj" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == governor:
            return True
    return False


def cut_sources(doc: Doc, items: list[Found]) -> list[Found]:
    """A source that holds another statement ("Mr. Kamin, who argued that the plan would
    help, said ...") stops before it: the relative clause is a statement of its own."""
    out: list[Found] = []
    for item in items:
        start, end = item.source
        for other in items:
            s = other.statement_start
            if other is not item and start < s <= end and other.cue_head <= end:
                cut = trim(doc, start, s - 1, keep_quotes=False)
                if cut is not None:
                    start, end = cut
        out.append(item if (start, end) == item.source else replace(item, source=(start, end)))
    return out


def truncate_nested(doc: Doc, items: list[Found]) -> list[Found]:
    """Each token belongs to one attribution: an inner statement that closes an outer content
    is cut out of it ("..., though the envoy never went so far as to claim that ...")."""
    out: list[Found] = []
    for item in items:
        start, end = item.content
        if item.kind == "colon":
            out.append(item)  # a speaker's turn ("WALLACE: ...") holds all they say in it
            continue
        for other in items:
            s = other.statement_start
            if other is not item and _second_verb(doc, item, other):
                s = other.cue[0]  # "says X and said Y": the second statement is cut out
            elif other is item or not (start < s <= end) or other.content[0] < s:
                continue
            elif item.cue[0] > s or overlaps(other.source, item.source):
                continue  # the inner statement shares the outer cue or source: leave it
            if not start < s <= end:
                continue
            trimmed = trim(doc, start, s - 1)
            if trimmed is not None:
                start, end = trimmed
        out.append(replace(item, content=(start, end)))
    return out


def _second_verb(doc: Doc, outer: Found, inner: Found) -> bool:
    """Is `inner` a second reporting verb of the same speaker, coordinated with the outer one
    but inside its content ("she says she will run and said she would win")?"""
    start, end = outer.content
    cue = doc[inner.cue_head]
    return (outer.cue_head < start < inner.cue[0] <= end and cue.dep_ == "conj"
            and overlaps(inner.source, outer.source) and inner.content[0] > inner.cue[0])


def fold_closing_relays(doc: Doc, items: list[Found], lex: CueLexicon) -> list[Found]:
    """ "Governor X said debris had damaged three houses, according to the RIA news agency",
    "..., according to a statement posted on X": an outlet or a statement closing a reported
    clause only passes the speaker's words on. The speaker's statement stays, its content
    ending before "according to" (which names the relay or the channel); the "according to"
    statement, whose content would be the speaker's whole sentence, goes."""
    folded: dict[int, Found] = {}
    dropped: set[int] = set()
    for relay in items:
        if relay.kind != "according" or relay.content[1] >= relay.cue[0]:
            continue
        said = next((v for v in items if _closed_by(doc, v, relay)), None)
        if said is None or not (relaying_according(doc, relay, lex)
                                or named_relay(doc, relay.source)
                                and named_relay(doc, said.source)):
            continue  # a named party passes on a named party's words
        end = None if said is None else trim(doc, said.content[0], relay.cue[0] - 1)
        if said is not None and end is not None:
            folded[id(said)] = replace(said, content=end)
            dropped.add(id(relay))
    return [folded.get(id(item), item) for item in items if id(item) not in dropped]


def _closed_by(doc: Doc, said: Found, relay: Found) -> bool:
    """Is `relay`'s "according to" the close of `said`'s clause: after `said`'s cue, within
    or right after its content (hung on the cue or on a word of the content), with `said`
    inside what the relay reports?"""
    according = doc[relay.cue_head]
    start, end = said.content
    return said.kind == "verb" and relay.content[0] <= said.statement_start \
        and said.cue_head <= relay.content[1] and said.cue_head < start \
        and (according.head.i == said.cue_head or start <= according.head.i <= end) \
        and (end >= relay.cue[0] - 2 or _cue_adjuncts(doc, said, end + 1, relay.cue[0]))


def _cue_adjuncts(doc: Doc, said: Found, first: int, stop: int) -> bool:
    """Are the tokens from `first` up to `stop` the cue's own prepositional phrases and
    punctuation ("claimed the ambush in an audio message, according to ...")?"""
    cue = doc[said.cue_head]
    held = {t.i for c in cue.children if c.dep_ == "prep" and c.i >= first
            for t in c.subtree}
    return first < stop and all(i in held or doc[i].is_punct for i in range(first, stop))


def cut_before_answers(items: list[Found]) -> list[Found]:
    """ "accused Kyiv of terrorist attacks, a charge Ukraine rejects": the outer statement's
    content stops where another party's word on it begins (`mistagged._closing_denial`)."""
    answers = [o for o in items if o.kind == "relative" and o.content[1] < o.statement_start]
    out: list[Found] = []
    for item in items:
        for o in answers:
            start, end = item.content
            if o is not item and start <= o.content[0] and o.content[1] < o.statement_start <= end:
                item = replace(item, content=(start, o.content[1]))
        out.append(item)
    return out
