"""The feed's addresses: the ingest writes notes/feed.xml with links relative to the site root.

- It is published at the root (feed.xml), and the built copies get absolute URLs from
  `site_url` (a reader that ignores xml:base would find every relative link broken), each copy's
  `self` link naming itself.
- Pages link the same feed as feeds/latest.xml, beside a sitemap of one URL (the home page): the
  theme takes every <link rel="alternate"> for a language version and parses the sitemap beside
  it on each page load. Beside feed.xml that is the site's sitemap, parsed a second time (0.17 s
  of the main thread at 10,000 notes, before the first search can answer); an empty sitemap
  would fail the sitemap schema, which wants at least one URL.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from ingest.paths import FEED, LINKED_FEED, PUBLISHED_FEED

LINKED_SITEMAP = "feeds/sitemap.xml"
_HREF = re.compile(r'href="(?![a-z]+:|\.\./)([^"]*)"')  # relative, and not made so by an earlier build
_SELF = re.compile(r'(<link rel="self" type="application/atom\+xml" href=")[^"]*(")')


def home_sitemap(base: str) -> str:
    """Return a sitemap of the home page alone (the smallest a schema accepts)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{base}</loc></url></urlset>\n"
    )


def publish_feeds(files: Files, config: Any) -> None:
    """Publish the ingest's feed at the site root and as the feed the pages link."""
    feed = files.get_file_from_path(FEED)
    if feed is None or feed.abs_src_path is None:
        return
    files.remove(feed)
    files.append(File.generated(config, PUBLISHED_FEED, abs_src_path=feed.abs_src_path))
    files.append(File.generated(config, LINKED_FEED, abs_src_path=feed.abs_src_path))
    files.append(File.generated(config, LINKED_SITEMAP, content=home_sitemap(site_base(config.site_url) or "../")))


def site_base(site_url: str | None) -> str | None:
    """Return site_url ending with a slash, or None."""
    return None if not site_url else site_url if site_url.endswith("/") else site_url + "/"


def finish_feeds(site: Path, site_url: str | None) -> None:
    """Make the published feeds' links absolute (from site_url; without one, relative to each
    copy's own folder) and each copy's self link name that copy."""
    absolute = site_base(site_url)
    for published in (PUBLISHED_FEED, LINKED_FEED):
        feed = site / published
        if feed.is_file():
            base = absolute or "../" * published.count("/")
            own = absolute + published if absolute else published.rsplit("/", 1)[-1]
            feed.write_text(with_links(feed.read_text(encoding="utf-8"), base, own), encoding="utf-8")


def with_links(feed: str, base: str, own: str) -> str:
    """Return a feed with its relative links under `base` and its self link `own`."""
    feed = _HREF.sub(lambda match: f'href="{base}{match.group(1)}"', feed)
    return _SELF.sub(lambda match: f"{match.group(1)}{own}{match.group(2)}", feed, count=1)
