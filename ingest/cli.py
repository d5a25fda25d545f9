"""The `kb` command: thin wrappers around the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from ingest.pipeline import IngestError, run_ingest
from ingest.records import Summary


def report(summary: Summary) -> None:
    """Print what an ingest did, in a few lines."""
    click.echo(
        f"dumps read: {len(summary.read)}, skipped: {len(summary.skipped)}; "
        f"excerpts: {summary.excerpts}; notes: {len(summary.notes)}; "
        f"copies merged: {summary.copies_merged}; "
        f"formulas restored: {summary.formulas_restored}, left as placeholders: {summary.formulas_left}"
    )
    for dump in summary.skipped:
        click.echo(f"skipped {dump.name}: {dump.reason}")


def ingest_or_exit(dumps: Path, docs: Path) -> Summary:
    """Run the ingest; on failure print one line and exit non-zero."""
    try:
        return run_ingest(dumps, docs)
    except IngestError as error:
        raise click.ClickException(str(error)) from error


@click.group()
def main() -> None:
    """digest-kb: turn scraped digest dumps into a MkDocs knowledge base."""


@main.command()
@click.option("--dumps", type=click.Path(path_type=Path), default=Path("dumps"), show_default=True)
@click.option("--docs", type=click.Path(path_type=Path), default=Path("docs"), show_default=True)
def ingest(dumps: Path, docs: Path) -> None:
    """Write one note per post under DOCS/notes from every dump in DUMPS.

    Example: kb ingest --dumps dumps --docs docs
    """
    report(ingest_or_exit(dumps, docs))


@main.command()
@click.option("--dumps", type=click.Path(path_type=Path), default=Path("dumps"), show_default=True)
@click.option("--site", type=click.Path(path_type=Path), default=Path("site"), show_default=True)
def build(dumps: Path, site: Path) -> None:
    """Ingest DUMPS into docs/, then build the site with mkdocs build --strict.

    Example: kb build --dumps dumps --site site
    """
    report(ingest_or_exit(dumps, Path("docs")))
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(command, check=False, env=env)
    if result.returncode:
        raise click.ClickException("mkdocs build --strict failed (see above)")


if __name__ == "__main__":
    main()
