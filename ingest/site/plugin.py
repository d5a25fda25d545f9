"""The digest-kb MkDocs plugin: ingest the dumps before each build, then publish the notes.

Each event hands its work to the module of that concern: `nav.py` (nav, root pages, redirects),
`assets.py` (packaged scripts, styles and templates), `pages.py` (sanitising and page fixes),
`katex.py` (formulas), `search.py` (the search index), `feeds.py` (the feed's addresses),
`incremental.py` (when a dirty build is right). Its state lives on the instance, and the one
library patch (jieba's cut, during a build) is undone when the build ends.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory, get_build_datetime

from ingest.categorize import pins_path, taxonomy_path
from ingest.paths import NOTES, PUBLISHED_HOME, PUBLISHED_REPORT, TERMS
from ingest.pipeline import IngestError, run_ingest
from ingest.records import MB, Limits, Summary
from ingest.render.listings import BUILD_DATE_MARK
from ingest.segment import share_dictionary
from ingest.site import incremental
from ingest.site.assets import add_assets_to_config, publish_assets
from ingest.site.config import DigestKbConfig
from ingest.site.feeds import finish_feeds, publish_feeds
from ingest.site.katex import Katex, with_math_drawn
from ingest.site.nav import nav_of, publish_root_pages, read_catalog, read_redirects
from ingest.site.pages import escape_front_matter, name_widgets, sanitize, with_scripts_after_paint
from ingest.site.robots import publish_robots
from ingest.site.search import entries_cache, jieba_cuts_cached, write_search_index
from ingest.write import recover_notes

log = logging.getLogger("mkdocs.plugins.digest_kb")


def build_date() -> str:
    """Return the minute of the build in UTC (SOURCE_DATE_EPOCH's, as MkDocs reads it, when set)."""
    return get_build_datetime().astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def exports_tags(config: MkDocsConfig) -> bool:
    """Say whether the tags plugin writes tags.json, which lists only the pages a build renders:
    an incremental build would publish a partial one."""
    tags = config.plugins.get("material/tags") or config.plugins.get("tags")
    return bool(tags is not None and getattr(tags, "config", {}).get("export"))


class DigestKbPlugin(BasePlugin[DigestKbConfig]):  # type: ignore[no-untyped-call]  # MkDocs' base is untyped
    """Turn a folder of scraped digest dumps into the notes of a MkDocs site."""

    def __init__(self) -> None:
        self.dirty = False  # asked for a dirty build (mkdocs build --dirty, kb build)
        self.incremental = False  # and it is right: nothing but notes changed since the last build
        self.summary: Summary | None = None  # the ingest of this build
        self.pages: set[str] = set()  # the URLs of this build's pages
        self.stamp: dict[str, str] = {}
        self.katex = Katex()
        self.patches = ExitStack()

    def inputs(self, config: MkDocsConfig) -> tuple[Path, Path, Path]:
        """Return the dumps folder, the taxonomy and the pins file the options name (relative to
        mkdocs.yml's folder), or their defaults beside the dumps."""
        project = Path(config.config_file_path or ".").parent
        dumps = project / self.config.dumps
        taxonomy = project / self.config.taxonomy if self.config.taxonomy else taxonomy_path(dumps)
        pins = project / self.config.pins if self.config.pins else pins_path(dumps)
        return dumps, taxonomy, pins

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty

    def ingest(self, config: MkDocsConfig) -> Summary:
        """Ingest the dumps into docs_dir/notes (done once per build, before the site is read)."""
        dumps, taxonomy, pins = self.inputs(config)
        try:
            limits = Limits(self.config.max_dump_mb * MB, self.config.max_line_chars)
            # A dump not seen before is dated by the build's time: SOURCE_DATE_EPOCH's when set.
            self.summary = run_ingest(
                dumps, Path(config.docs_dir), taxonomy, pins, limits, get_build_datetime(), self.config.recent_days
            )
        except IngestError as error:
            raise PluginError(f"digest-kb ingest: {error}") from error
        for line in self.summary.describe():
            log.info(line)
        return self.summary

    @event_priority(100)  # before the search plugin looks for the jieba dictionary the ingest writes
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        docs = Path(config.docs_dir)
        recover_notes(docs)  # a killed ingest leaves the old notes, never none
        if self.config.ingest and self.summary is None:
            self.ingest(config)
        share_dictionary()
        catalog = read_catalog(docs)
        if not config.nav:
            config.nav = nav_of(catalog)
        if "redirects" in config.plugins:
            config.plugins["redirects"].config["redirect_maps"].update(read_redirects(docs))
        for plugin in config.plugins.values():  # the search plugin cuts Chinese with the corpus's terms
            options = getattr(plugin, "config", {})
            if "jieba_dict_user" in options and not options["jieba_dict_user"] and (docs / TERMS).is_file():
                options["jieba_dict_user"] = str(docs / TERMS)
        add_assets_to_config(config)
        # The build date is shown on the home and report pages only: in every page's footer it made
        # two builds of the same input differ on every page, and kept pages show an older one.
        config.extra["build_date"] = build_date()
        site = Path(config.site_dir)
        self.stamp = incremental.build_stamp(config, [c["slug"] for c in catalog.get("categories", [])])
        # An incremental build completes the search index from the last build's entries: without
        # them it would publish an index of the rebuilt pages alone.
        self.incremental = (
            self.dirty
            and incremental.last_stamp(site) == self.stamp
            and entries_cache(site).is_file()
            and not exports_tags(config)
        )
        if self.dirty and not self.incremental:  # a dirty build renders every page of an empty site
            clean_directory(str(site))
        incremental.forget_stamp(site)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.patches.enter_context(jieba_cuts_cached())

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild (and so ingest again) when a dump or the taxonomy changes."""
        for watched in self.inputs(config):
            if watched.exists():
                server.watch(str(watched.resolve()))
        return server

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        publish_root_pages(files, config)
        publish_feeds(files, config)
        publish_robots(files, config)
        publish_assets(files, config)
        self.pages = {f.url for f in files.documentation_pages()}
        if self.incremental:
            # The home and report pages show the build date: an incremental build renders them
            # again, whatever their sources' mtimes. Every other page is written whole by the
            # ingest, which leaves a page it did not change untouched, so its mtime tells the
            # build whether to render it.
            for dated in (PUBLISHED_HOME, PUBLISHED_REPORT):
                page = files.get_file_from_path(dated)
                if page is not None and os.path.exists(page.abs_dest_path):
                    os.utime(page.abs_dest_path, (0, 0))
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.src_uri in (PUBLISHED_HOME, PUBLISHED_REPORT):
            return markdown.replace(BUILD_DATE_MARK, config.extra["build_date"])
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Sanitise every page the ingest wrote: a second wall behind the ingest's escaping."""
        source = page.file.abs_src_path
        if source and Path(source).resolve().is_relative_to((Path(config.docs_dir) / NOTES).resolve()):
            return sanitize(html)
        return html

    @event_priority(100)  # before the search plugin copies the title into the index
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        escape_front_matter(page)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        return with_math_drawn(with_scripts_after_paint(name_widgets(output)), self.katex)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
        return with_scripts_after_paint(name_widgets(output_content))

    @event_priority(-50)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self.patches.close()
        site = Path(config.site_dir)
        docs = Path(config.docs_dir)
        if self.incremental:
            kept = {path.removesuffix(".md") + "/" for path in read_redirects(docs)}
            incremental.remove_stale_pages(site, self.pages, kept)
        terms = (docs / TERMS).read_text(encoding="utf-8").split("\n") if (docs / TERMS).is_file() else []
        write_search_index(site, self.pages, self.incremental, [line.split()[0] for line in terms if line.strip()])
        finish_feeds(site, config.site_url)
        incremental.keep_stamp(site, self.stamp)
        self.summary = None

    def on_build_error(self, *, error: Exception) -> None:
        self.patches.close()
        self.summary = None

    def on_shutdown(self) -> None:
        self.katex.close()
