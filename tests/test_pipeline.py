"""The whole ingest on the real dumps: counts, provenance, golden notes, the command."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import main
from ingest.pipeline import IngestError, run_ingest
from tests.support import copy_real_dumps, run_kb, tree

GOLDEN = Path(__file__).parent / "golden" / "notes"
SEEN_AT = dt.datetime(2026, 1, 12, tzinfo=dt.UTC)  # when the golden run first saw the dumps


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch project holding a copy of the five real dumps."""
    copy_real_dumps(tmp_path / "dumps")
    return tmp_path


def test_real_dumps_make_41_notes_with_every_line_once(project):
    summary = run_ingest(project / "dumps", project / "docs")
    catalog = json.loads((project / "docs/notes/catalog.json").read_text(encoding="utf-8"))
    assert len(catalog["notes"]) == len(summary.notes) == 41
    sources = [(s["dump"], s["line"]) for n in catalog["notes"] for s in n["sources"]]
    assert len(sources) == len(set(sources)) == 59
    assert sum(d["excerpts"] for d in catalog["dumps"]) == 59
    labelled = [n for n in catalog["notes"] if n["category_source"] in ("dump", "copy")]
    assert len(labelled) == 9
    for note in catalog["notes"]:
        assert (project / "docs" / note["path"]).is_file()
        assert set(note) >= {"id", "title", "path", "category", "category_source", "date", "tags", "sources", "math"}


def test_golden_notes(project, request):
    run_ingest(project / "dumps", project / "docs", now=SEEN_AT)
    produced = tree(project / "docs" / "notes")
    if request.config.getoption("update_golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(project / "docs" / "notes", GOLDEN)
    golden = tree(GOLDEN)
    assert sorted(produced) == sorted(golden), "run pytest --update-golden after an intended change"
    for path, data in golden.items():
        assert produced[path] == data, f"{path} differs from the golden copy"


def test_same_input_gives_byte_identical_output_and_keeps_hand_written_pages(project):
    docs = project / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "guide" / "howto.md").write_text("# hand-written\n")
    run_ingest(project / "dumps", docs)
    first = tree(docs / "notes")
    (docs / "notes" / "nlp" / "stale-note.md").write_text("old")
    run_ingest(project / "dumps", docs)
    assert tree(docs / "notes") == first
    assert (docs / "guide" / "howto.md").read_text() == "# hand-written\n"


def test_slugs_never_change_once_given(project):
    run_ingest(project / "dumps", project / "docs")
    registry = json.loads((project / "slugs.json").read_text())["notes"]
    (project / "dumps" / "004_ce50514d46093955.txt").unlink()
    summary = run_ingest(project / "dumps", project / "docs")
    for note in summary.notes:
        if note.id in registry:
            assert note.slug == registry[note.id]["slug"]
    after = json.loads((project / "slugs.json").read_text())["notes"]
    assert all(after[i]["slug"] == entry["slug"] for i, entry in registry.items())


def test_missing_dumps_folder_is_an_error(tmp_path):
    with pytest.raises(IngestError, match="no dumps folder"):
        run_ingest(tmp_path / "nope", tmp_path / "docs")


def test_kb_ingest_prints_summary_and_exits_zero_with_skipped_dumps(project):
    (project / "dumps" / "005_ffffffffffffffff.txt").write_bytes(b"\x00\x01\x02" * 100)
    with contextlib.chdir(project):
        result = CliRunner().invoke(main, ["ingest"])
    assert result.exit_code == 0, result.output
    assert "dumps read: 5, skipped: 1" in result.output
    assert "notes: 41" in result.output
    assert "skipped 005_ffffffffffffffff.txt: not text" in result.output


def test_kb_ingest_without_dumps_fails_with_one_line(tmp_path):
    result = run_kb(tmp_path, "ingest", "--dumps", "missing")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no dumps folder" in result.stderr
