"""The ingest stage on good and bad inputs (no NLP involved)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.errors import DateError, InputError
from eventwire.ingest import MAX_INPUT_BYTES, iter_articles, normalise_text
from eventwire.records import Article


def items(
    *inputs: str, published: str | None = None, stdin: str | None = None
) -> list[Article | InputError]:
    return list(iter_articles(inputs, published, io.StringIO(stdin) if stdin is not None else None))


def only_error(result: list[Article | InputError]) -> InputError:
    assert len(result) == 1 and isinstance(result[0], InputError), result
    return result[0]


def test_plain_text_is_read_as_given(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Protesters gathered in Accra on Monday.\n", encoding="utf-8")
    [article] = items(str(f), published="2024-05-07")
    assert isinstance(article, Article)
    assert article.text == "Protesters gathered in Accra on Monday.\n"
    assert article.published == "2024-05-07" and not article.text_is_derived


def test_normalisation_marks_text_as_derived(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes("Cafe\u0301 attacked.\r\nTwo hurt.".encode())
    [article] = items(str(f))
    assert isinstance(article, Article)
    assert article.text == "Caf\u00e9 attacked.\nTwo hurt." and article.text_is_derived
    assert normalise_text("\ufeffa\rb") == "a\nb"


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    err = only_error(items(str(f)))
    assert err.origin == str(f) and "empty" in err.reason


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in only_error(items(str(f))).reason


def test_invalid_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Fuerzas armadas atacaron Medellín".encode("latin-1"))
    assert "UTF-8" in only_error(items(str(f))).reason


def test_malformed_jsonl_line_names_the_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        '{"id": "a", "text": "Clashes in Goma."}\n{"id": "b", "text": \n', encoding="utf-8"
    )
    first, second = items(str(f))
    assert isinstance(first, Article) and first.id == "a"
    assert isinstance(second, InputError) and second.origin == f"{f}:2"
    assert "malformed JSON" in second.reason


def test_jsonl_record_without_text(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "title": "no body"}\n', encoding="utf-8")
    err = only_error(items(str(f)))
    assert err.origin.endswith(":1") and "no text" in err.reason


def test_jsonl_unparseable_published(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        '{"id": "a", "text": "Riot in Dhaka.", "published": "last Tuesday"}\n', encoding="utf-8"
    )
    assert "published" in only_error(items(str(f))).reason


def test_jsonl_published_and_metadata(tmp_path: Path) -> None:
    line = {
        "id": "x1",
        "text": "Shelling in Donetsk.",
        "published": "2024-02-01T08:00:00Z",
        "outlet": "Wire",
        "url": "https://example.org/x1",
        "title": "Shelling",
    }
    [article] = items("-", stdin=json.dumps(line) + "\n")
    assert isinstance(article, Article)
    assert (article.id, article.published, article.outlet) == ("x1", "2024-02-01", "Wire")


def test_html_without_article_text(tmp_path: Path) -> None:
    f = tmp_path / "nav.html"
    f.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        encoding="utf-8",
    )
    assert "no article text" in only_error(items(str(f))).reason


def test_html_article_text_is_extracted(tmp_path: Path) -> None:
    body = " ".join(
        [
            "Police dispersed a protest by teachers in the centre of Nairobi on Tuesday,"
            " firing tear gas at hundreds of demonstrators, witnesses said."
        ]
        * 3
    )
    f = tmp_path / "story.html"
    f.write_text(
        f"<html><head><title>Teachers protest</title></head><body><article><h1>Teachers"
        f" protest</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    [article] = items(str(f))
    assert isinstance(article, Article) and article.text_is_derived
    assert "tear gas" in article.text


def test_file_above_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: no real disk use
    assert "limit" in only_error(items(str(f))).reason


def test_missing_path_and_bad_default_date(tmp_path: Path) -> None:
    assert "no such file" in only_error(items(str(tmp_path / "nope.txt"))).reason
    with pytest.raises(DateError):
        items(str(tmp_path), published="14/01/2025")


def test_folder_is_walked_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    texts = [a.text for a in items(str(tmp_path)) if isinstance(a, Article)]
    assert texts == ["First report.", "Second report."]
