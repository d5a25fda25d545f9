"""Group stage: find the copies of one post among all excerpts, near-linearly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ingest.records import Excerpt, Post
from ingest.text import comparable, edit_limit, prefix_edits

BLOCK = 10
# A block shared by more texts than this says little (a common opening);
# such buckets are only searched among sorted neighbours.
BUCKET_CAP = 32
NEIGHBOURS = 3


def same_post(a: str, b: str) -> bool:
    """Tell whether two comparable forms are copies of one post."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return not long
    limit = edit_limit(len(short))
    return prefix_edits(short, long, limit)[0] <= limit


def candidate_pairs(forms: list[str]) -> Iterable[tuple[int, int]]:
    """Yield index pairs of forms that share a block at the same offset."""
    buckets: dict[tuple[int, str], list[int]] = defaultdict(list)
    for index, form in enumerate(forms):
        for offset in range(0, max(len(form) - BLOCK + 1, 1), BLOCK):
            buckets[offset, form[offset : offset + BLOCK]].append(index)
    for members in buckets.values():
        if len(members) <= BUCKET_CAP:
            for n, first in enumerate(members):
                for second in members[n + 1 :]:
                    yield first, second
        else:
            ordered = sorted(members, key=forms.__getitem__)
            for n, first in enumerate(ordered):
                for second in ordered[n + 1 : n + 1 + NEIGHBOURS]:
                    yield first, second


def group_copies(excerpts: list[Excerpt]) -> list[Post]:
    """Return one Post per post, its copies oldest first; posts in order of first sight."""
    by_form: dict[str, list[Excerpt]] = defaultdict(list)
    for excerpt in excerpts:
        # Text with nothing comparable (only symbols) still groups only with itself.
        by_form[comparable(excerpt.text) or "\ue001" + excerpt.text].append(excerpt)
    forms = sorted(by_form)
    parent = list(range(len(forms)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for first, second in candidate_pairs(forms):
        a, b = root(first), root(second)
        if a != b and same_post(forms[first], forms[second]):
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Excerpt]] = defaultdict(list)
    for index, form in enumerate(forms):
        groups[root(index)].extend(by_form[form])

    def age(excerpt: Excerpt) -> tuple[int, str, int]:
        return excerpt.sequence, excerpt.source.dump, excerpt.source.line

    posts = [Post(tuple(sorted(copies, key=age))) for copies in groups.values()]
    return sorted(posts, key=lambda post: age(post.copies[0]))
