"""Typing one trigger: an explicit event word checked against what its code needs, and a
generic attack word ("attack", "strike", "fired") typed by the weapon in its sentence, the
attack referred back to, or who or what was hit."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .clauses import other_clauses
from .lexicon import (
    TermIndex,
    TermMatch,
    build_index,
    data_words,
    load_toml,
    single_word_targets,
    span_ent_labels,
    word_set,
)
from .participants import (
    REPORTING_VERBS,
    agent_words,
    armed_member,
    core,
    head_of,
    kind_of,
    repelled,
    victim_kind,
    victim_tokens,
    without_closing_speakers,
)
from .rules import Rules, rules
from .trigger import REMOTE_CODES, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


ANAPHORIC_DETS = frozenset({"the", "this", "these", "those", "such", "that"})


#: Object words that make "launch"/"throw" an attack ("launched an offensive" is handled by
#: the explicit lexicon).
ATTACK_NOUNS = frozenset({"attack", "strike", "assault", "raid", "offensive", "operation"})


#: Subjects by which a party's own statement names the party itself.
OWN_SUBJECTS = frozenset({"it", "they", "we"})


def _own_account(verb: Token) -> bool:
    """ "An Israeli air strike hit a school ... The Israeli military said it had targeted
    militants inside the school": a party's account of its own act just after a strike is
    reported tells of that strike."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in OWN_SUBJECTS for c in verb.children)


#: Named entities whose words are names, not events ("the National Liberation Army", "on 14
#: March").
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "DATE"})


#: Prepositions that introduce the sides of a fight.
SIDE_PREPS = frozenset({"between", "with", "among", "against"})


#: Verbs whose object is what was hit, destroyed or taken: a weapon there is a target ("destroyed
#: a tank", "seized a drone"), not the weapon used.
HIT_VERBS = frozenset({"destroy", "damage", "disable", "seize", "capture", "hit", "target",
                       "burn", "torch", "seizure", "destruction"})


def weapon_hit(tok: Token) -> bool:
    """'attacked a convoy, destroying a tank': the weapon word names what was hit."""
    return tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in HIT_VERBS


def carried_weapon(tok: Token) -> bool:
    """'a militant armed with a hand grenade': a weapon carried, not used."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and \
        tok.head.head.lower_ == "armed"


#: Verbs of what is done to people: their object is a person acted on, not an act of theirs.
ACTED_ON = frozenset({"kill", "arrest", "capture", "detain", "shoot", "neutralize",
                      "neutralise", "apprehend", "catch", "intercept", "eliminate"})


def bomber_acted_on(tok: Token, code: str) -> bool:
    """'forces killed two suicide bombers', 'one of the bombers was arrested': the bombers
    were stopped, no suicide bombing took place in the words that name them."""
    if code != "SUIC_BOMB" or tok.lemma_.lower() != "bomber":
        return False
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "of":  # "one of the suicide bombers"
        node = node.head.head
    return node.dep_ in ("dobj", "obj", "nsubjpass") and node.head.lemma_.lower() in ACTED_ON


def describes_person(tok: Token, r: Rules) -> bool:
    """'a kidnapping suspect', 'drug trafficking charges': the event word qualifies a noun;
    'a camp for displaced people', 'evacuated residents': a participle tells what befell the
    people it describes, at some other time, and reports no event of its own (a present
    participle, 'protesting residents', is what they are doing there and then)."""
    if tok.dep_ == "amod" and tok.tag_ == "VBN" \
            and kind_of([tok.head], r) in ("civilian", "military"):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("pobj", "dobj") \
            and kind_of([tok.head], r) == "military":
        return True  # "supplied fuel to Russian forces fighting in Ukraine": who they are
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in r.modifier_of


#: Prepositions that make a crime word the charge or the target of an action ("arrested for
#: smuggling", "an operation against drug trafficking", "suspected of extortion").
CHARGE_PREPS = frozenset({"for", "against", "of", "on", "with", "over", "about", "in"})


def names_a_charge(tok: Token, code: str) -> bool:
    """A crime word that names what someone is charged with or fought, not a crime that took
    place ("an operation against drug trafficking", "charged with smuggling", "two men
    suspected of robberies", "a man suspected of kidnapping a child")."""
    node = tok
    while node.dep_ in ("compound", "amod", "conj") and node.head.i != node.i:
        node = node.head
    if not (node.dep_ in ("pobj", "pcomp") and node.head.lower_ in CHARGE_PREPS):
        return False
    # other crimes only as a suspicion or charge ("two men suspected of robberies", "a man
    # accused of kidnapping a child")
    accusing = data_words("document.toml", "charges", "accusing")
    return code == "ORG_CRIME" or node.head.head.lemma_.lower() in accusing


def agreement_in_force(tok: Token, code: str) -> bool:
    """An agreement word that a verb or noun of keeping or breaking it governs ("violating
    the ceasefire", "violations of the truce", "the ceasefire was extended"): an agreement
    already made, no agreement event."""
    if code != "AGREEMENT":
        return False
    in_force = data_words("triggers.toml", "agreements", "in_force")
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in in_force:
        return True  # "ceasefire violations": the agreement word names what was violated
    node = tok
    while node.dep_ in ("amod", "conj") and node.head.i != node.i:
        node = node.head
    governor = node.head.head if node.dep_ == "pobj" else node.head
    return node.dep_ in ("dobj", "pobj", "nsubjpass") and governor.lemma_.lower() in in_force


def harms_no_property(tok: Token, code: str) -> bool:
    """A destruction word whose object is no thing ("sabotaging talks", "destroyed any hope
    of a deal"): a figure of speech, no property destroyed."""
    if code != "PROPERTY_DISTRUCT":
        return False
    intangible = data_words("triggers.toml", "intangibles", "objects")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in intangible for o in objects)


def told_with_a_charge(tok: Token) -> bool:
    """A participle hung on an accusation with a charge ("accused Russia of shelling the town,
    killing 11 people"): the killing is the charged act's outcome, told as part of the charge,
    not an act of the accuser."""
    verb = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or verb.i == tok.i or tok.i < verb.i:
        return False
    accusing = data_words("document.toml", "charges", "accusing")
    return verb.lemma_.lower() in accusing and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < tok.i for c in verb.children)


def claims_a_clause(doc: Doc, m: TermMatch[tuple[str, str | None]]) -> bool:
    """ "Russia claimed the attack was staged": the act named after "claim" is the subject of
    what is claimed about it, not the act claimed as one's own ("claimed the attack"). "No
    group claimed the attack": no one claimed it."""
    if not m.term.startswith("claim ") or m.end - m.start < 2:
        return False
    act, verb = doc[m.end - 1], doc[m.start]
    nobody = any(c.dep_ == "nsubj" and (c.lower_ in _NOBODY or any(
        g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in verb.children)
    return act.dep_ in ("nsubj", "nsubjpass") or nobody


#: Subjects that say no one did it ("nobody claimed the attack").
_NOBODY = frozenset({"nobody", "none", "no-one"})


def needs_met(sent: Span, tokens: list[Token], payload: tuple[str, str | None],
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


def in_name(doc: Doc, m: TermMatch[tuple[str, str | None]]) -> bool:
    """A capitalised trigger word inside an organisation's or a person's name."""
    toks = doc[m.start : m.end]
    return all(t.ent_type_ in NAME_LABELS and t.is_title for t in toks)


def names_a_group(doc: Doc, m: TermMatch[tuple[str, str | None]], r: Rules) -> bool:
    """'The Houthi movement said ...': a noun that heads a group's name ('movement', 'front'),
    right after a named armed group or organisation, is part of the name and no event."""
    if m.end - m.start != 1 or doc[m.start].lemma_.lower() not in r.name_heads or m.start == 0:
        return False
    before = doc[m.start - 1]
    if before.ent_type_ == "ORG" and before.head.i == m.start:
        return True
    lo = max(before.sent.start, m.start - 4)
    words = list(doc[lo : m.start])
    return any(g.end == m.start and g.payload == "group" for g in r.armed.find(words))


def captures_people(tok: Token, r: Rules) -> bool:
    """Is what was captured or seized people (its object or passive subject)?"""
    node = tok
    while node.dep_ in ("conj", "advcl") and not any(
        c.dep_ in ("nsubjpass", "dobj", "obj", "nsubj") for c in node.children
    ):
        node = node.head
    objects = [c for c in node.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    if any(c.lemma_.lower() in single_word_targets("military") for c in objects):
        return False  # "captured a battalion headquarters": a place held, not people
    if any(c.pos_ in ("NUM", "PRON") or c.lemma_.lower() in ("third", "other", "one")
           for c in objects):
        return True  # "captured a third", "captured them"
    words = [t for c in objects for t in core(c) if not _under_prep(t, c)]
    return kind_of(words, r) in ("military", "civilian")


def captive_code(tok: Token) -> str | None:
    """The code of people captured or seized ("captures_people"): an arrest by a state's
    forces, an abduction by anyone else; None when no one is said to have taken them
    ("militants were captured")."""
    captors = agent_words(tok)
    if not captors:
        return None
    state = data_words("triggers.toml", "captives", "state_captors")
    return "ARREST" if any(w.lemma_.lower() in state for w in captors) else "ABDUCT_DISSAP"


def seizes_ground(tok: Token) -> bool:
    """Is what "seized" took ground ("seized the town", "seized Gao", "seized two army
    posts"), not goods, papers or an opportunity?"""
    places = data_words("actors.toml", "places", "heads")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in places
        or o.lemma_.lower() in single_word_targets("military") for o in objects)


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
    labels = span_ent_labels(sent)
    return "PERSON" in labels or "NORP" in labels or labels.count("GPE") >= 2


#: Explicit codes of what a weapon did: with a weapon fired from a distance as their subject
#: ("shells killed", "a missile destroyed") they are that weapon's strike.
WEAPON_OUTCOMES = frozenset({"ATTACK", "PROPERTY_DISTRUCT"})


def explicit_trigger(sent: Span, m: TermMatch[tuple[str, str | None]], r: Rules) -> Trigger:
    code = m.payload[0]
    head = head_of(sent.doc, m.start, m.end)
    outcome = code == "ATTACK"
    # "shells killed two civilians", "missiles destroyed a power plant": the weapon's event
    weapon = _weapon_as_agent(sent.doc[head], r) if code in WEAPON_OUTCOMES else None
    if weapon is not None:
        code = weapon
    elif (outcome or code == "ABDUCT_DISSAP") and victim_kind(sent.doc[head], r) == "military":
        # soldiers or police killed or carried off are fighters, not civilians: a battle
        code = "ARMED_CLASH"
    return Trigger(code, m.start, m.end, head, m.term, "explicit", r.confidence.get(code, 0.7),
                   outcome=outcome)


def _weapon_as_agent(tok: Token, r: Rules) -> str | None:
    """'shells killed two civilians', 'wounded by a mortar': the weapon that did the killing
    (a weapon fired from a distance; small arms leave the victims to decide)."""
    words = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    found = [m.payload for m in r.weapons.find(words) if m.payload != "ARMED_CLASH"]
    return found[0] if found else None


def unarmed_clash(
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
    if any(t.lemma_.lower() in r.non_state for t in parties) or any(
        _armed_crowd(t, r) for t in parties
    ):
        return trig  # militiamen or "armed youth" fighting villagers: a battle
    armed = r.armed.contains(tokens) or any(t.ent_type_ == "ORG" for t in tokens)
    if armed and not any(_is_crowd(t, r) for t in parties):
        return trig
    return replace(trig, code=other)


def _armed_crowd(tok: Token, r: Rules) -> bool:
    """'armed youth', 'villagers armed with guns': a crowd that carries arms (not 'armed
    police', whom a crowd may fight in a riot)."""
    return tok.lemma_.lower() in r.crowd and any(
        c.lemma_.lower() == "armed" and c.dep_ in ("amod", "acl") for c in tok.children)


def _is_crowd(tok: Token, r: Rules) -> bool:
    """'villagers', 'Indian nationals', 'Palestinians' (not 'National Guard', not 'members of
    the 4th Division')."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}
    if not forms & r.crowd or tok.dep_ in ("compound", "amod"):
        return False
    if tok.lemma_.lower() in ("member", "group") and (
        _named_organisation(tok, r) or r.armed.contains(_with_of_phrase(tok))
    ):
        return False  # "members of Tropa del Infierno clashed with police", "MS-13 members"
    return tok.pos_ in ("NOUN", "PROPN") and not armed_member(tok, r)


def _with_of_phrase(tok: Token) -> list[Token]:
    """The phrase of `tok` and an 'of ...' right after it, which the parser may have attached
    elsewhere ("forces and members of the National Liberation Army")."""
    words = list(tok.subtree)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of" and nxt.i not in {t.i for t in words}:
        words.extend(nxt.subtree)
    return words


def _named_organisation(tok: Token, r: Rules) -> bool:
    """Members of a named organisation that is no party, union or association."""
    words = [t for t in tok.subtree if t.i != tok.i]
    if {t.lemma_.lower() for t in words} & r.civil_org:
        return False
    return any(t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and t.ent_type_ not in (
        "LOC", "NORP", "DATE")) for t in words)


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
                out.extend(t for c in child.children if c.dep_ == "pobj"
                           for t in without_closing_speakers(c))
    return out


def subject_is_event(tok: Token, event_words: set[int]) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in event_words for c in tok.children)


#: What is fired: the shots themselves, no target.
ROUNDS = frozenset({"shot", "round", "bullet", "gunshot", "volley", "burst", "salvo", "air",
                    "sky"})
#: Nouns of the times something happened ("on two occasions").
OCCASIONS = frozenset({"occasion", "incident", "time", "day", "night", "evening", "morning"})
#: Generic words of shooting that may be warning shots.
WARNING_FIRE = frozenset({"fire", "shot", "shoot", "gunshot", "open fire", "shooting",
                          "gunfire"})


def _into_the_air(tok: Token) -> bool:
    """'fired shots in the air', 'warning shots were fired', with nobody named as hit."""
    words = [t.lower_ for t in (*tok.subtree, *tok.head.children)]
    text = " ".join(words)
    warning = "warning" in words or any(form in text for form in (
        "in the air", "into the air", "in air", "into the sky", "in the sky"))
    return warning and not _fired_at(tok)


def _fired_at(tok: Token) -> bool:
    """Did the firing have a target: an object that is no round ("fired 50 shots into the air"
    has none), people it was meant to drive off, or an 'at'/'on' phrase naming no time ("on two
    occasions")?"""
    for child in tok.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass") and child.lemma_.lower() not in ROUNDS \
                and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if child.dep_ in ("advcl", "xcomp") and any(
                c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN", "PRON")
                for c in child.children):
            return True  # "fired shots in the air to disperse protesters": aimed at a crowd
        if child.dep_ == "prep" and child.lower_ in ("at", "on", "upon", "towards", "toward"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if any(o.ent_type_ not in ("DATE", "TIME", "CARDINAL") and
                   o.lemma_.lower() not in OCCASIONS for o in objs):
                return True
    return False


def generic_trigger(
    sent: Span,
    m: TermMatch[str],
    weapons: Sequence[TermMatch[str]],
    recent_remote: str | None,
    r: Rules,
) -> Trigger | None:
    doc = sent.doc
    head = head_of(doc, m.start, m.end)
    tok = doc[head]
    word = m.payload
    if word in r.needs_weapon_object and not _has_weapon_object(tok, weapons):
        return None
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and kind_of([tok.head], r) is not None:
        return None  # "striking doctors", "attacking soldiers": describes people, no event
    prior = r.generic_confidence
    if word in WARNING_FIRE and _into_the_air(tok):
        # shots fired in the air at nobody: a show of force, ACLED's "other" development
        return Trigger("OTHER", m.start, m.end, head, m.term, "victim", prior)
    if repelled(tok) and r.armed.contains(list(sent)):
        # an attack fought off by an armed side is a battle between the two
        return Trigger("ARMED_CLASH", m.start, m.end, head, m.term, "victim", prior)
    elsewhere = other_clauses(tok)  # "..., while Ukrainian drones hit a depot": not its weapon
    weapons = [w for w in weapons if w.start not in elsewhere]
    weapon = _nearest_weapon(tok, weapons)
    if weapon == "ARMED_CLASH" and (victim_kind(tok, r) in ("civilian", "facility")
                                    or r.places_hit.contains(victim_tokens(tok))):
        heavy = [w for w in weapons if w.payload != "ARMED_CLASH"]
        if heavy:
            # heavy weapons fired with small arms at villages or homes: the heaviest decides
            weapon = min(heavy, key=lambda w: abs(w.start - tok.i)).payload
        elif victim_kind(tok, r) == "civilian":
            # small arms turned on unarmed people: an attack, not an exchange of fire
            return Trigger("ATTACK", m.start, m.end, head, m.term, "victim", prior)
    if weapon is not None:
        return Trigger(weapon, m.start, m.end, head, m.term, "weapon", prior)
    if recent_remote is not None and _is_anaphoric(tok):
        return Trigger(recent_remote, m.start, m.end, head, m.term, "anaphora", prior)
    by_group = _by_a_group(tok, word)
    if by_group is not None:
        return Trigger(by_group, m.start, m.end, head, m.term, "doer", prior)
    code = _by_a_state(tok, word) or r.defaults.get(word, "ATTACK")
    if tok.tag_ == "NNS" and word in r.plural_defaults:
        code = r.plural_defaults[word]
    victim = None if code in REMOTE_CODES else victim_kind(tok, r)
    if victim == "military":
        return Trigger("ARMED_CLASH", m.start, m.end, head, m.term, "victim", prior)
    if victim == "civilian":
        return Trigger("ATTACK", m.start, m.end, head, m.term, "victim", prior)
    if victim == "facility":
        # gunfire at a house or a shop is violence against the people in it; other damage
        # to a building is property destruction
        code = "ATTACK" if word in WARNING_FIRE else "PROPERTY_DISTRUCT"
        return Trigger(code, m.start, m.end, head, m.term, "victim", prior)
    return Trigger(code, m.start, m.end, head, m.term, "default", prior)


def _by_a_state(tok: Token, word: str) -> str | None:
    """The code of a generic word done by a state's forces ("the Russian bombing of Aleppo",
    "the army's bombing of villages", "a bombing by government troops"), when it has one."""
    code = load_toml("triggers.toml")["generic"].get("state_default", {}).get(word)
    if code is None:
        return None
    doers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    doers += [g for c in tok.children if c.dep_ == "agent" or c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" for g in (p, *p.children)]
    nations = load_toml("actors.toml")["demonyms"]
    forces = word_set(load_toml("triggers.toml")["generic"]["state_doers"]["words"])
    return code if any(d.ent_type_ == "GPE" or d.lower_ in nations or d.lemma_.lower() in forces
                       for d in doers) else None


def _by_a_group(tok: Token, word: str) -> str | None:
    """The code of a generic word done by a non-state armed group ("militants bombed a
    bridge", "Al Shabaab fighters bombed the base", "bombed by insurgents"), when it has one:
    the subject or passive agent is a group's word or a named rebel group or militia."""
    code = load_toml("triggers.toml")["generic"].get("group_default", {}).get(word)
    if not isinstance(code, str):
        return None
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [p for c in tok.children if c.dep_ == "agent" for p in c.children
              if p.dep_ == "pobj"]
    words = word_set(load_toml("triggers.toml")["generic"]["group_doers"]["words"])
    for doer in doers:
        phrase = [doer, *(c for c in doer.children if c.dep_ in ("compound", "amod"))]
        if any(w.lemma_.lower() in words for w in phrase):
            return code
        phrase = list(tok.doc[doer.left_edge.i : doer.i + 1])
        if any(m.payload.get("kind") in ("rebel", "militia") for m in _groups().find(phrase)):
            return code
    return None


@functools.cache
def _groups() -> TermIndex[dict[str, Any]]:
    """The named armed groups of actors.toml."""
    return build_index(load_toml("actors.toml")["groups"].items())


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
    if tok.pos_ == "VERB":
        return _own_account(tok)
    if tok.pos_ != "NOUN":
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    return bool(dets & ANAPHORIC_DETS) or tok.tag_ == "NNS"
