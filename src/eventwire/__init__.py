"""eventwire: news reports about armed conflict in, a sourced and geocoded event ledger out.

    >>> from eventwire import extract
    >>> record = extract(text, published="2025-01-14")

Importing the package does no work: models and the gazetteer load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import extract, extract_article
    from .records import DocumentRecord, Event

__all__ = ["DocumentRecord", "Event", "__version__", "extract", "extract_article"]


def __getattr__(name: str) -> Any:
    # Lazy attribute access keeps `import eventwire` free of spaCy and the gazetteer.
    if name in ("extract", "extract_article"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("DocumentRecord", "Event"):
        from . import records

        return getattr(records, name)
    raise AttributeError(name)
