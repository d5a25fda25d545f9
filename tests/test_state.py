"""The state store: a second run parses only new or changed dumps, and gives the same output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ingest.state
from ingest.pipeline import run_ingest
from ingest.state import STATE_NAME, load_dumps

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "dumps", tmp_path / "dumps", ignore=shutil.ignore_patterns(".*"))
    return tmp_path / "dumps"


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = ingest.state.read_dump

    def spy(path, sequence, data=None):
        seen.append(path.name)
        return real(path, sequence, data)

    monkeypatch.setattr(ingest.state, "read_dump", spy)
    return seen


def sources(parsed) -> list[tuple[str, int, str]]:
    return [(e.source.dump, e.source.line, e.text) for excerpts in parsed for e in excerpts]


def test_second_run_reads_no_dump_and_gives_the_same_excerpts(dumps, monkeypatch):
    first = load_dumps(dumps)
    reads = count_reads(monkeypatch)
    second = load_dumps(dumps)
    assert reads == []
    assert sources(second[1]) == sources(first[1])
    assert [(d.name, d.status) for d in second[0]] == [(d.name, d.status) for d in first[0]]


def test_new_changed_and_removed_dumps(dumps, monkeypatch):
    load_dumps(dumps)
    reads = count_reads(monkeypatch)
    (dumps / "005_00000000000000ff.txt").write_text(
        "全新的一篇摘录,讲的是贝叶斯优化的采集函数与高斯过程代理模型的选择...\n"
    )
    changed = dumps / "002_7266398eab073045.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("摘掉Softmax", "去掉Softmax"), encoding="utf-8")
    (dumps / "000_1a68312961a65402.txt").unlink()
    _, parsed = load_dumps(dumps)
    assert sorted(reads) == ["002_7266398eab073045.txt", "005_00000000000000ff.txt"]
    texts = sources(parsed)
    assert not any(d == "000_1a68312961a65402.txt" for d, _, _ in texts)
    assert any(t.startswith("去掉Softmax") for d, _, t in texts if d == changed.name)
    assert any(d == "005_00000000000000ff.txt" for d, _, _ in texts)


def test_touched_but_unchanged_dump_is_not_parsed_again(dumps, monkeypatch):
    load_dumps(dumps)
    reads = count_reads(monkeypatch)
    path = dumps / "001_155a5d45313a34e6.txt"
    path.write_bytes(path.read_bytes())
    load_dumps(dumps)
    assert reads == []


def test_deleting_or_breaking_the_store_gives_the_same_notes(dumps, tmp_path):
    run_ingest(dumps, tmp_path / "docs-a")
    (dumps / STATE_NAME).unlink()
    run_ingest(dumps, tmp_path / "docs-b")
    (dumps / STATE_NAME).write_bytes(b"not a database")
    run_ingest(dumps, tmp_path / "docs-c")
    trees = [
        {p.relative_to(d).as_posix(): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}
        for d in (tmp_path / "docs-a" / "notes", tmp_path / "docs-b" / "notes", tmp_path / "docs-c" / "notes")
    ]
    assert trees[0] == trees[1] == trees[2]
