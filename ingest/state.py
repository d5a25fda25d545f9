"""State store: each dump's parse remembered in SQLite, so a run reads only new or changed dumps."""

from __future__ import annotations

import hashlib
import marshal
import sqlite3
from contextlib import closing
from pathlib import Path

from ingest.memo import Key, Memo, Plain, code_version, digest
from ingest.parse import parse_dump
from ingest.read import dump_files, progress, read_dump
from ingest.records import Dump, Excerpt, MathCount, Note, Source, Summary, TermLink

STATE_NAME = ".kb-state.sqlite"
# A changed parser, or a new way of storing its rows, must not reuse old parses: the key
# includes this version. 2: excerpts marshalled (3x faster to read back than JSON).
PARSER_VERSION = "2"


TABLE = (
    "CREATE TABLE IF NOT EXISTS dumps (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
    " digest TEXT, parser TEXT, sequence INTEGER, status TEXT, reason TEXT, excerpts TEXT)"
)  # excerpts: [text, line, category, date] rows, marshalled (SQLite keeps a BLOB as it is)
RUN_TABLE = "CREATE TABLE IF NOT EXISTS last_run (inputs BLOB, outputs BLOB, summary BLOB)"
# One row per result, so a run writes only the results it added and deletes those it dropped.
MEMO_TABLE = "CREATE TABLE IF NOT EXISTS results (kind TEXT, key BLOB, code TEXT, result BLOB, PRIMARY KEY (kind, key))"


def open_store(path: Path) -> sqlite3.Connection:
    """Open (or create) the store; a broken one is replaced, an unwritable place gets a memory store."""
    for attempt in range(2):
        try:
            db = sqlite3.connect(path)
            db.execute(TABLE)
            db.execute(MEMO_TABLE)
            db.execute(RUN_TABLE)
            db.execute("DROP TABLE IF EXISTS memo")  # the memo's first layout: a blob per kind
            return db
        except sqlite3.Error:
            if attempt == 0:
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    break
    db = sqlite3.connect(":memory:")
    db.execute(TABLE)
    db.execute(MEMO_TABLE)
    db.execute(RUN_TABLE)
    return db


def load_dumps(folder: Path) -> tuple[list[Dump], list[list[Excerpt]]]:
    """Return every dump of `folder` and its excerpts, parsing only dumps not seen before."""
    named, skipped = dump_files(folder)
    dumps: list[Dump] = list(skipped)
    parsed: list[list[Excerpt]] = [[] for _ in skipped]
    with closing(open_store(folder / STATE_NAME)) as db, db:
        known = {row[0]: row[1:] for row in db.execute("SELECT * FROM dumps WHERE parser = ?", (PARSER_VERSION,))}
        for done, (sequence, name, path) in enumerate(named, start=1):
            progress.debug("read %s", name, extra={"step": "reading dumps", "done": done, "total": len(named)})
            stat = path.stat()
            row = known.pop(name, None)
            data = None
            if row and (row[0], row[1]) != (stat.st_size, stat.st_mtime_ns):
                data = path.read_bytes()  # touched: the content may still be the same
                if hashlib.sha256(data).hexdigest() != row[2]:
                    row = None
                else:
                    db.execute(
                        "UPDATE dumps SET size = ?, mtime_ns = ? WHERE name = ?", (stat.st_size, stat.st_mtime_ns, name)
                    )
            if row and row[4] == sequence:
                dump = Dump(name, sequence, (), row[5], row[6])
                excerpts = [Excerpt(t, Source(name, line), sequence, c, d) for t, line, c, d in marshal.loads(row[7])]
            else:
                data = path.read_bytes() if data is None else data
                dump = read_dump(path, sequence, data)
                excerpts = parse_dump(dump)
                rows = [[e.text, e.source.line, e.category, e.date] for e in excerpts]
                db.execute(
                    "INSERT OR REPLACE INTO dumps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (name, stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest(), PARSER_VERSION,
                     sequence, dump.status, dump.reason, marshal.dumps(rows)),
                )  # fmt: skip
                dump = Dump(name, sequence, (), dump.status, dump.reason)
            dumps.append(dump)
            parsed.append(excerpts)
        db.executemany("DELETE FROM dumps WHERE name = ?", [(name,) for name in known])
    return dumps, parsed


def load_memo(folder: Path) -> Memo:
    """Return the results the last run of this code kept; none if the code or the store changed."""
    version = code_version()
    saved: dict[str, dict[Key, Plain]] = {}
    with closing(open_store(folder / STATE_NAME)) as db:
        for kind, key, result in db.execute("SELECT kind, key, result FROM results WHERE code = ?", (version,)):
            try:
                saved.setdefault(kind, {})[key] = marshal.loads(result)
            except (EOFError, ValueError, TypeError):
                continue  # a damaged result costs only its recomputation
    return Memo(saved)


def save_memo(folder: Path, memo: Memo) -> None:
    """Keep this run's new results for the next run and forget the ones it did not use."""
    version = code_version()
    with closing(open_store(folder / STATE_NAME)) as db, db:
        db.execute("DELETE FROM results WHERE code != ?", (version,))
        for kind, keys in memo.dropped.items():
            db.executemany("DELETE FROM results WHERE kind = ? AND key = ?", [(kind, key) for key in keys])
        for kind, keys in memo.added.items():
            results = memo.used[kind]
            db.executemany(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                [(kind, key, version, marshal.dumps(results[key])) for key in keys],
            )


def _summary_plain(summary: Summary) -> Plain:
    """Return a run's summary as plain data (see memo.Plain)."""
    notes = [
        (
            n.id, n.title, n.slug, n.category, n.category_slug, n.category_source, n.date, n.text,
            [(s.dump, s.line) for s in n.sources], (n.math.placeholders, n.math.restored), n.url,
            n.categories_seen, n.dates_seen, n.confidence, n.tags, n.tokens, n.related, n.links_to,
            n.linked_from, [(t.start, t.end, t.target) for t in n.term_links],
        )
        for n in summary.notes
    ]  # fmt: skip
    dumps = [(d.name, d.sequence, d.status, d.reason) for d in summary.dumps]
    return (dumps, summary.excerpts_per_dump, notes, summary.terms, summary.redirects)


def _note_of(row: Plain) -> Note:
    """Return the note _summary_plain made a row of."""
    (
        note_id, title, slug, category, category_slug, category_source, date, text, sources, math, url,
        seen, dates, confidence, tags, tokens, related, links_to, linked_from, term_links,
    ) = row  # fmt: skip
    return Note(
        id=note_id,
        title=title,
        slug=slug,
        category=category,
        category_slug=category_slug,
        category_source=category_source,
        date=date,
        text=text,
        sources=tuple(Source(dump, line) for dump, line in sources),
        math=MathCount(*math),
        url=url,
        categories_seen=tuple(seen),
        dates_seen=tuple(dates),
        confidence=confidence,
        tags=tuple(tags),
        tokens=tuple(tokens),
        related=tuple(related),
        links_to=tuple(links_to),
        linked_from=tuple(linked_from),
        term_links=tuple(TermLink(*link) for link in term_links),
    )


def _summary_of(plain: Plain) -> Summary:
    """Return the summary _summary_plain made plain."""
    dumps, counts, notes, terms, redirects = plain
    return Summary(
        tuple(Dump(name, sequence, (), status, reason) for name, sequence, status, reason in dumps),
        tuple(counts),
        tuple(_note_of(row) for row in notes),
        tuple(terms),
        dict(redirects),
    )


def last_run(folder: Path, inputs: bytes, outputs: bytes) -> Summary | None:
    """Return the last run's summary if that run had these inputs and left these outputs."""
    with closing(open_store(folder / STATE_NAME)) as db:
        row = db.execute("SELECT summary FROM last_run WHERE inputs = ? AND outputs = ?", (inputs, outputs)).fetchone()
    if row is None:
        return None
    try:
        return _summary_of(marshal.loads(row[0]))
    except (EOFError, ValueError, TypeError):
        return None


def left_as_is(folder: Path, outputs: bytes) -> bool:
    """Tell whether the notes are as the last run left them (`outputs`: their tree_digest now)."""
    with closing(open_store(folder / STATE_NAME)) as db:
        return db.execute("SELECT 1 FROM last_run WHERE outputs = ?", (outputs,)).fetchone() is not None


def save_run(folder: Path, inputs: bytes, outputs: bytes, summary: Summary) -> None:
    """Remember a run: its inputs, the outputs it left, and its summary."""
    with closing(open_store(folder / STATE_NAME)) as db, db:
        db.execute("DELETE FROM last_run")
        db.execute("INSERT INTO last_run VALUES (?, ?, ?)", (inputs, outputs, marshal.dumps(_summary_plain(summary))))


def inputs_digest(dumps: Path, docs: Path, files: list[Path]) -> bytes:
    """Return a digest of what a run reads: the code, each dump's name, size and mtime, the
    given files' bytes (taxonomy, pins, slug registry), and where it writes."""
    stats = ((path.name, path.stat()) for path in dumps.glob("*.txt"))
    listing = sorted((name, stat.st_size, stat.st_mtime_ns) for name, stat in stats)
    contents = [path.read_bytes() if path.is_file() else None for path in files]
    return digest(code_version(), str(docs.resolve()), repr(listing), repr(contents))
