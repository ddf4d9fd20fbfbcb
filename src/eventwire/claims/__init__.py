"""The claims stage: attributed statements (source, cue, content), the chain behind each
(claimant, role, channel, relaying outlet), stance, and the claim status of an event.

    >>> attributions = find_attributions(get_nlp()(text))
    >>> status_for(claims_for(attributions, start, end, text=text))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .stance import unmade
from .status import (
    claim_of,
    claims_for,
    independent,
    points_back_alone,
    statement_span,
    status_for,
    without_headline,
)
from .tolls import definite_toll
from .unverified import accounts_unchecked

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Attribution

__all__ = ["accounts_unchecked", "claim_of", "claims_for", "definite_toll", "find_attributions",
           "independent", "points_back_alone", "statement_span", "status_for", "unmade",
           "without_headline"]


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attributed statement in a parsed document, in text order."""
    from .build import build_attributions
    from .lexicon import get_lexicon
    from .reparse import reparsed

    return build_attributions(reparsed(doc, get_lexicon().cue_words))
