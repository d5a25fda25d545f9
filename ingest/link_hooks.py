"""MkDocs hooks for the cross-linking: the graph libraries served by the site, the feed's address.

- sigma.js and graphology (npm, see package.json) are published under assets/graph/, so the
  graph pages load them from the site itself, never from a CDN.
- The ingest writes notes/feed.xml with links relative to the site root; it is published at
  the root (feed.xml), and the built copies get `xml:base` from `site_url`, so a feed reader
  sees absolute note URLs.
- Pages link the same feed as feeds/latest.xml, beside an empty sitemap: the theme takes every
  <link rel="alternate"> for a language version and parses the sitemap beside it on each page
  load. Beside feed.xml that is the site's sitemap, parsed a second time (0.17 s of the main
  thread at 10,000 notes, before the first search can answer).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from ingest.render import FEED, PUBLISHED_FEED

LINKED_FEED = "feeds/latest.xml"  # see the module's docstring
EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
)

GRAPH_LIBRARIES = {
    "assets/graph/sigma.min.js": Path("node_modules/sigma/dist/sigma.min.js"),
    "assets/graph/graphology.umd.min.js": Path("node_modules/graphology/dist/graphology.umd.min.js"),
}
_FEED_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom"'
log = logging.getLogger("mkdocs.hooks.digest_kb.links")


def on_files(files: Files, config: Any) -> Files:
    """Publish the graph libraries from node_modules (npm ci) with the site, and the feed at the root."""
    base = Path(config["config_file_path"] or ".").parent
    for published, source in GRAPH_LIBRARIES.items():
        path = source if source.is_absolute() else base / source
        if not path.is_file():
            log.warning(f"graph library missing: {path} (run: npm ci)")
        elif files.get_file_from_path(published) is None:
            files.append(File.generated(config, published, abs_src_path=str(path)))
    feed = files.get_file_from_path(FEED)
    if feed is not None and feed.abs_src_path is not None:
        files.remove(feed)
        files.append(File.generated(config, PUBLISHED_FEED, abs_src_path=feed.abs_src_path))
        files.append(File.generated(config, LINKED_FEED, abs_src_path=feed.abs_src_path))
        files.append(File.generated(config, "feeds/sitemap.xml", content=EMPTY_SITEMAP))
    return files


def on_post_build(config: Any) -> None:
    """Give the published feeds their absolute base: site_url."""
    site_url = config.get("site_url")
    if not site_url:
        return
    base = site_url if site_url.endswith("/") else site_url + "/"
    for feed in (Path(config["site_dir"]) / PUBLISHED_FEED, Path(config["site_dir"]) / LINKED_FEED):
        text = feed.read_text(encoding="utf-8") if feed.is_file() else ""
        if _FEED_ROOT in text and "xml:base=" not in text:
            feed.write_text(text.replace(_FEED_ROOT, f'{_FEED_ROOT} xml:base="{base}"', 1), encoding="utf-8")
