"""State store: each dump's parse remembered in SQLite, so a run reads only new or changed dumps."""

from __future__ import annotations

import hashlib
import json
import marshal
import sqlite3
from contextlib import closing
from pathlib import Path

from ingest.memo import Key, Memo, Plain, code_version
from ingest.parse import parse_dump
from ingest.read import dump_files, progress, read_dump
from ingest.records import Dump, Excerpt, Source

STATE_NAME = ".kb-state.sqlite"
# A changed parser must not reuse old parses: the key includes this version.
PARSER_VERSION = "1"


TABLE = (
    "CREATE TABLE IF NOT EXISTS dumps (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
    " digest TEXT, parser TEXT, sequence INTEGER, status TEXT, reason TEXT, excerpts TEXT)"
)
# One row per result, so a run writes only the results it added and deletes those it dropped.
MEMO_TABLE = "CREATE TABLE IF NOT EXISTS results (kind TEXT, key BLOB, code TEXT, result BLOB, PRIMARY KEY (kind, key))"


def open_store(path: Path) -> sqlite3.Connection:
    """Open (or create) the store; a broken one is replaced, an unwritable place gets a memory store."""
    for attempt in range(2):
        try:
            db = sqlite3.connect(path)
            db.execute(TABLE)
            db.execute(MEMO_TABLE)
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
                excerpts = [Excerpt(t, Source(name, line), sequence, c, d) for t, line, c, d in json.loads(row[7])]
            else:
                data = path.read_bytes() if data is None else data
                dump = read_dump(path, sequence, data)
                excerpts = parse_dump(dump)
                rows = [[e.text, e.source.line, e.category, e.date] for e in excerpts]
                db.execute(
                    "INSERT OR REPLACE INTO dumps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (name, stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest(), PARSER_VERSION,
                     sequence, dump.status, dump.reason, json.dumps(rows, ensure_ascii=False)),
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
