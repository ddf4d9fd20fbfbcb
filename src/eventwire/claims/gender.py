"""Gender agreement between "he"/"she" and the person they stand for, from what the text
itself says of that person: a form of address ("Mrs."), a gendered word in their role
("spokeswoman", "the minister's wife") or an earlier "he"/"she" that can only mean them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .lexicon import CueLexicon

MALE, FEMALE = "m", "f"


def _bare(word: str) -> str:
    word = word.lower().rstrip(".")
    for suffix in ("\u2019s", "'s"):
        word = word.removesuffix(suffix)
    return word


def noun_gender(word: str, lex: CueLexicon) -> str | None:
    """The gender a noun gives a person it names ("spokeswoman" → f, "father" → m)."""
    word = _bare(word)
    if word in lex.male_nouns:
        return MALE
    return FEMALE if word in lex.female_nouns else None


def address_gender(word: str, lex: CueLexicon) -> str | None:
    """The gender a form of address gives ("Mr." → m, "Ms" → f)."""
    word = _bare(word)
    if word in lex.male_address:
        return MALE
    return FEMALE if word in lex.female_address else None


def pronoun_gender(word: str, lex: CueLexicon) -> str | None:
    word = word.lower()
    if word in lex.male_pronouns:
        return MALE
    return FEMALE if word in lex.female_pronouns else None


def stated_gender(name: Span, role: str | None, lex: CueLexicon) -> str | None:
    """The gender of a named person given by a form of address before or at the head of the
    name ("Mrs. Hale"), else by the head of their role: the last gendered noun of its first
    phrase ("the minister's wife" → f, "son of the late king" → m)."""
    doc = name.doc
    for tok in (doc[name.start - 1] if name.start > 0 else None, name[0]):
        if tok is not None and tok.text[:1].isupper():
            found = address_gender(tok.text, lex)
            if found is not None:
                return found
    if not role:
        return None
    head = re.split(r",| (?:of|to|for|at|with|in|and|or|from)\b", role, maxsplit=1)[0]
    words = head.split()  # "wife of the king", "spokeswoman for the army": the head only
    genders = [g for g in (noun_gender(w, lex) for w in words) if g is not None]
    return genders[-1] if genders else None


def heard_genders(doc: Doc, people: list[tuple[str, int]], lex: CueLexicon
                  ) -> list[tuple[str, int, str]]:
    """(person, char offset, gender) for each "he"/"she" that is the subject of a clause said
    by a named person ("Marchuk said she had left", "Hale says he will stay"), with no other
    person named in the sentence before it (`people`: person key and char offset)."""
    out: list[tuple[str, int, str]] = []
    for tok in doc:
        gender = pronoun_gender(tok.lower_, lex) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if gender is None or tok.head.dep_ != "ccomp" or tok.pos_ != "PRON":
            continue
        speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.i > tok.i or speaker.pos_ != "PROPN" or any(
                pronoun_gender(t.lower_, lex) for t in doc[speaker.i + 1 : tok.i]):
            continue  # another "he"/"she" between may be the one meant
        lo = tok.sent.start_char
        named = {key for key, at in people if lo <= at < tok.idx}
        owner = [key for key, at in people if at <= speaker.idx and lo <= at]
        if len(named) == 1 and owner and owner[-1] in named:
            out.append((named.pop(), tok.idx, gender))
    return out
