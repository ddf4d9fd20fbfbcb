"""What an event hit: the target named in its sentence, typed with the target taxonomy
(`data/targets.toml`), with its proper name where the text gives one ("the Saky air base")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..places.datelines import in_dateline
from ..records import Span, Target
from .care import place_of_care
from .clauses import other_clauses
from .lexicon import TermIndex, build_index, load_toml
from .participants import REPORTING_VERBS, head_of, victim_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A name in quotes before a target word ("the 'Azot' plant").
QUOTED_NAME = re.compile(r"[‘'\"“«]([^’'\"”»]{2,60})[’'\"”»]")


@dataclass(frozen=True)
class TargetLexicon:
    index: TermIndex[str]
    generic: frozenset[str]


@dataclass(frozen=True)
class TargetMention:
    target: Target
    span: Span


@functools.cache
def target_lexicon() -> TargetLexicon:
    data = load_toml("targets.toml")
    entries = [(t, cat) for cat, terms in data["categories"].items() for t in terms]
    entries += [(t, NOT_A_TARGET) for t in data["not_targets"]]
    return TargetLexicon(build_index(entries), frozenset(t.lower() for t in data["generic"]))


#: The category of the phrases that hold a target word and name no target ("port side").
NOT_A_TARGET = ""


@functools.cache
def target_generic_terms() -> frozenset[str]:
    """Target kinds that name no particular thing ("site", "facility")."""
    return target_lexicon().generic


def _in_source(tok: Token) -> bool:
    """Is `tok` inside the source of the report ("according to the state prosecutor's office",
    "the interior ministry said"), which names who reports, not what was hit?"""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == \
                "according":
            return True
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


def _in_place_name(doc: Doc, start: int, end: int) -> bool:
    """Is the target word part of a town's or region's name ("Port Sudan", "Port Harcourt",
    "Port-au-Prince"), or of a dateline ("PORT-AU-PRINCE, Oct 4 (Wire) -")?"""
    words = doc[start:end]
    if in_dateline((words[0].idx, words[-1].idx + len(words[-1].text)), doc.text):
        return True
    if end < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ \
            and all(t.text[:1].isupper() for t in words):
        return True  # "Port-au-Prince", "Pont-Sonde": the first part of a hyphened name
    return all(t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC") for t in words)


def find_target(doc: Doc, head: int, start: int, end: int) -> TargetMention | None:
    """What the event at `head` hit, from the sentence tokens [start, end).

    A specific term ("fuel depot") beats a generic one ("facility"); among equals, a term in the
    trigger's object phrase beats one elsewhere, then the nearest wins.
    """
    lex = target_lexicon()
    tok = doc[head]
    elsewhere = other_clauses(doc[head])
    matches = [m for m in lex.index.find(list(doc[start:end]))
               if m.payload != NOT_A_TARGET and m.start not in elsewhere
               and not _in_source(doc[m.start]) and not _in_place_name(doc, m.start, m.end)
               and not place_of_care(doc[head_of(doc, m.start, m.end)])]
    if not matches:
        return None
    close = {t.i for t in victim_tokens(tok)} | {t.i for t in tok.subtree}

    def score(m: Any) -> tuple[int, int, int]:
        words = m.term.lower().split()
        generic = 2 if m.term.lower() in lex.generic else int(words[-1] in lex.generic)
        near = 0 if m.start in close else 1
        return (generic, near, abs(m.start - head))

    best = min(matches, key=score)
    phrase = doc[best.start : best.end]
    name, name_span = _target_name(doc, best.start, best.end)
    lo = min(best.start, name_span[0]) if name_span else best.start
    hi = max(best.end, name_span[1]) if name_span else best.end
    span = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
    target = Target(
        category=str(best.payload),
        kind=" ".join(t.lemma_.lower() for t in phrase),
        name=name,
        text=doc[lo:hi].text,
    )
    return TargetMention(target, span)


def _target_name(doc: Doc, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """A proper name of the target: a quoted name or proper nouns just before the term, or the
    possessor ("the mine's facilities" takes the mine's name from elsewhere, not here)."""
    i = start - 1
    names: list[int] = []
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].is_quote or doc[i].text in "‘’'\"“”"):
        names.insert(0, i)
        i -= 1
    words = [doc[j] for j in names if not doc[j].is_quote and doc[j].text not in "‘’'\"“”"]
    if words:
        text = " ".join(w.text for w in words)
        return text, (names[0], end)
    window = doc[max(0, start - 6) : start].text
    quoted = QUOTED_NAME.findall(window)
    if quoted:
        return quoted[-1].strip(), None
    return None, None
