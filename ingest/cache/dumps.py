"""The dump cache: each dump is parsed once per version of the parser, and read again only when
its size or modification time changed (and parsed again only when its bytes did)."""

from __future__ import annotations

import hashlib
import logging
import marshal
from collections.abc import Callable, Sequence

from ingest.cache.store import Store, StoredParse
from ingest.records import Dump, DumpFile, Excerpt

progress = logging.getLogger("ingest.progress")
Read = Callable[[DumpFile], bytes | Dump]  # a file's bytes, or the dump skipped as unreadable
Parse = Callable[[DumpFile, bytes], tuple[Dump, list[Excerpt]]]


def _stored(file: DumpFile, data: bytes, dump: Dump, excerpts: list[Excerpt]) -> StoredParse:
    # The dump's name and sequence are the file's: each excerpt keeps only its own fields.
    rows = [[e.text, e.source.line, e.category, e.date] for e in excerpts]
    digest = hashlib.sha256(data).hexdigest()
    return StoredParse(file.size, file.mtime_ns, digest, file.sequence, dump.status, dump.reason, marshal.dumps(rows))


def parse_dumps(
    files: Sequence[DumpFile], store: Store, parser: str, read: Read, parse: Parse
) -> list[tuple[Dump, list[Excerpt]]]:
    """Return each file's dump (without its lines) and excerpts: the store's parse when this
    `parser` version made it from the same bytes, else `parse` of what `read` gives."""
    known = store.parses(parser)
    parsed: list[tuple[Dump, list[Excerpt]]] = []
    fresh: list[tuple[str, StoredParse]] = []
    touched: list[tuple[str, int, int]] = []
    for done, file in enumerate(files, start=1):
        progress.debug("read %s", file.name, extra={"step": "reading dumps", "done": done, "total": len(files)})
        stored = known.pop(file.name, None)
        data = None
        if stored and (stored.size, stored.mtime_ns) != (file.size, file.mtime_ns):
            data = read(file)  # touched: the bytes may still be the same
            if isinstance(data, Dump) or hashlib.sha256(data).hexdigest() != stored.digest:
                stored = None
            else:
                touched.append((file.name, file.size, file.mtime_ns))
        if stored and stored.sequence == file.sequence:
            parsed.append(stored.parse(file.name))
            continue
        data = read(file) if data is None else data
        if isinstance(data, Dump):  # unreadable now: not remembered, tried again next run
            parsed.append((data, []))
            continue
        dump, excerpts = parse(file, data)
        fresh.append((file.name, _stored(file, data, dump, excerpts)))
        parsed.append((Dump(dump.name, dump.sequence, (), dump.status, dump.reason), excerpts))
    store.keep_parses(parser, fresh)
    store.keep_stats(touched)
    store.forget_parses(known)
    return parsed
