"""Doctor: what a user needs to know before a build, each with a precise hint."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

from ingest.state import STATE_NAME

PACKAGES = ("mkdocs", "mkdocs-material", "pymdown-extensions", "mkdocs-redirects", "jieba", "nh3", "pyyaml")


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


def node_check() -> Check:
    """Check that Node runs: the build draws every formula with KaTeX in one Node process."""
    node = shutil.which("node")
    if node is None:
        return Check("node", False, "not found", "install Node.js (scripts/setup.sh installs it with apt-get)")
    try:
        version = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.TimeoutExpired) as error:
        return Check("node", False, str(error), "reinstall Node.js")
    return Check("node", bool(version), version or "no version printed", "reinstall Node.js")


def check_setup(root: Path, dumps: Path) -> list[Check]:
    """Return every check of the project in `root` with dumps in `dumps`."""
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
    katex = root / "node_modules" / "katex" / "dist" / "katex.min.js"
    checks.append(Check("KaTeX assets", katex.is_file(), str(katex), "run npm ci (scripts/setup.sh does)"))
    checks.append(node_check())
    if dumps.is_dir():
        count = sum(1 for p in dumps.glob("*.txt"))
        checks.append(Check("dumps folder", count > 0, f"{dumps}: {count} .txt files", "add dumps to the folder"))
    else:
        checks.append(Check("dumps folder", False, f"{dumps} is missing", "create it or pass --dumps DIR"))
    taxonomy = root / "categories.yml"
    if taxonomy.exists():
        try:
            yaml.safe_load(taxonomy.read_text(encoding="utf-8"))
            checks.append(Check("taxonomy", True, str(taxonomy)))
        except yaml.YAMLError as error:
            checks.append(Check("taxonomy", False, f"{taxonomy}: {error}", "fix the YAML at the line named"))
    state = dumps / STATE_NAME
    if state.exists():
        try:
            with sqlite3.connect(state) as db:
                verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            checks.append(Check("state store", verdict == "ok", f"{state}: {verdict}", f"delete {state}"))
        except sqlite3.DatabaseError as error:
            checks.append(Check("state store", False, f"{state}: {error}", f"delete {state}; it is rebuilt"))
    return checks
