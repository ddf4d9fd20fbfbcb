"""Document-level consolidation: one event per real-world event a report describes.

A news report names its main event several times: in the headline, in the lead, and again in
later sentences ("the attack", "the strikes", "a series of drone strikes"). It also speaks of
conduct in general ("the targeting of infrastructure can ...") and of what did not happen ("no
group has claimed responsibility"). The passes here work on the drafts of `assemble`:

- `drop_commentary`: planned or hypothetical events with no concrete act or no anchor, and
  events their sentence denies;
- `fold_headline`: the title line is a summary of the body;
- `merge_descriptions`: back-references and restatements of the same code, date and place;
- `attach_figures`: casualty figures of the next sentence go to the event they follow;
- `support` and `promote_main`: confidence grows with the sentences behind an event, and the
  report's main event ranks first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from ..claims.parties import same_party
from ..records import Attribution, Place
from .detect import REMOTE_CODES
from .figures import find_figures
from .lexicon import load_toml
from .trigger import DELIVERY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .assemble import Draft

#: Events whose next sentence often reports their dead and wounded.
VIOLENT_CODES = REMOTE_CODES | {"ARMED_CLASH", "ATTACK", "MOB_VIOL", "VIOL_DEMONSTR",
                                "ABDUCT_DISSAP", "SEX_VIOL"}
#: Place features from the most to the least specific (unknown features rank as a district).
PLACE_RANK = {"facility": 0, "site": 0, "village": 1, "town": 1, "city": 1, "district": 2,
              "admin2": 2, "region": 3, "admin1": 3, "country": 4, "continent": 5}
#: Named entities that anchor a planned event (a party, a place, a day).
ANCHOR_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME"})
#: How far (in sentences) a casualty sentence may follow the event it completes.
FIGURE_WINDOW = 1
#: Share of a supporting description's confidence that its event gains (damped noisy-or).
SUPPORT_WEIGHT = 0.5
#: How a trigger's code was found when its words name the weapon ("roadside bomb", "shelled",
#: an attack "with mortars").
NAMED_WEAPON = frozenset({"explicit", "weapon"})
#: Margin by which the main event leads the others.
MAIN_MARGIN = 0.01

Fold = Callable[["Draft", "Draft"], None]


class Sentence(Protocol):
    """What the passes need of a sentence (assemble.SentenceInfo)."""

    @property
    def index(self) -> int: ...

    @property
    def span(self) -> SpacySpan: ...

    @property
    def paragraph(self) -> int: ...


@dataclass(frozen=True)
class Rules:
    back_dets: frozenset[str]
    distinct: frozenset[str]
    openers: tuple[str, ...]
    abstractions: frozenset[str]
    negative_subjects: frozenset[str]
    negative_dets: frozenset[str]
    habitual: frozenset[str]
    background: tuple[str, ...]
    families: dict[str, str]


@functools.cache
def rules() -> Rules:
    data = load_toml("document.toml")
    triggers = load_toml("triggers.toml")
    return Rules(
        back_dets=frozenset(data["back_reference"]["determiners"]),
        distinct=frozenset(data["distinct"]["modifiers"]),
        openers=tuple(data["distinct"]["openers"]),
        abstractions=frozenset(data["commentary"]["abstractions"]),
        negative_subjects=frozenset(data["negation"]["subjects"]),
        negative_dets=frozenset(data["negation"]["determiners"]),
        habitual=frozenset(data["negation"]["habitual"]),
        background=tuple(data["figures"]["background"]),
        families={code: name for name, codes in triggers["families"].items() for code in codes},
    )


def family_of(code: str) -> str:
    """The family of codes one real-world event may be described with ("remote" attacks)."""
    return rules().families.get(code, code)


# --- commentary and denials -------------------------------------------------------------------


def drop_commentary(doc: Doc, sents: Sequence[Sentence], drafts: list[Draft]) -> None:
    """Drop what no event stands behind: a planned or hypothetical event named by an abstraction
    or with no actor, place or date of its own, and an event its sentence denies."""
    for d in drafts:
        if d.merged:
            continue
        if d.modality != "occurred":
            if _is_abstract(doc, d) or not _anchored(sents[d.sent_index].span, d):
                d.merged = True
        elif _denied(doc, d) or _a_tally_since(doc[d.trigger.head]) or (d.sent_index > 0 and (
                _a_habit(doc[d.trigger.head]) or _a_kind(doc[d.trigger.head])
                or _a_denied_kind(doc[d.trigger.head]))):
            d.merged = True


def _a_habit(verb: Token) -> bool:
    """ "the military only targets terrorists", "the group attacks convoys": an event verb in
    the simple present whose objects are bare plurals tells a habit or a policy, no event
    (outside the headline, where the present tells what happened)."""
    return verb.tag_ in SIMPLE_PRESENT and _kinds_as_objects(verb)


def _a_tally_since(tok: Token) -> bool:
    """ "Drone strikes have killed dozens of civilians since the conflict began", "12 million
    people have been displaced by the war": the present perfect over a war or years sums up
    the war so far, no event ("strikes have killed three people since Monday" is one)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    if verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
            for c in verb.children):
        return False
    spans = [c for c in verb.children if (c.dep_ in ("prep", "agent") and c.lower_ in (
        "since", "by", "during", "in")) or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in c.children))]
    return any(_a_long_time(span) for span in spans)


#: Words of a war or a long span of it ("since the conflict began", "by the war").
WAR_WORDS = frozenset({"war", "conflict", "invasion", "insurgency", "fighting", "crisis",
                       "rebellion", "uprising", "occupation", "year", "decade", "month"})


def _a_long_time(phrase: Token) -> bool:
    """Does the phrase name a war or a year ("since it began in 2017")?"""
    return any(w.lemma_.lower() in WAR_WORDS or (w.like_num and len(w.text) == 4)
               for w in phrase.subtree)


def _a_denied_kind(verb: Token) -> bool:
    """ "the military has denied targeting civilians": a kind of act a party says it never
    does, told by a gerund with bare plural objects, is no event (the denial of a particular
    act, "denied striking the hospital", is left to contest it)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "ccomp") \
        and verb.head.lemma_.lower() in ("deny", "reject", "dismiss") \
        and _kinds_as_objects(verb)


def _kinds_as_objects(verb: Token) -> bool:
    """Has the verb direct objects, all of them bare plurals ("targets terrorists")?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(_bare_plural(o) for o in objects)


def _a_kind(noun: Token) -> bool:
    """ "strikes on military infrastructure are a legitimate response", "Ukraine says its
    strikes target military infrastructure": a plural event noun, bare or with a possessive
    pronoun, as the subject of a verb in the simple present speaks of a kind of event."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in SIMPLE_PRESENT \
        and noun.tag_ == "NNS" and not any(
            c.dep_ in ("det", "nummod") or c.dep_ == "poss" and c.pos_ != "PRON"
            for c in noun.children)


#: Tags of a verb in the simple present.
SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no determiner, number or possessor: a kind, not things counted or
    pointed at ("strikes", not "the strikes", "two strikes", "its strikes")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss")
                                          for c in noun.children)


def drop_in_sources(doc: Doc, attributions: Sequence[Attribution], drafts: list[Draft]
                    ) -> None:
    """ "two officials briefed on the negotiations told Wire", "a witness to the shooting
    said": a trigger in what describes the source of a statement (a clause or a phrase on its
    head) says who the source is, not what happened. The source's own head ("protesters
    demanded ...") stays an event."""
    sources = [span for a in attributions if a.source_span is not None
               and (span := doc.char_span(*a.source_span, alignment_mode="expand")) is not None
               and len(span) > 0]
    for d in drafts:
        head = doc[d.trigger.head]
        if not d.merged and any(s.start <= head.i < s.end and _describes(head, s.root)
                                for s in sources):
            d.merged = True


def _describes(tok: Token, root: Token) -> bool:
    """Is `tok` inside a clause or a phrase hung on `root` ("briefed on the negotiations")?"""
    for node in (tok, *tok.ancestors):
        if node.i == root.i:
            return False
        if node.dep_ in ("acl", "relcl", "prep") and node.head.i == root.i \
                and node.lower_ != "of":  # ("dozens of demonstrators" are the source)
            return True
    return False


#: Codes of the fighting a definite "the fighting" may point back at.
FIGHT_HOSTS = frozenset({"ARMED_CLASH", "NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT",
                         "ATTACK"})
#: Determiners by which a fight word points back at one told before.
_POINTING = frozenset({"the", "this", "that", "these", "those"})


def fold_the_fighting(doc: Doc, drafts: list[Draft]) -> None:
    """ "Rebels took the town after two days of fighting. At least 23 civilians were killed
    in the fighting": fighting named with "the" in the next two sentences is the fighting
    told before, not a new clash (nor a brawl of the civilians it killed)."""
    for i, d in enumerate(drafts):
        head = doc[d.trigger.head]
        if d.merged or d.code not in ("ARMED_CLASH", "MOB_VIOL") or d.modality != "occurred" \
                or head.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ in _POINTING for c in head.children):
            continue
        host = next((p for p in reversed(drafts[:i]) if not p.merged and p.story == d.story
                     and 0 < d.sent_index - p.sent_index <= 2 and p.code in FIGHT_HOSTS
                     and p.modality == "occurred"), None)
        if host is not None:  # its places are where people fled, its dead the host's
            d.merged = True
            host.fatalities = host.fatalities if host.fatalities is not None else d.fatalities
            host.injuries = host.injuries if host.injuries is not None else d.injuries
            host.quantities.extend(q for q in d.quantities if q not in host.quantities)


def _is_abstract(doc: Doc, d: Draft) -> bool:
    words = {doc[i].lemma_.lower() for i in range(d.trigger.start, d.trigger.end)}
    return bool(words & rules().abstractions) or doc[d.trigger.head].lower_ in rules().abstractions


def _anchored(sent: SpacySpan, d: Draft) -> bool:
    """Is a planned event tied to someone, something, somewhere or some day named in its own
    sentence?"""
    if d.actor1 is not None or d.actor2 is not None or d.target is not None or d.places:
        return True
    return any(t.ent_type_ in ANCHOR_ENTITIES for t in sent)


def _denied(doc: Doc, d: Draft) -> bool:
    """'No group has claimed responsibility', 'the ministry did not comment on the strikes':
    the trigger's clause is negated, or its subject is nobody."""
    head = doc[d.trigger.head]
    verb = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
    if verb is None:
        return False
    if verb.i != head.i and _habitual(verb, head):
        return True  # "rarely comments on strikes inside Russia": a kind of event
    if verb.i != head.i and not is_back_reference(doc, d):
        return False  # "killed in an attack that did not ...": only back-references
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(_negative_subject(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _habitual(verb: Token, noun: Token) -> bool:
    """A habit of the verb's subject about a bare plural event noun (no determiner, no
    number): "Kyiv rarely comments on strikes", "the army seldom reports raids"."""
    return _bare_plural(noun) and any(c.dep_ == "advmod" and c.lower_ in rules().habitual
                        for c in verb.children)


def _governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None


def _negative_subject(tok: Token) -> bool:
    r = rules()
    if tok.lower_ in r.negative_subjects:
        return True
    return any(c.dep_ == "det" and c.lower_ in r.negative_dets for c in tok.children)


# --- references ------------------------------------------------------------------------------


def is_back_reference(doc: Doc, d: Draft) -> bool:
    """'the attack', 'these operations', 'such raids': an event noun with a referring
    determiner (or one the trigger stage resolved by anaphora)."""
    if d.trigger.source == "anaphora":
        return True
    head = doc[d.trigger.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in rules().back_dets
               for c in head.children)


def says_distinct(doc: Doc, d: Draft) -> bool:
    """'another attack', 'a second strike', 'fresh clashes': a new event, not a re-description."""
    if d.trigger.relation is not None:
        return True
    head = doc[d.trigger.head]
    words = [c for c in head.children if c.dep_ in ("amod", "det", "nummod", "advmod")]
    words += [doc[i] for i in range(d.trigger.start, d.trigger.end)]
    if any(w.lower_ in rules().distinct for w in words):
        return True
    return opens_other_story(head.sent.text)


def opens_other_story(text: str) -> bool:
    """Does a sentence open with a cue of a different incident ("Separately, ...", "Elsewhere,
    ...", "In a separate incident, ...")?"""
    opening = text.lstrip().lower()
    return any(_has_phrase(opening[: len(cue) + 1], cue) for cue in rules().openers)


# --- headline --------------------------------------------------------------------------------


def is_title_line(sents: Sequence[Sentence]) -> bool:
    """A first line of its own with no final full stop: the report's headline."""
    if len(sents) < 2 or sents[0].paragraph == sents[1].paragraph:
        return False
    return not sents[0].span.text.rstrip().endswith((".", "!", "?", ":"))


def fold_headline(sents: Sequence[Sentence], drafts: list[Draft], fold: Fold) -> None:
    """Headline events summarise the body: each goes into the body event it matches (same
    family, best by target then place), and is dropped when the body reports other events."""
    if not is_title_line(sents):
        return
    body = [d for d in drafts if not d.merged and d.sent_index > 0 and d.modality == "occurred"
            and d.trigger.relation is None]
    if not body:
        return
    body_start = sents[1].span.start_char if len(sents) > 1 else None
    for h in [d for d in drafts if d.sent_index == 0 and not d.merged]:
        same = [d for d in body if family_of(d.code) == family_of(h.code)
                and not _actors_conflict(h, d) and not _claimants_differ(h, d)]
        if same:
            fold(max(same, key=lambda d: _headline_match(h, d)), h)
        elif body_start is None or not any(ev.span[0] >= body_start for ev in h.evidence):
            h.merged = True  # a headline event that no body event took in is dropped


def _headline_match(h: Draft, d: Draft) -> tuple[int, int, int, int]:
    same_code = int(h.code == d.code)
    ht, dt = h.target, d.target
    same_target = int(ht is not None and dt is not None and ht.target.kind == dt.target.kind)
    shared = int(any(_same_place(a, b) for a in h.places for b in d.places))
    return (same_target, shared, same_code, -d.sent_index)


# --- re-descriptions -------------------------------------------------------------------------


def merge_descriptions(doc: Doc, drafts: list[Draft], fold: Fold) -> None:
    """One event per real-world event: a back-reference goes into the event it refers to
    unless it gives another date or place; a restatement (same family, same or unknown date,
    a place no more specific, no other actor, something in common or close by) goes into the
    nearest event it restates. 'another', 'second', 'earlier', 'similar' keep events apart, and
    so does a new story ("Separately, ...": see stories.py)."""
    for i, d in enumerate(drafts):
        if d.merged or says_distinct(doc, d):
            continue
        before = [p for p in reversed(drafts[:i]) if _can_host(p, d)]
        claimed = told_in_a_claim(drafts, d)
        if claimed:  # the attack a group claims is no state force's, and the one told before
            before = [p for p in before if p.actor1 is None or p.actor1.actor.kind != "state"]
        if not before:
            continue
        if claimed and d.modality == "occurred" and _compatible(before[0], d, finer_ok=True):
            fold(before[0], d)
            continue
        if is_back_reference(doc, d):
            if _compatible(before[0], d, finer_ok=True):
                if d.modality == "occurred":
                    fold(before[0], d)
                else:
                    d.merged = True  # "the damage could have ...": the event is reported
        elif d.modality == "occurred":
            host = next((p for p in before if _compatible(p, d, finer_ok=False)
                         and _restates(p, d)), None)
            if host is not None:
                fold(host, d)


def told_in_a_claim(drafts: list[Draft], d: Draft) -> bool:
    """ "IS claimed the attack, saying its fighters had killed ...": what a claim of
    responsibility tells is the attack claimed, not the outcome of an event before it."""
    return any(o.code == "ATTRIB" and o.sent_index == d.sent_index for o in drafts)


def _can_host(p: Draft, d: Draft) -> bool:
    return (not p.merged and p.trigger.relation is None and p.modality == "occurred"
            and p.sent_index != d.sent_index and p.story == d.story
            and family_of(p.code) == family_of(d.code))


def _restates(host: Draft, d: Draft) -> bool:
    """Is there anything to show that `d`, which does not refer back, tells `host` again: it
    follows it closely (in its paragraph, or as the next sentence), or it names the same place,
    perpetrator, kind of target or toll? Two attacks told paragraphs apart, with nothing in
    common but their kind, are two attacks; so are two whose words name weapons of different
    delivery ("jets struck a house ... A roadside bomb killed two soldiers")."""
    if DELIVERY.get(host.code) != DELIVERY.get(d.code) \
            and {host.trigger.source, d.trigger.source} <= NAMED_WEAPON:
        return False
    if host.paragraph == d.paragraph or d.sent_index - host.sent_index == 1:
        return True
    if host.places and d.places:
        return True  # the places fit (see _compatible)
    if host.actor1 is not None and d.actor1 is not None:
        return True  # the perpetrators agree (see _compatible)
    ht, dt = host.target, d.target
    if ht is not None and dt is not None and ht.target.kind == dt.target.kind:
        return True
    return host.fatalities is not None and host.fatalities == d.fatalities


def compatible(host: Draft, d: Draft) -> bool:
    """Can `d` describe the same event as `host`: no other date, place or perpetrator?"""
    return _compatible(host, d, finer_ok=True)


def _compatible(host: Draft, d: Draft, *, finer_ok: bool) -> bool:
    if host.time is not None and d.time is not None and host.time.date != d.time.date \
            and not (host.borrowed_time or d.borrowed_time):
        return False  # two days, unless one is not the event's own
    if _actors_conflict(host, d) or _claimants_differ(host, d):
        return False
    return _places_fit(host.places, d.places, finer_ok=finer_ok)


def _claimants_differ(a: Draft, b: Draft) -> bool:
    """Two claims or denials of responsibility (ATTRIB) made by different parties ("Washington
    blamed the militias", "the militia denied any role") are two statements, not one told
    twice."""
    if a.code != "ATTRIB" or b.code != "ATTRIB":
        return False
    first = {c.claimant for c in a.claims if c.claimant}
    second = {c.claimant for c in b.claims if c.claimant}
    return bool(first and second) and not any(
        same_party(x, y) for x in first for y in second)


def _actors_conflict(a: Draft, b: Draft) -> bool:
    """Two different perpetrators, unless the sides are the same pair seen from each end."""
    if a.actor1 is None or b.actor1 is None:
        return False
    one, two = a.actor1.actor.name, b.actor1.actor.name
    if one == two:
        return False
    a2 = a.actor2.actor.name if a.actor2 else None
    b2 = b.actor2.actor.name if b.actor2 else None
    return not (one == b2 or two == a2)


def _places_fit(host: list[Place], new: list[Place], *, finer_ok: bool) -> bool:
    """Same place, or one contains the other; a fresh description may not be finer than its
    host (a strike on a town after a country-wide wave is an event of its own)."""
    if not new:
        return True
    if not host:
        return finer_ok
    a, b = _finest(host), _finest(new)
    if not (_same_place(a, b) or _contains(a, b) or _contains(b, a)):
        return False
    return finer_ok or _rank(b) >= _rank(a) or _same_place(a, b)


def _finest(places: list[Place]) -> Place:
    return min(places, key=lambda p: (_rank(p), 0 if p.geonameid is not None else 1))


def _rank(p: Place) -> int:
    if p.feature is None and p.geo_precision is not None:
        return p.geo_precision
    return PLACE_RANK.get((p.feature or "").lower(), 2)


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    ta, tb = a.text.lower(), b.text.lower()
    return ta == tb or ta in tb or tb in ta


def _contains(outer: Place, inner: Place) -> bool:
    """Does `outer` (a country or a region) contain `inner`?"""
    if outer.country_code is None or outer.country_code != inner.country_code:
        return False
    rank = _rank(outer)
    if rank >= 4:
        return _rank(inner) < rank
    if rank >= 3 and outer.admin1 is not None:
        return inner.admin1 == outer.admin1 and _rank(inner) < rank
    return False


# --- figures of the next sentence ------------------------------------------------------------


def attach_figures(sents: Sequence[Sentence], drafts: list[Draft], fold: Fold,
                   history: frozenset[int] = frozenset()) -> None:
    """'One worker was killed and three were injured at the plant, he added.': a sentence that
    only counts casualties, right after a violent event, gives them to that event. The toll of
    a sentence about an event long past (`history`: "the 2006 war killed more than 1,000
    people") is that event's, and goes to none."""
    owned = {d.sent_index for d in drafts if not d.merged and not d.trigger.outcome}
    for d in drafts:
        if d.merged or not d.trigger.outcome or d.sent_index in owned or d.actor1 is not None:
            continue
        host = _previous_violent(drafts, d.sent_index)
        if host is None or host.story != d.story:
            continue
        if _is_current(sents[d.sent_index].span):
            fold(host, d)
        else:
            d.merged = True  # "... killed since the war began": a running total, no event
    hosts = {d.sent_index: d for d in drafts if not d.merged and d.code in VIOLENT_CODES
             and d.modality == "occurred" and d.trigger.relation is None}
    taken = {d.sent_index for d in drafts if not d.merged}
    for info in sents:
        if info.index in taken or info.index in history \
                or info.index - FIGURE_WINDOW not in hosts or opens_other_story(info.span.text):
            continue
        if _counts_casualties(info.span) and _is_current(info.span):
            _take_casualties(hosts[info.index - FIGURE_WINDOW], info.span)


def _previous_violent(drafts: list[Draft], index: int) -> Draft | None:
    for p in reversed(drafts):
        if p.sent_index >= index or p.merged:
            continue
        if index - p.sent_index > FIGURE_WINDOW:
            return None
        if p.code in VIOLENT_CODES and p.modality == "occurred" and p.trigger.relation is None:
            return p
    return None


def _counts_casualties(sent: SpacySpan) -> bool:
    return any(t.lemma_.lower() in ("kill", "die", "injure", "wound", "hurt", "dead")
               for t in sent) and any(t.like_num for t in sent)


def _is_current(sent: SpacySpan) -> bool:
    low = sent.text.lower()
    return not any(_has_phrase(low, cue) for cue in rules().background)


def _has_phrase(low: str, phrase: str) -> bool:
    at = low.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return True
        at = low.find(phrase, at + 1)
    return False


def _take_casualties(host: Draft, sent: SpacySpan) -> None:
    figures = find_figures(sent)
    if figures.fatalities is None and figures.injuries is None:
        return
    if host.fatalities is None and figures.fatalities is not None:
        host.fatalities = figures.fatalities
    if host.injuries is None and figures.injuries is not None:
        host.injuries = figures.injuries
    seen = {(e.field, e.span) for e in host.evidence}
    host.evidence.extend(e for e in figures.evidence if (e.field, e.span) not in seen)


# --- confidence ------------------------------------------------------------------------------


def support(host: float, other: float) -> float:
    """Confidence of an event once another description supports it: a damped noisy-or, so
    that every supporting sentence adds, and none adds more than half of what is missing."""
    gained = host + (1.0 - host) * other * SUPPORT_WEIGHT
    return round(min(max(host, other, gained), 0.99), 4)


def promote_main(drafts: list[Draft], lead_count: int) -> None:
    """The report's main event (the best occurred event of its lead) ranks above the others."""
    live = [d for d in drafts if not d.merged]
    lead = [d for d in live if d.sent_index < lead_count and d.modality == "occurred"
            and d.trigger.relation is None]
    if not lead:
        return
    main = max(lead, key=lambda d: d.confidence)
    top = max((d.confidence for d in live if d is not main), default=0.0)
    if top >= main.confidence:
        main.confidence = round(min(top + MAIN_MARGIN, 0.99), 4)
