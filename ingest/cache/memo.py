"""Memo: what the per-item stages computed on the last run, keyed by a digest of their inputs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from enum import StrEnum
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# Values kept between runs must be plain data (str, int, float, bytes, None, tuples, lists
# and dicts of them): the store writes them with marshal, which runs no code when read back.
Plain = Any
Key = bytes  # a digest of the inputs


class MemoKind(StrEnum):
    """The kinds of result the memo keeps, one per memoised step of run_ingest."""

    FORM = "form"  # an excerpt's comparable form
    MERGED = "merged"  # a post merged and its math restored
    FEATURES = "category features"  # the words and n-grams categorize reads from a text
    TOKENS = "tokens"  # a note cut into words
    PHRASES = "phrases"  # a note's keyphrase candidates
    TERM_LINKS = "term links"  # a note's links to the notes its text names
    PAGE = "page"  # a note's page, written by an earlier run (the file is kept, not a copy)


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


class Memo:
    """Results by kind and input digest: last run's, and the ones this run used (kept for the next)."""

    def __init__(self, saved: dict[str, dict[Key, Plain]] | None = None) -> None:
        self.saved = saved or {}
        self.used: dict[str, dict[Key, Plain]] = {}
        self.reused: dict[str, int] = {}
        self.added: dict[str, list[Key]] = {}  # results computed this run, by kind
        self.dropped: dict[str, list[Key]] = {}  # last run's results this run did not use

    def forget(self, kind: MemoKind) -> None:
        """Drop last run's results of a kind: this run must not use them."""
        self.dropped.setdefault(kind, []).extend(self.saved.pop(kind, {}))

    def map(
        self,
        kind: MemoKind,
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

    def seen(self, kind: MemoKind, items: Sequence[Item], key: Callable[[Item], Key]) -> list[bool]:
        """Return, per item, whether last run saw its key; this run's keys are kept for the next."""
        keys = [key(item) for item in items]
        before = self.saved.get(kind, {})
        was_seen = [k in before for k in keys]
        self.map(kind, keys, lambda k: k, lambda todo: [None] * len(todo))
        return was_seen
