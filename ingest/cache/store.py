"""The state store: one SQLite file in the dumps folder that remembers, for the next run, each
dump's parse, the memo's results and the last run's inputs, outputs and summary."""

from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from ingest.cache.memo import Key, Memo, Plain
from ingest.cache.plain import plain_of, record_of
from ingest.paths import STATE_NAME
from ingest.records import Dump, DumpStatus, Excerpt, Source, Summary

TABLES = (
    # excerpts: [text, line, category, date] rows, marshalled (SQLite keeps a BLOB as it is)
    "CREATE TABLE IF NOT EXISTS dumps (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
    " digest TEXT, parser TEXT, sequence INTEGER, status TEXT, reason TEXT, excerpts BLOB)",
    # One row per result, so a run writes only the results it added and deletes those it dropped.
    "CREATE TABLE IF NOT EXISTS results (kind TEXT, key BLOB, code TEXT, result BLOB, PRIMARY KEY (kind, key))",
    "CREATE TABLE IF NOT EXISTS last_run (inputs BLOB, outputs BLOB, summary BLOB)",
)


@dataclass(frozen=True, slots=True)
class StoredParse:
    """What the store knows of one dump file: its stat and content digest, and its parse."""

    size: int
    mtime_ns: int
    digest: str
    sequence: int
    status: str
    reason: str | None
    excerpts: bytes

    def parse(self, name: str) -> tuple[Dump, list[Excerpt]]:
        """Return the dump and its excerpts as they were parsed."""
        sequence = self.sequence
        rows = marshal.loads(self.excerpts)
        excerpts = [Excerpt(text, Source(name, line), sequence, category, date) for text, line, category, date in rows]
        return Dump(name, sequence, (), DumpStatus(self.status), self.reason), excerpts


def _connect(path: Path | str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    for table in TABLES:
        db.execute(table)
    return db


class Store:
    """The state store of one dumps folder, open for the length of a run."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    @classmethod
    @contextmanager
    def opened(cls, folder: Path) -> Iterator[Store]:
        """Open (or create) the store; a broken one is replaced, an unwritable place gets a memory store."""
        path = folder / STATE_NAME
        try:
            db = _connect(path)
        except sqlite3.Error:
            try:
                path.unlink(missing_ok=True)
                db = _connect(path)
            except (OSError, sqlite3.Error):
                db = _connect(":memory:")
        with closing(db):
            yield cls(db)

    # --- each dump's parse ------------------------------------------------------------

    def parses(self, parser: str) -> dict[str, StoredParse]:
        """Return, by dump name, the parses the given parser version made."""
        rows = self.db.execute(
            "SELECT name, size, mtime_ns, digest, sequence, status, reason, excerpts FROM dumps WHERE parser = ?",
            (parser,),
        )
        return {name: StoredParse(*row) for name, *row in rows}

    def keep_parses(self, parser: str, parses: Iterable[tuple[str, StoredParse]]) -> None:
        """Remember dumps' parses (and the stat and digest of the bytes each came from)."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO dumps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(name, p.size, p.mtime_ns, p.digest, parser, p.sequence, p.status, p.reason, p.excerpts)
                 for name, p in parses],
            )  # fmt: skip

    def keep_stats(self, stats: Iterable[tuple[str, int, int]]) -> None:
        """Note dumps (name, size, mtime) that were touched but whose bytes are the same."""
        with self.db:
            self.db.executemany(
                "UPDATE dumps SET size = ?, mtime_ns = ? WHERE name = ?", [(s, m, n) for n, s, m in stats]
            )

    def forget_parses(self, names: Iterable[str]) -> None:
        """Forget the parses of dumps that are gone."""
        with self.db:
            self.db.executemany("DELETE FROM dumps WHERE name = ?", [(name,) for name in names])

    # --- the memo ---------------------------------------------------------------------

    def memo(self, code: str) -> Memo:
        """Return the results the last run of this code kept; none if the code changed."""
        saved: dict[str, dict[Key, Plain]] = {}
        for kind, key, result in self.db.execute("SELECT kind, key, result FROM results WHERE code = ?", (code,)):
            try:
                saved.setdefault(kind, {})[key] = marshal.loads(result)
            except (EOFError, ValueError, TypeError):
                continue  # a damaged result costs only its recomputation
        return Memo(saved)

    def keep_memo(self, memo: Memo, code: str) -> None:
        """Keep this run's new results for the next run and forget the ones it did not use."""
        with self.db:
            self.db.execute("DELETE FROM results WHERE code != ?", (code,))
            for kind, keys in memo.dropped.items():
                self.db.executemany("DELETE FROM results WHERE kind = ? AND key = ?", [(kind, key) for key in keys])
            for kind, keys in memo.added.items():
                results = memo.used[kind]
                self.db.executemany(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
                    [(str(kind), key, code, marshal.dumps(results[key])) for key in keys],
                )

    # --- the last run -----------------------------------------------------------------

    def last_run(self, inputs: bytes, outputs: bytes) -> Summary | None:
        """Return the last run's summary if that run had these inputs and left these outputs."""
        query = "SELECT summary FROM last_run WHERE inputs = ? AND outputs = ?"
        row = self.db.execute(query, (inputs, outputs)).fetchone()
        if row is None:
            return None
        try:
            return record_of(Summary)(marshal.loads(row[0]))
        except (EOFError, ValueError, TypeError):
            return None

    def left_as_is(self, outputs: bytes) -> bool:
        """Tell whether the notes are as the last run left them (`outputs`: their tree digest now)."""
        return self.db.execute("SELECT 1 FROM last_run WHERE outputs = ?", (outputs,)).fetchone() is not None

    def keep_run(self, inputs: bytes, outputs: bytes, summary: Summary) -> None:
        """Remember a run: its inputs, the outputs it left, and its summary."""
        with self.db:
            self.db.execute("DELETE FROM last_run")
            summary_plain = marshal.dumps(plain_of(Summary)(summary))
            self.db.execute("INSERT INTO last_run VALUES (?, ?, ?)", (inputs, outputs, summary_plain))
