"""Trigger detection: which events a sentence describes, each typed by the rule lexicons.

A sentence yields 0..n triggers. Explicit triggers name their code ("shelling", "kidnapped");
generic attack words ("attack", "strike", "fired") take the code of a weapon in the sentence,
else of the attack the text referred to just before ("the attack"), else of who or what was hit.
Sentence-level rules then upgrade protests with intervention or violence cues and absorb
outcome words (a killing, damage) into the attack that caused them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..records import Modality
from .classify import choose_code
from .diplomacy import drop_domestic_meetings
from .interception import retype_interception
from .lexicon import TermMatch
from .modality import modality_of
from .rules import Rules, rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Codes whose events are attacks from a distance; a generic "the attack" may refer back to one.
REMOTE_CODES = frozenset(
    {"AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SUIC_BOMB", "CHEM_WEAP"}
)
PROTEST_CODES = frozenset(
    {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"}
)
#: Modifiers of a trigger noun that make it a past event the text refers back to.
EARLIER_WORDS = frozenset({"early", "earlier", "previous", "prior", "past", "former"})
SIMILAR_WORDS = frozenset({"similar", "comparable", "same"})
ANAPHORIC_DETS = frozenset({"the", "this", "these", "those", "such", "that"})
#: Object words that make "launch"/"throw" an attack ("launched an offensive" is handled by
#: the explicit lexicon).
ATTACK_NOUNS = frozenset({"attack", "strike", "assault", "raid", "offensive", "operation"})
#: Prepositions that introduce what an attack was aimed at.
TARGET_PREPS = frozenset({"on", "against", "at", "into", "toward", "towards", "upon"})
#: Resolution paths of a generic trigger, best first.
SOURCE_RANK = {"explicit": 0, "weapon": 1, "anaphora": 2, "victim": 3, "default": 4}
SOURCE_CONFIDENCE = {"explicit": 1.0, "weapon": 0.95, "anaphora": 0.8, "victim": 0.75,
                     "default": 0.6}


@dataclass(frozen=True)
class Trigger:
    """One event found in a sentence (token indices are doc indices)."""

    code: str
    start: int
    end: int
    head: int
    term: str
    source: str
    prior: float
    #: Set when the trigger names a past event the text refers back to.
    relation: str | None = None
    #: Other trigger spans (token start, end) folded into this one.
    also: tuple[tuple[int, int], ...] = ()
    modality: Modality = "occurred"
    #: Set when the trigger sits in a clause giving the background of the sentence's main event
    #: ("protested after the arrest of", "deployed following clashes").
    background: bool = False
    #: A killing or injury word ("killed", "wounded"): the outcome of whatever other violent
    #: event the sentence names.
    outcome: bool = False


# --- sentences -------------------------------------------------------------------------------


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, also split at line breaks (titles, one-line paragraphs)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or (tok.i > start and "\n" in doc[tok.i - 1].whitespace_):
                if tok.i > start and "\n" in tok.text:
                    out.append(doc[start : tok.i])
                    start = tok.i + 1
                elif tok.i > start:
                    out.append(doc[start : tok.i])
                    start = tok.i
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space and not t.is_punct for t in s)]


# --- detection -------------------------------------------------------------------------------


def detect(
    sent: Span, recent_remote: str | None = None, probs: dict[str, float] | None = None
) -> list[Trigger]:
    """Every event trigger of one sentence, typed, upgraded, absorbed and de-duplicated.

    `recent_remote` is the code of the last attack from a distance the document reported before
    this sentence: "the attack" with no weapon of its own takes it. `probs` are the statistical
    model's code probabilities for the sentence (see classify.choose_code).
    """
    r = rules()
    tokens = list(sent)
    taken: set[int] = set()
    r.not_weapons.find(tokens, taken)
    excluded = set(taken)  # "tear gas shells" are no weapon
    r.exclude.find(tokens, taken)
    found: list[Trigger] = []
    for m in r.explicit.find(tokens, taken):
        payload = next((p for p in r.alternatives[m.term] if _needs_met(sent, tokens, p, r)),
                       None)
        head = sent.doc[_head_of(sent.doc, m.start, m.end)]
        if payload is None or _in_name(sent.doc, m) or _describes_person(head, r):
            continue
        if payload[0] in TERRITORY_CODES and _captures_people(head, r):
            continue  # "militants were captured": people, not territory
        found.append(_explicit(sent, TermMatch(m.start, m.end, payload, m.term), r))
    weapons = r.weapons.find(tokens, excluded)
    found = [_unarmed(t, tokens, weapons, r) for t in found]
    named = {i for t in found for i in range(t.start, t.end)}
    for gm in r.generic.find(tokens, taken):
        if _subject_is_event(sent.doc[_head_of(sent.doc, gm.start, gm.end)], named):
            continue  # "the destruction hit the economy": not a second attack
        trig = _generic(sent, gm, weapons, recent_remote, r)
        if trig is not None:
            found.append(replace(trig, code=choose_code(trig.code, trig.source, probs)))
    found = drop_domestic_meetings(sent.doc, [retype_interception(sent.doc, t) for t in found])
    found = _with_modality(sent.doc, [_with_relation(sent.doc, t) for t in found])
    found = _upgrade(tokens, found, r)
    found = _attack_on_property(found)
    found = _armed_on_property(sent, found, r)
    found = _merge_generic(found)
    found = _killing_over_abduction(found)
    found = _mark_background(sent.doc, found)
    found = _absorb(found, r)
    found = _one_sided(sent.doc, found, r)
    found = [_riot_on_people(sent, t, r) for t in found]
    found = [_by_mob(sent, t, r) for t in found]
    return _dedupe(found)


def _describes_person(tok: Token, r: Rules) -> bool:
    """'a kidnapping suspect', 'drug trafficking charges': the event word qualifies a noun."""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in r.modifier_of


def _one_sided(doc: Doc, found: list[Trigger], r: Rules) -> list[Trigger]:
    """An 'armed clash' word that names no fighting of both sides ("an incursion", "opened fire",
    "using small arms") whose victims are all unarmed people is an attack on civilians."""
    out: list[Trigger] = []
    for t in found:
        if t.code == "ARMED_CLASH" and t.term not in r.mutual and t.relation is None:
            # the killings and injuries folded into the trigger name its victims best
            heads = _heads(doc, t)[1:] or [t.head]
            kinds = {_victim_kind(doc[h], r) for h in heads}
            if "civilian" in kinds and "military" not in kinds:
                t = replace(t, code="ATTACK")
        out.append(t)
    return out


#: Words introducing the background of a sentence's main event.
BACKGROUND_MARKS = frozenset({"after", "following", "since", "because", "amid", "amidst",
                              "despite", "over", "as"})


def _mark_background(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Triggers inside an 'after ...', 'following ...', 'amid ...' phrase describe what led to
    the sentence's main event; they stay events but are not the main one."""
    flags = [_in_background(doc[t.head]) for t in found]
    if all(flags) or not any(flags):
        return found
    return [replace(t, background=True) if flag else t for t, flag in zip(found, flags,
                                                                           strict=True)]


def _in_background(tok: Token) -> bool:
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in BACKGROUND_MARKS:
            return True
        if node.dep_ in ("advcl", "pcomp") and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children
        ):
            return True
        node = node.head
    return False


def _riot_on_people(sent: Span, trig: Trigger, r: Rules) -> Trigger:
    """Rioters who attack, beat or kill people, with no demand or protest named, are a mob."""
    if trig.code != "VIOL_DEMONSTR" or trig.term not in r.riot_terms or not trig.also:
        return trig
    doc = sent.doc
    heads = [doc[_head_of(doc, s, e)] for s, e in trig.also]
    # violence of the rioters themselves, not of the police firing at them
    heads = [h for h in heads if not r.armed.contains(agent_words(h))]
    hit = {_victim_kind(h, r) for h in heads}
    if not hit & {"civilian", "military"}:
        return trig
    if upgraded_code("MOB_VIOL", list(sent)) != "MOB_VIOL":
        return trig
    return replace(trig, code="MOB_VIOL")


def _by_mob(sent: Span, trig: Trigger, r: Rules) -> Trigger:
    """An attack carried out by unorganised people (locals, a crowd, traders) with no firearm
    is mob violence, whoever they attacked ("villagers assaulted police personnel")."""
    one_sided = trig.code == "ARMED_CLASH" and trig.term not in r.mutual
    if not (trig.code == "ATTACK" or one_sided) or trig.source == "weapon":
        return trig
    doc = sent.doc
    agents = [t for h in _heads(doc, trig) for t in agent_words(doc[h])]
    if is_mob(agents, list(sent)) or _beaten_by_people(sent, trig, agents, r):
        return replace(trig, code="MOB_VIOL")
    return trig


#: Words that show beaters to be an organised group ("members of the Los Zetas gang").
ORGANISED = frozenset({"gang", "cartel", "militia", "militiaman", "faction", "police",
                       "soldier", "army", "guard", "officer", "agent", "force"})


def _beaten_by_people(sent: Span, trig: Trigger, agents: list[Token], r: Rules) -> bool:
    """'beaten to death by four men', 'five persons beat up a man with sticks': a beating by
    people nothing shows to be organised or armed."""
    if trig.code != "ATTACK":
        return False
    doc = sent.doc
    lemmas = {term.split("/")[0] for term in r.beating if " " not in term}
    words = {doc[h].lemma_.lower() for h in _heads(doc, trig)}
    if trig.term not in r.beating and not words & lemmas:
        return False
    tokens = list(sent)
    if r.firearm.contains(tokens) or r.weapons.contains(tokens) or r.armed.contains(tokens):
        return False
    if any(t.ent_type_ in ("ORG", "NORP") or t.lemma_.lower() in ORGANISED for t in agents):
        return False
    heads = [t for t in agents if t.dep_ in ("nsubj", "pobj") or t.head.dep_ == "agent"]
    return any(t.lemma_.lower() in r.people for t in heads or agents)


def is_mob(agents: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """Do the perpetrator words `agents` name unorganised, unarmed people?"""
    r = rules()
    if not agents or not r.mob.contains(agents):
        return False
    if r.armed.contains(agents) or any(t.ent_type_ == "ORG" for t in agents):
        return False
    return not r.firearm.contains(sentence) and not r.weapons.contains(sentence)


def agent_words(tok: Token) -> list[Token]:
    """The words naming who did what `tok` says: its subject, or the 'by' agent of a passive."""
    out: list[Token] = []
    node = tok
    if tok.dep_ in ("conj", "xcomp") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children
    ):
        node = tok.head
    for child in node.children:
        if child.dep_ == "nsubj":
            out.extend(_noun_phrase(child))
        elif child.dep_ == "agent":
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in _noun_phrase(c))
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


def _heads(doc: Doc, trig: Trigger) -> list[int]:
    return [trig.head, *(_head_of(doc, s, e) for s, e in trig.also)]


#: Trigger words of a killing (not of an injury or a beating).
FATAL_TERMS = frozenset({"kill/VERB", "murder", "assassinate", "behead", "execute", "shoot dead",
                         "gun down", "hack to death", "beat to death", "massacre",
                         "shoot and kill", "stab to death"})


def _killing_over_abduction(found: list[Trigger]) -> list[Trigger]:
    """People killed and others abducted in one assault: the killing is the event (an attack),
    the abduction part of it."""
    fatal = [t for t in found if t.code in ("ATTACK", "ARMED_CLASH") and t.relation is None
             and t.modality == "occurred" and t.term in FATAL_TERMS]
    abducts = [t for t in found if t.code == "ABDUCT_DISSAP" and t.relation is None
               and t.modality == "occurred"]
    if not abducts or not fatal:
        return found
    spans = tuple(sp for a in abducts for sp in ((a.start, a.end), *a.also))
    return [replace(t, also=t.also + spans) if t is fatal[0] else t
            for t in found if t not in abducts]


def _needs_met(sent: Span, tokens: list[Token], payload: tuple[str, str | None],
               r: Rules) -> bool:
    """Does the sentence have what a trigger of this code needs (an armed actor, an official,
    one of the code's cue words)?"""
    code, needs = payload
    if needs == "armed":
        return r.armed.contains(tokens)
    if needs == "official":
        return r.official.contains(tokens) or _has_person(sent)
    if needs == "cue":
        return r.conditional_cues[code].contains(tokens)
    return True


TERRITORY_CODES = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"})
#: Named entities whose words are names, not events ("the National Liberation Army", "on 14
#: March").
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "DATE"})


def _in_name(doc: Doc, m: TermMatch[tuple[str, str | None]]) -> bool:
    """A capitalised trigger word inside an organisation's or a person's name."""
    toks = doc[m.start : m.end]
    return all(t.ent_type_ in NAME_LABELS and t.is_title for t in toks)


def _captures_people(tok: Token, r: Rules) -> bool:
    """Is what was captured or seized people (its object or passive subject)?"""
    node = tok
    while node.dep_ in ("conj", "advcl") and not any(
        c.dep_ in ("nsubjpass", "dobj", "obj", "nsubj") for c in node.children
    ):
        node = node.head
    objects = [c for c in node.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if any(c.pos_ in ("NUM", "PRON") or c.lemma_.lower() in ("third", "other", "one")
           for c in objects):
        return True  # "captured a third", "captured them"
    words = [t for c in objects for t in _core(c) if not _under_prep(t, c)]
    return _kind_of(words, r) in ("military", "civilian")


def _under_prep(tok: Token, top: Token) -> bool:
    """Is `tok` inside a prepositional phrase of the phrase headed by `top` ('control of X')?"""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "prep":
            return True
        node = node.head
    return False


def _has_person(sent: Span) -> bool:
    """A named person or nation (a state party), or two named places (two states)."""
    labels = [ent.label_ for ent in sent.ents]
    return "PERSON" in labels or "NORP" in labels or labels.count("GPE") >= 2


def _explicit(sent: Span, m: TermMatch[tuple[str, str | None]], r: Rules) -> Trigger:
    code = m.payload[0]
    head = _head_of(sent.doc, m.start, m.end)
    outcome = code == "ATTACK"
    weapon = _weapon_as_agent(sent.doc[head], r) if outcome else None
    if weapon is not None:
        code = weapon
    elif outcome and _victim_kind(sent.doc[head], r) == "military":
        code = "ARMED_CLASH"
    return Trigger(code, m.start, m.end, head, m.term, "explicit", r.confidence.get(code, 0.7),
                   outcome=outcome)


def _weapon_as_agent(tok: Token, r: Rules) -> str | None:
    """'shells killed two civilians', 'wounded by a mortar': the weapon that did the killing
    (a weapon fired from a distance; small arms leave the victims to decide)."""
    words = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    found = [m.payload for m in r.weapons.find(words) if m.payload != "ARMED_CLASH"]
    return found[0] if found else None


def _unarmed(
    trig: Trigger, tokens: list[Token], weapons: Sequence[TermMatch[str]], r: Rules
) -> Trigger:
    """A clash where nobody is armed (villagers, two groups) is mob violence."""
    other = r.unarmed.get(trig.code)
    if other is None or trig.term not in r.unarmed_terms or weapons:
        return trig
    if r.firearm.contains(tokens):
        return trig  # shots fired: whoever fought was armed
    if r.crude.contains(tokens):
        return replace(trig, code=other)  # machetes and sticks: a brawl
    parties = _parties(tokens[0].doc[trig.head]) or tokens
    armed = r.armed.contains(tokens) or any(t.ent_type_ == "ORG" for t in tokens)
    if armed and not any(_is_crowd(t, r) for t in parties):
        return trig
    return replace(trig, code=other)


def _is_crowd(tok: Token, r: Rules) -> bool:
    """'villagers', 'Indian nationals', 'Palestinians' (not 'National Guard', not 'members of
    the 4th Division')."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
    if not forms & r.crowd or tok.dep_ in ("compound", "amod"):
        return False
    if tok.lemma_.lower() in ("member", "group") and _named_organisation(tok, r):
        return False  # "members of Tropa del Infierno clashed with police"
    return tok.pos_ in ("NOUN", "PROPN") and not _armed_member(tok, r)


def _named_organisation(tok: Token, r: Rules) -> bool:
    """Members of a named organisation that is no party, union or association."""
    words = [t for t in tok.subtree if t.i != tok.i]
    if {t.lemma_.lower() for t in words} & r.civil_org:
        return False
    return any(t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.ent_type_ not in (
        "LOC", "NORP", "DATE")) for t in words)


#: Prepositions that introduce the sides of a fight.
SIDE_PREPS = frozenset({"between", "with", "among", "against"})


def _parties(tok: Token) -> list[Token]:
    """The words naming the sides of a fight: the subject of the clash verb and the objects of
    'between', 'with', 'against' (not places or times)."""
    nodes = [tok, tok.head] if tok.pos_ == "NOUN" else [tok]
    out: list[Token] = []
    for node in nodes:
        for child in node.children:
            if child.dep_ == "nsubj" and child.i != tok.i:
                out.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in SIDE_PREPS:
                out.extend(t for c in child.children if c.dep_ == "pobj" for t in c.subtree)
    return out


def _subject_is_event(tok: Token, event_words: set[int]) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in event_words for c in tok.children)


def _head_of(doc: Doc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the phrase's syntactic head)."""
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return i
    return start


def _generic(
    sent: Span,
    m: TermMatch[str],
    weapons: Sequence[TermMatch[str]],
    recent_remote: str | None,
    r: Rules,
) -> Trigger | None:
    doc = sent.doc
    head = _head_of(doc, m.start, m.end)
    tok = doc[head]
    word = m.payload
    if word in r.needs_weapon_object and not _has_weapon_object(tok, weapons):
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and _kind_of([tok.head], r) is not None:
        return None  # "striking doctors", "attacking soldiers": describes people, no event
    prior = r.generic_confidence
    weapon = _nearest_weapon(tok, weapons)
    if weapon == "ARMED_CLASH" and (_victim_kind(tok, r) in ("civilian", "facility")
                                    or r.places_hit.contains(victim_tokens(tok))):
        heavy = [w for w in weapons if w.payload != "ARMED_CLASH"]
        if heavy:
            # heavy weapons fired with small arms at villages or homes: the heaviest decides
            weapon = min(heavy, key=lambda w: abs(w.start - tok.i)).payload
        elif _victim_kind(tok, r) == "civilian":
            # small arms turned on unarmed people: an attack, not an exchange of fire
            return Trigger("ATTACK", m.start, m.end, head, m.term, "victim", prior)
    if weapon is not None:
        return Trigger(weapon, m.start, m.end, head, m.term, "weapon", prior)
    if recent_remote is not None and _is_anaphoric(tok):
        return Trigger(recent_remote, m.start, m.end, head, m.term, "anaphora", prior)
    code = r.defaults.get(word, "ATTACK")
    if tok.tag_ == "NNS" and word in r.plural_defaults:
        code = r.plural_defaults[word]
    victim = None if code in REMOTE_CODES else _victim_kind(tok, r)
    if victim == "military":
        return Trigger("ARMED_CLASH", m.start, m.end, head, m.term, "victim", prior)
    if victim == "civilian":
        return Trigger("ATTACK", m.start, m.end, head, m.term, "victim", prior)
    if victim == "facility":
        return Trigger("PROPERTY_DISTRUCT", m.start, m.end, head, m.term, "victim", prior)
    return Trigger(code, m.start, m.end, head, m.term, "default", prior)


def _has_weapon_object(tok: Token, weapons: Sequence[TermMatch[str]]) -> bool:
    inside = {t.i for child in tok.children if child.dep_ in ("dobj", "obj") for t in child.subtree}
    if any(w.start in inside for w in weapons):
        return True
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in ATTACK_NOUNS for child in tok.children
    )


def _nearest_weapon(tok: Token, weapons: Sequence[TermMatch[str]]) -> str | None:
    """The weapon word in the trigger's phrase (or its clause), else the nearest one."""
    if not weapons:
        return None
    for code in rules().weapon_priority:
        if any(w.payload == code for w in weapons):
            return code
    near = {t.i for t in tok.subtree} | {t.i for t in tok.head.children} | {tok.head.i}
    close = [w for w in weapons if w.start in near]
    pool = close or list(weapons)
    best = min(pool, key=lambda w: abs(w.start - tok.i))
    return best.payload


def _is_anaphoric(tok: Token) -> bool:
    if tok.pos_ != "NOUN":
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    return bool(dets & ANAPHORIC_DETS) or tok.tag_ == "NNS"


def victim_tokens(tok: Token) -> list[Token]:
    """The words naming who or what an event hit: objects, passive subjects, 'on X' phrases."""
    out: list[Token] = []
    for child in tok.children:
        direct = child.dep_ in ("dobj", "obj", "nsubjpass", "attr")
        if direct and child.pos_ == "NUM" and not any(True for _ in child.children):
            out.extend(_after_number(child))  # "killed 3 IS militants", misparsed
        elif direct or (child.dep_ in ("prep", "agent") and child.lower_ in TARGET_PREPS):
            out.extend(_core(child))
        elif child.dep_ == "conj" and child.pos_ == "VERB":
            # "shot and injured the officer": the object of the second verb
            out.extend(t for c in child.children if c.dep_ == "dobj" for t in _core(c))
    if _suffered(tok):
        # "suffered damage", "came under attack": the subject of the governing verb.
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.dep_ in ("xcomp", "ccomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            verb = verb.head  # "claimed to have thwarted an attack"
        out.extend(t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in _core(c))
    return out


def _after_number(num: Token) -> list[Token]:
    """A bare number the parser took for the whole object: it and the nouns right after it."""
    out = [num]
    for t in num.doc[num.i + 1 : num.i + 4]:
        if t.pos_ not in ("NOUN", "PROPN", "AUX", "ADJ"):
            break
        out.append(t)
    return out


#: Verbs whose subject undergoes the event named by their object ("suffered damage",
#: "thwarted an attack").
SUFFER_VERBS = frozenset({"suffer", "sustain", "face", "undergo", "receive", "survive",
                          "endure", "experience", "come", "be", "thwart", "repel", "foil",
                          "repulse", "counter", "resist", "withstand"})


def _suffered(tok: Token) -> bool:
    """'suffered damage', 'came under attack', 'was under fire' (not 'killed ... during a
    raid', whose subject is the raider)."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in SUFFER_VERBS
    return tok.dep_ == "pobj" and tok.head.lower_ == "under"


#: Dependents that describe a victim further ("a vehicle passing near the base", "a man who
#: ...") rather than say who the victim is.
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _core(tok: Token) -> list[Token]:
    """A phrase's subtree without its relative and participial clauses."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t.dep_ in DESCRIPTIVE_DEPS and t.i != tok.i:
            skip.update(x.i for x in t.subtree)
    return [t for t in tok.subtree if t.i not in skip]


def _victim_kind(tok: Token, r: Rules) -> str | None:
    """Who or what was hit: the direct object (or passive subject) decides before 'on X'."""
    words = victim_tokens(tok)
    direct = [w for w in words if _is_direct_victim(w, tok)]
    if direct and direct != words:
        found = _kind_of(direct, r)
        if found is not None:
            return found
    return _kind_of(words, r)


def _is_direct_victim(word: Token, tok: Token) -> bool:
    for a in (word, *word.ancestors):
        if a.head.i == tok.i:
            return a.dep_ in ("dobj", "obj", "nsubjpass", "attr")
        if a.dep_ in ("prep", "relcl", "acl", "advcl"):
            return False  # "a family in the police area": not the victim itself
    return False


def _kind_of(words: list[Token], r: Rules) -> str | None:
    facility = {i for m in r.targets_hard.find(words) for i in range(m.start, m.end)}
    people = [w for w in words if w.i not in facility]
    lemmas = [w.lemma_.lower() for w in people]
    fighters = [w for w in people if w.lemma_.lower() in r.military
                or (w.lemma_.lower() == "member" and _armed_member(w, r))]
    if any(not _off_duty(w, r) for w in fighters):
        return "military"
    if fighters:
        return "civilian"
    if any(lemma in r.civilian for lemma in lemmas) or any(
        w.ent_type_ == "PERSON" for w in people
    ):
        return "civilian"
    return "facility" if facility else None


def _off_duty(word: Token, r: Rules) -> bool:
    """'a former soldier', 'an off-duty police officer', 'a retired colonel'."""
    phrase = word
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    mods = [t for t in phrase.subtree if t.i < phrase.i or t.dep_ == "appos"
            or (t.dep_ in ("amod", "advmod") and t.head.i == phrase.i)]
    text = " ".join(t.lower_ for t in phrase.subtree)
    return any(t.lower_ in r.off_duty for t in mods) or any(
        form in text for form in ("off - duty", "off-duty", "off duty"))


def _armed_member(word: Token, r: Rules) -> bool:
    """'a member of the 4th Division', 'a gang member': a fighter; 'members of the ruling
    party' are not."""
    skip = {x.i for c in word.children if c.dep_ in ("conj", "cc") for x in c.subtree}
    words = [t for t in word.subtree if t.i != word.i and t.i not in skip]
    lemmas = {t.lemma_.lower() for t in words}
    if lemmas & r.civil_org:
        return False
    return bool(lemmas & r.member_of) or r.armed.contains(words)


def _with_relation(doc: Doc, trig: Trigger) -> Trigger:
    """Mark a trigger noun modified by 'earlier', 'previous', 'similar' as a past event."""
    tok = doc[trig.head]
    if tok.pos_ != "NOUN":
        return trig
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "npadvmod")}
    mods |= {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "advmod")}
    if mods & SIMILAR_WORDS:
        return replace(trig, relation="similar_attack")
    if mods & EARLIER_WORDS:
        return replace(trig, relation="earlier_attack")
    return trig


def _with_modality(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    out: list[Trigger] = []
    for trig in found:
        modality = modality_of(doc[trig.head])
        if modality is not None:
            out.append(replace(trig, modality=modality))
    return out


def _upgrade(tokens: list[Token], found: list[Trigger], r: Rules) -> list[Trigger]:
    return [replace(t, code=upgraded_code(t.code, tokens)) for t in found]


def upgraded_code(code: str, tokens: Sequence[Token]) -> str:
    """The code a protest (or riot) takes given the intervention or violence cues among
    `tokens`; cues inside the protest's grievance ("against the arrest of") do not count."""
    r = rules()
    for src, dst, cues in r.upgrades:
        if code in src and any(_cue_counts(tokens[0].doc[m.start], dst, r)
                               for m in cues.find(tokens)):
            code = dst
    return code


def _cue_counts(tok: Token, code: str, r: Rules) -> bool:
    """An upgrade cue counts unless it is part of the grievance, negated ("did not intervene"),
    or, for an intervention, something the protesters did themselves ("blocked the road to
    prevent trucks from ...")."""
    if _in_grievance(tok, r):
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if code == "FORCE_AGAINST_PROTEST" and not _protesters_hit(verb, r):
        return False
    if code == "VIOL_DEMONSTR":
        # violence by the police ("police assaulted the demonstrators", "injured by rubber
        # bullets") is an intervention, not the protesters' own
        agents = agent_words(verb)
        if r.armed.contains(agents) or r.not_weapons.contains(agents):
            return False
    if code == "PROTEST_WITH_INTER":
        subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        if subject and r.mob.contains(subject) and not r.armed.contains(subject):
            return False
        if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB":
            # "... blocked the road to prevent ...": the purpose of the protesters' act (not
            # "police were deployed to prevent the march")
            outer = [t for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree]
            if r.armed.contains(outer):
                return True
            purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if purpose or (outer and r.mob.contains(outer)):
                return False
    return True


def _protesters_hit(verb: Token, r: Rules) -> bool:
    """Were the people killed or shot the protesters (or people not named otherwise)? Police
    killed at a protest, or a journalist whose killing the protest is about, are not."""
    words = victim_tokens(verb)
    if not words:
        return True
    if _kind_of(words, r) == "military":
        return False
    lemmas = {w.lemma_.lower() for w in words}
    return bool(lemmas & (r.crowd | r.people | {"demonstrator", "protester", "protestor"}))


def _in_grievance(tok: Token, r: Rules) -> bool:
    """Is the cue inside the protest's cause: under 'against', 'demanding', or in a clause
    introduced by 'after', 'because' ...?"""
    for a in (tok, *tok.ancestors):
        if a is not tok and (a.lemma_.lower() in r.grievance or a.lower_ in r.grievance):
            return True
        if any(c.dep_ == "mark" and c.lower_ in r.grievance for c in a.children):
            return True
    return False


def _merge_generic(found: list[Trigger]) -> list[Trigger]:
    """All generic (non-explicit, current) triggers of a sentence describe one attack."""
    for modality in ("occurred", "planned", "hypothetical"):
        found = _merge_generic_of(found, modality)
    return found


def _merge_generic_of(found: list[Trigger], modality: str) -> list[Trigger]:
    generic = [
        t for t in found
        if t.source != "explicit" and t.relation is None and t.modality == modality
    ]
    if len(generic) < 2:
        return found
    best = min(generic, key=_rank)
    first = min(generic, key=lambda t: t.start)
    merged = replace(
        first,
        code=best.code,
        source=best.source,
        also=tuple((t.start, t.end) for t in generic if t is not first),
    )
    return [merged if t is first else t for t in found if t not in generic or t is first]


def _attack_on_property(found: list[Trigger]) -> list[Trigger]:
    """'attacked and burned a school', 'an arson attack': with property destruction named and no
    killing, a generic attack word is that destruction."""
    if not any(t.code == "PROPERTY_DISTRUCT" and t.source == "explicit" for t in found):
        return found
    return [
        replace(t, code="PROPERTY_DISTRUCT")
        if t.code == "ATTACK" and t.source in ("victim", "default") else t
        for t in found
    ]


#: Generic words of an assault (not of a strike from a distance).
ASSAULT_WORDS = frozenset({"attack", "raid", "assault", "storm", "open fire", "shoot", "fire",
                           "shooting", "gunshot", "gunfire", "shot"})


def _armed_on_property(sent: Span, found: list[Trigger], r: Rules) -> list[Trigger]:
    """Gunmen, militias or rebels who attack (or shoot at) a village, homes or a business, even
    with only property hit, commit an attack; property destruction is violence-free damage."""
    doc = sent.doc
    out: list[Trigger] = []
    for t in found:
        if t.code == "PROPERTY_DISTRUCT" and t.relation is None:
            words = {t.term.split("/")[0], *(doc[s].lemma_.lower() for s, _ in t.also)}
            violent = bool(words & ASSAULT_WORDS) or r.firearm.contains(list(sent))
            agents = [a for h in _heads(doc, t) for a in agent_words(doc[h])]
            if violent and r.armed.contains(agents):
                t = replace(t, code="ATTACK")
        out.append(t)
    return out


def _absorb_outcomes(found: list[Trigger]) -> list[Trigger]:
    """'8 militants were killed by airstrikes': the killing is the airstrike's outcome, even when
    the victims made it look like a clash."""
    hosts = [t for t in found if not t.outcome and t.relation is None
             and t.code in REMOTE_CODES | {"ARMED_CLASH", "ATTACK", "ABDUCT_DISSAP", "SEX_VIOL"}]
    if not hosts:
        return found
    host = hosts[0]
    outcomes = [t for t in found if t.outcome and t.relation is None
                and t.modality == host.modality]
    if not outcomes:
        return found
    spans = host.also + tuple((t.start, t.end) for t in outcomes)
    code = host.code
    if host.code == "ATTACK" and host.source != "explicit" and \
            min(outcomes, key=lambda t: t.start).code == "ARMED_CLASH":
        code = "ARMED_CLASH"  # "an attack on a checkpoint killed 4 policemen"
    return [replace(t, also=spans, code=code) if t is host else t
            for t in found if t not in outcomes]


def _rank(trig: Trigger) -> float:
    """How well a generic trigger's code is grounded; a remote default ("strike") beats a guess
    from the victim."""
    if trig.source == "default" and trig.code in REMOTE_CODES:
        return 2.5
    return SOURCE_RANK[trig.source]


def _absorb(found: list[Trigger], r: Rules) -> list[Trigger]:
    found = _absorb_outcomes(found)
    for (keep, drop), modality in itertools.product(r.absorb, ("occurred", "planned",
                                                                "hypothetical")):
        current = [t for t in found if t.relation is None and t.modality == modality]
        keepers = [t for t in current if t.code in keep]
        if not keepers:
            continue
        dropped = [t for t in current if t.code in drop and t.code not in keep]
        if not dropped:
            continue
        if all(t.background for t in keepers) and not all(t.background for t in dropped):
            continue  # "troops deployed as battles continue": the deployment is no part of them
        host = keepers[0]
        spans = host.also + tuple((t.start, t.end) for t in dropped)
        found = [replace(t, also=spans) if t is host else t for t in found if t not in dropped]
    return found


def _dedupe(found: list[Trigger]) -> list[Trigger]:
    """One current event per code and sentence; the first trigger carries the others' spans."""
    out: list[Trigger] = []
    for trig in sorted(found, key=lambda t: (SOURCE_RANK[t.source], t.start)):
        same = next(
            (
                o for o in out
                if o.code == trig.code and o.relation is None and o.modality == trig.modality
            ),
            None,
        )
        if same is not None and trig.relation is None:
            idx = out.index(same)
            out[idx] = replace(same, also=same.also + ((trig.start, trig.end),) + trig.also)
            continue
        out.append(trig)
    return sorted(out, key=lambda t: t.start)


@dataclass
class SentenceTriggers:
    """Triggers of one sentence (internal, for the assembly step)."""

    index: int
    sent: Span
    triggers: list[Trigger] = field(default_factory=list)


def trigger_confidence(trig: Trigger) -> float:
    """Rule confidence of a typed trigger: the code prior scaled by how it was resolved."""
    return round(trig.prior * SOURCE_CONFIDENCE[trig.source], 4)


def has_trigger_word(sent: Span) -> bool:
    """Cheap pre-check: does the sentence contain any trigger word at all?"""
    r = rules()
    tokens = list(sent)
    return bool(r.explicit.find(tokens) or r.generic.find(tokens))
