"""The ingest: the one function that decides the order of the stages and what is memoised."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from ingest.cache.dumps import parse_dumps
from ingest.cache.memo import Memo, MemoKind, Plain, digest
from ingest.cache.plain import plain_of, record_of
from ingest.cache.store import Store
from ingest.cache.versions import code_version, parser_version
from ingest.categorize import CategoryFileError, Filing, categorize, load_pins, load_taxonomy, pins_path, taxonomy_path
from ingest.categorize.infer import text_features
from ingest.group import group_copies
from ingest.identify import assign_slugs, identify_notes
from ingest.keyphrases import KeyphraseIndex, Phrase, index_keyphrases, note_phrases
from ingest.links import cosine, find_term_links, keyphrase_matrix, link_notes, same_sense, subject_targets
from ingest.merge import merge_copies
from ingest.parse import parse_dump
from ingest.read import decode_lines, list_dumps, read_bytes
from ingest.records import (
    DEFAULT_LIMITS,
    FALLBACK,
    Category,
    Dump,
    DumpFile,
    DumpStatus,
    Excerpt,
    Limits,
    MathCount,
    Merged,
    Note,
    Post,
    Revision,
    Summary,
    TermLink,
)
from ingest.registry import (
    Registry,
    load_registry,
    record_publication,
    registry_path,
    registry_text,
    with_dump_times,
)
from ingest.render import page_keys, render_docs
from ingest.render.recent import RECENT_DAYS
from ingest.restore import restore_math
from ingest.revisions import revision_starts
from ingest.segment import segment_notes
from ingest.terms import extract_terms
from ingest.text import comparable
from ingest.titles import load_titles, title_notes, titles_path
from ingest.write import tree_digest, write_docs, write_file
from ingest.yamlfile import ProjectFileError

progress = logging.getLogger("ingest.progress")
KEYPHRASES_KEPT = 12  # keyphrases a note carries (the catalog lists them)


class IngestError(Exception):
    """Nothing could be done: the message says why, in one line."""


def parse_file(file: DumpFile, data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[Dump, list[Excerpt]]:
    """Decode a dump file's bytes into lines and parse its excerpts."""
    dump = decode_lines(file, data, limits)
    return dump, parse_dump(dump)


def post_key(post: Post) -> bytes:
    """Return a digest of everything the merge and restore stages read from a post."""
    return digest(
        *(
            f"{c.source.dump}:{c.source.line}:{c.sequence}:{c.category}:{c.date}:{len(c.text)}:{c.text}"
            for c in post.copies
        )
    )


def merge_posts(excerpts: list[Excerpt], memo: Memo) -> list[Merged]:
    """Group the excerpts into posts, then merge and restore each post and find its revisions;
    an excerpt's comparable form and a post's merge are the last run's when their inputs are the same."""
    texts = list(dict.fromkeys(excerpt.text for excerpt in excerpts))
    found = memo.map(MemoKind.FORM, texts, digest, lambda texts: [comparable(text) for text in texts])
    forms = dict(zip(texts, found, strict=True))
    posts = group_copies(excerpts, forms)

    def merged(posts: list[Post]) -> list[Plain]:
        done = (restore_math(merge_copies(post)) for post in posts)
        return [(m.text, m.categories, m.dates, m.math.placeholders, m.math.restored) for m in done]

    return [
        Merged(
            text, post.copies, categories, dates, MathCount(placeholders, restored),
            revision_starts(post.copies, forms),
        )
        for post, (text, categories, dates, placeholders, restored) in zip(
            posts, memo.map(MemoKind.MERGED, posts, post_key, merged), strict=True
        )
    ]  # fmt: skip


def inputs_digest(
    files: Sequence[DumpFile], skipped: Sequence[Dump], docs: Path, read: Sequence[Path], options: Sequence[object]
) -> bytes:
    """Return a digest of what a run reads: the code, its options, each dump's name, size and
    mtime, the given files' bytes (taxonomy, pins, titles, slug registry), and where it writes."""
    listing = [(f.name, f.size, f.mtime_ns) for f in files] + [(d.name, d.reason) for d in skipped]
    contents = [path.read_bytes() if path.is_file() else None for path in read]
    return digest(code_version(), repr(options), str(docs.resolve()), repr(listing), repr(contents))


def file_notes(
    ids: list[str], posts: list[Merged], registry: Registry, taxonomy: Path, pins: Path, memo: Memo
) -> tuple[list[Note], tuple[Category, ...]]:
    """Return a note per post, filed under its category (untitled yet), and every category of the
    run; the features categorize reads from a text are the last run's for a text seen before."""
    try:
        filings, categories = categorize(
            posts,
            ids,
            load_taxonomy(taxonomy),
            load_pins(pins),
            registry.merged,
            features=lambda texts: memo.map(MemoKind.FEATURES, texts, digest, text_features),
        )
    except CategoryFileError as error:
        raise IngestError(str(error)) from error
    return make_notes(ids, posts, filings, registry.dump_times), categories


def make_notes(ids: list[str], posts: list[Merged], filings: list[Filing], times: Mapping[str, str]) -> list[Note]:
    """Return a note per post, filed and dated by `times` (when each dump was first seen); its
    title and slug come later, from its subject."""
    notes = []
    for note_id, post, filing in zip(ids, posts, filings, strict=True):
        newest = post.copies[-1]
        shown = [post.copies[start] for start in post.revision_starts]
        notes.append(
            Note(
                id=note_id,
                title="",
                slug="",
                category=filing.category.name,
                category_slug=filing.category.slug,
                category_source=filing.source,
                confidence=filing.confidence,
                date=newest.date or (post.dates[-1] if post.dates else None),
                text=post.text,
                sources=tuple(copy.source for copy in post.copies),
                math=post.math,
                categories_seen=post.categories,
                dates_seen=post.dates,
                revisions=tuple(Revision(c.source.dump, times[c.source.dump], c.text) for c in shown),
                last_seen=times[newest.source.dump],
            )
        )
    return notes


def filed_under(notes: Sequence[Note], categories: Sequence[Category]) -> tuple[Category, ...]:
    """Return the categories notes are filed under, by name, the fallback last (the nav's order)."""
    used = {note.category for note in notes}
    known = [c for c in (*categories, FALLBACK) if c.name in used]
    return tuple(sorted({c.name: c for c in known}.values(), key=lambda c: (c is FALLBACK, c.name)))


def cut_notes(notes: list[Note], terms: list[str], memo: Memo) -> list[Note]:
    """Return the notes cut into words; a note's words are the last run's for a text seen before."""
    dictionary = digest(*terms)  # a new term can change how any text is cut
    tokens = memo.map(
        MemoKind.TOKENS, notes, lambda note: digest(dictionary, note.text), lambda todo: segment_notes(todo, terms)
    )
    return [replace(note, tokens=t) for note, t in zip(notes, tokens, strict=True)]


def keyphrases_of(notes: list[Note], terms: list[str], memo: Memo) -> KeyphraseIndex:
    """Return each note's keyphrases, weighed against the corpus; a note's candidates are the last
    run's for a text seen before."""
    term_keys = frozenset(term.casefold() for term in terms)
    dictionary = digest(*terms)
    to_plain, to_phrase = plain_of(Phrase), record_of(Phrase)
    found = memo.map(
        MemoKind.PHRASES,
        notes,
        lambda note: digest(dictionary, note.text),
        lambda todo: [[to_plain(p) for p in note_phrases(n.text, n.tokens, term_keys)] for n in todo],
    )
    return index_keyphrases([[to_phrase(row) for row in rows] for rows in found])


def title_all(notes: list[Note], index: KeyphraseIndex, titles: Path) -> list[Note]:
    """Return the notes titled after their subjects (a curated title wins)."""
    try:
        curated = load_titles(titles)
    except ProjectFileError as error:
        raise IngestError(str(error)) from error
    keyphrases = index.notes
    titled = title_notes([n.text for n in notes], keyphrases, index.specific, [n.id for n in notes], curated)
    return [
        replace(note, title=t.title, subject=t.subject, aliases=t.aliases, title_source=t.source,
                keyphrases=tuple(p.spelling for p in k.top(KEYPHRASES_KEPT)))
        for note, t, k in zip(notes, titled, keyphrases, strict=True)
    ]  # fmt: skip


def link_all(notes: list[Note], index: KeyphraseIndex, terms: list[str], memo: Memo) -> list[Note]:
    """Link the notes; a note's mentions of other subjects are the last run's when their inputs
    are the same (which of them link is decided again: it reads every note's keyphrases)."""
    targets = subject_targets(notes)
    # A note's mentions read its text, its tokens (cut with `terms`) and which note each subject names.
    context = digest(repr(sorted(targets.items())), *terms)
    found = memo.map(
        MemoKind.TERM_LINKS,
        notes,
        lambda note: digest(context, note.id, note.text),
        lambda todo: [[(t.start, t.end, t.target) for t in links] for links in find_term_links(todo, targets)],
    )
    matrix = keyphrase_matrix(index.notes)
    mentions = [[TermLink(*link) for link in links] for links in found]
    linked = same_sense(notes, mentions, lambda a, b: cosine(matrix, a, b))
    return link_notes(notes, index.notes, matrix, linked, index.frequency, index.spellings)


def run_ingest(
    dumps: Path,
    docs: Path,
    taxonomy: Path | None = None,
    pins: Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    now: dt.datetime | None = None,
    recent_days: int = RECENT_DAYS,
) -> Summary:
    """Read every dump in `dumps` and write the notes, index pages and catalog under `docs`.

    The taxonomy and the category pins default to categories.yml and category_pins.yml beside
    `dumps`; `limits` bound what is read of each dump. A dump not seen before is dated `now`
    (default: this moment) in the slug registry; the recent-changes page lists what changed in
    the `recent_days` before the newest dump.
    """
    if not dumps.is_dir():
        raise IngestError(f"no dumps folder at {dumps}")
    taxonomy, pins, titles = taxonomy or taxonomy_path(dumps), pins or pins_path(dumps), titles_path(dumps)
    registry_file = registry_path(dumps)
    files, skipped = list_dumps(dumps, limits)
    with Store.opened(dumps) as store:
        read, options = [taxonomy, pins, titles, registry_file], (limits, recent_days)
        inputs, outputs = inputs_digest(files, skipped, docs, read, options), tree_digest(docs)
        unchanged = store.last_run(inputs, outputs)
        if unchanged is not None:  # same dumps, taxonomy, pins, registry and code; notes as left
            progress.info("nothing changed since the last run")
            return unchanged
        parsed: list[tuple[Dump, list[Excerpt]]] = [(d, []) for d in skipped]
        # A parse depends on the limits too: a line left out under one is read under another.
        parser = digest(parser_version(), repr(limits)).hex()
        parsed += parse_dumps(
            files, store, parser, partial(read_bytes, limits=limits), partial(parse_file, limits=limits)
        )
        memo = store.memo(code_version())
        if not store.left_as_is(outputs):  # a page the memo has seen is kept from the last run's files
            memo.forget(MemoKind.PAGE)
        merged = merge_posts([excerpt for _, found in parsed for excerpt in found], memo)
        read_dumps = [dump.name for dump, _ in parsed if dump.status != DumpStatus.SKIPPED]
        registry = with_dump_times(load_registry(registry_file), read_dumps, now or dt.datetime.now(dt.UTC))
        ids, registry = identify_notes(merged, registry)
        notes, categories = file_notes(ids, merged, registry, taxonomy, pins, memo)
        terms = extract_terms([post.text for post in merged])
        notes = cut_notes(notes, terms, memo)
        index = keyphrases_of(notes, terms, memo)
        notes = title_all(notes, index, titles)
        registry = assign_slugs(ids, [note.title for note in notes], registry)
        notes = [replace(note, slug=registry.slugs[note.id]) for note in notes]
        notes = link_all(notes, index, terms, memo)
        registry, redirects = record_publication(registry, notes)
        summary = Summary(
            dumps=tuple(dump for dump, _ in parsed),
            excerpts_per_dump=tuple(len(found) for _, found in parsed),
            notes=tuple(notes),
            categories=filed_under(notes, categories),
            terms=tuple(terms),
            redirects=redirects,
            dump_times=registry.dump_times,
        )
        kept = memo.seen(MemoKind.PAGE, page_keys(summary), lambda key: key)
        try:
            unchanged_pages = {note.id for note, seen in zip(notes, kept, strict=True) if seen}
            write_docs(render_docs(summary, unchanged_pages, recent_days), docs)
            write_file(registry_file, registry_text(registry))
            store.keep_memo(memo, code_version())
            # What the next run will find if nothing changes: the registry as written, the notes as left.
            written = inputs_digest(files, skipped, docs, read, options)
            store.keep_run(written, tree_digest(docs), summary)
        except OSError as error:
            raise IngestError(f"cannot write {error.filename or docs}: {error.strerror}") from error
    return summary
