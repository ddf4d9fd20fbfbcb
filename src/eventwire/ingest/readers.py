"""Read inputs into `Article`s: plain text, HTML, JSONL files, folders of them, or JSONL on stdin.

Every problem with one input becomes an `InputError` naming the input (file, and line for JSONL)
and the reason; it is yielded in place of the article, so a run goes on with the rest.

Text normalisation: Unicode NFC, CRLF/CR line ends to LF, a leading byte-order mark dropped.
Spans in a record point into the normalised text. When that differs from the input as given
(HTML, or a plain text the normalisation changed), the record carries the text itself.
"""

from __future__ import annotations

import json
import sys
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import DateError, InputError
from ..records import Article, parse_published, stable_id

#: Inputs above this size are refused: no news article is this long, and a file this large is
#: almost always a mistake (a database dump, a video) that would stall the run.
MAX_INPUT_BYTES = 50 * 1024 * 1024

#: Extraction from a page with no article falls back to navigation fragments ("Home", "Menu");
#: fewer words than this is treated as no article text.
MIN_HTML_WORDS = 5

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Item = Article | InputError


def normalise_text(raw: str) -> str:
    """NFC, LF line ends, no BOM: the form every span points into."""
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def iter_articles(
    inputs: Iterable[str], published: str | None = None, stdin: IO[str] | None = None
) -> Iterator[Item]:
    """Yield an Article (or an InputError) for every document in the inputs, in order.

    `published` (YYYY-MM-DD) applies to inputs that carry no date of their own.
    """
    default_published = parse_published(published)
    for name in inputs:
        if name == "-":
            yield from _read_jsonl_lines(stdin or sys.stdin, "<stdin>", default_published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
            if not files:
                yield InputError(name, "folder holds no .txt, .html or .jsonl files")
            for file in files:
                yield from _read_file(file, default_published)
        elif not path.exists():
            yield InputError(name, "no such file or folder")
        else:
            yield from _read_file(path, default_published)


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def _read_file(path: Path, published: str | None) -> Iterator[Item]:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(origin, f"file is {size:,} bytes, above the {MAX_INPUT_BYTES:,} limit")
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield exc
        return
    suffix = path.suffix.lower()
    try:
        raw = _decode(data, origin)
    except InputError as exc:
        yield exc
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_lines(raw.splitlines(), origin, published)
    elif suffix in HTML_SUFFIXES or _looks_like_html(raw):
        yield _guard(lambda: _html_article(raw, origin, published, url=None), origin)
    else:
        yield _guard(lambda: _text_article(raw, origin, published), origin)


def _guard(build: Any, origin: str) -> Item:
    try:
        article: Article = build()
    except InputError as exc:
        return exc
    return article


def _decode(data: bytes, origin: str) -> str:
    if not data.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _text_article(
    raw: str,
    origin: str,
    published: str | None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    text = normalise_text(raw)
    if not text.strip():
        raise InputError(origin, "no text")
    return Article(
        id=doc_id or stable_id("article", text),
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        text_is_derived=text != raw,
        origin=origin,
    )


def _html_article(raw: str, origin: str, published: str | None, url: str | None) -> Article:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # trafilatura's parser warns on odd markup; not fatal
        found = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, as_dict=True
        )
    extracted: dict[str, Any] = found if isinstance(found, dict) else {}
    body = extracted.get("text") or ""
    if len(body.split()) < MIN_HTML_WORDS:
        raise InputError(origin, "HTML holds no article text")
    meta_date = extracted.get("date")
    try:
        page_published = parse_published(meta_date) if meta_date else None
    except DateError:
        page_published = None
    text = normalise_text(body)
    return Article(
        id=stable_id("article", text),
        text=text,
        title=extracted.get("title"),
        url=url or extracted.get("url"),
        outlet=extracted.get("sitename"),
        published=page_published or published,
        text_is_derived=True,
        origin=origin,
    )


def _read_jsonl_lines(lines: Iterable[str], origin: str, published: str | None) -> Iterator[Item]:
    seen_any = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{origin}:{number}"
        try:
            yield _jsonl_article(line, where, published)
        except InputError as exc:
            yield exc
    if not seen_any:
        yield InputError(origin, "empty input (no JSON lines)")


def _jsonl_article(line: str, where: str, published: str | None) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise InputError(where, "a JSONL line must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no text")
    fields = {k: _optional_str(obj, k, where) for k in ("id", "title", "url", "outlet")}
    try:
        own_date = parse_published(_optional_str(obj, "published", where))
    except DateError as exc:
        raise InputError(where, str(exc)) from exc
    is_html = _looks_like_html(text)
    if is_html:
        article = _html_article(text, where, own_date or published, fields["url"])
        return Article(
            **{
                **article.__dict__,
                "id": fields["id"] or article.id,
                "title": fields["title"] or article.title,
                "outlet": fields["outlet"] or article.outlet,
            }
        )
    return _text_article(
        text,
        where,
        own_date or published,
        doc_id=fields["id"],
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
    )


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, int | float) and key == "id":
        return str(value)
    if not isinstance(value, str):
        raise InputError(where, f"field {key!r} must be a string")
    return value
