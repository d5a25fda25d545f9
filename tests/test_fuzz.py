"""Run the parser's atheris fuzz target for a bounded time, seeded with the dump fixtures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.mark.slow
def test_parser_survives_fuzzing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in (HERE / "fixtures").glob("dump_*.txt"):
        shutil.copy(seed, corpus)
    result = subprocess.run(
        [sys.executable, str(HERE / "fuzz_parse.py"), "-max_total_time=20", "-rss_limit_mb=4096", str(corpus)],
        capture_output=True,
        text=True,
        cwd=HERE.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr
