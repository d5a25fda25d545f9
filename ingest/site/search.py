"""Search: the theme's search plugin writes the index (Chinese cut by jieba with the corpus's
terms); this completes it across incremental builds and writes the files our worker reads."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import jieba

from ingest.site.incremental import published_dir
from ingest.site.search_index import search_files

# Material's search plugin hands only runs of Chinese characters to jieba, so a dictionary term
# that mixes scripts ("线性Attention") reaches the index cut in two ("线性\u200bAttention") and a
# search for it finds nothing. Such terms are joined again in the index, whole as in the text.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
MIXED_TERM = re.compile(f"(?=.*[{HAN}])(?=.*[A-Za-z0-9])")


@contextmanager
def jieba_cuts_cached() -> Iterator[None]:
    """Have jieba cut each distinct run once while the block runs (jieba.cut is restored after).

    Material's search plugin cuts every run of Chinese on every page with jieba (9 s of a 10,000-note
    build), and runs recur: a note's title opens its text, and scraped excerpts share sentences.
    jieba's cut depends only on the run and the dictionary, which stays the same during a build."""
    original = jieba.cut
    cuts: dict[Any, tuple[str, ...]] = {}

    def cut_once(sentence: Any, *args: Any, **kwargs: Any) -> tuple[str, ...]:
        key = (sentence, args, tuple(sorted(kwargs.items())))
        words = cuts.get(key)
        if words is None:
            words = cuts[key] = tuple(original(sentence, *args, **kwargs))
        return words

    jieba.cut = cut_once
    try:
        yield
    finally:
        jieba.cut = original


def mixed_terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Return a pattern of the mixed-script terms as the search plugin cuts them (a zero-width
    space may follow any character), standing alone, not inside a longer word."""
    mixed = sorted({t for t in terms if MIXED_TERM.match(t)}, key=len, reverse=True)
    if not mixed:
        return None
    forms = ["\u200b?".join(re.escape(c) for c in term) for term in mixed]
    edge = f"[{HAN}A-Za-z0-9]"
    return re.compile(f"(?<!{edge})(?:{'|'.join(forms)})(?!{edge})", re.IGNORECASE)


def join_mixed_terms(text: str, pattern: re.Pattern[str] | None) -> str:
    """Return the text with every mixed-script dictionary term whole again."""
    return pattern.sub(lambda m: m.group(0).replace("\u200b", ""), text) if pattern else text


def entries_cache(site: Path) -> Path:
    """Return where the last build's search entries are kept: beside the published site, not in
    it (20 MB at 10,000 notes), named after it even while `kb build` renders into its staging folder."""
    published = published_dir(site)
    return published.parent / f".{published.name}-search-entries.json"


def complete_entries(site: Path, docs: list[dict[str, Any]], pages: set[str], incremental: bool) -> list[Any]:
    """Return the full index: an incremental build indexes only the pages it rebuilt, so the
    entries of the others come from the previous build's cache (pages that are gone are dropped)."""
    cache = entries_cache(site)
    fresh: dict[str, list[dict[str, Any]]] = {}
    for entry in docs:
        fresh.setdefault(entry["location"].split("#")[0], []).append(entry)
    entries = json.loads(cache.read_text(encoding="utf-8")) if incremental and cache.exists() else {}
    entries = {page: rows for page, rows in entries.items() if page in pages}
    entries.update(fresh)
    cache.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    # In page order, whichever pages this build rendered, so a full and an incremental build of
    # the same notes give the same index, byte for byte.
    return [entry for page in sorted(entries) for entry in entries[page]]


def write_search_index(site: Path, pages: set[str], incremental: bool, terms: list[str]) -> None:
    """Complete the search plugin's index, join the mixed-script terms, and write the index our
    worker fetches to search/ (search_index.py), leaving only the settings in search_index.json,
    which the theme's page fetches and parses."""
    search = site / "search"
    index = search / "search_index.json"
    if not index.exists():
        return
    data = json.loads(index.read_text(encoding="utf-8"))
    data["docs"] = complete_entries(site, data.get("docs", []), pages, incremental)
    pattern = mixed_terms_pattern(terms)
    for doc in data["docs"]:
        for key in ("title", "text"):
            if isinstance(doc.get(key), str):
                doc[key] = join_mixed_terms(doc[key], pattern)
    files = search_files(data)
    for old in search.glob("texts/*.json"):  # a smaller corpus leaves fewer files
        if f"texts/{old.name}" not in files:
            old.unlink()
    (search / "texts").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (search / name).write_bytes(content)
    settings = {**data, "docs": []}
    index.write_text(json.dumps(settings, ensure_ascii=False), encoding="utf-8")
