"""The places stage: place mentions in a text, resolved against a GeoNames gazetteer.

`find_places(doc)` is what the pipeline calls; `build_gazetteer()` and `get_gazetteer()` give
access to the place index (built into the cache directory on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, admin1_aliases, admin1_name, build_gazetteer, get_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Place


def find_places(doc: Doc, outlet: str | None = None) -> list[Place]:
    """Every place mention in the document, in text order, resolved from its context."""
    from .document import places_in

    return places_in(doc, get_gazetteer(), outlet)


__all__ = [
    "Gazetteer", "admin1_aliases", "admin1_name", "build_gazetteer", "find_places",
    "get_gazetteer",
]
