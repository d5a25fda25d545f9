"""The `kb` command: thin wrappers around the library."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import click
from mkdocs.exceptions import MkDocsException

from ingest.doctor import check_setup
from ingest.pipeline import IngestError, run_ingest
from ingest.progress import reporting
from ingest.records import DEFAULT_LIMITS, MB, Limits
from ingest.render.recent import RECENT_DAYS

# MkDocs 1.6 prints a notice about MkDocs 2.0 on every start; the design card has decided (README).
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
CONFIG = click.option(
    "--config-file", "-f", type=click.Path(path_type=Path), default=Path("mkdocs.yml"), show_default=True
)
QUIET = click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
VERBOSE = click.option("--verbose", "-v", is_flag=True, help="Print every step, one line each.")
DUMPS = click.option("--dumps", type=click.Path(path_type=Path), default=Path("dumps"), show_default=True)
SITE_DUMPS = click.option(
    "--dumps", type=click.Path(path_type=Path), help="Folder of dumps.  [default: the plugin's `dumps` in mkdocs.yml]"
)


@click.group()
def main() -> None:
    """digest-kb: turn scraped digest dumps into a MkDocs knowledge base."""


@main.command()
@DUMPS
@click.option("--docs", type=click.Path(path_type=Path), default=Path("docs"), show_default=True)
@click.option(
    "--max-dump-mb",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMITS.dump_bytes // MB,
    show_default=True,
    help="Skip larger dumps.",
)
@click.option(
    "--max-line-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_LIMITS.line_chars,
    show_default=True,
    help="Leave out longer lines.",
)
@click.option(
    "--recent-days",
    type=click.IntRange(min=1),
    default=RECENT_DAYS,
    show_default=True,
    help="List on the recent-changes page what changed in this many days before the newest dump.",
)
@click.option(
    "--seen-at",
    type=int,
    envvar="SOURCE_DATE_EPOCH",
    help="Date the dumps not seen before at this Unix time.  [default: now, or SOURCE_DATE_EPOCH]",
)
@QUIET
@VERBOSE
def ingest(
    dumps: Path,
    docs: Path,
    max_dump_mb: int,
    max_line_chars: int,
    recent_days: int,
    seen_at: int | None,
    quiet: bool,
    verbose: bool,
) -> None:
    """Write one note per post under DOCS/notes from every dump in DUMPS.

    Example: kb ingest --dumps dumps --docs docs --max-line-chars 50000
    """
    limits = Limits(max_dump_mb * MB, max_line_chars)
    now = dt.datetime.fromtimestamp(seen_at, dt.UTC) if seen_at is not None else dt.datetime.now(dt.UTC)
    try:
        with reporting(quiet, verbose):
            summary = run_ingest(dumps, docs, limits=limits, now=now, recent_days=recent_days)
    except IngestError as error:
        raise click.ClickException(str(error)) from error
    if not quiet:
        for line in summary.describe():
            click.echo(line)


@main.command()
@SITE_DUMPS
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True)
@click.option("--full", is_flag=True, help="Rebuild every page, even when only notes changed.")
@CONFIG
@QUIET
@VERBOSE
def build(dumps: Path | None, site: Path, full: bool, config_file: Path, quiet: bool, verbose: bool) -> None:
    """Ingest the dumps and build the site strictly (only changed pages when possible).

    Example: kb build --dumps dumps --site site
    """
    from ingest.site.build import build_site  # MkDocs and the theme load only for the commands that build

    os.environ.update(MKDOCS_ENV)
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.WARNING if quiet else logging.INFO)
    try:
        with reporting(quiet, verbose):
            incremental = build_site(config_file, site, dumps, full)
    except (MkDocsException, OSError) as error:
        raise click.ClickException(f"mkdocs build --strict failed: {error}") from error
    if not quiet:
        click.echo(f"site built in {site} ({'changed pages only' if incremental else 'every page'})")


@main.command()
@SITE_DUMPS
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="HOST:PORT to serve on.")
@CONFIG
def serve(dumps: Path | None, dev_addr: str, config_file: Path) -> None:
    """Serve the site with live reload; ingest again when a dump or the taxonomy changes.

    Example: kb serve --dumps dumps --dev-addr 127.0.0.1:8000
    """
    from ingest.site.build import serve_site

    os.environ.update(MKDOCS_ENV)
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.INFO)
    serve_site(config_file, dev_addr, dumps)


@main.command()
@DUMPS
def doctor(dumps: Path) -> None:
    """Check Python, packages, jieba, the embedded KaTeX, dumps, taxonomy and state store.

    Example: kb doctor --dumps dumps
    """
    checks = check_setup(dumps)
    for check in checks:
        mark = "ok " if check.ok else "FAIL"
        hint = f"  -> {check.hint}" if not check.ok and check.hint else ""
        click.echo(f"{mark} {check.name}: {check.detail}{hint}")
    if not all(check.ok for check in checks):
        raise click.ClickException("some checks failed (see the hints above)")


if __name__ == "__main__":
    main()
