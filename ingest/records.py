"""Typed records passed between the stages of the ingest."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ingest.paths import note_path


class DumpStatus(StrEnum):
    """Whether a dump file was read, read with some lines left out, or skipped."""

    OK = "ok"
    PARTIAL = "partial"  # read; lines over the length limit left out (the reason says which)
    SKIPPED = "skipped"


MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What the ingest reads at most: a dump of more bytes is skipped, a longer line left out."""

    dump_bytes: int = 64 * MB
    line_chars: int = 20_000


DEFAULT_LIMITS = Limits()


class LineKind(StrEnum):
    """What one line of a dump is."""

    HEADER = "header"
    CATEGORY = "category"
    DATE = "date"
    PAGINATION = "pagination"
    EXCERPT = "excerpt"


class CategorySource(StrEnum):
    """Where a note's category came from, most trusted first."""

    PINNED = "pinned"  # the user's category_pins.yml
    DUMP = "dump"  # the category line of the newest copy
    COPY = "copy"  # the category line of another copy
    INFERRED = "inferred"  # learned from the labelled notes and the taxonomy's hints
    FALLBACK = "fallback"  # Uncategorized, listed on the report for review


class TitleSource(StrEnum):
    """Which rule named a note's subject (and so its title)."""

    CURATED = "curated"  # the user's titles.yml
    HEADING = "heading"  # the heading the post opens with
    DEFINITION = "definition"  # what the first defining sentence defines
    PAPER = "paper"  # a paper the post names in 《…》
    NAME = "name"  # a model or method name the text keeps returning to
    KEYPHRASE = "keyphrase"  # the strongest keyphrase: a weak title, for review


@dataclass(frozen=True, slots=True)
class DumpFile:
    """A file of the dumps folder named as a dump, with its size and modification time."""

    name: str
    sequence: int
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Dump:
    """One dump file, decoded into lines, or skipped with its reason."""

    name: str
    sequence: int
    lines: tuple[str, ...]
    status: DumpStatus = DumpStatus.OK
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an excerpt line was read: dump file name and 1-based line."""

    dump: str
    line: int


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One excerpt line as it appears in one dump."""

    text: str
    source: Source
    sequence: int  # the dump's sequence number: higher is newer
    category: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """One post: the copies of it found across dumps, newest last."""

    copies: tuple[Excerpt, ...]


@dataclass(frozen=True, slots=True)
class MathCount:
    """How many formulas a note had as placeholders, and how many came back."""

    placeholders: int = 0
    restored: int = 0


@dataclass(frozen=True, slots=True)
class Merged:
    """A post merged into one text, with everything its copies knew."""

    text: str
    copies: tuple[Excerpt, ...]
    categories: tuple[str, ...]
    dates: tuple[str, ...]
    math: MathCount = field(default_factory=MathCount)
    revision_starts: tuple[int, ...] = ()  # the copies that show a new text (revisions.py)


@dataclass(frozen=True, slots=True)
class Revision:
    """One text a note's copies carried: the first dump that shows it, when the ingest first saw
    that dump (ISO 8601, UTC), and the text as that dump shows it."""

    dump: str
    time: str
    text: str


@dataclass(frozen=True, slots=True)
class Category:
    """One category: folder slug, English name as dumps write it, Chinese name, hints."""

    slug: str
    name: str
    name_zh: str | None = None
    hints: tuple[str, ...] = ()
    broader: str | None = None  # the slug of the category a post torn between narrower ones goes to

    @property
    def label(self) -> str:
        """The name shown to readers: Chinese with the English name, or the English name alone."""
        return f"{self.name_zh} ({self.name})" if self.name_zh else self.name


FALLBACK = Category("uncategorized", "Uncategorized", "未分类")


@dataclass(frozen=True, slots=True)
class TermLink:
    """A mention in a note's text (characters start:end) that links to another note."""

    start: int
    end: int
    target: str  # note id


@dataclass(frozen=True, slots=True)
class Note:
    """A merged post ready to publish: identity, title, place and provenance."""

    id: str
    title: str
    slug: str
    category: str
    category_slug: str
    category_source: CategorySource
    date: str | None
    text: str
    sources: tuple[Source, ...]
    math: MathCount
    categories_seen: tuple[str, ...] = ()
    dates_seen: tuple[str, ...] = ()
    confidence: float | None = None
    tags: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # note ids, most similar first
    links_to: tuple[str, ...] = ()  # note ids this note's text mentions
    linked_from: tuple[str, ...] = ()  # note ids whose text mentions this note
    term_links: tuple[TermLink, ...] = ()
    subject: str = ""  # what the note is about, as its text names it
    aliases: tuple[str, ...] = ()  # every spelling of the subject: its name, gloss, parts
    title_source: TitleSource = TitleSource.KEYPHRASE
    keyphrases: tuple[str, ...] = ()  # its strongest keyphrases, strongest first
    revisions: tuple[Revision, ...] = ()  # the texts its copies carried, oldest first
    last_seen: str = ""  # when the ingest first saw the newest dump that lists it

    @property
    def first_seen(self) -> str:
        """When the ingest first saw the oldest dump that lists the note."""
        return self.revisions[0].time if self.revisions else ""

    @property
    def last_revised(self) -> str | None:
        """When the ingest first saw the newest revision of the note's text, if it was revised."""
        return self.revisions[-1].time if len(self.revisions) > 1 else None

    @property
    def weak_title(self) -> bool:
        """Whether no rule found the note's subject: its title is its strongest keyphrase."""
        return self.title_source == TitleSource.KEYPHRASE

    @property
    def path(self) -> str:
        """Path of the note's Markdown file relative to docs/."""
        return note_path(self.category_slug, self.slug)


@dataclass(frozen=True, slots=True)
class Summary:
    """What one ingest run did, for the terminal and the report page."""

    dumps: tuple[Dump, ...]
    excerpts_per_dump: tuple[int, ...]
    notes: tuple[Note, ...]
    categories: tuple[Category, ...] = ()  # every category a note is filed under, in nav order
    terms: tuple[str, ...] = ()
    redirects: dict[str, str] = field(default_factory=dict)  # old note path → current path
    dump_times: dict[str, str] = field(default_factory=dict)  # dump name → when the ingest first saw it

    @property
    def excerpts(self) -> int:
        """Excerpt lines read from all dumps."""
        return sum(self.excerpts_per_dump)

    @property
    def read(self) -> tuple[Dump, ...]:
        """The dumps that were read (some perhaps with lines left out)."""
        return tuple(d for d in self.dumps if d.status != DumpStatus.SKIPPED)

    @property
    def skipped(self) -> tuple[Dump, ...]:
        """The dumps that were skipped, each with its reason."""
        return tuple(d for d in self.dumps if d.status == DumpStatus.SKIPPED)

    @property
    def partial(self) -> tuple[Dump, ...]:
        """The dumps read with lines left out, each with which."""
        return tuple(d for d in self.dumps if d.status == DumpStatus.PARTIAL)

    @property
    def copies_merged(self) -> int:
        """Excerpt lines folded into a note that another line had started."""
        return self.excerpts - len(self.notes)

    @property
    def formulas_restored(self) -> int:
        """Placeholders replaced by LaTeX from another copy."""
        return sum(n.math.restored for n in self.notes)

    @property
    def formulas_left(self) -> int:
        """Placeholders that no copy could restore."""
        return sum(n.math.placeholders - n.math.restored for n in self.notes)

    def describe(self) -> list[str]:
        """Return the run's summary for a terminal or a log: one line, then each dump skipped or cut."""
        head = (
            f"dumps read: {len(self.read)}, skipped: {len(self.skipped)}; "
            f"excerpts: {self.excerpts}; notes: {len(self.notes)}; copies merged: {self.copies_merged}; "
            f"formulas restored: {self.formulas_restored}, left as placeholders: {self.formulas_left}"
        )
        skipped = [f"skipped {dump.name}: {dump.reason}" for dump in self.skipped]
        return [head, *skipped, *(f"in {dump.name}, {dump.reason}" for dump in self.partial)]
