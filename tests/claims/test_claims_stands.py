"""Stands and wishes on hand-written sentences: what a source wants or seeks, sides taken
with an agent or a reason, agreeing with someone, replies, creeds and votes against a measure,
and the look-alikes that stay events or kinds."""

from __future__ import annotations

import pytest

from support import attributions, content, only


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The workers want a shorter week and safer cranes.", "The workers", "want",
         "a shorter week and safer cranes"),
        ("The harbour board seeks new limits on night shipping.", "The harbour board",
         "seeks", "new limits on night shipping"),
        ("Ms. Okafor would like to hold a second hearing in May.", "Ms. Okafor", "would like",
         "to hold a second hearing in May"),
        ("The ferry company hopes to reopen the northern route.", "The ferry company",
         "hopes", "to reopen the northern route"),
        ("The harbour council hopes for a quick settlement.", "The harbour council",
         "hopes for", "a quick settlement"),
        ("Fishermen expect a poor season on the northern banks.", "Fishermen", "expect",
         "a poor season on the northern banks"),
        ("Police suspect arson in the warehouse fire.", "Police", "suspect",
         "arson in the warehouse fire"),
        ("The bishop urged restraint on both sides.", "The bishop", "urged",
         "restraint on both sides"),
        ("The ministry advised caution near the border.", "The ministry", "advised",
         "caution near the border"),
    ],
)
def test_wishes(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)
    assert att.stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "The clerk gave the visitors whatever they wanted.",  # the object before the verb
        "The rate counts residents who are seeking work.",  # a kind of people, no one's wish
        "The river wants a new bridge.",  # no one to want anything
        "Police are seeking two men in connection with the blast.",  # a search
        "The envoy urged the ministers.",  # an addressee, nothing urged
    ],
)
def test_no_wish(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The councillor attacked the mayor for backing the harbour fees.", "The councillor",
         "attacked", "the mayor for backing the harbour fees"),
        ("The ferry plan is supported by most fishermen.", "most fishermen", "is supported by",
         "The ferry plan"),
        ("The judge mostly agreed with the prosecutor.", "The judge", "mostly agreed with",
         "the prosecutor"),
        ("Four members voted against the harbour bill.", "Four members", "voted against",
         "the harbour bill"),
        ("I believe in the good sense of the islanders.", "I", "believe in",
         "the good sense of the islanders"),
    ],
)
def test_stands(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


def test_side_taken_on_a_policy() -> None:
    text = "Unions that support the reform will receive the grant."
    att = only(text)
    assert (att.cue, content(text, att)) == ("support", "the reform")


def test_replies_keep_their_preposition_out() -> None:
    text = "A lawyer for the firm did not immediately respond to requests for comment."
    att = only(text)
    assert (att.cue, content(text, att)) == ("did not immediately respond",
                                             "requests for comment")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village for hours before the army arrived.",
        "The rebels, backed by a neighbouring state, seized the depot.",
        "Militants attacked the checkpoint for its role in the raid.",
        "The offensive was supported by artillery units and troops.",  # an operation
        "Gunmen attacked the convoy for carrying aid to the town.",  # a deed, not a stand
    ],
)
def test_force_stays_an_event(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("In the senator's view, the harbour deal is dead.", "the senator's", "In",
         "the harbour deal is dead"),
        ("To the mayor's mind, the ferry matters most.", "the mayor's", "To",
         "the ferry matters most"),
        ("The levy is doomed in the eyes of its critics.", "its critics", "in",
         "The levy is doomed"),
    ],
)
def test_point_of_view(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)
    assert att.stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "The captain kept the coast in view.",  # no one holds the view
        "In the eyes of the law, the merger is legal.",  # the law does not speak
        "The envoy came to the point at once.",  # "to" only with "mind"
    ],
)
def test_no_point_of_view(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The fishing unions have embraced the idea of a shared harbour.", "The fishing unions",
         "have embraced", "the idea of a shared harbour"),
        ("The senator lashed out at the harbour board on Monday.", "The senator",
         "lashed out at", "the harbour board"),
        ("The governor made no secret of her disdain for the levy.", "The governor",
         "made no secret of", "her disdain for the levy"),
        ("Regulators worried that if the state delayed the deal, the firm would sell its mines.",
         "Regulators", "worried",
         "that if the state delayed the deal, the firm would sell its mines"),
    ],
)
def test_more_stands(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders embraced after the talks.",  # no spoken object
        "The mother embraced her son at the gate.",
    ],
)
def test_embrace_as_a_gesture(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The court considered the matter on Friday.",  # weighed, not said
        "The junta ruled the country for decades.",
        "The rebels maintain control of the town.",
        "The lawyers appealed the verdict.",
        "The army moved to counter the offensive.",
        "The mayor warned residents.",  # an addressee, nothing said yet
    ],
)
def test_objects_that_are_no_statement(text: str) -> None:
    assert attributions(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("The envoy considers the truce a ruse.", "considers", "the truce a ruse"),
        ("The court ruled that the levy was illegal.", "ruled", "that the levy was illegal"),
        ("He maintains that he is innocent.", "maintains", "that he is innocent"),
        ("Opponents will try to convince the court to drop the rules.", "will try to convince",
         "the court to drop the rules"),
        ("The mayor appealed to residents to stay calm.", "appealed to",
         "residents to stay calm"),
    ],
)
def test_the_same_verbs_saying_something(text: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.cue, content(text, att)) == (cue, said)


def test_that_clause_the_parser_made_the_root() -> None:
    text = ("The coach continues to insist, again on Sunday in a talk with a sports paper, "
            "that he wants to stay.")
    att = only(text)
    assert (att.source, att.cue) == ("The coach", "continues to insist")
    assert content(text, att) == "that he wants to stay"


@pytest.mark.parametrize(
    ("text", "source", "cue", "said"),
    [
        ("The retired judge offered blunt advice to the lawyers on Monday.", "The retired judge",
         "offered", "blunt advice"),
        ("The envoy offered his assessment of the talks.", "The envoy",
         "offered his assessment of", "the talks"),
    ],
)
def test_offers(text: str, source: str, cue: str, said: str) -> None:
    att = only(text)
    assert (att.source, att.cue, content(text, att)) == (source, cue, said)


@pytest.mark.parametrize(
    "text",
    [
        "The appeal will be heard by ten judges.",
        "Demonstrators gathered to offer Friday prayers.",
        "The villagers offered bread and flowers to the soldiers.",
        "Security forces responded with tear gas.",
        "The guards responded to the fire from the hills.",  # a reply in arms
    ],
)
def test_acts_that_are_no_statement(text: str) -> None:
    assert attributions(text) == []
