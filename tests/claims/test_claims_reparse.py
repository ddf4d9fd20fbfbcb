"""Spans the model misreads, parsed again for the claims stage: title-case headlines (read in
sentence case, names kept) and sentences with a curly apostrophe the tagger got wrong; and a
quotation after a colon that closes a verb of verbal force, and a quoted modifier the parser
took for a complement, on hand-written texts."""

from __future__ import annotations

import pytest

from eventwire.claims import find_attributions
from eventwire.claims.lexicon import get_lexicon
from eventwire.claims.reparse import reparsed, sentence_case, title_lines
from eventwire.nlp import get_nlp
from support import attributions, by_cue, content


@pytest.mark.parametrize(
    ("headline", "body", "source", "cue", "said"),
    [
        ("Study Suggests Coffee Drinkers Sleep Less",
         "Researchers followed 900 adults for a decade.", "Study", "Suggests",
         "Coffee Drinkers Sleep Less"),
        ("Coach Insists Team Can Still Make Playoffs", "The team has lost five straight games.",
         "Coach", "Insists", "Team Can Still Make Playoffs"),
        ("Activists Accuse Firm Of Polluting River", "The firm makes paint and glue.",
         "Activists", "Accuse", "Firm Of Polluting River"),
        ("Nurse Recalls Chaos Of First Night",
         "She worked at the hospital for twelve years.", "Nurse", "Recalls",
         "Chaos Of First Night"),
    ],
)
def test_title_case_headline_verb(headline: str, body: str, source: str, cue: str,
                                  said: str) -> None:
    text = f"{headline}\n\n{body}"
    att = by_cue(text, cue)
    assert (att.source, content(text, att)) == (source, said)


@pytest.mark.parametrize(
    "headline",
    ["Storm Knocks Out Power To Thousands", "Bridge Reopens After Long Repairs",
     "Town Marks Anniversary Of Mill Fire"],
)
def test_title_case_headline_without_statement(headline: str) -> None:
    text = f"{headline}\n\nCrews worked through the night on Friday."
    assert [a.cue for a in attributions(text) if a.cue_span and a.cue_span[0] < len(headline)] \
        == []


def test_sentence_case_keeps_names() -> None:
    text = ("Ada Obi Rebukes Council Over Housing Plan\n\n"
            "Councillor Obi spoke after the vote on the housing plan.")
    doc = get_nlp()(text)
    lines = title_lines(doc)
    assert [line.text for line in lines] == ["Ada Obi Rebukes Council Over Housing Plan"]
    from eventwire.claims.reparse import _casings

    names, common = _casings(doc, lines)
    assert sentence_case(lines[0], names, common | get_lexicon().cue_words) \
        == "Ada Obi rebukes council over housing plan"


def test_reparse_leaves_the_given_doc_alone() -> None:
    text = "Nurse Recalls Chaos Of First Night\n\nShe worked at the hospital for years."
    doc = get_nlp()(text)
    before = [(t.tag_, t.dep_, t.head.i) for t in doc]
    copy = reparsed(doc, get_lexicon().cue_words)
    assert copy is not doc and copy.text == doc.text and len(copy) == len(doc)
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == before
    assert (doc[2].pos_, copy[2].pos_) == ("PROPN", "NOUN")  # "Chaos" is no name
    assert [(t.tag_, t.dep_, t.head.i, t.is_sent_start) for t in copy[7:]] \
        == [(t.tag_, t.dep_, t.head.i, t.is_sent_start) for t in doc[7:]]
    assert [a.cue for a in find_attributions(doc)] == ["Recalls"]


def test_prose_is_not_reparsed() -> None:
    doc = get_nlp()("The council met on Monday.\n\nIt voted to close the pier.")
    assert reparsed(doc, get_lexicon().cue_words) is doc


def test_curly_apostrophe_misread() -> None:
    text = ("Contradicting the sheriff’s earlier account that the man was armed, the video "
            "shows empty hands.")
    att = by_cue(text, "earlier account")
    assert att.source == "the sheriff’s"
    assert content(text, att) == "that the man was armed"


def test_headline_colon_quote_after_verbal_attack() -> None:
    text = ("Senator Ito Grills Bank Boss: ‘Your Fees Are A Scandal.’\n\n"
            "Ito spoke at the hearing.")
    att = by_cue(text, ":")
    assert att.source == "Senator Ito Grills Bank Boss"
    assert content(text, att) == "‘Your Fees Are A Scandal.’"


def test_colon_quote_after_verbal_attack_in_prose() -> None:
    text = "Mayor Reyes attacked the rail operator: “Trains are late every day.”"
    att = by_cue(text, ":")
    assert (att.source, att.claimant) == ("Mayor Reyes attacked the rail operator", "Reyes")
    assert content(text, att) == "“Trains are late every day.”"


@pytest.mark.parametrize(
    "text",
    ["The rebels attacked the convoy: “We lost three trucks.”",
     "Russia attacked the port city: “The whole night was fire,” a dock worker said."],
)
def test_colon_quote_after_a_deed(text: str) -> None:
    assert [a.source for a in attributions(text) if a.cue == ":"] == []


def test_quoted_modifier_read_as_complement() -> None:
    text = "The former pilot reveals ‘chilling’ details of the crash in a new memoir."
    att = by_cue(text, "reveals")
    assert att.source == "The former pilot"
    assert content(text, att).startswith("‘chilling’ details of the crash")
