"""Revisions stage: the distinct texts a post's copies carried, and what changed between two.

Copies of one text differ by scraper noise: where they are cut, half- or full-width
punctuation, spacing, a formula as LaTeX or as a placeholder. Their comparable forms (text.py)
fold all of it, so two copies show the same text when one form begins the other, and a copy
whose form disagrees with the text before it, where both reach, shows an edit.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest.records import Excerpt
from ingest.text import MATH, MATH_TOKEN, PLACEHOLDER_KINDS, comparable_char, finished

PLACEHOLDERS = tuple(p for p, kind in PLACEHOLDER_KINDS.items() if kind != "code")
CONTEXT = 10  # characters shown around a change
JOINED = 4  # changes fewer characters apart than this are shown as one
FORMULA_SHOWN = "⋯"  # how a change's context shows a formula (as the search index does)


class View(StrEnum):
    """How a copy shows the post's formulas: scraper versions keep LaTeX or write placeholders."""

    LATEX = "latex"
    PLACEHOLDER = "placeholder"
    PLAIN = "plain"  # no formula in the part the copy shows


def view_of(text: str) -> View:
    """Return how a copy shows its formulas."""
    if any(placeholder in text for placeholder in PLACEHOLDERS):
        return View.PLACEHOLDER
    return View.LATEX if "$" in text and MATH.search(text) else View.PLAIN


def revision_starts(copies: Sequence[Excerpt], forms: Mapping[str, str]) -> tuple[int, ...]:
    """Return the index of each copy (oldest first) that shows a new text: the first copy, then
    each whose comparable form (in `forms`, by text) disagrees with the text before it.

    Copies are compared with the last copies of their own view: an edit that breaks a formula's
    `$` makes the LaTeX and placeholder copies of one text disagree. And one edit is one
    revision: a view that disagrees when another has already shown a change since this view's
    last copy is seeing that same change."""
    if not copies:
        return ()
    longest = max((forms[copy.text] for copy in copies), key=len)
    if all(longest.startswith(forms[copy.text]) for copy in copies):  # one text: most posts
        return (0,)
    starts = [0]
    known: dict[View, str] = {}  # per view, the longest form seen of the current text
    revisions_then: dict[View, int] = {}  # per view, how many revisions there were at its last copy
    for index, copy in enumerate(copies):
        form, view = forms[copy.text], view_of(copy.text)
        compared = [known[view]] if view in known else list(known.values())
        changed = bool(compared) and not any(begins(form, other) for other in compared)
        if changed and revisions_then.get(view, len(starts)) == len(starts):  # no change shown since its last copy
            starts.append(index)
            known = {}
        if changed or len(form) > len(known.get(view, "")):
            known[view] = form
        revisions_then[view] = len(starts)
    return tuple(starts)


def begins(form: str, other: str) -> bool:
    """Tell whether one of two forms begins the other: copies of one text, cut apart."""
    return form.startswith(other) or other.startswith(form)


@dataclass(frozen=True, slots=True)
class Change:
    """One place where a revision differs from the text before it, with a little context."""

    before: str
    removed: str
    added: str
    after: str


@dataclass(frozen=True, slots=True)
class Unit:
    """One character (or one formula) of a text: what it compares as, and how it is shown."""

    key: str  # its comparable form: empty for punctuation and spaces
    shown: str


def units(text: str) -> list[Unit]:
    """Return the units of a text without its cut mark: each formula one unit, each character one."""
    body = finished(text)
    found: list[Unit] = []
    position = 0
    for match in [*MATH.finditer(body), None]:
        end = match.start() if match else len(body)
        found += (Unit(comparable_char(c), unicodedata.normalize("NFKC", c)) for c in body[position:end])
        if match is None:
            break
        found.append(Unit(MATH_TOKEN, FORMULA_SHOWN))
        position = match.end()
    return found


def within(found: list[Unit], reach: int) -> list[Unit]:
    """Return the units whose comparable forms make up the first `reach` characters of the whole."""
    length = 0
    for index, unit in enumerate(found):
        length += len(unit.key)
        if length > reach:
            return found[:index]
    return found


def changes(old: str, new: str) -> tuple[Change, ...]:
    """Return where `new` differs from `old`, as far as both reach, noise left out: the texts are
    matched on their comparable characters alone, so punctuation and spaces never differ."""
    old_units, new_units = units(old), units(new)
    reach = min(sum(len(u.key) for u in old_units), sum(len(u.key) for u in new_units))
    old_units, new_units = within(old_units, reach), within(new_units, reach)
    old_kept = [i for i, u in enumerate(old_units) if u.key]
    new_kept = [j for j, u in enumerate(new_units) if u.key]
    matcher = difflib.SequenceMatcher(
        None, [old_units[i].key for i in old_kept], [new_units[j].key for j in new_kept], autojunk=False
    )
    hunks: list[list[int]] = []  # [i1, i2, j1, j2] in kept units
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if hunks and i1 - hunks[-1][1] < JOINED:  # two changes a few characters apart read as one
            hunks[-1][1], hunks[-1][3] = i2, j2
        else:
            hunks.append([i1, i2, j1, j2])
    found = []
    for i1, i2, j1, j2 in hunks:
        old_start, old_end = span(old_kept, i1, i2, len(old_units))
        start, end = span(new_kept, j1, j2, len(new_units))
        found.append(
            Change(
                before=shown(new_units[max(0, start - CONTEXT) : start]),
                removed=shown(old_units[old_start:old_end]),
                added=shown(new_units[start:end]),
                after=shown(new_units[end : end + CONTEXT]),
            )
        )
    return tuple(found)


def span(kept: list[int], first: int, last: int, length: int) -> tuple[int, int]:
    """Return the units a stretch of kept units (first:last) covers, in the whole list."""
    if first == last:  # nothing: the place just before the next kept unit
        place = kept[first] if first < len(kept) else length
        return place, place
    return kept[first], kept[last - 1] + 1


def shown(found: Sequence[Unit]) -> str:
    """Return units as a reader sees them."""
    return "".join(unit.shown for unit in found)


def change_summary(found: Sequence[Change]) -> str:
    """Return one line that says what a revision changed: its first change, and how many more."""
    if not found:
        return "文字未变 (no change in the text both copies show)"
    first = found[0]
    if first.removed and first.added:
        what = f"{first.removed}→{first.added}"
    else:
        what = f"+{first.added}" if first.added else f"−{first.removed}"
    line = f"…{first.before}[{what}]{first.after}…"
    return line + (f" (另 {len(found) - 1} 处)" if len(found) > 1 else "")
