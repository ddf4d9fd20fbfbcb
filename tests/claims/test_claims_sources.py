"""Source spans: where the speaker's noun phrase starts and stops when the parse splits it,
misattaches a description or hangs a participle on the wrong clause. Sentences parsed by the
model where it reproduces the shape; otherwise a Doc built with the parse the model gives to
such sentences elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.claims import find_attributions
from eventwire.nlp import get_nlp
from support import attributions, by_cue


def _parsed(spec: str) -> Doc:
    """A Doc from lines "word TAG/POS/dep/head/entity": heads are token indices, the entity is
    an IOB tag with its label ("B-PERSON") or "O"; words are joined by spaces."""
    rows = [line.split(" ") for line in spec.strip().splitlines()]
    words = [word for word, _ in rows]
    fields = [rest.split("/") for _, rest in rows]
    lemmas = {"said": "say", "vowed": "vow", "cited": "cite", "called": "call"}
    return Doc(
        get_nlp().vocab,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))],
        tags=[f[0] for f in fields],
        pos=[f[1] for f in fields],
        deps=[f[2] for f in fields],
        heads=[int(f[3]) for f in fields],
        lemmas=[lemmas.get(w, w.lower()) for w in words],
        ents=[f[4] for f in fields],
    )


def _sources(doc: Doc) -> list[tuple[str | None, str]]:
    return [(a.source, a.cue) for a in find_attributions(doc)]


# "Ann Kato, the mayor of Tarnow, vowed to stay": the name and its description as two subjects
_TWO_SUBJECTS = """
Ann NNP/PROPN/compound/1/B-PERSON
Kato NNP/PROPN/nsubj/8/I-PERSON
, ,/PUNCT/punct/1/O
the DT/DET/det/4/O
mayor NN/NOUN/nsubj/8/O
of IN/ADP/prep/4/O
Tarnow NNP/PROPN/pobj/5/B-GPE
, ,/PUNCT/punct/4/O
vowed VBD/VERB/ROOT/8/O
to TO/PART/aux/10/O
stay VB/VERB/xcomp/8/O
. ./PUNCT/punct/8/O"""


def test_a_name_and_its_description_parsed_as_two_subjects_are_one_source() -> None:
    assert _sources(_parsed(_TWO_SUBJECTS)) == [("Ann Kato, the mayor of Tarnow", "vowed")]


def test_a_hyphenated_speaker_split_into_subjects_is_whole() -> None:
    text = "Her ex-husband told the court that the house had been sold."
    assert by_cue(text, "told").source == "Her ex-husband"


# "Reed, appearing at the forum, cited problems.": the participle hung on the name as a clause
_PARTICIPLE = """
Reed NNP/PROPN/nsubj/8/B-PERSON
, ,/PUNCT/punct/0/O
appearing VBG/VERB/advcl/0/O
at IN/ADP/prep/2/O
the DT/DET/det/6/O
town NN/NOUN/compound/6/O
forum NN/NOUN/pobj/3/O
, ,/PUNCT/punct/0/O
cited VBD/VERB/ROOT/8/O
problems NNS/NOUN/dobj/8/O
. ./PUNCT/punct/8/O"""


def test_a_comma_set_participle_parsed_as_a_clause_is_no_part_of_the_source() -> None:
    assert _sources(_parsed(_PARTICIPLE)) == [("Reed", "cited")]


# "Reed this week said it was over.": the date as a noun phrase on the name
_DATED = """
Reed NNP/PROPN/nsubj/3/B-PERSON
this DT/DET/det/2/B-DATE
week NN/NOUN/npadvmod/0/I-DATE
said VBD/VERB/ROOT/3/O
it PRP/PRON/nsubj/5/O
was VBD/AUX/ccomp/3/O
over RB/ADV/advmod/5/O
. ./PUNCT/punct/3/O"""


def test_a_date_noun_phrase_after_the_speaker_is_not_part_of_the_source() -> None:
    assert _sources(_parsed(_DATED)) == [("Reed", "said")]


def test_a_circumstance_after_the_speakers_relative_clause_belongs_to_it() -> None:
    text = ("Ann Reed, who ran the agency from 2001 to 2005, during the long drought, said the "
            "reservoirs were never full.")
    assert by_cue(text, "said").source == (
        "Ann Reed, who ran the agency from 2001 to 2005, during the long drought")


def test_a_name_left_without_a_subject_role_keeps_its_description() -> None:
    text = ("At a forum this weekend in Bergen, Erik Lund, the head of the regional fish "
            "board, firmly told a young guest that quotas were fair.")
    assert by_cue(text, "firmly told").source == (
        "Erik Lund, the head of the regional fish board")


# "Before the vote, Ann Reed, an adviser, called the plan a mistake.": the name in apposition
# to a noun that names no one, which the parser took for the subject
_APPOSED = """
Before IN/ADP/prep/9/O
the DT/DET/det/2/O
vote NN/NOUN/nsubj/9/O
, ,/PUNCT/punct/2/O
Ann NNP/PROPN/compound/5/B-PERSON
Reed NNP/PROPN/appos/2/I-PERSON
, ,/PUNCT/punct/5/O
an DT/DET/det/8/O
adviser NN/NOUN/appos/5/O
called VBD/VERB/ROOT/9/O
the DT/DET/det/11/O
plan NN/NOUN/dobj/9/O
a DT/DET/det/13/O
mistake NN/NOUN/oprd/9/O
. ./PUNCT/punct/9/O"""


def test_a_name_apposed_to_a_word_that_names_no_one_is_the_source() -> None:
    assert _sources(_parsed(_APPOSED)) == [("Ann Reed, an adviser", "called")]


def test_a_name_apposed_to_a_role_keeps_the_role() -> None:
    text = "Her lawyer, Ann Reed, said the appeal would be filed on Monday."
    assert by_cue(text, "said").source == "Her lawyer, Ann Reed"
    text = "The winner, Ann Reed, said the prize would go to the school."
    assert by_cue(text, "said").source == "The winner, Ann Reed"


def test_a_dateline_before_the_speaker_is_no_part_of_the_source() -> None:
    text = ("LAGOS -- President Ade Bello, opening a new clinic on Friday, said the country "
            "would train more nurses.")
    assert by_cue(text, "said").source == "President Ade Bello"


def test_a_participle_closing_a_report_has_the_reporters_speaker() -> None:
    text = ("Senator Ivo Marsh said he did not think the levy would pass, arguing that voters "
            "were tired of new taxes.")
    assert by_cue(text, "arguing").source == "Senator Ivo Marsh"


def test_coordinated_names_the_parse_left_unattached_both_speak() -> None:
    text = ("When pirates are revealed as part of the second wave of the maritime war, Okafor "
            "and Marsh call it a matter of law.")
    assert by_cue(text, "call").source == "Okafor and Marsh"


def test_a_pronoun_for_what_is_said_is_no_part_of_the_source() -> None:
    text = "Anything Marsh says is checked twice."
    assert by_cue(text, "says").source == "Marsh"


def test_a_dateline_is_no_role_of_the_speaker() -> None:
    text = "OSLO -- President Ada Lund said on Friday that the port would reopen."
    att = by_cue(text, "said")
    assert (att.source, att.claimant, att.claimant_role) == (
        "President Ada Lund", "Ada Lund", "President")


def test_the_object_of_a_governing_verb_does_what_its_infinitive_says() -> None:
    text = "The judge forced the minister to admit that the contract had been signed."
    assert by_cue(text, "to admit").source == "the minister"
    text = "The panel fined the bank for refusing to hand over its records."
    assert by_cue(text, "refusing").source == "the bank"
    text = "The flood left the villagers feeling that nobody cared."
    assert by_cue(text, "feeling").source == "the villagers"


def test_a_rule_or_a_promise_keeps_the_infinitive_with_the_subject() -> None:
    text = "The new rules require officials to disclose that they own shares."
    assert all(a.source != "officials" for a in attributions(text))
    text = "The mayor promised voters to explain why the bridge was closed."
    assert all(a.source != "voters" for a in attributions(text))


def test_examples_of_a_group_stay_in_the_source_and_a_comparison_goes() -> None:
    text = ("Opponents of the dam, like the farmers Ann Reed and Tom Kato, say that it "
            "floods fields.")
    assert by_cue(text, "say").source == (
        "Opponents of the dam, like the farmers Ann Reed and Tom Kato")
    text = "Reed, like Kato, said that the levy hurts farmers."
    assert by_cue(text, "said").source == "Reed"


def test_a_which_clause_after_a_persons_description_describes_the_body_not_the_speaker() -> None:
    text = ("Ann Reed, head of the nurses union, which represents hospital staff, said the "
            "strike would go on.")
    assert by_cue(text, "said").source == "Ann Reed, head of the nurses union"


def test_a_which_clause_on_a_named_body_stays_in_its_source() -> None:
    text = ("The nurses union, which represents hospital staff, said the strike would go on.")
    assert by_cue(text, "said").source == "The nurses union, which represents hospital staff"


def test_a_passive_as_clause_takes_its_record_as_the_source() -> None:
    text = "As stated in the commentary, the raid was planned weeks ahead."
    assert by_cue(text, "stated").source == "the commentary"


def test_a_passive_as_clause_gives_the_main_subject_no_statement() -> None:
    text = ("The book is a close look at how night guards are underpaid and overworked as shown "
            "in the case of Lena Holm, a guard.")
    assert [a.source for a in attributions(text)] == []


def test_participle_after_a_cue_keeps_its_speaker() -> None:
    """A participle set off by a comma after "the leader said" tells more of his words,
    wherever the parser hangs it (here on the quotation's own verb)."""
    text = ("\u201cThe ridge stays ours,\u201d the militia leader said, not even pausing to "
            "mention the trucks his fighters lost in the autumn.")
    found = [(a.source, a.cue, text[a.content_span[0] : a.content_span[1]])
             for a in attributions(text)]
    assert ("the militia leader", "not even pausing to mention",
            "the trucks his fighters lost in the autumn") in found
