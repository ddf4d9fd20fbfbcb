"""Event arguments: the actors (who did it, to whom) normalised in ACLED style, and the target
(what was hit) typed with the target taxonomy. Lexicons: `data/actors.toml`, `data/targets.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..nations import nation_codes
from ..places.capitals import capital_codes
from ..places.datelines import in_dateline
from ..places.mentions import lexicon as places_lexicon
from ..places.names import name_key
from ..records import Actor, Span, overlaps
from .actorlexicon import (
    ActorMention,
    Affiliation,
    Role,
    actor_lexicon,
    fill_template,
)
from .clauses import other_clauses
from .communities import community_militia
from .debris import debris_weapon, is_debris
from .detect import PROTEST_CODES, REMOTE_CODES, victim_tokens
from .forces import owned_force
from .groupnames import name_before_role, only_role_words
from .lexicon import TermMatch, load_toml, single_word_targets, word_set
from .modality import describes_the_subject
from .participants import past_dateline, stranded_subject, subject_of
from .patrons import generic_forces, named_client, patron_words, sided_by
from .referents import referred_group
from .wielders import weapon_user, weapon_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: Verbs whose object names the event and whose subject is its actor ("launched a strike",
#: "held a rally", "carried out attacks").
LIGHT_VERBS = frozenset({
    "launch", "carry", "conduct", "stage", "hold", "mount", "organize", "organise", "lead",
    "perpetrate", "commit", "make", "begin", "start", "continue", "pay", "claim", "initiate",
    "unleash", "order", "join", "announce", "throw", "hurl", "fire", "plant", "detonate", "use",
    "drop", "lob", "bring", "send", "deploy", "dispatch",
    # agreements made: "Russia and Ukraine agreed a ceasefire", "signed a peace deal"
    "agree", "sign", "reach", "broker", "seal", "conclude", "negotiate", "accept",
})
#: Codes whose first actor is the crowd (ACLED's demonstrations; force against protesters
#: has the force first).
CROWD_FIRST = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "VIOL_DEMONSTR"})
#: Codes whose second actor is the party fought or hit.
VIOLENT_CODES = REMOTE_CODES | {
    "ARMED_CLASH", "ATTACK", "ABDUCT_DISSAP", "SEX_VIOL", "MOB_VIOL", "ARREST",
    "FORCE_AGAINST_PROTEST", "PROPERTY_DISTRUCT", "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER",
}
STATE_CODES_OF_GOVERNMENT = frozenset({"DIPLO", "AGREEMENT", "ATTRIB", "OTHER"})
#: Pronouns by which what a party says names the party itself ("it had struck", "its forces").
OWN_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
#: Prefixes that make a name the side someone is against ("anti-junta"). ("Pro-government
#: forces" are, in ACLED's coding, the government's.)
STANCES = frozenset({"anti"})
#: The name of a state's armed forces.
MILITARY = "Military Forces of {country}"
#: The name of an armed group the report does not name.
UNIDENTIFIED = "Unidentified Armed Group ({country})"
#: Kinds of speaker that speak for an armed party: a state's body, an armed group.
SPEAKING_PARTIES = frozenset({"state", "rebel", "militia"})


# --- actors ----------------------------------------------------------------------------------


def find_actors(
    doc: Doc, head: int, code: str, country: str | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor1 (perpetrator, participants) and actor2 (the party hit) of the event at `head`
    (`country`: the country of the event's places, else of the report's; without one, the
    country the sentence or the report names, "In Myanmar, junta aircraft bombed ...")."""
    tok = doc[head]
    country = country or named_country(tok.sent) or named_country(doc[:])
    first = _first_party(tok, code, country)
    second = None
    between = _between_parties(tok)
    if between:
        if first is None:
            first = normalise_actor(doc, between[0], code, country)
        if len(between) > 1:
            second = normalise_actor(doc, between[1], code, country)
    if second is None and code in VIOLENT_CODES:
        second = _victim_party(tok, code, country, first)
    if second is None and code in PAIRED_CODES:
        second = _counterpart(tok, code, country, first)
    if first is not None and first.actor.kind == "state" and code in CROWD_FIRST:
        # "police fired tear gas at protesters who stormed parliament": the crowd demonstrated,
        # the police are the party it met
        first, second = None, second or first
    if first is None and code in PROTEST_CODES | {"MOB_VIOL"}:
        # "Protesters gathered", "rioters burned ...": the trigger word names the crowd.
        first = normalise_actor(doc, tok, code, country) if tok.pos_ == "NOUN" else None
        first = first or _default_crowd(tok, code, country)
    return first, second


def find_actors_at(
    doc: Doc, heads: Sequence[int], code: str, country: str | None, places: Sequence[Span] = ()
) -> tuple[ActorMention | None, ActorMention | None]:
    """`find_actors` at an event's own word, else at the words folded into it in its sentence:
    "Rebels fired two missiles at a tanker, adding that one missile struck the vessel" keeps
    the rebels when "struck" is the word the event is told by, and "struck Zaporizhzhia with
    guided bombs, killing two people" finds who was hit at "killing" (a second party that is
    one of `places`, the spans of the text's places, is none)."""
    first: ActorMention | None = None
    second: ActorMention | None = None
    for head in heads:
        doer, hit = find_actors(doc, head, code, country)
        if head != heads[0] and doc[head].dep_ in ("acl", "relcl", "amod"):
            doer = None  # "fragments of a drone shot down by air defences": who stopped it
        if hit is not None and code not in PAIRED_CODES and any(
                overlaps(hit.span, p) for p in places):
            hit = None  # "shelled Kharkiv": a place hit is no party
        first, second = first or doer, second or hit  # "struck X, killing two people"
        if first is not None and second is not None:
            break
    return _armed_doer(first, code), second


#: Codes of violence done with arms: their doer is armed, whatever the words call them.
ARMED_CODES = REMOTE_CODES | {"ARMED_CLASH", "ATTACK", "ABDUCT_DISSAP", "SEX_VIOL"}


def _armed_doer(first: ActorMention | None, code: str) -> ActorMention | None:
    """"A man opened fire at a shopping centre": one named as a civilian who attacks, shoots
    or abducts is an unidentified armed group in ACLED's terms, not civilians."""
    if first is None or first.actor.kind != "civilians" or code not in ARMED_CODES:
        return first
    name = fill_template(UNIDENTIFIED, first.actor.country)
    return ActorMention(replace(first.actor, name=name, kind="militia"), first.span)



def named_country(span: SpacySpan) -> str | None:
    """The country `span` names most often by its name ("in Myanmar"), not by a demonym: the
    country in context when no place of it was found."""
    counts: dict[str, int] = {}
    for ent in span.ents:
        code = nation_codes().get(ent.text.lower()) if ent.label_ == "GPE" else None
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _first_party(tok: Token, code: str, country: str | None) -> ActorMention | None:
    doc = tok.doc
    for cand in (*_agent_heads(tok), tok):
        found = None if cand.i == tok.i else normalise_actor(doc, cand, code, country)
        user = weapon_user(cand) if found is None else None
        if user is not None:  # "a bomb planted by the Taliban", "rockets fired by Hezbollah"
            found = normalise_actor(doc, user, code, country)
        if found is None and cand.dep_ == "nsubj" and cand.lower_ in OWN_PRONOUNS:
            found = _speaking_party(cand, code, country)
        if found is None and is_debris(cand):  # "debris from a Russian drone fell ..."
            weapon = debris_weapon(cand)
            found = None if weapon is None else firing_nation(weapon, code, country)
        elif found is None and _fires(cand, tok):
            found = firing_nation(cand, code, country)
        if found is not None:
            return found
    return _cased_auxiliary(tok, code, country) or _named_before(tok, country)


def _named_before(tok: Token, country: str | None) -> ActorMention | None:
    """ "8 Saudi-led coalition airstrikes targeted ...": an armed group or force the lexicon
    names, in the words before an event noun (the parser hangs "Saudi-led" on the noun, not on
    "coalition")."""
    if tok.pos_ != "NOUN":
        return None
    before = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")]
    if not before:
        return None
    words = list(tok.doc[min(c.left_edge.i for c in before):tok.i])
    sided = _sided(words)  # "a pro-Houthi incursion" is not the Houthis'
    found = [m for m in actor_lexicon().groups.find(words) if m.start not in sided]
    if not found:
        return None
    span = (words[0].idx, words[-1].idx + len(words[-1].text))
    return _group_actor(found[0].payload, tok.doc[words[0].i:tok.i].text, span, country)


def _group_actor(entry: dict[str, Any], text: str, span: Span,
                 country: str | None) -> ActorMention:
    """The actor a group of the lexicon names (`[groups]`, `[cased_groups]` in actors.toml),
    of its own country when the entry gives one, else of `country`."""
    return ActorMention(Actor(str(entry["name"]), text, str(entry["kind"]),
                              entry.get("country", country)), span)


def _cased_group(words: list[Token]) -> dict[str, Any] | None:
    """The group a mention names by an acronym matched as written, within it or just before
    it where the parser made the acronym a verb of its own ("IS fighters fired ...")."""
    cased = actor_lexicon().cased_groups
    doc = words[0].doc
    before = [doc[words[0].i - 1]] if words[0].i > 0 else []
    for w in (*before, *words):
        if w.text in cased and (w in words or w.pos_ in ("AUX", "VERB")):
            return cased[w.text]
    return None


def _cased_auxiliary(tok: Token, code: str, country: str | None) -> ActorMention | None:
    """ "IS attacked military vehicles": the acronym parsed as the trigger's auxiliary, with
    no subject beside it, is the group that acted."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for aux in tok.lefts:
        group = actor_lexicon().cased_groups.get(aux.text)
        if group is not None and aux.dep_ in ("aux", "auxpass"):
            return _group_actor(group, aux.text, (aux.idx, aux.idx + len(aux.text)), country)
    return None


def statement_speaker(tok: Token) -> Token | None:
    """The noun that says the clause `tok` is in, when `tok` is that clause's verb or one of
    its words ("Russia said its forces had captured ...", "the group said it had targeted
    ..."): the subject of the verb of saying, not a pronoun."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "said its troops had captured X and repelled Y"
    verb = clause.head
    if clause.dep_ in ("acl", "ccomp") and _denied_account(verb):
        verb = verb.head  # "denied a claim that it had shelled the district"
    elif clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in _saying():
        return None
    subject = subject_of(verb)
    return None if subject is None or subject.pos_ == "PRON" else subject


def _denied_account(noun: Token) -> bool:
    """Is `noun` an account that the verb it is the object of rejects ("denied a claim")?"""
    data = load_toml("triggers.toml")["codes"]["ATTRIB"]
    return noun.dep_ == "dobj" and noun.lemma_.lower() in data["denied_accounts"] \
        and noun.head.lemma_.lower() in data["denying"]


def _speaking_party(tok: Token, code: str, country: str | None) -> ActorMention | None:
    """The party (a state's body or an armed group) that says the clause `tok` is in."""
    subject = statement_speaker(tok)
    if subject is None:
        return None
    found = normalise_actor(tok.doc, subject, code, country)
    return found if found is not None and found.actor.kind in SPEAKING_PARTIES else None


@functools.cache
def _saying() -> frozenset[str]:
    """Verbs of saying by which a party tells of its own acts (ATTRIB `own_saying`)."""
    return frozenset(load_toml("triggers.toml")["codes"]["ATTRIB"]["own_saying"])


def _fires(cand: Token, trigger: Token) -> bool:
    """Is `cand` the active subject of the trigger or its passive agent ("a Russian missile
    struck", "hit by Ukrainian drones"), not a weapon the trigger befell ("a Russian drone
    that was shot down")?"""
    if cand.dep_ == "nsubj":
        # "Russian drones struck ...", "British warplanes carried out strikes on ..."
        return cand.head.i == trigger.i or (trigger.dep_ == "dobj" and trigger.head.i ==
                                            cand.head.i and cand.head.lemma_ in LIGHT_VERBS)
    return cand.dep_ == "pobj" and cand.head.head.i == trigger.i \
        and (cand.head.dep_ == "agent" or cand.head.lower_ == "by")


def firing_nation(weapon: Token, code: str, country: str | None) -> ActorMention | None:
    """ "A Russian missile struck ...", "hit by Ukrainian drones": the nation of the weapon."""
    if weapon.lemma_.lower() not in actor_lexicon().fired and weapon.lower_ not in \
            actor_lexicon().fired:
        return None
    if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in weapon.children):
        # "Ukraine's military said its drones had struck ...": the speaker's own
        return _speaking_party(weapon, code, country)
    for mod in weapon.children:
        # "U.S. and British warplanes": the first nation named, parsed as a noun modifier
        if mod.dep_ in ("amod", "compound", "nmod") and mod.i < weapon.i and _is_nation(mod):
            return normalise_actor(weapon.doc, mod, code, country)
    return None


def _agent_heads(tok: Token) -> list[Token]:
    """Words that may name who acted: subject, passive agent, possessor, demonym modifier, the
    subject of a light verb taking the trigger as object, 'by X' after a noun."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in ("nsubj", "poss"):
            out.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if tok.pos_ in ("NOUN", "PROPN"):
        out.extend(c for c in tok.children if c.dep_ in ("amod", "compound") and _is_nation(c))
        verb = tok.head
        if tok.dep_ in ("dobj", "pobj") and tok.dep_ == "dobj" and verb.lemma_ in LIGHT_VERBS:
            out.extend(c for c in verb.children if c.dep_ == "nsubj")
    for clause in (tok, tok.head):  # "gunmen believed to be militiamen attacked a market,
        if describes_the_subject(clause.head, clause):  # looting shops"
            out.extend(c for c in clause.head.children if c.dep_ == "nsubj")
            break
    stranded = stranded_subject(tok)
    if stranded is not None:
        out.append(stranded)  # "... in Mopti and soldiers shelled a village"
    elif tok.dep_ in ("xcomp", "conj", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        out.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if tok.dep_ == "relcl":
        out.append(tok.head)
    if tok.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
        # "were shot at and killed by the gunmen": the agent of the joined passive
        out.extend(g for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                   for a in c.children if a.dep_ == "agent"
                   for g in a.children if g.dep_ == "pobj")
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        # "troops were in close proximity to": the subject of the clause.
        clause = tok.head.head
        # The patient of a passive ("three were hurt in the raid") and whoever died in it
        # ("a driver died in the blast") are the people hit, not who struck; who blames
        # someone for it is no one who struck either.
        if clause.pos_ in ("VERB", "AUX") and clause.lemma_.lower() not in _suffering() \
                and clause.lemma_.lower() not in _speaking_of():
            out.extend(c for c in clause.children if c.dep_ == "nsubj")
    if tok.dep_ in ("xcomp", "oprd", "ccomp") and tok.pos_ == "VERB":
        out.extend(c for c in tok.head.children if c.dep_ == "nsubjpass")
    return [w for word in out for w in past_dateline(word)]


@functools.cache
def _suffering() -> frozenset[str]:
    """Verbs whose subject suffers the event it is in: the casualty rules' verbs of dying
    ("died in the shelling") and "suffer", "lose" ("lost two men in the raid")."""
    return word_set(load_toml("casualties.toml")["victims"]["die_verbs"]) | {"suffer", "lose"}


@functools.cache
def _speaking_of() -> frozenset[str]:
    """Verbs whose subject blames someone for the event in their phrase, or denies a part in
    it ("blamed X for the attack", "denied involvement in the raid"): no actor of it."""
    return word_set(load_toml("triggers.toml")["codes"]["ATTRIB"]["speakers_of"])


def _is_nation(tok: Token) -> bool:
    return tok.lower_ in actor_lexicon().demonyms or tok.ent_type_ in ("NORP", "GPE")


def _between_parties(tok: Token) -> list[Token]:
    """'clashes between X and Y', 'fighting with Y': the two sides."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "among"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return [objs[0], *[c for c in objs[0].children if c.dep_ == "conj"]]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if objs and subjects:
                return [subjects[0], objs[0]]
    return []


def _victim_party(
    tok: Token, code: str, country: str | None, first: ActorMention | None
) -> ActorMention | None:
    doc = tok.doc
    verbs = [tok, *_joined_acts(tok)]
    if tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB" \
            and tok.head.i not in other_clauses(tok):
        verbs.append(tok.head)  # "raided a camp for displaced people, killing 14"
    for verb in verbs:
        for word in victim_tokens(verb):
            if _armament(word):
                continue  # "fired an RPG at a checkpoint": the weapon is no party hit
            if word.dep_ in ("dobj", "nsubjpass", "pobj", "attr") or word.head.i == verb.i:
                found = normalise_actor(doc, word, code, country, as_victim=True)
                if found is not None and (first is None
                                          or found.actor.name != first.actor.name):
                    return found
    return None


#: Codes of events two parties make together: the second party is the first one's partner.
PAIRED_CODES = frozenset({"AGREEMENT", "DIPLO"})


def _counterpart(
    tok: Token, code: str, country: str | None, first: ActorMention | None
) -> ActorMention | None:
    """The other party of an agreement or a meeting: joined to the subject ("Russia and
    Ukraine agreed a ceasefire") or named with "with" ("agreed a truce with the rebels", "a
    ceasefire with Ukraine")."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    candidates = [g for holder in (tok, verb) for c in holder.children
                  if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"]
    if tok is verb:  # "Erdogan met Putin"
        candidates += [c for c in verb.children if c.dep_ == "dobj"]
    subject = subject_of(verb)
    if subject is not None:
        # "Russia and Ukraine agreed", "the ministers of Iran and Saudi Arabia met"
        owners = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
        candidates += [c for n in (subject, *owners) for c in n.children if c.dep_ == "conj"]
    for cand in candidates:
        found = normalise_actor(tok.doc, cand, code, country)
        if found is not None and (first is None or found.actor.name != first.actor.name):
            return found
    return None


def _joined_acts(tok: Token) -> list[Token]:
    """Verbs that tell what else the doers of `tok` did in the same go, whose objects are
    hit by the same event: "stormed a village, killing 20 residents", "raided the camp and
    shot six people"."""
    return [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
            and c.tag_ in ("VBG", "VBD", "VBN")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def _default_crowd(tok: Token, code: str, country: str | None) -> ActorMention:
    rioting = code in ("MOB_VIOL", "VIOL_DEMONSTR")
    template = "Rioters ({country})" if rioting else "Protesters ({country})"
    kind = "rioters" if rioting else "protesters"
    name = fill_template(template, country)
    return ActorMention(Actor(name, tok.text, kind, country), (tok.idx, tok.idx + len(tok.text)))


def mention_tokens(tok: Token) -> list[Token]:
    """The noun phrase headed by `tok`, without relative clauses and trailing modifiers."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "appos") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    return [t for t in doc[left : right + 1]]


def normalise_actor(
    doc: Doc, tok: Token, code: str, country: str | None, *, as_victim: bool = False,
    plain: bool = False,
) -> ActorMention | None:
    """The ACLED-style actor named by the phrase headed by `tok`, if the lexicons know it
    (`plain`: by its own words only, not by the body it is said to belong to)."""
    lex = actor_lexicon()
    if is_debris(tok):
        return None  # "debris from a downed drone damaged ...": no party
    body = None if plain else _affiliated(doc, tok, code, country)
    if body is not None:
        return body
    client = named_client(tok)  # "an Islamic State offshoot, ISWAP,": the group named
    found = None if client is None else \
        normalise_actor(doc, client, code, country, as_victim=as_victim, plain=plain)
    if found is not None:
        return found
    words = mention_tokens(tok)
    while words and (words[0].is_punct or words[0].pos_ == "DET"):
        words = words[1:]
    if not words:
        return None
    if _names_a_settlement(tok):
        return None  # "captured the village of X": a place taken, whoever lives there
    span = (words[0].idx, words[-1].idx + len(words[-1].text))
    text = doc[words[0].i : words[-1].i + 1].text
    cased = _cased_group(words) or referred_group(tok, lex.groups)
    if cased is not None:  # "IS fighters" (with "IS" parsed as a verb), "the group" named before
        return _group_actor(cased, text, span, country)
    speakers = _speakers_group(words)
    if speakers is not None:  # "the RSF said its troops had repelled ...": the group's own
        return ActorMention(replace(speakers, text=text), span)
    patrons = patron_words(words)  # "al Qaeda-linked", "Iran-backed": another party
    own = patrons.without(words)
    # a group the lexicon names is no person ("the Pakistani Taliban, or TTP")
    named_country = None if lex.groups.find(own) else _person_country(doc, own)
    own_country = _country_in(own) or named_country or _speakers_country(words) or country
    if named_country is not None and code in STATE_CODES_OF_GOVERNMENT:
        name = fill_template("Government of {country}", own_country)
        return ActorMention(Actor(name, text, "state", own_country), span)
    sided = _sided(words)
    group = [m for m in lex.groups.find(own) if m.start not in sided] or (
        [] if patrons.backer else [m for m in lex.groups.find(words) if m.start not in sided])
    if group:
        return _group_actor(group[0].payload, text, span, own_country)
    community = None if as_victim else community_militia(own)
    if community is not None:  # "Fulani militiamen", "Rizeigat communal militias"
        actor = Actor(fill_template(community, own_country), text, "militia", own_country)
        return ActorMention(actor, span)
    if patrons.backer and _backed_force(own):
        # "Russian-backed forces": no state's army, an armed group of the place
        name = fill_template(UNIDENTIFIED, country)
        return ActorMention(Actor(name, text, "militia", country), span)
    force = owned_force(tok, own)  # "Tigrayan forces", "NATO troops", "Moscow's forces"
    if force is not None:
        home = force.country or (None if force.kind == "external" else country or own_country)
        name = fill_template(force.name, home) if force.templated else force.name
        return ActorMention(Actor(name, text, force.kind, home), span)
    nationals = _nationals_hit(tok) if as_victim else None
    if nationals is not None:  # "killed 14 Palestinians": people of that nation
        name = fill_template("Civilians ({country})", nationals)
        return ActorMention(Actor(name, text, "civilians", nationals), span)
    for role in lex.roles:
        if role.when is not None and code not in role.when:
            continue
        if as_victim and role.kind in ("protesters", "rioters"):
            continue
        if role.kind == "state" and any(m.start in sided for m in _state_terms(own)):
            continue  # "anti-junta forces", "anti-government fighters": the state's enemies
        if role.index.contains(own):
            if role.kind == "state" and _country_in(own) is None \
                    and any(w.lower_ in lex.blocs for w in own):
                return None  # "Western officials", "foreign troops": no state of the place
            if role.template.startswith("Unidentified") \
                    and not only_role_words(own, role.index):
                named = _named_actor(own, text, span, code, own_country)
                if named is not None and named.actor.kind in ("organisation", "person"):
                    # "CODECO militiamen", "Ansar Dine militants": the group they name
                    return ActorMention(replace(named.actor, kind=role.kind), span)
                called = name_before_role(own, role.index)  # "the Gran Grif gang"
                if called is not None:
                    return ActorMention(Actor(called, text, role.kind, own_country), span)
            template, kind = _crowd_role(role, code)
            if role.kind == "state" and (_armament(tok) or _military_site(tok)):
                template = MILITARY  # "government warplanes", "government positions"
            if role.kind == "state" and code == "ATTRIB" and _named_unit(words):
                own_country = _country_in(own) or named_country
            home = role.home.get(own_country or "", own_country)
            actor = Actor(fill_template(template, home), text, kind, home)
            return ActorMention(actor, span)
    if _military_site(tok) and _country_in(own) is not None:
        # "Azerbaijani positions", "a Russian checkpoint": the forces that hold them
        home = _country_in(own)
        return ActorMention(Actor(fill_template(MILITARY, home), text, "state", home), span)
    if _names_a_place(tok) or _military_site(tok):
        return None  # "the village of Bulo Marer", "the Zamzam camp", "the Saky air base"
    return _named_actor(own, text, span, code, own_country) if own else None


def _nationals_hit(tok: Token) -> str | None:
    """The country of people named only by their nationality, in the plural ("14
    Palestinians", "three Ukrainians"), as the ones an event hit."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    demonyms = actor_lexicon().demonyms
    return demonyms.get(tok.lemma_.lower()) or demonyms.get(tok.lower_.removesuffix("s"))


def _backed_force(own: list[Token]) -> bool:
    """Do the words of a backed party, less its backer, name a force of no state ("Russian-
    backed forces", "Turkish-backed fighters"), not a state's own ("Saudi-backed government
    forces", "US-backed Iraqi troops")?"""
    if not own or _country_in(own) is not None:
        return False
    terms = _state_terms(own)
    return bool(terms) and all(m.term in generic_forces() for m in terms)


def _names_a_settlement(tok: Token) -> bool:
    """"the village of X", "the town of X": a settlement noun with the name it is given, or
    that name."""
    nouns = places_lexicon().settlement_nouns
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in nouns:
        return tok.text[:1].isupper()
    return tok.lower_ in nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.text[:1].isupper() for g in c.children)
        for c in tok.children)


def _names_a_place(tok: Token) -> bool:
    """Does the phrase headed by `tok` name a place or a facility ("the village of X", "the
    Al-Amal hospital") rather than a body that acts (a ministry, a council)?"""
    if tok.dep_ == "appos" or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
        # "the village of X", "the village of X near Y", "Zamzam, a camp"
        return _names_a_place(tok.head.head if tok.dep_ == "pobj" else tok.head)
    lemma = tok.lemma_.lower()
    if lemma in actor_lexicon().place_heads:
        return True
    return _facility_words().get(lemma, "government") != "government"


@functools.cache
def _facility_words() -> dict[str, str]:
    """Single-word target terms → their category."""
    data = load_toml("targets.toml")["categories"]
    return {t: cat for cat, terms in data.items() for t in terms if " " not in t}


def _affiliated(doc: Doc, tok: Token, code: str, country: str | None) -> ActorMention | None:
    """ "Fighters from the RSF", "gunmen belonging to Al Shabaab", "troops of the Sudanese
    army": people of a force named with the armed body they belong to are that body. A bare
    country counts only for a state's own people ("soldiers from Chad", not "fighters from
    Syria"), an organisation only for armed people ("militants of the Popular Front")."""
    aff = actor_lexicon().affiliation
    forms = {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}  # "Fighters" as NNPS
    if not forms & aff.members:
        return None
    bodies = _bodies(tok, aff)
    if not bodies:
        return None
    own = normalise_actor(doc, tok, code, country, plain=True)
    state = own is not None and own.actor.kind == "state"  # "troops", "soldiers"
    anyone = tok.lemma_.lower() in aff.people or tok.lower_ in aff.people
    for body in bodies:
        nation = _nation_named(body)
        if nation is not None:
            found = None if anyone or not state else \
                normalise_actor(doc, tok, code, nation, plain=True)
        else:
            found = normalise_actor(doc, body, code, country)
            if found is not None and not _armed_body(found.actor.kind, anyone or state):
                found = None
        if found is None:
            continue
        start = tok.left_edge.i
        while doc[start].is_punct or doc[start].pos_ == "DET":
            start += 1
        end = body.right_edge.idx + len(body.right_edge.text) if nation is not None \
            else found.span[1]
        span = (doc[start].idx, end)
        return ActorMention(replace(found.actor, text=doc.text[span[0] : span[1]]), span)
    return None


def _armed_body(kind: str | None, named_only: bool) -> bool:
    """Can an actor of this kind be the armed body its people belong to? A state's force or
    an armed group; an organisation the lexicon does not know only for fighters of no state
    ("militants of the Popular Front", not "members of the ruling party" nor "troops from
    the regional administration", which keep their own reading)."""
    return kind in ("state", "rebel", "militia") or (kind == "organisation" and not named_only)


def _nation_named(body: Token) -> str | None:
    """The country a phrase names by its name or demonym alone ("Chad", "the Chadians")."""
    words = [w for w in mention_tokens(body) if not w.is_punct and w.pos_ != "DET"]
    codes = {nation_codes().get(w.lower_) for w in words if w.lower_ != "'s"}
    if len(codes) != 1 or None in codes:
        return None
    return next(iter(codes))


def _bodies(tok: Token, aff: Affiliation) -> list[Token]:
    """The heads of the bodies `tok` is said to belong to: the object of "from", "of", "with"
    or of a linking word's preposition ("belonging to", "loyal to", "affiliated with")."""
    out: list[Token] = []
    for child in tok.rights:
        if any(t.dep_ in ("cc", "conj") or t.is_punct for t in tok.doc[tok.i + 1 : child.i]):
            break  # "forces and members of the ELN": the "of" is the members' (misattached)
        if child.dep_ == "prep" and child.lower_ in aff.preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("acl", "amod") and (child.lemma_.lower() in aff.links
                                                or child.lower_ in aff.links):
            out.extend(c for p in child.children if p.dep_ == "prep" and p.lower_ in
                       ("to", "with") for c in p.children if c.dep_ == "pobj")
    return out


def _sided(words: list[Token]) -> set[int]:
    """Indices of the words that name a side someone is against ("anti-junta", "anti -
    Houthi"): that side is not the one named."""
    return {w.i for w in words if any(sided_by(w, stance) for stance in STANCES)}


def _state_terms(words: list[Token]) -> list[TermMatch[str]]:
    """The words of a state's role in the mention ("junta", "government", "army")."""
    return [m for role in actor_lexicon().roles if role.kind == "state"
            for m in role.index.find(words)]


def _armament(tok: Token) -> bool:
    """Is `tok` a weapon a state fires ("government warplanes", "regime helicopters")?"""
    fired = actor_lexicon().fired
    return tok.lemma_.lower() in fired or tok.lower_ in fired


def _military_site(tok: Token) -> bool:
    """Is `tok` a place a force holds ("positions", "a checkpoint", "the base")?"""
    return tok.lemma_.lower() in single_word_targets("military")


def _speakers_country(words: list[Token]) -> str | None:
    """ "Russia said its forces had captured ...": forces named by a possessive pronoun in what
    a country or one of its bodies says are that country's."""
    if words[0].lower_ not in OWN_PRONOUNS or words[0].dep_ != "poss":
        return None
    found = _speaking_party(words[0].head, "ARMED_CLASH", None)
    return found.actor.country if found is not None and found.actor.kind == "state" else None


def _speakers_group(words: list[Token]) -> Actor | None:
    """ "The RSF said its troops had repelled ...": fighters named by a possessive pronoun in
    what an armed group says are that group's."""
    if len(words) < 2 or words[0].lower_ not in OWN_PRONOUNS or words[0].dep_ != "poss":
        return None
    found = _speaking_party(words[0].head, "ARMED_CLASH", None)
    if found is None or found.actor.kind not in ("rebel", "militia"):
        return None
    return found.actor


def _crowd_role(role: Role, code: str) -> tuple[str, str]:
    """People named by what they are (journalists, residents) are protesters at a protest and
    rioters in a riot; protesters who turn violent are rioters (ACLED names the crowd of a
    violent demonstration "Rioters")."""
    if role.kind == "protesters" and code in ("VIOL_DEMONSTR", "MOB_VIOL"):
        return "Rioters ({country})", "rioters"
    if role.kind != "civilians":
        return role.template, role.kind
    if code in PROTEST_CODES and code != "VIOL_DEMONSTR":
        return "Protesters ({country})", "protesters"
    if code in ("VIOL_DEMONSTR", "MOB_VIOL"):
        return "Rioters ({country})", "rioters"
    return role.template, role.kind


def _named_actor(
    words: list[Token], text: str, span: Span, code: str, country: str | None
) -> ActorMention | None:
    """A bare country ("Ukraine launched ...") or a named person or organisation."""
    content = [w for w in words if not w.is_punct]
    lex = actor_lexicon()
    words_said = " ".join(w.lower_ for w in content if w.lower_ != "'s")
    capital = None if content and in_dateline(span, content[0].doc.text) else \
        capital_codes().get(name_key(words_said))  # "CAIRO, Nov 22 (Wire) -" is no actor
    nation = None if any(w.ent_type_ == "PERSON" for w in content) else (
        nation_codes().get(words_said) or capital)
    if nation is not None:  # "Saudi Arabia", "Mali": a country by its full name, "Kyiv" by
        # its capital ("Jordan" the person is not Jordan)
        country = nation
    elif any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in content) and not all(
        w.lower_ in lex.demonyms or w.lower_ == "'s" for w in content
    ):
        return None  # a place hit ("shelled Kharkiv") is no party
    if content and (nation is not None or all(
            w.lower_ in lex.demonyms or w.lower_ == "'s" for w in content)):
        if code in STATE_CODES_OF_GOVERNMENT or code == "CHANGE_TO_GROUP_ACT_GOV":
            template = "Government of {country}"
        else:
            template = "Military Forces of {country}"
        return ActorMention(Actor(fill_template(template, country), text, "state", country), span)
    named = [w for w in content if w.ent_type_ in ("PERSON", "ORG")] or content[:1]
    if all(w.lemma_.lower() in weapon_words() or w.lower_ in weapon_words() for w in named):
        return None  # "Warplanes struck ...", "twin RCIED explosions": a weapon, not a name
    ents = {w.ent_type_ for w in content}
    if "PERSON" in ents and country is not None and code in STATE_CODES_OF_GOVERNMENT:
        name = fill_template("Government of {country}", country)
        return ActorMention(Actor(name, text, "state", country), span)
    if "PERSON" in ents:
        name = " ".join(w.text for w in content if w.ent_type_ == "PERSON")
        return ActorMention(Actor(name, text, "person", country), span)
    if "ORG" in ents:
        name = " ".join(w.text for w in content if w.ent_type_ == "ORG")
        return ActorMention(Actor(name, text, "organisation", country), span)
    return None


def _person_country(doc: Doc, words: list[Token]) -> str | None:
    """The country of a named person from another mention of the same name that carries a
    demonym ("German Defense Minister Boris Pistorius" ... "Pistorius's visit")."""
    names = [w.text for w in words if w.pos_ == "PROPN" and w.is_alpha]
    if not names:
        return None
    surname = names[-1]
    mine = {w.i for w in words}
    for i in _positions_of(doc, surname):
        if i not in mine:
            found = _country_in(list(doc[max(0, i - 5) : i]))
            if found is not None:
                return found
    return None


def _positions_of(doc: Doc, text: str) -> list[int]:
    """Indices of the tokens of `doc` whose text is `text` (read from the Doc's array of token
    forms, without building a Token for each)."""
    from spacy.attrs import ORTH

    orth = doc.user_data.get(_ORTH)
    if orth is None:
        orth = doc.to_array(ORTH)
        doc.user_data[_ORTH] = orth
    return [int(i) for i in (orth == doc.vocab.strings[text]).nonzero()[0]]


#: `Doc.user_data` slot of the token forms' hashes.
_ORTH = "eventwire.orth"


def _named_unit(words: list[Token]) -> bool:
    """A force with a name of its own ("the Azov brigade", "Kraken unit"). One that claims a
    strike has often struck across a border, so the place says nothing of its country. (In
    fighting reported without a claim, named forces are mostly at home: "LNA forces shelled
    ...", and there the place's country stays.)"""
    return any(w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "NORP", "LOC")
               and w.lower_ not in actor_lexicon().demonyms for w in words)


def _country_in(words: list[Token]) -> str | None:
    """The country a word of the mention names: a demonym or country word of the lexicon, or
    a country's name tagged as a place ("Sudan's army", "Mali's junta")."""
    demonyms = actor_lexicon().demonyms
    for w in words:
        code = demonyms.get(w.lower_) or (  # not "migrants detained in Spain"
            nation_codes().get(w.lower_) if w.ent_type_ == "GPE" and (
                w.dep_ in ("poss", "compound") or (w.dep_ == "pobj" and w.head.lower_ == "of"))
            else None)
        if code is not None:
            return code
    return None
