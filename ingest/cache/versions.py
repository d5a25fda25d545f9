"""Code versions: digests of the code whose results the store keeps, so changed code never reuses them."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # ingest/
# Code that does not shape what the ingest writes: the MkDocs plugin (the site's build stamp
# covers it), the command line, the doctor and the progress display.
NOT_INGEST = ("site", "cli.py", "doctor.py", "progress.py")
# The code that turns a dump's bytes into excerpts: the dump cache is keyed on it.
PARSER = ("read.py", "parse.py", "records.py", "paths.py")
# Libraries whose output the store keeps (tokens, slugs, numbers).
LIBRARIES = ("jieba", "pypinyin", "numpy", "scipy", "pyyaml")


def library_versions(names: Iterable[str]) -> str:
    """Return Python's version and each library's, one line each."""
    lines = [sys.version]
    for name in names:
        try:
            lines.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{name}=-")
    return "\n".join(lines)


def source_digest(paths: Iterable[Path], root: Path | None = None) -> hashlib._Hash:
    """Return a running digest of files: each one's path (relative to root, else the package) and bytes."""
    code = hashlib.sha256()
    for path in sorted(paths):
        code.update(path.relative_to(root or PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return code


def ingest_sources() -> list[Path]:
    """Return the Python files of the ingest itself (not those NOT_INGEST names)."""
    return [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in NOT_INGEST]


@lru_cache(maxsize=1)  # the code that runs is the code loaded when the process started
def code_version() -> str:
    """Return a digest of the ingest's source, Python's version and the libraries' versions."""
    code = source_digest(ingest_sources())
    code.update(library_versions(LIBRARIES).encode())
    return code.hexdigest()


@lru_cache(maxsize=1)
def parser_version() -> str:
    """Return a digest of the code that reads and parses a dump (and Python's version)."""
    code = source_digest(PACKAGE / name for name in PARSER)
    code.update(library_versions(()).encode())
    return code.hexdigest()
