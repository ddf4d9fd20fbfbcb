"""The cue lexicons of the claims stage, read once per process from `data/cues.toml`."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ModelError


@dataclass(frozen=True)
class CueLexicon:
    """Lemma sets the extractor matches against the parse (all lower case)."""

    assert_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    hedge_verbs: frozenset[str]
    object_content: frozenset[str]
    no_object: frozenset[str]
    prep_content: frozenset[str]
    xcomp_content: frozenset[str]
    particles: frozenset[str]
    quote_only: frozenset[str]
    text_voice: frozenset[str]
    causatives: frozenset[str]
    #: verbs of asking, allowing or requiring whose infinitive is no statement made
    requests: frozenset[str]
    #: verbs that give a name with a reflexive object ("calling itself ...")
    naming: frozenset[str]
    #: "declined to be named", "asked not to be identified": no statement
    source_naming: frozenset[str]
    #: what the reader "can" do when the writer addresses them ("as you can see")
    reader_verbs: frozenset[str]
    weak: frozenset[str]
    to_content: frozenset[str]
    answer_verbs: frozenset[str]
    no_passive: frozenset[str]
    #: verb lemma -> prepositions whose object is its content for that verb alone
    own_preps: Mapping[str, frozenset[str]]
    evidence_verbs: frozenset[str]
    evidence_subjects: frozenset[str]
    intent: frozenset[str]
    desire: frozenset[str]
    urging: frozenset[str]
    #: verbs of a feeling stirred in their object ("the levy angered the farmers")
    feelings: frozenset[str]
    #: people and armed groups, who act on others rather than stir a feeling as a thing does
    actors: frozenset[str]
    attitude_adjectives: frozenset[str]
    statement_nouns: frozenset[str]
    agreements: frozenset[str]
    summaries: frozenset[str]
    #: nouns by which a statement points back at an earlier one ("rejected the claim")
    answered: frozenset[str]
    not_topics: frozenset[str]
    reasons: frozenset[str]
    #: "on condition of anonymity to discuss ...": the infinitive is the reason, no statement
    anonymity: frozenset[str]
    #: nouns that "have" gives its subject to bear, not to voice ("had two charges against her")
    borne_nouns: frozenset[str]
    media: frozenset[str]
    #: media that are occasions of speech and join the cue after its verb
    spoken_media: frozenset[str]
    light_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    position_nouns: frozenset[str]
    viewpoints: frozenset[str]
    held_nouns: frozenset[str]
    verbal_acts: frozenset[str]
    side_taking: frozenset[str]
    aspect_governors: frozenset[str]
    #: nouns of a leading place in a cause ("at the forefront of demanding")
    lead_positions: frozenset[str]
    issuing: frozenset[str]
    topical: frozenset[str]
    credence: frozenset[str]
    pursuit: frozenset[str]
    standings: frozenset[str]
    reckonings: frozenset[str]
    tolls: frozenset[str]
    counts: frozenset[str]
    reckoning_verbs: frozenset[str]
    issuing_particles: frozenset[str]
    issued: frozenset[str]
    issued_parts: frozenset[str]
    credited: frozenset[str]
    documents: frozenset[str]
    works: frozenset[str]
    spoken_objects: frozenset[str]
    retorts: frozenset[str]
    deny_nouns: frozenset[str]
    generic_sources: frozenset[str]
    speaker_nouns: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    raising_verbs: frozenset[str]
    hedge_governors: frozenset[str]
    unable: frozenset[str]
    falsity: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    male_address: frozenset[str]
    female_address: frozenset[str]
    male_nouns: frozenset[str]
    female_nouns: frozenset[str]
    indefinite_pronouns: frozenset[str]
    outlet_nouns: frozenset[str]
    body_heads: frozenset[str]
    #: modifiers that only point back at a body named before ("the same ministry")
    pointing_modifiers: frozenset[str]
    #: fighters named by the group they belong to ("Houthi rebels")
    fighter_heads: frozenset[str]
    #: outlet nouns that need a word of news before them ("news agency")
    marked_outlet_nouns: frozenset[str]
    news_marks: frozenset[str]
    outlets: frozenset[str]
    titles: frozenset[str]
    #: role words of one who speaks for a body ("spokesman")
    speaking_for: frozenset[str]
    labels: frozenset[str]
    #: labels of an interviewee's turn ("A:") and words that introduce the one interviewed
    answer_labels: frozenset[str]
    interview_words: frozenset[str]
    #: (lower-case words, shown name), longest phrase first
    channels: tuple[tuple[tuple[str, ...], str], ...]
    generic_channels: frozenset[str]

    @functools.cached_property
    def owned_nouns(self) -> frozenset[str]:
        """Nouns that head an attribution when a possessor owns them ("her decision to")."""
        return self.held_nouns | self.stance_nouns | self.statement_nouns

    @functools.cached_property
    def channels_by_first_word(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """`channels` grouped by their first word, each group in `channels` order."""
        groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, shown in self.channels:
            groups.setdefault(phrase[0], []).append((phrase, shown))
        return {first: tuple(group) for first, group in groups.items()}

    @functools.cached_property
    def platforms(self) -> frozenset[str]:
        """One-word channel names ("telegram", "twitter", "television"): "wrote on Telegram"
        names the medium."""
        return frozenset(words[0] for words, _ in self.channels if len(words) == 1)

    @functools.cached_property
    def cue_verbs(self) -> frozenset[str]:
        return self.assert_verbs | self.deny_verbs | self.hedge_verbs

    @functools.cached_property
    def dispatch_words(self) -> frozenset[str]:
        """Lower-case forms a token may have to head any shape `extract._match` knows: the
        walk over a document tests the parse only at tokens holding one of these, or one
        of `dispatch_lemmas`, or a colon or dash."""
        fixed = {"according", "in", "against", "citing", "by"}
        return frozenset(fixed) | self.headline_forms | self.cue_verbs | self.attitude_adjectives

    @functools.cached_property
    def dispatch_lemmas(self) -> frozenset[str]:
        """Lower-case lemmas a token may have to head a shape (see `dispatch_words`)."""
        nouns = self.stance_nouns | self.statement_nouns | self.position_nouns | self.owned_nouns \
            | self.viewpoints | self.agreements
        verbs = self.light_verbs | self.cue_verbs | self.issuing | self.pursuit | self.feelings \
            | self.reckoning_verbs | {"make", "put"}
        return self.attitude_adjectives | nouns | verbs

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """`dispatch_words` and `dispatch_lemmas` together but the prepositions that head a
        finding only with a statement noun ("in a statement", "by one estimate"): a line
        holding none of them reports no statement."""
        return (self.dispatch_words | self.dispatch_lemmas) - {"in", "by", "against"}

    @functools.cached_property
    def venues(self) -> frozenset[str]:
        """Media and platforms: what a statement may be made in or on."""
        return self.media | self.platforms

    @functools.cached_property
    def wordy_nouns(self) -> frozenset[str]:
        """Nouns that are or hold words (a statement, a record, a document, a work, an issued
        text, a medium): a participle on one of them may report what they say."""
        return self.statement_nouns | self.evidence_subjects | self.documents | self.works \
            | self.issued | self.media

    @functools.cached_property
    def stand_ins(self) -> frozenset[str]:
        """Sources that stand for someone named elsewhere: a statement or a document ("the
        statement said"), a pronoun ("he said")."""
        return self.statement_nouns | self.documents | self.person_pronouns | self.group_pronouns

    @functools.cached_property
    def headline_forms(self) -> frozenset[str]:
        """Third-person present forms of the cue verbs ("says", "denies", "warns"): in a
        title-case headline the tagger often takes them for proper nouns."""
        return frozenset({"says"} | {_third_person(v) for v in self.cue_verbs - self.quote_only})

    @functools.cached_property
    def deny_forms(self) -> frozenset[str]:
        """Third-person present forms of the verbs of denial ("denies", "rejects")."""
        return frozenset(_third_person(v) for v in self.deny_verbs)


def _third_person(verb: str) -> str:
    """"deny" → "denies", "dismiss" → "dismisses", "reject" → "rejects"."""
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in table.get(key, []))


def read_data(name: str, what: str) -> dict[str, Any]:
    """The TOML file `data/NAME` of the claims stage; `what` names it in the error."""
    try:
        raw = resources.files("eventwire.claims").joinpath(f"data/{name}").read_text("utf-8")
        return tomllib.loads(raw)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ModelError(f"{what} unreadable: {exc}") from exc


@functools.cache
def get_lexicon() -> CueLexicon:
    """Load the cue lexicon (cached: one read per process)."""
    data = read_data("cues.toml", "claims cue lexicon")
    verbs, nouns = data["verbs"], data["nouns"]
    hedges, sources = data["hedges"], data["sources"]
    channels = sorted(
        ((tuple(k.split()), str(v)) for k, v in data["channels"].items()),
        key=lambda item: -len(item[0]),
    )
    return CueLexicon(
        assert_verbs=_words(verbs, "assert"),
        deny_verbs=_words(verbs, "deny"),
        hedge_verbs=_words(verbs, "hedge"),
        object_content=_words(verbs, "object_content"),
        no_object=_words(verbs, "no_object"),
        prep_content=_words(verbs, "prep_content"),
        xcomp_content=_words(verbs, "xcomp_content"),
        particles=_words(verbs, "particles"),
        quote_only=_words(verbs, "quote_only"),
        text_voice=_words(verbs, "text_voice"),
        causatives=_words(verbs, "causatives"),
        requests=_words(verbs, "requests"),
        naming=_words(verbs, "naming"),
        source_naming=_words(verbs, "source_naming"),
        reader_verbs=_words(verbs, "reader_verbs"),
        weak=_words(verbs, "weak"),
        to_content=_words(verbs, "to_content"),
        answer_verbs=_words(verbs, "answer"),
        no_passive=_words(verbs, "no_passive"),
        own_preps=MappingProxyType({str(k).lower(): _words(verbs["own_preps"], k)
                                    for k in verbs["own_preps"]}),
        evidence_verbs=_words(verbs, "evidence"),
        evidence_subjects=_words(nouns, "evidence_subjects"),
        intent=_words(verbs, "intent"),
        desire=_words(verbs, "desire"),
        urging=_words(verbs, "urging"),
        feelings=_words(verbs, "feelings"),
        actors=_words(nouns, "actors"),
        attitude_adjectives=_words(nouns, "attitude_adjectives"),
        statement_nouns=_words(nouns, "statement"),
        agreements=_words(nouns, "agreements"),
        summaries=_words(nouns, "summaries"),
        answered=_words(nouns, "answered"),
        not_topics=_words(nouns, "not_topics"),
        reasons=_words(nouns, "reasons"),
        anonymity=_words(nouns, "anonymity"),
        borne_nouns=_words(nouns, "borne"),
        media=_words(nouns, "media"),
        spoken_media=_words(nouns, "spoken_media"),
        light_verbs=_words(verbs, "light"),
        stance_nouns=_words(nouns, "stance"),
        position_nouns=_words(nouns, "position"),
        viewpoints=_words(nouns, "viewpoint"),
        held_nouns=_words(nouns, "held"),
        verbal_acts=_words(verbs, "verbal_acts"),
        side_taking=_words(verbs, "side_taking"),
        aspect_governors=_words(verbs, "aspect_governors"),
        lead_positions=_words(nouns, "lead_positions"),
        issuing=_words(verbs, "issuing"),
        topical=_words(verbs, "topical"),
        credence=_words(verbs, "credence"),
        pursuit=_words(verbs, "pursuit"),
        standings=_words(nouns, "standings"),
        reckonings=_words(nouns, "reckonings"),
        tolls=_words(nouns, "tolls"),
        counts=_words(nouns, "counts"),
        reckoning_verbs=_words(verbs, "reckoning"),
        issuing_particles=_words(verbs, "issuing_particles"),
        issued=_words(nouns, "issued"),
        issued_parts=_words(nouns, "issued_parts"),
        credited=_words(nouns, "credited"),
        documents=_words(nouns, "documents"),
        works=_words(nouns, "works"),
        spoken_objects=_words(nouns, "spoken_objects"),
        retorts=_words(nouns, "retorts"),
        deny_nouns=_words(nouns, "deny"),
        generic_sources=_words(nouns, "generic_source"),
        speaker_nouns=_words(nouns, "speakers") | _words(sources, "titles"),
        hedge_adverbs=_words(hedges, "adverbs"),
        hedge_adjectives=_words(hedges, "adjectives"),
        raising_verbs=_words(hedges, "raising"),
        hedge_governors=_words(hedges, "governors"),
        unable=_words(hedges, "unable"),
        falsity=_words(hedges, "falsity"),
        person_pronouns=_words(sources, "person_pronouns"),
        group_pronouns=_words(sources, "group_pronouns"),
        male_pronouns=_words(sources, "male_pronouns"),
        female_pronouns=_words(sources, "female_pronouns"),
        male_address=_words(sources, "male_address"),
        female_address=_words(sources, "female_address"),
        male_nouns=_words(sources, "male_nouns"),
        female_nouns=_words(sources, "female_nouns"),
        indefinite_pronouns=_words(sources, "indefinite_pronouns"),
        outlet_nouns=_words(sources, "outlet_nouns"),
        body_heads=_words(sources, "body_heads"),
        pointing_modifiers=_words(sources, "pointing_modifiers"),
        fighter_heads=_words(sources, "fighter_heads"),
        marked_outlet_nouns=_words(sources, "marked_outlet_nouns"),
        news_marks=_words(sources, "news_marks"),
        outlets=_words(sources, "outlets"),
        speaking_for=_words(sources, "speaking_for"),
        titles=_words(sources, "titles"),
        labels=_words(sources, "labels"),
        answer_labels=_words(sources, "answer_labels"),
        interview_words=_words(sources, "interview_words"),
        channels=tuple(channels),
        generic_channels=_words(data["channel_rank"], "generic"),
    )
