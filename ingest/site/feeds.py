"""The feed's addresses: the ingest writes notes/feed.xml with links relative to the site root.

- It is published at the root (feed.xml), and the built copies get `xml:base` from `site_url`,
  so a feed reader sees absolute note URLs.
- Pages link the same feed as feeds/latest.xml, beside an empty sitemap: the theme takes every
  <link rel="alternate"> for a language version and parses the sitemap beside it on each page
  load. Beside feed.xml that is the site's sitemap, parsed a second time (0.17 s of the main
  thread at 10,000 notes, before the first search can answer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from ingest.paths import FEED, LINKED_FEED, PUBLISHED_FEED

EMPTY_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
)
_FEED_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom"'


def publish_feeds(files: Files, config: Any) -> None:
    """Publish the ingest's feed at the site root and as the feed the pages link."""
    feed = files.get_file_from_path(FEED)
    if feed is None or feed.abs_src_path is None:
        return
    files.remove(feed)
    files.append(File.generated(config, PUBLISHED_FEED, abs_src_path=feed.abs_src_path))
    files.append(File.generated(config, LINKED_FEED, abs_src_path=feed.abs_src_path))
    files.append(File.generated(config, "feeds/sitemap.xml", content=EMPTY_SITEMAP))


def give_feeds_their_base(site: Path, site_url: str | None) -> None:
    """Give the published feeds their absolute base: site_url."""
    if not site_url:
        return
    base = site_url if site_url.endswith("/") else site_url + "/"
    for feed in (site / PUBLISHED_FEED, site / LINKED_FEED):
        text = feed.read_text(encoding="utf-8") if feed.is_file() else ""
        if _FEED_ROOT in text and "xml:base=" not in text:
            feed.write_text(text.replace(_FEED_ROOT, f'{_FEED_ROOT} xml:base="{base}"', 1), encoding="utf-8")
