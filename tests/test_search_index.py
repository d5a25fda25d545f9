"""The search index counted at build time for our search worker (ingest/site/search_index.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ingest.site import search_index
from ingest.site.search import jieba_cuts_cached
from ingest.site.search_index import TEXTS_PER_FILE, index_documents, search_files
from tests.support import ROOT

SEPARATOR = re.search(r"separator: '(.*)'", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
CONFIG = {"lang": ["zh"], "separator": SEPARATOR}


def decoded(index: dict[str, Any]) -> dict[tuple[str, int], tuple[int, int, int]]:
    """Return {(word, page): (count in title, in tags, in text)} from the packed postings."""
    counts = {}
    flat, at = index["postings"], 0
    for word in index["words"]:
        page, pairs, at = 0, flat[at], at + 1
        for gap, code in zip(flat[at : at + 2 * pairs : 2], flat[at + 1 : at + 2 * pairs : 2], strict=True):
            page += gap
            counts[(word, page)] = (code // 65536, code // 256 % 256, code % 256)
        at += 2 * pairs
    assert at == len(flat), "nothing after the last word's postings"
    return counts


def test_words_are_counted_per_field_lower_case_without_punctuation() -> None:
    docs = [
        {
            "location": "notes/a/",
            "title": "时序差分\u200b方法",
            "text": "<p>时序差分\u200b，\u200bTD\u200b方法</p> (Softmax)",
            "tags": ["TD"],
        },
        {"location": "notes/a/#part", "title": "SegmentAnything", "text": "⟨代码⟩ C++ and C#."},
    ]
    index = index_documents({"config": CONFIG, "docs": docs})
    counts = decoded(index)
    assert counts[("时序差分", 0)] == (1, 0, 1)
    assert counts[("td", 0)] == (0, 1, 1)
    assert counts[("方法", 0)] == (1, 0, 1)
    assert counts[("softmax", 0)] == (0, 0, 1)
    assert counts[("segment", 1)] == counts[("anything", 1)] == (1, 0, 0)  # camelCase is two words
    assert counts[("代码", 1)] == counts[("c++", 1)] == counts[("c#", 1)] == (0, 0, 1)
    assert "，" not in index["words"] and "p" not in index["words"], "punctuation and tags are not words"
    assert index["docs"][0]["title"] == "时序差分方法", "zero-width spaces are dropped from what is shown"
    assert [d["location"] for d in index["docs"]] == ["notes/a/", "notes/a/#part"]
    assert index["config"] == CONFIG


def test_formulas_are_shown_as_an_ellipsis_and_not_indexed() -> None:
    """A formula's LaTeX source (arithmatex's \\(…\\), \\[…\\]) is neither shown in a teaser nor
    searched; code that looks like one stays as written."""
    docs = [
        {
            "location": "notes/a/",
            "title": r"损失 \(L(\theta)\)",
            "text": r"<p>公式如下 \[\boxed{?}\] 不过\(\boxed{?}\)其中 \(\frac{1}{n}\)</p><code>find('\(')</code>",
        }
    ]
    index = index_documents({"config": CONFIG, "docs": docs})
    assert index["docs"][0]["title"] == "损失 ⋯"
    assert index["docs"][0]["text"] == r"<p>公式如下 ⋯ 不过⋯其中 ⋯</p><code>find('\(')</code>"
    assert not {"boxed", "frac", "theta", "⋯", "不过⋯", "?"} & set(index["words"]), index["words"]
    assert {"不过", "其中"} <= set(index["words"])


def read_varints(data: bytes) -> list[int]:
    """Return the numbers of a LEB128 stream."""
    numbers, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 127) << shift
        shift += 7
        if not byte & 128:
            numbers.append(value)
            value, shift = 0, 0
    return numbers


@given(st.lists(st.text(max_size=40), max_size=3 * TEXTS_PER_FILE), st.integers(0, 2**32 - 1))
def test_search_files_hold_the_index(texts: list[str], big: int) -> None:
    """The worker's files: entries without text, the texts TEXTS_PER_FILE a file in page order,
    and postings.bin as the build's number and, per word, the page count and packed postings."""
    docs = [{"location": f"p{i}/", "title": f"t{i}", "text": text} for i, text in enumerate(texts)]
    index = index_documents({"config": CONFIG, "docs": docs})
    files = search_files({"config": CONFIG, "docs": docs})
    documents = json.loads(files["documents.json"])
    assert documents["docs"] == [{k: v for k, v in d.items() if k != "text"} for d in index["docs"]]
    assert documents["words"] == index["words"]
    shards = sorted((n for n in files if n.startswith("texts/")), key=lambda n: int(n[6:-5]))
    assert [t for n in shards for t in json.loads(files[n])] == [d["text"] for d in index["docs"]]
    assert files["postings.bin"][:4] == documents["version"].to_bytes(4, "little")
    assert read_varints(files["postings.bin"][4:]) == index["postings"]
    assert read_varints(search_index.varints([big, 0, 127, 128])) == [big, 0, 127, 128]


WORDS = st.sampled_from(["时序差分", "蒙特卡洛", "Transformer", "IoU", "softmax", "的", "x"])


@given(st.lists(st.tuples(st.lists(WORDS, max_size=4), st.lists(WORDS, max_size=30)), max_size=12))
def test_postings_hold_every_word_of_every_page(pages: list[tuple[list[str], list[str]]]) -> None:
    docs = [
        {"location": f"p{i}/", "title": "\u200b".join(t), "text": "\u200b".join(x)} for i, (t, x) in enumerate(pages)
    ]
    counts = decoded(index_documents({"config": CONFIG, "docs": docs}))
    expected = {}
    for page, (title, text) in enumerate(pages):
        in_title, in_text = Counter(w.lower() for w in title), Counter(w.lower() for w in text)
        for word in in_title | in_text:
            expected[(word, page)] = (in_title[word], 0, in_text[word])
    assert counts == expected


def test_search_plugin_cuts_each_run_once_per_build_and_jieba_is_restored(monkeypatch: Any) -> None:
    """The plugin caches jieba's cut for the search plugin within a build (ingest/site/search.py)."""
    import jieba

    calls: list[object] = []
    fake = lambda run: calls.append(run) or ["时序", "差分"]  # noqa: E731
    monkeypatch.setattr(jieba, "cut", fake)
    with jieba_cuts_cached():
        assert [tuple(jieba.cut("时序差分".encode())) for _ in range(3)] == [("时序", "差分")] * 3
        assert len(calls) == 1
    assert jieba.cut is fake, "the patch is undone when the build ends"
    with jieba_cuts_cached():  # a new build may have a new dictionary
        jieba.cut("时序差分".encode())
    assert len(calls) == 2
