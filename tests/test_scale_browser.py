"""Search at scale, in headless Chromium: on the site of a 1,000-dump corpus the first search
answers soon after the page loads (the benchmark measures the same at 10,000 dumps), and the
worker fetches the texts of the results it shows first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import (
    ARTIFACTS,
    build,
    first_search_ms,
    make_project,
    record_metric,
    search_entries,
    search_index_bytes,
    serve,
    synthetic_corpus,
)

pytestmark = [pytest.mark.build, pytest.mark.browser]


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site of a 1,000-dump synthetic corpus."""
    work = tmp_path_factory.mktemp("scale")
    synthetic_corpus(work / "corpus", dumps=1000, seed=4)
    project = make_project(work / "p")
    for dump in (work / "corpus" / "dumps").iterdir():
        (project / "dumps" / dump.name).write_bytes(dump.read_bytes())
    return build(project).site


def test_first_search_answers_soon_after_the_page_loads_at_1000_dumps(browser: Any, corpus_site: Path) -> None:
    notes = len(json.loads((corpus_site.parent / "docs" / "notes" / "catalog.json").read_text("utf-8"))["notes"])
    assert notes >= 900
    index = search_index_bytes(corpus_site)
    milliseconds = first_search_ms(browser, corpus_site, "时序差分")
    record_metric(ARTIFACTS / "scale-metrics.json", "first_search_ms_1000_dumps", round(milliseconds))
    record_metric(ARTIFACTS / "scale-metrics.json", "search_index_bytes_1000_dumps", index)
    # The target (1 s) is checked by scripts/bench.py; a timed test on a busy 2-core machine
    # would fail at random. This bound catches an index that cannot load, or a broken search.
    assert milliseconds < 10_000


ASK_WORKER = """async (query) => {
  const worker = new Worker(new URL("assets/javascripts/search-worker.js", location.href));
  const answers = [];
  await new Promise((resolve) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 1) worker.postMessage({ type: 2, data: query });
      if (data.type === 3) answers.push(data.data.items.map((group) => group.map((i) => [i.location, i.text])));
    };
    worker.postMessage({ type: 0, data: {} });
    setTimeout(resolve, 5000);
  });
  worker.terminate();
  return answers;
}"""


def test_search_answers_with_the_top_teasers_then_with_all(browser: Any, corpus_site: Path) -> None:
    """Our worker ranks without the pages' texts (texts/N.json, 32 pages a file): its first
    answer waits for the texts of the top 20 results only, its second has every teaser."""
    with serve(corpus_site) as base:
        page = browser.new_page()
        try:
            page.goto(base, wait_until="load")
            answers = page.evaluate(ASK_WORKER, "时序差分")
        finally:
            page.close()
    texts = {d["location"]: d["text"] for d in search_entries(corpus_site)}
    assert len(answers) == 2, "one answer with the top teasers, one with all"
    first, last = answers
    assert len(first) > 100, "the query finds pages in every file of texts"
    assert [[location for location, _ in group] for group in first] == [[loc for loc, _ in g] for g in last]
    shown = [(location, text) for group in first[:20] for location, text in group]
    assert all(text or not texts[location] for location, text in shown), "the top results have teasers"
    assert any(not text for group in first[20:] for _, text in group), "the rest waited for no text"
    assert all(text or not texts[location] for group in last for location, text in group)
