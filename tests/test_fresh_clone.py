"""The README's commands work on a fresh clone (committed files only) in a fresh virtualenv."""

from __future__ import annotations

import subprocess

import pytest

from tests.support import ROOT


@pytest.mark.slow
@pytest.mark.build
def test_readme_commands_on_a_fresh_clone() -> None:
    result = subprocess.run(
        ["bash", "scripts/check_fresh_clone.sh"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "fresh clone: both README commands work" in result.stdout
