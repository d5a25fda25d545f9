#!/usr/bin/env python3
"""Score what a reader meets on each note: its title, its tags, its related notes, its term
links and its category, against the judgements of tests/judgements/ (real.yml: the 41 posts of
the real dumps; own.yml: posts written for this, on subjects the real dumps do not cover).

Usage: scripts/score_reader.py [--show] [--json OUT]

Two corpora are ingested, each in a scratch folder: the real dumps, and the real dumps with our
own posts' dumps beside them (a new subject arrives in a blog that already has notes); the own
posts are scored in the second. --show prints every title, tag and link judged wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.parse import clean_line  # noqa: E402
from ingest.pipeline import run_ingest  # noqa: E402
from ingest.records import CategorySource, Note, Summary  # noqa: E402

JUDGEMENTS = ROOT / "tests" / "judgements"
OWN_DUMPS = JUDGEMENTS / "own" / "dumps"
TARGETS = {
    "titles acceptable": (">=", 0.90),
    "tag filler": ("<=", 0.10),
    "subject among tags": (">=", 0.90),
    "related notes on topic": (">=", 0.90),
    "notes reaching a topic mate": (">=", 0.90),
    "term links on topic": (">=", 0.95),
    "unlabelled categories acceptable": (">=", 0.95),
    "unlabelled Uncategorized": ("<=", 0.05),
}
_FOLDED = re.compile(r"[\s\-_·・]+")
# What may join the names of a title made of the note's subject spellings: "空洞卷积 (Dilated
# Convolution)", "进程与线程", "SENet 与 CBAM", "BPE: 字节对编码".
_JOINERS = re.compile(r"[\s()（）:：、/&,，\-—·]+|与|和|及")


def normal(text: str) -> str:
    """Return text as judgements compare it: NFKC, case folded, without spaces, hyphens, underscores."""
    return _FOLDED.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass
class Judged:
    """A reader's judgement of one note."""

    subject: list[str]
    titles: list[str]
    keywords: list[str]
    topics: list[str]
    categories: list[str]
    opening: str = ""

    def title_ok(self, title: str) -> bool:
        """Whether an editor would keep the title: one of the titles judged acceptable, or made
        of the subject's spellings alone, joined by spaces, brackets, 与/和 or a colon."""
        if normal(title) in {normal(t) for t in self.titles}:
            return True
        rest = _JOINERS.sub("", unicodedata.normalize("NFKC", title).casefold()).replace(" ", "")
        names = sorted({_JOINERS.sub("", normal(s)) for s in self.subject}, key=len, reverse=True)
        reachable = [True] + [False] * len(rest)  # prefixes of rest made of subject spellings
        for end in range(1, len(rest) + 1):
            reachable[end] = any(reachable[end - len(n)] for n in names if n and rest[:end].endswith(n))
        return bool(rest) and reachable[-1]

    def tag_ok(self, tag: str) -> bool:
        return normal(tag) in {normal(k) for k in self.keywords} | {normal(s) for s in self.subject}

    def names(self, mention: str) -> bool:
        return normal(mention) in {normal(s) for s in self.subject}


@dataclass
class Scores:
    """Counts of each figure, and what was judged wrong."""

    counts: dict[str, list[int]] = field(default_factory=dict)  # figure → [good, all]
    wrong: dict[str, list[str]] = field(default_factory=dict)

    def add(self, figure: str, good: bool, what: str) -> None:
        tally = self.counts.setdefault(figure, [0, 0])
        tally[0] += good
        tally[1] += 1
        if not good:
            self.wrong.setdefault(figure, []).append(what)

    def share(self, figure: str) -> float | None:
        """Return the share of the good, or of the bad for a figure whose target is a ceiling."""
        good, total = self.counts.get(figure, [0, 0])
        if not total:
            return None
        return round((total - good if TARGETS[figure][0] == "<=" else good) / total, 3)


def load(path: Path) -> tuple[list[str], list[Judged], list[str]]:
    """Return a judgement file's compounds, its notes and their ids (empty for own posts)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    notes = [Judged(**{k: v for k, v in n.items() if k != "id"}) for n in data["notes"]]
    return list(data.get("compounds") or []), notes, [str(n.get("id", "")) for n in data["notes"]]


def ingest(*folders: Path) -> tuple[Summary, dict[tuple[str, int], str]]:
    """Ingest copies of the dumps of these folders together; return the summary and each excerpt
    line's text by (dump, line)."""
    with tempfile.TemporaryDirectory() as scratch:
        dumps = Path(scratch) / "dumps"
        dumps.mkdir()
        for folder in folders:
            for path in folder.glob("*.txt"):
                shutil.copy(path, dumps / path.name)
        lines = {
            (path.name, number): clean_line(line)
            for path in dumps.glob("*.txt")
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        }
        return run_ingest(dumps, Path(scratch) / "docs"), lines


def score(notes: list[Note], judged: dict[str, Judged], compounds: list[str], everyone: dict[str, Judged]) -> Scores:
    """Score the judged notes (`everyone`: every judged note, for the targets of their links)."""
    scores = Scores()
    by_id = {note.id: note for note in notes}
    sizes: dict[str, int] = {}
    for judgement in everyone.values():
        for topic in set(judgement.topics):
            sizes[topic] = sizes.get(topic, 0) + 1
    for note in notes:
        j = judged.get(note.id)
        if j is None:
            continue
        scores.add("titles acceptable", j.title_ok(note.title), f"{note.title}  (e.g. {j.titles[0]})")
        for tag in note.tags:
            scores.add("tag filler", j.tag_ok(tag), f"{note.title}: {tag}")
        scores.add("subject among tags", any(j.names(t) for t in note.tags), f"{note.title}: {list(note.tags)}")
        for other in note.related:
            mate = everyone.get(other)
            on_topic = mate is not None and bool(set(mate.topics) & set(j.topics))
            scores.add("related notes on topic", on_topic, f"{note.title} -> {by_id[other].title}")
        if any(sizes[t] > 1 for t in j.topics):
            shared = {t for t in j.topics if sizes[t] > 1}
            reached = any(set(everyone[o].topics) & shared for o in note.related if o in everyone)
            scores.add("notes reaching a topic mate", reached, f"{note.title} ({', '.join(sorted(shared))})")
        for link in note.term_links:
            good = link_ok(note, link.start, link.end, everyone.get(link.target), j, compounds)
            mention = note.text[link.start : link.end]
            scores.add("term links on topic", good, f"{note.title}: {mention} -> {by_id[link.target].title}")
        if note.category_source in (CategorySource.INFERRED, CategorySource.FALLBACK):
            scores.add(
                "unlabelled categories acceptable", note.category in j.categories, f"{note.title}: {note.category}"
            )
            scores.add("unlabelled Uncategorized", note.category_source != CategorySource.FALLBACK, note.title)
    return scores


def link_ok(note: Note, start: int, end: int, target: Judged | None, source: Judged, compounds: list[str]) -> bool:
    """Whether a term link is one a reader would follow: the mention names the target's subject,
    the two notes share a topic, and the mention is not part of a longer term."""
    if target is None or not target.names(note.text[start:end]) or not set(target.topics) & set(source.topics):
        return False
    text = note.text.casefold()
    for compound in compounds:
        word = compound.casefold()
        position = text.find(word)
        while position >= 0:
            if position <= start and end <= position + len(word) and len(word) > end - start:
                return False
            position = text.find(word, position + 1)
    return True


def judged_notes(summary: Summary, lines: dict[tuple[str, int], str], own: bool) -> tuple[dict[str, Judged], list[str]]:
    """Return the judged notes of a corpus by note id, and the compounds."""
    compounds, notes, ids = load(JUDGEMENTS / ("own.yml" if own else "real.yml"))
    if not own:
        return dict(zip(ids, notes, strict=True)), compounds
    found: dict[str, Judged] = {}
    own_dumps = {path.name for path in OWN_DUMPS.glob("*.txt")}
    for note in summary.notes:
        if note.sources[0].dump not in own_dumps:
            continue
        first = lines[(note.sources[0].dump, note.sources[0].line)]
        for j in notes:
            if first.startswith(j.opening):
                found[note.id] = j
    missing = [j.opening for j in notes if j not in found.values()]
    if missing:
        sys.exit(f"own posts not found among the notes: {missing}")
    return found, compounds


def report(name: str, scores: Scores, show: bool) -> dict[str, Any]:
    """Print one corpus's figures against the targets; return them."""
    print(f"\n{name}")
    figures: dict[str, Any] = {}
    for figure, (sense, limit) in TARGETS.items():
        value = scores.share(figure)
        good, total = scores.counts.get(figure, [0, 0])
        good = total - good if sense == "<=" else good
        met = value is not None and (value >= limit if sense == ">=" else value <= limit)
        figures[figure] = {"value": value, "count": f"{good}/{total}", "target": f"{sense} {limit}", "met": met}
        shown = value if value is not None else "-"
        print(f"  {'met ' if met else 'MISS'} {figure:34} {shown:>6}  ({good}/{total}, target {sense} {limit})")
        if show:
            for what in scores.wrong.get(figure, []):
                print(f"         wrong: {what}")
    return figures


def measure() -> dict[str, tuple[Scores, Summary, set[str]]]:
    """Return the scores of the real dumps and of our own posts, each with its corpus and the ids
    of the notes scored."""
    real, real_lines = ingest(ROOT / "dumps")
    judged, compounds = judged_notes(real, real_lines, own=False)
    both, lines = ingest(ROOT / "dumps", OWN_DUMPS)
    own, own_compounds = judged_notes(both, lines, own=True)
    return {
        "real dumps": (score(list(real.notes), judged, compounds, judged), real, set(judged)),
        "own posts": (score(list(both.notes), own, own_compounds + compounds, {**own, **judged}), both, set(own)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every title, tag and link judged wrong")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    for name, (scores, summary, scored) in measure().items():
        results[name] = report(f"{name} ({len(scored)} posts)", scores, args.show)
        if args.show:
            print("\n  titles: " + " | ".join(n.title for n in summary.notes if n.id in scored))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
