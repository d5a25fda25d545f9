"""Pages as the site serves them: the ingest's HTML sanitised, front-matter text escaped, the
theme's unnamed widgets named, and the scripts loaded after the first paint."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import nh3

JS = Path(__file__).resolve().parent / "js"

# What the ingest's pages may contain: everything else is removed by nh3.
ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "del", "details", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "ins", "li", "ol", "p", "pre", "span", "strong", "summary", "table", "tbody", "td", "th", "thead",
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


def escape_front_matter(page: Any) -> None:
    """Escape the front-matter text the theme prints unescaped (title, description)."""
    if page.title:
        page.title = html.escape(str(page.title), quote=True)
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key], quote=True)


# Two theme widgets have a role but no accessible name (Lighthouse: aria-dialog-name,
# aria-progressbar-name): the search dialog and the instant-navigation progress bar.
UNNAMED_WIDGETS = {
    'data-md-component="search" role="dialog">': 'data-md-component="search" role="dialog" aria-label="搜索">',
    'data-md-component="progress" role="progressbar">': (
        'data-md-component="progress" role="progressbar" aria-label="页面加载进度">'
    ),
}


def name_widgets(output: str) -> str:
    """Return the page with the theme's unnamed widgets named."""
    for unnamed, named in UNNAMED_WIDGETS.items():
        output = output.replace(unnamed, named, 1)
    return output


def _program(name: str) -> str:
    """Return a script of js/ without its leading comment lines (they are for its readers)."""
    lines = (JS / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for number, line in enumerate(lines) if not (line.startswith("//") and number < 5))


# The theme's bundle (114 kB) and our scripts sit at the end of <body>, and even deferred they
# are fetched alongside the stylesheets, before the first paint: on a slow link they delay it
# (Lighthouse counts them in LCP). The page loads them itself once it has painted, in their
# order (js/scripts-after-paint.js); the theme starts on DOMContentLoaded, so if that is past it
# is announced once more. The loader also makes every relative stylesheet href absolute while
# the page is loading, as the theme would later (see the script).
SCRIPTS_AFTER_PAINT = "<script>" + _program("scripts-after-paint.js").rstrip("\n") + "</script>\n"
SCRIPTS_SPAN = 8192  # room for the script tags before </body>; any before it stay as they are
# The theme's search worker builds a lunr index of every page on each page load (5 s of indexing
# at 10,000 notes); the theme lets a site name its own worker in the page's __config. Ours
# (assets/javascripts/search-worker.js) loads the index the build counted (search.py).
THEME_WORKER = re.compile(r'(?<="search": ")([^"]*)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
OUR_WORKER = r'\1assets/javascripts/search-worker.js"'
WORKER_SETTING = '"search": "'
SCRIPT_START = '<script src="'
SCRIPT_TAGS = re.compile(r'(?:<script src="([^"]*)"></script>\s*)+(?=</body>)')


def with_scripts_after_paint(output: str) -> str:
    """Return the page with the external scripts at the end of its body loaded after the first
    paint, and the theme told to search with our worker."""
    # The config and the scripts sit just before </body>. A regular expression is tried only where
    # a plain find says it can match: scanning even the last 8 kB with one cost 2.3 s at 10,000 notes (py-spy).
    end = max(0, output.rfind("</body>") - SCRIPTS_SPAN)
    config = output.find(WORKER_SETTING, end)
    if config >= 0:
        output = output[:config] + THEME_WORKER.sub(OUR_WORKER, output[config:], count=1)
    match = None
    start = output.find(SCRIPT_START, end)
    while start >= 0 and match is None:
        match = SCRIPT_TAGS.match(output, start)
        start = output.find(SCRIPT_START, start + 1)
    if match is None:
        return output
    sources = json.dumps(re.findall(r'<script src="([^"]*)"', match.group(0))).replace("</", "<\\/")
    return output[: match.start()] + SCRIPTS_AFTER_PAINT.replace("SOURCES", sources) + output[match.end() :]
