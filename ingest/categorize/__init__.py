"""Categorize stage: file every post where a reader would look for it.

A post's category comes from, in this order: the user's pin (`category_pins.yml`, keyed by
note id), the category line of its newest copy (`dump`), the newest category line another copy
had (`copy`), inference (`inferred`, with a confidence: see `infer.py`), else `Uncategorized`
(`fallback`). A post whose best category is less sure than the taxonomy's threshold goes to
Uncategorized, onto the report's review list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.categorize.infer import Features, choose, infer, text_features
from ingest.categorize.taxonomy import (
    DEFAULT_TAXONOMY,
    RESERVED_SLUGS,
    CategoryFileError,
    Pin,
    Taxonomy,
    load_pins,
    load_taxonomy,
    pins_path,
    taxonomy_path,
)
from ingest.identify import slugify
from ingest.records import FALLBACK, Category, CategorySource, Merged

__all__ = [
    "DEFAULT_TAXONOMY",
    "CategoryFileError",
    "Filing",
    "Pin",
    "Taxonomy",
    "categorize",
    "load_pins",
    "load_taxonomy",
    "pins_path",
    "taxonomy_path",
]


@dataclass(frozen=True, slots=True)
class Filing:
    """A post's category, where it came from, and how sure we are."""

    category: Category
    source: CategorySource
    confidence: float | None = None


def _is_fallback(name: str) -> bool:
    """Return whether a dump or pin names the fallback itself: no category."""
    return name.strip().casefold() in (FALLBACK.name.casefold(), FALLBACK.slug)


class _Known:
    """The taxonomy extended by the categories dumps name."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.categories = list(taxonomy.categories)
        self.found: dict[str, int] = {}

    def find(self, name: str) -> int | None:
        """Return the index of the category a dump or pin names (name or slug, any case), or None."""
        if name in self.found:
            return self.found[name]
        wanted = name.strip()
        for number, category in enumerate(self.categories):
            if wanted.casefold() in (category.name.casefold(), category.slug) or slugify(wanted) == category.slug:
                self.found[name] = number
                return number
        return None

    def index(self, name: str) -> int:
        """Return the index of the category a dump names, adding it when it is new."""
        found = self.find(name)
        if found is not None:
            return found
        wanted = name.strip()
        slug, taken, n = slugify(wanted), {c.slug for c in self.categories} | {FALLBACK.slug, *RESERVED_SLUGS}, 2
        while slug in taken:
            slug, n = f"{slugify(wanted)}-{n}", n + 1
        self.categories.append(Category(slug, wanted))
        return len(self.categories) - 1


def _dump_labels(posts: Sequence[Merged], known: _Known) -> list[tuple[int, CategorySource] | None]:
    """Return each post's category from its own category line, or another copy's, if any."""
    labels: list[tuple[int, CategorySource] | None] = []
    for post in posts:
        newest = post.copies[-1]
        seen = [c for c in post.categories if not _is_fallback(c)]
        if newest.category and not _is_fallback(newest.category):
            labels.append((known.index(newest.category), CategorySource.DUMP))
        elif seen:
            labels.append((known.index(seen[0]), CategorySource.COPY))
        else:
            labels.append(None)
    return labels


def _pinned(pins: Sequence[Pin], known: _Known, aliases: Mapping[str, str]) -> dict[str, int | None]:
    """Return each pinned note id's category index (None: pinned to the fallback), a note merged
    into another passing its pin on unless that note has its own."""
    pinned: dict[str, int | None] = {}
    by_alias: dict[str, int | None] = {}
    for pin in pins:
        target = known.find(pin.category)
        if target is None and not _is_fallback(pin.category):
            names = ", ".join([c.name for c in known.categories] + [FALLBACK.name])
            raise CategoryFileError(f"{pin.path}:{pin.line}: unknown category '{pin.category}' (known: {names})")
        pinned[pin.note_id] = target
        if pin.note_id in aliases:
            by_alias.setdefault(aliases[pin.note_id], target)
    return {**by_alias, **pinned}


def categorize(
    posts: Sequence[Merged],
    ids: Sequence[str] | None = None,
    taxonomy: Taxonomy | None = None,
    pins: Sequence[Pin] = (),
    aliases: Mapping[str, str] | None = None,
    features: Features = text_features,
) -> tuple[list[Filing], tuple[Category, ...]]:
    """Return each post's filing (pin, own line, another copy's line, inference, fallback) and
    every category of the run: the taxonomy's, then those only dumps name.

    `ids` are the posts' note ids (needed for pins); `aliases` maps the id of a note merged
    away to the note that absorbed it, so its pin follows; `features` reads texts for inference.
    """
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy(DEFAULT_TAXONOMY)
    known = _Known(taxonomy)
    labels = _dump_labels(posts, known)
    pinned = _pinned(pins, known, aliases or {})
    filings: list[Filing | None] = []
    labelled: list[tuple[str, int]] = []
    unknown: list[int] = []
    for number, (post, label) in enumerate(zip(posts, labels, strict=True)):
        note_id = ids[number] if ids is not None else None
        if note_id is not None and note_id in pinned:
            target = pinned[note_id]
            filings.append(Filing(FALLBACK if target is None else known.categories[target], CategorySource.PINNED))
            if target is not None:
                labelled.append((post.text, target))
        elif label is not None:
            filings.append(Filing(known.categories[label[0]], label[1]))
            labelled.append((post.text, label[0]))
        else:
            filings.append(None)
            unknown.append(number)
    scores = infer([posts[n].text for n in unknown], labelled, known.categories, features)
    for number, guess in zip(
        unknown, choose(scores, known.categories, taxonomy.threshold, taxonomy.dominance), strict=True
    ):
        if guess is not None:
            filings[number] = Filing(known.categories[guess[0]], CategorySource.INFERRED, guess[1])
    return [filing or Filing(FALLBACK, CategorySource.FALLBACK) for filing in filings], tuple(known.categories)
