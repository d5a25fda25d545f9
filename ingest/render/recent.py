"""Recent changes: the notes new or revised in the latest dumps, newest first, a page of 50 at a time."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest.paths import RECENT_FOLDER
from ingest.records import Note, Revision, Summary
from ingest.registry import iso_time
from ingest.render.listings import paged
from ingest.render.markup import first_line, url_of
from ingest.revisions import change_summary, changes

RECENT_DAYS = 30  # the recent-changes page lists what changed in this many days before the newest dump


class ChangeKind(StrEnum):
    """Whether a note first appeared or its text was revised."""

    NEW = "new"
    REVISED = "revised"


LABELS = {ChangeKind.NEW: "新 (new)", ChangeKind.REVISED: "修订 (revised)"}


@dataclass(frozen=True, slots=True)
class NoteChange:
    """The latest change of one note: when (the dump that shows it), what kind, and in one line what."""

    note: Note
    revision: Revision
    kind: ChangeKind
    summary: str


def latest_change(note: Note) -> NoteChange:
    """Return a note's latest change: its newest revision, or its first sight."""
    if len(note.revisions) < 2:
        return NoteChange(note, note.revisions[0], ChangeKind.NEW, first_line(note.text))
    before, newest = note.revisions[-2:]
    return NoteChange(note, newest, ChangeKind.REVISED, change_summary(changes(before.text, newest.text)))


def by_recency(summary: Summary) -> list[NoteChange]:
    """Return every dated note's latest change, newest first (by time, then dump; ties: newest
    note first)."""
    sequences = {dump.name: dump.sequence for dump in summary.dumps}
    found = [latest_change(note) for note in summary.notes if note.revisions]
    order = {change.note.id: index for index, change in enumerate(found)}
    return sorted(
        found,
        key=lambda c: (c.revision.time, sequences.get(c.revision.dump, -1), order[c.note.id]),
        reverse=True,
    )


def recent_changes(ordered: Sequence[NoteChange], days: int) -> list[NoteChange]:
    """Return the changes (newest first) made in the `days` before the newest one."""
    if not ordered:
        return []
    newest = dt.datetime.fromisoformat(ordered[0].revision.time)
    since = iso_time(newest - dt.timedelta(days=days))
    return [change for change in ordered if change.revision.time >= since]


def change_list(found: Sequence[NoteChange], to_notes: str) -> str:
    """Return an HTML list of changes: the note's link, what kind of change, when, and what."""
    items = []
    for change in found:
        note = change.note
        items.append(
            f'<li><a href="{to_notes}{url_of(note)}">{html.escape(note.title)}</a> · '
            f'<span class="kb-change-{change.kind}">{LABELS[change.kind]}</span> · '
            f'<time datetime="{change.revision.time}">{change.revision.time[:10]}</time><br>\n'
            f"{html.escape(change.summary)}</li>"
        )
    return '<ul class="kb-note-list kb-recent">\n' + "\n".join(items) + "\n</ul>\n"


def recent_pages(ordered: Sequence[NoteChange], days: int) -> dict[str, str]:
    """Return the recent-changes page and its continuation pages, keyed by path under docs/:
    the changes (every note's latest, newest first) made in the `days` before the newest one."""
    found = recent_changes(ordered, days)
    intro = (
        f"最新一份抓取之前 {days} 天内新增或修订的笔记，共 {len(found)} 篇，从新到旧排列；日期是首次读到"
        f"那份抓取的日期 (notes new or revised in the {days} days before the newest dump, newest first, "
        "dated by when the ingest first read the dump)。"
    )
    return paged(RECENT_FOLDER, "最近更新", intro, found, change_list, searched=False)
