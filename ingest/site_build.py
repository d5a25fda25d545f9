"""Site build: mkdocs build --strict, incremental when only notes changed since the last build."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from ingest.memo import code_version

STAMP = ".kb-build.json"
DIRTY_WARNING = "A 'dirty' build is being performed"


class DropDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build; ours keeps nav and search complete, so it is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def signature(config_file: Path, docs: Path) -> dict[str, str]:
    """Return what every page depends on beyond its source: the config, the nav's categories, the
    code (ours with Python's and the libraries' versions, the theme overrides, and the KaTeX
    that draws the formulas)."""
    catalog = docs / "notes" / "catalog.json"
    categories = sorted({n["path"].split("/")[1] for n in json.loads(catalog.read_text("utf-8"))["notes"]})
    code = hashlib.sha256(code_version().encode())
    # Formulas are drawn at build time: another KaTeX must draw every page again.
    lock = config_file.parent / "package-lock.json"
    if lock.exists():
        code.update(lock.read_bytes())
    overrides = config_file.parent / "overrides"
    for path in sorted(overrides.rglob("*")) if overrides.exists() else []:
        if path.is_file():
            code.update(path.read_bytes())
    return {
        "config": hashlib.sha256(config_file.read_bytes()).hexdigest(),
        "categories": ",".join(categories),
        "code": code.hexdigest(),
    }


def build_site(config_file: Path, site: Path, full: bool = False) -> bool:
    """Build the site strictly; rebuild only changed pages when nothing else changed.

    Return whether the build was incremental.
    """
    config = load_config(str(config_file), site_dir=str(site), strict=True)
    stamp = site / STAMP
    current = signature(config_file, Path(config["docs_dir"]))
    previous = json.loads(stamp.read_text("utf-8")) if stamp.exists() else None
    dirty = not full and previous == current
    config["extra"]["kb_incremental"] = dirty
    quiet = DropDirtyWarning()
    builder_log = logging.getLogger("mkdocs.commands.build")
    builder_log.addFilter(quiet)
    try:
        stamp.unlink(missing_ok=True)  # a build that fails half-way must not be trusted next time
        build(config, dirty=dirty)
    finally:
        builder_log.removeFilter(quiet)
    stamp.write_text(json.dumps(current) + "\n", encoding="utf-8")
    return dirty
