"""Question-and-answer transcripts on invented reports: an "A:" turn is the interviewee's
statement, whose claimant is the person the text introduces as interviewed; a "Q:" turn
claims nothing, and a statement reported inside a question keeps its own source."""

from __future__ import annotations

from support import attributions, content

_INTERVIEW = (
    "Reporter Anna Kis spoke with Colonel Petro Hrytsenko, the brigade's commander.\n\n"
    "Q: What happened in the town this morning?\n"
    "A: Russian artillery hit the market at dawn.\n"
    "Q: The regional governor says the school burned. Is that so?\n"
    "A: The school lost its roof and two classrooms.\n"
)


def test_an_answer_turn_is_the_interviewees_statement() -> None:
    answers = [a for a in attributions(_INTERVIEW) if a.source == "A"]
    assert [content(_INTERVIEW, a) for a in answers] == [
        "Russian artillery hit the market at dawn.",
        "The school lost its roof and two classrooms."]
    assert {(a.cue, a.claimant) for a in answers} == {(":", "Petro Hrytsenko")}


def test_a_question_turn_claims_nothing_but_keeps_the_statement_it_reports() -> None:
    found = attributions(_INTERVIEW)
    assert not [a for a in found if a.source == "Q"]
    says = [a for a in found if a.cue == "says"]
    assert len(says) == 1 and says[0].source == "The regional governor"


def test_answer_label_after_interviewed_names_the_one_interviewed() -> None:
    text = ("The agency interviewed Major Olha Brant by telephone on Friday.\n"
            "Question: Who fired first?\n"
            "Answer: Their drones struck our depot before any shot from us.\n")
    answer = next(a for a in attributions(text) if a.source == "Answer")
    assert answer.claimant == "Olha Brant"


def test_an_answer_with_no_one_introduced_has_no_claimant() -> None:
    text = ("Q: Did the convoy reach the city?\n"
            "A: Three lorries arrived with water and medicine.\n")
    answer = next(a for a in attributions(text) if a.source == "A")
    assert answer.claimant is None
    assert content(text, answer) == "Three lorries arrived with water and medicine."
