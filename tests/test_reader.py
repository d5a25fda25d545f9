"""What a reader meets, scored against the judgement set (scripts/score_reader.py): no figure may
fall below where it stands today. The issue's targets are the script's; the floors here are the
figures measured when they were last raised, so a change that costs readers fails."""

from __future__ import annotations

import functools
import importlib.util
import subprocess
import sys
from types import ModuleType

import pytest

from tests.support import ROOT

pytestmark = pytest.mark.slow

# figure → (real dumps, own posts): a floor for a share of good, a ceiling for a share of bad
# (The own set grew from 102 to 114 posts with the seventh blind batch, to 126 with the eighth,
# to 138 with the ninth and to 150 with the tenth: titles, term links and categories of the
# whole set stand lower than on the 102, related notes and mates higher. Of the 102, two
# categories changed: the seventh batch's
# labelled posts moved the centroids, ARIMA and Isolation Forest went from Machine Learning to
# Deep Learning. The eighth batch's ConvNeXt post links its mentions of ViT, Swin Transformer and
# CutMix to their notes, which its reader gave no topic in common with it: term links 0.928.
# The tenth batch (150 posts) moved the centroids again: Dockerfile, RAG and MCTS, each just
# under the threshold (0.49), fell back or went to Deep Learning (categories 0.933) until the
# taxonomy's dominance (a likeliest category twice the runner-up is sure enough): 0.978.)
FLOORS = {
    "titles acceptable": (0.90, 0.97),
    "tag filler": (0.06, 0.12),
    "subject among tags": (0.95, 0.98),
    "related notes on topic": (0.93, 0.85),
    "notes reaching a topic mate": (0.75, 0.93),
    "term links on topic": (1.0, 0.93),
    "unlabelled categories acceptable": (0.96, 0.97),
    "unlabelled Uncategorized": (0.0, 0.02),
}


@functools.cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_reader", ROOT / "scripts" / "score_reader.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, float | None]]:
    module = scorer()
    return {
        name: {figure: scores.share(figure) for figure in module.TARGETS}
        for name, (scores, _, _) in module.measure().items()
    }


@pytest.mark.parametrize("corpus", [0, 1], ids=["real dumps", "own posts"])
@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_no_reader_figure_falls(measured, corpus, figure):
    value = measured[["real dumps", "own posts"][corpus]][figure]
    limit = FLOORS[figure][corpus]
    assert value is not None
    if scorer().TARGETS[figure][0] == "<=":
        assert value <= limit, f"{figure}: {value} > {limit}"
    else:
        assert value >= limit, f"{figure}: {value} < {limit}"


def test_the_judgement_set_is_well_formed():
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "judgements" / "check_judgements.py")], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
