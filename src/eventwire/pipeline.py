"""`extract()`: the pure part of eventwire. Text in, document record out, no I/O.

One article's way through the stages, in order:
    nlp (spaCy Doc) → places → dates → claims → events → DocumentRecord
Each stage is a function of the Doc and of what the stages before it returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .claims import find_attributions
from .dates import find_times
from .events import find_events
from .nlp import doc_text, parse, parse_many
from .places import find_places
from .places.datelines import outside_datelines
from .places.demonyms import event_places
from .records import Article, DocumentContext, DocumentRecord, parse_published, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_article(article: Article) -> DocumentRecord:
    """Run every stage over one article and build its record."""
    return record_from_doc(article, parse(article.text))


def extract_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[DocumentRecord]:
    """Records for many articles, in order; spaCy runs over them in batches (`nlp.pipe`)."""
    for doc, article in parse_many(((a.text, a) for a in articles), batch_size=batch_size):
        yield record_from_doc(article, doc)


def record_from_doc(article: Article, doc: Doc) -> DocumentRecord:
    """The stages after spaCy: places → dates → claims → events, then the record."""
    published = parse_published(article.published)
    places = tuple(find_places(doc, outlet=article.outlet))
    times = tuple(find_times(doc, published))
    attributions = tuple(find_attributions(doc))
    # no event is placed where the report was filed ("KYIV, March 3 (Reuters) -")
    here = event_places(outside_datelines(places, doc_text(doc)))
    context = DocumentContext(article, here, times, attributions)
    events = tuple(find_events(doc, context))
    return DocumentRecord(
        id=article.id,
        title=article.title,
        url=article.url,
        outlet=article.outlet,
        published=published,
        events=events,
        places=places,
        attributions=attributions,
        text=article.text if article.text_is_derived else None,
    )


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
) -> DocumentRecord:
    """Extract events, places and attributions from one article's text.

    >>> record = extract("Protesters gathered in Kyiv on Monday.", published="2025-01-15")
    """
    article = Article(
        id=doc_id or stable_id("article", text),
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=parse_published(published),
    )
    return extract_article(article)
