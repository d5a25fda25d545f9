"""Doctor: what a user needs to know before a build, each with a precise hint."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ingest.categorize import CategoryFileError, load_taxonomy, taxonomy_path
from ingest.paths import STATE_NAME

PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "pymdown-extensions",
    "mkdocs-redirects",
    "jieba",
    "nh3",
    "pyyaml",
    "mini-racer",
)


@dataclass(frozen=True)
class Check:
    """One thing checked: whether it is fine, what was found, and how to fix it."""

    name: str
    ok: bool
    detail: str
    hint: str = ""


def package_check(name: str) -> Check:
    """Check that a package is installed and say its version."""
    try:
        return Check(name, True, metadata.version(name))
    except metadata.PackageNotFoundError:
        return Check(name, False, "not installed", "run scripts/setup.sh (pip install -e .)")


def katex_check() -> Check:
    """Check that the embedded KaTeX draws a formula: the build draws every one with it."""
    from ingest.site.katex import Katex

    katex = Katex()
    try:
        katex.draw([("x^2", False)])
    except Exception as error:  # any failure of the embedded engine is the finding
        return Check("KaTeX (mini-racer)", False, str(error), "run scripts/setup.sh (pip install -e .)")
    finally:
        katex.close()
    return Check("KaTeX (mini-racer)", True, "draws formulas")


def check_setup(dumps: Path) -> list[Check]:
    """Return every check of a project with its dumps in `dumps`."""
    checks = [
        Check(
            "python",
            sys.version_info >= (3, 11),
            sys.version.split()[0],
            "digest-kb needs Python 3.11 or newer",
        )
    ]
    checks += [package_check(name) for name in PACKAGES]
    try:
        import jieba  # noqa: F401

        checks.append(Check("jieba importable", True, "yes"))
    except ImportError as error:
        checks.append(Check("jieba importable", False, str(error), "pip install jieba"))
    checks.append(katex_check())
    if dumps.is_dir():
        count = sum(1 for p in dumps.glob("*.txt"))
        checks.append(Check("dumps folder", count > 0, f"{dumps}: {count} .txt files", "add dumps to the folder"))
    else:
        checks.append(Check("dumps folder", False, f"{dumps} is missing", "create it or pass --dumps DIR"))
    taxonomy = taxonomy_path(dumps)
    try:
        load_taxonomy(taxonomy)
        checks.append(Check("taxonomy", True, str(taxonomy)))
    except CategoryFileError as error:
        checks.append(Check("taxonomy", False, str(error), "fix the file at the line named"))
    state = dumps / STATE_NAME
    if state.exists():
        try:
            with sqlite3.connect(state) as db:
                verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            checks.append(Check("state store", verdict == "ok", f"{state}: {verdict}", f"delete {state}"))
        except sqlite3.DatabaseError as error:
            checks.append(Check("state store", False, f"{state}: {error}", f"delete {state}; it is rebuilt"))
    return checks
