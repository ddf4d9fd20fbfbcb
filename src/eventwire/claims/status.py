"""From attributions to the claims behind one event, and the event's claim status."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Attribution, Claim, Span, Status


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def statement_span(attribution: Attribution) -> Span:
    """From the first to the last character of source, cue and content."""
    spans = [s for s in (attribution.source_span, attribution.cue_span) if s is not None]
    spans.append(attribution.content_span)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def claims_for(
    attributions: Sequence[Attribution], start: int, end: int, *, text: str | None = None
) -> list[Claim]:
    """The claims bearing on an event whose evidence sentence is `text[start:end]`: those whose
    content overlaps it, or whose whole statement lies inside it.

    With the document `text`, a claim's `text`/`span` are the whole statement; without it they
    are the source mention (the only text an Attribution carries), or the cue of a statement
    with no source ("reportedly"). A statement with no source has no claimant.
    """
    claims: list[Claim] = []
    for att in attributions:
        stmt = statement_span(att)
        inside = start <= stmt[0] and stmt[1] <= end
        if not (_overlap(att.content_span, (start, end)) or inside):
            continue
        if text is not None:
            quote, span = text[stmt[0] : stmt[1]], stmt
        elif att.source is not None and att.source_span is not None:
            quote, span = att.source, att.source_span
        elif att.cue is not None and att.cue_span is not None:
            quote, span = att.cue, att.cue_span
        else:
            continue
        claims.append(
            Claim(
                claimant=att.claimant or att.source,
                claimant_role=att.claimant_role,
                channel=att.channel,
                reported_by=att.reported_by,
                stance=att.stance,
                text=quote,
                span=span,
            )
        )
    return claims


#: Leading words that do not tell one claimant from another ("the army" is "army").
_ARTICLES = frozenset({"the", "a", "an"})


def _key(value: str | None) -> str:
    words = (value or "").lower().split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _refers_back(claimant: str | None) -> bool:
    """A claimant that is a statement or a document ("the statement said", "the report
    added"), or a pronoun left unresolved ("he said"), stands for someone named elsewhere:
    it is no second source."""
    from .lexicon import get_lexicon

    words = _key(claimant).split()
    return len(words) == 1 and words[0] in get_lexicon().stand_ins


def status_for(claims: Sequence[Claim]) -> Status:
    """ "contested" when a party denies (a denial among the claims), "corroborated" when two
    independent claimants assert it (different claimants relayed through different chains),
    "reported" otherwise. A claim with no claimant ("reportedly", "is said to") is no party:
    it neither contests nor corroborates; nor does a statement or document speaking for its
    issuer ("the statement said"). Claimants differing only in an article are one."""
    parties = [c for c in claims if c.claimant]
    if any(c.stance == "denies" for c in parties):
        return "contested"
    asserting = [c for c in parties if c.stance == "asserts" and not _refers_back(c.claimant)]
    for i, first in enumerate(asserting):
        for second in asserting[i + 1 :]:
            if _key(first.claimant) == _key(second.claimant):
                continue
            chain1 = _key(first.reported_by or first.claimant)
            chain2 = _key(second.reported_by or second.claimant)
            if chain1 != chain2:
                return "corroborated"
    return "reported"
