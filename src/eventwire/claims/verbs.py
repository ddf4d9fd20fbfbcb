"""Cues headed by a verb or an adjective: a verb of saying, thinking or intending with its
speaker and content, its cue span (auxiliaries, negation, particle, adjuncts), an attitude
adjective ("is confident that") and "as X put it"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .closing import closing_content, comma_run
from .content import CONTENT_PREPS, adjacent_quote, is_evidence, verb_content
from .lexicon import CueLexicon
from .quoted import following_quote, leads_to
from .spans import (
    ATTITUDE_PREPS,
    CLOSE,
    QUOTE_CHARS,
    Found,
    attitude_object,
    longest_run,
    minus,
    noun_phrase,
    overlaps,
    range_of,
    trim,
)
from .speakers import (
    CUE_LEFT,
    RELATIVE,
    addressed_document,
    aspect_governor,
    can_speak,
    coordinated_adverb,
    cue_left_edge,
    in_quote,
    issuing_governor,
    left_name,
    left_run,
    relay_verb,
    relays_through,
    self_name,
    speaking_antecedent,
    statement_maker,
    subject_of,
)
from .unsourced import KIND as UNSOURCED

#: Prepositions that name the medium of a statement ("in a statement", "via email").
_MEDIUM_PREPS = frozenset({"in", "via", "during", "at", "on"})


def _clausal(tok: Token, content: tuple[int, int]) -> bool:
    """Is the content a clause or a quotation (rather than a bare object)?"""
    doc = tok.doc
    head = doc[content[0] : content[1] + 1].root
    quoted = doc[content[0]].text in QUOTE_CHARS or (
        content[0] > 0 and doc[content[0] - 1].text in QUOTE_CHARS)
    # a complement of the cue ("said, 'It's 3 a.m.'", "urged Congress to act"), whatever
    # the span's root
    complement = any(t.head.i == tok.i and t.dep_ in ("ccomp", "xcomp")
                     for t in doc[content[0] : content[1] + 1])
    return head.pos_ in ("VERB", "AUX") or quoted or complement


def _cuerange_of(tok: Token, lex: CueLexicon, content: tuple[int, int]) -> tuple[int, int]:
    """The cue verb with its auxiliaries, negation and adverbs just before it ("has also
    said", "did not confirm"), its particle and the preposition that opens the content
    ("pointed out", "called for")."""
    doc = tok.doc
    governor = tok
    while governor.dep_ == "xcomp" and governor.head.i < governor.i and governor.head.pos_ in (
        "VERB", "AUX"
    ) and not content[0] <= governor.head.i <= content[1] and not _own_cue(governor.head, lex) \
            and not any(t.text in QUOTE_CHARS for t in doc[governor.head.i : governor.i]):
        # (a verb inside a quotation does not join a cue outside it: 'he said, "and to say')
        governor = governor.head  # "seemed to suggest", "went on to explain"
    aspect = aspect_governor(governor, lex)
    while aspect is not None and not content[0] <= aspect.i <= content[1]:
        governor, aspect = aspect, aspect_governor(aspect, lex)
    start = governor.i
    while start > 0:
        before = start - 2 if _glue(doc[start - 1]) and start > 1 else start - 1
        if doc[before].tag_ == "WRB":
            break  # "when pressed on the cost": the clause's wh-word is no part of the cue
        if not (doc[before].dep_ in CUE_LEFT and (
                doc[before].head.i == governor.i  # "has not said"
                or doc[before].head.i < governor.i and doc[before].head.head.i == governor.i
                and doc[before].head.dep_ == "advmod")):  # "is once again questioning"
            break
        start = before
    if start > 0 and coordinated_adverb(doc[start - 1], governor):
        start -= 1
    end = tok.i
    for child in tok.children:
        # a preposition whose object stands before it ("the remark she objected to")
        stranded = child.dep_ == "prep" and not any(child.children) and _fronted(tok)
        if child.i != end + 1 or content[0] <= child.i <= content[1] and not stranded:
            continue
        particle = child.dep_ == "prt" and child.lower_ in lex.particles
        particle = particle or child.dep_ == "agent" or stranded  # "was first reported by"
        opener = child.dep_ == "prep" and child.lower_ in CONTENT_PREPS and content[0] == end + 2
        if particle or opener:
            end = child.i
    return (start, _opener(tok, _adjuncts_before(tok, end, content, lex), content, lex))


def _fronted(tok: Token) -> bool:
    """Does the verb head a relative clause or open with a wh-word, so that the object of a
    preposition after it stands before it ("which the paper pointed to")?"""
    return tok.dep_ == "relcl" or any(c.tag_ in ("WDT", "WP") and c.i < tok.i
                                      for c in tok.children)


def _glue(tok: Token) -> bool:
    """A space token inside a phrase: the tokenizer keeps a non-breaking space between words
    ("has\u00a0said") as a token of its own."""
    return tok.is_space and "\n" not in tok.text


def _opener(tok: Token, end: int, content: tuple[int, int], lex: CueLexicon) -> int:
    """ "spoke out on Tuesday about the dam", "called on the council to act": the preposition
    that opens the content belongs to the cue, and so do the adjuncts before it. A reply
    opens no content ("responded to the request", "replied with a statement"): its
    preposition stays out."""
    if tok.lemma_.lower() in lex.answer_verbs:
        return end
    for child in tok.children:
        if child.dep_ == "prep" and end < child.i < content[0] and any(
                g.dep_ in ("pobj", "pcomp") and g.left_edge.i == content[0]
                for g in child.children):
            return end if _phrase_between(tok, end, child.i) else child.i
    return end


def _phrase_between(tok: Token, end: int, opener: int) -> bool:
    """Does a phrase other than a date stand between the cue and the preposition that opens
    its content ("talked to reporters about", "spoke with the families on")? The cue then
    stops before it (PolNeAR dev, a non-date phrase between the verb and the content's
    preposition: gold runs the cue to the preposition 0 times of 13)."""
    return any(c.dep_ == "prep" and end < c.i < opener and not any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in tok.children)


def _spoken(tok: Token, lex: CueLexicon) -> bool:
    """Does the sentence mark a verb of force as speech: an "as" predicate, a medium, a spoken
    object, a reason or a statement given with it, a side taken by a party, or a statement
    or an advertisement as the subject ("an ad attacking the mayor")?"""
    side_taking = tok.lemma_.lower() in lex.side_taking
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if child.dep_ == "prep" and _manner_or_medium(child, lex.venues):
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and _reason(child, lex):
            return True  # "attacked the mayor for raising taxes": blame, not a blow
        if child.dep_ == "advcl" and child.lemma_ == "say" and child.tag_ == "VBG":
            return True  # "attacked the plan, saying it would fail"
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.spoken_objects:
            return True
        if child.dep_ == "dobj" and side_taking and _party(child, lex):
            return True  # "most unions support the mayor": a side taken
        if child.dep_ == "agent" and side_taking and tok.dep_ != "acl" \
                and _backed_party_or_plan(tok, lex) and any(
                    g.dep_ == "pobj" and _party(g, lex) for g in child.children):
            return True  # "the plan is backed by most unions" (not "rebels backed by X")
    subject = subject_of(tok)
    return subject is not None and subject.lemma_.lower() in (
        lex.spoken_objects | lex.media | lex.statement_nouns)


def _backed_party_or_plan(tok: Token, lex: CueLexicon) -> bool:
    """Is the passive subject of a side-taking verb a party or a plan one takes a side on
    ("the mayor is supported by most unions", "the bill is backed by the council"), not an
    operation ("the offensive was supported by troops")?"""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and (
        subject.lemma_.lower() in lex.spoken_objects | lex.statement_nouns
        or subject.pos_ != "PRON" and can_speak(subject, lex)
        or subject.pos_ == "PRON" and subject.lower_ in lex.person_pronouns)


def _reason(prep: Token, lex: CueLexicon) -> bool:
    """Is the "for" phrase something said or a stand taken, that one is blamed or praised
    for: a gerund of saying or of taking a stand ("for taking the lobby's money", "for
    calling the vote a sham") or a stance or statement of someone's ("for her support of
    the war", "for his remarks")? Not a span of time ("for hours") nor a deed ("for
    carrying aid"), for which armed groups attack."""
    said = lex.owned_nouns | lex.spoken_objects
    return any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in lex.cue_verbs
               or g.dep_ == "pobj" and g.lemma_.lower() in said
               and any(c.dep_ == "poss" for c in g.children)
               for g in prep.children)


def _unnamed_asker(tok: Token) -> bool:
    """ "Asked about the levy, the mayor said ...", "when pressed on the cost, ...": a passive
    participle opening the clause is said to its subject by someone unnamed; the subject is
    the one asked, not the source."""
    before = [c for c in tok.children if c.i < tok.i]
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i \
        and all(c.dep_ == "mark" for c in before) and not any(
            c.dep_ in ("agent", "nsubjpass", "auxpass") for c in tok.children)


def _writers_aside(tok: Token) -> bool:
    """ "It is worth noting that ...", "it goes without saying that ...": the writer's own
    remark, with an empty "it" for a speaker."""
    head = tok.head
    return tok.tag_ == "VBG" and (head.lower_ == "worth" or head.lower_ == "without"
                                  and head.head.lemma_ == "go")


def _reader_aside(tok: Token, lex: CueLexicon) -> bool:
    """ "As you can see, ...", "you can imagine why ...": the writer addresses the reader."""
    kids = {c.dep_: c.lower_ for c in tok.children}
    return tok.lemma_.lower() in lex.reader_verbs and kids.get("nsubj") == "you" \
        and kids.get("aux") in ("can", "could")


def _caused(tok: Token, lex: CueLexicon) -> bool:
    """Is the cue the bare infinitive of a causative just before it ("let editorials tell
    them", "help the mayor keep")?"""
    head = tok.head
    return (tok.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in lex.causatives
            and head.i < tok.i <= head.i + 4
            and not any(t.is_punct for t in tok.doc[head.i : tok.i])
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _requested(tok: Token, lex: CueLexicon) -> bool:
    """Is the cue (or a verb it is coordinated with) the infinitive of a verb that asks,
    allows or requires someone to speak ("urged the staff to report abuses", "a rule that
    allows firms to tell regulators", "called on the ministry to review and explain")? What
    is asked for has not been said."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head.i > tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    lemma = head.lemma_.lower()
    if lemma == "call":
        return any(c.lower_ in ("on", "upon") and c.dep_ in ("prep", "prt")
                   for c in head.children)
    return lemma in lex.requests


def _anonymity(tok: Token, lex: CueLexicon) -> bool:
    """Does the cue ask or decline only to be named ("declined to be named", "asked not to be
    identified"): its sole complement a passive infinitive of a verb of naming a source?"""
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    return len(comps) == 1 and comps[0].lemma_.lower() in lex.source_naming \
        and any(c.dep_ == "auxpass" for c in comps[0].children)


def _why_unnamed(tok: Token, lex: CueLexicon) -> bool:
    """Is the cue an infinitive giving why a speaker is unnamed ("speaking on condition of
    anonymity to discuss the talks", "requested anonymity to discuss")? It hangs on a noun of
    anonymity, or on a verb with one among its objects."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in lex.anonymity:
        return True
    return any(t.lemma_.lower() in lex.anonymity and t.i < tok.i and _object_of(t, head)
               for t in head.subtree)


def _object_of(tok: Token, verb: Token) -> bool:
    """Is `tok` the verb's object, or the object of a chain of prepositions on it ("spoke on
    condition of anonymity")?"""
    cur = tok
    while cur.i != verb.i:
        if cur.dep_ not in ("dobj", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _empty_controller(tok: Token, subject: Token) -> bool:
    """Is the subject a gerund takes from its clause an empty one: the "it" of "it is hard to
    judge the plan without knowing its cost" or the "us" of "let's start by explaining why
    the ferry timetable changed"? The gerund is then no one's act."""
    if tok.tag_ != "VBG" or subject.head.i == tok.i:
        return False
    head = subject.head
    if subject.lower_ == "it" and head.lemma_ == "be":
        return any(c.dep_ == "acomp" for c in head.children)
    return subject.lower_ in ("'s", "\u2019s") and "let" in (head.lemma_, head.head.lemma_)


def _party(obj: Token, lex: CueLexicon) -> bool:
    """Is the object a person or a body one can side with (not "it", not a place)?"""
    if obj.pos_ == "PRON":
        return obj.lower_ in ("him", "her", "them")
    return obj.ent_type_ != "GPE" and can_speak(obj, lex)


def _last_line(source: tuple[int, int], subject: Token) -> tuple[tuple[int, int], Token]:
    """A source that runs over a line break ("The Latest on the race:\n\n7 p.m.\n\nDonald
    Trump is ...", a heading the parser joined to the first sentence) is its last line."""
    doc = subject.doc
    breaks = [i for i in range(source[0], source[1])
              if "\n" in doc[i].whitespace_ or doc[i].is_space and "\n" in doc[i].text]
    if not breaks or breaks[-1] + 1 > source[1]:
        return source, subject
    line = doc[breaks[-1] + 1 : source[1] + 1]
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in line):
        return source, subject
    return (line.start, line.end - 1), line.root


def _own_cue(governor: Token, lex: CueLexicon) -> bool:
    """A governing verb that is a cue itself ("decided not to recommend", "plans to call on",
    "declined to confirm") is the cue of the statement, the infinitive its content; other
    governors ("seemed to suggest", "went on to explain") join the cue of the verb below."""
    lemma = governor.lemma_.lower()
    return lemma in lex.xcomp_content and lemma not in lex.quote_only


def _adjuncts_before(tok: Token, end: int, content: tuple[int, int],
                     lex: CueLexicon) -> int:
    """Widen the cue over what tells how the statement was made, right after the verb: a
    manner adverb ("said sarcastically", "explained earlier") and the occasion it was spoken
    on ("said in an interview", "said at a briefing"). Time and place adjuncts ("said on
    Tuesday", "said in Ohio"), a written or posted medium ("said in a statement", "wrote on
    X") and the addressee stay out of the cue."""
    last = end
    occasion = False
    for child in sorted(tok.children, key=lambda c: c.i):
        # spoken occasions only (PolNeAR dev, a medium right after the cue verb, gold includes
        # : excludes it: spoken occasions 10 : 3, written or posted media 2 : 7)
        # (an adverb with its own modifier: "speaks more often")
        if child.left_edge.i == last + 1 and _manner_or_medium(child, lex.spoken_media):
            occasion = child.dep_ == "prep"
            last = max(_medium_end(g) for g in child.children) \
                if occasion else child.right_edge.i
        elif child.left_edge.i == last + 1 and occasion and child.dep_ == "npadvmod" \
                and child.ent_type_ in ("DATE", "TIME"):
            last = child.right_edge.i  # "said at a press conference Sunday", as with a dated
            # phrase after the occasion's noun (`_medium_end`)
    if last > end and end < content[0] <= last:
        return end  # the phrase runs into the content (a content that wraps the cue does not:
        # "the plan, she said then, was sound")
    return last


def _medium_end(noun: Token) -> int:
    """The last token of the medium's own words ("in a recent phone interview", "in an
    interview on Monday"): the outlet or the place after the noun ("with the paper", "in
    Ohio") stays out of the cue."""
    end = noun.i
    for child in sorted(noun.children, key=lambda c: c.i):
        dated = child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children)
        if child.i == end + 1 and (dated or child.dep_ in ("compound", "amod", "nummod")):
            end = child.right_edge.i
    return end


def _manner_or_medium(child: Token, media: frozenset[str]) -> bool:
    """A manner adverb, or a phrase naming one of `media` ("in an interview", "on X")."""
    if child.dep_ == "advmod":
        return child.pos_ == "ADV" and not child.ent_type_
    if child.dep_ != "prep" or child.lower_ not in _MEDIUM_PREPS:
        return False
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in media or g.lower_ in media)
               for g in child.children)


def verb_cue(tok: Token, lex: CueLexicon, quotes: Sequence[tuple[int, int]]) -> Found | None:
    if tok.dep_ in ("amod", "compound", "nmod", "prep"):
        return None  # "the said person"; "compared to last year" is a preposition
    lemma = tok.lemma_.lower()
    if _caused(tok, lex):
        return None  # "let them know that ...": brought about, not said
    if _requested(tok, lex):
        return None  # "urged the staff to report abuses": asked for, not said
    if self_name(tok, lex) is not None:
        return None  # "a group calling itself the Free Army": a name, not a statement
    if _anonymity(tok, lex) or _why_unnamed(tok, lex):
        return None  # "who declined to be named": a condition of the interview
    if tok.dep_ == "xcomp" and _unnamed_asker(tok.head):
        return None  # "Asked to describe the device, ...": what was asked, no statement
    if _writers_aside(tok) or _reader_aside(tok, lex):
        return None  # "it is worth noting that ...": the writer's own aside
    if lemma in lex.verbal_acts and not _spoken(tok, lex):
        return None  # "the army attacked the town" is an event, not a statement
    content = _as_clause_own_complement(tok, lex) or verb_content(tok, lex) \
        or _quoted_object(tok) or _misparsed_clause(tok) or _adverbial_infinitive(tok, lex) \
        or _as_much(tok) or _clause_after_aside(tok) or closing_content(tok)
    if lemma in lex.quote_only and content is not None and not _touches_quote(tok, content):
        content = None
    if lemma in lex.credence and content is not None and _trusted_party(tok, content, lex):
        return None  # "the judge believed the witness" reports no claim
    if lemma in lex.topical and (content is None or not _topic(tok, content, lex)):
        return None  # "addressed the issue"; "addressed the assembly" is no statement
    if content is not None and _past_a_full_stop(tok, content) \
            and adjacent_quote(tok, quotes) is not None:
        content = None  # the quotation next to the cue is what it reports
    if content is None:
        quote = adjacent_quote(tok, quotes)
        if quote is not None and not leads_to(quote, tok):
            quote = following_quote(tok, quotes)
        if quote is None:
            content = _colon_block(tok)
            if content is None:
                return None
        elif (span := tok.doc.char_span(quote[0], quote[1], alignment_mode="expand")) is None:
            return None
        else:
            content = (span.start, span.end - 1)
    record = _record_named(tok, lex) if _passive_as(tok) else None
    if _unnamed_asker(tok) and record is None:
        cue = _cuerange_of(tok, lex, content)
        return Found(UNSOURCED, cue, tok.i, cue, tok.i, content)
    subject = record or subject_of(tok)
    if _passive_as(tok) and record is None:
        return None  # "as shown in the case of ...": the main clause's subject said nothing
    if subject is not None and _empty_controller(tok, subject):
        return None  # "it is hard to judge the plan without knowing ...": no one knows
    left: tuple[int, int] | None = None
    run = comma_run(tok) if content[1] < tok.i else None
    if run is None or content != closing_content(tok):
        run = _closing_run_before(tok, lex)  # "..., the ministry said, without reporting ..."
    if run is not None:
        # "strikes killed 14 people, the enclave's civil defence agency said": the speaker is
        # the run before the cue, not the statement's subject the parser gave the cue
        subject, left = tok.doc[run[1]], run
    elif subject is None or in_quote(subject, quotes) and not in_quote(tok, quotes):
        subject = left_name(tok, lex) or _participle_after_cue(tok, lex)
        left = None if subject is None or subject.i != tok.i - 1 else comma_run(tok)
    relay = None
    if subject is not None and subject.lower_ in RELATIVE and tok.dep_ == "relcl" \
            and relay_verb(tok.head, lex) is not None:
        subject = tok.head  # "released a letter from his doctor that says ..."
    if subject is not None and subject.i == tok.head.i and tok.dep_ in ("acl", "relcl"):
        described = (addressed_document(subject, lex) if tok.dep_ == "acl" else None) or subject
        maker = statement_maker(described, lex)
        relay = relay_verb(described, lex) if maker is not described else None
        subject = maker
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("what", "which") and (
            subject.lower_ == "what" or not speaking_antecedent(subject, lex)):
        return None
    if tok.dep_ == "acl" and subject.i == tok.head.i and subject.lower_ in lex.indefinite_pronouns:
        return None  # "a resource for anyone wanting to learn more": no one in particular
    if lemma in lex.text_voice and subject.lemma_.lower() not in (
            lex.documents | lex.works | lex.media | lex.statement_nouns):
        return None  # "the letter reads" voices its text; "she read" is no statement
    if lemma in lex.intent and not can_speak(subject, lex) and not _record_agrees(subject, lex):
        return None  # "the front seems to hold" is no attribution; "Kyiv wants to" is
    if not _clausal(tok, content) and not can_speak(subject, lex) and not is_evidence(tok, lex) \
            and not _voiced(tok, subject, lex):
        return None  # "the incident highlights the risk"; "the ad mentions the vetoes" is one
    source = left or left_run(tok, subject) or noun_phrase(subject, avoid=tok.i, speaker=True)
    source, subject = _last_line(source, subject)
    # "which he said served as a warning": the relative pronoun stands for what is said and
    # stays in the content, which wraps the source and the cue
    parenthetical = content[0] < tok.i < content[1]  # "X, he said, Y": the content wraps the cue
    if not parenthetical and overlaps(source, content):
        content = _before_speaker(tok, source, content)
    if not parenthetical and overlaps(source, content):
        source = _left_of(tok, source, subject, content)
        if overlaps(source, content):
            return None
    cue = _cuerange_of(tok, lex, content)
    relay = relay or issuing_governor(tok, lex)
    if relay is not None and relay.i < cue[0] and not overlaps((relay.i, cue[1]), content) \
            and relays_through(relay, lex):
        cue = (cue_left_edge(relay), cue[1])  # "issued a statement calling", "sent a letter urging"
    if overlaps(cue, source):  # "forced the clerk to admit": the verb's own words after the source
        own = max(cue_left_edge(tok), source[1] + 1) if source[1] < tok.i else tok.i
        cue = (own, cue[1]) if not overlaps((own, cue[1]), source) else (tok.i, tok.i)
    return Found("verb", cue, tok.i, source, subject.i, content)


def _participle_after_cue(tok: Token, lex: CueLexicon) -> Token | None:
    """ "“We will rebuild,” the governor said, adding that ...", "..., the envoy said, going
    on to warn that ...": a participle set off by a comma right after a cue verb tells more
    of that speaker's words, wherever the parser hung it; its speaker is that verb's."""
    clause = tok.head if tok.dep_ == "xcomp" and tok.head.i < tok.i else tok
    if clause.tag_ != "VBG":
        return None
    doc = tok.doc
    comma = clause.i - 1
    while comma > 0 and doc[comma].head.i == clause.i and doc[comma].dep_ in CUE_LEFT:
        comma -= 1  # "..., not even pausing to mention"
    if comma < 1 or doc[comma].text != ",":
        return None
    cue = doc[comma - 1]
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in lex.cue_verbs:
        return None
    return subject_of(cue) or left_name(cue, lex)


def _closing_run_before(tok: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """The speaker run of a closing cue that a participle set off after it continues ("...,
    the Russian Defence Ministry said on Thursday, without reporting any damage")."""
    doc = tok.doc
    if tok.tag_ != "VBG" or tok.i < 2:
        return None
    i = tok.i - 1
    while i > 0 and doc[i].text != "," and tok.i - i <= 3:  # "without", "before", "adding"
        i -= 1
    j = i - 1
    while j > 0 and doc[j].text != "," and doc[j].lemma_.lower() not in lex.cue_verbs:
        j -= 1  # back past the cue's adjuncts ("on Thursday")
    if doc[i].text != "," or j <= 0 or doc[j].lemma_.lower() not in lex.cue_verbs:
        return None
    return comma_run(doc[j]) if closing_content(doc[j]) is not None else None


def _record_agrees(subject: Token, lex: CueLexicon) -> bool:
    """ "Independent analyses agree (that) the levy would hurt farmers", "the memo promises to
    cut costs": a record or a document states what it agrees on or promises."""
    return subject.lemma_.lower() in lex.evidence_subjects | lex.documents | lex.works


def _trusted_party(tok: Token, content: tuple[int, int], lex: CueLexicon) -> bool:
    """Is the content a plain object that is no statement or record ("believed the
    witness", "believes the senator"), rather than a claim ("believed the polls")?"""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or content != (obj.left_edge.i, obj.right_edge.i):
        return False
    said = lex.statement_nouns | lex.documents | lex.evidence_subjects | lex.spoken_objects \
        | lex.works | lex.issued | lex.credited
    return obj.lemma_.lower() not in said


def _topic(tok: Token, content: tuple[int, int], lex: CueLexicon) -> bool:
    """Is the content the topic the verb takes up: a question clause ("documented how the
    town was shelled") or its object, not someone who can be addressed ("addressed the
    voters"), unless a predicate says what of them ("identified the man as a courier")?"""
    doc = tok.doc
    if doc[content[0]].tag_ in ("WRB", "WP", "WDT") or doc[content[0]].lower_ == "whether":
        return any(c.dep_ == "ccomp" and c.left_edge.i == content[0] for c in tok.children)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or content[0] != obj.left_edge.i:
        return False
    return content[1] > obj.right_edge.i or not can_speak(obj, lex)


def _passive_as(tok: Token) -> bool:
    """ "As stated in the report, ...", "as shown in the case of ...": a passive participle
    marked by "as", with no agent, names no speaker among the main clause's words."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in tok.children)


def _record_named(tok: Token, lex: CueLexicon) -> Token | None:
    """The document or medium of an "in" phrase on the participle ("as stated in the
    commentary", "as reported in the Times"), which is then the source."""
    records = lex.documents | lex.media | lex.works | lex.statement_nouns
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in records
                                           or obj.ent_type_ == "ORG"):
                    return obj
    return None


def _before_speaker(tok: Token, source: tuple[int, int],
                    content: tuple[int, int]) -> tuple[int, int]:
    """ "“The port is shut,” Anna Reed, a harbour official, said": a content the parser ran up
    to the cue (its subject misparsed) stops before the speaker that opens the cue's clause."""
    doc = tok.doc
    if not content[0] < source[0] <= content[1] < tok.i or source[1] >= tok.i:
        return content
    if any(not (t.is_punct or t.is_space) for t in doc[source[1] + 1 : tok.i]
           if t.head.i != tok.i):
        return content  # something other than the cue's own words between speaker and cue
    before = doc[source[0] - 1]
    if before.text not in (",", CLOSE, "''") and not (before.text in QUOTE_CHARS
                                                     and doc[source[0] - 2].text == ","):
        return content  # the speaker follows the comma or the mark that closes the quotation
    cut = trim(doc, content[0], source[0] - 1)
    return content if cut is None else cut


def _left_of(tok: Token, source: tuple[int, int], subject: Token,
             content: tuple[int, int]) -> tuple[int, int]:
    """ "A union representing pilots endorsed the mayor on Monday, another example of ...":
    the parser hung a phrase after the cue on the speaker; the speaker is the part of its
    phrase before the cue (or the subject alone)."""
    stop = min(tok.i, content[0]) if content[0] > subject.i else tok.i
    if source[0] <= subject.i < stop:
        cut = trim(tok.doc, source[0], min(source[1], stop - 1), keep_quotes=False)
        if cut is not None and cut[0] <= subject.i <= cut[1] and not overlaps(cut, content):
            return cut
    return (subject.i, subject.i)


def _colon_block(tok: Token) -> tuple[int, int] | None:
    """ "Limbaugh added:" and a paragraph after it: a cue closing its line with a colon
    introduces the paragraph that follows."""
    doc = tok.doc
    i = tok.i + 1
    if i >= len(doc) or doc[i].text != ":" or "\n" not in doc[i].whitespace_ + (
            doc[i + 1].text if i + 1 < len(doc) else ""):
        return None
    start = i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end + 1 < len(doc) and not (doc[end + 1].is_space and "\n" in doc[end + 1].text) \
            and "\n" not in doc[end].whitespace_:
        end += 1
    return trim(doc, start, end) if start < len(doc) else None


def _past_a_full_stop(tok: Token, content: tuple[int, int]) -> bool:
    """ "“...,” said the senator. Democrats noted that ...": a content that starts after a full
    stop beyond the cue is a new sentence the parser joined to the cue's."""
    doc = tok.doc
    words = [t for t in doc[tok.i + 1 : content[0] + 1] if not t.is_space]
    return any(a.text == "." and a.tag_ == "." and b.text[:1].isupper()
               for a, b in zip(words, words[1:], strict=False))


def _quoted_object(tok: Token) -> tuple[int, int] | None:
    """ "Mayor calls bypass 'a death trap'", "Envoy says talks 'dead in the water'": a headline
    drops the verb of what is said, and the parser takes the clause for an object; an object
    that holds or runs into a quotation is what is said, whatever the verb. So is a quoted
    modifier the parser took for a complement ("reveals ‘shocking’ details of the raid")."""
    doc = tok.doc
    for obj in tok.children:
        if obj.dep_ not in ("dobj", "oprd", "xcomp") or obj.i < tok.i:
            continue
        start, end = obj.left_edge.i, obj.right_edge.i
        if start - 1 > tok.i and doc[start - 1].text in QUOTE_CHARS:
            start -= 1  # the opening mark the parser hung on the verb
        if end + 1 < len(doc) and doc[end + 1].text in QUOTE_CHARS:
            end += 1
        if any(t.text in QUOTE_CHARS for t in doc[start : end + 1]):
            return trim(doc, start, end)
    return None


def _as_clause_own_complement(tok: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """ "as she called for a ceasefire, ...", "As the mayor talked about the levee, ...": a
    cue in an "as" clause with a complement of its own reports that complement, not the main
    clause (which "As the governor noted, the bridge is closed" reports)."""
    lemma = tok.lemma_.lower()
    own = lex.own_preps.get(lemma, frozenset())
    if tok.dep_ != "advcl" or lemma not in lex.prep_content | lex.to_content and not own \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.i == tok.i + 1 and child.lower_ in CONTENT_PREPS | own:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")
                         and g.ent_type_ not in ("DATE", "TIME")), None)
            if pobj is not None:
                return range_of(pobj.subtree)
    return None


def _as_much(tok: Token) -> tuple[int, int] | None:
    """ "The envoy said as much on Monday": "as much" stands for what was said before."""
    for child in tok.children:
        if child.lower_ == "much" and child.i > tok.i and child.i - 1 > tok.i \
                and tok.doc[child.i - 1].lower_ == "as":
            return (child.i - 1, child.i)
    return None


def _adverbial_infinitive(tok: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """ "tells his supporters at the rally to “go and vote”": the infinitive of a verb of
    urging that the parser hung on it as an adverbial clause is its content, with the
    object before it."""
    if tok.lemma_.lower() not in lex.xcomp_content:
        return None
    doc = tok.doc
    clause = next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
    if clause is None or obj is None or obj.i > clause.i or not can_speak(obj, lex):
        return None  # "called a meeting to discuss the test" states a purpose
    return trim(doc, obj.left_edge.i, clause.right_edge.i)


def _misparsed_clause(tok: Token) -> tuple[int, int] | None:
    """ "said many of the examples that critics cite failed to note ...": "say" takes no
    object but what is said, so an object with a verb in it is a clause whose subject the
    parser hung on the verb."""
    if tok.lemma_ != "say":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1), None)
    if obj is None or obj.pos_ == "PRON" or not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in obj.subtree):
        return None
    return trim(tok.doc, obj.left_edge.i, obj.right_edge.i)


def _clause_after_aside(tok: Token) -> tuple[int, int] | None:
    """ "said on X, formerly Twitter, that ...": after a comma-set aside the parser hangs the
    "that" clause on the aside's last noun. A clause opened by the complementiser "that"
    (marked, not a relative pronoun) right after the comma that closes an aside on the cue
    is what the cue says."""
    for clause in tok.subtree:
        if clause.i <= tok.i or clause.dep_ not in ("relcl", "acl") or clause.head.i == tok.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"),
                    None)
        if mark is None or mark.i != clause.left_edge.i or tok.doc[mark.i - 1].text != ",":
            continue
        if not any(t.text == "," for t in tok.doc[tok.i + 1 : clause.head.i]):
            continue  # the aside is set off by commas on both sides
        return trim(tok.doc, mark.i, clause.right_edge.i)
    return None


def _voiced(tok: Token, subject: Token, lex: CueLexicon) -> bool:
    """Is the subject of the cue a work that voices its makers' statement ("the leaflet
    mentions a second meeting")? Only as the verb's own subject: "tweets targeting the
    mayor" is a description of the tweets, left to the statement that mentions them."""
    if subject.dep_ != "nsubj" or subject.head.i != tok.i \
            or subject.lemma_.lower() not in lex.works:
        return False
    # a plain noun phrase: "some note that ..." with a clause is a misparsed verb
    return not any(t.pos_ in ("VERB", "AUX") for t in subject.subtree)


def _touches_quote(tok: Token, content: tuple[int, int]) -> bool:
    """Does the content start or end at a quotation mark (within a token of its edge)?"""
    doc = tok.doc
    edges = {content[0], content[0] + 1, content[1], content[1] - 1}
    return any(0 <= i < len(doc) and doc[i].text in QUOTE_CHARS for i in edges)


#: Norms of a contracted "be" after a curly apostrophe ("she’s", "they’re", "I’m"), which
#: the lemmatizer leaves unlemmatized.
_CURLY_BE = frozenset({"'s", "is", "are", "am"})


def attitude_cue(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Officials are confident that the dam will hold", "he was worried about the dam",
    "the council was willing to talk" (an intention: only a subject that can hold one)."""
    head = tok.head
    if tok.dep_ != "acomp" or head.lemma_ not in ("be", "become", "remain", "seem", "feel") \
            and head.norm_ not in _CURLY_BE:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "what", "there"):
        return None
    content = _attitude_content(tok, head, lex)
    if content is None:
        return None
    doc = tok.doc
    start = cue_left_edge(head)
    end = tok.i
    if content[0] == tok.i + 2 and doc[tok.i + 1].dep_ == "prep":
        end = tok.i + 1
    source = noun_phrase(subject, avoid=head.i, speaker=True)
    if start <= subject.i:
        return None
    return Found("verb", (start, end), tok.i, source, subject.i, content)


def _attitude_content(tok: Token, head: Token, lex: CueLexicon) -> tuple[int, int] | None:
    for child in [*tok.children, *(c for c in head.children if c.i > tok.i)]:
        if child.dep_ == "ccomp" and child.i > tok.i:
            return range_of(child.subtree)
        if child.dep_ == "xcomp" and child.head.i == tok.i and child.i > tok.i:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return range_of(child.subtree) if subject and can_speak(subject, lex) else None
        # the preposition right after the adjective is its own even when the parser hangs
        # it on the copula ("is bearish on the currency")
        if child.dep_ == "prep" and child.lower_ in ATTITUDE_PREPS and (
                child.head.i == tok.i or child.i == tok.i + 1):
            pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if pobjs and not pobjs[0].lower_.endswith(("self", "selves")):
                return range_of(pobjs[0].subtree)  # "sure of himself" is self-regard
    return None


def passive_attitude(tok: Token, lex: CueLexicon) -> Found | None:
    """ "Residents were incensed that the road stayed shut", "the council was troubled about
    the levy": an attitude adjective the parser read as a passive participle."""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if tok.tag_ != "VBN" or subject is None or not any(c.dep_ == "auxpass" for c in tok.children) \
            or subject.i > tok.i or not can_speak(subject, lex) or subject.lower_ in RELATIVE:
        return None
    end, content = attitude_object(tok, frozenset({"ccomp"}))
    if content is None:
        return None
    source = noun_phrase(subject, avoid=tok.i, speaker=True)
    if overlaps(source, content):
        return None
    return Found("verb", (cue_left_edge(tok), end), tok.i, source, subject.i, content)


def put_it(tok: Token, lex: CueLexicon) -> Found | None:
    """ "As the governor put it, the city is under siege": the idiom is a cue; the clause it
    hangs on is the content."""
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
        return None
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as"
                                      for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    rest = minus(tok.head.subtree, tok.subtree)
    content = longest_run([t for t in rest if not t.is_punct or t.text in QUOTE_CHARS])
    if subject is None or content is None:
        return None
    it = next(c for c in tok.children if c.dep_ == "dobj")
    source = noun_phrase(subject, avoid=tok.i, speaker=True)
    # adverbs before the verb join the cue as with any verb ("as she recently put it")
    return Found("verb", (cue_left_edge(tok), it.i), tok.i, source, subject.i, content)
