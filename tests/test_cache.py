"""What the store remembers between runs: each dump's parse (read again only when it changed, parsed
again when its bytes or the parser changed), and code versions that leave the site out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ingest.cache.versions as versions
from ingest.cache.dumps import parse_dumps
from ingest.cache.store import Store
from ingest.paths import STATE_NAME
from ingest.pipeline import parse_file, run_ingest
from ingest.read import list_dumps, read_bytes
from ingest.records import Dump, DumpFile, Excerpt
from tests.support import KB_ENV, ROOT, copy_real_dumps


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    return copy_real_dumps(tmp_path / "dumps")


def load(dumps: Path, parsed: list[str] | None = None, version: str = "v1") -> list[tuple[Dump, list[Excerpt]]]:
    """Return every dump's parse through the store, noting in `parsed` the dumps parsed anew."""

    def parse(file: DumpFile, data: bytes) -> tuple[Dump, list[Excerpt]]:
        if parsed is not None:
            parsed.append(file.name)
        return parse_file(file, data)

    files, _ = list_dumps(dumps)
    with Store.opened(dumps) as store:
        return parse_dumps(files, store, version, read_bytes, parse)


def sources(parsed: list[tuple[Dump, list[Excerpt]]]) -> list[tuple[str, int, str]]:
    return [(e.source.dump, e.source.line, e.text) for _, excerpts in parsed for e in excerpts]


def test_second_run_parses_no_dump_and_gives_the_same_excerpts(dumps: Path) -> None:
    first = load(dumps)
    parsed: list[str] = []
    second = load(dumps, parsed)
    assert parsed == []
    assert sources(second) == sources(first)
    assert [(d.name, d.status) for d, _ in second] == [(d.name, d.status) for d, _ in first]


def test_new_changed_and_removed_dumps(dumps: Path) -> None:
    load(dumps)
    (dumps / "005_00000000000000ff.txt").write_text(
        "全新的一篇摘录,讲的是贝叶斯优化的采集函数与高斯过程代理模型的选择...\n"
    )
    changed = dumps / "002_7266398eab073045.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("摘掉Softmax", "去掉Softmax"), encoding="utf-8")
    (dumps / "000_1a68312961a65402.txt").unlink()
    parsed: list[str] = []
    texts = sources(load(dumps, parsed))
    assert sorted(parsed) == ["002_7266398eab073045.txt", "005_00000000000000ff.txt"]
    assert not any(d == "000_1a68312961a65402.txt" for d, _, _ in texts)
    assert any(t.startswith("去掉Softmax") for d, _, t in texts if d == changed.name)
    assert any(d == "005_00000000000000ff.txt" for d, _, _ in texts)


def test_touched_but_unchanged_dump_is_not_parsed_again(dumps: Path) -> None:
    load(dumps)
    path = dumps / "001_155a5d45313a34e6.txt"
    path.write_bytes(path.read_bytes())
    parsed: list[str] = []
    load(dumps, parsed)
    assert parsed == []


def test_another_parser_version_parses_every_dump_again(dumps: Path) -> None:
    load(dumps)
    parsed: list[str] = []
    load(dumps, parsed, version="v2")
    assert len(parsed) == 5


def test_deleting_or_breaking_the_store_gives_the_same_notes(dumps: Path, tmp_path: Path) -> None:
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


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the ingest package that the code versions are computed from."""
    copy = tmp_path / "ingest"
    shutil.copytree(ROOT / "ingest", copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "PACKAGE", copy)
    yield copy
    for version in (versions.code_version, versions.parser_version):
        version.cache_clear()


def edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


def test_changing_the_site_package_leaves_the_ingest_code_version(package_copy: Path) -> None:
    before = (versions.code_version.__wrapped__(), versions.parser_version.__wrapped__())
    edit(package_copy / "site" / "plugin.py")
    edit(package_copy / "site" / "pages.py")
    assert (versions.code_version.__wrapped__(), versions.parser_version.__wrapped__()) == before
    edit(package_copy / "links" / "tags.py")
    assert versions.code_version.__wrapped__() != before[0]
    assert versions.parser_version.__wrapped__() == before[1], "the parse does not read the links"
    edit(package_copy / "parse.py")
    assert versions.parser_version.__wrapped__() != before[1]


def test_another_version_of_a_library_is_another_code_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens jieba cut are not reused after an upgrade."""
    from importlib import metadata

    before = versions.code_version.__wrapped__()
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "0.0" if name == "jieba" else real(name))
    assert versions.code_version.__wrapped__() != before
    monkeypatch.setattr(metadata, "version", real)
    assert versions.code_version.__wrapped__() == before


@pytest.mark.slow
def test_a_changed_parse_rule_gives_a_fresh_parse_with_the_store_kept(dumps: Path, tmp_path: Path) -> None:
    """The ingest as it runs: a copy of the package whose parser no longer knows one header line
    reads that line as an excerpt, although the store holds every dump's earlier parse."""
    code = tmp_path / "code"
    shutil.copytree(ROOT / "ingest", code / "ingest", ignore=shutil.ignore_patterns("__pycache__"))

    def ingest() -> str:
        command = [
            sys.executable,
            "-m",
            "ingest.cli",
            "ingest",
            "--dumps",
            str(dumps),
            "--docs",
            str(tmp_path / "docs"),
        ]
        env = {**KB_ENV, "PYTHONPATH": str(code)}
        result = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return (tmp_path / "docs" / "notes" / "catalog.json").read_text(encoding="utf-8")

    assert '"title": "LATEST UPDATES"' not in ingest()
    parse = code / "ingest" / "parse.py"
    parse.write_text(parse.read_text(encoding="utf-8").replace('"LATEST UPDATES"', '"LATEST NEWS"'), encoding="utf-8")
    assert (dumps / STATE_NAME).exists()
    assert '"title": "LATEST UPDATES"' in ingest()
