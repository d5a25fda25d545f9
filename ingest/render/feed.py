"""The Atom feed of the newest changes: notes new or revised, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from ingest.render.markup import url_of, xml_escape
from ingest.render.recent import ChangeKind, NoteChange

FEED_SIZE = 50
EPOCH = "1970-01-01T00:00:00Z"


def atom_feed(changes: Sequence[NoteChange], labels: Mapping[str, str]) -> str:
    """Return an Atom feed of the notes changed last (new, or revised), newest first, from
    every note's latest change (newest first, as by_recency orders them).

    The ingest writes it as notes/feed.xml; the site publishes it at its root (feed.xml, see
    ingest/site/feeds.py). Links are relative to the root here; the site makes them absolute
    from site_url. Ids are UUIDs made from note ids, so they never change: a revised note's
    entry comes back with a new `updated` and the revision's summary. `updated` is when the
    ingest first saw the dump that shows the change; `published` is the post's own date."""
    newest = changes[:FEED_SIZE]
    updated = newest[0].revision.time if newest else EPOCH
    entries = []
    for change in newest:
        note = change.note
        kind = "修订 (revised): " if change.kind == ChangeKind.REVISED else ""
        entries.append(
            "<entry>"
            f"<title>{xml_escape(note.title)}</title>"
            f'<link rel="alternate" type="text/html" href="notes/{xml_escape(url_of(note))}"/>'
            f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:note:' + note.id)}</id>"
            f"<updated>{change.revision.time}</updated>"
            + (f"<published>{note.date}T00:00:00Z</published>" if note.date else "")
            + f'<category term="{xml_escape(note.category)}" label="{xml_escape(labels[note.category])}"/>'
            + f'<summary type="text">{xml_escape(kind + change.summary)}</summary>'
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">'
        "<title>机器学习知识库 · 最近更新</title>"
        '<link rel="self" type="application/atom+xml" href="feed.xml"/>'
        '<link rel="alternate" type="text/html" href="./"/>'
        f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:feed')}</id>"
        f"<updated>{updated}</updated>"
        "<author><name>digest-kb</name></author>"
        "<generator>digest-kb</generator>\n" + "\n".join(entries) + "\n</feed>\n"
    )
