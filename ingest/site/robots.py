"""robots.txt at the site root: every crawler may read every page, and is told where the sitemap is."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files

ROBOTS = "robots.txt"


def robots_txt(site_url: str | None) -> str:
    """Return robots.txt: allow everything; name the sitemap when site_url says where the site is
    (the Sitemap line takes an absolute URL only)."""
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines += ["", f"Sitemap: {site_url.rstrip('/')}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def publish_robots(files: Files, config: Any) -> None:
    """Add robots.txt to the site's files (a robots.txt of the site's own wins)."""
    if files.get_file_from_path(ROBOTS) is None:
        files.append(File.generated(config, ROBOTS, content=robots_txt(config["site_url"])))
