"""Render stage: notes and dumps into the Markdown pages and catalog of the site.

- `note.py`: a note's page; `listings.py`: category, home, report and tag pages;
  `graph.py`: the graph page, its data and each note's local graph; `feed.py`: the Atom feed;
  `recent.py`: the recent-changes pages; `catalog.py`: notes/catalog.json; `markup.py`:
  escaping for Markdown, YAML and XML.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection

from ingest.paths import CATALOG, FEED, GRAPH_DATA, GRAPH_PAGE, HOME_PAGE, REDIRECTS, REPORT_PAGE, TERMS
from ingest.records import FALLBACK, Summary
from ingest.render.catalog import catalog, catalog_json
from ingest.render.feed import atom_feed
from ingest.render.graph import graph_data, graph_page
from ingest.render.listings import by_category, category_pages, home_page, report_page, tag_pages
from ingest.render.note import as_neighbour, note_page, page_inputs
from ingest.render.recent import RECENT_DAYS, by_recency, recent_pages
from ingest.segment import TERM_FREQUENCY

progress = logging.getLogger("ingest.progress")


def category_labels(summary: Summary) -> dict[str, str]:
    """Return the display name of each category of the run, by its name."""
    return {FALLBACK.name: FALLBACK.label, **{c.name: c.label for c in summary.categories}}


def page_keys(summary: Summary) -> list[bytes]:
    """Return, per note, a digest of everything its page shows (a page with a key seen before
    is the same page)."""
    by_id = {note.id: note for note in summary.notes}
    neighbours = as_neighbour(by_id)
    labels = category_labels(summary)
    return [page_inputs(note, neighbours, labels[note.category]) for note in summary.notes]


def render_docs(
    summary: Summary, kept: Collection[str] = frozenset(), recent_days: int = RECENT_DAYS
) -> dict[str, str | None]:
    """Return every generated page and the catalog, keyed by path under docs/.

    The page of a note in `kept` (ids) is None: the last run wrote it as it should be, and the
    file it left is kept (the store holds no copy: 65 MB at 10,000 notes, read on every run).
    The recent-changes page lists the notes changed in the `recent_days` before the newest dump.
    """
    progress.info("rendering %d notes", len(summary.notes) - len(kept))
    by_id = {note.id: note for note in summary.notes}
    labels = category_labels(summary)
    pages: dict[str, str | None] = {
        note.path: None if note.id in kept else note_page(note, by_id, labels[note.category]) for note in summary.notes
    }
    categories = {c.name: c for c in (*summary.categories, FALLBACK)}
    for name, members in by_category(list(summary.notes)).items():
        pages.update(category_pages(categories[name], members))
    pages[CATALOG] = catalog_json(catalog(summary))
    # jieba's user dictionary: a high frequency keeps each term whole (jieba cannot hold a space).
    pages[TERMS] = "".join(f"{term} {TERM_FREQUENCY}\n" for term in summary.terms if " " not in term)
    pages[REDIRECTS] = json.dumps(summary.redirects, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # The site publishes these two as its index.md and report.md.
    pages[HOME_PAGE] = home_page(summary, labels)
    pages[REPORT_PAGE] = report_page(summary)
    pages[GRAPH_PAGE] = graph_page(summary, labels)
    pages[GRAPH_DATA] = json.dumps(graph_data(summary, labels), ensure_ascii=False, separators=(",", ":")) + "\n"
    changes = by_recency(summary)
    pages[FEED] = atom_feed(changes, labels)
    pages.update(recent_pages(changes, recent_days))
    pages.update(tag_pages(summary.notes))
    return pages
