"""Who did what to whom: the parse paths from a trigger word to its perpetrators (subject, 'by'
agent) and its victims (object, passive subject, 'on X'), and the kind of victim they name
(fighters, civilians, facilities)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..places.datelines import in_dateline
from .rules import Rules
from .trigger import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Prepositions that introduce what an attack was aimed at.
TARGET_PREPS = frozenset({"on", "against", "at", "into", "toward", "towards", "upon"})


#: Dependents that describe a victim further ("a vehicle passing near the base", "a man who
#: ...") rather than say who the victim is.
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl", "advcl"})


#: Verbs whose subject undergoes the event named by their object ("suffered damage",
#: "thwarted an attack").
SUFFER_VERBS = frozenset({"suffer", "sustain", "face", "undergo", "receive", "survive",
                          "endure", "experience", "come", "be", "thwart", "repel", "foil",
                          "repulse", "counter", "resist", "withstand"})


#: Relative pronouns standing for the noun their clause describes.
RELATIVES = frozenset({"that", "who", "which"})


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a joined clause that the parser hung on the noun before it: in "Rebels
    attacked a post in Mopti and soldiers shelled a village" it reads "Mopti and soldiers" as
    one phrase and "shelled" as sharing "Rebels". A noun joined to an earlier noun, just before
    a joined finite verb with no subject of its own, is that verb's subject."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.head.i < before.i \
            and before.head.dep_ not in ("nsubj", "nsubjpass") and verb.head.i < before.i:
        return before
    return None


def past_dateline(word: Token) -> list[Token]:
    """"KISMAYO, June 10 (Wire) - Al Shabaab militants attacked": the parser may make the
    dateline's place a subject, with the doers as its apposition or as a second subject."""
    if not in_dateline((word.idx, word.idx + len(word.text)), word.doc.text):
        return [word]
    return [c for c in word.children if c.dep_ == "appos" and not in_dateline(
        (c.idx, c.idx + len(c.text)), c.doc.text)]


def subject_of(verb: Token) -> Token | None:
    """The verb's active subject, past a dateline the parser made a subject too."""
    return next((w for c in verb.children if c.dep_ == "nsubj" for w in past_dateline(c)),
                None)


def agent_words(tok: Token) -> list[Token]:
    """The words naming who did what `tok` says: its subject, or the 'by' agent of a passive."""
    stranded = stranded_subject(tok)
    if stranded is not None:
        return _noun_phrase(stranded)
    out: list[Token] = []
    node = tok
    for _ in range(4):  # "captured a thief, tied him to a tree and beat him": the first verb's
        if node.dep_ not in ("conj", "xcomp") or any(  # subject did all three
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in node.children
        ):
            break
        node = node.head
    for child in node.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVES and node.dep_ == "relcl":
            # "a group of people that attacked ...": the noun the clause describes
            out.extend(_noun_phrase(node.head))
        elif child.dep_ == "nsubj":
            out.extend(t for w in past_dateline(child) for t in _noun_phrase(w))
        elif child.dep_ == "agent":
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in _noun_phrase(c))
    if not out and node.tag_ == "VBN":
        # "were beaten up and dragged into police cars by dozens of police": the agent of
        # the passive verbs joined to it
        for conj in _joined_verbs(node):
            out.extend(t for a in conj.children
                       if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                       for c in a.children if c.dep_ == "pobj" for t in _noun_phrase(c))
    return out


def _joined_verbs(node: Token) -> list[Token]:
    """The verbs joined to `node`, and those joined to them ("tied up, beaten and robbed")."""
    out: list[Token] = []
    todo = [node]
    while todo and len(out) < 6:
        verb = todo.pop()
        found = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        out.extend(found)
        todo.extend(found)
    return out


def _noun_phrase(tok: Token) -> list[Token]:
    """A noun phrase without its place, time and clause attachments ('a group of men', not
    '... in Amethi over a land dispute')."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and (t.dep_ in DESCRIPTIVE_DEPS or (t.dep_ == "prep"
                                                             and t.lower_ != "of")):
            skip.update(x.i for x in t.subtree)
    return [t for t in tok.subtree if t.i not in skip]


def trigger_heads(doc: Doc, trig: Trigger) -> list[int]:
    return [trig.head, *(head_of(doc, s, e) for s, e in trig.also)]


def head_of(doc: Doc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the phrase's syntactic head)."""
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return i
    return start


def victim_tokens(tok: Token) -> list[Token]:
    """The words naming who or what an event hit: objects, passive subjects, 'on X' phrases."""
    out: list[Token] = []
    for child in tok.children:
        direct = child.dep_ in ("dobj", "obj", "nsubjpass", "attr")
        if direct and child.pos_ == "NUM" and not any(True for _ in child.children):
            out.extend(_after_number(child))  # "killed 3 IS militants", misparsed
        elif direct or (child.dep_ in ("prep", "agent") and child.lower_ in TARGET_PREPS):
            out.extend(core(child))
        elif child.dep_ == "conj" and child.pos_ == "VERB":
            # "shot and injured the officer": the object of the second verb
            out.extend(t for c in child.children if c.dep_ == "dobj" for t in core(c))
    if _suffered(tok):
        # "suffered damage", "came under attack": the subject of the governing verb.
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.dep_ in ("xcomp", "ccomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            verb = verb.head  # "claimed to have thwarted an attack"
        out.extend(t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in core(c))
    return out


def _after_number(num: Token) -> list[Token]:
    """A bare number the parser took for the whole object: it and the nouns right after it."""
    out = [num]
    for t in num.doc[num.i + 1 : num.i + 4]:
        if t.pos_ not in ("NOUN", "PROPN", "AUX", "ADJ"):
            break
        out.append(t)
    return out


#: Verbs of fighting an attack off: whoever repelled it fought the attackers.
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "fend", "rebuff", "counter",
                         "resist", "withstand"})


def repelled(tok: Token) -> bool:
    """'repelled an attack', 'thwarted an incursion', 'the raid was repulsed'."""
    return tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in REPEL_VERBS


def _suffered(tok: Token) -> bool:
    """'suffered damage', 'came under attack', 'was under fire' (not 'killed ... during a
    raid', whose subject is the raider)."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in SUFFER_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ == "under"


def core(tok: Token) -> list[Token]:
    """A phrase's subtree without its relative and participial clauses."""
    return _pruned(tok, lambda t: t.dep_ in DESCRIPTIVE_DEPS or _closing_speaker(t)
                   or _noun_clause(t))


def _pruned(tok: Token, cut: Callable[[Token], bool]) -> list[Token]:
    """The subtree of `tok` less the subtrees of the words below it that `cut` accepts."""
    skip = {x.i for t in tok.subtree if t.i != tok.i and cut(t) for x in t.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def _noun_clause(tok: Token) -> bool:
    """A clause the parser hung on a noun as its complement ("attacks on shipping that the
    group says are in solidarity with Palestinians"): it tells about the noun, like a
    relative clause."""
    return tok.dep_ == "ccomp" and (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.dep_ in (
        "pobj", "dobj", "nsubj", "nsubjpass"))  # ("shipping" tagged as a verb)


#: Verbs by which a source reports: a report closed by its source ("..., a militia leader and
#: a resident said"), the subject of one ("the prosecutor's office said"), a party's account of
#: its own act ("the military said it had targeted ...").
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "state", "announce", "confirm",
                             "claim", "write", "post", "note", "allege", "acknowledge"})


def without_closing_speakers(tok: Token) -> list[Token]:
    """The subtree of `tok` less a source closing the sentence that the parser hung on it."""
    return _pruned(tok, _closing_speaker)


def _closing_speaker(tok: Token) -> bool:
    """"killed 12 farmers ..., a militia leader and a resident said", "fighting with the
    army, residents and a local official said": the parser may make the source an apposition
    or a conjunct of the last noun when the verb after it has no subject."""
    start = tok.left_edge.i
    if tok.dep_ not in ("appos", "conj") or start == 0 or tok.doc[start - 1].text != "," \
            or tok.right_edge.i + 1 >= len(tok.doc):
        return False
    verb = tok.doc[tok.right_edge.i + 1]
    return verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def victim_kind(tok: Token, r: Rules) -> str | None:
    """Who or what was hit: the direct object (or passive subject) decides before 'on X'."""
    words = victim_tokens(tok)
    direct = [w for w in words if _is_direct_victim(w, tok)]
    if direct and direct != words:
        found = kind_of(direct, r)
        if found is not None:
            return found
    return kind_of(words, r)


def _is_direct_victim(word: Token, tok: Token) -> bool:
    for a in (word, *word.ancestors):
        if a.head.i == tok.i or _second_verb(a.head, tok):
            # "attacked the post, killed a civilian and wounded four gendarmes": the objects of
            # the verbs joined to the trigger are its direct victims too
            return a.dep_ in ("dobj", "obj", "nsubjpass", "attr")
        if a.dep_ in ("prep", "relcl", "acl", "advcl") and a.lower_ != "of":
            # "a family in the police area": not the victim itself ("a number of militants"
            # and "members of the unit" are)
            return False
    return False


def _second_verb(verb: Token, tok: Token) -> bool:
    """Is `verb` a verb joined to the trigger `tok` ("attacked ..., killed ... and wounded")?"""
    node = verb
    while node.dep_ == "conj" and node.pos_ == "VERB" and node.head.i != node.i:
        node = node.head
        if node.i == tok.i:
            return True
    return False


def kind_of(words: list[Token], r: Rules) -> str | None:
    facility = {i for m in r.targets_hard.find(words) for i in range(m.start, m.end)}
    people = [w for w in words if w.i not in facility]
    lemmas = [w.lemma_.lower() for w in people]
    fighters = [w for w in people if w.lemma_.lower() in r.military
                or (w.lemma_.lower() == "member" and armed_member(w, r))]
    if any(not _off_duty(w, r) for w in fighters):
        return "military"
    if fighters:
        return "civilian"
    if any(lemma in r.civilian for lemma in lemmas) or any(
        w.ent_type_ == "PERSON" or _nationals(w) for w in people
    ):
        return "civilian"
    return "facility" if facility else None


def _nationals(word: Token) -> bool:
    """'two Palestinians', 'a Kurd': people named by their nation or community alone (no
    'forces', no 'soldiers' after it)."""
    return word.ent_type_ == "NORP" and word.pos_ in ("NOUN", "PROPN") \
        and word.dep_ not in ("compound", "amod") and word.tag_ in ("NNS", "NNPS", "NN", "NNP")


def _off_duty(word: Token, r: Rules) -> bool:
    """'a former soldier', 'an off-duty police officer', 'a retired colonel'."""
    phrase = word
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    mods = [t for t in phrase.subtree if t.i < phrase.i or t.dep_ == "appos"
            or (t.dep_ in ("amod", "advmod") and t.head.i == phrase.i)]
    text = " ".join(t.lower_ for t in phrase.subtree)
    # "a police officer (assumed off-duty)": a parenthesis right after the phrase
    end = max(max(t.i for t in phrase.subtree), phrase.i) + 1
    after = phrase.doc[end : end + 1]
    if after and after[0].text in ("(", "["):
        close = next((t.i for t in phrase.doc[end : end + 8] if t.text in (")", "]")), end)
        text += " " + phrase.doc[end:close].text.lower()
    return any(t.lower_ in r.off_duty for t in mods) or any(
        form in text for form in ("off - duty", "off-duty", "off duty"))


def armed_member(word: Token, r: Rules) -> bool:
    """'a member of the 4th Division', 'a gang member': a fighter; 'members of the ruling
    party' are not."""
    skip = {x.i for c in word.children if c.dep_ in ("conj", "cc") for x in c.subtree}
    words = [t for t in word.subtree if t.i != word.i and t.i not in skip]
    lemmas = {t.lemma_.lower() for t in words}
    if lemmas & r.civil_org:
        return False
    return bool(lemmas & r.member_of) or r.armed.contains(words)
