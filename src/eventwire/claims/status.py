"""From attributions to the claims behind one event, and the event's claim status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..records import Attribution, Claim, Span, Status
from .bearing import answers_act, denial_of_act, reading
from .lexicon import get_lexicon
from .names import ARTICLES
from .parties import party_keys, same_party


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def statement_span(attribution: Attribution) -> Span:
    """From the first to the last character of source, cue and content."""
    spans = [s for s in (attribution.source_span, attribution.cue_span) if s is not None]
    spans.append(attribution.content_span)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def claims_for(
    attributions: Sequence[Attribution], start: int, end: int, *, text: str | None = None,
    about: Span | None = None, others: Sequence[Span] = (), doc: Doc | None = None,
) -> list[Claim]:
    """The claims bearing on an event whose evidence sentence is `text[start:end]`: those whose
    content overlaps it, or whose whole statement lies inside it, and (with the `text`) a
    later answer to one of them whose content only points back at it ("The ministry rejected
    the claim").

    With the `about` span of the event's trigger word and the trigger words of the sentence's
    `others` events, a denial of the sentence that takes in another event's word and not this
    one (or that answers an earlier statement, "rejected the accusation"), while another
    statement there, apart from the denial, takes this one in, is about the other event ("The
    militia denied any role in the strike and said it was committed to the truce": not about
    the truce; "denied any role and said the blast ..." is about the blast).

    With the document `text`, a claim's `text`/`span` are the whole statement; without it they
    are the source mention (the only text an Attribution carries), or the cue of a statement
    with no source ("reportedly"). A statement with no source has no claimant.

    With the parsed `doc`, an asserted statement is read for how its content bears on the
    event (`bearing.py`): one that denies the act ("the vessel was not hit") is a denial of it,
    one that denies only what it did ("no damage") neither asserts nor denies it (a hedge),
    and one about a step taken after it ("arrested suspects in connection with the attack")
    is left out; a statement in the next sentence that denies the act told ("Moscow said no
    such attack had taken place") bears on it too.
    """
    bearing: list[int] = []
    for k, att in enumerate(attributions):
        stmt = statement_span(att)
        inside = start <= stmt[0] and stmt[1] <= end
        if _overlap(att.content_span, (start, end)) or inside:
            bearing.append(k)
    answers = {} if text is None else answered(attributions, text)
    if about is not None:
        bearing = [k for k in bearing if not _denies_another(
            attributions, k, bearing, about, others, k in answers)]
    bearing += [k for k, prior in answers.items() if prior in bearing and k not in bearing
                and _answers_about(attributions, prior, bearing, about)]
    if doc is not None:
        bearing += [k for k in _counters_after(attributions, doc, start, end, about)
                    if k not in bearing]
    kept = [attributions[k] for k in sorted(bearing) if not _in_a_source(attributions, k)]
    claims = [claim_of(att, text) for att in (kept if doc is None else _read(kept, doc, about))]
    return [c for c in claims if c is not None]


def _in_a_source(attributions: Sequence[Attribution], k: int) -> bool:
    """ "two officials briefed on the talks told Wire": a statement inside another one's
    source only says who that source is; it is no claim of its own on the event."""
    cue = attributions[k].cue_span
    return cue is not None and any(
        j != k and a.source_span is not None and a.source_span[0] <= cue[0]
        and cue[1] <= a.source_span[1] for j, a in enumerate(attributions))


#: The longest first line read as a headline.
_HEADLINE_CHARS = 200


def without_headline(claims: Sequence[Claim], text: str) -> list[Claim]:
    """A headline sums up the report below it ("Jihadists kill 20 soldiers, sources say"):
    where claims of the body bear on the event, the headline's restates one of them and is
    left out, or it would count as a second, independent source. (The claims' spans are
    their statements in `text`.)"""
    first_break = text.find("\n")
    if not 0 < first_break <= _HEADLINE_CHARS \
            or text[:first_break].rstrip().endswith((".", "!", "?", ".\"", ".\u201d")):
        return list(claims)  # no title line: a headline has no closing full stop
    body = [c for c in claims if c.span[1] > first_break]
    return body if body else list(claims)


def _answers_about(attributions: Sequence[Attribution], prior: int, bearing: list[int],
                   about: Span | None) -> bool:
    """Does an answer to the `prior` statement bear on the event? Where statements of the
    event's sentence tell of its trigger word, only an answer to one of them does: "said it
    had struck militants in the school and accused the group of using civilians as shields.
    Hamas rejected the accusation" denies the charge, not the strike."""
    if about is None or _overlap(attributions[prior].content_span, about):
        return True
    return not any(_overlap(attributions[j].content_span, about) for j in bearing)


def _counters_after(attributions: Sequence[Attribution], doc: Doc, start: int,
                    end: int, about: Span | None = None) -> list[int]:
    """The statements of the sentence right after the event's sentence (`start`, `end`) that
    deny the act it tells, whose trigger word is `about`: an asserted one whose content
    denies it ("Russian forces shelled a hospital, officials said. Moscow said no such
    attack had taken place"; `bearing.answers_act`), or a denial whose content names the same
    act or points back at it ("Moscow denied shelling it", "denied the attack";
    `bearing.denial_of_act`)."""
    last = doc.char_span(start, end, alignment_mode="expand")
    if last is None:
        return []
    i = last.end
    while i < len(doc) and doc[i].is_space:  # a line break between the two
        i += 1
    if i >= len(doc):
        return []
    begin, finish = doc[i].idx, doc[i].sent.end_char
    return [k for k, att in enumerate(attributions)
            if begin <= statement_span(att)[0] and statement_span(att)[1] <= finish
            and (att.stance == "asserts" and answers_act(doc, att.content_span, (start, end))
                 or att.stance == "denies"
                 and denial_of_act(doc, att.content_span, (start, end), about))]


def _read(atts: list[Attribution], doc: Doc, about: Span | None) -> list[Attribution]:
    """The asserted statements with the stance their content gives them toward the event
    (`bearing.py`), those about another thing done after it left out. A party does not
    dispute what it says itself: a counter-statement of a party that also backs the event
    keeps its own stance."""
    readings = [reading(doc, a.content_span, about) if a.stance == "asserts" else None
                for a in atts]
    backers = [a.claimant or a.source for a, found in zip(atts, readings, strict=True)
               if a.stance == "asserts" and found is None]
    out: list[Attribution] = []
    for att, found in zip(atts, readings, strict=True):
        if found == "apart":
            continue
        own = any(same_party(att.claimant or att.source, b) for b in backers)
        out.append(att if found is None or own else replace(att, stance=found))
    return out


def _denies_another(attributions: Sequence[Attribution], k: int, bearing: list[int],
                    about: Span, others: Sequence[Span], answers: bool) -> bool:
    """Is the `k`th statement a denial about another event than the one whose trigger word
    is `about`: it takes in another event's word (`others`) or answers an earlier statement
    ("rejected the accusation"), and a statement beside it takes in this event's word?"""
    att = attributions[k]
    if att.stance != "denies" or _overlap(att.content_span, about) or not answers and \
            not any(_overlap(att.content_span, other) for other in others):
        return False
    return any(j != k and _overlap(attributions[j].content_span, about)
               and not _overlap(attributions[j].content_span, att.content_span)
               for j in bearing)


def claim_of(att: Attribution, text: str | None) -> Claim | None:
    """The claim a statement makes: its whole statement in `text` as the claim's text (else
    its source mention or cue), its claimant (else its source), role, channel, relay and
    stance."""
    if att.source is not None and att.source.split()[0].lower() in _NOBODY:
        return None  # "No group claimed the attack": no one makes the claim
    stmt = statement_span(att)
    if text is not None:
        quote, span = text[stmt[0] : stmt[1]], stmt
    elif att.source is not None and att.source_span is not None:
        quote, span = att.source, att.source_span
    elif att.cue is not None and att.cue_span is not None:
        quote, span = att.cue, att.cue_span
    else:
        return None
    return Claim(
        claimant=att.claimant or att.source,
        claimant_role=att.claimant_role,
        channel=att.channel,
        reported_by=att.reported_by,
        stance=att.stance,
        text=quote,
        span=span,
        claimant_country=att.claimant_country,
    )


#: First words of a source that says no one made the statement ("No group claimed ...").
_NOBODY = frozenset({"no", "nobody", "none", "neither"})
#: Determiners by which a noun points back at a statement already reported ("the claim").
_POINTERS = frozenset({"the", "this", "that", "these", "those", "such",
                       # "could not verify either account", "its claims", "his account"
                       "either", "both", "neither", "its", "their", "his", "her"})
#: How far (in characters) before an answer the statement it answers may end.
_REACH = 600


#: How many words may stand between the pointing determiner and the noun ("the Israeli
#: claim", "the rebels' latest figures").
_MODIFIERS = 2


def points_back_alone(content: str) -> bool:
    """Is the content only a word pointing back at what was told before ("Moscow denied
    it", "Kyiv denies this")?"""
    return content.strip(" .,;:").lower() in _POINTER_WORDS


#: Pronouns that stand alone for what was told before, as a denial's whole content.
_POINTER_WORDS = frozenset({"it", "this", "that"})


def _points_back(content: str) -> bool:
    """Is the content only a noun pointing back at a statement ("the claim", "these
    reports", "the Ukrainian account"), maybe with what it is called ("the claim as a lie")?"""
    words = content.lower().strip(" .,;:\"'\u201c\u201d").split()
    if "as" in words[1:]:  # "dismissed the Ukrainian account as propaganda"
        words = words[: words.index("as", 1)]
    if not 2 <= len(words) <= 2 + _MODIFIERS or words[0] not in _POINTERS \
            or not all(w.replace("'", "").replace("\u2019", "").isalpha() for w in words):
        return False
    noun, nouns = words[-1], get_lexicon().answered
    return noun in nouns or noun.endswith("s") and noun[:-1] in nouns


#: Forms of the verbs of checking, as an outlet or body says it could not check an account.
_CHECKED = frozenset({"verify", "verified", "verifying", "confirm", "confirmed", "confirming",
                      "corroborate", "corroborated", "substantiate", "substantiated",
                      "authenticate", "authenticated"})
#: Adverbs that may close the check ("could not verify the toll independently").
_CHECK_ADVERBS = frozenset({"independently", "immediately", "separately", "yet"})


def _unchecked(content: str) -> bool:
    """Is a hedge's content a clause of not being able to check an account pointed back at
    ("it was unable to verify the report", "they could not independently confirm the
    toll")? The words after its last verb of checking must point back (`_points_back`)."""
    words = content.lower().strip(" .,;:").split()
    at = max((i for i, w in enumerate(words) if w in _CHECKED), default=None)
    if at is None:
        return False
    tail = words[at + 1 :]
    while tail and tail[-1] in _CHECK_ADVERBS:
        tail = tail[:-1]
    return _points_back(" ".join(tail))


def answered(attributions: Sequence[Attribution], text: str) -> dict[int, int]:
    """For each statement whose content only points back at another ("Moscow rejected the
    claim", "Reuters could not verify the report"), or a hedge that it could not check one
    ("the UN said it was unable to verify the report"), the index of the statement it answers:
    the nearest one before it, close by, of another claimant."""
    out: dict[int, int] = {}
    for k, att in enumerate(attributions):
        content = text[att.content_span[0] : att.content_span[1]]
        if not _points_back(content) and not (att.stance == "hedges" and _unchecked(content)):
            continue
        begin = statement_span(att)[0]
        for j in range(k - 1, -1, -1):
            prior = attributions[j]
            finish = statement_span(prior)[1]
            if finish > begin or j in out:
                continue  # one holding the answer, or itself an answer
            if begin - finish > _REACH:
                break
            if not same_party(prior.claimant or prior.source, att.claimant or att.source):
                out[k] = j
                break
    return out


def _key(value: str | None) -> str:
    """A claimant without its leading articles, lower-cased ("the army" is "army")."""
    words = (value or "").lower().split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _refers_back(claimant: str | None) -> bool:
    """A claimant that is a statement or a document ("the statement said", "the report
    added"), or a pronoun left unresolved ("he said"), stands for someone named elsewhere:
    it is no second source."""
    words = _key(claimant).split()
    return len(words) == 1 and words[0] in get_lexicon().stand_ins


def _is_outlet(claimant: str | None) -> bool:
    """A news outlet, named ("RIA Novosti") or described ("the state news agency")."""
    lex = get_lexicon()
    words = _key(claimant).split()
    if not words:
        return False
    return " ".join(words) in lex.outlets or _outlet_noun(words[-1], lex.outlet_nouns)


def _outlet_noun(word: str, outlet_nouns: frozenset[str]) -> bool:
    singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    return word in outlet_nouns or singular in outlet_nouns or word == "press"


def _unnamed_outlets(claimant: str | None) -> bool:
    """A collective of outlets that names none ("Russian state media", "local newspapers"):
    it may be, or relay, any named outlet in the same report."""
    words = _key(claimant).split()
    return _is_outlet(claimant) and " ".join(words) not in get_lexicon().outlets \
        and (words[-1] in ("media", "press") or words[-1].endswith("s"))


def independent(first: Claim, second: Claim) -> bool:
    """Are the two claims' claimants independent sources (`_independent`)?"""
    keys = party_keys([name for c in (first, second) for name in (c.claimant, c.reported_by)])
    return _independent(first, second, keys)


def _independent(first: Claim, second: Claim, keys: dict[str, str]) -> bool:
    """Different claimants (by their party keys, `parties.py`: "Israeli military" and "Israel
    Defense Forces" are one), neither speaking for the other, relayed through different
    chains, and no unnamed collective of outlets on one side with an outlet on the other
    ("state media" and "RIA Novosti" may be one source)."""
    def key(name: str | None) -> str:  # every claimant and relay of the claims is in `keys`
        return keys.get(name or "", "")

    if key(first.claimant) == key(second.claimant) or _speaks_for(first, second) \
            or _speaks_for(second, first):
        return False
    if key(first.reported_by or first.claimant) == key(second.reported_by or second.claimant):
        return False
    for vague, other in ((first, second), (second, first)):
        if _unnamed_outlets(vague.claimant) and (
            other.reported_by is not None or _is_outlet(other.claimant)
        ):
            return False
    return True


def _words(text: str) -> list[str]:
    return [w.strip(",.\u2019'").removesuffix("\u2019s").removesuffix("'s")
            for w in text.lower().split()]


def _speaks_for(spokesman: Claim, body: Claim) -> bool:
    """Does the first claimant speak for the second ("a spokesman for the navy" and "the
    Ukrainian navy", "Kremlin spokesman X" and "the Kremlin"): one party, not two sources?
    The body's last word must stand in the role, with no other word before it there ("Foreign
    Ministry spokesman" does not speak for "the Defence Ministry")."""
    role = _words(spokesman.claimant_role or "")
    named = _words(_key(body.claimant))
    if not named or not set(role) & get_lexicon().speaking_for or named[-1] not in role:
        return False
    at = role.index(named[-1])
    mine = role[at - 1] if at > 0 else None
    theirs = named[-2] if len(named) > 1 else None
    return mine is None or theirs is None or mine in ARTICLES or mine == theirs


def status_for(claims: Sequence[Claim]) -> Status:
    """ "contested" when a party denies (a denial among the claims), "corroborated" when two
    independent claimants assert it (different claimants relayed through different chains),
    "reported" otherwise. A claim with no claimant ("reportedly", "is said to") is no party:
    it neither contests nor corroborates; nor does a statement or document speaking for its
    issuer ("the statement said"). Names of one party are one claimant (`parties.py`), and an
    unnamed collective of outlets is not independent of an outlet (`_independent`)."""
    parties = [c for c in claims if c.claimant]
    if any(c.stance == "denies" for c in parties):
        return "contested"
    asserting = [c for c in parties if c.stance == "asserts" and not _refers_back(c.claimant)]
    keys = party_keys([name for c in asserting for name in (c.claimant, c.reported_by)])
    for i, first in enumerate(asserting):
        if any(_independent(first, second, keys) for second in asserting[i + 1 :]):
            return "corroborated"
    return "reported"
