"""Group stage: find the copies of one post among all excerpts, near-linearly."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ingest.records import Excerpt, Post
from ingest.text import comparable, edit_limit, prefix_edits

progress = logging.getLogger("ingest.progress")
KEY = 20  # candidates share a block this long at the same offset
BLOCK = 10  # the grain of the quick check before counting edits
# A block shared by more texts than this says little (a common opening);
# such buckets are only searched among sorted neighbours.
BUCKET_CAP = 32
NEIGHBOURS = 3
SHIFT = 3  # how far insertions and deletions may move a block


def blocks_found(short: str, long: str) -> float:
    """Return the share of the shorter form's blocks found near the same place in the longer."""
    offsets = range(0, max(len(short) - BLOCK + 1, 1), BLOCK)
    found = sum(long.find(short[o : o + BLOCK], max(o - SHIFT, 0), o + BLOCK + SHIFT) >= 0 for o in offsets)
    return found / len(offsets)


def same_post(a: str, b: str) -> bool:
    """Tell whether two comparable forms are copies of one post."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if long.startswith(short):
        return True
    # Copies within the edit limit keep most blocks in place: a cheap test that
    # turns away different posts which merely share a block.
    if not short or blocks_found(short, long) < 0.5:
        return False
    limit = edit_limit(len(short))
    return prefix_edits(short, long, limit)[0] <= limit


def buckets_of(forms: list[str]) -> Iterable[list[int]]:
    """Yield groups of form indices that share a key (a 20-character block) at the same offset."""
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        for offset in range(0, max(len(form) - KEY + 1, 1), KEY):
            buckets[offset, form[offset : offset + KEY]].append(index)
    return (members for members in buckets.values() if len(members) > 1)


class Forms:
    """Union-find over comparable forms: which forms are copies of one post."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self.parent = list(range(len(forms)))
        self.rejected: set[tuple[int, int]] = set()

    def root(self, i: int) -> int:
        """Return the representative of the group of form i."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put forms i and j in one group."""
        a, b = self.root(i), self.root(j)
        self.parent[max(a, b)] = min(a, b)

    def try_join(self, i: int, j: int) -> None:
        """Join forms i and j if they are copies of one post (each pair is judged once)."""
        key = (i, j) if i < j else (j, i)
        if key not in self.rejected:
            if same_post(self.forms[i], self.forms[j]):
                self.join(i, j)
            else:
                self.rejected.add(key)

    def search(self, members: list[int]) -> None:
        """Compare one form per group present in a bucket; big buckets only with neighbours."""
        present: dict[int, int] = {}
        for member in members:
            present.setdefault(self.root(member), member)
        if len(present) < 2:
            return
        ones = list(present.values())
        if len(ones) <= BUCKET_CAP:
            pairs = [(a, b) for n, a in enumerate(ones) for b in ones[n + 1 :]]
        else:
            ordered = sorted(ones, key=self.forms.__getitem__)
            pairs = [(a, b) for n, a in enumerate(ordered) for b in ordered[n + 1 : n + 1 + NEIGHBOURS]]
        for a, b in pairs:
            if self.root(a) != self.root(b):
                self.try_join(a, b)


def group_copies(excerpts: list[Excerpt], forms: Mapping[str, str] | None = None) -> list[Post]:
    """Return one Post per post, its copies oldest first; posts in order of first sight.

    `forms` may give the comparable form of some texts, already known.
    """
    progress.info("grouping %d excerpts", len(excerpts))
    known = forms or {}
    by_form: dict[str, list[Excerpt]] = defaultdict(list)
    for excerpt in excerpts:
        form = known.get(excerpt.text)
        form = comparable(excerpt.text) if form is None else form
        # Text with nothing comparable (only symbols) still groups only with itself.
        by_form[form or "\ue001" + excerpt.text].append(excerpt)
    ordered = sorted(by_form)
    union = Forms(ordered)
    # Sorted, a copy cut shorter sits just before the longer copies it begins.
    for index in range(len(ordered) - 1):
        if ordered[index + 1].startswith(ordered[index]):
            union.join(index, index + 1)
    for members in buckets_of(ordered):
        union.search(members)
    groups: dict[int, list[Excerpt]] = defaultdict(list)
    for index, form in enumerate(ordered):
        groups[union.root(index)].extend(by_form[form])

    def age(excerpt: Excerpt) -> tuple[int, str, int]:
        return excerpt.sequence, excerpt.source.dump, excerpt.source.line

    posts = [Post(tuple(sorted(copies, key=age))) for copies in groups.values()]
    return sorted(posts, key=lambda post: age(post.copies[0]))
