"""Who speaks: the subject of a cue verb, climbing through the verbs it depends on, the agent
of a passive, a name the parse left unattached just before the cue, and whether a noun can speak
at all ("the ministry" can, "the incident" cannot)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .lexicon import CueLexicon, get_lexicon
from .spans import DASHES, QUOTE_CHARS, noun_phrase

_SUBJECTS = frozenset({"nsubj"})
_CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "advmod", "acomp"})
#: Relative pronouns: a subject or content that starts with one points elsewhere.
RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Verbs of quoting: their passive subject is the speaker, their agent only relays
#: ("the minister was quoted by the agency as saying ...").
QUOTING = frozenset({"quote"})
#: Dependents just before a cue verb that belong to the cue ("has not said").
CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})


def subject_of(verb: Token) -> Token | None:
    """The speaker: the verb's subject (a relative pronoun stays one: chains.py resolves it),
    the agent of a passive, or the subject of the verb it depends on ("he stopped short of
    claiming", "..., saying that")."""
    controller = _object_controller(verb)
    if controller is not None:
        return controller
    cur = _reporting_governor(verb) or lead_position_verb(verb, get_lexicon()) or verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in _SUBJECTS]
        if subjects:  # the nearest: a quote's own subject can hang off the cue
            return min(subjects, key=lambda c: abs(c.i - cur.i))
        quoted = next((c for c in cur.children if c.dep_ == "nsubjpass"), None) \
            if cur.lemma_.lower() in QUOTING and cur is not verb else None
        if quoted is not None:
            return quoted  # "was quoted by the agency as saying": the agency only relays
        passive = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and cur is not verb and verb.dep_ == "pcomp" \
                and verb.head.lower_ == "for":
            return passive  # "was criticised by the union for saying ...": she said it
        for child in cur.children:
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        passive = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "after saying X, she was taken to hospital": she said it
            return passive if cur is not verb and verb.dep_ in ("pcomp", "advcl") else None
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "a statement announcing ...", "residents saying that ..."; a noun that neither
            # speaks nor carries words is no speaker ("reached the end of the road knowing that")
            return cur.head if _carries_words(cur.head) else None
        if (cur.dep_ not in _CLIMB and not _coordinated_clause(cur)) or cur.head.i == cur.i:
            return None
        cur = _misattached_conj(cur) or _extraposed_clause(cur) or cur.head
    return None


#: Verbs after which an object does not do what the infinitive says: the infinitive belongs
#: to the subject ("she promised them to stay"), or the verb states a rule or a permission
#: ("the law requires candidates to disclose" reports no act of the candidates).
_NO_OBJECT_CONTROL = frozenset({
    "promise", "vow", "swear", "pledge", "threaten",
    "require", "allow", "permit", "oblige", "obligate", "enable", "authorize", "authorise",
    "entitle",
})


def _object_controller(verb: Token) -> Token | None:
    """ "The judge forced the clerk to admit ...", "the court fined the firm for refusing
    to ...", "the flood left the villagers feeling that ...": the object of the governing verb is
    the one who admits, refuses or feels (object control)."""
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.dep_ == "prep":
        governor = verb.head.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep" \
            and verb.head.head.lemma_.lower() in QUOTING:
        governor = verb.head.head  # "TASS quoted the mayor as saying": the mayor says it
    else:
        return None
    if governor.pos_ != "VERB" or governor.lemma_.lower() in _NO_OBJECT_CONTROL:
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i
                and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    lex = get_lexicon()
    if obj is not None and not _speaks_itself(obj, lex):
        # "used blunt language to denounce": a thing used for a purpose does not speak; in
        # "uses footage of the senator asking" the one recorded does
        obj = _recorded(obj, lex)
    return obj


def _recorded(record: Token, lex: CueLexicon) -> Token | None:
    """The speaker a recording shows ("footage of the senator", "a video of her"), if any."""
    if record.lemma_.lower() not in lex.evidence_subjects:
        return None
    return next((g for c in record.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and _speaks_itself(g, lex)), None)


def _carries_words(noun: Token) -> bool:
    """Can a participle on this noun report words: a speaker, or a statement, record or work."""
    lex = get_lexicon()
    return noun.pos_ != "NOUN" or can_speak(noun, lex) or noun.lemma_.lower() in lex.wordy_nouns


def _speaks_itself(noun: Token, lex: CueLexicon) -> bool:
    """A name, a pronoun or a speaker noun ("footage of the mayor" does not speak)."""
    return noun.pos_ in ("PROPN", "PRON") or bool(noun.ent_type_) \
        or noun.lemma_.lower() in lex.speaker_nouns


def _reporting_governor(verb: Token) -> Token | None:
    """ "Reed said he doubted the plan would work, arguing that ...": the parser hangs a
    comma-set participle closing the sentence on the reported clause; it goes on with the
    report, so its speaker is the reporting verb's subject."""
    doc = verb.doc
    head = verb.head
    first = verb.left_edge.i
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or first == 0 or doc[first - 1].text != "," \
            or head.dep_ != "ccomp" or head.i > verb.i:
        return None
    outer = head.head
    if outer.pos_ != "VERB" or not any(c.dep_ in _SUBJECTS for c in outer.children):
        return None
    return outer


def _coordinated_clause(verb: Token) -> bool:
    """ "said the bridge was closed and warned that ...": the parser took the second verb for a
    second complement; with no subject of its own after "and", it shares the first one's."""
    doc = verb.doc
    first = verb.left_edge.i
    return verb.dep_ == "ccomp" and first > 0 and doc[first - 1].pos_ == "CCONJ" \
        and verb.head.i < first


def _misattached_conj(verb: Token) -> Token | None:
    """"X confirmed that A happened but denied that B": the parser often hangs the second
    reporting verb on the first one's complement; its speaker is still X, so climb to the
    verb that governs that complement."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB":
        return head.head
    return None


def _extraposed_clause(verb: Token) -> Token | None:
    """ "It is astounding that Reed demands openness, yet refuses to ...": the parser hangs the
    second verb on the main clause, whose "it" only stands for the "that" clause; the second
    verb goes on with that clause, whose subject speaks."""
    head = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                      for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def can_speak(subject: Token, lex: CueLexicon) -> bool:
    named = [c for c in subject.children if c.dep_ == "appos"]
    if any(can_speak(c, lex) for c in named):
        return True  # "the partner, Anna Reed," / "the election, Ms. Reed," (a misparse)
    if subject.lower_ == "which" or subject.lower_ == "that" and subject.head.dep_ == "relcl":
        return speaking_antecedent(subject, lex)  # "a group that plans to ..." speaks
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return subject.lower_ not in ("this", "that", "which", "what")
    lemma = subject.lemma_.lower()
    if lemma in lex.speaker_nouns:
        return True
    if lemma == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return True  # "no one expected a long debate": the pronoun "nobody" in two words
    # "a group of residents", "dozens of officials", "most of the voters"
    return any(g.dep_ == "pobj" and g.pos_ != "PRON" and can_speak(g, lex)
               for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children)


def speaking_antecedent(relative: Token, lex: CueLexicon) -> bool:
    """ "the police department, which reported ...": "which" speaks for a body that can speak
    (the noun the relative clause hangs on, or the noun just before the pronoun)."""
    verb = relative.head
    if verb.dep_ == "relcl":
        return can_speak(verb.head, lex)
    doc = relative.doc
    i = relative.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].pos_ in ("PROPN", "NOUN") and can_speak(doc[i], lex)


def statement_maker(noun: Token, lex: CueLexicon) -> Token:
    """ "The army posted a statement saying ...": the one who issued the statement speaks;
    other nouns ("residents saying ...") speak for themselves."""
    verb = relay_verb(noun, lex)
    maker = None if verb is None else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    return noun if maker is None or maker.lower_ in RELATIVE else maker


def addressed_document(addressee: Token, lex: CueLexicon) -> Token | None:
    """ "sent a letter on Monday to the governor opposing the toll": the parser hangs the
    participle on the addressee; the document sent (the verb's object) is what it describes,
    so its sender speaks."""
    prep = addressee.head
    if addressee.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("prep", "dative") \
            or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in lex.statement_nouns | lex.media | lex.documents), None)


def relay_verb(noun: Token, lex: CueLexicon) -> Token | None:
    """The verb that issued a document ("posted a statement", "sent a letter", "unleashed a
    series of tweets"), when `noun` is one."""
    if noun.lemma_.lower() not in lex.statement_nouns | lex.media | lex.documents:
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a series of tweets", "a copy of the letter"
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        return noun.head.head  # "said in a statement saying"
    return None


def relays_through(relay: Token, lex: CueLexicon) -> bool:
    """Does the verb that issued a document join the cue of what the document says ("sent a
    letter urging", "wrote a memo warning")? A verb of saying that is no verb of issuing is a
    statement of its own ("noted reports alleging", "spoke at a rally announcing",
    "did not reply to requests asking"): its cue stops at it (PolNeAR dev: gold joins
    such a verb to the participle 0 times of 3)."""
    lemma = relay.lemma_.lower()
    return lemma in lex.issuing or lemma not in lex.cue_verbs


def issuing_governor(tok: Token, lex: CueLexicon) -> Token | None:
    """ "The parents mailed a note to the council urging it to reconsider": the parser may
    hang the participle on the verb that sent the document rather than on the document;
    that verb relays it as it does "sent a letter urging". A comma-set participle ("sent a
    letter, urging ...") is a statement of its own."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or head.i > tok.i \
            or any(c.dep_ == "mark" for c in tok.children) \
            or any(t.is_punct for t in tok.doc[head.i : tok.i]):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < tok.i), None)
    if obj is None:
        return None
    # the document itself, or what a part of one is of ("a series of tweets")
    works = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj")]
    issuer = (relay_verb(w, lex) for w in works)
    return head if any(v is not None and v.i == head.i for v in issuer) else None


def in_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(qs < tok.idx < qe for qs, qe in quotes)


def cue_left_edge(verb: Token) -> int:
    """The verb's index, widened over its auxiliaries, negation and adverbs before it."""
    doc, start = verb.doc, verb.i
    while start > 0 and doc[start - 1].dep_ in CUE_LEFT and (
            doc[start - 1].head.i == verb.i  # "has not said"
            or _nested_adverb(doc[start - 1], verb)):  # "almost universally expressed"
        start -= 1
    return start - 1 if start > 0 and coordinated_adverb(doc[start - 1], verb) else start


def coordinated_adverb(tok: Token, verb: Token) -> bool:
    """ "agreed, but also argued that ...", "and then added": the parser may hang the adverb
    between a joining word and the second verb on the joining word; it is the verb's."""
    cc = tok.head
    return tok.dep_ == "advmod" and tok.pos_ == "ADV" and cc.dep_ == "cc" \
        and cc.i == tok.i - 1 and tok.i == verb.i - 1 and verb.dep_ == "conj" \
        and cc.head.i == verb.head.i


def lead_position_verb(tok: Token, lex: CueLexicon) -> Token | None:
    """ "Unions were at the forefront of demanding a recount", "took the lead in pushing
    for": a gerund after a noun of a leading place is the act of whoever the verb before it
    puts there; that verb."""
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.lower_ not in ("in", "of"):
        return None
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):  # "took the lead in": the parser hangs "in" on the verb
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < prep.i), noun)
    if noun.lemma_.lower() not in lex.lead_positions:
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "were at the forefront of"
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def aspect_governor(tok: Token, lex: CueLexicon) -> Token | None:
    """The verb of phase or manner a cue hangs on, which joins the cue: "went on to discuss",
    "set about persuading", "stopped short of calling", "was able to tout"; or the verb that
    puts the speaker in the lead of what the cue does ("were at the forefront of demanding")."""
    lead = lead_position_verb(tok, lex)
    if lead is not None:
        return lead
    head = tok.head
    if head.i >= tok.i:
        return None
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        prep = head
        head = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
        if any(t.lower_ == "than" or t.is_punct for t in tok.doc[head.i : prep.i]):
            return None  # "was more skilful than any of his rivals at ignoring": the
            # preposition ends a comparison, no phase
    elif tok.dep_ not in ("xcomp", "advcl"):
        return None
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children):
        return None  # "once the board decided against ...": a clause of its own, not a phase
    if tok.dep_ == "advcl" and any(t.text == "," for t in tok.doc[head.i : tok.i]):
        # "tried to stop the vote, warning that ...": a comma-set participle is a cue of its
        # own (PolNeAR dev: no gold cue runs from a phase verb across the comma)
        return None
    if head.pos_ == "ADJ" and head.lemma_.lower() in lex.aspect_governors:
        head = head.head  # "was able to", "is likely to"
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.aspect_governors \
            and head.i < tok.i:
        return head
    return None


def _nested_adverb(tok: Token, verb: Token) -> bool:
    """Does `tok` modify an adverb of `verb` that stands between them ("almost universally
    expressed", "once again questioned")?"""
    head = tok.head
    return tok.i < head.i < verb.i and head.dep_ == "advmod" and head.head.i == verb.i


def left_name(tok: Token, lex: CueLexicon) -> Token | None:
    """The speaker when the parse gives the cue none: the name or speaker noun just before it
    ("..., Police Chief Anna Reed said Monday", misparsed as an object)."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].head.i == tok.i and doc[i].dep_ in CUE_LEFT:
        i -= 1
    if i < 0:
        return None
    cand = doc[i]
    if cand.text == "," and i > 0:
        return _apposed_name(doc[i - 1], tok, lex)
    if cand.pos_ == "PROPN" or cand.lemma_.lower() in lex.speaker_nouns and cand.pos_ == "NOUN":
        return _described_speaker(cand, tok, lex) or cand
    return None


#: Links from a word up to the speaker noun whose describing phrase holds it ("the ministry"
#: in "a source close to the ministry").
_DESCRIBING = frozenset({"pobj", "prep", "amod", "acl"})


def _described_speaker(last: Token, cue: Token, lex: CueLexicon) -> Token | None:
    """ "..., a source close to the ministry said", misparsed with the speaker set in
    apposition to the clause before: the comma-set speaker noun whose describing phrase ends
    at the word before the cue, not that word."""
    cur = last
    for _ in range(5):
        if cur.dep_ not in _DESCRIBING or cur.head.i >= cur.i or cur.head.i >= cue.i:
            return None
        cur = cur.head
        first = cur.left_edge.i
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in lex.speaker_nouns and first > 0 \
                and cur.doc[first - 1].text == "," and cur.dep_ in ("appos", "npadvmod"):
            return cur
    return None


def _apposed_name(last: Token, cue: Token, lex: CueLexicon) -> Token | None:
    """ "..., Anna Reed, a police spokeswoman, said": the name a comma-set description just
    before the cue belongs to, when the parse hung the name elsewhere."""
    cur = last
    for _ in range(6):
        if cur.dep_ == "appos" and cur.head.i < cur.i:
            name = cur.head
            speaks = name.pos_ == "PROPN" or name.lemma_.lower() in lex.speaker_nouns
            return name if speaks and cue.i - name.i <= 30 else None
        if cur.head.i == cur.i or cur.head.i >= cue.i:
            return None
        cur = cur.head
    return None


def left_run(tok: Token, subject: Token) -> tuple[int, int] | None:
    """The source as the run of name and title words ending at `subject`, when `subject` is a
    name just before the cue that the parse did not attach as its subject (with the comma-set
    description after the name: "..., Ann Reed, the mayor of Lviv, told"); or the name the
    parser set in apposition to a word that is no speaker (`_apposed_speaker`)."""
    doc = tok.doc
    controller = _object_controller(tok) if subject.dep_ in ("dobj", "pobj") else None
    if controller is not None and controller.i == subject.i:
        return None  # the object of the governing verb (or the one it shows) is a whole phrase
    apposed = _apposed_speaker(subject)
    if apposed is not None:
        return (apposed.left_edge.i, noun_phrase(subject, avoid=tok.i, speaker=True)[1])
    # "Police Chief Ann Reed said": a name the parser set in apposition to its own title (no
    # comma between) still takes the title words before it
    glued = subject.dep_ == "appos" and subject.head.i < subject.i and not any(
        t.is_punct for t in doc[subject.head.i : subject.i])
    if subject.head.i == tok.i or subject.i >= tok.i or subject.dep_ in ("nsubj", "nsubjpass") \
            or subject.dep_ == "appos" and not glued:
        return None
    start = _name_start(subject)
    first = subject
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN" \
            and first.head.ent_type_ not in ("GPE", "LOC", "FAC", "DATE") \
            and doc[start - 1].pos_ == "CCONJ" \
            and all(t.pos_ in ("CCONJ", "PUNCT") for t in doc[first.head.i + 1 : start]):
        first = first.head  # "..., Reed and Kato say": both names speak
        start = _name_start(first)
    return (start, _described_end(tok, subject))


def _name_start(name: Token) -> int:
    """The first of the name and title words that run up to `name`."""
    doc = name.doc
    start = name.i
    while start > 0 and (
        (doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[start - 1].text[:1].isupper())
        and not doc[start - 1].is_punct
        and "\n" not in doc[start - 1].whitespace_ and doc[start - 1].text not in QUOTE_CHARS
    ):
        start -= 1
    while start < name.i and doc[start].pos_ == "ADJ":
        start += 1
    if start > 0 and doc[start - 1].dep_ == "det" and start <= doc[start - 1].head.i <= name.i:
        start -= 1  # "by the UN to not endorse": the name's own article
    return start


def _described_end(tok: Token, name: Token) -> int:
    """The last token of the comma-set description after a name, when only a comma and the
    cue's own adverbs or auxiliaries lie between it and the cue; else the name."""
    doc = tok.doc
    described = [c for c in name.children if c.dep_ == "appos" and name.i < c.i < tok.i]
    if not described:
        return name.i
    end = described[-1].right_edge.i
    between = doc[end + 1 : cue_left_edge(tok)]
    closed = len(between) == 1 and between[0].text == ","
    return end if closed else name.i


def _apposed_speaker(subject: Token) -> Token | None:
    """ "With days until the vote, Ann Reed, a senior adviser, called ...", "WASHINGTON --
    President Reed said": the parser made the name an apposition of a word before it that is
    no speaker (a common noun that names no one, or a dateline in capitals); the speaker is the
    name."""
    doc = subject.doc
    names = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
             and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "NORP")]
    if not names:
        return None
    name = names[0]
    mark = doc[name.left_edge.i - 1]
    lex = get_lexicon()
    opens_line = subject.left_edge.i == 0 or "\n" in doc[subject.left_edge.i - 1].text_with_ws
    # "PORT SUDAN, Sudan (AFP) - Sudan's Rapid Support Forces said": any name after a dateline
    dateline = subject.is_upper and len(subject.text) > 1 and opens_line \
        and mark.text in DASHES
    if name.ent_type_ != "PERSON" and not dateline:
        return None
    first = subject.left_edge.i
    # (the noun closes an adverbial the parser broke up: "until the election", "no matter
    # the cost"; "The winner, Ann Reed, said" opens the clause and is one source)
    adverbial = first > 0 and doc[first - 1].pos_ in ("ADP", "ADV", "SCONJ")
    nobody = adverbial and subject.pos_ == "NOUN" and not subject.ent_type_ and mark.text == "," \
        and subject.lemma_.lower() not in lex.speaker_nouns | lex.titles \
        and not any(c.dep_ == "poss" for c in subject.children)  # "her running mate, Ann Reed"
    return name if dateline or nobody else None


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "themself"})


def self_name(verb: Token, lex: CueLexicon) -> Token | None:
    """The name a subject gives itself ("a group calling itself the Black Oak Brigade", "a
    cell that styles itself as Free Coast"): the predicate, when it holds a name; else None."""
    if verb.lemma_.lower() not in lex.naming or not any(
            c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return None
    preds = [c for c in verb.children if c.dep_ == "oprd"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj"]
    for pred in preds:
        words = list(pred.subtree)
        if any(t.pos_ == "PROPN" or t.text[:1].isupper() or t.text in QUOTE_CHARS
               for t in words):
            return pred
    return None

