"""What is said: the content of a cue verb, found by a list of rules over its dependents in
order of trust (a clause, a passive subject, an infinitive, an object, a prepositional phrase,
the rest of the sentence around a parenthetical or trailing cue), or a quotation next to it."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from .lexicon import CueLexicon
from .spans import CLOSE, OPEN, QUOTE_CHARS, STRAIGHT, Range, longest_run, minus, range_of, trim
from .speakers import RELATIVE, can_speak

#: Prepositions whose object is the content ("warned of", "complained about").
CONTENT_PREPS = frozenset({"of", "about", "on", "against", "over", "for"})
_OBJECT_PREPS = frozenset({"of", "for", "to", "over", "with", "about", "as"})
#: Prepositions that name whom an appeal is made to ("called on the council to", "called for
#: donors to give", "appealed to donors to", "pleaded with the court to"); others are
#: circumstances ("decided after a long review not to", "warned in a letter to").
_ADDRESSING = frozenset({"on", "upon", "to", "with", "for"})


def _clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said that ...", and "A happened, but B followed, the police said" (all that precedes
    the speaker)."""
    children = list(tok.children)
    # "keeps insisting, at every hearing, that the books balance": a verb marked by "that" is
    # the complement of a cue before it, which the parser hung on it upside down
    inverted = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    # a complement after the cue wins over one before it ("A struck B - officials said C")
    for child in sorted(children, key=lambda c: c.i < tok.i):
        if child.dep_ != "ccomp" or inverted and child.i < tok.i:
            continue
        if child.i > tok.i and any(t.text == ";" for t in tok.doc[tok.i + 1 : child.left_edge.i]):
            continue  # "..., officials said; the army denied it": a clause of its own
        if child.left_edge.i > tok.i and _sentential_relative(child):
            continue  # "..., activists said, which the UN said it could not verify"
        if child.i < tok.i:
            speaker = [c.left_edge.i for c in children if c.dep_ == "nsubj" and c.i < tok.i]
            stop = min([tok.i, *speaker])
            if _own_clause_after_semicolon(tok, child, stop):
                continue
            if tok.sent.start < stop:
                return (tok.sent.start, stop - 1)
        subject = _subject_taken_as_object(tok, child)
        if subject is not None:
            return (subject.left_edge.i, child.right_edge.i)
        whole = range_of(child.subtree)
        return whole if whole is None else _with_split_clause(tok, child, whole)
    return None


def _sentential_relative(clause: Token) -> bool:
    """Does the clause open with a comma-set "which" that stands for the statement before it
    (", which the UN said it could not verify")? Its words are a statement of their own
    about that one, never the content of a cue before the comma."""
    doc = clause.doc
    first = clause.left_edge.i
    return doc[first].lower_ == "which" and first > 0 and doc[first - 1].text == ","


def _with_split_clause(tok: Token, first: Token, content: Range) -> Range:
    """ "said on Telegram that debris from a downed drone had fallen on the refinery": the
    parser may split one clause into two complements of the cue ("that debris", "had fallen
    ..."); with no comma, semicolon or conjunction between them, they are one content."""
    later = [c for c in tok.children if c.dep_ == "ccomp" and c.i > first.right_edge.i]
    if not later or first.i < tok.i:
        return content
    second = later[0]
    between = tok.doc[content[1] + 1 : second.left_edge.i]
    if any(t.text in (",", ";", ":") or t.pos_ == "CCONJ" or t.is_quote for t in between):
        return content
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return content  # a clause with its own subject is a second statement
    return (content[0], second.right_edge.i)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _subject_taken_as_object(tok: Token, clause: Token) -> Token | None:
    """ "said debris from a downed drone had damaged three houses": the parser may take the
    subject of a clause after the cue for the cue's object and leave the clause with none;
    a clause after the cue with no subject of its own and an object of the cue before it has
    that object for its subject."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in clause.children)
    if clause.i < tok.i or not finite or any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    return next((c for c in tok.children if c.dep_ == "dobj"
                 and tok.i < c.i < clause.left_edge.i), None)


def _own_clause_after_semicolon(tok: Token, before: Token, stop: int) -> bool:
    """ "Drones hit the port, Kyiv says; Moscow claims a strike on a depot": a clause before a
    semicolon is no complement of a cue after it that has an object of its own (the parser
    hangs headline halves on each other)."""
    return any(t.text == ";" for t in tok.doc[before.i : stop]) and any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > tok.i for c in tok.children)


def _inverted_that(tok: Token, lex: CueLexicon) -> Range | None:
    """ "continues to insist, again on Sunday in a talk with reporters, that ...": with
    adjuncts between the cue and "that", the parser may make the "that" clause the root and
    hang the cue's clause on it as a complement, or hang it on the verb governing the cue;
    the "that" clause is the cue's content."""
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i < cur.i:
        cur = cur.head  # "continues to insist"
        hung = next((c for c in cur.children if c.dep_ == "advcl" and c.i > tok.i and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if hung is not None:  # or hung the "that" clause on the governing verb
            return range_of(hung.subtree)
    root = cur.head
    if cur.dep_ != "ccomp" or root.i <= tok.i:
        return None
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that"
                 and cur.right_edge.i < c.i < root.i), None)
    if mark is None:
        return None
    end = root.right_edge.i
    if tok.doc[end].text in (".", "!", "?") and end > mark.i:
        end -= 1  # the sentence's own full stop, which hangs on the root
    return trim(tok.doc, mark.i, end)


def _clause_after_citing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "reported, citing X, that ...": the parser hangs the clause off X."""
    for child in tok.children:
        if child.lower_ == "citing":
            for inner in child.subtree:
                if any(g.dep_ == "mark" and g.lower_ == "that" for g in inner.children):
                    return range_of(inner.subtree)
    return None


def _closing_report(tok: Token, lex: CueLexicon) -> Range | None:
    """ "Two drones were downed, the TASS news agency reported, citing ...": the parser may
    join a closing "X reported" to the clause before it as a second clause; with only a comma
    between (no "and", "but") and no object of its own, that clause is what is reported."""
    head = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ != "conj" or head.i > tok.i or head.pos_ not in ("VERB", "AUX") \
            or subject is None or subject.i > tok.i \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children) \
            or any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children):
        return None
    comma = subject.left_edge.i - 1
    if comma <= head.left_edge.i or tok.doc[comma].text != ",":
        return None
    return trim(tok.doc, head.left_edge.i, comma - 1)


def _split_closing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "..., including six members of one family, health officials said.": on a long
    sentence the parser may end a sentence before the comma that opens a closing "X said";
    the sentence before it, in the same paragraph, is what is said."""
    sent = tok.sent
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if sent.root.i != tok.i or sent.start == 0 or sent[0].text != "," or subject is None \
            or subject.i > tok.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > tok.i
                                        for c in tok.children):
        return None
    if subject.left_edge.i != sent.start + 1:
        return None  # "GAZA, Nov 20 (Wire) - Strikes killed 14, the agency said": a dateline
    doc = tok.doc
    before = doc[sent.start - 1].sent
    if any("\n" in t.whitespace_ or t.is_space for t in before):
        return None  # a heading or another paragraph
    return trim(doc, before.start, before.end - 1)


def _parenthetical(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The dam, the governor said, was breached" / "..., the agency said, citing ...". A
    clause complement marked as one ("worried that if the deal fell through, the firm would
    threaten to sue") is no parenthetical, whatever commas stand before it."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("that", "if", "whether")
                 for c in tok.children)
    if tok.dep_ == "parataxis" or (
        tok.dep_ == "ccomp" and tok.i > tok.head.i and not marked
        # the comma stands before the cue's own words, not inside its subject ("said the
        # video, which was filmed at night, showed the strike" has no parenthetical)
        and _has_comma_between(tok.head, tok.doc[min(tok.left_edge.i + 1, tok.i)])
    ):
        rest = minus(tok.head.subtree, tok.subtree)
        return range_of(t for t in rest if not t.is_punct or t.text in QUOTE_CHARS)
    return None


#: Verbs whose "when / whether / how / why" clause is what is (not) said: "has not said when
#: the talks resume", "explained how the fire started", "asked whether the road was open".
_WH_VERBS = frozenset({"say", "explain", "ask", "know", "reveal", "disclose", "decide",
                       "discuss", "specify", "clarify", "indicate", "question", "wonder",
                       "tell", "show", "confirm", "detail", "describe"})


def _wh_clause(tok: Token, lex: CueLexicon) -> Range | None:
    if tok.lemma_.lower() not in _WH_VERBS:
        return None
    for child in tok.children:
        if child.dep_ == "advcl" and child.i > tok.i and any(
                g.lower_ in ("whether", "how", "why", "when", "where", "if") and g.i < child.i
                for g in child.children):
            opener = min(g.i for g in child.children)
            if opener == tok.i + 1 and (tok.lower_ != "said" or _negated(tok)):
                return range_of(child.subtree)
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _bare_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "said after the talks he would not accept" (a clause the parser took for adverbial)."""
    for child in tok.children:
        if (child.dep_ == "advcl" and child.i > tok.i
                and any(g.dep_ == "nsubj" for g in child.children)
                and not any((g.dep_ == "mark" or g.tag_ in ("WRB", "WDT")) and g.lower_ != "that"
                            for g in child.children)):
            return range_of(child.subtree)
    return None


def _infinitive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "urged residents to stay indoors"."""
    xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
    if not xcomps and tok.lemma_.lower() in lex.intent:
        xcomps = _adverbial_will(tok) or _will_after_medium(tok, lex)
    if tok.lemma_.lower() not in lex.xcomp_content or not xcomps:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < xcomps[0].i]
    if tok.lemma_.lower() in lex.prep_content:  # "called on X to", "appealed to X to"
        objs += [g for c in tok.children if c.dep_ == "prep" and c.i < xcomps[0].i
                 and c.lower_ in _ADDRESSING
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    first = min(o.left_edge.i for o in objs) if objs else xcomps[0].left_edge.i
    return (first, xcomps[0].right_edge.i)


def _adverbial_will(tok: Token) -> list[Token]:
    """ "could reverse the rule or decline to appeal": the parser may hang the infinitive of
    a verb of will as an adverbial clause; one that opens right after the verb is still
    what is willed (a purpose would not follow a verb of intending)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return []
    head = doc[tok.i + 1].head
    return [head] if head.dep_ == "advcl" and head.head.i == tok.i else []


def _will_after_medium(tok: Token, lex: CueLexicon) -> list[Token]:
    """ "vowed in a televised address to crush the rebellion", "pledged in a statement on
    Sunday to rebuild": the medium of a vow between the verb and its infinitive; the parser
    may hang the infinitive on the medium (as a clause of it, or even a relative one), or on
    the verb as a purpose. It is what is vowed
    when only the medium's phrase (and a time) stands between the verb and "to"."""
    doc = tok.doc
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1):
        medium = next((g for g in prep.children if g.dep_ == "pobj"
                       and g.lemma_.lower() in lex.media), None)
        if medium is None:
            continue
        to = medium.i + 1
        while to < len(doc) and doc[to].head.i == tok.i and doc[to].dep_ in ("prep", "npadvmod"):
            to = doc[to].right_edge.i + 1  # "... on Sunday to"
        if to >= len(doc) or doc[to].lower_ != "to" or doc[to].dep_ != "aux":
            continue
        verb = doc[to].head
        if verb.tag_ == "VB" and (verb.dep_ == "advcl" and verb.head.i == tok.i
                                  or verb.dep_ in ("acl", "relcl") and verb.head.i == medium.i):
            return [verb]
    return []


def _gerund(tok: Token, lex: CueLexicon) -> Range | None:
    """ "denied targeting civilians", "proposed dropping the tax", "admitted firing": a
    gerund complement of a cue verb is what is said."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and child.i == tok.i + 1:
            return range_of(child.subtree)
    return None


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "dobj" and c.lower_ not in ("it", "so", "this")]


#: Objects that stand for what was said, after any verb of saying ("said much about the
#: talks", "has said the same thing", "said as much").
_SAID_OBJECTS = frozenset({"much", "same", "thing", "little", "nothing", "something",
                           "anything", "lot"})


def _characterisation(tok: Token, lex: CueLexicon) -> Range | None:
    """ "what officials called a civilian shelter", "which Moscow described as a target",
    "called the raid a provocation"."""
    children = list(tok.children)
    predicates = [c for c in children if c.dep_ == "oprd"]
    # "described as reckless the decision": an adjective after "as" is its predicate too
    predicates += [g for c in children if c.dep_ == "prep" and c.lower_ == "as"
                   for g in c.children if g.dep_ == "pobj"
                   or g.dep_ == "pcomp" and g.pos_ == "ADJ"]
    if not predicates:
        return None
    relative = next((c for c in children if c.dep_ == "dobj" and c.lower_ in RELATIVE | {"what"}),
                    None)
    if relative is not None:  # "what officials called a shelter": from the pronoun on
        pred = predicates[0]
        return (relative.i, pred.right_edge.i)
    # "called it a common ailment": with a predicate, even "it" is what is characterised
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ != "so"]
    # a fronted predicate may take the object after it as its own ("described as reckless
    # the decision": the parser hangs "decision" on "reckless")
    objs = objs or [g for g in predicates[0].children if g.dep_ == "dobj"
                    and g.i > predicates[0].i]
    if objs:  # "called the raid a provocation", "described as 'reckless' the decision"
        pred = predicates[0]
        anchor = pred if pred.dep_ == "oprd" else pred.head
        return (min(objs[0].left_edge.i, anchor.i), max(objs[0].right_edge.i, pred.right_edge.i))
    return None


def _object(tok: Token, lex: CueLexicon) -> Range | None:
    """ "denied the claims", "accused the army of shelling the town"."""
    lemma = tok.lemma_.lower()
    objs = _objects(tok)
    if not objs:
        return None
    said = objs[0].lemma_.lower() in _SAID_OBJECTS
    # "the unions want a pay rise"; not "what they want", nor "people seeking work" (a kind),
    # nor "nobody doubted the plan" (no one in particular), nor "police seek two men" (a
    # search for someone)
    wanted = lemma in lex.desire and objs[0].i > tok.i and tok.dep_ not in ("relcl", "acl") \
        and not any(c.dep_ == "nsubj" and c.lower_ in lex.indefinite_pronouns
                    for c in tok.children) \
        and objs[0].pos_ != "PRON" and not can_speak(objs[0], lex)
    # "urged restraint", "advised caution": what is urged, where no one is addressed
    urged = lemma in lex.urging and objs[0].i > tok.i and objs[0].pos_ in ("NOUN", "PROPN") \
        and not can_speak(objs[0], lex)
    if (lemma in lex.no_object and lemma not in lex.object_content and not said
            and not wanted and not urged and not is_evidence(tok, lex)):
        return None
    end = objs[0].right_edge.i
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and child.i > objs[0].i:
            end = max(end, child.right_edge.i)
        elif child.dep_ == "xcomp" and child.i > end and _to_infinitive(child):
            end = child.right_edge.i  # "implored her to stay", "announced plans to leave"
    return (objs[0].left_edge.i, _before_medium(objs[0], end, lex))


#: Prepositions that open the medium a statement was made in or on ("in a statement", "on
#: Telegram", "via its channels").
_MEDIUM_PREPS = frozenset({"in", "on", "via", "through"})


def _before_medium(obj: Token, end: int, lex: CueLexicon) -> int:
    """ "claimed responsibility for the attack in a statement on its media channels", "in a
    post on X": a phrase of medium closing the object, which the parser may hang on the
    object's last noun, is where the claim was made (the cue's channel), not what it says."""
    doc = obj.doc
    for tok in doc[obj.i + 1 : end + 1]:
        if tok.dep_ != "prep" or tok.lower_ not in _MEDIUM_PREPS or tok.right_edge.i < end:
            continue
        medium = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if medium is not None and (medium.lemma_.lower() in lex.venues
                                   or medium.lower_ in lex.venues):
            last = tok.i - 1
            while last > obj.i and (doc[last].is_punct or doc[last].pos_ == "CCONJ"):
                last -= 1
            return last
    return end


#: Pronouns by which a denial's object stands for what was told just before it.
_POINTING = frozenset({"it", "this", "that"})


def _denied_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "A drone hit a fuel depot, but Ukraine denied it", "Blasts rocked the base; Kyiv denied
    it": a denial whose object is only a pronoun, joined to the clause told just before it,
    denies that clause; when that clause reports a statement ("officials said a drone hit the
    depot, but Kyiv denied it"), it denies what the statement says."""
    if tok.lemma_.lower() not in lex.deny_verbs or not any(
            c.dep_ == "dobj" and c.lower_ in _POINTING and c.i > tok.i for c in tok.children):
        return None
    # the parser hangs a clause before a semicolon on the denial as its complement
    told = tok.head if tok.dep_ == "conj" and tok.head.i < tok.i else next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if told is None:
        told = _sentence_before(tok)
        if told is None:
            return _pointer_alone(tok)
    if told.lemma_.lower() in lex.cue_verbs - lex.verbal_acts:  # the pronoun is what was said
        said = next((c for c in told.children if c.dep_ == "ccomp" and (
            c.i > told.i or told.sent != tok.sent)), None)  # "X, officials said. Y denied it."
        return _pointer_alone(tok) if said is None else range_of(said.subtree)
    doc = tok.doc
    end = min(tok.i, *(c.left_edge.i for c in tok.children if c.dep_ == "nsubj")) - 1
    end = min(end, told.right_edge.i)
    while end > told.i and (doc[end].is_punct or doc[end].pos_ == "CCONJ"):
        end -= 1
    return (told.left_edge.i, end) if end >= told.i else None


def _sentence_before(tok: Token) -> Token | None:
    """ "Drones hit a depot in Bryansk, the governor said. Kyiv denied it.": a denial that is
    its sentence's only clause (nothing but its subject, the pronoun and a full stop) stands
    for the sentence before, in the same paragraph; the root of that sentence."""
    sent, doc = tok.sent, tok.doc
    if not _denial_alone(tok):
        return None
    before = doc[sent.start - 1].sent
    last = before.end - 1
    while last > before.start and doc[last].is_space:
        last -= 1  # the line break may be a token of the sentence before
    if "\n" in doc.text[doc[last].idx + len(doc[last]) : sent.start_char]:
        return None
    return before.root


def _denial_alone(tok: Token) -> bool:
    """Is the denial its sentence's only clause (nothing but its subject, the pronoun, an
    adverb and a full stop), after some sentence?"""
    return tok.dep_ == "ROOT" and tok.sent.start > 0 and all(
        c.dep_ in ("nsubj", "dobj", "punct", "aux", "advmod") for c in tok.children)


def _pointer_alone(tok: Token) -> Range | None:
    """ "Moscow denied it." as a paragraph of its own, or after a sentence that tells no
    clause of its own to deny: the pronoun is the content, pointing back at what was told
    before (the events stage links it to the event told there, `events/followups.py`)."""
    if not _denial_alone(tok):
        return None
    pointer = next(c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _POINTING)
    return (pointer.i, pointer.i)


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < tok.i for c in tok.children)


def is_evidence(tok: Token, lex: CueLexicon) -> bool:
    """ "The study found 31 cases", "footage shows the tank": a document or a record as the
    subject of a verb of finding makes the object the content."""
    if tok.lemma_.lower() not in lex.evidence_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.evidence_subjects
               for c in tok.children)


def _as_clause(tok: Token, lex: CueLexicon) -> Range | None:
    """ "As the governor noted, the bridge is closed": the clause the "as" phrase hangs on."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in
                                      tok.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return None  # "as he told reporters" is fine; "as he said it" is not this shape
    if not _set_off(tok):
        return None  # "As she welcomed the guests, the mayor ...": the parser took the object
        # for the main clause's subject; the "as" clause tells when, and says nothing
    rest = minus(tok.head.subtree, tok.subtree)
    return longest_run([t for t in rest if not t.is_punct or t.text in QUOTE_CHARS])


def _set_off(tok: Token) -> bool:
    """Does the clause end where a mark sets it off ("As the mayor noted, ...", "... , as the
    army put it.")? A clause that runs on into words it does not hold is read wrong."""
    after = tok.right_edge.i + 1
    return tok.right_edge.is_punct or after >= len(tok.doc) or tok.doc[after].is_punct


def _prepositional(tok: Token, lex: CueLexicon) -> Range | None:
    """ "warned of new attacks", "called for a ceasefire", "pointed to the losses", "agreed
    with the envoy"."""
    lemma = tok.lemma_.lower()
    own = lex.own_preps.get(lemma, frozenset())
    shared = lemma in lex.prep_content or lemma in lex.to_content
    if not shared and not own:
        return None
    preps = own | (CONTENT_PREPS if shared else frozenset())
    if lemma in lex.to_content:
        preps |= {"to"}
    answer = lemma in lex.answer_verbs
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobjs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")
                     and g.ent_type_ not in ("DATE", "TIME")  # "spoke on Monday about"
                     and g.lemma_.lower() not in lex.not_topics  # "on condition of"
                     and not (child.lower_ == "for" and g.lemma_.lower() in lex.reasons)]
            if answer and pobjs and child.lower_ not in own and not _answerable(pobjs[0], lex):
                continue  # "responded to the fire": a reply in arms, not in words
            if answer and pobjs and child.lower_ in own and not _said_reply(pobjs[0], lex):
                continue  # "responded with tear gas", "replied by firing": no words
            if pobjs:
                return range_of(pobjs[0].subtree)
    return None


def _answerable(obj: Token, lex: CueLexicon) -> bool:
    """Can one answer the object in words: someone, or something said or written ("responded
    to the mayor", "to requests for comment", "to my messages")?"""
    said = lex.statement_nouns | lex.spoken_objects | lex.media | lex.documents
    return obj.lemma_.lower() in said or can_speak(obj, lex)


def _said_reply(obj: Token, lex: CueLexicon) -> bool:
    """Is what one answers with something said: a statement, a stance or a verbal attack
    ("responded with a rebuke", "with attacks on the mayor") or a gerund of saying ("replied
    by calling the audit a stunt")?"""
    if obj.tag_ == "VBG":
        return obj.lemma_.lower() in lex.cue_verbs
    said = lex.statement_nouns | lex.stance_nouns | lex.spoken_objects | lex.media \
        | lex.documents | lex.retorts
    return obj.lemma_.lower() in said


def _passive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The strike was confirmed by the ministry": the passive subject is the content when an
    agent names the source."""
    if not any(c.dep_ == "agent" for c in tok.children) or tok.lemma_.lower() in lex.no_passive:
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subjects or subjects[0].lower_ in RELATIVE | {"it", "what"}:
        return None
    return range_of(subjects[0].subtree)


def _reduced_passive(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The plan, endorsed by the council, would ...", "a view echoed by the authority": a
    passive participle with an agent sums up the noun it follows; that noun phrase (up to the
    participle) is what the agent stated or took a stand on."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i > tok.i:
        return None
    if tok.lemma_.lower() in lex.no_object:
        return None  # "the transcript, published by the Post": what is published is no claim
    if not any(c.dep_ == "agent" for c in tok.children):
        return None
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in RELATIVE:
        return None
    return trim(tok.doc, head.left_edge.i, tok.left_edge.i - 1)


def _trailing(tok: Token, lex: CueLexicon) -> Range | None:
    """ "Single mothers may not be covered, experts say." / "..., said the governor.": a cue
    closing its sentence after a comma; the content is all that precedes the comma."""
    doc, sent = tok.doc, tok.sent
    # the subject nearest the cue: "People like Reed, he said." may hang both on it
    subject = min((c for c in tok.children if c.dep_ == "nsubj"),
                  key=lambda c: abs(c.i - tok.i), default=None)
    if subject is None:
        return None
    first, last = min(subject.left_edge.i, tok.i), max(subject.right_edge.i, tok.i)
    tail = any(not (t.is_punct or t.is_space) for t in doc[last + 1 : sent.end])
    if tail and not _own_tail(tok, last, lex):
        return None
    comma = first - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if fronted_adjunct(tok, sent.start, comma):
        return None  # "After the vote, farmers protested.": the cue's own adverbial
    if tail and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < comma for c in tok.children):
        return None  # "The widows, who ..., advocates for them wrote as well": its subject
    return trim(doc, sent.start, comma - 1)


#: Dependents of a cue that may stand between it and the comma closing its aside ("Reed
#: explained later in the hearing, ...", "Reed said Monday, ...").
_ASIDE_ADJUNCTS = frozenset({"advmod", "prep", "npadvmod", "prt"})


def _aside_as_root(tok: Token, lex: CueLexicon) -> Range | None:
    """ "The guards, Reed explained at the hearing, were unarmed": the parser may make the
    cue of a comma-set aside the root, with the statement's subject hung on it before the
    aside and its predicate (a verb without a subject of its own) hung on it after."""
    if tok.dep_ != "ROOT" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    doc = tok.doc
    words = [c for c in tok.children if not c.is_punct]
    before = [c for c in words if c.i < tok.i]
    if len(before) < 2:
        return None
    lead, speaker = before[0], before[-1]
    comma = lead.right_edge.i + 1  # the one comma between the subject and the speaker
    if lead.pos_ not in ("NOUN", "PROPN", "PRON") or lead.lower_ in RELATIVE \
            or speaker.dep_ != "nsubj" or doc[comma].text != "," \
            or speaker.left_edge.i != comma + 1:
        return None
    rest = _predicate_after_aside(tok, [c for c in words if c.i > tok.i])
    return None if rest is None else trim(doc, lead.left_edge.i, rest.right_edge.i)


def _predicate_after_aside(tok: Token, after: list[Token]) -> Token | None:
    """The verb after the comma that closes the cue's aside (past the cue's own adjuncts),
    with no subject of its own."""
    doc = tok.doc
    last = tok.i
    for child in after:
        if child.dep_ not in _ASIDE_ADJUNCTS or child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    rest = next((c for c in after if c.left_edge.i == last + 2), None)
    if rest is None or rest.pos_ not in ("VERB", "AUX") \
            or rest.dep_ not in ("conj", "advcl", "ccomp", "parataxis") \
            or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in rest.children):
        return None
    return rest


def fronted_adjunct(tok: Token, start: int, comma: int) -> bool:
    """Are the words before the comma a phrase of time, place or manner that the cue governs
    ("After the vote, ...", "In the capital, ...") or a clause of circumstance ("When the
    shelling stopped, ...", "But when the funds ran out, ...", "Having lost the vote, ...")
    rather than a statement?"""
    covered = {t.i for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod", "cc")
               and c.i < comma for t in c.subtree}
    covered.update(t.i for c in tok.children if c.dep_ == "advcl" and c.i < comma
                   and _circumstance(c) for t in c.subtree)
    return all(i in covered or tok.doc[i].is_punct for i in range(start, comma))


#: Tags of a verb that is finite by itself.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _circumstance(clause: Token) -> bool:
    """A clause before the cue that tells when, why or how rather than what was said: one
    opened by a subordinating word ("When ...", "After ...", "As ...") or with no finite verb
    ("Having lost the vote")."""
    if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") and c.i < clause.i
           for c in clause.children):
        return True
    return clause.tag_ not in FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in clause.children)


#: Dependents of a cue that may follow it when it closes its sentence after a comma: the
#: medium, the time, the manner ("..., the mayor said on Telegram", "said late on Monday",
#: "wrote in a post on Sunday").
_TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "dative", "prt"})


def _own_tail(tok: Token, last: int, lex: CueLexicon) -> bool:
    """Is all that follows the cue (past token `last`) the cue's own adjuncts: a medium, a
    time, an audience ("told reporters", "told local television") or a participle of saying
    or citing ("..., adding that ...", "..., citing police")? The parser may hang the statement
    before the comma on the cue as an adverbial clause ("Shelling wounded four people, the
    mayor said on Telegram"), so no complement shows it."""
    covered: set[int] = set()
    for child in tok.children:
        if child.i <= last:
            continue
        if child.dep_ in _TAIL_DEPS or child.dep_ == "dobj" and _audience(child, lex) \
                or child.dep_ == "advcl" and child.tag_ == "VBG" \
                and (child.lemma_.lower() in lex.cue_verbs or child.lower_ == "citing"):
            covered.update(t.i for t in child.subtree)
    doc = tok.doc
    return all(i in covered or doc[i].is_punct or doc[i].is_space
               for i in range(last + 1, tok.sent.end))


def _audience(obj: Token, lex: CueLexicon) -> bool:
    """Whom a statement was told to: people or an outlet ("told reporters", "told Reuters",
    "told local television"), not a thing said ("said nothing")."""
    return obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON") \
        or obj.lemma_.lower() in lex.speaker_nouns or obj.lemma_.lower() in lex.outlet_nouns


def _told_that(tok: Token, lex: CueLexicon) -> Range | None:
    """ "told a meeting of leaders that few people understood ...": the parser hangs the
    "that" clause on the object as a relative clause; a "that" marking a clause (rather than
    standing in it as subject or object) shows it is the complement."""
    for obj in tok.children:
        medium = obj.dep_ == "prep" and obj.lower_ in ("in", "via", "during", "on")
        if obj.dep_ not in ("dobj", "dative") and not medium or obj.i < tok.i:
            continue  # "said in a statement that ...": the clause hangs on the medium
        for inner in obj.subtree:
            if (inner.dep_ == "relcl" or medium and inner.dep_ == "acl") and any(
                    g.dep_ == "mark" and g.lower_ == "that" and g.i < inner.i
                    for g in inner.children):
                return range_of(inner.subtree)
    return None


#: Content rules in order of trust: the first that finds something wins.
_CONTENT_RULES = (
    _clause, _inverted_that, _passive, _reduced_passive, _told_that, _clause_after_citing,
    _parenthetical, _aside_as_root, _closing_report, _split_closing,
    _bare_clause, _wh_clause,
    _infinitive,
    _gerund,
    _as_clause, _characterisation, _denied_clause, _object, _prepositional, _trailing,
)


def verb_content(tok: Token, lex: CueLexicon) -> Range | None:
    for rule in _CONTENT_RULES:
        found = rule(tok, lex)
        if found is not None:
            return _coordinated_tail(tok, _split_clause(tok, found, lex), lex)
    return None


#: Dependents of a cue that, glued to the end of its content, continue it.
_GLUED = frozenset({"ccomp"})


def _split_clause(tok: Token, content: Range, lex: CueLexicon) -> Range:
    """ "went on to explain how she believes cuts to staffing left the prison bare": the
    parser may break one reported clause into two complements of the cue; a complement that
    starts right after the content, with no punctuation or conjunction between, continues it
    (unless it is a statement of its own: "... centers the agency said it would")."""
    if content[0] <= tok.i:
        return content
    start, end = content
    doc = tok.doc
    for child in sorted(tok.children, key=lambda c: c.i):
        if child.i > end and child.dep_ in _GLUED and child.left_edge.i == end + 1 \
                and not doc[end + 1].is_punct and doc[end + 1].pos_ != "CCONJ" \
                and child.lemma_.lower() not in lex.cue_verbs:
            end = child.right_edge.i
    return (start, end)


def _coordinated_tail(tok: Token, content: Range, lex: CueLexicon) -> Range:
    """ "wants to triple the fund, grow the corps and create a reserve": the parser hangs the
    later conjuncts of the complement on the cue; a conjunct of the complement's own form
    (not the cue's), with no subject of its own and not a cue itself, continues the content."""
    doc = tok.doc
    if content[0] <= tok.i:
        return content
    head = doc[content[0] : content[1] + 1].root
    start, end = content
    for conj in sorted((c for c in tok.children if c.dep_ == "conj" and c.i > end),
                       key=lambda c: c.i):
        if conj.tag_ != head.tag_ or conj.tag_ == tok.tag_ or conj.left_edge.i > end + 3 \
                or any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children) \
                or conj.lemma_.lower() in lex.cue_verbs:
            break
        end = conj.right_edge.i
    return (start, end)


def _has_comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text in (",", CLOSE, STRAIGHT) for t in a.doc[lo:hi])


def adjacent_quote(tok: Token, quotes: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation that ends just before the cue's clause or starts just after the cue."""
    sent = tok.sent
    for qs, qe in quotes:
        if qe <= tok.idx and tok.idx - qe <= 60 and qs >= sent.start_char - 400:
            span = tok.doc.char_span(qe, tok.idx, alignment_mode="expand")
            between = [] if span is None else [t.text for t in span]
            if not _whole_paragraph(tok.doc, qs, qe, tok.idx):
                continue  # "Envoy Says Talks ‘Dead’\n\nThe envoy spoke": the line's own quote
            # a full stop token ends a sentence; "Rep." or "D-Md." are single tokens
            if not any(t in (OPEN, STRAIGHT, ".", "!", "?") or t in QUOTE_CHARS and t != CLOSE
                       for t in between[1:]):
                return (qs, qe)
        if qs >= tok.idx + len(tok.text) and qs - tok.idx - len(tok.text) <= 3:
            return (qs, qe)
        if 0 <= qs - tok.idx - len(tok.text) <= 60 and _adjuncts_only(tok, qs):
            return (qs, qe)  # "joked of the museum, “...”", "recalled on Tuesday: “...”"
    return None


def _whole_paragraph(doc: Doc, qs: int, qe: int, cue: int) -> bool:
    """A quotation in the paragraph before the cue's is its content only when it is that whole
    paragraph ("“We will appeal.”\n\nThe lawyers also said ...")."""
    text = doc_text(doc)
    if "\n" not in text[qe:cue]:
        return True
    line_start = text.rfind("\n", 0, qs) + 1
    return not text[line_start:qs].strip()


def _adjuncts_only(tok: Token, until: int) -> bool:
    """Are the words between the cue and char offset `until` only its own modifiers and
    punctuation (no verb, no sentence end, nothing the cue does not govern)?"""
    span = tok.doc.char_span(tok.idx + len(tok.text), until, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_space]
    return bool(words) and words[-1].text in (",", ":") and all(
        t.text in (",", ":") or (t.pos_ not in ("VERB", "AUX") and not t.is_sent_start
                                 and any(a.i == tok.i for a in t.ancestors))
        for t in words
    )
