"""Incremental site build: after one new dump, only changed pages are rebuilt, yet the site
(pages and search index) is the same as a full build's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import make_project, run_kb, search_entries

BUILD_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")
NEW_POST = (
    "引言 卷积神经网络中的空洞卷积可以在不增加参数的情况下扩大感受野,本文比较了不同扩张率在语义分割"
    "任务上的表现,并讨论网格效应以及混合扩张率的设计方法,最后给出在 Cityscapes 上的实验结果..."
)


def index_entries(site: Path) -> list[tuple[str, str, str]]:
    """Return the search index's entries, the home page's build time blanked."""
    return sorted((d["location"], d["title"], BUILD_TIME.sub("", d["text"])) for d in search_entries(site))


def html_pages(site: Path) -> dict[str, str]:
    """Return every HTML page of a site, build times blanked."""
    return {p.relative_to(site).as_posix(): BUILD_TIME.sub("", p.read_text("utf-8")) for p in site.rglob("*.html")}


def page_times(site: Path) -> dict[str, int]:
    pages = (site / "notes").glob("*/*/index.html")
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in pages if p.parts[-3] != "tags"}


@pytest.mark.build
def test_one_new_dump_rebuilds_changed_pages_and_keeps_the_index_complete(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    first = run_kb(project, "build", "--site", "site")
    assert first.returncode == 0 and "(every page)" in first.stdout, first.stdout + first.stderr
    before = page_times(project / "site")
    (project / "dumps" / "005_00000000000000ff.txt").write_text(NEW_POST + "\n", encoding="utf-8")
    second = run_kb(project, "build", "--site", "site")
    assert second.returncode == 0, second.stdout + second.stderr
    assert "(changed pages only)" in second.stdout
    after = page_times(project / "site")
    assert len(after) == len(before) + 1
    assert sum(after[p] == t for p, t in before.items()) > len(before) // 2, "most pages were not rebuilt"
    full = run_kb(project, "build", "--site", "site-full", "--full")
    assert full.returncode == 0 and "(every page)" in full.stdout
    assert index_entries(project / "site") == index_entries(project / "site-full")
    incremental, rebuilt = html_pages(project / "site"), html_pages(project / "site-full")
    assert sorted(incremental) == sorted(rebuilt)
    assert [page for page in rebuilt if incremental[page] != rebuilt[page]] == []
    hidden = [p.name for p in (project / "site").rglob(".*")]
    assert hidden == [".kb-build.json"], "the build's caches stay out of the published site"
    (project / "dumps" / "005_00000000000000ff.txt").unlink()
    third = run_kb(project, "build", "--site", "site")
    assert third.returncode == 0 and "(changed pages only)" in third.stdout
    assert sorted(page_times(project / "site")) == sorted(before)
    assert not any("空洞卷积可以在不增加参数" in text for _, _, text in index_entries(project / "site"))
