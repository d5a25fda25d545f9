"""Categorize stage: file each post under the category its dumps give it."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.records import Merged

FALLBACK = "Uncategorized"


@dataclass(frozen=True)
class Filing:
    """A post's category, where it came from, and how sure we are."""

    category: str
    source: str  # dump | copy | inferred | fallback
    confidence: float | None = None


def categorize(posts: list[Merged]) -> list[Filing]:
    """Return each post's category: its newest copy's line, else another copy's, else the fallback."""
    filings = []
    for post in posts:
        newest = post.copies[-1]
        if newest.category:
            filings.append(Filing(newest.category, "dump"))
        elif post.categories:
            filings.append(Filing(post.categories[0], "copy"))
        else:
            # Inference (learned from the labelled posts) plugs in here.
            filings.append(Filing(FALLBACK, "fallback"))
    return filings
