"""MkDocs hooks: the site side of the ingest (nav, build date, assets, search index)."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import nh3
from mkdocs.plugins import event_priority
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


# What the ingest's pages may contain: everything else is removed by nh3.
ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "details", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "li", "ol", "p", "pre", "span", "strong", "summary", "table", "tbody", "td", "th", "thead",
    "time", "tr", "ul", "nav", "section", "canvas", "input", "label", "select", "option", "button",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "aria-label", "role", "lang", "dir"},
    "a": {"href"},
    "time": {"datetime"},
    "td": {"align"},
    "th": {"align"},
    "input": {"type", "placeholder", "value"},
    "option": {"value"},
    "label": {"for"},
}


def sanitize(html_text: str) -> str:
    """Keep only allow-listed tags, attributes and URL schemes (http, https, mailto, relative)."""
    return str(
        nh3.clean(
            html_text,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            generic_attribute_prefixes={"data-"},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


def on_page_content(html_text: str, page: Any, config: Any, **_: Any) -> str:
    """Sanitise every page the ingest wrote: a second wall behind the ingest's escaping."""
    source = page.file.abs_src_path
    written_by_ingest = Path(config["docs_dir"]).resolve() / "notes"
    if source and Path(source).resolve().is_relative_to(written_by_ingest):
        return sanitize(html_text)
    return html_text


@event_priority(100)  # before the search plugin copies the title into the index
def on_page_context(context: Any, page: Any, **_: Any) -> Any:
    """Escape front-matter text the theme prints unescaped (title, description)."""
    if page.title:
        page.title = html.escape(str(page.title), quote=True)
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key], quote=True)
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
