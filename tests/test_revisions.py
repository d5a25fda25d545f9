"""Revisions across scrapes: an edit becomes a revision with its diff, scraper noise does not,
dump times are kept, and the recent-changes page and the feed follow the changes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import feedparser
from hypothesis import given
from hypothesis import strategies as st

from ingest.pipeline import run_ingest
from ingest.records import CategorySource, MathCount, Note, Revision, Source, Summary
from ingest.render.feed import atom_feed
from ingest.render.recent import by_recency, recent_pages
from ingest.revisions import change_summary, changes
from tests.support import tree

FIRST = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 1, 9, 8, 0, tzinfo=dt.UTC)
POST = (
    "简介 空洞卷积 Dilated Convolution 是在标准卷积中注入空洞,以此来增加感受野的方法。相比原来的正常卷积,"
    "空洞卷积多了一个超参数称之为扩张率,指的是卷积核的间隔数量。它的核心在于不增加参数的情况下扩大感受野,"
    "因此在语义分割任务中被广泛使用,例如 DeepLab 系列模型,以及后来的很多目标检测网络都用到了这个结构。"
)
OTHER = (
    "概述 强化学习中的时序差分方法结合了蒙特卡洛方法和动态规划的思想,它可以直接从经验中学习而不需要环境模型,"
    "同时又像动态规划一样利用已有的估计来更新当前的估计,这种自举的思想是时序差分方法的核心所在,也是它高效的原因。"
)
EDITED = POST.replace("它的核心在于", "它的关键在于")


def dump(folder: Path, sequence: int, *texts: str) -> Path:
    """Write a dump holding these excerpts, each under a category and date line."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["INCOMING TRANSMISSION", "", "LATEST UPDATES"]
    for text in texts:
        lines += ["Computer Vision", "2026-01-01", text]
    path = folder / f"{sequence:03d}_{sequence:016x}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cut(text: str, length: int) -> str:
    """Return the text cut as the scraper cuts it."""
    return text[:length] + "..."


def ingest(project: Path, now: dt.datetime) -> dict[str, dict[str, object]]:
    """Ingest the project's dumps at `now`; return the catalog's notes by their opening."""
    run_ingest(project / "dumps", project / "docs", now=now)
    catalog = json.loads((project / "docs/notes/catalog.json").read_text(encoding="utf-8"))
    return {str(n["title"]): n for n in catalog["notes"]}


def only_note(project: Path, now: dt.datetime) -> dict[str, object]:
    notes = ingest(project, now)
    assert len(notes) == 1, list(notes)
    return next(iter(notes.values()))


def test_an_edit_in_a_later_dump_is_a_revision_with_its_diff(tmp_path):
    dump(tmp_path / "dumps", 0, POST)
    first = only_note(tmp_path, FIRST)
    assert [r["dump"] for r in first["revisions"]] == ["000_0000000000000000.txt"]  # type: ignore[index]
    dump(tmp_path / "dumps", 1, EDITED)
    note = only_note(tmp_path, LATER)
    assert note["first_seen"] == "2026-01-01T08:00:00Z" and note["last_seen"] == "2026-01-09T08:00:00Z"
    assert note["revisions"] == [
        {"dump": "000_0000000000000000.txt", "time": "2026-01-01T08:00:00Z"},
        {"dump": "001_0000000000000001.txt", "time": "2026-01-09T08:00:00Z"},
    ]
    page = (tmp_path / "docs" / str(note["path"])).read_text(encoding="utf-8")
    history = page[page.index("修订历史") :]
    assert "<del>核心</del><ins>关键</ins>" in history and "修订 1 处" in history
    assert '最后修订 (revised) <time datetime="2026-01-09T08:00:00Z">2026-01-09</time>' in page
    recent = (tmp_path / "docs/notes/recent/index.md").read_text(encoding="utf-8")
    assert "修订 (revised)" in recent and "[核心→关键]" in recent
    report = (tmp_path / "docs/notes/report.md").read_text(encoding="utf-8")
    assert "| 修订过的笔记 (revised notes) | 1 |" in report and "| 2026-01-01 – 2026-01-09 |" in report


def test_the_dump_times_are_kept_in_the_registry_across_runs(tmp_path):
    dump(tmp_path / "dumps", 0, POST)
    ingest(tmp_path, FIRST)
    dump(tmp_path / "dumps", 1, OTHER)
    notes = ingest(tmp_path, LATER)
    assert sorted(n["first_seen"] for n in notes.values()) == ["2026-01-01T08:00:00Z", "2026-01-09T08:00:00Z"]
    registry = json.loads((tmp_path / "slugs.json").read_text(encoding="utf-8"))
    assert registry["dumps"] == {
        "000_0000000000000000.txt": "2026-01-01T08:00:00Z",
        "001_0000000000000001.txt": "2026-01-09T08:00:00Z",
    }


NOISE = {
    "cut_shorter": cut(POST, 120),
    "cut_longer_then_shorter": cut(POST, 200),
    "full_width_punctuation": POST.replace(",", "，").replace("。", "．"),
    "spacing": POST.replace(" ", "").replace("卷积", "卷积 "),
}


def test_copies_differing_only_by_scraper_noise_are_one_revision(tmp_path):
    dump(tmp_path / "dumps", 0, cut(POST, 160))
    for sequence, text in enumerate(NOISE.values(), start=1):
        dump(tmp_path / "dumps", sequence, text)
    note = only_note(tmp_path, FIRST)
    assert len(note["revisions"]) == 1, note["revisions"]  # type: ignore[arg-type]


def test_a_formula_restored_from_a_latex_copy_is_no_revision(tmp_path):
    placeholder = POST.replace("扩张率,", "扩张率 [Math],")
    dump(tmp_path / "dumps", 0, placeholder)
    dump(tmp_path / "dumps", 1, POST.replace("扩张率,", "扩张率 $r$,"))
    dump(tmp_path / "dumps", 2, placeholder.replace(",", "，"))
    note = only_note(tmp_path, FIRST)
    assert len(note["revisions"]) == 1, note["revisions"]  # type: ignore[arg-type]


def test_an_edit_past_a_shorter_copy_shows_in_the_next_copy_that_reaches_it(tmp_path):
    late_edit = POST.replace("DeepLab", "DeepLabV3")
    dump(tmp_path / "dumps", 0, POST)
    dump(tmp_path / "dumps", 1, cut(late_edit, 100))  # edited, but cut before the edit
    dump(tmp_path / "dumps", 2, late_edit)
    note = only_note(tmp_path, FIRST)
    assert [r["dump"][:3] for r in note["revisions"]] == ["000", "002"]  # type: ignore[index]


def test_a_removed_then_readded_dump_changes_nothing(tmp_path):
    dumps = tmp_path / "dumps"
    dump(dumps, 0, POST, OTHER)
    middle = dump(dumps, 1, EDITED)
    dump(dumps, 2, EDITED, OTHER)
    ingest(tmp_path, FIRST)
    before = tree(tmp_path / "docs" / "notes")
    held = middle.read_bytes()
    middle.unlink()
    ingest(tmp_path, LATER)
    middle.write_bytes(held)
    ingest(tmp_path, LATER + dt.timedelta(days=3))
    assert tree(tmp_path / "docs" / "notes") == before


def test_the_recent_page_lists_what_changed_in_the_window_newest_first(tmp_path):
    dumps = tmp_path / "dumps"
    dump(dumps, 0, OTHER)
    ingest(tmp_path, FIRST - dt.timedelta(days=60))  # outside the 30 days before the newest dump
    dump(dumps, 1, POST)
    ingest(tmp_path, FIRST)
    dump(dumps, 2, EDITED)
    ingest(tmp_path, LATER)
    recent = (tmp_path / "docs/notes/recent/index.md").read_text(encoding="utf-8")
    items = re.findall(r"<li>(.*?)</li>", recent, re.S)
    assert len(items) == 1 and "修订 (revised)" in items[0] and "2026-01-09" in items[0]
    run_ingest(dumps, tmp_path / "docs", now=LATER, recent_days=90)
    recent = (tmp_path / "docs/notes/recent/index.md").read_text(encoding="utf-8")
    assert len(re.findall(r"<li>", recent)) == 2 and "新 (new)" in recent


def revised_note(i: int, times: list[str], date: str | None = None) -> Note:
    """A note whose text took one form per time in `times` (each in its own dump)."""
    texts = [POST.replace("核心", word) for word in ("核心", "关键", "要点", "重点")[: len(times)]]
    return Note(
        id=f"n{i:03d}", title=f"笔记 {i}", slug=f"note-{i}", category="NLP", category_slug="nlp",
        category_source=CategorySource.DUMP, date=date, text=texts[-1],
        sources=tuple(Source(f"{i:03d}_{n}.txt", 1) for n in range(len(times))), math=MathCount(),
        revisions=tuple(Revision(f"{i:03d}_{n}.txt", t, text) for n, (t, text) in enumerate(zip(times, texts, strict=True))),
    )  # fmt: skip


def test_the_feed_holds_the_latest_changes_with_stable_ids():
    notes = [revised_note(i, [f"2026-01-{1 + i % 20:02d}T00:00:00Z"], f"2025-12-{1 + i % 28:02d}") for i in range(70)]
    notes.append(revised_note(70, ["2025-11-01T00:00:00Z", "2026-02-01T00:00:00Z"]))
    changes = by_recency(Summary(dumps=(), excerpts_per_dump=(), notes=tuple(notes)))
    feed = feedparser.parse(atom_feed(changes, {"NLP": "NLP"}))
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) == 50 and len({e.id for e in feed.entries}) == 50
    revised = feed.entries[0]
    assert revised.title == "笔记 70" and revised.updated == "2026-02-01T00:00:00Z" and "published" not in revised
    assert revised.summary.startswith("修订 (revised): …") and "[核心→关键]" in revised.summary
    assert feed.feed.updated == "2026-02-01T00:00:00Z"
    rest = [e.updated for e in feed.entries[1:]]
    assert rest == sorted(rest, reverse=True)
    assert (
        feed.entries[1].title == "笔记 59" and feed.entries[1].published == "2025-12-04T00:00:00Z"
    )  # ties: newest first


def test_changes_show_what_was_removed_and_added_in_context():
    found = changes(POST, EDITED)
    assert len(found) == 1
    assert (found[0].removed, found[0].added) == ("核心", "关键")
    assert found[0].before.endswith("它的") and found[0].after.startswith("在于")
    assert change_summary(found).startswith("…") and "[核心→关键]" in change_summary(found)
    inserted = changes(POST, POST.replace("DeepLab 系列模型,", "DeepLab 系列模型及其变体,"))
    assert inserted[0].added == "及其变体" and "[+及其变体]" in change_summary(inserted)
    removed = changes(POST, POST.replace("因此在语义分割任务中被广泛使用", "因此在语义分割任务中使用"))
    assert removed[0].removed == "被广泛" and "[−被广泛]" in change_summary(removed)


SPACING = st.sampled_from([" ", "", "  "])


@given(st.lists(st.tuples(st.sampled_from(["卷积", "感受野", "Dilated", "率", "的"]), SPACING, st.booleans())))
def test_changes_ignore_punctuation_width_spacing_and_the_cut(parts):
    half = "".join(word + space + ("," if comma else "") for word, space, comma in parts)
    full = "".join(word + ("，" if comma else "") for word, _, comma in parts)
    assert changes(half, full) == ()
    assert changes(half, cut(full, len(full) // 2)) == ()


def test_the_recent_page_is_paginated_like_the_category_pages():
    notes = [revised_note(i, [f"2026-01-{1 + i % 20:02d}T00:00:00Z"]) for i in range(120)]
    pages = recent_pages(by_recency(Summary(dumps=(), excerpts_per_dump=(), notes=tuple(notes))), 30)
    assert sorted(pages) == ["notes/recent/index.md", "notes/recent/page-2.md", "notes/recent/page-3.md"]
    assert pages["notes/recent/page-3.md"].count("<li>") == 20 and "[1](index.md)" in pages["notes/recent/page-3.md"]
    assert 'href="../../nlp/note-' in pages["notes/recent/page-2.md"]
