"""Incremental builds: MkDocs' dirty build renders only the pages whose source changed, which is
right only when nothing else every page depends on has changed. The build stamp records that."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from ingest.cache.versions import library_versions, source_digest

STAMP = ".kb-build.json"
SITE_PACKAGE = Path(__file__).resolve().parent
# Libraries whose output every page shows (the theme, the Markdown, formulas, sanitising).
LIBRARIES = (
    "mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "mkdocs-redirects", "nh3", "mini-racer",
)  # fmt: skip


def staging_dir(site: Path) -> Path:
    """Return where `kb build` renders a site before swapping it in whole (build.py)."""
    return site.with_name(f".{site.name}.staging")


def published_dir(site: Path) -> Path:
    """Return the site a build into `site` publishes: itself, or the one its staging folder becomes."""
    staged = re.fullmatch(r"\.(.+)\.staging", site.name)
    return site.with_name(staged.group(1)) if staged else site


def site_code_version(custom_dir: str | None) -> str:
    """Return a digest of what renders every page: this package (code, scripts, styles, templates
    and the KaTeX it draws formulas with), the libraries' versions and the theme's custom_dir."""
    code = source_digest(p for p in SITE_PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    code.update(library_versions(LIBRARIES).encode())
    if custom_dir and Path(custom_dir).is_dir():
        root = Path(custom_dir)
        code.update(source_digest((p for p in root.rglob("*") if p.is_file()), root=root).digest())
    return code.hexdigest()


def build_stamp(config: Any, category_slugs: list[str]) -> dict[str, str]:
    """Return what every page depends on beyond its source: the config, the nav's categories and
    the code that renders them."""
    config_file = Path(config["config_file_path"])
    return {
        "config": hashlib.sha256(config_file.read_bytes()).hexdigest(),
        "categories": ",".join(sorted(category_slugs)),
        "code": site_code_version(config["theme"].custom_dir),
    }


def last_stamp(site: Path) -> dict[str, str] | None:
    """Return the stamp the last complete build left in the site, if any."""
    stamp = site / STAMP
    try:
        return dict(json.loads(stamp.read_text("utf-8")))
    except (OSError, ValueError):
        return None


def forget_stamp(site: Path) -> None:
    """Remove the stamp: a build that stops half-way must not be trusted by the next one."""
    (site / STAMP).unlink(missing_ok=True)


def keep_stamp(site: Path, stamp: dict[str, str]) -> None:
    """Record a complete build's stamp."""
    (site / STAMP).write_text(json.dumps(stamp) + "\n", encoding="utf-8")


def remove_stale_pages(site: Path, pages: set[str], keep: set[str]) -> None:
    """After an incremental build, remove the pages of notes that no longer exist."""
    for page in (site / "notes").glob("*/*/index.html"):
        url = page.parent.relative_to(site).as_posix() + "/"
        if url not in pages and url not in keep:
            page.unlink()
