"""Where things live: the files the ingest reads beside the dumps, and the paths it publishes.

Paths under docs/ use forward slashes, as MkDocs names its files.
"""

from __future__ import annotations

# Beside the dumps folder (the project's own files).
TAXONOMY_NAME = "categories.yml"
PINS_NAME = "category_pins.yml"
TITLES_NAME = "titles.yml"
REGISTRY_NAME = "slugs.json"
# Inside the dumps folder: what one run remembers for the next (deleting it only costs time).
STATE_NAME = ".kb-state.sqlite"

# Under docs/: the one folder the ingest owns, and how it swaps a new tree in.
NOTES = "notes"
STAGING = ".notes-new"
RETIRED = ".notes-old"
LOCK = ".notes.lock"

CATALOG = "notes/catalog.json"
TERMS = "notes/terms.txt"  # jieba's user dictionary: the corpus's terms
REDIRECTS = "notes/redirects.json"  # old note path → current path
HOME_PAGE = "notes/home.md"
REPORT_PAGE = "notes/report.md"
GRAPH_PAGE = "notes/graph.md"
GRAPH_DATA = "notes/graph.json"
TAGS_PAGE = "notes/tags.md"
TAG_FOLDER = "notes/tags"
FEED = "notes/feed.xml"
RECENT_FOLDER = "notes/recent"  # the recent-changes pages: index.md, page-2.md...
RECENT_PAGE = "notes/recent/index.md"

# Where the site publishes some of them (the site package moves them there).
PUBLISHED_HOME = "index.md"
PUBLISHED_REPORT = "report.md"
PUBLISHED_FEED = "feed.xml"
LINKED_FEED = "feeds/latest.xml"


def category_folder(category_slug: str) -> str:
    """Return the folder of a category's notes and pages under docs/."""
    return f"{NOTES}/{category_slug}"


def note_path(category_slug: str, slug: str) -> str:
    """Return the path of a note's Markdown file under docs/."""
    return f"{NOTES}/{category_slug}/{slug}.md"


def note_url(category_slug: str, slug: str) -> str:
    """Return a note's URL relative to the notes folder (directory URLs): <category>/<slug>/."""
    return f"{category_slug}/{slug}/"
