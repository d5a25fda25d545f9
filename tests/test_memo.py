"""The memo: a run redoes only the work whose inputs changed, and its output is the same as without it."""

from __future__ import annotations

import shutil
from dataclasses import fields, replace

import pytest

import ingest.links.mentions
import ingest.pipeline
import ingest.render
from ingest.cache.memo import Memo, MemoKind, digest
from ingest.paths import STATE_NAME
from ingest.pipeline import run_ingest
from ingest.records import CategorySource, MathCount, Note, Revision, Source, TermLink
from ingest.render.note import as_neighbour, note_page, page_inputs
from tests.support import ROOT, tree

HELD = "004_ce50514d46093955.txt"


def count_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_memo_redoes_only_changed_work_and_gives_the_same_notes(tmp_path, monkeypatch):
    dumps = tmp_path / "dumps"
    shutil.copytree(ROOT / "dumps", dumps, ignore=shutil.ignore_patterns(".*", HELD))
    first = run_ingest(dumps, tmp_path / "docs")
    merges = count_calls(monkeypatch, ingest.pipeline, "merge_copies")
    pages = count_calls(monkeypatch, ingest.render, "note_page")
    term_links = count_calls(monkeypatch, ingest.links.mentions, "_term_links")
    run_ingest(dumps, tmp_path / "docs")
    assert merges == [] and pages == [] and term_links == []

    shutil.copy(ROOT / "dumps" / HELD, dumps / HELD)
    edited = dumps / "002_7266398eab073045.txt"
    edited.write_text(edited.read_text("utf-8").replace("摘掉Softmax", "去掉Softmax"), "utf-8")
    summary = run_ingest(dumps, tmp_path / "docs")
    assert 0 < len(merges) < len(summary.notes)
    assert 0 < len(pages) < len(summary.notes)
    # The end of a long excerpt changed: the titles, hence the subjects, stay as they were.
    lines = edited.read_text("utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda n: len(lines[n]))
    lines[longest] += " 另见时序差分"
    edited.write_text("\n".join(lines), "utf-8")
    del term_links[:]
    summary = run_ingest(dumps, tmp_path / "docs")
    assert 0 < len(term_links) < len(summary.notes) / 4
    assert len(summary.notes) != len(first.notes) or summary.notes != first.notes

    (dumps / STATE_NAME).unlink()
    run_ingest(dumps, tmp_path / "docs-fresh")
    assert tree(tmp_path / "docs" / "notes") == tree(tmp_path / "docs-fresh" / "notes")


def test_memo_map_computes_each_missing_input_once_in_one_call():
    calls: list[list[str]] = []

    def upper(texts: list[str]) -> list[str]:
        calls.append(texts)
        return [t.upper() for t in texts]

    kind = MemoKind.FORM
    memo = Memo()
    assert memo.map(kind, ["a", "b", "a"], str.encode, upper) == ["A", "B", "A"]
    again = Memo(memo.used)
    assert again.map(kind, ["b", "c"], str.encode, upper) == ["B", "C"]
    assert calls == [["a", "b"], ["c"]]
    assert again.reused == {kind: 1} and set(again.used[kind]) == {b"b", b"c"}
    assert Memo(again.used).map(kind, ["c", "b"], str.encode, upper) == ["C", "B"]
    assert len(calls) == 2, "nothing missing: no call at all"


def test_digest_keeps_different_parts_apart():
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("1") != digest(1)
    assert digest(None) != digest("None")


NOTE = Note(
    id="n1",
    title="标题",
    slug="biao-ti",
    category="NLP",
    category_slug="nlp",
    category_source=CategorySource.DUMP,
    date="2024-01-01",
    text="正文 $x$ [Math]",
    sources=(Source("001_a.txt", 3),),
    math=MathCount(1, 0),
    tags=("正文",),
    related=("n2",),
    links_to=("n2",),
    linked_from=("n2",),
    term_links=(TermLink(0, 2, "n2"),),
    revisions=(Revision("001_a.txt", "2024-01-01T00:00:00Z", "正文 $x$ [Math]"),),
)
OTHER = replace(NOTE, id="n2", title="其他", slug="qi-ta", related=("n1",), links_to=(), linked_from=("n1",))
# What a note page does not show: its inputs may change without the page changing.
# In the catalog, not on the page: the subject shows through the title and the term links.
NOT_SHOWN = {
    "category_source", "confidence", "categories_seen", "dates_seen", "tokens",
    "subject", "aliases", "title_source", "keyphrases", "last_seen",
}  # fmt: skip
CHANGED = {
    "id": "n9",
    "title": "新标题",
    "slug": "xin",
    "category": "Computer Vision",
    "category_slug": "computer-vision",
    "date": "2024-02-02",
    "text": "正文改了",
    "sources": (Source("002_b.txt", 3),),
    "math": MathCount(1, 1),
    "tags": ("别的",),
    "related": (),
    "links_to": (),
    "linked_from": (),
    "term_links": (TermLink(1, 2, "n2"),),
    "revisions": (
        Revision("001_a.txt", "2024-01-01T00:00:00Z", "正文"),
        Revision("002_b.txt", "2024-01-02T00:00:00Z", "正"),
    ),
}


@pytest.mark.parametrize("name", sorted(f.name for f in fields(Note) if f.name not in NOT_SHOWN))
def test_page_inputs_change_with_every_field_a_page_shows(name):
    neighbours = as_neighbour({"n1": NOTE, "n2": OTHER})
    before = page_inputs(NOTE, neighbours, "NLP")
    assert page_inputs(replace(NOTE, **{name: CHANGED[name]}), neighbours, "NLP") != before


def test_page_inputs_change_with_the_label_of_the_category():
    neighbours = as_neighbour({"n1": NOTE, "n2": OTHER})
    assert page_inputs(NOTE, neighbours, "自然语言处理 (NLP)") != page_inputs(NOTE, neighbours, "NLP")


@pytest.mark.parametrize("name", ["title", "category", "category_slug", "slug", "related", "links_to"])
def test_page_inputs_change_with_what_the_page_shows_of_a_neighbour(name):
    before = page_inputs(NOTE, as_neighbour({"n1": NOTE, "n2": OTHER}), "NLP")
    changed = replace(OTHER, **{name: ("n3",) if name in ("related", "links_to") else "x"})
    assert page_inputs(NOTE, as_neighbour({"n1": NOTE, "n2": changed}), "NLP") != before


@pytest.mark.parametrize("name", sorted(NOT_SHOWN))
def test_a_field_left_out_of_page_inputs_is_not_on_the_page(name):
    value = {"category_source": CategorySource.INFERRED, "confidence": 0.5}.get(name, ("x",))
    notes = {"n1": NOTE, "n2": OTHER}
    assert note_page(replace(NOTE, **{name: value}), notes, "NLP") == note_page(NOTE, notes, "NLP")


def test_a_run_with_nothing_changed_returns_the_last_summary_and_redoes_nothing(tmp_path, monkeypatch):
    dumps = tmp_path / "dumps"
    shutil.copytree(ROOT / "dumps", dumps, ignore=shutil.ignore_patterns(".*"))
    first = run_ingest(dumps, tmp_path / "docs")
    groupings = count_calls(monkeypatch, ingest.pipeline, "group_copies")
    again = run_ingest(dumps, tmp_path / "docs")
    assert groupings == [] and again == first

    # Each input the run reads, or a note file it wrote, changed: the run is done again.
    changes = [
        lambda: (dumps / HELD).write_bytes((dumps / HELD).read_bytes() + "新的一行摘录,讲的是别的事情...\n".encode()),
        lambda: (tmp_path / "categories.yml").write_text("threshold: 0.9\n", encoding="utf-8"),
        lambda: next((tmp_path / "docs" / "notes" / "nlp").glob("*.md")).unlink(),
        lambda: (tmp_path / "slugs.json").write_text('{"notes": {}, "merged": {}}\n', encoding="utf-8"),
    ]
    for number, change in enumerate(changes, start=1):
        change()
        run_ingest(dumps, tmp_path / "docs")
        assert len(groupings) == number, f"change {number} was not noticed"
    assert run_ingest(dumps, tmp_path / "docs-elsewhere") is not None and len(groupings) == len(changes) + 1


def test_a_note_page_changed_by_hand_is_written_again_and_the_others_are_kept(tmp_path, monkeypatch):
    """The store keeps no copy of the note pages: one the memo has seen is kept from the last
    run's files, so a run that finds those files changed renders every page again."""
    dumps, docs = tmp_path / "dumps", tmp_path / "docs"
    shutil.copytree(ROOT / "dumps", dumps, ignore=shutil.ignore_patterns(".*"))
    run_ingest(dumps, docs)
    written = tree(docs / "notes")
    page = next((docs / "notes" / "nlp").glob("*.md"))
    page.write_text("changed by hand\n", encoding="utf-8")
    pages = count_calls(monkeypatch, ingest.render, "note_page")
    summary = run_ingest(dumps, docs)
    assert tree(docs / "notes") == written and len(pages) == len(summary.notes)

    del pages[:]
    (dumps / HELD).write_bytes((dumps / HELD).read_bytes() + "新的一行摘录,讲的是别的事情...\n".encode())
    kept = {p: p.stat().st_mtime_ns for p in (docs / "notes").glob("*/*.md")}
    summary = run_ingest(dumps, docs)
    assert 0 < len(pages) < len(summary.notes), "the files as left: only the touched pages are rendered"
    unchanged = [p for p, mtime in kept.items() if p.exists() and p.stat().st_mtime_ns == mtime]
    assert len(unchanged) > len(summary.notes) / 2, "pages the memo has seen are the same files"
