"""How the triggers of one sentence combine: past events referred back to, modality, the
background of the main event, generic words merged into one attack, and outcome words
(killings, damage) absorbed into the event that caused them."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from .answered import answers_another_event
from .lexicon import TermMatch, data_words
from .modality import modality_of
from .participants import (
    agent_words,
    core,
    head_of,
    kind_of,
    repelled,
    trigger_heads,
    victim_kind,
    victim_tokens,
)
from .rules import Rules
from .trigger import REMOTE_CODES, SOURCE_RANK, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Modifiers of a trigger noun that make it a past event the text refers back to.
EARLIER_WORDS = frozenset({"early", "earlier", "previous", "prior", "past", "former",
                           "recent"})


SIMILAR_WORDS = frozenset({"similar", "comparable", "same"})


#: Words introducing the background of a sentence's main event.
BACKGROUND_MARKS = frozenset({"after", "following", "since", "because", "amid", "amidst",
                              "despite", "over", "as"})


#: Trigger words of a killing (not of an injury or a beating).
FATAL_TERMS = frozenset({"kill/VERB", "murder", "assassinate", "behead", "execute", "shoot dead",
                         "gun down", "hack to death", "beat to death", "massacre",
                         "shoot and kill", "stab to death"})


#: Generic words of an assault (not of a strike from a distance).
ASSAULT_WORDS = frozenset({"attack", "raid", "assault", "storm", "open fire", "shoot", "fire",
                           "shooting", "gunshot", "gunfire", "shot"})


def clash_on_civilians(doc: Doc, found: list[Trigger], r: Rules) -> list[Trigger]:
    """An 'armed clash' word that names no fighting of both sides ("an incursion", "opened fire",
    "using small arms") whose victims are all unarmed people is an attack on civilians."""
    out: list[Trigger] = []
    for t in found:
        if t.code == "ARMED_CLASH" and t.term not in r.mutual and t.relation is None \
                and not repelled(doc[t.head]):  # "repelled an incursion": both sides fought
            # the killings and injuries folded into the trigger name its victims best
            heads = trigger_heads(doc, t)[1:] or [t.head]
            if t.outcome:
                heads.append(t.head)  # "killed a policeman and abducted 3 civilians"
            kinds = {victim_kind(doc[h], r) for h in heads}
            if "civilian" in kinds and "military" not in kinds:
                t = replace(t, code="ATTACK")
        out.append(t)
    return out


def mark_background(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Triggers inside an 'after ...', 'following ...', 'amid ...' phrase describe what led to
    the sentence's main event; they stay events but are not the main one."""
    flags = [_in_background(doc[t.head]) for t in found]
    if all(flags) or not any(flags):
        return found
    main = [t for t, flag in zip(found, flags, strict=True) if not flag]
    if all(t.code == "ARREST" for t in main) and any(
            t.code in DISPLACING for t, flag in zip(found, flags, strict=True) if flag):
        # "13 people were arrested after they attacked police officers": the arrests are the
        # sequel of the violence, which is the event
        flags = [not flag for flag in flags]
    return [replace(t, background=True) if flag else t for t, flag in zip(found, flags,
                                                                           strict=True)]


def _in_background(tok: Token) -> bool:
    if answers_another_event(tok):
        return True  # "struck X in retaliation for strikes on Y"
    if tok.dep_ == "relcl" or (tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN"
                               and tok.head.pos_ in ("NOUN", "PROPN")):
        return True  # "to rescue two officers who were kidnapped", "the kidnapped man"
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


def killing_over_abduction(found: list[Trigger]) -> list[Trigger]:
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


def with_relation(doc: Doc, trig: Trigger) -> Trigger:
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


def with_modality(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    out: list[Trigger] = []
    for trig in found:
        modality = modality_of(doc[trig.head])
        if modality is not None:
            out.append(replace(trig, modality=modality))
    return out


def merge_generic(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """All generic (non-explicit, current) triggers of a sentence describe one attack, save
    those naming the event it answers ("targeted a ship in retaliation for strikes on X")."""
    answering = {t.head for t in found if answers_another_event(doc[t.head])}
    for modality, answered in itertools.product(("occurred", "planned", "hypothetical"),
                                                (False, True)):
        found = _merge_generic_of(found, modality, answering, answered)
    return found


def _merge_generic_of(
    found: list[Trigger], modality: str, answering: set[int], answered: bool
) -> list[Trigger]:
    generic = [
        t for t in found
        if t.source != "explicit" and t.relation is None and t.modality == modality
        and (t.head in answering) == answered
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


def attack_on_property(found: list[Trigger]) -> list[Trigger]:
    """'attacked and burned a school', 'an arson attack': with property destruction named and no
    killing, a generic attack word is that destruction."""
    if not any(t.code == "PROPERTY_DISTRUCT" and t.source == "explicit" for t in found):
        return found
    return [
        replace(t, code="PROPERTY_DISTRUCT")
        if t.code == "ATTACK" and t.source in ("victim", "default") else t
        for t in found
    ]


#: Verbs by which a weapon is used on something ("set off explosives", "fired mortars").
USE_VERBS = frozenset({"set", "detonate", "plant", "use", "fire", "launch", "drop", "lob",
                       "throw", "hurl", "trigger"})
#: Weapons whose use makes the damage done with them their strike.
DAMAGING_WEAPONS = frozenset({"REM_EXPLOS", "ART_MISS_ATTACK", "AIR_STRIKE", "GRENADE"})


def destroyed_by_weapon(
    doc: Doc, found: list[Trigger], weapons: list[TermMatch[str]]
) -> list[Trigger]:
    """'set off explosives and partially destroyed a bridge': damage done with a weapon its
    doers set off or fired is that weapon's strike, not property destruction."""
    if any(t.code in REMOTE_CODES for t in found):
        return found  # the strike is named: the damage is absorbed into it
    used = [w.payload for w in weapons if w.payload in DAMAGING_WEAPONS
            and _used(doc[head_of(doc, w.start, w.end)])]
    if not used:
        return found
    return [replace(t, code=used[0]) if t.code == "PROPERTY_DISTRUCT" and t.relation is None
            and t.source == "explicit" and t.modality == "occurred" else t for t in found]


def _used(weapon: Token) -> bool:
    verb = weapon.head
    return weapon.dep_ in ("dobj", "obj") and verb.lemma_.lower() in USE_VERBS and not any(
        c.dep_ == "neg" for c in verb.children)


def armed_on_property(sent: Span, found: list[Trigger], r: Rules) -> list[Trigger]:
    """Gunmen, militias or rebels who attack (or shoot at) a village, homes or a business, even
    with only property hit, commit an attack; property destruction is violence-free damage."""
    doc = sent.doc
    out: list[Trigger] = []
    for t in found:
        if t.code == "PROPERTY_DISTRUCT" and t.relation is None:
            words = {t.term.split("/")[0], *(doc[s].lemma_.lower() for s, _ in t.also)}
            violent = bool(words & ASSAULT_WORDS) or r.firearm.contains(list(sent))
            agents = [a for h in trigger_heads(doc, t) for a in agent_words(doc[h])]
            if violent and r.armed.contains(agents) and not _institution_hit(doc, t, r):
                t = replace(t, code="ATTACK")
        out.append(t)
    return out


def _institution_hit(doc: Doc, t: Trigger, r: Rules) -> bool:
    """Is what the armed men attacked an institution's building or an installation (a school,
    an office, a pipeline), with no people named among what they hit? Damage to it is property
    destruction; homes, villages and vehicles hold people."""
    victims = [v for h in trigger_heads(doc, t) for v in victim_tokens(doc[h])]
    if kind_of(victims, r) in ("civilian", "military"):
        return False
    places = data_words("triggers.toml", "property", "institutions")
    lemmas = [v.lemma_.lower() for v in victims]
    pairs = {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:], strict=False)}
    return bool(places & (set(lemmas) | pairs))


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
    if host.code == "ATTACK" and \
            min(outcomes, key=lambda t: t.start).code == "ARMED_CLASH":
        code = "ARMED_CLASH"  # "an attack on a checkpoint killed 4 policemen"
    return [replace(t, also=spans, code=code) if t is host else t
            for t in found if t not in outcomes]


#: Codes of what a raid is made for: "raided the camp and detained several women" is an
#: arrest (or an abduction), "raided and damaged the home" a destruction, not an attack.
RAID_ENDS = frozenset({"ARREST", "ABDUCT_DISSAP", "PROPERTY_DISTRUCT"})


def raid_for_its_end(found: list[Trigger]) -> list[Trigger]:
    """A raid (the generic word) told with what it was made for is that event."""
    ends = [t for t in found if t.code in RAID_ENDS and t.relation is None]
    raids = [t for t in found if t.term == "raid" and t.source != "explicit"
             and t.relation is None and t.code not in RAID_ENDS]
    if not ends or not raids:
        return found
    host = ends[0]
    spans = host.also + tuple((t.start, t.end) for t in raids)
    return [replace(t, also=spans) if t is host else t for t in found if t not in raids]


def _rank(trig: Trigger) -> float:
    """How well a generic trigger's code is grounded; a remote default ("strike") beats a guess
    from the victim."""
    if trig.source in ("default", "doer") and trig.code in REMOTE_CODES:
        return 2.5
    return SOURCE_RANK[trig.source]


def absorb_into_hosts(found: list[Trigger], r: Rules) -> list[Trigger]:
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


def dedupe(found: list[Trigger]) -> list[Trigger]:
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


#: Codes of an attack that an interception may name as what it stopped.
INTERCEPTED_CODES = REMOTE_CODES | {"ATTACK", "ARMED_CLASH"}


def fold_intercepted(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """'repelled a drone attack', 'shot down the missiles of the strike': the attack named as
    what an interception stopped is part of the disrupted weapon use, not an event of its own."""
    for host in [t for t in found if t.code == "DISR_WEAP" and t.relation is None]:
        verb = doc[host.head]
        stopped = {x.i for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                   for x in c.subtree}
        folded = [t for t in found if t is not host and t.code in INTERCEPTED_CODES
                  and t.relation is None and t.head in stopped]
        if folded:
            spans = host.also + tuple((t.start, t.end) for t in folded)
            found = [replace(t, also=spans) if t is host else t for t in found
                     if t not in folded]
    return found


#: Verbs of answering an attack ("responded to the shelling", "retaliated against the attack").
ANSWER_VERBS = frozenset({"respond", "retaliate", "reply", "react"})
#: Attacks from a distance that, when answered, make an exchange between two armed sides.
ANSWERABLE = frozenset({"ART_MISS_ATTACK", "GRENADE"})


def answered_attack(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """'forces responded to the shelling of the rebels': shelling answered by the side it hit is
    a battle (ACLED's armed clash), whose first shots were the shelling."""
    return [replace(t, code="ARMED_CLASH") if t.code in ANSWERABLE and _answered(doc[t.head])
            else t for t in found]


def _answered(tok: Token) -> bool:
    """Is `tok` what a verb of answering answers ('responded to [rebel] shelling')? The parser
    often misreads the 'to' phrase, so the path may be a preposition or a clause."""
    for verb in itertools.islice(tok.ancestors, 3):
        if verb.lemma_.lower() in ANSWER_VERBS and verb.i < tok.i:
            preps = [t.lower_ for t in tok.doc[verb.i + 1 : tok.i] if t.pos_ == "ADP"
                     or t.lower_ == "to"]
            # "responded to the attack by shelling ...": the shelling is the answer
            return bool(preps) and preps[-1] in ("to", "against")
    return False


#: Event codes that can drive people from their homes.
DISPLACING = REMOTE_CODES | {"ARMED_CLASH", "ATTACK", "MOB_VIOL"}


#: Words of people driven from their homes.
FLIGHT_WORDS = frozenset({"flee", "displace", "displacement", "evacuate", "evacuation"})
#: Verbs whose subject makes people flee ("fighting forced 500 villagers to flee").
DRIVING_VERBS = frozenset({"force", "compel", "cause", "drive", "prompt", "push", "lead"})


def displaced_by(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """'Fighting between the army and the rebels forced 500 villagers to flee', '260 people
    were displaced following a clash': the sentence reports the displacement; the fighting that
    caused it is part of its story (unless people were killed in it)."""
    for move in [t for t in found if t.code == "OTHER" and t.relation is None]:
        causes = {c.i for verb in doc[move.head].ancestors for c in verb.children
                  if c.dep_ == "nsubj"}
        folded = [t for t in found if t.code in DISPLACING and (
            t.head in causes or _drove_out(doc, move, t))]
        if folded:
            spans = move.also + tuple((t.start, t.end) for t in folded)
            found = [replace(t, also=spans) if t is move else t for t in found
                     if t not in folded]
    return found


def _drove_out(doc: Doc, move: Trigger, cause: Trigger) -> bool:
    """Is `cause` what drove people out in a displacement's sentence: the background of the
    flight ("displaced following a clash", with nobody killed), or what comes before "forced
    ... to flee" (the parser often loses the subject of a long sentence)?"""
    if move.background or doc[move.head].lemma_.lower() not in FLIGHT_WORDS:
        return False
    if cause.background and not cause.outcome:
        return True
    driver = doc[move.head].head
    return driver.lemma_.lower() in DRIVING_VERBS and cause.head < driver.i


#: Codes of violent acts whose objects are what they hit.
HITTING = REMOTE_CODES | {"ATTACK", "ARMED_CLASH", "PROPERTY_DISTRUCT", "MOB_VIOL"}
#: Verbs by which the act in their subject hits their object ("shelling hit a school", "a drone
#: struck the depot").
STRIKING_VERBS = frozenset({"hit", "strike", "target", "destroy", "damage", "slam", "pound",
                            "rock", "tear", "smash", "ravage"})


def developments_hit(doc: Doc, found: list[Trigger], r: Rules) -> list[Trigger]:
    """'struck a deployment point of the brigade', 'shelling hit an evacuation point', 'an
    air strike on a migrant detention centre': a development's noun inside the phrase naming
    what a violent act hit names the target; it reports no deployment, evacuation or arrest."""
    hit: set[int] = set()
    for t in found:
        if t.code in HITTING and t.relation is None:
            hit.update(w.i for h in trigger_heads(doc, t) for w in _hit_phrase(doc[h]))
    return [t for t in found if not (
        t.code in r.hit_developments and t.head in hit
        and doc[t.head].pos_ not in ("VERB", "AUX"))]


def _hit_phrase(tok: Token) -> list[Token]:
    """The words naming what the act at `tok` hit: its objects and 'on X' phrases, or those of
    the striking verb it is the subject of ('the shelling hit ...')."""
    words = victim_tokens(tok)
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in STRIKING_VERBS:
        words += [w for c in verb.children if c.dep_ in ("dobj", "obj") for w in core(c)]
    return words
