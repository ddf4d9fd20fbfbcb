"""The `eventwire` command: a thin layer over the library.

Every command calls an importable function; a domain error (`EventwireError`) becomes one line
on stderr and a non-zero exit, never a traceback. Progress bars appear only on a terminal.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from .errors import EventwireError, InputError
from .records import Article

F = TypeVar("F", bound=Callable[..., Any])

SHARED_SEEDS = Path("..") / "shared" / "seeds"


class Group(click.Group):
    """Turns domain errors into one clear line and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"eventwire: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def main() -> None:
    """eventwire: news reports about armed conflict in, a sourced and geocoded event ledger out."""


def _progress(total: int | None, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", disable=not sys.stderr.isatty(), leave=False)


def _report(problem: InputError) -> None:
    click.echo(f"eventwire: {problem}", err=True)


class _Problems:
    """Counts and reports unreadable inputs while articles stream through."""

    def __init__(self) -> None:
        self.count = 0

    def articles(self, items: Iterator[Article | InputError]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputError):
                self.count += 1
                _report(item)
            else:
                yield item


def _published_option(func: F) -> F:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date for inputs that carry none (anchors relative dates).",
    )(func)


def _db_option(func: F) -> F:
    return click.option(
        "--db",
        metavar="PATH|URL",
        help="Ledger: an SQLite file or a postgresql:// URL "
        "(default: $EVENTWIRE_DB, the config file, else ./eventwire.db).",
    )(func)


def _validated_published(value: str | None) -> str | None:
    from .records import parse_published

    try:
        return parse_published(value)
    except EventwireError as exc:
        raise click.BadParameter(str(exc), param_hint="--published") from exc


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        return
    target = Path(path)
    if not target.parent.exists():
        raise EventwireError(f"{target.parent}: output folder does not exist")
    with target.open("w", encoding="utf-8", newline="") as fh:
        yield fh


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", metavar="FILE", help="Write JSONL here instead of stdout.")
@_published_option
def extract(inputs: tuple[str, ...], output: str | None, published: str | None) -> None:
    """Extract events from INPUTS (.txt, .html, .jsonl files, folders, or - for JSONL on
    stdin) and print one JSON record per document. The ledger is not touched."""
    from .ingest import iter_articles
    from .pipeline import extract_many

    problems = _Problems()
    items = iter_articles(inputs, _validated_published(published))
    with _output(output) as out, _progress(None, "extract") as bar:
        for record in extract_many(problems.articles(items)):
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            bar.update(1)
    if problems.count:
        raise EventwireError(f"{problems.count} input(s) could not be read")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@_published_option
def ingest(inputs: tuple[str, ...], db: str | None, published: str | None) -> None:
    """Extract events from INPUTS and store them in the ledger (one transaction per article;
    re-ingesting the same text adds nothing)."""
    from .ingest import iter_articles
    from .service import ingest_articles

    problems = _Problems()
    items = iter_articles(inputs, _validated_published(published))
    with _progress(None, "ingest") as bar:
        summary = ingest_articles(problems.articles(items), db, on_article=lambda: bar.update(1))
    click.echo(summary.describe(problems.count), err=not sys.stdout.isatty())
    if problems.count:
        raise EventwireError(f"{problems.count} input(s) could not be read")


@main.command()
@_db_option
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--code", help="Event code, e.g. AIR_STRIKE.")
@click.option("--country", help="Country (ISO alpha-2 code or name).")
@click.option("--admin1", help="First-level region name.")
@click.option("--q", "query", metavar="TEXT", help="Full-text search over event text.")
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv", "geojson"]),
    default=None,
    help="Output format (default: table on a terminal, jsonl when piped).",
)
def events(
    db: str | None,
    date_from: str | None,
    date_to: str | None,
    code: str | None,
    country: str | None,
    admin1: str | None,
    query: str | None,
    limit: int | None,
    fmt: str | None,
) -> None:
    """List events from the ledger."""
    from .service import export_events

    chosen = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    export_events(
        db,
        chosen,
        sys.stdout,
        date_from=date_from,
        date_to=date_to,
        code=code,
        country=country,
        admin1=admin1,
        query=query,
        limit=limit,
    )


@main.command()
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled-csv", "geojson", "jsonl"]),
    required=True,
    help="acled-csv: ACLED's columns and conventions; geojson: points; jsonl: full events.",
)
@click.option("-o", "--output", metavar="FILE", help="Write here instead of stdout.")
def export(db: str | None, fmt: str, output: str | None) -> None:
    """Export every event in the ledger."""
    from .service import export_events

    with _output(output) as out:
        summary = export_events(db, fmt, out)
    if summary.skipped:
        click.echo(f"eventwire: {summary.skipped} event(s) without a point left out", err=True)


@main.group(cls=Group)
def eval() -> None:  # noqa: A001 - the command is named for what users type
    """Score the extractor against gold data."""


def _emit(result: dict[str, Any], text: str, json_path: str | None) -> None:
    click.echo(text)
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")


_json_option = click.option(
    "--json", "json_path", metavar="FILE", help="Also write figures as JSON."
)
_limit_option = click.option("--limit", type=int, default=None, help="Only the first N items.")


@eval.command("seeds")
@click.argument("directory", required=False, type=click.Path(path_type=Path))
@_json_option
def eval_seeds(directory: Path | None, json_path: str | None) -> None:
    """Score the seed articles against DIRECTORY/gold.json (default ../shared/seeds)."""
    from .evaluate.seeds import evaluate_seeds, format_seeds

    result = evaluate_seeds(directory or SHARED_SEEDS)
    _emit(result, format_seeds(result), json_path)


@eval.command("acled")
@click.argument("csv_file", type=click.Path(path_type=Path))
@_limit_option
@_json_option
def eval_acled(csv_file: Path, limit: int | None, json_path: str | None) -> None:
    """Score each note's top event against ACLED's coded columns."""
    from .evaluate.acled import evaluate_acled, format_acled

    with _progress(None, "notes") as bar:
        result = evaluate_acled(csv_file, limit, progress=bar.update)
    _emit(result, format_acled(result), json_path)


@eval.command("lgl")
@click.argument("xml_file", type=click.Path(path_type=Path))
@_limit_option
@_json_option
def eval_lgl(xml_file: Path, limit: int | None, json_path: str | None) -> None:
    """Score toponym recall and resolution on the LGL geoparsing corpus."""
    from .evaluate.lgl import evaluate_lgl, format_lgl

    result = evaluate_lgl(xml_file, limit)
    _emit(result, format_lgl(result), json_path)


@eval.command("polnear")
@click.argument("directory", type=click.Path(path_type=Path))
@_limit_option
@_json_option
def eval_polnear(directory: Path, limit: int | None, json_path: str | None) -> None:
    """Score attribution source, cue and content spans on PolNeAR (brat standoff)."""
    from .evaluate.polnear import evaluate_polnear, format_polnear

    result = evaluate_polnear(directory, limit)
    _emit(result, format_polnear(result), json_path)


@main.group(cls=Group)
def gazetteer() -> None:
    """The GeoNames place index."""


@gazetteer.command("build")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Index file to write.")
def gazetteer_build(output: Path | None) -> None:
    """Build the place index from the installed GeoNames packages."""
    from .places import build_gazetteer

    click.echo(str(build_gazetteer(output)))


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def train(args: tuple[str, ...]) -> None:
    """Retrain the event classifier from training/data (writes the shipped model file).
    Options: --data DIR, --out PATH, --epochs N."""
    from .events.train import main as train_main

    status = train_main(list(args))
    if status:
        raise SystemExit(status)


if __name__ == "__main__":  # pragma: no cover
    main()
