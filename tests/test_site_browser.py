"""The site in headless Chromium, offline: clean loads, Chinese search, KaTeX, instant navigation."""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Any
from urllib.parse import urljoin, urlparse

import pytest

from tests.conftest import Tab, open_tab
from tests.support import ARTIFACTS, Built, page_url, search_entries

RAW_MATH = ("[Math]", "[公式]", "[Formula]", "$", "\\(", "\\[")
SEARCHES = ["空洞卷积", "人脸识别", "蒙特卡洛", "时序差分", "线性Attention", "Segment Anything"]
# The visible text of the article, without KaTeX's MathML copy (screen readers only).
ARTICLE_TEXT = """() => {
  const article = document.querySelector("article").cloneNode(true);
  article.querySelectorAll(".katex-mathml").forEach(e => e.remove());
  return article.innerText;
}"""


# Whether the theme's bundle was requested only after the first contentful paint.
THEME_STARTED_AFTER_PAINT = """() => {
  const [paint] = performance.getEntriesByName("first-contentful-paint");
  const bundle = performance.getEntriesByType("resource").find(e => /\\/bundle\\.[^/]*\\.js$/.test(e.name));
  return Boolean(paint && bundle && bundle.startTime >= paint.startTime);
}"""
# The layout shifts of the page as it loads (not those after input), summed: no less than
# Lighthouse's CLS, which sums them only in windows of five seconds.
LAYOUT_SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  document.fonts.ready.then(() => setTimeout(() => resolve(total), 500));
})"""


def goto(tab: Tab, url: str) -> None:
    tab.page.goto(url, wait_until="networkidle")


def math_note(built: Built) -> dict[str, Any]:
    """Return the catalog entry of the note with the most formulas."""
    return max(built.catalog()["notes"], key=lambda n: n["math"]["placeholders"])


def category_url(note: dict[str, Any]) -> str:
    return page_url(note["path"]).rsplit("/", 2)[0] + "/"


def assert_math_rendered(tab: Tab, expected: int | None = None) -> int:
    """Every formula of the article rendered by KaTeX, none in error; return how many."""
    page = tab.page
    page.wait_for_selector("article .arithmatex .katex", timeout=5000)
    formulas = page.locator("article .arithmatex").count()
    rendered = page.locator("article .arithmatex .katex").count()
    assert formulas == rendered > 0, (formulas, rendered)
    assert page.locator("article .katex-error").count() == 0
    if expected is not None:
        assert rendered == expected
    text = page.evaluate(ARTICLE_TEXT)
    raw = [mark for mark in RAW_MATH if mark in text]
    assert raw == [], f"raw math left in the visible text: {raw}"
    return rendered


def test_home_loads_without_errors(tab: Tab, site_url: str) -> None:
    goto(tab, site_url)
    assert tab.page.title().endswith("机器学习知识库")
    assert tab.page.locator("article h1").inner_text() == "机器学习知识库"
    assert tab.page.locator(".md-nav__item").count() >= 3
    decoration = tab.page.eval_on_selector("article li a", "a => getComputedStyle(a).textDecorationLine")
    assert decoration == "underline", "links in running text are not told apart by colour alone"
    assert tab.page.evaluate("typeof katex") == "undefined", "formulas are drawn at build time: no KaTeX script"
    assert tab.page.evaluate(THEME_STARTED_AFTER_PAINT), "the theme's bundle is fetched after the first paint"
    assert tab.problems() == []


def test_pages_of_every_kind_load_without_errors(browser: Any, built_site: Built, site_url: str) -> None:
    """Every page but the notes, and eight notes spread over the catalog (the math note too)."""
    notes = sorted(page_url(n["path"]) for n in built_site.catalog()["notes"])
    pages = sorted(
        p.relative_to(built_site.site).parent.as_posix().removeprefix(".") + "/"
        for p in built_site.site.rglob("index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]  # an old URL's redirect
    )
    pages = [p.removeprefix("/") for p in pages if p.removeprefix("/") not in notes]
    sample = {notes[i * len(notes) // 8] for i in range(8)} | {page_url(math_note(built_site)["path"])}
    tab = open_tab(browser)
    for path in [*pages, *sorted(sample), "404.html"]:
        tab.page.goto(urljoin(site_url, path), wait_until="load")  # the page's own scripts have run
    tab.page.wait_for_load_state("networkidle")
    tab.page.context.close()
    # Leaving a page cancels what it was still fetching (the search worker's files): not an error.
    problems = [p for p in tab.problems() if not p.endswith("(net::ERR_ABORTED)")]
    assert problems == []


def expected_notes(built: Built, term: str) -> list[str]:
    """Return the URL paths of the notes a search for term should find: the notes with the
    term in their title or, when no title has it, the notes that mention it most."""
    notes = built.catalog()["notes"]
    titled = [n["path"] for n in notes if term.casefold() in n["title"].casefold()]
    if titled:
        return [page_url(p) for p in titled]
    counts = {n["path"]: built.note_text(n["path"]).casefold().count(term.casefold()) for n in notes}
    most = max(counts.values())
    assert most > 0, f"no note mentions {term}"
    return [page_url(p) for p, count in counts.items() if count == most]


def search(tab: Tab, query: str) -> list[str]:
    """Type a query into Material's search box; return the URL paths of the results, in order."""
    page = tab.page
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")
    none = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']"
    )
    page.wait_for_function(  # results, or the theme's "no results" line
        """none => document.querySelector(".md-search-result__item")
             || document.querySelector(".md-search-result__meta").textContent.trim() === none""",
        arg=none,
        timeout=10_000,
    )
    base = urlparse(page.url).path
    previous: list[str] | None = None
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # results settle once the last keystroke is searched
        links = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
        current = [urlparse(link).path.removeprefix(base) for link in links]
        if current == previous:
            return current
        previous = current
        page.wait_for_timeout(250)
    return previous or []


@pytest.mark.parametrize("query", SEARCHES)
def test_search_finds_the_note(tab: Tab, built_site: Built, site_url: str, query: str) -> None:
    expected = expected_notes(built_site, query)
    goto(tab, site_url)
    results = search(tab, query)
    assert set(expected) & set(results[:3]), f"{query}: expected one of {expected} in the first three of {results}"
    assert tab.problems() == []


def test_a_face_recognition_notes_softmax_does_not_lead_to_linear_attention(
    tab: Tab, built_site: Built, site_url: str
) -> None:
    notes = built_site.catalog()["notes"]
    linear = next(n for n in notes if "制约Attention性能的关键因素" in built_site.note_text(n["path"]))
    faces = [n for n in notes if all(word in built_site.note_text(n["path"]) for word in ("人脸", "Softmax"))]
    assert len(faces) >= 2
    for face in faces:
        url = urljoin(site_url, page_url(face["path"]))
        goto(tab, url)
        assert "Softmax" in tab.page.evaluate(ARTICLE_TEXT)
        links = tab.page.eval_on_selector_all("article a.kb-term", "els => els.map(e => [e.innerText, e.href])")
        assert urljoin(site_url, page_url(linear["path"])) not in [href for _, href in links], (face["title"], links)
        for _, href in links:  # the links it has lead to a page
            assert urlparse(href).path.startswith(urlparse(site_url).path)
    assert tab.problems() == []


def result_html(tab: Tab) -> list[str]:
    """Return the HTML of the search results shown."""
    return list(tab.page.eval_on_selector_all(".md-search-result__item", "els => els.map(e => e.innerHTML)"))


def test_search_runs_in_our_worker_and_marks_the_words_found(tab: Tab, built_site: Built, site_url: str) -> None:
    """The theme's page hands the query to our worker (docs/assets/javascripts/search-worker.js),
    which loads the index counted at build time; the theme's lunr worker is never fetched."""
    requested: list[str] = []
    tab.page.on("request", lambda r: requested.append(urlparse(r.url).path))
    goto(tab, site_url)
    search(tab, "时序差分 zzzz")
    assert any(p.endswith("/assets/javascripts/search-worker.js") for p in requested), requested
    assert any(p.endswith("/search/documents.json") for p in requested), requested
    assert any(p.endswith("/search/postings.bin") for p in requested), requested
    assert any("/search/texts/" in p for p in requested), "the teasers' texts are fetched"
    assert not any("/workers/search." in p for p in requested), requested
    first = result_html(tab)[0]
    assert "<mark>时序差分</mark>" in first
    assert "<del>zzzz</del>" in first, "a word no page has is shown as missing"
    assert tab.problems() == []


def test_search_excludes_and_requires_words(tab: Tab, built_site: Built, site_url: str) -> None:
    mention = {
        d["location"] for d in search_entries(built_site.site) if "蒙特卡洛" in json.dumps(d, ensure_ascii=False)
    }
    goto(tab, site_url)
    plain = set(search(tab, "时序差分"))
    assert plain & mention, "some notes on 时序差分 mention 蒙特卡洛"
    without = set(search(tab, "时序差分 -蒙特卡洛"))
    assert without and not without & mention
    both = set(search(tab, "+时序差分 +蒙特卡洛"))
    assert both and both <= mention
    assert tab.problems() == []


def test_search_suggests_the_word_being_typed(tab: Tab, built_site: Built, site_url: str) -> None:
    goto(tab, site_url)
    search(tab, "蒙特")
    tab.page.wait_for_function("() => document.querySelector('.md-search__suggest').textContent.length > 2")
    assert tab.page.inner_text(".md-search__suggest") == "蒙特卡洛"
    assert "<mark>蒙特卡洛</mark>" in result_html(tab)[0], "the whole word the prefix begins is marked"
    assert tab.problems() == []


# Words glossed in English in the text ("中的基座模型(Foundation …)"): ingest/terms.py must keep
# only the term ("基座模型"), not the function words before it, or jieba never indexes the term.
@pytest.mark.parametrize("query", ["基座模型", "基于价值"])
def test_search_finds_glossed_terms(tab: Tab, built_site: Built, site_url: str, query: str) -> None:
    test_search_finds_the_note(tab, built_site, site_url, query)


def test_note_with_placeholders_shows_katex(tab: Tab, built_site: Built, site_url: str) -> None:
    note = math_note(built_site)
    assert note["math"]["placeholders"] > 0, "the real dumps have formulas (as placeholders)"
    goto(tab, urljoin(site_url, page_url(note["path"])))
    assert assert_math_rendered(tab) >= note["math"]["placeholders"] - note["math"]["restored"]
    assert tab.page.locator("article .kb-missing").count() == note["math"]["placeholders"] - note["math"]["restored"]
    assert tab.problems() == []


@pytest.mark.parametrize("width", [1280, 390])
def test_note_with_formulas_does_not_shift(browser: Any, built_site: Built, site_url: str, width: int) -> None:
    """Formulas (here the markers of missing ones) are laid out before the first paint."""
    tab = open_tab(browser, width=width, height=900 if width > 600 else 844)
    try:
        goto(tab, urljoin(site_url, page_url(math_note(built_site)["path"])))
        assert_math_rendered(tab)
        shift = tab.page.evaluate(LAYOUT_SHIFT)
    finally:
        tab.page.context.close()
    assert shift < 0.1, f"layout shift {shift:.3f} at {width}px (Lighthouse: CLS under 0.1 is good)"
    assert tab.problems() == []


def test_stylesheets_load_once_without_cache_validators(browser: Any, built_site: Built, site_url: str) -> None:
    """The theme makes every relative href absolute as it starts: after the page's load, a
    stylesheet the cache cannot reuse (no Last-Modified, no ETag) would be fetched again, and
    the page shown unstyled meanwhile."""
    tab = open_tab(browser, width=390, height=844)

    def without_validators(route: Any) -> None:
        if urlparse(route.request.url).hostname != "127.0.0.1":
            route.fallback()  # to the tab's own route, which blocks it
            return
        response = route.fetch()
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("last-modified", "etag")}
        route.fulfill(response=response, headers=headers)

    tab.page.route("**/*", without_validators)
    requested: Counter[str] = Counter()
    tab.page.on("request", lambda r: requested.update([r.url]) if r.resource_type == "stylesheet" else None)
    try:
        for path in ("", page_url(math_note(built_site)["path"])):
            requested.clear()
            goto(tab, urljoin(site_url, path))
            tab.page.wait_for_function("typeof document$ !== 'undefined'")  # the theme has started
            assert requested and max(requested.values()) == 1, (path, requested)
    finally:
        tab.page.context.close()
    assert tab.problems() == []


def test_restored_latex_renders_with_katex(tab: Tab, math_site: Built, math_site_url: str) -> None:
    [note] = math_site.catalog()["notes"]
    assert note["math"] == {"placeholders": 5, "restored": 5}, "both copies make one note, every formula restored"
    goto(tab, urljoin(math_site_url, page_url(note["path"])))
    assert_math_rendered(tab, expected=5)
    page = tab.page
    assert page.locator("article .kb-missing").count() == 0
    assert page.locator("article .katex-display").count() == 1, "the $$…$$ formula is a display formula"
    sources = page.eval_on_selector_all(
        "article annotation[encoding='application/x-tex']", "els => els.map(e => e.textContent)"
    )
    assert sources == [
        "L(\\theta)=\\frac{1}{n}\\sum_i \\ell_i",
        "\\nabla_\\theta L",
        "\\theta_{t+1}=\\theta_t-\\eta\\nabla_\\theta L(\\theta_t)",
        "\\eta>0",
        "x^2",
    ]
    assert tab.problems() == []


def test_instant_navigation_keeps_math_rendered(tab: Tab, built_site: Built, site_url: str) -> None:
    page = tab.page
    note = math_note(built_site)
    category, target = urljoin(site_url, category_url(note)), urljoin(site_url, page_url(note["path"]))
    goto(tab, category)
    page.evaluate("window.kbSamePage = true")  # gone if a navigation reloads the page

    page.click(f"article a[href$='{page_url(note['path']).rsplit('/', 2)[1]}/']")
    page.wait_for_url(target)
    assert_math_rendered(tab)
    assert page.evaluate("window.kbSamePage === true"), "navigation.instant: no full page load"

    page.go_back()
    page.wait_for_url(category)
    page.wait_for_selector(f"article h1:has-text('{note['category']}')")
    page.go_forward()
    page.wait_for_url(target)
    assert_math_rendered(tab)

    page.click("article .kb-facts a")  # the note's link to its category
    page.wait_for_url(category)
    page.go_back()
    page.wait_for_url(target)
    assert_math_rendered(tab)
    assert page.evaluate("window.kbSamePage === true")
    assert tab.problems() == []


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots(browser: Any, built_site: Built, site_url: str, width: int) -> None:
    note = math_note(built_site)
    pages = {"home": "", "category": category_url(note), "note": page_url(note["path"])}
    tab = open_tab(browser, width=width, height=900 if width > 600 else 844)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    try:
        for name, path in pages.items():
            goto(tab, urljoin(site_url, path))
            shot = ARTIFACTS / f"{name}-{width}.png"
            tab.page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000
            overflow = tab.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
    finally:
        tab.page.context.close()
    assert tab.problems() == []
