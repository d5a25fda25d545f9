"""Links stage: related notes, term links, backlinks and tags, all from the notes' tokens.

- Related notes (`related.py`): TF-IDF over the tokens, the top few others above a floor.
- Term links (`mentions.py`): the first mention of another note's subject links to it.
- Backlinks: the reverse of the term links.
- Tags (`tags.py`): the note's heaviest words that look like keywords.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.links.mentions import find_term_links, subject_targets
from ingest.links.related import filings_of, related_notes, vectorize
from ingest.links.tags import note_tags
from ingest.links.words import Tokens
from ingest.records import Note, TermLink

__all__ = ["find_term_links", "link_notes", "subject_targets"]


def link_notes(notes: Sequence[Note], terms: Sequence[str], term_links: Sequence[Sequence[TermLink]]) -> list[Note]:
    """Return the notes (tokens already set) with related notes, term links (found by
    find_term_links), backlinks and tags filled in; `terms` is the corpus dictionary the tokens
    were cut with."""
    tokens = Tokens.of(notes)
    matrix, features, word_column = vectorize(tokens)
    related = related_notes(matrix, *filings_of(notes))
    tags = note_tags(tokens, matrix, features, word_column, {t.casefold() for t in terms})
    ids = [note.id for note in notes]
    place = {note_id: i for i, note_id in enumerate(ids)}
    links_to = [tuple(dict.fromkeys(link.target for link in found)) for found in term_links]
    linked_from: list[list[str]] = [[] for _ in notes]
    for source, targets in enumerate(links_to):
        for target in targets:
            linked_from[place[target]].append(ids[source])
    return [
        replace(
            note,
            related=tuple(ids[r] for r in related[i]),
            term_links=tuple(term_links[i]),
            links_to=links_to[i],
            linked_from=tuple(linked_from[i]),
            tags=tuple(tags[i]),
        )
        for i, note in enumerate(notes)
    ]
