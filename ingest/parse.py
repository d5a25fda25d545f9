"""Parse stage: classify each line of a dump and pair category/date with excerpts."""

from __future__ import annotations

import re

from ingest.records import Dump, Excerpt, LineKind, Source

HEADER_LINES = frozenset({"INCOMING TRANSMISSION", "LATEST UPDATES"})
KNOWN_CATEGORIES = frozenset(
    {"Computer Vision", "NLP", "Generative Model", "Deep Learning", "Reinforcement Learning", "Programming"}
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PAGINATION = re.compile(r"^[\d\s«»‹›<>.…|/-]*\d[\d\s«»‹›<>.…|/-]*$")
_CATEGORY = re.compile(r"^[A-Za-z][A-Za-z0-9 &/+.-]{0,39}$")
# Controls and invisible direction marks would corrupt the page or hide text.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_line(line: str) -> str:
    """Drop control and bidi-override characters, turn tabs into spaces, trim."""
    return _UNSAFE.sub("", line).replace("\t", " ").strip()


def line_kind(lines: list[str], index: int) -> LineKind:
    """Return the kind of line `index`: header, category, date, pagination or excerpt."""
    line = lines[index]
    if not line or line in HEADER_LINES:
        return LineKind.HEADER
    if _DATE.match(line):
        return LineKind.DATE
    if _PAGINATION.match(line):
        return LineKind.PAGINATION
    followed_by_date = index + 1 < len(lines) and _DATE.match(lines[index + 1]) is not None
    if line in KNOWN_CATEGORIES or (followed_by_date and _CATEGORY.match(line)):
        return LineKind.CATEGORY
    return LineKind.EXCERPT


def parse_dump(dump: Dump) -> list[Excerpt]:
    """Return the excerpts of a dump, each with its category, date and origin."""
    lines = [clean_line(line) for line in dump.lines]
    excerpts = []
    category: str | None = None
    date: str | None = None
    for index, line in enumerate(lines):
        kind = line_kind(lines, index)
        if kind == LineKind.CATEGORY:
            category, date = line, None
        elif kind == LineKind.DATE:
            date = line
        elif kind == LineKind.EXCERPT:
            source = Source(dump.name, index + 1)
            excerpts.append(Excerpt(line, source, dump.sequence, category, date))
            category = date = None
    return excerpts
