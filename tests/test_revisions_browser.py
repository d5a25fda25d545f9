"""Revisions in the browser: a dump that revises a note puts it first on the recent-changes page,
its page shows the diff, and the feed tells subscribers with a new `updated`."""

from __future__ import annotations

from typing import Any

import feedparser
import pytest

from tests.conftest import REVISED_DUMP, open_tab
from tests.support import ARTIFACTS, Built, page_url, search_entries, serve


@pytest.mark.build
@pytest.mark.browser
def test_the_revised_note_leads_the_recent_changes_and_shows_its_diff(revised_site: Built, browser: Any) -> None:
    revised = next(n for n in revised_site.catalog()["notes"] if len(n["revisions"]) > 1)
    assert revised["revisions"][-1] == {"dump": REVISED_DUMP, "time": "2026-01-03T00:00:00Z"}
    with serve(revised_site.site) as base:
        for scheme in ("light", "dark"):
            tab = open_tab(browser, width=390, height=844, color_scheme=scheme)  # a phone
            page = tab.page
            page.goto(base + "notes/recent/", wait_until="networkidle")
            first = page.locator(".kb-recent li").first
            assert first.locator("a").inner_text() == revised["title"]
            assert "修订 (revised)" in first.inner_text() and "2026-01-03" in first.inner_text()
            first.locator("a").click()
            page.wait_for_url(base + page_url(revised["path"]))
            history = page.locator(".kb-revisions")
            history.scroll_into_view_if_needed()
            assert history.locator("del").all_inner_texts() == ["就很好"]
            assert history.locator("ins").all_inner_texts() == ["很容易"]
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, "the history fits a phone's width"
            page.screenshot(path=str(ARTIFACTS / f"revisions-{scheme}.png"), full_page=True)
            assert tab.problems() == [], tab.problems()
            page.context.close()
    indexed = " ".join(entry["text"] for entry in search_entries(revised_site.site))
    assert "修订历史" not in indexed and "首次收录" not in indexed and "就很好" not in indexed, "out of search"
    feed = feedparser.parse((revised_site.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries[0].title == revised["title"] and feed.entries[0].updated == "2026-01-03T00:00:00Z"
    assert feed.entries[0].summary.startswith("修订 (revised)")
    assert {e.updated for e in feed.entries[1:]} == {"2026-01-01T00:00:00Z"}
