"""The built site against two validators: axe-core (accessibility, in Chromium, every page type
in light and dark at a desktop and a phone width) and the Nu HTML Checker (every page's HTML);
and what they cannot see: our markers' contrast inside a role="img" and when hovered.

Both validators come from npm, pinned in package.json (scripts/setup.sh --test installs them, and
Java for the checker). Their counts are kept in tests/artifacts/validator-metrics.json."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from tests.conftest import Tab, open_tab
from tests.support import ARTIFACTS, ROOT, Built, page_url, record_metric

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
METRICS = ARTIFACTS / "validator-metrics.json"
SEARCH_QUERY = "时序差分"
SETTLED = "document.getAnimations().every(a => a.playState !== 'running')"  # no transition runs

# axe's findings in the theme's own markup, which the site does not write and cannot fix with a
# style: each is a rule and a CSS selector of the element it flags. (The theme's colours that fail
# contrast are fixed in kb.css instead, and its unnamed widgets are named by pages.py.)
THEME_AXE = {
    # The instant-navigation progress bar is a child of <body>, outside every landmark (it is an
    # empty bar while no page loads).
    ("region", ".md-progress"),
    # Each search result lists its page's tags in a <nav> of its own, none named.
    ("landmark-unique", ".md-search-result .md-tags"),
}
# The Nu HTML Checker's errors in the theme's own markup: the start of the message, and the
# markup it points at.
THEME_VNU = {
    # Material's drawer and search toggles are checkboxes with autocomplete="off", which keeps
    # Firefox from restoring their state on reload; HTML allows autocomplete on text-like inputs only.
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
    # The table of contents' title is a label for the __toc toggle, which the theme writes in the
    # navigation's entry of the page shown: a note page has none (the navigation lists categories).
    ("The value of the “for” attribute of the “label” element", 'for="__toc"'),
}


def page_types(built: Built) -> dict[str, str]:
    """Return a page of each type of the real site (with one note revised), by name: its URL path."""
    notes = built.catalog()["notes"]
    revised = next(n for n in notes if len(n["revisions"]) > 1)
    formulas = max(notes, key=lambda n: (n["math"]["placeholders"] > 0, len(n["links_to"]) > 0, len(n["linked_from"])))
    code = next(n for n in notes if "kb-missing-code" in built.note_text(n["path"]))
    tag = sorted(p.parent.name for p in (built.site / "notes" / "tags").glob("*/index.html"))[0]
    return {
        "home": "",
        "category": page_url(formulas["path"]).rsplit("/", 2)[0] + "/",
        "note with formulas": page_url(formulas["path"]),
        "note with code": page_url(code["path"]),
        "revised note": page_url(revised["path"]),
        "recent changes": "notes/recent/",
        "tag": f"notes/tags/{tag}/",
        "tags index": "notes/tags/",
        "graph": "notes/graph/",
        "report": "report/",
    }


def settle(tab: Tab) -> None:
    """Wait until the page's scripts have drawn what they draw (graphs, formulas)."""
    page = tab.page
    if page.locator("#kb-graph").count():
        page.wait_for_selector("#kb-graph[data-ready=true]", timeout=30_000)
    local = page.locator(".kb-local-graph")
    if local.count():
        local.first.scroll_into_view_if_needed()
        page.wait_for_selector(".kb-local-graph[data-ready=true]", timeout=30_000)
        page.evaluate("window.scrollTo(0, 0)")


def axe_violations(tab: Tab) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now; return its violations, one row per element."""
    page = tab.page
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "target": " ".join(map(str, n["target"])),
            "html": n["html"][:200],
            "why": n["failureSummary"][:300],
        }
        for v in result["violations"]
        for n in v["nodes"]
    ]


def ours(violation: dict[str, Any], page: Any) -> bool:
    """Whether a violation is in our markup, not among the theme's listed in THEME_AXE."""
    return not any(
        violation["rule"] == rule
        and page.evaluate("([t, s]) => document.querySelector(t)?.matches(s)", [violation["target"], selector])
        for rule, selector in THEME_AXE
    )


def open_page(tab: Tab, url: str, scheme: str) -> None:
    """Load a page, wait for what its scripts draw, and check the theme shows it in that scheme."""
    tab.page.goto(url, wait_until="networkidle")
    settle(tab)
    expected = "slate" if scheme == "dark" else "default"
    assert tab.page.evaluate("document.body.dataset.mdColorScheme") == expected


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_our_markup(
    browser: Any, revised_site: Built, revised_site_url: str, scheme: str, width: int
) -> None:
    assert AXE.is_file(), "run scripts/setup.sh --test (npm ci installs axe-core)"
    tab = open_tab(browser, width=width, height=900 if width > 600 else 844, color_scheme=scheme)
    every: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    try:
        for name, path in {**page_types(revised_site), "search open": ""}.items():
            open_page(tab, urljoin(revised_site_url, path), scheme)
            if name == "search open":
                open_search(tab, SEARCH_QUERY)
            violations = [{"page": name, **v} for v in axe_violations(tab)]
            every += violations
            found += [v for v in violations if ours(v, tab.page)]
    finally:
        tab.page.context.close()
    record_metric(METRICS, f"axe violations, {scheme}, {width}px, all", len(every))
    record_metric(METRICS, f"axe violations, {scheme}, {width}px, ours", len(found))
    summary = Counter(f"{v['rule']} on {v['page']}: {v['target']}" for v in found)
    assert not found, "\n".join(f"{n} x {line}" for line, n in summary.most_common()) + f"\nfirst: {found[0]}"
    assert tab.problems() == []


def open_search(tab: Tab, query: str) -> None:
    """Open the theme's search with a query and wait for its results."""
    page = tab.page
    if page.locator("label.md-header__button[for=__search]").is_visible():
        page.click("label.md-header__button[for=__search]")  # a phone's search button
    page.click("input.md-search__input")
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")  # the theme searches on a key event
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    # The teasers' texts come in a second answer; then the results settle (no transition runs).
    page.wait_for_load_state("networkidle")
    page.wait_for_function(SETTLED)


def vnu_errors(files: list[Path]) -> list[dict[str, Any]]:
    """Return the Nu HTML Checker's errors on the files (its warnings are left out)."""
    command = ["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", "--errors-only", "--exit-zero-always"]
    result = subprocess.run([*command, "--stdout", *map(str, files)], capture_output=True, text=True, check=True)
    return [m for m in json.loads(result.stdout)["messages"] if m["type"] != "info"]


def theirs(error: dict[str, Any]) -> bool:
    """Whether an error of the checker is in the theme's own markup (THEME_VNU)."""
    return any(error["message"].startswith(start) and part in error.get("extract", "") for start, part in THEME_VNU)


def test_nu_html_checker_finds_nothing_in_our_markup(revised_site: Built) -> None:
    assert VNU.is_file() and shutil.which("java"), "run scripts/setup.sh --test (npm ci, Java)"
    pages = sorted(revised_site.site.rglob("*.html"))
    errors = vnu_errors(pages)
    found = [e for e in errors if not theirs(e)]
    record_metric(METRICS, "Nu HTML Checker errors, all", len(errors))
    record_metric(METRICS, "Nu HTML Checker errors, ours", len(found))
    record_metric(METRICS, "Nu HTML Checker pages", len(pages))
    summary = Counter(e["message"] for e in found)
    assert not found, "\n".join(f"{n} x {message}" for message, n in summary.most_common()) + f"\nfirst: {found[0]}"


# The contrast of an element's text (or of another colour, as its text) on what is behind it
# (WCAG's formula), alpha composited.
CONTRAST = """(element, colour) => {
  const rgba = c => { const [r, g, b, a = 1] = c.match(/[\\d.]+/g).map(Number); return [r, g, b, a]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const layers = [];
  for (let e = element; e; e = e.parentElement) {
    const colour = rgba(getComputedStyle(e).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const back = layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]);
  const front = over(rgba(colour || getComputedStyle(element).color), back);
  const luminance = rgb => rgb.map(v => v / 255).map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [light, dark] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}"""
# Our markers: axe skips the boxed "?" (inside a role="img"), sees no hovered link and cannot
# read the graph's labels (drawn on a canvas).
MARKERS = {
    "note with formulas": [".kb-missing .katex-html", "a.kb-term", "a.kb-term:hover"],
    "note with code": [".kb-missing-code"],
    "revised note": [".kb-diff del", ".kb-diff ins"],
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_our_markers_reach_4_5_to_1_in_both_schemes(
    browser: Any, revised_site: Built, revised_site_url: str, scheme: str
) -> None:
    tab = open_tab(browser, color_scheme=scheme)
    try:
        for name, selectors in MARKERS.items():
            open_page(tab, urljoin(revised_site_url, page_types(revised_site)[name]), scheme)
            for selector in selectors:
                plain = selector.removesuffix(":hover")
                marker = tab.page.locator(f"article {plain}").first
                if plain != selector:
                    marker.hover()
                    tab.page.wait_for_function(SETTLED)  # the theme eases a link's colour
                contrast = marker.evaluate(CONTRAST)
                record_metric(METRICS, f"contrast of {selector}, {scheme}", round(contrast, 2))
                assert contrast >= 4.5, f"{selector} on {name} in {scheme}: {contrast:.2f}:1"
        open_page(tab, urljoin(revised_site_url, "notes/graph/"), scheme)
        label = tab.page.evaluate("kbGraph.renderer.getSetting('labelColor').color")
        contrast = tab.page.locator("#kb-graph").evaluate(CONTRAST, label)
        record_metric(METRICS, f"contrast of the graph's labels, {scheme}", round(contrast, 2))
        assert contrast >= 4.5, f"the graph's labels in {scheme}: {contrast:.2f}:1"
    finally:
        tab.page.context.close()
    assert tab.problems() == []
