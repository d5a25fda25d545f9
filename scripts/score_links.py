#!/usr/bin/env python3
"""Score the cross-linking: related-note quality and link timing.

Usage:
    scripts/score_links.py CORPUS...      a make_corpus.py folder (dumps/ + truth.jsonl)

For a synthetic corpus: the share of related-note suggestions in the same category as
their note (categories from truth.jsonl, by the note's first source line), how many notes
got none, and the time of the link stages (segment, keyphrases + link) against the whole
ingest. The real dumps are judged by scripts/score_reader.py (topics, not categories).

Each corpus is copied to a temporary folder, so the slug registry beside it is left alone.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.cache.memo import Memo  # noqa: E402
from ingest.pipeline import cut_notes, keyphrases_of, link_all, run_ingest  # noqa: E402
from ingest.records import Note, Summary  # noqa: E402


def ingest_copy(dumps: Path) -> tuple[Summary, float]:
    """Ingest a copy of `dumps` in a scratch folder; return the summary and its seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "dumps"
        shutil.copytree(dumps, copy)
        started = time.perf_counter()
        summary = run_ingest(copy, Path(scratch) / "docs")
        return summary, time.perf_counter() - started


def time_links(notes: list[Note], terms: list[str]) -> tuple[float, float]:
    """Return the seconds of the segment stage and of the keyphrase and link stages, run again
    on the same notes with nothing memoised."""
    bare = [replace(n, tokens=(), related=(), links_to=(), linked_from=(), term_links=(), tags=()) for n in notes]
    started = time.perf_counter()
    cut = cut_notes(bare, terms, Memo())
    segmented = time.perf_counter()
    link_all(cut, keyphrases_of(cut, terms, Memo()), terms, Memo())
    return segmented - started, time.perf_counter() - segmented


def score_corpus(folder: Path) -> dict[str, object]:
    """Return the related-note and timing figures of one synthetic corpus."""
    truth = {}
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth[(row["dump"], row["line"])] = row["category"]
    summary, ingest_seconds = ingest_copy(folder / "dumps")
    notes = list(summary.notes)
    category = {n.id: truth[(n.sources[0].dump, n.sources[0].line)] for n in notes}
    pairs = [(n.id, r) for n in notes for r in n.related]
    same = sum(category[a] == category[b] for a, b in pairs)
    segment_seconds, link_seconds = time_links(notes, list(summary.terms))
    return {
        "corpus": str(folder),
        "notes": len(notes),
        "related_suggestions": len(pairs),
        "related_same_category": round(same / len(pairs), 4) if pairs else None,
        "notes_without_related": sum(not n.related for n in notes),
        "term_links": sum(len(n.term_links) for n in notes),
        "notes_with_backlinks": sum(bool(n.linked_from) for n in notes),
        "tags_per_note": round(sum(len(n.tags) for n in notes) / len(notes), 2),
        "ingest_seconds": round(ingest_seconds, 2),
        "segment_seconds": round(segment_seconds, 2),
        "link_seconds": round(link_seconds, 2),
        "link_share_of_ingest": round((segment_seconds + link_seconds) / ingest_seconds, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    for folder in args.corpora:
        print(json.dumps(score_corpus(folder), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
