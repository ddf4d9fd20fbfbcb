"""How a name reads in a record: without its article or possessive ending, and the name
entities lying inside a stretch of text."""

from __future__ import annotations

from spacy.tokens import Doc, Span

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
ARTICLES = frozenset({"the", "a", "an"})


def clean_name(name: str) -> str:
    name = name.strip()
    for suffix in ("\u2019s", "'s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    words = name.split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        name = " ".join(words[1:])
    return name.strip()


def strip_article(doc: Doc, start: int, end: int) -> str:
    while start <= end and (doc[start].lower_ in ARTICLES or doc[start].is_punct
                            or doc[start].is_space):
        start += 1
    while end >= start and (doc[end].is_punct and doc[end].text != ")" or doc[end].is_space):
        end -= 1
    return doc[start : end + 1].text if start <= end else ""


def ents_within(doc: Doc, span: tuple[int, int]) -> list[Span]:
    """The name entities lying wholly inside an inclusive token range, read off the tokens
    (scanning `doc.ents` for every source costs more than the rest of the stage)."""
    out: list[Span] = []
    i, last = span[0], min(span[1], len(doc) - 1)
    while i <= last:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j - 1 <= last and doc[i].ent_type_ in NAME_LABELS:
            out.append(Span(doc, i, j, label=doc[i].ent_type_))
        i = j
    return out
