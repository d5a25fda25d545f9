"""Links stage: related notes, term links, backlinks and tags, all from the notes' keyphrases
and subjects (keyphrases.py, titles/).

- Related notes (`related.py`): the cosine of the notes' keyphrases and words, the top few above a floor.
- Term links (`mentions.py`): the first mention of another note's subject links to it, where the
  two notes are related by their texts.
- Backlinks: the reverse of the term links.
- Tags (`tags.py`): the subject, then the strongest shared names, terms and nouns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from scipy import sparse

from ingest.keyphrases import Keyphrases
from ingest.links.mentions import find_term_links, same_sense, subject_targets
from ingest.links.related import cosine, filings_of, keyphrase_matrix, related_notes, similarity_matrix, word_matrix
from ingest.links.tags import note_tags
from ingest.records import Note, TermLink

__all__ = ["cosine", "find_term_links", "keyphrase_matrix", "link_notes", "same_sense", "subject_targets"]


def link_notes(
    notes: Sequence[Note],
    keyphrases: Sequence[Keyphrases],
    matrix: sparse.csr_matrix,
    term_links: Sequence[Sequence[TermLink]],
    frequency: Mapping[str, int],
    spellings: Mapping[str, str],
) -> list[Note]:
    """Return the notes with related notes (from `matrix`, keyphrase_matrix of `keyphrases`, and
    the notes' words), term links (found by find_term_links and kept by same_sense), backlinks
    and tags filled in."""
    similarity = similarity_matrix(matrix, word_matrix(notes))
    related = related_notes(similarity, *filings_of(notes))
    tags = note_tags(notes, keyphrases, frequency, spellings)
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
