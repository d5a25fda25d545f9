"""Incremental site build: after one new dump, only changed pages are rebuilt, yet the site
(pages and search index) is the same as a full build's, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import make_project, real_excerpt, run_kb, search_entries, tree

SAME_DATE = {"SOURCE_DATE_EPOCH": "1767225600"}  # so the two builds' dated pages match byte for byte
NEW_POST = (
    "引言 卷积神经网络中的空洞卷积可以在不增加参数的情况下扩大感受野,本文比较了不同扩张率在语义分割"
    "任务上的表现,并讨论网格效应以及混合扩张率的设计方法,最后给出在 Cityscapes 上的实验结果..."
)


def index_texts(site: Path) -> list[str]:
    """Return the text of every search index entry."""
    return [d["text"] for d in search_entries(site)]


def page_times(site: Path) -> dict[str, int]:
    pages = (site / "notes").glob("*/*/index.html")
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in pages if p.parts[-3] != "tags"}


@pytest.mark.build
def test_one_new_dump_rebuilds_changed_pages_and_keeps_the_index_complete(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    first = run_kb(project, "build", "--site", "site", env=SAME_DATE)
    assert first.returncode == 0 and "(every page)" in first.stdout, first.stdout + first.stderr
    before = page_times(project / "site")
    (project / "dumps" / "005_00000000000000ff.txt").write_text(NEW_POST + "\n", encoding="utf-8")
    second = run_kb(project, "build", "--site", "site", env=SAME_DATE)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "(changed pages only)" in second.stdout
    after = page_times(project / "site")
    assert len(after) == len(before) + 1
    assert sum(after[p] == t for p, t in before.items()) > len(before) // 2, "most pages were not rebuilt"
    full = run_kb(project, "build", "--site", "site-full", "--full", env=SAME_DATE)
    assert full.returncode == 0 and "(every page)" in full.stdout
    incremental, rebuilt = tree(project / "site"), tree(project / "site-full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [path for path in rebuilt if incremental[path] != rebuilt[path]] == []
    hidden = [p.name for p in (project / "site").rglob(".*")]
    assert hidden == [".kb-build.json"], "the build's caches stay out of the published site"
    (project / "dumps" / "005_00000000000000ff.txt").unlink()
    third = run_kb(project, "build", "--site", "site")
    assert third.returncode == 0 and "(changed pages only)" in third.stdout
    assert sorted(page_times(project / "site")) == sorted(before)
    assert not any("空洞卷积可以在不增加参数" in text for text in index_texts(project / "site"))
    # The entries the next build completes the index from: where the CI workflow caches them.
    assert sorted(p.name for p in project.glob("*search-entries*")) == [
        ".site-full-search-entries.json",
        ".site-search-entries.json",
    ]
    (project / ".site-search-entries.json").unlink()
    fourth = run_kb(project, "build", "--site", "site")
    assert fourth.returncode == 0 and "(every page)" in fourth.stdout, "without them, the index is built whole"


def site_times(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


@pytest.mark.build
def test_a_dump_that_revises_one_note_rebuilds_that_note_and_the_recent_changes(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    first = run_kb(project, "build", "--site", "site", env=SAME_DATE)
    assert first.returncode == 0, first.stdout + first.stderr
    before = site_times(project / "site")
    original = real_excerpt(project / "dumps", "空洞卷积 Dilated")
    edited = original.replace("一个简单的例子", "一个简明的例子")  # past the opening the category page shows
    assert edited != original
    (project / "dumps" / "005_00000000000000aa.txt").write_text(f"Computer Vision\n{edited}\n", encoding="utf-8")
    second = run_kb(project, "build", "--site", "site", env={"SOURCE_DATE_EPOCH": "1767398400"})
    assert second.returncode == 0 and "(changed pages only)" in second.stdout, second.stdout + second.stderr
    rebuilt = sorted(page for page, mtime in site_times(project / "site").items() if before.get(page) != mtime)
    revised = "notes/computer-vision/kong-dong-juan-ji-dilated-atrous-convolution/index.html"
    # The home and report pages show the build's date and the dumps read; 404 is MkDocs' own.
    assert rebuilt == ["404.html", "index.html", revised, "notes/recent/index.html", "report/index.html"]
    feed = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    first_entry = feed[feed.index("<entry>") : feed.index("</entry>")]
    assert "kong-dong-juan-ji" in first_entry and "<updated>2026-01-03T00:00:00Z</updated>" in first_entry
