"""Term links: a note's subject is read from its title (the whole title when it is a term,
"X(gloss)", "X方法是…", "…的X", "摘掉X"); one note per subject is its target. In every other note
the first mention of the subject that starts and ends on token boundaries (so never inside a
word, a formula, a code marker or a URL) links to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ingest.links.words import HAS_LETTER, STOP_WORDS, Tokens
from ingest.records import Note, TermLink
from ingest.segment import token_bounds

MAX_SUBJECT_WORDS = 6

# Subjects read from titles.
_LATIN_NAME = re.compile(rf"[A-Za-z][A-Za-z0-9+#.\-]*(?: [A-Za-z0-9][A-Za-z0-9+#.\-]*){{0,{MAX_SUBJECT_WORDS - 1}}}")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_GLOSS = re.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]\s*(?P<rest>.*)$")
_AFTER_SUBJECT = re.compile(r"^(?:方法|算法|模型|机制|网络)?(?:是|目前|同样|的关键|的核心|的作用|指的是|[:：])")
_BEFORE_SUBJECT = re.compile(r"(?:的|——|—|之)$")
_LEADING_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+#.\-]*")
_TRAILING_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*$")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def _is_name(text: str, terms: set[str]) -> bool:
    """Whether a whole title (or part) reads as the name of a thing, not a sentence."""
    return text.casefold() in terms or bool(_LATIN_NAME.fullmatch(text) or _CJK_NAME.fullmatch(text))


def _leading_term(text: str, terms: set[str]) -> str | None:
    """Return the longest term or Latin word the text starts with."""
    latin = _LEADING_LATIN.match(text)
    best = latin.group(0) if latin else None
    for length in range(min(len(text), 12), 1, -1):
        if text[:length].casefold() in terms and (best is None or length > len(best)):
            best = text[:length]
            break
    return best


def _trailing_term(text: str, terms: set[str]) -> str | None:
    """Return the longest term or Latin word the text ends with."""
    latin = _TRAILING_LATIN.search(text)
    best = latin.group(0) if latin else None
    for length in range(min(len(text), 12), 1, -1):
        if text[-length:].casefold() in terms and (best is None or length > len(best)):
            best = text[-length:]
            break
    return best


def subjects_of(title: str, terms: set[str]) -> list[tuple[str, float]]:
    """Return what a title names, each with how much of the title it is (1.0: all of it)."""
    core = re.sub(r"(?:…|\.\.\.)$", "", title).strip()
    if not core:
        return []
    found: list[tuple[str, float]] = []
    gloss = _GLOSS.match(core)
    if gloss and (not gloss.group("rest") or _AFTER_SUBJECT.match(gloss.group("rest"))):
        head = gloss.group("head").strip()
        if _is_name(head, terms):
            found.append((head, 1.0))
            found += [
                (g.strip(), 1.0) for g in re.split(r"[,，、/]", gloss.group("gloss")) if _is_name(g.strip(), terms)
            ]
        return found
    if _is_name(core, terms):
        return [(core, 1.0)]
    lead = _leading_term(core, terms)
    rest = core[len(lead) :] if lead else ""
    if lead and (_AFTER_SUBJECT.match(rest) or (_CJK.fullmatch(rest) and len(rest) <= 4)):
        found.append((lead, len(lead) / len(core)))  # 蒙特卡洛方法是…, AdamW目前是…, SD模型原理
    trail = _trailing_term(core, terms)
    if trail and trail != core:
        before = core[: -len(trail)]
        if (_BEFORE_SUBJECT.search(before) and len(before) <= 8) or (_CJK.fullmatch(before) and len(before) <= 3):
            found.append((trail, len(trail) / len(core)))  # 超多分类的Softmax, 取代RNN——Transformer, 摘掉Softmax
    return found


def subject_targets(notes: Sequence[Note], terms: Sequence[str]) -> dict[str, str]:
    """Return each subject (case folded) and the note it links to: the note whose title is
    most nearly just that subject; ties go to the note seen first."""
    term_set = {t.casefold() for t in terms}
    best: dict[str, tuple[float, int]] = {}
    for index, note in enumerate(notes):
        for subject, share in subjects_of(note.title, term_set):
            key = subject.casefold()
            if len(key) < 2 or key in STOP_WORDS or not HAS_LETTER.search(key):
                continue
            if key not in best or share > best[key][0]:
                best[key] = (share, index)
    return {key: notes[index].id for key, (_, index) in best.items()}


def _term_links(note: Note, starts: list[int], targets: dict[str, str], prefixes: set[str]) -> list[TermLink]:
    """Return a link for the first mention in the note of each other subject; `starts` are
    the positions of the note's tokens that begin some subject."""
    if not starts:
        return []
    # Offsets as far as the last subject that can start, not the whole note.
    begins, ends = token_bounds(note.text, note.tokens[: starts[-1] + MAX_SUBJECT_WORDS * 2])
    text = note.text
    linked: set[str] = {note.id}
    found = []
    position = 0
    for first in starts:
        if first >= len(begins) or begins[first] < position:
            continue
        start = begins[first]
        match = None
        for last in range(first, min(first + MAX_SUBJECT_WORDS * 2, len(begins))):
            key = text[start : ends[last]].casefold()
            if key not in prefixes:
                break
            if key in targets:
                match = (ends[last], targets[key])
        if match and match[1] not in linked:
            linked.add(match[1])
            found.append(TermLink(start, *match))
            position = match[0]
    return found


def find_term_links(notes: Sequence[Note], targets: dict[str, str]) -> list[list[TermLink]]:
    """Return each note's term links to the notes `targets` (subject → note id) names."""
    tokens = Tokens.of(notes)
    prefixes = {key[:end] for key in targets for end in range(1, len(key) + 1)}
    begins = np.array([word.casefold() in prefixes for word in tokens.words], dtype=bool)
    found = []
    for i, note in enumerate(notes):
        starts = np.flatnonzero(begins[tokens.ids[tokens.bounds[i] : tokens.bounds[i + 1]]]).tolist()
        found.append(_term_links(note, starts, targets, prefixes))
    return found
