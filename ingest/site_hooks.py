"""MkDocs hooks: the site side of the ingest (nav, build date, assets, search index)."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import shutil
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from ingest.render import HOME_PAGE, REDIRECTS, REPORT_PAGE, by_category_names, category_label
from ingest.write import recover_notes

KATEX_DIST = Path("node_modules/katex/dist")
KATEX_FILES = ("katex.min.js", "katex.min.css", "fonts")
BUILD_DATE_MARK = "<!-- kb:build-date -->"
log = logging.getLogger("mkdocs.hooks.digest_kb")


def build_date() -> str:
    """Return today's date in UTC, the date shown as the build date."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def catalog_of(config: Any) -> dict[str, Any]:
    """Return the catalog the ingest wrote, or an empty one."""
    path = Path(config["docs_dir"]) / "notes" / "catalog.json"
    if not path.exists():
        return {"notes": [], "dumps": []}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def on_config(config: Any) -> Any:
    """Put Home, one entry per category and the report in the nav; stamp the build date."""
    recover_notes(Path(config["docs_dir"]))  # a killed ingest leaves the old notes, never none
    notes = catalog_of(config)["notes"]
    nav: list[Any] = [{"首页": "index.md"}]
    for category, slug in by_category_names(notes):
        nav.append({category_label(category): f"notes/{slug}/index.md"})
    nav.append({"整理报告": "report.md"})
    if not config.get("nav"):
        config["nav"] = nav
    redirects = Path(config["docs_dir"]) / REDIRECTS
    if "redirects" in config["plugins"] and redirects.exists():
        maps = config["plugins"]["redirects"].config["redirect_maps"]
        maps.update(json.loads(redirects.read_text(encoding="utf-8")))
    stamp = build_date()
    config["copyright"] = f"构建于 {stamp} · digest-kb"
    config["extra"]["build_date"] = stamp
    return config


def on_files(files: Files, config: Any) -> Files:
    """Publish the ingest's home and report pages at the site root (index.md, report.md)."""
    for generated, published in ((HOME_PAGE, "index.md"), (REPORT_PAGE, "report.md")):
        source = files.get_file_from_path(generated)
        if source is None or source.abs_src_path is None:
            continue
        files.remove(source)
        if files.get_file_from_path(published) is None:  # a hand-written page wins
            files.append(File.generated(config, published, abs_src_path=source.abs_src_path))
    return files


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Fill in the build date on the home page."""
    if page.file.src_uri == "index.md":
        return markdown.replace(BUILD_DATE_MARK, build_date())
    return markdown


def on_page_context(context: Any, page: Any, **_: Any) -> Any:
    """Escape front-matter text the theme prints unescaped (title, description)."""
    if page.title:
        page.title = html.escape(str(page.title), quote=True)
    if isinstance(page.meta.get("description"), str):
        page.meta["description"] = html.escape(page.meta["description"], quote=True)
    return context


def on_post_build(config: Any) -> None:
    """Serve KaTeX from the site itself; write the search index as UTF-8, not \\u escapes."""
    site = Path(config["site_dir"])
    target = site / "assets" / "katex"
    target.mkdir(parents=True, exist_ok=True)
    for name in KATEX_FILES:
        source = KATEX_DIST / name
        if not source.exists():
            log.warning(f"KaTeX asset missing: {source} (run: npm ci)")
        elif source.is_dir():
            shutil.copytree(source, target / name, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target / name)
    index = site / "search" / "search_index.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
