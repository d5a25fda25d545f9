"""Reproducible builds: the same dumps and config, built twice in two folders, give the same bytes."""

from __future__ import annotations

import pytest

from tests.support import make_project, run_kb, tree

pytestmark = [pytest.mark.build, pytest.mark.slow]
EPOCH = "1767225600"  # 2026-01-01 00:00 UTC


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path):
    trees = []
    for name in ("first", "second"):
        project = make_project(tmp_path / name, real_dumps=True)
        built = run_kb(project, "build", "--site", "site", env={"SOURCE_DATE_EPOCH": EPOCH})
        assert built.returncode == 0, built.stdout + built.stderr
        trees.append((tree(project / "docs" / "notes"), tree(project / "site")))
    (notes_a, site_a), (notes_b, site_b) = trees
    assert notes_a == notes_b
    assert sorted(site_a) == sorted(site_b)
    differ = [path for path in site_a if site_a[path] != site_b[path]]
    assert differ == []
    home = site_a["index.html"].decode()
    assert "2026-01-01 00:00 UTC" in home and "2026-01-01 00:00 UTC" in site_a["report/index.html"].decode()
    note = next(path for path in site_a if path.startswith("notes/computer-vision/") and path.count("/") == 3)
    assert "UTC" not in site_a[note].decode()  # no build time on a note's page
