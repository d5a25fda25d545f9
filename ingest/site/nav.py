"""The site's structure from the ingest's output: the nav, the home and report pages at the
root, and the redirects of old note URLs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from ingest.paths import (
    CATALOG,
    GRAPH_PAGE,
    HOME_PAGE,
    PUBLISHED_HOME,
    PUBLISHED_REPORT,
    RECENT_PAGE,
    REDIRECTS,
    REPORT_PAGE,
    TAGS_PAGE,
    category_folder,
)


def read_catalog(docs: Path) -> dict[str, Any]:
    """Return the catalog the ingest wrote, or an empty one."""
    path = docs / CATALOG
    if not path.exists():
        return {"notes": [], "categories": [], "dumps": []}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def nav_of(catalog: dict[str, Any]) -> list[Any]:
    """Return the nav: home, recent changes, one entry per category (in the catalog's order),
    the graph, the tags and the report."""
    nav: list[Any] = [{"首页": PUBLISHED_HOME}, {"最近更新": RECENT_PAGE}]
    nav += [{c["label"]: f"{category_folder(c['slug'])}/index.md"} for c in catalog.get("categories", [])]
    nav += [{"笔记图谱": GRAPH_PAGE}, {"标签": TAGS_PAGE}]
    nav.append({"整理报告": PUBLISHED_REPORT})
    return nav


def read_redirects(docs: Path) -> dict[str, str]:
    """Return the ingest's redirects: every old note path → its current path."""
    path = docs / REDIRECTS
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}


def publish_root_pages(files: Files, config: Any) -> None:
    """Publish the ingest's home and report pages at the site root (index.md, report.md); a
    hand-written page of that name wins."""
    for generated, published in ((HOME_PAGE, PUBLISHED_HOME), (REPORT_PAGE, PUBLISHED_REPORT)):
        source = files.get_file_from_path(generated)
        if source is None or source.abs_src_path is None:
            continue
        files.remove(source)
        if files.get_file_from_path(published) is None:
            files.append(File.generated(config, published, abs_src_path=source.abs_src_path))
