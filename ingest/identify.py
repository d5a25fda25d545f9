"""Identify stage: give each post a stable id, and each note a slug that never changes."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import replace

from pypinyin import lazy_pinyin

from ingest.records import Merged, Source
from ingest.registry import Registry

MAX_SLUG = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Names a note file must not take: the category pages' own, and names Windows reserves.
_RESERVED = re.compile(r"^(?:index|page-\d+|con|prn|aux|nul|com\d|lpt\d)$")


def source_id(source: Source) -> str:
    """Return the id a note gets from the excerpt line that first showed it."""
    return hashlib.sha1(f"{source.dump}:{source.line}".encode()).hexdigest()[:12]


@functools.lru_cache(maxsize=4096)
def slugify(title: str) -> str:
    """Return readable ASCII for a title: pinyin for Chinese, English words kept."""
    words = lazy_pinyin(unicodedata.normalize("NFKC", title))
    slug = _NOT_SLUG.sub("-", " ".join(words).lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    slug = slug or "note"
    return f"{slug}-note" if _RESERVED.match(slug) else slug


def identify_notes(posts: list[Merged], registry: Registry) -> tuple[list[str], Registry]:
    """Return each post's note id and the registry with the notes merged since it was written.

    A post keeps the id of its oldest source that the registry knows, so its
    URL survives new dumps; a new post takes the id of its oldest source. When
    a post holds several known ids (two notes merged), the others are recorded
    as merged into it so their URLs redirect.
    """
    identified = []
    merged = dict(registry.merged)
    taken_ids: set[str] = set()
    for post in posts:
        ids = [source_id(copy.source) for copy in post.copies]
        known = [i for i in dict.fromkeys(ids) if i in registry.slugs and i not in taken_ids]
        note_id = known[0] if known else ids[0]
        taken_ids.add(note_id)
        merged.update((absorbed, note_id) for absorbed in known[1:])
        identified.append(note_id)
    for note_id in taken_ids:
        merged.pop(note_id, None)  # a note that exists again is nobody's alias
    return identified, replace(registry, merged=merged)


def assign_slugs(ids: list[str], titles: list[str], registry: Registry) -> Registry:
    """Return the registry with a slug for each note that has none yet, made from its title:
    a slug once given never changes, whatever the title becomes."""
    slugs = dict(registry.slugs)
    used = set(slugs.values())
    for note_id, title in zip(ids, titles, strict=True):
        if note_id in slugs:
            continue
        base = slugify(title)
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        slugs[note_id] = slug
        used.add(slug)
    return replace(registry, slugs=slugs)
