"""`find_events`: from a parsed report and the earlier stages' records to typed, dated, placed
events with their actors, target, figures, claims and evidence.

Per sentence: triggers (detect) → code confidence (classify) → arguments, date, places, figures,
claims. Per document: actors carried over to attacks that do not name theirs, outcome sentences
folded into the attack they describe, re-descriptions merged, past events linked.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..claims import claims_for, status_for, without_headline
from ..nlp import doc_text
from ..records import (
    EVENT_CODES,
    Claim,
    DocumentContext,
    Event,
    Evidence,
    Modality,
    Place,
    Quantity,
    Related,
    TimeRef,
    stable_id,
)
from .actorlexicon import ActorMention, fill_template
from .answered import answers_another_event
from .arguments import find_actors_at
from .bygone import compared_since, long_past
from .classify import score_codes
from .clauses import own_figures
from .crowds import about_the_grievance, lone_or_unseen
from .detect import (
    PROTEST_CODES,
    REMOTE_CODES,
    Trigger,
    detect,
    has_trigger_word,
    is_mob,
    sentences,
    trigger_confidence,
    upgraded_code,
)
from .document import (
    attach_figures,
    compatible,
    drop_commentary,
    drop_in_sources,
    family_of,
    fold_headline,
    fold_the_fighting,
    is_back_reference,
    is_title_line,
    merge_descriptions,
    promote_main,
    support,
    told_in_a_claim,
)
from .figures import Figures, find_figures
from .followups import attach_followups
from .gangs import gang_victims
from .homes import at_home, defender_at_home, state_at_home
from .lexicon import load_toml, span_ent_labels
from .owned import owned_claims
from .perpetrators import mark_disputes
from .placing import (
    FEATURE_RANK,
    answered_elsewhere,
    coherent,
    country_of_places,
    document_country,
    document_region,
    finer_places,
    following_places,
    inside,
    located_places,
    majority_country,
    names_a_party,
    organisation_places,
    own_sentence_places,
    owner,
    part_of_country,
    places_in,
    preceding_places,
    region_named_by,
    says_where,
    talks_apart,
    town_first,
    with_document_region,
)
from .responsibility import link_responsibility, made_claims
from .returnfire import armed_brawls, fold_return_fire
from .sequels import (
    armed_arson_with_threats,
    defused_later,
    raid_then_arrests,
    small_arms_at_same_place,
    war_remnants,
)
from .stories import inherit_actors, story_numbers
from .targets import TargetMention, find_target, target_generic_terms
from .timing import lead_date, same_trigger, time_for, told_on
from .trigger import SOURCE_RANK

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: Codes whose events carry a target (what was hit, damaged, intercepted).
TARGET_CODES = REMOTE_CODES | {
    "ATTACK", "PROPERTY_DISTRUCT", "ARMED_CLASH", "DISR_WEAP", "MOB_VIOL", "VIOL_DEMONSTR",
    "MAN_MADE_DISASTER",
}
#: Codes of what happens at a protest (arrests, damage, injuries), folded into it.
PROTEST_PARTS = frozenset({"ARREST", "ATTACK", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT",
                           "MOB_VIOL", "VIOL_DEMONSTR"})
#: Words by which a sentence refers back to a protest: its participants, or the police who
#: intervened in it.
CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "crowd", "they", "them",
                         "participant", "protest", "demonstration", "rally", "march",
                         "marcher", "gathering", "rioter", "mob", "striker", "picket",
                         "person", "people", "activist", "organizer", "organiser",
                         "group", "police", "policeman", "officer", "gendarme",
                         "security", "authority", "worker", "student", "resident",
                         "trader", "villager", "youth", "teacher", "nurse", "farmer",
                         "driver", "vendor", "employee", "supporter", "member",
                         "inmate", "prisoner"})
#: Violent events whose next sentences often report their casualties and damage.
HOST_CODES = REMOTE_CODES | {"ARMED_CLASH", "ATTACK", "MOB_VIOL", "VIOL_DEMONSTR",
                             "ABDUCT_DISSAP", "SEX_VIOL"}
#: An arrest reported after any other event is usually its sequel.
ALL_BUT_ARREST = frozenset(EVENT_CODES) - {"ARREST"}
#: How many sentences back an attack may be referred to ("the attack", outcomes, interceptions).
ANAPHORA_WINDOW = 3
OUTCOME_WINDOW = 2
#: Events of the lead (the first sentence, and the title line before it if there is one) are
#: the report's subject; later sentences more often mention background and sequels (an arrest
#: after an attack, a past incident), so their events count less.
LATER_DISCOUNT = 0.75
#: Confidence factor of an event named as the background of another in its sentence.
BACKGROUND_DISCOUNT = 0.7
#: Confidence factor of an event reported as the sequel of another (an arrest after an attack).
FOLLOW_UP_DISCOUNT = 0.7


@dataclass
class Draft:
    """An event being assembled (internal; frozen into `records.Event` at the end)."""

    event_id: str
    code: str
    modality: Modality
    confidence: float
    sent_index: int
    paragraph: int
    trigger: Trigger
    actor1: ActorMention | None
    actor2: ActorMention | None
    target: TargetMention | None
    places: list[Place]
    time: TimeRef | None
    fatalities: int | None
    injuries: int | None
    quantities: list[Quantity]
    claims: list[Claim]
    evidence: list[Evidence]
    related: list[Related] = field(default_factory=list)
    merged: bool = False
    disputed: bool = False  # its sources name different perpetrators (perpetrators.py)
    #: its time is not its own: the day its source spoke (telling.py), or the lead's
    borrowed_time: bool = False
    story: int = 0  # which incident of the report it belongs to (stories.py)


@dataclass(frozen=True)
class SentenceInfo:
    index: int
    span: SpacySpan
    paragraph: int
    story: int = 0


def find_events(doc: Doc, context: DocumentContext) -> list[Event]:
    """Every event the report describes, in text order."""
    text = doc_text(doc)
    spans = sentences(doc)
    sents = [SentenceInfo(i, s, _paragraph(text, s.start_char), story) for i, (s, story)
             in enumerate(zip(spans, story_numbers(spans), strict=True))]
    published = context.article.published
    lead = lead_date(context.times, sents)
    lead_count = _lead_count(sents)
    own_lead = 2 if is_title_line(sents) else 1  # the sentences that tell the report's event
    drafts: list[Draft] = []
    recent: tuple[int, str] | None = None
    history: set[int] = set()  # sentences about events long past
    for info in sents:
        remote = recent[1] if recent and info.index - recent[0] <= ANAPHORA_WINDOW \
            and sents[recent[0]].story == info.story else None
        probs: dict[str, float] | None = None
        triggers: list[Trigger] = []
        if has_trigger_word(info.span):  # else no trigger: detect would find none
            probs = score_codes(info.span)
            triggers = detect(info.span, remote, probs)
            triggers = made_claims(doc, triggers + owned_claims(info.span, triggers))
        for trig in triggers:
            if trig.relation is None and long_past(info.span, doc[trig.head], published,
                                                   lead=info.index < own_lead) \
                    or compared_since(doc[trig.head]):
                # "the bombing of Dresden in 1945", "the worst violence since the offensive of
                # 2012": history, no event of the report
                history.add(info.index)
                continue
            draft = _draft(doc, text, context, info, trig, probs, lead, published, triggers)
            if info.index >= lead_count:
                draft.confidence = round(draft.confidence * LATER_DISCOUNT, 4)
            drafts.append(draft)
            if trig.code in REMOTE_CODES and trig.relation is None and \
                    trig.modality == "occurred":
                recent = (info.index, trig.code)
    drop_commentary(doc, sents, drafts)
    drop_in_sources(doc, context.attributions, drafts)
    _protest_context(sents, drafts)
    _fill_places(doc, text, context, sents, drafts)
    _target_figures(sents, drafts)
    inherit_actors(drafts)
    small_arms_at_same_place(sents, drafts, _fold)
    armed_arson_with_threats(sents, drafts)
    war_remnants(sents, drafts)
    defused_later(sents, drafts, _fold)
    raid_then_arrests(sents, drafts, _fold)
    attach_figures(sents, drafts, _fold, frozenset(history))
    fold_the_fighting(doc, drafts)
    _fold_outcomes(drafts)
    fold_return_fire(sents, drafts, _fold)
    armed_brawls(sents, drafts)
    fold_headline(sents, drafts, _fold)
    _fold_anaphora(drafts)
    _merge_repeats(drafts)
    merge_descriptions(doc, drafts, _fold)
    _link_past(drafts)
    link_responsibility(doc, sents, drafts, _fold)
    gang_victims(sents, drafts)
    attach_followups(doc, context.attributions, sents, drafts)
    mark_disputes(doc, context.attributions, drafts)
    promote_main(drafts, lead_count)
    country = majority_country(context.places)
    region = document_region(doc, context)
    told = [(sents[i].span.start_char, sents[i].span.end_char)
            for i in sorted({d.sent_index for d in drafts if not d.merged})]
    for d in drafts:
        own = [part_of_country(text, p) for p in d.places]
        # another story ("Elsewhere, ...") lies somewhere else than the report's region
        here = region_named_by(context.places, region, sents[d.sent_index].span.end_char,
                               [t for t in told if t[0] != sents[d.sent_index].span.start_char])
        d.places = town_first(with_document_region(coherent(own, country),
                                                   here if d.story == 0 else None))
        d.actor1 = defender_at_home(state_at_home(d.actor1, d.places, country), d.places, d.code)
        d.actor2 = at_home(d.actor2, d.places)
    return [_freeze(text, d) for d in drafts if not d.merged]


def _lead_count(sents: list[SentenceInfo]) -> int:
    """How many sentences make the lead: the first one, two when it is a title line."""
    if len(sents) > 1 and sents[0].paragraph != sents[1].paragraph:
        return 2
    return 1


def _paragraph(text: str, start: int) -> int:
    return text.count("\n", 0, start)


# --- one trigger -----------------------------------------------------------------------------


def _draft(
    doc: Doc,
    text: str,
    context: DocumentContext,
    info: SentenceInfo,
    trig: Trigger,
    probs: dict[str, float] | None,
    lead: TimeRef | None,
    published: str | None,
    siblings: list[Trigger],
) -> Draft:
    sent = info.span
    speakers = {a.source_span for a in context.attributions if a.source_span is not None}
    here = [p for p in places_in(context.places, sent.start_char, sent.end_char)
            if not names_a_party(doc, p) and p.span not in speakers]  # ("a charge Kyiv rejects")
    if not answers_another_event(doc[trig.head]):
        here = [p for p in here if not answered_elsewhere(doc, p)]
    places = [p for p in here if same_trigger(owner(doc, p, siblings), trig)]
    if not places:  # none of its own: the sentence's, but "talks in Cairo" place no strike
        places = [p for p in here if _kin(owner(doc, p, siblings), trig)]
    country = country_of_places(places) or country_of_places(here) or document_country(context)
    heads = _main_clause_first(doc, trig)
    actor1, actor2 = find_actors_at(doc, heads, trig.code, country,
                                    [p.span for p in context.places if p.span])
    if country is None and actor1 is not None:
        country = actor1.actor.country
    places = [part_of_country(text, p) for p in places if actor1 is None
              or not inside(p.span, actor1.span) or says_where(doc, p)]
    target = find_target(doc, trig.head, sent.start, sent.end)
    time = time_for(doc, context.times, sent, trig, siblings, lead, published)
    # a claim or an accusation kills no one: the toll in its sentence is the act's it is about
    figures = None if trig.relation is not None or trig.code == "ATTRIB" else \
        own_figures(_figures(sent), doc[trig.head])
    claims = _claims(context, sent, text, _word_span(doc, trig),
                     [_word_span(doc, t) for t in siblings if t is not trig])
    tok = doc[trig.start]
    key = context.article.id or context.article.content_hash
    event_id = stable_id(key, sent.start_char, trig.code, tok.idx)
    draft = Draft(
        event_id=event_id,
        code=trig.code,
        modality=trig.modality,
        confidence=_confidence(trig, probs),
        sent_index=info.index,
        paragraph=info.paragraph,
        story=info.story,
        trigger=trig,
        actor1=actor1,
        actor2=actor2,
        target=target,
        places=places,
        time=time,
        fatalities=figures.fatalities if figures else None,
        injuries=figures.injuries if figures else None,
        quantities=list(figures.quantities) if figures else [],
        claims=claims,
        evidence=_trigger_evidence(doc, trig) + (list(figures.evidence) if figures else []),
        borrowed_time=told_on(context.attributions, time, doc[trig.head].idx) or (
            time is not None and not inside(time.span, (sent.start_char, sent.end_char))),
    )
    return draft


def _kin(a: Trigger | None, b: Trigger) -> bool:
    return a is None or not talks_apart(a.code, b.code)


def _confidence(trig: Trigger, probs: dict[str, float] | None) -> float:
    rule = trigger_confidence(trig)
    conf = rule if probs is None else 0.5 * rule + 0.5 * probs.get(trig.code, 0.0)
    if trig.relation is not None:
        conf *= 0.9
    if trig.background:
        conf *= BACKGROUND_DISCOUNT
    return round(min(max(conf, 0.01), 0.99), 4)


def _trigger_evidence(doc: Doc, trig: Trigger) -> list[Evidence]:
    out = []
    for start, end in ((trig.start, trig.end), *trig.also):
        span = doc[start:end]
        out.append(Evidence("code", span.text, (span.start_char, span.end_char)))
    return out


# --- collaborators ---------------------------------------------------------------------------


def _main_clause_first(doc: Doc, trig: Trigger) -> list[int]:
    """The words the event is told by, its own first; but "troops killed two gunmen who
    opened fire at soldiers" tells of the gunmen in a relative clause: a word of the main
    clause with a doer of its own comes first, whose doer and victims are the event's (not
    for protests, whose crowd a relative clause often names: "arrested students who had
    joined the march")."""
    heads = [trig.head, *(doc[start:end].root.i for start, end in trig.also)]
    if trig.code in PROTEST_CODES or not _in_relative_clause(doc[trig.head]):
        return heads
    main = [i for i in heads if not _in_relative_clause(doc[i])
            and any(c.dep_ == "nsubj" for c in doc[i].children)]
    return main + [i for i in heads if i not in main]


def _in_relative_clause(tok: Token) -> bool:
    return any(t.dep_ == "relcl" for t in (tok, *tok.ancestors))


def _figures(sent: SpacySpan) -> Figures:
    return find_figures(sent)


def _claims(context: DocumentContext, sent: SpacySpan, text: str, about: tuple[int, int],
            others: list[tuple[int, int]]) -> list[Claim]:
    return claims_for(context.attributions, sent.start_char, sent.end_char, text=text,
                      about=about, others=others, doc=sent.doc)


def _word_span(doc: Doc, trig: Trigger) -> tuple[int, int]:
    """The characters of a trigger's head word."""
    head = doc[trig.head]
    return (head.idx, head.idx + len(head.text))


# --- document passes -------------------------------------------------------------------------


def _fill_places(
    doc: Doc, text: str, context: DocumentContext, sents: list[SentenceInfo],
    drafts: list[Draft],
) -> None:
    """Places for events whose sentence names none: where the named target is said to be, else
    the nearest place before them in the same paragraph."""
    named = _named_targets(drafts)
    generic = target_generic_terms()
    known = [d.target for d in drafts if d.target is not None
             and (d.target.target.kind not in generic or d.target.target.name)]
    for d in drafts:
        if d.target is not None and d.target.target.name is None:
            kind = d.target.target.kind
            if kind in generic:
                d.target = _referent(text, known, named, d.target)
            else:
                names = [(n, k) for n, k in named if k == kind]
                name = _last_mentioned(text, names, d.target.span[0])
                if name is not None:
                    d.target = _with_name(d.target, name)
        coarse = all(FEATURE_RANK.get((p.feature or "").lower(), 2) >= 3 for p in d.places)
        if d.target is not None and d.target.target.name and coarse:
            located = located_places(doc, context, sents, d.target.target.name)
            if located:
                d.places = located + [p for p in d.places if p not in located]
        d.places = finer_places(doc, context, sents, d)
        if not d.places:
            # "the attacks were aimed at sabotaging talks in Cairo": an event referred back to
            # is not where its sentence's other places are
            own = [] if is_back_reference(doc, d) else own_sentence_places(doc, context, sents, d)
            d.places = own or preceding_places(
                doc, context, sents, d, drafts) or organisation_places(doc, context, sents, d) or (
                following_places(doc, context, sents, d, drafts))


def _target_figures(sents: list[SentenceInfo], drafts: list[Draft]) -> None:
    """Figures about the named target, from sentences that describe it and report no event of
    their own ("The X mine ... was one of the largest producers. It was operating at a capacity
    of ..."): the sentence naming it and the next one when "it" is its subject."""
    with_events = {d.sent_index for d in drafts}
    lowered: list[str] | None = None
    for d in drafts:
        if d.merged or d.target is None or not d.target.target.name or d.modality != "occurred":
            continue
        low = d.target.target.name.lower()
        lowered = lowered or _lowered(sents)
        for info, sent_low in zip(sents, lowered, strict=True):
            if low not in sent_low:
                continue
            for about in (info, *sents[info.index + 1 : info.index + 2]):
                if about.index in with_events or (about is not info and
                                                  not _about_it(about.span)):
                    continue
                figures = _figures(about.span)
                if figures is not None and figures.quantities:
                    _add_quantities(d, figures.quantities, figures.evidence)


def _lowered(sents: list[SentenceInfo]) -> list[str]:
    """Each sentence's text, lower-cased (`Span.text` builds every Token of the sentence)."""
    if not sents:
        return []
    text = doc_text(sents[0].span.doc)
    return [text[i.span.start_char : i.span.end_char].lower() for i in sents]


def _about_it(sent: SpacySpan) -> bool:
    return any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") for t in sent)


def _add_quantities(
    d: Draft, quantities: tuple[Quantity, ...], evidence: tuple[Evidence, ...]
) -> None:
    seen = {(q.kind, q.span) for q in d.quantities}
    new = [q for q in quantities if (q.kind, q.span) not in seen]
    d.quantities.extend(new)
    spans = {q.span for q in new}
    d.evidence.extend(e for e in evidence if e.span in spans and e not in d.evidence)


def _referent(
    text: str,
    known: list[TargetMention],
    named: set[tuple[str, str | None]],
    mention: TargetMention,
) -> TargetMention:
    """What a generic mention ("the site", "the facility") refers to: the target mentioned last
    before it, by name or by a specific kind."""
    before = [t for t in known if t.span[1] <= mention.span[0]]
    last = max(before, key=lambda t: t.span[0], default=None)
    name = _last_mentioned(text, list(named), mention.span[0])
    at_name = text[: mention.span[0]].lower().rfind(name.lower()) if name else -1
    if last is not None and last.span[0] >= at_name:
        return replace(mention, target=replace(last.target, text=mention.target.text))
    return _with_name(mention, name) if name else mention


def _last_mentioned(
    text: str, names: list[tuple[str, str | None]], end: int
) -> str | None:
    """Of the targets named in the report, the one mentioned last before `end` ("the site",
    "this facility" refer to it)."""
    best: tuple[int, str] | None = None
    low = text[:end].lower()
    for name, _ in names:
        at = low.rfind(name.lower())
        if at >= 0 and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best else None


def _named_targets(drafts: list[Draft]) -> set[tuple[str, str | None]]:
    return {
        (d.target.target.name, d.target.target.kind)
        for d in drafts if d.target is not None and d.target.target.name
    }


def _with_name(t: TargetMention, name: str) -> TargetMention:
    return replace(t, target=replace(t.target, name=name))


def _protest_context(sents: list[SentenceInfo], drafts: list[Draft]) -> None:
    """'Police dispersed them with tear gas' after a protest sentence: the protest met an
    intervention. The next sentences of the paragraph upgrade it, and arrests or damage they
    report are part of it."""
    for d in drafts:
        if d.merged or d.code not in PROTEST_CODES or d.modality != "occurred":
            continue
        following = [s for s in sents[d.sent_index + 1 : d.sent_index + 1 + OUTCOME_WINDOW]
                     if s.paragraph == d.paragraph]
        for info in following:
            if not (_mentions_crowd(info.span) or _only_unclaimed_parts(drafts, d, info)):
                continue
            if about_the_grievance(sents[d.sent_index].span, info.span):
                continue
            d.code = upgraded_code(d.code, list(info.span))
            for other in drafts:
                if other.sent_index == info.index and other.code in PROTEST_PARTS \
                        and other.modality == "occurred" and not other.merged:
                    _fold(d, other)
    for d in drafts:
        _territory_by_actor(d)
        if d.code == "ARREST" and d.actor1 is not None and \
                d.actor1.actor.kind in ("rebel", "militia"):
            # people "arrested" by a rebel group or a militia are abducted (ACLED codebook)
            d.code = "ABDUCT_DISSAP"
        if d.code == "ATTACK" and d.actor1 is not None and \
                d.actor1.actor.kind in ("civilians", "rioters", "protesters") and \
                _mob_actor(sents[d.sent_index].span, d.actor1):
            # Unarmed people attacking someone: mob violence in ACLED's terms.
            d.code = "MOB_VIOL"
            actor = d.actor1.actor
            name = fill_template("Rioters ({country})", actor.country)
            d.actor1 = ActorMention(replace(actor, name=name, kind="rioters"), d.actor1.span)


def _only_unclaimed_parts(drafts: list[Draft], protest: Draft, info: SentenceInfo) -> bool:
    """'Chairs were burnt and property destroyed': a sentence whose only events are the kind
    that happen at a protest, with nobody named as doing them and no other date."""
    if any(label in ("PERSON", "ORG", "NORP") for label in span_ent_labels(info.span)):
        return False
    here = [d for d in drafts if d.sent_index == info.index and not d.merged]
    return bool(here) and all(
        d.code in PROTEST_PARTS and d.actor1 is None and d.modality == "occurred"
        and (d.time is None or protest.time is None or d.time.date == protest.time.date)
        for d in here
    )


def _mob_actor(sent: SpacySpan, actor: ActorMention) -> bool:
    """Is the attack's perpetrator an unorganised, unarmed crowd (not 'a man', not gunmen)?"""
    words = [t for t in sent if actor.span[0] <= t.idx < actor.span[1]]
    return is_mob(words, list(sent)) and not lone_or_unseen(words)


def _territory_by_actor(d: Draft) -> None:
    """Territory taken by a government's forces or by a non-state group: the actor decides."""
    if d.code not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER") or d.actor1 is None:
        return
    kind = d.actor1.actor.kind
    if kind == "state":
        d.code = "GOV_REGAINS_TERIT"
    elif kind in ("rebel", "militia"):
        d.code = "NON_STATE_ACTOR_OVERTAKES_TER"


def _mentions_crowd(sent: SpacySpan) -> bool:
    """Does a sentence speak of the protesters (so that its cues are about the protest)?"""
    return any(t.lemma_.lower() in CROWD_WORDS for t in sent)


def _fold_outcomes(drafts: list[Draft]) -> None:
    """Damage reported just after an attack is that attack's outcome; interceptions reported
    just after it give the attack their counts."""
    for i, d in enumerate(drafts):
        if d.merged or d.modality != "occurred" or d.trigger.relation is not None:
            continue
        hosts = ALL_BUT_ARREST if d.code == "ARREST" else HOST_CODES
        host = _attack_of_sentence(drafts, d) if d.code == "DISR_WEAP" else None
        host = host or _recent_attack(drafts[:i], d, hosts)
        if host is None:
            continue
        if host.code not in REMOTE_CODES and d.code == "DISR_WEAP":
            continue
        if d.code in ("PROPERTY_DISTRUCT", "ATTACK") and _same_party(host, d):
            if compatible(host, d) and not told_in_a_claim(drafts, d):
                _fold(host, d)
        elif d.code == "ARREST":
            d.confidence = round(d.confidence * FOLLOW_UP_DISCOUNT, 4)
            d.related.append(Related(host.event_id, "follow_up"))
        elif d.code == "DISR_WEAP":
            _share_figures(host, d)
            d.related.append(Related(host.event_id, "intercepted_from"))
            host.related.append(Related(d.event_id, "interceptions"))


def _attack_of_sentence(drafts: list[Draft], d: Draft) -> Draft | None:
    """ "Militants fired two rockets, one of which was intercepted": the strike told in the
    interception's own sentence is the one intercepted, not an earlier one."""
    return next((p for p in drafts if p is not d and not p.merged
                 and p.sent_index == d.sent_index and p.code in REMOTE_CODES
                 and p.modality == "occurred" and p.trigger.relation is None), None)


def _fold_anaphora(drafts: list[Draft]) -> None:
    """'This attack comes at a time when ...': a referring attack with no place or target of
    its own is the attack it refers to."""
    for i, d in enumerate(drafts):
        if d.trigger.source != "anaphora" or d.modality != "occurred" \
                or d.trigger.relation is not None:
            continue
        host = _recent_attack(drafts[:i], d)
        if host is None or host.code != d.code:
            continue
        own = any(FEATURE_RANK.get((p.feature or "").lower(), 2) < 3 for p in d.places)
        if (d.target is None and not own) or (
                d.sent_index - host.sent_index == 1 and not own and _same_party(host, d)):
            # ("U.S. forces struck radar sites ... The strikes hit the port and killed one
            # person": the next sentence tells more of the strikes, what else they hit)
            _fold(host, d)


def _recent_attack(
    before: list[Draft], d: Draft, codes: frozenset[str] = REMOTE_CODES
) -> Draft | None:
    for prev in reversed(before):
        if prev.merged or prev.trigger.relation is not None or prev.modality != "occurred":
            continue
        gap = d.sent_index - prev.sent_index
        if prev.story != d.story:
            return None
        # One-sentence paragraphs (wire style): the very next line still continues the story.
        if prev.code in codes and 0 < gap <= OUTCOME_WINDOW and \
                (prev.paragraph == d.paragraph or gap == 1):
            return prev
    return None


def _same_party(host: Draft, d: Draft) -> bool:
    """An outcome sentence names no other perpetrator than the event before it."""
    return d.actor1 is None or (host.actor1 is not None
                                and host.actor1.actor.name == d.actor1.actor.name)


def _share_figures(host: Draft, d: Draft) -> None:
    seen = {(q.kind, q.span) for q in host.quantities}
    host.quantities.extend(q for q in d.quantities if (q.kind, q.span) not in seen)
    if host.fatalities is None:
        host.fatalities = d.fatalities
    if host.injuries is None:
        host.injuries = d.injuries
    if not host.places:
        host.places = list(d.places)


def _merge_repeats(drafts: list[Draft]) -> None:
    """Sentences that re-describe an event ("The destruction of the mine ...") add evidence to
    it instead of making a new one."""
    for i, d in enumerate(drafts):
        if d.merged or d.trigger.relation is not None:
            continue
        for prev in drafts[:i]:
            if not prev.merged and _same_event(prev, d):
                if SOURCE_RANK[d.trigger.source] < SOURCE_RANK[prev.trigger.source]:
                    prev.code = d.code  # "the attack" ... "shelled": the named weapon's code
                _fold(prev, d)
                break


def _family(code: str) -> str:
    return family_of(code)


def _same_event(a: Draft, b: Draft) -> bool:
    if a.trigger.relation is not None or a.modality != b.modality:
        return False
    if a.sent_index == b.sent_index or a.story != b.story:
        return False
    if a.actor1 and b.actor1 and a.actor1.actor.name != b.actor1.actor.name:
        return False
    if a.time and b.time and a.time.date != b.time.date:
        return False
    if _family(a.code) != _family(b.code):
        return _same_toll(a, b)
    ta, tb = a.target, b.target
    if ta and tb and ta.target.name and ta.target.name == tb.target.name:
        return True
    if ta and tb and ta.target.kind == tb.target.kind and ta.target.name is None \
            and tb.target.name is None and _same_first_place(a, b):
        return True
    if a.code == "CHANGE_TO_GROUP_ACT" and (a.actor1 is None or b.actor1 is None):
        return False
    return a.code in ("DIPLO", "CHANGE_TO_GROUP_ACT") and _same_first_place(a, b)


#: Codes of armed violence one event may be told as in turn (shelling, an attack, fighting).
TOLL_CODES = REMOTE_CODES | {"ARMED_CLASH", "ATTACK"}


def _same_toll(a: Draft, b: Draft) -> bool:
    """One violent event told in other words ("shelled the town, killing 11" ... "fighting in
    the town left 11 dead"): the same place, the same day and the same death toll. (The
    doers, where both are named, were found to agree.)"""
    return a.code in TOLL_CODES and b.code in TOLL_CODES and a.time is not None \
        and b.time is not None and bool(a.fatalities) and a.fatalities == b.fatalities \
        and _same_first_place(a, b)


def _same_first_place(a: Draft, b: Draft) -> bool:
    if not a.places or not b.places:
        return False
    pa, pb = a.places[0], b.places[0]
    if pa.geonameid is not None:
        return pa.geonameid == pb.geonameid
    return pa.text.lower() == pb.text.lower()


def _fold(host: Draft, other: Draft) -> None:
    other.merged = True
    seen = {(e.field, e.span) for e in host.evidence}
    host.evidence.extend(e for e in other.evidence if (e.field, e.span) not in seen)
    spans = {c.span for c in host.claims}
    host.claims.extend(c for c in other.claims if c.span not in spans)
    host.places.extend(p for p in other.places if p not in host.places)
    host.actor1 = host.actor1 or other.actor1
    host.actor2 = host.actor2 or other.actor2
    host.target = _better_target(host.target, other.target)
    own_day = other.time is not None and not other.borrowed_time
    if host.time is None or (host.borrowed_time and own_day):
        host.time, host.borrowed_time = other.time, other.borrowed_time  # the event's own day
    _share_figures(host, other)
    host.confidence = support(host.confidence, other.confidence)
    host.related.extend(r for r in other.related if r not in host.related)


def _better_target(a: TargetMention | None, b: TargetMention | None) -> TargetMention | None:
    if a is None or b is None:
        return a or b
    generic = target_generic_terms()
    a_generic, b_generic = a.target.kind in generic, b.target.kind in generic
    if a_generic != b_generic:
        return b if a_generic else a
    if a.target.name is None and b.target.name is not None:
        return b
    return a


def _link_past(drafts: list[Draft]) -> None:
    """A past event the text refers back to is linked to the event it is compared with: the
    current event of its sentence, else the last one before it."""
    live = [d for d in drafts if not d.merged]
    for d in live:
        if d.trigger.relation is None:
            continue
        same = [h for h in live if h.sent_index == d.sent_index and h.trigger.relation is None
                and h.modality == "occurred"]
        before = [h for h in live if h.sent_index < d.sent_index and h.trigger.relation is None
                  and h.modality == "occurred"]
        host = same[0] if same else (before[-1] if before else None)
        if host is None:
            continue
        d.related.append(Related(host.event_id, d.trigger.relation))
        host.related.append(Related(d.event_id, d.trigger.relation))


# --- freezing --------------------------------------------------------------------------------


@functools.cache
def _code_names() -> dict[str, tuple[str, str]]:
    data = load_toml("codes.toml")
    return {code: (v["event_type"], v["sub_event_type"]) for code, v in data.items()}


def _freeze(text: str, d: Draft) -> Event:
    event_type, sub_event_type = _code_names()[d.code]
    evidence = list(d.evidence)
    for name, mention in (("actor1", d.actor1), ("actor2", d.actor2), ("target", d.target)):
        if mention is not None:
            evidence.append(Evidence(name, text[mention.span[0] : mention.span[1]],
                                     mention.span))
    if d.time is not None and d.time.span is not None:
        evidence.append(Evidence("date", d.time.text, d.time.span))
    evidence = [e for e in evidence if text[e.span[0] : e.span[1]] == e.text]
    claims = without_headline(d.claims, text)
    return Event(
        event_id=d.event_id,
        code=d.code,
        event_type=event_type,
        sub_event_type=sub_event_type,
        confidence=d.confidence,
        modality=d.modality,
        date=d.time.date if d.time else None,
        date_precision=d.time.precision if d.time else None,
        date_text=d.time.text if d.time else None,
        actor1=d.actor1.actor if d.actor1 else None,
        actor2=d.actor2.actor if d.actor2 else None,
        target=d.target.target if d.target and d.code in TARGET_CODES else None,
        places=_distinct(d.places),
        fatalities=d.fatalities,
        injuries=d.injuries,
        quantities=tuple(d.quantities),
        claims=tuple(claims),
        status="contested" if d.disputed else status_for(claims),
        evidence=tuple(_unique(evidence)),
        related=tuple(dict.fromkeys(d.related)),
    )


def _unique(items: list[Evidence]) -> list[Evidence]:
    return list(dict.fromkeys(items))


def _distinct(places: list[Place]) -> tuple[Place, ...]:
    """One place per resolved place and relation: a headline and a body that both name "Port
    Sudan" put the event there once (the first mention is kept as the evidence)."""
    seen: dict[tuple[object, ...], Place] = {}
    for p in places:
        key = (p.geonameid if p.geonameid is not None else p.text.lower(), p.relation)
        seen.setdefault(key, p)
    return tuple(seen.values())
