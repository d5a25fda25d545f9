"""The Atom feed of the newest notes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from ingest.records import Summary
from ingest.render.listings import newest_first
from ingest.render.markup import first_line, url_of, xml_escape

FEED_SIZE = 50


def atom_feed(summary: Summary, labels: Mapping[str, str]) -> str:
    """Return an Atom feed of the newest notes (by date, then first seen, as the home page).

    The ingest writes it as notes/feed.xml; the site publishes it at its root (feed.xml, see
    ingest/site/feeds.py). Links are relative to the root here; the site makes them absolute
    from site_url. Ids are UUIDs made from note ids, so they never change. A note without a
    date shows the newest date."""
    newest = newest_first(list(summary.notes))[:FEED_SIZE]
    dates = [n.date for n in summary.notes if n.date]
    updated = f"{max(dates)}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"
    entries = []
    for note in newest:
        when = f"{note.date}T00:00:00Z" if note.date else updated
        entries.append(
            "<entry>"
            f"<title>{xml_escape(note.title)}</title>"
            f'<link rel="alternate" type="text/html" href="notes/{xml_escape(url_of(note))}"/>'
            f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:note:' + note.id)}</id>"
            f"<updated>{when}</updated>"
            + (f"<published>{when}</published>" if note.date else "")
            + f'<category term="{xml_escape(note.category)}" label="{xml_escape(labels[note.category])}"/>'
            + f'<summary type="text">{xml_escape(first_line(note.text, 200))}</summary>'
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">'
        "<title>机器学习知识库 · 最新笔记</title>"
        '<link rel="self" type="application/atom+xml" href="feed.xml"/>'
        '<link rel="alternate" type="text/html" href="./"/>'
        f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:feed')}</id>"
        f"<updated>{updated}</updated>"
        "<author><name>digest-kb</name></author>"
        "<generator>digest-kb</generator>\n" + "\n".join(entries) + "\n</feed>\n"
    )
