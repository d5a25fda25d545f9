"""The `kb` command: thin wrappers around the library."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click
from mkdocs.exceptions import MkDocsException

from ingest.doctor import check_setup
from ingest.pipeline import IngestError, run_ingest
from ingest.progress import reporting
from ingest.records import Summary
from ingest.site_build import build_site

MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
DUMPS = click.option("--dumps", type=click.Path(path_type=Path), default=Path("dumps"), show_default=True)
QUIET = click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
VERBOSE = click.option("--verbose", "-v", is_flag=True, help="Print every step, one line each.")


def ingest_or_exit(dumps: Path, docs: Path, quiet: bool, verbose: bool) -> Summary:
    """Run the ingest with progress shown; on failure print one line and exit non-zero."""
    try:
        with reporting(quiet, verbose):
            summary = run_ingest(dumps, docs)
    except IngestError as error:
        raise click.ClickException(str(error)) from error
    if not quiet:
        for line in summary.describe():
            click.echo(line)
    return summary


@click.group()
def main() -> None:
    """digest-kb: turn scraped digest dumps into a MkDocs knowledge base."""


@main.command()
@DUMPS
@click.option("--docs", type=click.Path(path_type=Path), default=Path("docs"), show_default=True)
@QUIET
@VERBOSE
def ingest(dumps: Path, docs: Path, quiet: bool, verbose: bool) -> None:
    """Write one note per post under DOCS/notes from every dump in DUMPS.

    Example: kb ingest --dumps dumps --docs docs
    """
    ingest_or_exit(dumps, docs, quiet, verbose)


@main.command()
@DUMPS
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True)
@click.option("--full", is_flag=True, help="Rebuild every page, even when only notes changed.")
@QUIET
@VERBOSE
def build(dumps: Path, site: Path, full: bool, quiet: bool, verbose: bool) -> None:
    """Ingest DUMPS into docs/, then build the site strictly (only changed pages when possible).

    Example: kb build --dumps dumps --site site
    """
    ingest_or_exit(dumps, Path("docs"), quiet, verbose)
    # The notes are fresh: the build hook need not ingest again.
    os.environ.update({**MKDOCS_ENV, "KB_INGEST": "0"})
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.WARNING if quiet else logging.INFO)
    try:
        incremental = build_site(Path("mkdocs.yml"), site, full)
    except (MkDocsException, OSError) as error:
        raise click.ClickException(f"mkdocs build --strict failed: {error}") from error
    if not quiet:
        click.echo(f"site built in {site} ({'changed pages only' if incremental else 'every page'})")


@main.command()
@DUMPS
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="HOST:PORT to serve on.")
def serve(dumps: Path, dev_addr: str) -> None:
    """Serve the site with live reload; re-ingest when a dump or the taxonomy changes.

    Example: kb serve --dumps dumps --dev-addr 127.0.0.1:8000
    """
    env = {**os.environ, **MKDOCS_ENV, "KB_DUMPS": str(dumps.resolve())}
    # Become `mkdocs serve` (its hook ingests before every build), so Ctrl-C stops it cleanly.
    os.execve(sys.executable, [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", dev_addr], env)


@main.command()
@DUMPS
def doctor(dumps: Path) -> None:
    """Check Python, packages, jieba, KaTeX assets, dumps, taxonomy and state store.

    Example: kb doctor --dumps dumps
    """
    checks = check_setup(Path.cwd(), dumps)
    for check in checks:
        mark = "ok " if check.ok else "FAIL"
        hint = f"  -> {check.hint}" if not check.ok and check.hint else ""
        click.echo(f"{mark} {check.name}: {check.detail}{hint}")
    if not all(check.ok for check in checks):
        raise click.ClickException("some checks failed (see the hints above)")


if __name__ == "__main__":
    main()
