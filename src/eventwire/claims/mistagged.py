"""Cue verbs the tagger took for nouns: in a title-case headline ("Tribunal rules against
the curfew"), chained with their speaker and object into one compound, closing a sentence
after their speaker ("..., the envoy maintains."), heading a clause of their own after a
name or a subject pronoun ("the courage that Petrov so admires"), before an indirect
question ("documents how ..."), or after a comma-set relative clause on their subject ("X,
which ..., advocates for").
Each shape asks for a sign that only a finite verb gives (a clause built on it, a question or
its own preposition after it), so that a plural noun in the same place stays a noun."""

from __future__ import annotations

from spacy.tokens import Token

from .content import CONTENT_PREPS
from .lexicon import CueLexicon
from .spans import Found, noun_phrase, range_of, trim
from .speakers import can_speak


def mistagged_verb(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Trump claims he would end the war", "Regional council votes to ration fuel",
    "Tribunal rules against the curfew", "Mayor demands answers from the police", "..., the
    colonel's driver maintains.": a cue verb the tagger took for a noun, its speaker for a
    modifier of it."""
    denial = _closing_denial(tok, lex)
    if denial is not None:
        return denial
    if any(c.dep_ == "det" for c in tok.children):
        return None  # "the claims that ..." is a statement noun, handled as such
    return _mistagged_trailing(tok, lex) or _mistagged_object(tok, lex) \
        or _mistagged_complement(tok, lex) or _mistagged_after_speaker(tok, lex) \
        or _mistagged_clause(tok, lex) or _mistagged_wh(tok, lex) \
        or _mistagged_after_relative(tok, lex)


#: Subject pronouns that can open a clause whose verb the tagger took for a noun.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _mistagged_clause(tok: Token, lex: CueLexicon) -> Found | None:
    """ "the courage that Petrov so admires", "that Lund cares little about the cost": a
    lower-case cue verb the parser still built a clause on (a "that" of its own, a subject, a
    relative clause) right after a person's name or a subject pronoun, which is no noun's
    modifier."""
    doc = tok.doc
    if not tok.text.islower() or tok.dep_ not in ("relcl", "ccomp", "advcl", "ROOT"):
        return None  # a subject or an object is a noun ("the admiral she trusts has ...")
    clause = tok.dep_ != "ROOT" or any(c.dep_ in ("mark", "nsubj", "ccomp") for c in tok.children)
    j = tok.i - 1
    while j > tok.sent.start and doc[j].dep_ == "advmod" and doc[j].head.i == tok.i:
        j -= 1  # "so admires", "also warns"
    subject = doc[j]
    if not clause or subject.head.i != tok.i or not (
            subject.pos_ == "PROPN" or subject.lower_ in _SUBJECT_PRONOUNS):
        return None
    content = _clause_content(tok, lex)
    if content is None:
        return None
    cue_end, span = content
    source = noun_phrase(subject, avoid=tok.i, speaker=True)
    return Found("verb", (j + 1, cue_end), tok.i, source, subject.i, span)


#: Words that open an indirect question, which only a verb (not a plural noun) takes.
_WH = frozenset({"how", "why", "whether"})


def _mistagged_wh(tok: Token, lex: CueLexicon) -> Found | None:
    """ "The regiment's “Winter Ledger” documents how the depot burned": a lower-case cue
    verb right before an indirect question, its subject parsed as the noun's modifiers."""
    doc = tok.doc
    if not tok.text.islower() or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in _WH \
            or doc[tok.i + 2].lower_ == "to" or tok.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # "questions how to ..." may well be a noun
    left = [c for c in tok.children if c.i < tok.i and not c.is_punct]
    if not left or any(c.dep_ in ("amod", "nummod") for c in left):
        return None
    start = min(c.left_edge.i for c in left)
    speaker = max(left, key=lambda c: c.i)
    if not any(t.pos_ == "PROPN" or t.lemma_.lower() in lex.speaker_nouns | lex.works
               for t in doc[start : tok.i]):
        return None
    content = _clause_content(tok, lex)
    if content is None:
        return None
    source = trim(doc, start, tok.i - 1)
    return None if source is None else Found("verb", (tok.i, tok.i), tok.i, source, speaker.i,
                                             content[1])


def _mistagged_after_relative(tok: Token, lex: CueLexicon) -> Found | None:
    """ "The network, which joins three refugee charities, advocates for a public audit": a
    lower-case cue verb right after a comma-set relative clause on its subject, taken for an
    apposition; only with the verb's own preposition or a clause after it."""
    doc, sent = tok.doc, tok.sent
    comma = tok.i - 1
    while comma > sent.start and doc[comma].is_space:
        comma -= 1
    if not tok.text.islower() or comma - 3 <= sent.start or doc[comma].text != "," \
            or tok.dep_ in ("nsubj", "nsubjpass"):
        return None  # "the widows, who ..., advocates for them wrote" is a noun
    k = comma - 1
    while k > sent.start and doc[k].text != ",":
        k -= 1
    subject = doc[k - 1]
    if doc[k].text != "," or doc[k + 1].lower_ not in ("which", "who") \
            or subject.pos_ not in ("NOUN", "PROPN") or not can_speak(subject, lex):
        return None
    content = _clause_content(tok, lex)
    if content is None or content[0] == tok.i and doc[tok.i + 1].lower_ not in _WH | {"that"}:
        return None
    source = trim(doc, noun_phrase(subject, avoid=tok.i, speaker=True)[0], tok.i - 1)
    return None if source is None else Found("verb", (tok.i, content[0]), tok.i, source,
                                             subject.i, content[1])


def _clause_content(tok: Token, lex: CueLexicon) -> tuple[int, tuple[int, int]] | None:
    """(last token of the cue, content) for a cue verb read as a noun: the noun a relative clause
    ending on the verb is about ("the admiral that she trusts"), else the rest of the clause
    up to a comma, a semicolon or the end of the sentence, after the verb's own preposition."""
    doc = tok.doc
    if tok.i + 1 >= tok.sent.end or doc[tok.i + 1].is_punct:
        rel = next((c for c in tok.children if c.dep_ == "dobj" and c.i < tok.i
                    and c.lower_ in ("that", "which", "whom")), None)
        if rel is None or tok.dep_ != "relcl" or tok.head.i > tok.i:
            return None
        content = trim(doc, tok.head.left_edge.i, rel.i - 1)  # the noun the clause is about
        return None if content is None else (tok.i, content)
    cue_end = tok.i
    nxt = doc[tok.i + 1]
    if nxt.lower_ in CONTENT_PREPS and tok.lemma_.lower() in lex.prep_content:
        cue_end = nxt.i
    end = cue_end + 1
    while end < tok.sent.end and doc[end].text not in (",", ";", ":"):
        end += 1
    while end > cue_end + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # the full stop is not said
    content = trim(doc, cue_end + 1, end - 1)
    return None if content is None or content[0] > content[1] else (cue_end, content)


def _mistagged_complement(tok: Token, lex: CueLexicon) -> Found | None:
    names = [c for c in tok.children
             if c.dep_ in ("compound", "nmod", "amod", "nsubj") and c.i < tok.i
             and (c.pos_ == "PROPN" or c.lemma_.lower() in lex.speaker_nouns
                  or c.text[:1].isupper() and tok.text.islower())]
    if not names or names[-1].i != tok.i - 1:
        return None
    found = _mistagged_content(tok, lex)
    if found is None:
        return None
    cue_end, content = found
    speaker = names[-1]
    start = min(c.left_edge.i for c in names)
    return Found("verb", (tok.i, cue_end), tok.i, (start, tok.i - 1), speaker.i, content)


def _mistagged_content(tok: Token, lex: CueLexicon) -> tuple[int, tuple[int, int]] | None:
    """(last token of the cue, content) for a mistagged cue verb: a "that" clause, an
    infinitive ("votes to ration", "Vows To Cut") or the preposition that opens the content
    ("rules against", "calls for")."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.i <= tok.i:
            continue
        that = any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        if c.dep_ == "ccomp" or c.dep_ in ("acl", "relcl") and that:
            content = range_of(c.subtree)
            return None if content is None else (tok.i, content)
        infinitive = c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.left_edge.i == tok.i + 1 \
            and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 1].head.i == c.i
        if infinitive and lemma in lex.xcomp_content:
            content = range_of(c.subtree)
            return None if content is None else (tok.i, content)
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in CONTENT_PREPS \
                and lemma in lex.prep_content:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            content = None if pobj is None else range_of(pobj.subtree)
            return None if content is None else (c.i, content)
    return None


def _mistagged_after_speaker(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Mayor questions the cost of the bridge": a headline whose speaker the parser took
    for the root and whose verb for its object; the rest of the line is what is said."""
    doc = tok.doc
    head = tok.head
    if head.i != tok.i - 1 or head.dep_ != "ROOT" or not head.text[:1].isupper() \
            or tok.lemma_.lower() not in lex.object_content | lex.prep_content:
        return None
    start = head.left_edge.i
    if start > 0 and not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_):
        return None  # a headline opens its line
    end = tok.sent.end - 1
    while end > tok.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    content = trim(doc, tok.i + 1, end)
    if content is None:
        return None
    return Found("verb", (tok.i, tok.i), tok.i, (start, head.i), head.i, content)


def _mistagged_object(tok: Token, lex: CueLexicon) -> Found | None:
    """ "that the mayor demands answers from the police": the parser chains the speaker, the
    verb and its object into one compound noun; the speaker opens the clause."""
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.pos_ not in ("NOUN", "PROPN") \
            or tok.lemma_.lower() not in lex.object_content or not tok.text.islower():
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return None  # "the union demands list" names a list
    names = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
             and (c.pos_ == "PROPN" or c.text[:1].isupper()
                  or c.lemma_.lower() in lex.speaker_nouns)]
    if not names:
        return None
    speaker = names[0]
    start = speaker.left_edge.i
    doc = tok.doc
    if start > 0 and not (doc[start - 1].is_punct or doc[start - 1].lower_ in ("that", "and")):
        return None  # a speaker opens its clause
    content = trim(doc, tok.i + 1, head.right_edge.i)
    if content is None:
        return None
    return Found("verb", (tok.i, tok.i), tok.i, (start, speaker.i), speaker.i, content)


def _mistagged_trailing(tok: Token, lex: CueLexicon) -> Found | None:
    """ "The plan will fail, the former envoy maintains.": a cue closing its sentence after a
    comma and its speaker, tagged as the head noun of the speaker's phrase (which the parser
    hangs anywhere: as the root, an object, an apposition)."""
    doc, sent = tok.doc, tok.sent
    if any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1 : sent.end]):
        return None
    if tok.lemma_.lower() in lex.quote_only or tok.i - 1 <= sent.start:
        return None
    modifiers = [c.left_edge.i for c in tok.children if c.i < tok.i
                 and c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nsubj")]
    start = min(modifiers, default=tok.i)
    speaker = doc[tok.i - 1]
    if start >= tok.i or doc[start - 1].text != "," or start - 1 <= sent.start:
        return None
    if not (speaker.pos_ in ("PROPN", "PRON") or speaker.lemma_.lower() in lex.speaker_nouns):
        return None
    content = trim(doc, sent.start, start - 2)
    if content is None:
        return None
    return Found("verb", (tok.i, tok.i), tok.i, (start, tok.i - 1), speaker.i, content)


#: Words that may stand between a statement noun and the name of who denies it.
_RELATIVES = frozenset({"that", "which"})
#: How many words a denier's name may have ("Ukraine", "the Kremlin", "Hamas officials").
_MAX_NAME = 4


def _closing_denial(tok: Token, lex: CueLexicon) -> Found | None:
    """ "..., a charge Ukraine rejects.", "..., a claim the Kremlin denies.": a verb of denial
    closing the sentence after a statement noun and a name, which the tagger may read as one
    noun phrase. The denier is the name; what is denied is what the sentence reported before
    the comma (after its own cue, if it has one)."""
    doc = tok.doc
    end = tok.i + 1
    if tok.lower_ not in lex.deny_forms:
        return None
    if end < len(doc) and not doc[end].is_punct:
        return None  # the sentence goes on: no closing denial
    j = tok.i - 1
    while j > tok.sent.start and tok.i - j <= _MAX_NAME and (
            doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("GPE", "ORG", "NORP")
            or doc[j].lower_ == "the"):
        j -= 1
    if j == tok.i - 1 or doc[j + 1].lower_ == "the" and j + 2 == tok.i:
        return None  # no name between the noun and the verb
    name = (j + 1, tok.i - 1)
    if doc[j].lower_ in _RELATIVES:
        j -= 1
    if doc[j].lemma_.lower() not in lex.statement_nouns or j - 2 < tok.sent.start \
            or doc[j - 1].lower_ not in ("a", "an") or doc[j - 2].text != ",":
        return None
    comma = j - 2
    cue = next((t for t in reversed(doc[tok.sent.start : comma]) if t.pos_ == "VERB"
                and t.lemma_.lower() in lex.cue_verbs), None)
    start = cue.i + 1 if cue is not None else tok.sent.start
    content = range_of(list(doc[start:comma]))
    if content is None:
        return None
    head = max(range(name[0], name[1] + 1), key=lambda i: doc[i].pos_ == "PROPN")
    return Found("relative", (tok.i, tok.i), tok.i, name, head, content)
