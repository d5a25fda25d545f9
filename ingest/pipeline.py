"""The ingest: the one function that decides the order of the stages."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from ingest.categorize import CategoryFileError, categorize, load_pins, load_taxonomy, pins_path, taxonomy_path
from ingest.group import group_copies
from ingest.identify import identify_notes
from ingest.links import link_notes
from ingest.memo import Memo, Plain, digest
from ingest.merge import merge_copies
from ingest.records import MathCount, Merged, Note, Post, Summary
from ingest.registry import record_publication
from ingest.render import render_docs
from ingest.restore import restore_math
from ingest.segment import segment_notes
from ingest.state import inputs_digest, last_run, left_as_is, load_dumps, load_memo, save_memo, save_run
from ingest.terms import extract_terms
from ingest.text import comparable
from ingest.write import load_registry, registry_text, tree_digest, write_docs, write_file

REGISTRY_NAME = "slugs.json"
progress = logging.getLogger("ingest.progress")


class IngestError(Exception):
    """Nothing could be done: the message says why, in one line."""


def registry_path(dumps: Path) -> Path:
    """Return where the slug registry lives: next to the dumps folder."""
    return dumps.resolve().parent / REGISTRY_NAME


def post_key(post: Post) -> bytes:
    """Return a digest of everything the merge and restore stages read from a post."""
    return digest(
        *(
            f"{c.source.dump}:{c.source.line}:{c.sequence}:{c.category}:{c.date}:{len(c.text)}:{c.text}"
            for c in post.copies
        )
    )


def merge_posts(posts: list[Post], memo: Memo) -> list[Merged]:
    """Merge and restore each post, reusing the last run's result for a post seen before."""

    def merged(posts: list[Post]) -> list[Plain]:
        done = (restore_math(merge_copies(post)) for post in posts)
        return [(m.text, m.categories, m.dates, m.math.placeholders, m.math.restored) for m in done]

    return [
        Merged(text, post.copies, categories, dates, MathCount(placeholders, restored))
        for post, (text, categories, dates, placeholders, restored) in zip(
            posts, memo.map("merged", posts, post_key, merged), strict=True
        )
    ]


def run_ingest(dumps: Path, docs: Path, taxonomy: Path | None = None, pins: Path | None = None) -> Summary:
    """Read every dump in `dumps` and write the notes, index pages and catalog under `docs`.

    The taxonomy and the category pins default to categories.yml and category_pins.yml beside `dumps`.
    """
    if not dumps.is_dir():
        raise IngestError(f"no dumps folder at {dumps}")
    taxonomy, pins = taxonomy or taxonomy_path(dumps), pins or pins_path(dumps)
    read_files = [taxonomy, pins, registry_path(dumps)]
    outputs = tree_digest(docs)
    unchanged = last_run(dumps, inputs_digest(dumps, docs, read_files), outputs)
    if unchanged is not None:  # same dumps, taxonomy, pins, registry and code; notes as left
        progress.info("nothing changed since the last run")
        return unchanged
    read, parsed = load_dumps(dumps)
    memo = load_memo(dumps)
    if not left_as_is(dumps, outputs):  # a page the memo has seen is kept from the last run's files
        memo.forget("page")
    excerpts = [excerpt for dump_excerpts in parsed for excerpt in dump_excerpts]
    texts = list(dict.fromkeys(excerpt.text for excerpt in excerpts))
    forms = memo.map("form", texts, digest, lambda texts: [comparable(text) for text in texts])
    merged = merge_posts(group_copies(excerpts, dict(zip(texts, forms, strict=True))), memo)
    identified, registry = identify_notes(merged, load_registry(registry_path(dumps)))
    try:
        taxonomy_file = load_taxonomy(taxonomy)
        pinned = load_pins(pins)
        ids = [note_id for note_id, _, _ in identified]
        filings = categorize(merged, ids, taxonomy_file, pinned, registry.merged, memo)
    except CategoryFileError as error:
        raise IngestError(str(error)) from error
    notes = []
    for (note_id, title, post), filing in zip(identified, filings, strict=True):
        newest = post.copies[-1]
        notes.append(
            Note(
                id=note_id,
                title=title,
                slug=registry.slugs[note_id],
                category=filing.category,
                category_slug=filing.slug,
                category_source=filing.source,
                confidence=filing.confidence,
                date=newest.date or (post.dates[-1] if post.dates else None),
                text=post.text,
                sources=tuple(copy.source for copy in post.copies),
                math=post.math,
                categories_seen=post.categories,
                dates_seen=post.dates,
            )
        )
    terms = extract_terms(merged, [note.title for note in notes])
    dictionary = digest(*terms)  # a new term can change how any text is cut
    tokens = memo.map(
        "tokens", notes, lambda note: digest(dictionary, note.text), lambda todo: segment_notes(todo, terms)
    )
    notes = link_notes([replace(note, tokens=t) for note, t in zip(notes, tokens, strict=True)], terms, memo)
    registry, redirects = record_publication(registry, notes)
    summary = Summary(tuple(read), tuple(len(p) for p in parsed), tuple(notes), tuple(terms), redirects)
    try:
        write_docs(render_docs(summary, memo), docs)
        write_file(registry_path(dumps), registry_text(registry))
        save_memo(dumps, memo)
        save_run(dumps, inputs_digest(dumps, docs, read_files), tree_digest(docs), summary)
    except OSError as error:
        raise IngestError(f"cannot write {error.filename or docs}: {error.strerror}") from error
    return summary
