"""Titles stage: a title that names each note's subject, and the subject's spellings.

The subject comes from the text (`subject.py`, over `opening.py`); the title is the subject
with the gloss the text gives it ("时序差分 (TemporalDifference)"), or two parallel subjects
joined ("进程与线程"), at most about MAX_COLUMNS columns (a CJK character counts two) and never
cut with "…". A curator's title in titles.yml (beside the dumps, by note id) wins; the subject's
spellings still serve the term links.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest.keyphrases import Keyphrases
from ingest.opening import CJK, columns
from ingest.paths import TITLES_NAME
from ingest.records import TitleSource
from ingest.titles.subject import Subject, find_subject, keyphrase_subject
from ingest.yamlfile import key_values

MAX_COLUMNS = 40
MAX_WITH_NAME = 44  # a name alone may run a little longer ("about 40"): it is never cut
_GENERIC_TAIL = re.compile(r"^(?P<x>.{2,}?)(?:系列|原理|简介|详解|概述|入门|笔记|总结|介绍)$")
_GENERIC_HEAD = re.compile(r"^(?P<x>.{2,}?)(?:方法|算法|模型|网络|机制|系统|技术)$")
UNTITLED = "无标题"


@dataclass(frozen=True, slots=True)
class Titled:
    """A note's title, its subject and every spelling of it, and the rule that named it."""

    title: str
    subject: str
    aliases: tuple[str, ...]
    source: TitleSource


def titles_path(dumps: Path) -> Path:
    """Return where a project's curated titles live: titles.yml beside its dumps."""
    return dumps.resolve().parent / TITLES_NAME


def load_titles(path: Path) -> dict[str, str]:
    """Read the curated titles (`note id: title`); a missing file curates nothing."""
    return {
        note_id: title
        for note_id, title, _ in key_values(
            path, "the titles file", "the title of note {key}", "note {key} has no title"
        )
    }


def _gloss_part(subject: Subject) -> str | None:
    """Return the part of the gloss a title shows: the subject's name in the other script (the full
    English name before an abbreviation), or the full name an abbreviation stands for."""
    cjk = bool(CJK.search(subject.name))
    others = [p for p in subject.gloss if bool(CJK.search(p)) != cjk and len(p) > 1]
    if others:
        return max(others, key=lambda p: (" " in p or not p.isupper(), -subject.gloss.index(p)))
    spelled_out = [p for p in subject.gloss if " " in p]
    return spelled_out[0] if subject.name.isupper() and spelled_out else None


def title_of(subject: Subject) -> str | None:
    """Return the title a subject makes, or None when even its name is too long for one."""
    name = subject.name.strip()
    if subject.also:
        joined = f"{name} 与 {subject.also}" if name.isascii() else f"{name}与{subject.also}"
        if columns(joined) <= MAX_COLUMNS:
            return joined
    part = _gloss_part(subject)
    if part is not None and columns(f"{name} ({part})") <= MAX_COLUMNS:
        return f"{name} ({part})"
    return name if columns(name) <= MAX_WITH_NAME else None


def aliases_of(subject: Subject) -> tuple[str, ...]:
    """Return every spelling the note's subject goes by: its name, its gloss's names, a parallel
    subject, and the name without a generic head (蒙特卡洛方法 is also 蒙特卡洛)."""
    names = [subject.name, *subject.gloss, *([subject.also] if subject.also else [])]
    if "——" in subject.name:  # "取代RNN——Transformer": the name after the dash
        names.append(subject.name.rsplit("——", 1)[1])
    for pattern in (_GENERIC_TAIL, _GENERIC_HEAD):
        for name in list(names):
            shorter = pattern.match(name)
            if shorter and CJK.search(name):
                names.append(shorter.group("x"))
    return tuple(dict.fromkeys(n.strip() for n in names if len(n.strip()) >= 2))


def title_notes(
    texts: Sequence[str],
    keyphrases: Sequence[Keyphrases],
    specific: frozenset[str],
    ids: Sequence[str],
    curated: Mapping[str, str],
) -> list[Titled]:
    """Return each note's title and subject; `specific` are the keyphrase keys of one note only,
    `curated` the titles.yml titles by note id."""
    titled = []
    for note_id, text, phrases in zip(ids, texts, keyphrases, strict=True):
        candidates = [find_subject(text, phrases, specific), keyphrase_subject(phrases)]
        subject = next((s for s in candidates if s is not None and title_of(s) is not None), None)
        if subject is None:
            subject = Subject(UNTITLED)
        title = curated.get(note_id) or title_of(subject) or UNTITLED
        source = TitleSource.CURATED if note_id in curated else subject.source
        titled.append(Titled(title, subject.name, aliases_of(subject), source))
    return titled


def title_for(text: str) -> str:
    """Return the title a text gets from its own words alone (no corpus, so no keyphrase)."""
    subject = find_subject(text, Keyphrases((), ()), frozenset())
    return (title_of(subject) if subject is not None else None) or UNTITLED
