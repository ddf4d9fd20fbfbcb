"""The stand-ins for the model's attribute ruler and lemmatizer give spaCy's own Docs, token
for token, on real articles and on text made to reach their odd rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from eventwire.annotators import compile_attribute_ruler, takeover
from eventwire.nlp import get_nlp, parse, parse_many, stand_ins

CORPUS = Path(__file__).parent / "fixtures" / "corpus"

# Each reaches a rule family: contractions ("ai n't" is a two-token REGEX rule, "'s"/"'re"
# by tag), runs of spaces and newlines (the IS_SPACE and DEP rules), symbols, quotes, numbers,
# hyphenated compounds, an all-caps headline, and a word in two tags ("left").
ODD_TEXTS = (
    "It ain't over, and they aren't leaving: the mayor's office said it's 'closed'.",
    "SHELLING HITS KHARKIV\n\n  Two  people were hurt;   police  cordoned off the area.\n",
    "He left the left bank at 5:30 a.m. with $1,200 and 3.5 tons of grain -- 40% of it wet.",
    'Ex-minister Ana Li, 52, co-founded the anti-graft body; she\'d said "no" twice.',
    "   ",
    "",
)


def signature(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (
            token.text,
            token.pos_,
            token.tag_,
            str(token.morph),
            token.lemma_,
            token.dep_,
            token.head.i,
            token.ent_iob_,
            token.ent_type_,
            token.is_sent_start,
        )
        for token in doc
    ]


def corpus_texts() -> list[str]:
    return [path.read_text("utf-8") for path in sorted(CORPUS.glob("*.txt"))] + list(ODD_TEXTS)


def test_the_model_pipeline_is_the_shape_the_stand_ins_replace() -> None:
    assert stand_ins() is not None


def test_parse_many_gives_the_stock_pipeline_docs() -> None:
    texts = corpus_texts()
    stock = [signature(doc) for doc in get_nlp().pipe(texts)]
    ours = [signature(doc) for doc, _ in parse_many((text, None) for text in texts)]
    assert ours == stock
    assert sum(len(doc) for doc in stock) > 500


def test_real_news_articles_come_out_the_same(data_dir: Path) -> None:
    folder = data_dir / "polnear-dev" / "dev" / "text"
    texts = [path.read_text("utf-8") for path in sorted(folder.glob("*.txt"))[:24]]
    stock = [signature(doc) for doc in get_nlp().pipe(texts)]
    ours = [signature(doc) for doc, _ in parse_many((text, None) for text in texts)]
    assert sum(len(doc) for doc in stock) > 15000  # enough news text to reach most rules
    assert ours == stock


def test_parse_keeps_each_context_with_its_doc() -> None:
    pairs = list(parse_many([("Police fired.", 1), ("", 2), ("Troops left.", 3)]))
    assert [(doc.text, context) for doc, context in pairs] == [
        ("Police fired.", 1),
        ("", 2),
        ("Troops left.", 3),
    ]
    assert signature(parse("Troops left.")) == signature(get_nlp()("Troops left."))


@pytest.mark.parametrize("text", ODD_TEXTS[:4])
def test_one_text_at_a_time_matches_too(text: str) -> None:
    assert signature(parse(text)) == signature(get_nlp()(text))


def test_a_pattern_the_compiler_cannot_express_leaves_spacy_in_charge() -> None:
    from spacy.pipeline import AttributeRuler

    nlp = get_nlp()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "police", "OP": "+"}]], {"POS": "NOUN"})
    assert compile_attribute_ruler(ruler, nlp.vocab) is None
    plain = AttributeRuler(nlp.vocab)
    plain.add([[{"LOWER": {"REGEX": "^polic"}}, {"TAG": {"NOT_IN": ["NN"]}}]], {"POS": "NOUN"})
    assert compile_attribute_ruler(plain, nlp.vocab) is not None


def test_a_pipeline_of_another_shape_is_not_taken_over() -> None:
    import spacy

    blank = spacy.blank("en")
    assert takeover(blank) is None
