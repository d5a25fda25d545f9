"""Read and parse stages, one fixture per dump variant."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.parse import parse_dump
from ingest.pipeline import run_ingest
from ingest.read import read_dumps, split_lines
from ingest.records import DumpStatus, Limits

FIXTURES = Path(__file__).parent / "fixtures"
A_START = "空洞卷积 Dilated/Atrous Convolution"
B_START = "引言与背景 蒙特卡洛方法"


def read_fixture(name: str, tmp_path: Path, sequence: int = 7):
    """Read one fixture as the dump `<sequence>_<hex>.txt` and parse it."""
    shutil.copy(FIXTURES / name, tmp_path / f"{sequence:03d}_00000000deadbeef.txt")
    [dump] = read_dumps(tmp_path)
    return dump, parse_dump(dump)


def texts(excerpts):
    return [e.text[:30] for e in excerpts]


def assert_two_excerpts(excerpts):
    assert [e.text.startswith(s) for e, s in zip(excerpts, (A_START, B_START), strict=True)] == [True, True]


def test_dump_with_header(tmp_path):
    dump, excerpts = read_fixture("dump_with_header.txt", tmp_path)
    assert dump.status == "ok"
    assert_two_excerpts(excerpts)
    assert (excerpts[0].category, excerpts[0].date) == ("Computer Vision", "2026-01-11")
    assert (excerpts[1].category, excerpts[1].date) == (None, None)
    assert [e.source.line for e in excerpts] == [6, 7]


def test_dump_without_header(tmp_path):
    _, excerpts = read_fixture("dump_without_header.txt", tmp_path)
    assert_two_excerpts(excerpts)
    assert excerpts[0].category == "Computer Vision"
    assert excerpts[0].source.line == 3


def test_dump_first_excerpt_without_pair(tmp_path):
    _, excerpts = read_fixture("dump_first_excerpt_without_pair.txt", tmp_path)
    assert excerpts[0].text.startswith(B_START) and excerpts[0].category is None
    assert excerpts[1].text.startswith(A_START) and excerpts[1].category == "Computer Vision"


def test_dump_with_pagination(tmp_path):
    _, excerpts = read_fixture("dump_with_pagination.txt", tmp_path)
    assert_two_excerpts(excerpts)


@pytest.mark.parametrize(
    "name",
    [
        "dump_with_crlf.txt",
        "dump_with_cr_only.txt",
        "dump_without_final_newline.txt",
        "dump_with_bom.txt",
        "dump_utf16.txt",
        "dump_gb18030.txt",
    ],
)
def test_dump_encodings_and_line_ends(name, tmp_path):
    dump, excerpts = read_fixture(name, tmp_path)
    assert dump.status == "ok"
    assert_two_excerpts(excerpts)
    assert [e.source.line for e in excerpts] == [4, 5]
    assert not any("\r" in e.text or "\ufeff" in e.text for e in excerpts)


def test_dump_with_crlf(tmp_path):
    _, excerpts = read_fixture("dump_with_crlf.txt", tmp_path)
    assert excerpts[1].text.endswith("...")


def test_dump_with_bad_byte(tmp_path):
    dump, excerpts = read_fixture("dump_with_bad_byte.txt", tmp_path)
    assert dump.status == "ok"
    assert excerpts[0].text.startswith(A_START)
    assert "\ufffd" in excerpts[1].text and "bad byte here" in excerpts[1].text
    assert B_START in excerpts[1].text


@pytest.mark.parametrize(
    ("name", "reason"),
    [("dump_binary.txt", "not text"), ("dump_with_nul_bytes.txt", "NUL"), ("dump_empty.txt", "empty")],
)
def test_dump_skipped_with_reason(name, reason, tmp_path):
    dump, excerpts = read_fixture(name, tmp_path)
    assert dump.status == "skipped" and reason in (dump.reason or "")
    assert excerpts == []


def test_dump_with_line_separator(tmp_path):
    _, excerpts = read_fixture("dump_with_line_separator.txt", tmp_path)
    assert len(excerpts) == 2, "U+2028 and U+0085 are not line ends"
    assert "\u2028" not in excerpts[0].text and "\u0085" not in excerpts[0].text


def test_split_lines_only_on_lf_crlf_cr():
    assert split_lines("a\r\nb\rc\nd\u2028e\x85f") == ["a", "b", "c", "d\u2028e\x85f"]


def test_dumps_read_in_numeric_order_and_others_ignored(tmp_path):
    for name in ("1000_aaaaaaaaaaaaaaaa.txt", "999_bbbbbbbbbbbbbbbb.txt", "002_cccccccccccccccc.txt"):
        shutil.copy(FIXTURES / "dump_with_header.txt", tmp_path / name)
    (tmp_path / "notes.md").write_text("not a dump")
    (tmp_path / "readme.txt").write_text("a text file without a sequence")
    dumps = read_dumps(tmp_path)
    ok = [d.name for d in dumps if d.status == "ok"]
    assert ok == ["002_cccccccccccccccc.txt", "999_bbbbbbbbbbbbbbbb.txt", "1000_aaaaaaaaaaaaaaaa.txt"]
    assert [d.name for d in dumps if d.status == "skipped"] == ["readme.txt"]


def test_real_dumps_parse_into_59_excerpts():
    dumps = read_dumps(Path(__file__).parent.parent / "dumps")
    excerpts = [e for d in dumps for e in parse_dump(d)]
    assert len(excerpts) == 59
    assert sum(1 for e in excerpts if e.category) == 9
    assert {e.category for e in excerpts if e.category} == {
        "Computer Vision",
        "NLP",
        "Generative Model",
        "Deep Learning",
    }


def test_dump_with_huge_lines(tmp_path):
    """A 1 MB line and a 20,000-bracket line pass every text stage intact (when the limit allows them)."""
    from ingest.group import group_copies
    from ingest.merge import merge_copies
    from ingest.opening import columns
    from ingest.render.note import excerpt_html
    from ingest.restore import restore_math
    from ingest.titles import title_for

    huge = "超长的一行 " + "深度学习的梯度下降与反向传播" * 70000
    brackets = "用例方括号 " + "[" * 20000
    (tmp_path / "001_00000000000000aa.txt").write_text(huge + "\n" + brackets + "\n", encoding="utf-8")
    [dump] = read_dumps(tmp_path, Limits(line_chars=2_000_000))
    excerpts = parse_dump(dump)
    assert [e.text for e in excerpts] == [huge, brackets]
    posts = group_copies(excerpts)
    assert len(posts) == 2
    for post in posts:
        merged = restore_math(merge_copies(post))
        assert merged.text in (huge, brackets)
        assert columns(title_for(merged.text)) <= 44
        assert merged.text[-100:] in excerpt_html(merged.text)


# The dumps folder is a boundary


def boundary_project(tmp_path: Path) -> Path:
    """Return a dumps folder with one good dump and, outside it, a secret file."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    shutil.copy(FIXTURES / "dump_with_header.txt", dumps / "001_00000000000000aa.txt")
    (tmp_path / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash 机密的内容不应发布\n" * 25, encoding="utf-8")
    return dumps


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(lambda d, s: (d / "002_00000000000000bb.txt").symlink_to(s), "symbolic link", id="link_outside"),
        pytest.param(
            lambda d, s: (d / "002_00000000000000bb.txt").symlink_to(d / "001_00000000000000aa.txt"),
            "symbolic link",
            id="link_inside",
        ),
        pytest.param(lambda d, s: os.mkfifo(d / "002_00000000000000bb.txt"), "FIFO", id="fifo"),
        pytest.param(lambda d, s: (d / "002_00000000000000bb.txt").mkdir(), "directory", id="directory"),
    ],
)
def test_only_regular_files_in_the_folder_are_read(tmp_path, make, reason):
    dumps = boundary_project(tmp_path)
    make(dumps, tmp_path / "secret.txt")
    summary = run_ingest(dumps, tmp_path / "docs")
    [refused] = summary.skipped
    assert refused.name == "002_00000000000000bb.txt" and reason in (refused.reason or "")
    assert len(summary.notes) == 2 and not any("机密" in n.text for n in summary.notes)
    report = (tmp_path / "docs" / "notes" / "report.md").read_text(encoding="utf-8")
    assert "002_00000000000000bb.txt" in report


def test_a_dump_over_the_size_limit_is_skipped_unread(tmp_path):
    dumps = boundary_project(tmp_path)
    shutil.copy(FIXTURES / "dump_with_header.txt", dumps / "002_00000000000000bb.txt")
    (dumps / "003_00000000000000cc.txt").write_text("引言 大的文件 " + "很长" * 400 + "\n", encoding="utf-8")
    summary = run_ingest(dumps, tmp_path / "docs", limits=Limits(dump_bytes=1500))
    assert [(d.name, d.status) for d in summary.skipped] == [("003_00000000000000cc.txt", DumpStatus.SKIPPED)]
    assert "size limit" in (summary.skipped[0].reason or "") and len(summary.read) == 2


def test_a_line_over_the_length_limit_is_left_out_and_the_rest_of_its_dump_kept(tmp_path):
    dumps = boundary_project(tmp_path)
    lines = (FIXTURES / "dump_with_header.txt").read_text(encoding="utf-8").splitlines()
    lines.insert(6, "base64 " + "QUJD" * 6000)
    (dumps / "001_00000000000000aa.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = run_ingest(dumps, tmp_path / "docs")
    [cut] = summary.partial
    assert cut.reason == "line 7 left out: over 20,000 characters"
    assert len(summary.notes) == 2 and not any("QUJD" in n.text for n in summary.notes)
    assert [n.sources[0].line for n in summary.notes] == [6, 8]  # the others keep their numbers
    assert any("line 7 left out" in line for line in summary.describe())
    report = (tmp_path / "docs" / "notes" / "report.md").read_text(encoding="utf-8")
    assert "line 7 left out" in report
    assert len(run_ingest(dumps, tmp_path / "docs", limits=Limits(line_chars=30_000)).notes) == 3
