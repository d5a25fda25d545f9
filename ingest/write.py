"""Write stage: the only code that touches the disk (besides reading dumps)."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ingest.paths import LOCK, NOTES, RETIRED, STAGING

progress = logging.getLogger("ingest.progress")


class Busy(Exception):
    """Another ingest is writing the same docs folder."""


def write_file(path: Path, text: str) -> bool:
    """Write text atomically (temporary file, then rename); skip if unchanged."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


@contextmanager
def docs_lock(docs: Path, wait: bool = True) -> Iterator[None]:
    """Hold an exclusive lock on docs/ so two ingests never interleave their writes."""
    docs.mkdir(parents=True, exist_ok=True)
    with open(docs / LOCK, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as error:
            raise Busy(f"another kb ingest is writing {docs}") from error
        yield


def recover_notes(docs: Path) -> None:
    """Finish or undo a swap that a crash interrupted: docs/notes is old or new, never missing."""
    notes, retired = docs / NOTES, docs / RETIRED
    if not notes.exists() and retired.exists():
        retired.rename(notes)
    shutil.rmtree(retired, ignore_errors=True)
    shutil.rmtree(docs / STAGING, ignore_errors=True)


def walk_files(folder: Path) -> list[tuple[str, str]]:
    """Return (path, path relative to the folder) of each file under a folder."""
    start = len(os.path.join(folder, ""))  # os.path.relpath costs 20 us a file: 0.9 s a run at 10,000 notes
    return [(path, path[start:]) for top, _, names in os.walk(folder) for path in (os.path.join(top, n) for n in names)]


def files_under(folder: Path) -> set[str]:
    """Return the paths of the files under a folder, relative to it."""
    return {relative for _, relative in walk_files(folder)}


def tree_digest(docs: Path) -> bytes:
    """Return a digest of docs/notes as the writer left it: each file's path, size and mtime."""
    notes = docs / NOTES
    listing = sorted(
        (relative, stat.st_size, stat.st_mtime_ns) for path, relative in walk_files(notes) for stat in (os.stat(path),)
    )
    return hashlib.blake2b(repr(listing).encode(), digest_size=16).digest()


def stage_tree(pages: Mapping[str, str | None], current: Path, staging: Path) -> int:
    """Build the new notes tree; unchanged files (and those given as None: the current tree
    has them as they should be) are hard links, so they keep bytes and mtime."""
    changed = 0
    made: set[Path] = set()
    for path, text in sorted(pages.items()):
        relative = path.removeprefix(NOTES + "/")
        if relative == path or ".." in Path(relative).parts:
            raise ValueError(f"the writer only writes inside {NOTES}/: {path}")
        target = staging / relative
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        old = current / relative
        if text is None:
            os.link(old, target)
            continue
        data = text.encode("utf-8")
        try:
            same = old.stat().st_size == len(data) and old.read_bytes() == data
        except OSError:  # no such file yet, or not a file
            same = False
        if same:
            os.link(old, target)
            continue
        target.write_bytes(data)
        os.chmod(target, 0o644)
        changed += 1
    if current.exists():
        changed += len(files_under(current) - files_under(staging))
    return changed


def write_docs(pages: Mapping[str, str | None], docs: Path) -> int:
    """Replace docs/notes/ with `pages` (paths under notes/; None keeps the current file) in
    one swap; return files changed."""
    progress.info("writing %d files under %s", len(pages), docs / NOTES)
    with docs_lock(docs):
        recover_notes(docs)
        notes, staging, retired = docs / NOTES, docs / STAGING, docs / RETIRED
        changed = stage_tree(pages, notes, staging)
        if not changed and notes.exists():
            shutil.rmtree(staging)
            return 0
        if notes.exists():
            notes.rename(retired)
        staging.rename(notes)
        shutil.rmtree(retired, ignore_errors=True)
        return changed
