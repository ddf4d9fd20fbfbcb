"""Crowds: protests upgraded by the intervention or violence they met, riots and attacks by
unorganised people (mob violence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import data_words
from .modality import modality_of
from .participants import agent_words, head_of, kind_of, trigger_heads, victim_kind, victim_tokens
from .rules import Rules, rules
from .trigger import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token




def is_mob(agents: Sequence[Token], sentence: Sequence[Token]) -> bool:
    """Do the perpetrator words `agents` name unorganised, unarmed people?"""
    r = rules()
    if not agents or not (r.mob.contains(agents) or _people_of_a_nation(agents)):
        return False
    if r.armed.contains(agents) or any(_named_group(t, agents, r) for t in agents):
        return False
    return not r.firearm.contains(sentence) and not r.weapons.contains(sentence)


def _people_of_a_nation(agents: Sequence[Token]) -> bool:
    """'Palestinians hurled molotov cocktails': people named by their nation alone, a crowd."""
    return any(t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS") and t.dep_ in (
        "nsubj", "pobj") for t in agents)


def _named_group(tok: Token, agents: Sequence[Token], r: Rules) -> bool:
    """Is `tok` part of the name of an organised group ("members of Tropa del Infierno")? Not
    a crowd word tagged as a name ("Israeli Settlers"), nor the name of a party or a union
    ("MCP party members")."""
    if tok.ent_type_ != "ORG" or r.mob.contains([tok]):
        return False
    if r.mob.contains([t for t in agents if t.ent_type_ == "ORG" and _same_name(t, tok)]):
        return False  # "Israeli Settlers" tagged as one name: settlers all the same
    return not any(t.lemma_.lower() in r.civil_org for t in agents)


def _same_name(a: Token, b: Token) -> bool:
    """Are two name tokens part of one entity (no entity boundary between them)?"""
    lo, hi = sorted((a.i, b.i))
    return all(a.doc[i].ent_iob_ == "I" for i in range(lo + 1, hi + 1))


def by_mob(sent: Span, trig: Trigger, r: Rules) -> Trigger:
    """An attack carried out by unorganised people (locals, a crowd, traders) with no firearm
    is mob violence, whoever they attacked ("villagers assaulted police personnel")."""
    one_sided = trig.code == "ARMED_CLASH" and trig.term not in r.mutual
    if trig.code == "MOB_VIOL" and ("stone" in trig.term or "pelt" in trig.term):
        return _stoned_by_fighters(sent, trig, r)
    if not (trig.code == "ATTACK" or one_sided) or trig.source == "weapon":
        return _mob_damage(sent, trig)
    doc = sent.doc
    agents = [t for h in trigger_heads(doc, trig) for t in agent_words(doc[h])]
    if lone_or_unseen(agents):
        return trig
    if is_mob(agents, list(sent)) or _beaten_by_people(sent, trig, agents, r) \
            or _stones_at_forces(sent, trig, agents, r):
        return replace(trig, code="MOB_VIOL")
    return trig


def lone_or_unseen(agents: Sequence[Token], *, unseen: bool = True) -> bool:
    """Doers that make no crowd: one person ("beaten by a man", "a man threw stones"), or
    (with `unseen`) people nobody saw ("assaulted by unknown people")."""
    if unseen and any(t.lower_ in data_words("document.toml", "doers", "unknown")
                      for t in agents):
        return True
    heads = [t for t in agents if t.dep_ in ("nsubj", "nsubjpass", "pobj")]
    lone = data_words("document.toml", "doers", "lone")
    return len(heads) == 1 and heads[0].tag_ == "NN" and heads[0].lemma_.lower() in lone \
        and not any(c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ in ("with", "of"))
                    for c in heads[0].children)  # "a man and his sons", "a man with others"


def _stoned_by_fighters(sent: Span, trig: Trigger, r: Rules) -> Trigger:
    """'a man was stoned and stabbed to death by members of a gang': stones thrown by an armed
    group's members are its attack, no mob's."""
    doc = sent.doc
    agents = [t for h in trigger_heads(doc, trig) for t in agent_words(doc[h])]
    organised = data_words("document.toml", "doers", "organised")
    if any(t.lemma_.lower() in organised | r.non_state for t in agents) or (
        agents and lone_or_unseen(agents, unseen=False)
    ):
        return replace(trig, code="ATTACK")
    return trig


def _stones_at_forces(sent: Span, trig: Trigger, agents: list[Token], r: Rules) -> bool:
    """'they attacked police officers with sticks and stones': police or soldiers attacked
    with crude weapons only, by several people nothing shows to be armed or organised, are
    the victims of a riot, not a side of a battle."""
    tokens = list(sent)
    if trig.code != "ARMED_CLASH" or not r.crude.contains(tokens):
        return False
    if r.firearm.contains(tokens) or r.weapons.contains(tokens) or r.armed.contains(agents):
        return False
    organised = data_words("document.toml", "doers", "organised")
    if any(t.ent_type_ in ("ORG", "NORP") or t.lemma_.lower() in organised
           or t.lemma_.lower() in r.non_state for t in agents):
        return False
    # a crowd, not one man with a knife
    return any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "them") for t in agents)


def _mob_damage(sent: Span, trig: Trigger) -> Trigger:
    """Property a crowd burns or wrecks ("villagers torched the house of ...", "a shop was
    vandalised by residents") is mob violence, not a strategic destruction."""
    if trig.code != "PROPERTY_DISTRUCT" or trig.source == "weapon":
        return trig
    if trig.term not in rules().mob_damage:
        return trig
    doc = sent.doc
    agents = [t for h in trigger_heads(doc, trig) for t in _doers(doc[h])]
    if any(t.lower_ in data_words("document.toml", "doers", "unknown") for t in agents):
        return trig  # "unknown people burned three houses": no crowd seen doing it
    return replace(trig, code="MOB_VIOL") if is_mob(agents, list(sent)) else trig


def _doers(tok: Token) -> list[Token]:
    """Who did the damage: the subject of the damage word, or of the verb whose object it is
    ("a group of people threw molotov cocktails at ...")."""
    found = agent_words(tok)
    if not found and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        found = agent_words(tok.head)
    return found


def _beaten_by_people(sent: Span, trig: Trigger, agents: list[Token], r: Rules) -> bool:
    """'beaten to death by four men', 'five persons beat up a man with sticks', 'a constable was
    beaten up by three men': a beating by people nothing shows to be organised or armed."""
    if trig.code not in ("ATTACK", "ARMED_CLASH") or trig.term in r.mutual:
        return False  # a beating of police ("a constable was beaten up by three men") too
    doc = sent.doc
    lemmas = {term.split("/")[0] for term in r.beating if " " not in term}
    words = {doc[h].lemma_.lower() for h in trigger_heads(doc, trig)}
    if trig.term not in r.beating and not words & lemmas:
        return False
    tokens = list(sent)
    # the beaten police are armed, not their beaters: only the beaters must be unarmed
    armed = agents if trig.code == "ARMED_CLASH" else tokens
    if r.firearm.contains(tokens) or r.weapons.contains(tokens) or r.armed.contains(armed):
        return False
    organised = data_words("document.toml", "doers", "organised")
    if any(t.ent_type_ in ("ORG", "NORP") or t.lemma_.lower() in organised for t in agents):
        return False
    heads = [t for t in agents if t.dep_ in ("nsubj", "pobj") or t.head.dep_ == "agent"]
    return any(t.lemma_.lower() in r.people for t in heads or agents)


def riot_on_people(sent: Span, trig: Trigger, r: Rules) -> Trigger:
    """Rioters who attack, beat or kill people, with no demand or protest named, are a mob."""
    if trig.code != "VIOL_DEMONSTR" or trig.term not in r.riot_terms or not trig.also:
        return trig
    doc = sent.doc
    heads = [doc[head_of(doc, s, e)] for s, e in trig.also]
    # violence of the rioters themselves, not of the police firing at them
    heads = [h for h in heads if not r.armed.contains(agent_words(h))]
    hit = {victim_kind(h, r) for h in heads}
    if not hit & {"civilian", "military"}:
        return trig
    if upgraded_code("MOB_VIOL", list(sent)) != "MOB_VIOL":
        return trig
    return replace(trig, code="MOB_VIOL")


def upgrade_protests(tokens: list[Token], found: list[Trigger], r: Rules) -> list[Trigger]:
    return [replace(t, code=upgraded_code(t.code, tokens)) for t in found]


#: Violence cues that name both sides fighting: whoever is their subject, the protesters
#: fought ("police clashed with the demonstrators").
MUTUAL_CUES = frozenset({"clash", "scuffle", "brawl", "confrontation", "skirmish"})


def upgraded_code(code: str, tokens: Sequence[Token]) -> str:
    """The code a protest (or riot) takes given the intervention or violence cues among
    `tokens`; cues inside the protest's grievance ("against the arrest of") do not count."""
    r = rules()
    names: set[int] = set()
    r.exclude.find(tokens, names)  # "riot police", "riot gear": no riot
    for src, dst, cues in r.upgrades:
        if code == "PROPERTY_DISTRUCT" and any(t.lemma_.lower() in r.non_state for t in tokens):
            continue  # villages torched by rebels or militias: no demonstration
        if code in src and any(_cue_counts(tokens[0].doc[m.start], dst, r, code)
                               for m in cues.find(tokens, set(names))):
            code = dst
    return code


def _cue_counts(tok: Token, code: str, r: Rules, current: str = "") -> bool:
    """An upgrade cue counts unless it is part of the grievance, negated ("did not intervene"),
    or, for an intervention, something the protesters did themselves ("blocked the road to
    prevent trucks from ..."). Deadly force met (`current`) is turned into protesters' violence
    only by harm that names them doing it, not by the killing it reported."""
    if _in_grievance(tok, r):
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if any(c.dep_ == "neg" for c in verb.children) or modality_of(tok) != "occurred":
        return False  # "did not intervene", "is believed to be an attack on ..."
    if code == "FORCE_AGAINST_PROTEST" and not _protesters_hit(verb, r):
        return False
    if code == "VIOL_DEMONSTR" and tok.lemma_.lower() not in MUTUAL_CUES:
        # violence by the police ("police assaulted the demonstrators", "injured by rubber
        # bullets") is an intervention, not the protesters' own; a clash takes both sides
        agents = agent_words(verb)
        if r.armed.contains(agents) or r.not_weapons.contains(agents):
            return False
        if _protest_hit(verb):
            return False  # "attacked the demonstration", "protesters were attacked by ..."
        if _suffered_or_told(tok, verb, r):
            return False
        if current == "FORCE_AGAINST_PROTEST" and tok.lemma_.lower() in FORCE_HARM \
                and not agent_words(verb):
            return False  # "dispersed the protesters, killing two of them"
    if code == "PROTEST_WITH_INTER":
        if after_the_protest(verb):
            return False
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


#: Words naming the protest or its participants as what was hit.
PROTEST_WORDS = frozenset({"protester", "protestor", "demonstrator", "protest", "demonstration",
                           "rally", "march", "marcher", "sit - in", "picket", "striker"})


#: Harm words that a protest may suffer as well as cause.
HARM_CUES = frozenset({"injure", "wound", "hurt", "kill"})
#: Harm that deadly force against protesters does too: it shows the protesters' violence only
#: with them named as doing it.
FORCE_HARM = HARM_CUES | {"attack", "assault", "beat", "shoot", "stab"}
#: Verbs of saying: a cue under them is what someone claims, not what the protesters did.
SAYING = frozenset({"claim", "say", "allege", "complain", "state", "tell", "accuse"})


def _suffered_or_told(tok: Token, verb: Token, r: Rules) -> bool:
    """A violence cue that shows no violence by the protesters: a participle describing
    something ("more than 20 injured workers", "their crop, damaged during the lockdown"),
    people injured with nobody named as injuring them ("several people were reported
    injured"), or what someone claims ("they claimed that their houses are damaged")."""
    if tok.dep_ in ("amod", "acl") and tok.tag_ in ("VBN", "JJ"):
        return True
    if any(a.lemma_.lower() in SAYING for a in tok.ancestors):
        return True
    if verb.lemma_.lower() not in HARM_CUES or any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or \
        verb.dep_ in ("oprd", "xcomp", "acomp")
    return passive and kind_of(victim_tokens(verb) or agent_words(verb), r) != "military"


def _protest_hit(verb: Token) -> bool:
    """Is the protest (or are its participants) what the violence hit, named as its direct
    object or passive subject? Then the violence was done to the protest, not by it."""
    direct = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(c.lemma_.lower() in PROTEST_WORDS for c in direct)


def _protesters_hit(verb: Token, r: Rules) -> bool:
    """Were the people killed or shot the protesters (or people not named otherwise)? Police
    killed at a protest, or a journalist whose killing the protest is about, are not."""
    words = victim_tokens(verb)
    if not words:
        return True
    if kind_of(words, r) == "military":
        return False
    lemmas = {w.lemma_.lower() for w in words}
    return bool(lemmas & (r.crowd | r.people | {"demonstrator", "protester", "protestor"}))


def about_the_grievance(protest: Span, sent: Span) -> bool:
    """'... demanding the release of a blogger. The blogger was arrested on Monday': a next
    sentence whose subject is who or what the protest was about tells the protest's cause,
    not what happened to the protesters."""
    r = rules()
    subjects = [t for t in sent if t.dep_ == "nsubjpass" and t.head.dep_ == "ROOT"
                and t.pos_ in ("NOUN", "PROPN")]
    if not subjects or r.armed.contains(subjects) or r.mob.contains(subjects):
        return False  # the police, or the protesters themselves: no cause
    lemma = subjects[0].lemma_.lower()
    protesters = {t.i for s in protest if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    return any(t.lemma_.lower() == lemma and t.i not in protesters and _in_grievance(t, r)
               for t in protest)


def after_the_protest(verb: Token) -> bool:
    """'One person was arrested after the protest', '... detained later, after the protest was
    finished': what came after the protest ended did not meet it."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "after" and any(
            g.lemma_.lower() in PROTEST_WORDS for g in child.children if g.dep_ == "pobj"
        ):
            return True
        if child.dep_ == "advcl" and any(m.lower_ == "after" for m in child.children
                                         if m.dep_ == "mark") and any(
            g.lemma_.lower() in PROTEST_WORDS for g in child.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ):
            return True
    return False


def _in_grievance(tok: Token, r: Rules) -> bool:
    """Is the cue inside the protest's cause: under 'against', 'demanding', or in a clause
    introduced by 'after', 'because' ...?"""
    for a in (tok, *tok.ancestors):
        if a is not tok and (a.lemma_.lower() in r.grievance or a.lower_ in r.grievance):
            return True
        if any(c.dep_ == "mark" and c.lower_ in r.grievance for c in a.children):
            return True
    return False


def violence_over_intervention(found: list[Trigger]) -> list[Trigger]:
    """'Police used tear gas to disperse violent demonstrations by prisoners': a protest that
    met an intervention and turned violent, named twice in one sentence, is one violent
    demonstration (the protesters' own violence decides, as in the upgrades)."""
    def current(t: Trigger) -> bool:
        return t.relation is None and t.modality == "occurred" and not t.background

    riots = [t for t in found if t.code == "VIOL_DEMONSTR" and current(t)]
    met = [t for t in found if t.code == "PROTEST_WITH_INTER" and current(t)]
    if not riots or not met:
        return found
    host = riots[0]
    spans = host.also + tuple(sp for t in met for sp in ((t.start, t.end), *t.also))
    return [replace(t, also=spans) if t is host else t for t in found if t not in met]
