"""Who speaks through a statement noun or a participle hung on a noun."""

from support import attributions, only


def test_a_named_owner_of_a_statement_noun_keeps_the_nouns_article() -> None:
    text = "The rebels dismissed a Reuters report that their commander had fled."
    att = next(a for a in attributions(text) if a.cue == "report")
    assert att.source == "a Reuters"


def test_a_participle_on_a_speaker_or_a_record_reports_words() -> None:
    assert only("Residents saying that the bridge was mined fled north.").source == "Residents"
    assert only("Protesters carried a banner saying that the war must end.").source \
        == "a banner"


def test_a_participle_on_a_noun_that_carries_no_words_is_no_statement() -> None:
    text = "She reached the end of the road knowing that the town had fallen."
    assert not [a for a in attributions(text) if a.cue == "knowing"]
