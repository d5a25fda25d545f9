"""Memo: what the per-item stages computed on the last run, keyed by a digest of their inputs."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Hashable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Values kept between runs must be plain data (str, int, float, bytes, None, tuples, lists
# and dicts of them): the store writes them with marshal, which runs no code when read back.
Plain = Any
Key = bytes  # a digest of the inputs


def digest(*parts: Hashable) -> bytes:
    """Return a short stable digest of strings, numbers, None, records and tuples of them."""
    if len(parts) == 1 and isinstance(parts[0], str):  # one text, the commonest key: 3x faster
        return hashlib.blake2b(parts[0].encode("utf-8", "surrogatepass"), digest_size=16, person=b"one text").digest()
    state = hashlib.blake2b(digest_size=16)
    for part in parts:
        # Strings go in as UTF-8, other parts as their repr (several times faster than repr for
        # a long text); the tag and length keep any two different part lists apart.
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else repr(part).encode()
        state.update(b"%c%d:" % (115 if isinstance(part, str) else 114, len(data)))
        state.update(data)
    return state.digest()


# Libraries whose output the store keeps (tokens, slugs, numbers) or the site shows (pages, the
# theme, formulas drawn): what an older version produced must not be reused by a newer one.
LIBRARIES = (
    "jieba", "pypinyin", "numpy", "scipy", "mkdocs", "mkdocs-material", "pymdown-extensions", "markdown",
    "mkdocs-redirects", "nh3",
)  # fmt: skip


@lru_cache(maxsize=1)  # the code that runs is the code loaded when the process started
def code_version() -> str:
    """Return a digest of the ingest package's source, Python's version and the libraries'
    versions: changed code must not reuse old results."""
    code = hashlib.sha256(sys.version.encode())
    for name in LIBRARIES:
        try:
            code.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            code.update(f"{name}=-\0".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        code.update(path.name.encode() + b"\0" + path.read_bytes())
    return code.hexdigest()


class Memo:
    """Results by kind and input digest: last run's, and the ones this run used (kept for the next)."""

    def __init__(self, saved: dict[str, dict[Key, Plain]] | None = None) -> None:
        self.saved = saved or {}
        self.used: dict[str, dict[Key, Plain]] = {}
        self.reused: dict[str, int] = {}
        self.added: dict[str, list[Key]] = {}  # results computed this run, by kind
        self.dropped: dict[str, list[Key]] = {}  # last run's results this run did not use

    def forget(self, kind: str) -> None:
        """Drop last run's results of a kind: this run must not use them."""
        self.dropped.setdefault(kind, []).extend(self.saved.pop(kind, {}))

    def map(
        self,
        kind: str,
        items: Sequence[Item],
        key: Callable[[Item], Key],
        compute: Callable[[list[Item]], list[Result]],
    ) -> list[Result]:
        """Return a result per item: last run's when its key was seen, else from one call of
        `compute` on all the items not seen (so a stage's setup is paid once, or not at all)."""
        old = self.saved.pop(kind, {})  # what this run does not use is let go at once
        new = self.used.setdefault(kind, {})
        keys = [key(item) for item in items]
        missing: dict[Key, Item] = {}
        reused = 0
        for k, item in zip(keys, items, strict=True):
            if k in old:
                new[k] = old.pop(k)
                reused += 1
            elif k not in new:
                missing[k] = item
        self.dropped.setdefault(kind, []).extend(old)
        del old
        self.reused[kind] = self.reused.get(kind, 0) + reused
        self.added.setdefault(kind, []).extend(missing)
        if missing:  # a stage's setup (jieba's dictionary: 0.5 s) is not paid for nothing
            new.update(zip(missing, compute(list(missing.values())), strict=True))
        return [new[k] for k in keys]
