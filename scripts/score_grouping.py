"""Score the grouping of copies against a make_corpus.py truth file.

Usage: python scripts/score_grouping.py CORPUS_DIR [CORPUS_DIR ...]
Prints pairwise precision and recall of "these two excerpt lines are one post".
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from ingest.group import group_copies
from ingest.parse import parse_dump
from ingest.read import read_dumps


def pairs(n: int) -> int:
    """Return the number of unordered pairs among n items."""
    return n * (n - 1) // 2


def score(corpus: Path) -> dict[str, float]:
    """Group a corpus and compare with its truth.jsonl."""
    truth = {}
    with open(corpus / "truth.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            truth[row["dump"], row["line"]] = row["post"]
    start = time.perf_counter()
    excerpts = [e for dump in read_dumps(corpus / "dumps") for e in parse_dump(dump)]
    posts = group_copies(excerpts)
    seconds = time.perf_counter() - start
    cells: Counter[tuple[int, int]] = Counter()
    predicted: Counter[int] = Counter()
    for index, post in enumerate(posts):
        for copy in post.copies:
            cells[index, truth[copy.source.dump, copy.source.line]] += 1
            predicted[index] += 1
    true_pairs = sum(pairs(n) for n in Counter(truth.values()).values())
    together = sum(pairs(n) for n in cells.values())
    return {
        "excerpts": len(excerpts),
        "truth_lines": len(truth),
        "posts": len(posts),
        "true_posts": len(set(truth.values())),
        "precision": together / max(sum(pairs(n) for n in predicted.values()), 1),
        "recall": together / max(true_pairs, 1),
        "seconds": round(seconds, 2),
    }


def main() -> None:
    """Score every corpus named on the command line."""
    for corpus in sys.argv[1:]:
        result = score(Path(corpus))
        print(corpus, json.dumps(result))


if __name__ == "__main__":
    main()
