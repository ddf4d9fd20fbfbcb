"""Where a content starts and ends: quotations broken or continued around their cue, and the
statement that carries on in the next quotation of the same paragraph."""

from __future__ import annotations

from support import attributions, by_cue, content


def test_quotation_broken_by_a_cue_with_adjuncts_is_one_content() -> None:
    text = ("“The pumps are working again,” the engineer told reporters on Monday, “but the "
            "lower fields will stay flooded for weeks.”")
    att = by_cue(text, "told", unique=True)
    assert content(text, att) == text


def test_content_ending_in_a_quotation_is_continued_by_the_next_one() -> None:
    text = ("The levee is “holding for now,” the engineer said. “We will know more in the "
            "morning.”")
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == text


def test_quotation_in_the_next_paragraph_is_not_continued() -> None:
    text = "“The water is still rising,” the engineer said.\n\n“We leave tonight.”"
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == "“The water is still rising,”"


def test_an_object_with_an_infinitive_takes_the_infinitive_too() -> None:
    text = "The envoy implored both sides to return to the table."
    att = by_cue(text, "implored", unique=True)
    assert content(text, att) == "both sides to return to the table"


def test_a_speakers_turn_keeps_the_statements_reported_in_it() -> None:
    text = ("HARRIS: Let me start with the flooding. The mayor said the levee would hold, and "
            "it did not.")
    turn = by_cue(text, ":", unique=True)
    assert content(text, turn) == text[len("HARRIS: ") :]
    # what the speaker reports inside the turn is speech within speech (test_claims_asides)
    assert [a.cue for a in attributions(text)] == [":"]


def test_a_second_cue_of_the_speaker_does_not_take_the_first_quotation() -> None:
    text = "“We cannot pay for this,” the minister said, adding, “The fund is empty.”"
    assert content(text, by_cue(text, "adding", unique=True)) == "“The fund is empty.”"


def test_a_comma_set_clause_inside_the_subject_is_no_trailing_cue() -> None:
    # the commas belong to the relative clause on "the video": "showed" is what is said, not a
    # trailing "..., the video showed" that would make "Officials said" its content
    text = ("Officials said the video, which could not be independently verified, showed the "
            "strike on the depot.")
    att = by_cue(text, "said", unique=True)
    assert att.source == "Officials"
    assert content(text, att) == text[len("Officials said ") : -1]


def test_a_headline_half_before_a_semicolon_is_no_content_of_the_other_half() -> None:
    text = "Drones hit the port, Kyiv says; Moscow claims strike on arms depot"
    att = by_cue(text, "claims", unique=True)
    assert (att.source, content(text, att)) == ("Moscow", "strike on arms depot")
    assert content(text, by_cue(text, "says", unique=True)) == "Drones hit the port"


def test_a_clause_after_a_semicolon_is_no_content_of_a_trailing_cue() -> None:
    text = ("The bridge was hit twice, the governor said; the army denied that its drones "
            "were involved.")
    said = by_cue(text, "said", unique=True)
    assert content(text, said) == "The bridge was hit twice"
    denied = by_cue(text, "denied", unique=True)
    assert (denied.source, denied.stance) == ("the army", "denies")


def test_a_dateline_is_no_part_of_what_is_said() -> None:
    text = ("Drones Hit Port\n\nODESA, May 4 (Reuters) - Drones struck the grain terminal "
            "overnight, the governor said on Monday.")
    att = by_cue(text, "said", unique=True)
    assert content(text, att) == "Drones struck the grain terminal overnight"


def test_a_clause_the_parser_split_in_two_is_one_content() -> None:
    text = ("Krasnodar Governor Veniamin Kondratyev said on Telegram that debris from a downed "
            "drone had fallen on the refinery in the town of Slavyansk-na-Kubani, sparking a "
            "blaze that was later extinguished.")
    att = by_cue(text, "said", unique=True)
    # (the closing participle is the reporter's aside, `_reporters_aside`)
    assert content(text, att) == text[text.index("that debris") : text.index(", sparking")]
