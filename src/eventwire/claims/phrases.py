"""Cues that are not verbs of saying: "according to X", "in X's view", "citing X" (a relayed
claimant or a reason given), statement nouns ("Moscow's claim that ..."), the relative clause
that sums a statement up ("..., a claim that Kyiv denies"), a light verb with a noun of
stance ("raised concerns about", "voiced support for", "announced plans to") and a position
held ("is a staunch opponent of")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .lexicon import CueLexicon
from .spans import (
    QUOTE_CHARS,
    Found,
    attitude_object,
    minus,
    noun_phrase,
    opens_clause,
    overlaps,
    range_of,
    trim,
)
from .speakers import RELATIVE, aspect_governor, can_speak, cue_left_edge, subject_of


def according_to(tok: Token) -> Found | None:
    to = [c for c in tok.children if c.lower_ == "to"]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if not to and nxt is not None and nxt.lower_ == "to":
        to = [nxt]
    if not to:
        return None
    pobjs = [c for c in to[0].children if c.dep_ == "pobj"]
    if not pobjs:
        return _according_misparsed(tok, to[0])
    source = noun_phrase(pobjs[0], speaker=True)
    content = _according_content(tok, max(to[0].right_edge.i, pobjs[0].right_edge.i), pobjs[0])
    comma = next((t for t in tok.doc[pobjs[0].i + 1 : to[0].right_edge.i] if t.text == ","),
                 None)
    if content is None and comma is not None and tok.i < pobjs[0].i:
        # "According to the mayor, the move reeks of fear": the parser took the clause after
        # the comma for an apposition of the source
        source = (source[0], comma.i - 1)
        content = _according_content(tok, comma.i - 1, pobjs[0])
    if content is None:
        return None
    return Found("according", (tok.i, to[0].i), tok.i, source, pobjs[0].i, content)


def viewpoint(noun: Token, lex: CueLexicon) -> Found | None:
    """ "In the senator's view, the deal is dead", "the plan is doomed in the eyes of its
    critics", "to the mayor's mind": a point of view held by someone who can speak. As with
    "according to", the holder is the source, the rest of the sentence the content and the
    preposition the cue."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "to") \
            or prep.lower_ == "to" and noun.lemma_.lower() != "mind":
        return None  # "to" only in "to her mind"; "to the point" is no view
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "in the eyes of its critics"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == noun.i + 1), None)
        owner = None if of is None else next(
            (g for g in of.children if g.dep_ == "pobj"), None)
    if owner is None or owner.lower_ in ("its", "whose") or not can_speak(owner, lex):
        return None
    content = _according_content(prep, prep.right_edge.i, owner)
    if content is None:
        return None
    source = noun_phrase(owner, speaker=True)
    return Found("according", (prep.i, prep.i), prep.i, source, owner.i, content)


def _according_misparsed(tok: Token, to: Token) -> Found | None:
    """ "according to show insiders": the tagger read the first word of the source as a verb;
    the words after "to" up to the last noun are the source."""
    comp = next((c for c in to.children if c.dep_ == "pcomp"), None)
    if comp is None:
        return None
    nouns = [t for t in comp.subtree if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or any(t.dep_ in ("nsubj", "mark") for t in comp.subtree):
        return None  # "according to what officials said" is a clause
    head = nouns[-1]
    source = trim(tok.doc, comp.left_edge.i, head.i, keep_quotes=False)
    content = _according_content(tok, comp.right_edge.i, head)
    if source is None or content is None:
        return None
    return Found("according", (tok.i, to.i), tok.i, source, head.i, content)


def _according_content(tok: Token, phrase_end: int, pobj: Token) -> tuple[int, int] | None:
    """The rest of the sentence around "according to X": what precedes, what follows, or both
    when the phrase stands in the middle ("A rose 25 percent, according to the office, and B
    fell"); a joining word that opens the sentence ("And", "But") is not part of it."""
    doc, sent = tok.doc, tok.sent
    citing = [t for t in sent if t.lower_ == "citing" and t.head in (tok.head, tok, pobj)]
    dropped = {t.i for c in citing for t in c.subtree}
    rest = [t for t in sent if not tok.i <= t.i <= phrase_end and t.i not in dropped
            and not t.is_punct and not t.is_space]
    if not rest:
        return None
    content = trim(doc, rest[0].i, rest[-1].i)
    if content is not None and content[0] < tok.i and doc[content[0]].pos_ == "CCONJ":
        content = trim(doc, content[0] + 1, content[1])
    return content


def statement_noun(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Moscow's claim that ...", "the claim by Kyiv that ..."."""
    clauses = [
        c for c in tok.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
    ]
    clauses += [  # "Moscow's claims about the strike"
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "over")
        and c.i > tok.i for g in c.children if g.dep_ in ("pobj", "pcomp")
        and g.ent_type_ not in ("DATE", "TIME")  # "his remarks on Saturday"
    ]
    owner = _statement_owner(tok, lex)
    if owner is None or not clauses:
        return None
    first = owner.left_edge.i
    if owner.dep_ == "compound":  # "a Kremlin claim that": the noun's article goes with its owner
        first = min([first, *(c.i for c in tok.children if c.dep_ == "det" and c.i < first)])
    source = trim(tok.doc, first, owner.right_edge.i, keep_quotes=False)
    # "Moscow's claim": the source span keeps the possessive mark, as annotators mark it; the
    # claimant (chains.py) is the name without it
    content = range_of(clauses[0].subtree)
    if content is None or source is None or overlaps(source, content):
        return None
    end = tok.i
    opener = clauses[0].head
    dated = all(t.ent_type_ in ("DATE", "TIME") for t in tok.doc[tok.i + 1 : opener.i])
    if opener.dep_ == "prep" and opener.i > tok.i and dated:
        end = opener.i  # "claims about", "remarks Monday on": the preposition that opens the
        # content, across a date as after a verb
    return Found("noun", (_described_from(tok, source), end), tok.i, source, owner.i, content)


def _described_from(noun: Token, source: tuple[int, int]) -> int:
    """The first token of the cue noun with the adjectives just before it ("repeated
    warnings", "earlier claim", "long-standing ideas"), which say how the statement was made;
    never into the source."""
    start = noun.i
    for child in sorted((c for c in noun.children if c.i < noun.i), key=lambda c: -c.i):
        if child.dep_ != "amod" or child.pos_ not in ("ADJ", "VERB") \
                or child.right_edge.i != start - 1 \
                or source[0] <= child.right_edge.i and child.left_edge.i <= source[1]:
            break
        start = child.left_edge.i
    return start


def _statement_owner(tok: Token, lex: CueLexicon) -> Token | None:
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    for child in tok.children:  # "a Kremlin claim that", "a New York Times report that"
        if child.dep_ == "compound" and child.i < tok.i and (
                child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or child.lemma_.lower() in lex.speaker_nouns):  # "police claims that"
            return child
    for child in tok.children:  # "the claim by Kyiv that", "warnings from his lawyer that"
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < tok.i + 3:
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def relative_clause_cue(tok: Token) -> Found | None:
    """ "..., a claim that Ukraine denies": the content is the clause the noun sums up."""
    noun = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in RELATIVE:
        return None
    gov = noun.head
    if noun.dep_ not in ("npadvmod", "appos", "attr", "dobj", "conj") or gov.i > noun.i:
        return None
    content = range_of(_summed_up(gov, noun))
    if content is None:
        return None
    return Found("relative", (tok.i, tok.i), tok.i, noun_phrase(subject), subject.i, content)


def _summed_up(gov: Token, noun: Token) -> list[Token]:
    """The words a comma-set statement noun sums up: the clause it closes ("its forces had
    captured the village, a claim that Ukraine denies"), or, where that clause is a cue's,
    what the cue reports ("accused Kyiv of shelling the town, a charge Kyiv rejects")."""
    from .lexicon import get_lexicon

    clause = gov
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        first = gov.i + 1
    elif clause.lemma_.lower() in get_lexicon().cue_verbs:
        first = clause.i + 1
    else:
        first = clause.left_edge.i
    end = noun.left_edge.i
    while end > first and noun.doc[end - 1].is_punct:
        end -= 1
    return list(noun.doc[first:end])


def attach_citing(doc: Doc, item: Found, lex: CueLexicon) -> Found:
    """ "X reported, citing Y" / "According to X, citing Y": Y is the claimant X relays, when
    Y can be one (a name, a speaker, a statement or a document); "said ..., citing the
    release of prisoners" cites a reason, a statement of its own (`standalone_citing`)."""
    anchor = doc[item.cue_head]
    sent = anchor.sent
    cited = _cited_in_relative(doc[item.source_head], lex)
    if cited is not None:  # the source stops before the relative clause, as a speaker does
        end = trim(doc, item.source[0], min(item.source[1], cited.head.left_edge.i - 1))
        return replace(item, cited=cited.i, cited_span=noun_phrase(cited, cut_relative=True),
                       source=end or item.source)
    if "citing" not in doc_text(doc)[sent.start_char : sent.end_char].lower():
        return item
    heads = {anchor.i, anchor.head.i} if item.kind == "according" else {anchor.i}
    for tok in doc[sent.start : sent.end]:
        if tok.lower_ != "citing" or tok.head.i not in heads and not _citing_before_clause(
                tok, anchor):
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
        if objs and not _cites_a_source(objs[0], lex):
            continue
        if objs:
            span = noun_phrase(objs[0], cut_relative=True)
            return replace(item, cited=objs[0].i, cited_span=span,
                           content=_after_citing(doc, tok, item.content))
    return item


def _cited_in_relative(source: Token, lex: CueLexicon) -> Token | None:
    """ "According to Ukrainska Pravda, which cited sources in the military, ...", "Interfax,
    which cited a police source, reported ...": what a relative clause on the source says it
    cites, as "citing" would."""
    for verb in source.children:
        if verb.dep_ != "relcl" or verb.lemma_.lower() != "cite" or not any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and _cites_a_source(obj, lex):
            return obj
    return None


def _after_citing(doc: Doc, citing: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The content less a "citing" phrase that opens it ("said, citing sources, that ...")."""
    first, last = citing.left_edge.i, citing.right_edge.i
    if not first <= content[0] <= last or last + 1 > content[1]:
        return content
    start = last + 1
    while start < content[1] and doc[start].is_punct:
        start += 1
    return (start, content[1])


def _citing_before_clause(citing: Token, cue: Token) -> bool:
    """ "WAFA said, citing medical sources, that five people were killed": a "citing" phrase
    between the cue and its reported clause, which the parser hangs on the clause's verb,
    names the source the cue's speaker relays."""
    clause = citing.head
    return clause.dep_ == "ccomp" and clause.head.i == cue.i and cue.i < citing.i < clause.i \
        and citing.left_edge.i > cue.i and citing.doc[citing.left_edge.i - 1].text == ","


def _cites_a_source(obj: Token, lex: CueLexicon) -> bool:
    """Can what is cited be the claimant ("citing the ministry", "citing sources", "citing a
    statement"), rather than a reason ("citing the collapse of exports")?"""
    if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ in ("PROPN", "PRON"):
        return True
    return obj.lemma_.lower() in (lex.speaker_nouns | lex.statement_nouns | lex.media
                                  | lex.documents | lex.evidence_subjects)


def standalone_citing(tok: Token, lex: CueLexicon) -> Found | None:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj = objs[0]
    named = obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ == "PROPN"
    if not named and obj.lemma_.lower() not in lex.titles | {"source", "report", "official"}:
        return _citing_reason(tok, obj, lex)
    head = tok.head
    rest = minus(head.subtree, tok.subtree)
    content = range_of(rest)
    if content is None:
        return None
    return Found("citing", (tok.i, tok.i), tok.i, noun_phrase(obj), obj.i, content)


def _citing_reason(tok: Token, obj: Token, lex: CueLexicon) -> Found | None:
    """ "The ministry closed the crossing, citing security threats": what is cited is a reason
    the subject of the governing verb gives, so the subject is the source."""
    if tok.dep_ != "advcl":
        return None
    subject = subject_of(tok)
    if (subject is None or not can_speak(subject, lex)) and tok.head.dep_ == "ccomp":
        subject = subject_of(tok.head.head)  # "X said the port would stay shut, citing ...":
        # the parser hangs "citing" on the reported clause; X gives the reason
    if subject is None or not can_speak(subject, lex):
        return None
    content = range_of(obj.subtree)
    source = noun_phrase(subject, avoid=tok.i, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found("verb", (tok.i, tok.i), tok.i, source, subject.i, content)


#: Prepositions that open what a stance is about ("concerns about", "support for").
_STANCE_PREPS = frozenset({"about", "over", "for", "on", "with", "at", "regarding", "against",
                           "to", "of", "toward", "towards", "in"})


def light_verb_cue(noun: Token, lex: CueLexicon) -> Found | None:
    """ "Aid groups raised concerns about the convoy", "the mayor voiced support for the plan",
    "the union announced plans to strike", "he has no illusions about the talks": the verb and
    the noun of stance make the cue, what the noun is about the content."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.light_verbs:
        return None
    if verb.lemma_ == "have" and noun.lemma_.lower() in lex.borne_nouns:
        return None  # "the driver had two charges against her": she is the one charged
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None  # "shared the union's concern": the named possessor holds it
    subject = subject_of(verb)
    if subject is None or subject.lower_ in RELATIVE or not can_speak(subject, lex):
        return None
    found = _stance_content(noun)
    if found is None:
        return None
    cue_end, content = found
    return _held(verb, subject, lex, cue_end, content)


def position_cue(noun: Token, lex: CueLexicon) -> Found | None:
    """ "The senator is a staunch opponent of the dam", "she has been a vocal critic of the
    mayor": a position held is an attitude the subject is reported to have."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject, lex):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = None if prep is None else next(
        (g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if prep is None or pobj is None:
        return None
    return _held(verb, subject, lex, prep.i, range_of(pobj.subtree))


def _stance_content(noun: Token) -> tuple[int, tuple[int, int] | None] | None:
    """(last token of the cue, content) for a noun of stance: a prepositional object, a
    "that" clause or an infinitive."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _STANCE_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in ("DATE", "TIME")), None)  # "on Monday"
            if pobj is not None and not _venue(child, pobj):
                return child.i, range_of(pobj.subtree)
        if opens_clause(child):
            content = range_of(child.subtree)
            if content is not None:
                return content[0] - 1, content
    return _hung_on_verb(noun)


#: Named places: after "in" one is where the stance was voiced ("held a protest in Kherson"),
#: not what it is about (a proper noun the tagger left untyped is taken for one too).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _venue(prep: Token, pobj: Token) -> bool:
    """ "held a protest in Kherson against the levy": the place is the venue."""
    return prep.lower_ == "in" and (pobj.ent_type_ in _PLACE_LABELS
                                    or pobj.pos_ == "PROPN" and not pobj.ent_type_)


def _dated(tok: Token) -> bool:
    """A date or a time ("this week", "on Friday")."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in ("DATE", "TIME")
    return tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                      for g in tok.children)


#: Prepositions after a light verb that can only open what a stance is about (not "to", "with",
#: "at", "in": the addressee, the venue, the medium). "For" and "over" also give a time ("for
#: the first time", "over the weekend"): such an object is refused (`_temporal`).
_TOPIC_PREPS = frozenset({"about", "over", "for", "against", "regarding", "toward", "towards"})
#: Nouns of an occasion: "for the first time", "at that moment", "for a while".
_OCCASIONS = frozenset({"time", "occasion", "moment", "while"})


def _hung_on_verb(noun: Token) -> tuple[int, tuple[int, int] | None] | None:
    """The noun's complement when the parser hung it on the light verb after the noun
    ("announced plans on Monday to rebuild the bridge", "voiced alarm this week over the
    strikes"): a preposition of stance or an infinitive right after the noun phrase, or after
    a date."""
    verb = noun.head
    nxt = noun.right_edge.i + 1
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i < nxt:
            continue
        if child.left_edge.i == nxt and _dated(child):
            nxt = child.right_edge.i + 1  # "announced plans on Monday to ...", "voiced
            continue  # concern on Friday about ..."
        if child.left_edge.i != nxt:
            return None
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")
                         and not _temporal(g)), None)
            return None if pobj is None else (child.i, range_of(pobj.subtree))
        if child.dep_ in ("xcomp", "advcl") and any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i < child.i for g in child.children):
            content = range_of(child.subtree)
            return None if content is None else (content[0] - 1, content)
        return None
    return None


def _temporal(pobj: Token) -> bool:
    """A date, a time or an occasion ("over the weekend", "for the first time", "for the
    third straight day"): when, not what about."""
    return pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in _OCCASIONS


def _held(verb: Token, subject: Token, lex: CueLexicon, cue_end: int,
          content: tuple[int, int] | None) -> Found | None:
    if content is None:
        return None
    doc = verb.doc
    start = cue_left_edge(_phase_of(verb, lex, content))
    cue = trim(doc, start, cue_end)
    source = noun_phrase(subject, avoid=verb.i, speaker=True)
    if cue is None or overlaps(source, content) or overlaps(cue, source):
        return None
    return Found("verb", cue, verb.i, source, subject.i, content)


def _phase_of(verb: Token, lex: CueLexicon, content: tuple[int, int]) -> Token:
    """The verb of phase or attempt above a light verb, which opens the cue as it does a
    verb's ("tried to raise doubts about", "went on to voice concern about")."""
    governor = aspect_governor(verb, lex)
    while governor is not None and not content[0] <= governor.i <= content[1]:
        verb, governor = governor, aspect_governor(governor, lex)
    return verb


def copular_statement(noun: Token, lex: CueLexicon) -> Found | None:
    """ "The ministry's view is that the talks have failed", "her plan is to rebuild the
    school": a statement or stance noun owned by a speaker, a copula and a clause."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not can_speak(owner, lex):
        return None
    clause = next((c for c in verb.children if c.i > verb.i and (
        c.dep_ == "xcomp" or c.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
    if clause is None:
        return None
    doc = noun.doc
    if any(t.text in QUOTE_CHARS or t.pos_ in ("VERB", "AUX") and t.head.i != verb.i
           for t in doc[noun.i + 1 : verb.i]):
        return None  # "“My hope,” he said, “is that ...”": a cue set between noun and copula
        # is the statement; the noun opens the quotation
    source = trim(doc, owner.left_edge.i, owner.i)
    content = range_of(clause.subtree)
    if source is None or content is None or owner.i + 1 > verb.i:
        return None
    cue = (owner.i + 1, verb.i)  # "'s view is": the possessive mark opens the cue
    return Found("noun", cue, noun.i, source, owner.i, content)


#: Records whose findings "in X" reports: "In the latest poll, the mayor leads by 5 points".
_FINDING_RECORDS = frozenset({"poll", "survey", "study", "report", "analysis", "census",
                              "audit", "review", "assessment", "investigation", "inquiry"})


def in_record(tok: Token, lex: CueLexicon) -> Found | None:
    """ "In a survey released on Monday, most residents backed the plan", "the mayor gained
    ground in two polls": the record speaks through the clause it is an adjunct of (not when
    the clause has a verb of saying of its own: "said in a report" names a medium)."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    verb = tok.head
    measured = verb.pos_ == "NOUN" and verb.lemma_.lower() in lex.standings
    if pobj is None or tok.dep_ != "prep" or pobj.lemma_.lower() not in _FINDING_RECORDS \
            or verb.pos_ not in ("VERB", "AUX") and not measured \
            or verb.lemma_.lower() in lex.cue_verbs - lex.verbal_acts:
        return None  # "her lead in two polls" is what the polls found
    content = _according_content(tok, tok.right_edge.i, pobj)
    source = noun_phrase(pobj, speaker=True)
    if content is None or overlaps(source, content) and not content[0] < tok.i < content[1]:
        return None
    return Found("according", (tok.i, tok.i), tok.i, source, pobj.i, content)


#: Prepositions that open what an owned stance is about ("his theory of the case", "her
#: opposition to the dam"); time and place phrases ("decision in May") stay out.
_HELD_PREPS = frozenset({"of", "about", "on", "over", "against", "toward", "towards",
                         "regarding"})


def possessed_stance(noun: Token, lex: CueLexicon) -> Found | None:
    """ "The senator's decision to quit the race", "her reluctance to debate", "the bank's
    estimate of growth": a noun of decision, stance or statement whose possessor can speak
    holds what the noun is about; the possessor is the source, the noun (with the
    preposition that opens the content) the cue."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("its", "whose") or not can_speak(owner, lex):
        return None
    if noun.dep_ == "ROOT" and noun.sent[-1].text in (".", "!", "?"):
        return None  # a full sentence with a noun at its root is a misparse: its verb sits
        # inside what would be the content ("Her refusal to talk angered them.")
    found = _held_content(noun)
    if found is None:
        return None
    cue_end, content = found
    doc = noun.doc
    source = trim(doc, owner.left_edge.i, owner.right_edge.i, keep_quotes=False)
    if source is None or overlaps(source, content) or source[1] >= noun.i:
        return None
    return Found("noun", (_described_from(noun, source), cue_end), noun.i, source, owner.i,
                 content)


def _held_content(noun: Token) -> tuple[int, tuple[int, int]] | None:
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _HELD_PREPS and child.i == noun.i + 1:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in ("DATE", "TIME")), None)
            content = None if pobj is None else range_of(pobj.subtree)
            return None if content is None else (child.i, content)
        if opens_clause(child):
            content = range_of(child.subtree)
            return None if content is None else (noun.i, content)
    return None


def against(prep: Token, lex: CueLexicon) -> Found | None:
    """ "The farmers are against the new levy": being against something is a stance the
    subject holds (a speaker only: "the wind was against us" is none)."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_ != "be" or verb.i > prep.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if subject is None or pobj is None or subject.lower_ in RELATIVE \
            or not can_speak(subject, lex):
        return None
    return _held(verb, subject, lex, prep.i, range_of(pobj.subtree))


def absolute_attitude(adj: Token, lex: CueLexicon) -> Found | None:
    """ "With investors increasingly nervous about the currency, the bank ...": an attitude
    adjective in an absolute "with" phrase has a subject of its own, who holds it; no copula
    links them, so `verbs.attitude_cue` does not see it."""
    if adj.dep_ != "advcl" or not any(c.lower_ == "with" and c.dep_ in ("mark", "prep")
                                      and c.i < adj.i for c in adj.children):
        return None
    subject = next((c for c in adj.children if c.dep_ == "nsubj" and c.i < adj.i), None)
    if subject is None or subject.lower_ in RELATIVE or not can_speak(subject, lex):
        return None
    end, content = attitude_object(adj, frozenset({"ccomp", "xcomp"}))
    source = noun_phrase(subject, avoid=adj.i, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found("verb", (cue_left_edge(adj), end), adj.i, source, subject.i, content)


#: Adjectives that "make it ... that" turns into a statement: "made it clear that".
_MADE_PLAIN = frozenset({"clear", "plain", "known", "obvious", "explicit"})


def made_clear(verb: Token, lex: CueLexicon) -> Found | None:
    """ "The envoy made it clear that he would not return", "she made plain she disliked the
    plan": making something clear is stating it; the clause is the content."""
    adj = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
                and c.lower_ in _MADE_PLAIN and c.i > verb.i), None)
    if adj is None:
        return None
    clause = next((c for c in [*adj.children, *verb.children]
                   if c.dep_ in ("advcl", "ccomp") and c.i > adj.i
                   and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if clause is None or subject is None or not can_speak(subject, lex):
        return None
    return _held(verb, subject, lex, adj.i, range_of(clause.subtree))


#: The kind of a finding whose content is a work put out ("released an ad"): it gives way to
#: a statement the work is said to make ("sent a letter urging ...").
ISSUED = "issued"


def issued_work(verb: Token, lex: CueLexicon) -> Found | None:
    """ "The campaign released an ad on Monday", "the paper published parts of the
    transcript", "she laid out her plan", "the city sent a letter": putting out a
    statement, a document or a work states what it says. The subject is the source, the
    verb (with its particle) the cue, the work the content."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lex.issuing or verb.tag_ == "VBN" \
            and verb.dep_ in ("acl", "amod"):
        return None  # "a letter sent to the mayor" describes the letter
    particle = next((c for c in verb.children if c.dep_ == "prt"
                     and c.lower_ in ("out", "forth", "up")), None)
    if lemma in lex.issuing_particles and particle is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not _issued(obj, lex):
        return None
    if obj.lemma_.lower() in lex.media and not any(
            c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in obj.children):
        return None  # "issued a statement" names the medium; what it says is not given
    subject = subject_of(verb)
    if subject is None or subject.lower_ in ("what", "which") \
            or subject.lower_ not in RELATIVE and not can_speak(subject, lex):
        return None
    content = trim(verb.doc, obj.left_edge.i, _described_to(verb, obj))
    end = particle.i if particle is not None and particle.i == verb.i + 1 else verb.i
    source = noun_phrase(subject, avoid=verb.i, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found(ISSUED, (cue_left_edge(verb), end), verb.i, source, subject.i, content)


def _described_to(verb: Token, obj: Token) -> int:
    """The last token of the work with what describes it: "aired a spot on Tuesday
    mocking the mayor", "sent a letter on Monday to the council opposing the toll" (the parser hangs
    the participle on the verb); without one the object alone."""
    participles = [c for c in verb.children if c.i > obj.i and c.tag_ == "VBG"
                   and c.dep_ in ("advcl", "acl", "xcomp")
                   and not any(g.dep_ in ("mark", "nsubj") for g in c.children)]
    return max([obj.right_edge.i, *(c.right_edge.i for c in participles)])


def _issued(obj: Token, lex: CueLexicon) -> bool:
    """Is the object a work put out ("an ad", "a letter"), or a part of one ("parts of
    the transcript", "a series of tweets")?"""
    if obj.lemma_.lower() in lex.issued:
        return True
    return obj.lemma_.lower() in lex.issued_parts and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.issued
        for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def by_estimate(tok: Token, lex: CueLexicon) -> Found | None:
    """ "By one estimate, 300,000 people have fled", "the toll has doubled, by the ministry's
    count": like "according to", the reckoning is the source, the rest of the sentence the
    content and the preposition the cue."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or tok.dep_ not in ("prep", "agent") \
            or pobj.lemma_.lower() not in lex.reckonings:
        return None
    content = _according_content(tok, tok.right_edge.i, pobj)
    source = noun_phrase(pobj, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found("according", (tok.i, tok.i), tok.i, source, pobj.i, content)


def gone_after(verb: Token, lex: CueLexicon) -> Found | None:
    """ "Reid has gone after the senator as a fraud", "Mayor Goes After Rival As A Spendthrift":
    pursuing someone "as" something is a verbal attack; the pursued and the predicate are
    the content. Without the predicate ("troops went after the militants") it is a deed."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.pursuit:
        return None
    after = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"
                  and c.i == verb.i + 1), None)
    target = None if after is None else next(
        (g for g in after.children if g.dep_ == "pobj"), None)
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      and target is not None and c.i == target.right_edge.i + 1), None)
    if after is None or target is None or as_phrase is None or not can_speak(target, lex):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in RELATIVE or not can_speak(subject, lex):
        return None
    content = trim(verb.doc, target.left_edge.i, as_phrase.right_edge.i)
    source = noun_phrase(subject, avoid=verb.i, speaker=True)
    if content is None or overlaps(source, content):
        return None
    return Found("verb", (cue_left_edge(verb), after.i), verb.i, source, subject.i, content)
