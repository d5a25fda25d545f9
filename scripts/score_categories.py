"""Score category inference: where notes without a category line are filed.

Usage:
    python scripts/score_categories.py CORPUS_DIR [CORPUS_DIR ...] [--seed S]
    python scripts/score_categories.py --real [DUMPS_DIR]

For a make_corpus.py corpus: copy its dumps, strip the category and date lines
from a seeded random half of them (--share), run the ingest, and score the notes whose
category was inferred or fell back against truth.jsonl (the majority category of
a note's source lines). Passes with accuracy >= 0.95 and Uncategorized <= 0.05.

--real (default dumps/): leave-one-out over the labelled posts (hide each one's
category lines in turn: its inferred category must be the hidden one), and on the
dumps as they are, no reinforcement-learning post under NLP or Computer Vision
(a reader's filing of every post is in tests/fixtures/categories/real_posts.yml).

Prints one JSON line per check; exits non-zero when a check fails.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

import ingest.pipeline
from ingest.categorize import DEFAULT_TAXONOMY
from ingest.parse import clean_line, line_kind
from ingest.pipeline import run_ingest
from ingest.read import read_dumps
from ingest.records import LineKind

ROOT = Path(__file__).resolve().parent.parent
READER = ROOT / "tests" / "fixtures" / "categories" / "real_posts.yml"
LineMap = dict[tuple[str, int], tuple[str, int]]  # (dump, line) in the copy → in the original


def labels_before(lines: set[tuple[str, int]], dump: str, line: int, kinds: list[LineKind]) -> bool:
    """Tell whether a line is the category or date line right before one of these excerpt lines."""
    kind, following = kinds[line - 1], kinds[line] if line < len(kinds) else ""
    if kind == "date":
        return (dump, line + 1) in lines
    return kind == "category" and ((dump, line + 1) in lines or (following == "date" and (dump, line + 2) in lines))


def copy_dumps(source: Path, target: Path, strip: Callable[[str, int, list[LineKind]], bool]) -> LineMap:
    """Copy the dumps of `source` into `target`, leaving out the lines `strip(dump, line, kinds)` names.

    `line` is 1-based; `kinds` holds the kind of every line of the dump (header, category, date…).

    A dump that loses no line is copied byte for byte; the others are written as UTF-8.
    Returns where each line of the copies was in the originals.
    """
    target.mkdir(parents=True)
    where: LineMap = {}
    for dump in read_dumps(source):
        original = (source / dump.name).read_bytes()
        if dump.status != "ok":
            (target / dump.name).write_bytes(original)
            continue
        lines = [clean_line(line) for line in dump.lines]
        kinds = [line_kind(lines, n) for n in range(len(lines))]
        kept = [n for n in range(len(lines)) if not strip(dump.name, n + 1, kinds)]
        if len(kept) == len(lines):
            (target / dump.name).write_bytes(original)
        else:
            (target / dump.name).write_text("\n".join(dump.lines[n] for n in kept) + "\n", encoding="utf-8")
        where.update(((dump.name, new + 1), (dump.name, old + 1)) for new, old in enumerate(kept))
    return where


def run(dumps: Path, taxonomy: Path) -> tuple[list[dict[str, Any]], float, float]:
    """Run the ingest; return the catalog's notes, seconds in all and seconds categorizing."""
    spent = [0.0]
    categorize = getattr(ingest.pipeline, "categorize")  # noqa: B009 (wrapped below to time it)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return categorize(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    setattr(ingest.pipeline, "categorize", timed)  # noqa: B010
    try:
        start = time.perf_counter()
        run_ingest(dumps, dumps.parent / "docs", taxonomy=taxonomy)
        seconds = time.perf_counter() - start
    finally:
        setattr(ingest.pipeline, "categorize", categorize)  # noqa: B010
    catalog = json.loads((dumps.parent / "docs" / "notes" / "catalog.json").read_text(encoding="utf-8"))
    return catalog["notes"], seconds, spent[0]


def score_corpus(corpus: Path, seed: int, taxonomy: Path, share: float = 0.5) -> dict[str, Any]:
    """Strip the category lines of a random share of a corpus's dumps and score the unlabelled notes."""
    truth = {}
    with open(corpus / "truth.jsonl", encoding="utf-8") as rows:
        for row in map(json.loads, rows):
            truth[row["dump"], row["line"]] = row["category"]
    names = sorted(path.name for path in (corpus / "dumps").iterdir())
    stripped = set(random.Random(seed).sample(names, int(len(names) * share)))
    with tempfile.TemporaryDirectory() as scratch:
        dumps = Path(scratch) / "dumps"
        where = copy_dumps(
            corpus / "dumps", dumps, lambda d, n, kinds: d in stripped and kinds[n - 1] in ("category", "date")
        )
        notes, seconds, categorizing = run(dumps, taxonomy)
    sources = Counter(note["category_source"] for note in notes)
    unlabelled = [note for note in notes if note["category_source"] in ("inferred", "fallback")]
    right = 0
    for note in unlabelled:
        votes = Counter(truth[where[s["dump"], s["line"]]] for s in note["sources"])
        right += note["category"] == votes.most_common(1)[0][0]
    fallback = sources["fallback"]
    accuracy = right / max(len(unlabelled), 1)
    uncategorized = fallback / max(len(unlabelled), 1)
    return {
        "check": "synthetic",
        "corpus": str(corpus),
        "seed": seed,
        "dumps_stripped": len(stripped),
        "notes": len(notes),
        "sources": dict(sorted(sources.items())),
        "unlabelled": len(unlabelled),
        "accuracy_unlabelled": round(accuracy, 4),
        "uncategorized_share_unlabelled": round(uncategorized, 4),
        "uncategorized_share_all": round(fallback / max(len(notes), 1), 4),
        "ingest_seconds": round(seconds, 2),
        "categorize_seconds": round(categorizing, 2),
        "pass": accuracy >= 0.95 and uncategorized <= 0.05,
    }


def opening(dumps: Path, note: dict[str, Any], where: LineMap | None = None) -> str:
    """Return the NFKC text of the excerpt line a note was first seen on."""
    source = note["sources"][0]
    dump, line = (where or {}).get((source["dump"], source["line"]), (source["dump"], source["line"]))
    for read in read_dumps(dumps):
        if read.name == dump:
            return unicodedata.normalize("NFKC", clean_line(read.lines[line - 1]))
    raise LookupError(f"{dump}:{line} not found")


def reader_category(text: str, reader: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the reader's entry for a post, found by a phrase of its opening."""
    head = text[:160]
    found = [entry for entry in reader if unicodedata.normalize("NFKC", entry["text"]) in head]
    return found[0] if len(found) == 1 else None


def score_real(dumps: Path, taxonomy: Path) -> list[dict[str, Any]]:
    """Leave-one-out over the labelled real posts, and the reinforcement-learning check."""
    reader = yaml.safe_load(READER.read_text(encoding="utf-8"))
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "base" / "dumps"
        copy_dumps(dumps, base, lambda *_: False)
        notes, seconds, categorizing = run(base, taxonomy)
        labelled = [note for note in notes if note["category_source"] in ("dump", "copy")]
        misses = []
        for number, note in enumerate(labelled):
            lines = {(s["dump"], s["line"]) for s in note["sources"]}
            hidden = Path(scratch) / f"hide-{number}" / "dumps"
            where = copy_dumps(dumps, hidden, functools.partial(labels_before, lines))
            after, _, _ = run(hidden, taxonomy)
            same = [n for n in after if {where[s["dump"], s["line"]] for s in n["sources"]} == lines]
            got = same[0] if len(same) == 1 else {"category": None, "category_source": None, "confidence": None}
            ok = got["category"] == note["category"] and got["category_source"] == "inferred"
            if not ok:
                misses.append(note["title"])
            results.append(
                {
                    "check": "leave-one-out",
                    "title": note["title"],
                    "hidden": note["category"],
                    "got": got["category"],
                    "source": got["category_source"],
                    "confidence": got["confidence"],
                    "pass": ok,
                }
            )
        results.append(
            {"check": "leave-one-out summary", "labelled": len(labelled), "misses": misses, "pass": not misses}
        )
        filed = []
        for note in notes:
            entry = reader_category(opening(base, note), reader)
            if entry is None:
                raise LookupError(f"no reader's category for note {note['title']!r} in {READER}")
            filed.append((note, entry))
    rl = [(note, entry) for note, entry in filed if entry["category"] == "Reinforcement Learning"]
    wrong = [note["title"] for note, _ in rl if note["category"] in ("NLP", "Computer Vision")]
    results.append(
        {
            "check": "real: no reinforcement-learning post under NLP or Computer Vision",
            "rl_posts": len(rl),
            "rl_filed": dict(sorted(Counter(note["category"] for note, _ in rl).items())),
            "under_nlp_or_cv": wrong,
            "pass": not wrong,
        }
    )
    unlabelled = [(n, e) for n, e in filed if n["category_source"] in ("inferred", "fallback")]
    agree = [n for n, e in unlabelled if n["category"] in (e["category"], *e.get("also", []))]
    disagree = [
        {"title": n["title"], "filed": n["category"], "reader": e["category"]}
        for n, e in unlabelled
        if n["category"] not in (e["category"], *e.get("also", []), "Uncategorized")
    ]
    results.append(
        {
            "check": "real: agreement with a reader (information only)",
            "unlabelled": len(unlabelled),
            "as_reader_files": len(agree),
            "uncategorized": sum(n["category"] == "Uncategorized" for n, _ in unlabelled),
            "elsewhere": disagree,
            "ingest_seconds": round(seconds, 2),
            "categorize_seconds": round(categorizing, 2),
        }
    )
    return results


def main() -> None:
    """Run the checks named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="make_corpus.py output folders")
    parser.add_argument("--seed", type=int, default=0, help="which half of the dumps loses its category lines")
    parser.add_argument("--share", type=float, default=0.5, help="share of the dumps that loses them")
    parser.add_argument("--real", nargs="?", const=ROOT / "dumps", type=Path, help="score the real dumps")
    parser.add_argument("--taxonomy", type=Path, default=DEFAULT_TAXONOMY)
    args = parser.parse_args()
    if not args.corpora and args.real is None:
        parser.error("name a corpus folder or --real")
    passed = True
    for corpus in args.corpora:
        result = score_corpus(corpus, args.seed, args.taxonomy, args.share)
        print(json.dumps(result, ensure_ascii=False), flush=True)
        passed &= result["pass"]
    for result in score_real(args.real, args.taxonomy) if args.real is not None else []:
        print(json.dumps(result, ensure_ascii=False), flush=True)
        passed &= result.get("pass", True)
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
