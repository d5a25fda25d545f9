"""The cross-links in headless Chromium: the graph page, a note's links, a term link, the feed,
and how the graph copes with 10,000 notes."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import feedparser
import pytest
from playwright.sync_api import expect

from ingest.render.graph import EDGE_KINDS, RELATED_EDGE
from tests.conftest import Tab
from tests.support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, Built, page_url, record_metric

GRAPH = "notes/graph/"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A Chromium of this module's own, closed when its tests are done: a test module that
    starts Playwright itself can run after this one."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


METRICS = ARTIFACTS / "graph-metrics.json"


def record(name: str, value: object) -> None:
    """Print a measured figure and keep it in tests/artifacts/graph-metrics.json."""
    record_metric(METRICS, name, value)


def open_graph(tab: Tab, url: str) -> None:
    tab.page.goto(url, wait_until="networkidle")
    tab.page.wait_for_selector("#kb-graph[data-ready=true]", timeout=30_000)


def isolated_node(page: Any) -> dict[str, Any]:
    """Return the node farthest from any other on screen: its key, URL and viewport position."""
    return dict(
        page.evaluate(
            """() => {
      const {graph, renderer} = window.kbGraph;
      const points = graph.nodes().map(n => [n, renderer.graphToViewport(graph.getNodeAttributes(n))]);
      const box = renderer.getContainer().getBoundingClientRect();
      let best = null, gap = -1;
      for (const [node, p] of points) {
        if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) continue;
        let nearest = Infinity;
        for (const [other, q] of points) if (other !== node) nearest = Math.min(nearest, Math.hypot(p.x - q.x, p.y - q.y));
        if (nearest > gap) { gap = nearest; best = {node, x: box.x + p.x, y: box.y + p.y}; }
      }
      best.url = graph.getNodeAttribute(best.node, "url");
      return best;
    }"""
        )
    )


def test_graph_page_draws_every_note(tab: Tab, built_site: Built, site_url: str) -> None:
    open_graph(tab, site_url + GRAPH)
    page = tab.page
    assert page.locator("#kb-graph canvas").count() >= 2  # sigma's WebGL layers
    assert page.evaluate("!!document.querySelector('#kb-graph canvas').getContext") is True
    notes = built_site.catalog()["notes"]
    assert page.evaluate("kbGraph.graph.order") == len(notes)
    assert page.evaluate("kbGraph.graph.size") > len(notes)  # related notes and term links
    assert page.locator("#kb-graph-status").get_attribute("data-shown") == str(len(notes))
    assert tab.problems() == []


def test_clicking_a_node_opens_its_note(tab: Tab, built_site: Built, site_url: str) -> None:
    open_graph(tab, site_url + GRAPH)
    node = isolated_node(tab.page)
    tab.page.mouse.move(node["x"], node["y"])
    with tab.page.expect_navigation():
        tab.page.mouse.click(node["x"], node["y"])
    assert tab.page.url == node["url"]
    title = tab.page.locator("article h1").inner_text()
    assert title in {n["title"] for n in built_site.catalog()["notes"]}
    assert tab.problems() == []


def test_category_filter_and_search(tab: Tab, built_site: Built, site_url: str) -> None:
    open_graph(tab, site_url + GRAPH)
    page = tab.page
    notes = built_site.catalog()["notes"]
    option = page.locator("#kb-graph-category option").nth(1)
    name = option.get_attribute("value") or ""
    page.select_option("#kb-graph-category", value=name)
    categories = sorted({n["category"] for n in notes}, key=lambda c: (c == "Uncategorized", c))
    expected = sum(n["category"] == categories[int(name)] for n in notes)
    assert page.locator("#kb-graph-status").get_attribute("data-shown") == str(expected)
    page.select_option("#kb-graph-category", value="")
    page.fill("#kb-graph-search", "softmax")
    matching = sum("softmax" in n["title"].lower() for n in notes)
    assert matching > 0
    assert page.locator("#kb-graph-status").get_attribute("data-shown") == str(matching)


def test_the_graph_lists_its_notes_for_the_keyboard(tab: Tab, built_site: Built, site_url: str) -> None:
    """A canvas has nothing to focus: under it, a link to each note it shows, in the tab order
    after the controls, filtered as the graph is; a focused link highlights its node."""
    open_graph(tab, site_url + GRAPH)
    page = tab.page
    notes = built_site.catalog()["notes"]
    links = page.locator("#kb-graph-list a")
    assert links.count() == len(notes)
    hrefs = set(links.evaluate_all("els => els.map(e => e.href)"))
    assert hrefs == {urljoin(site_url, page_url(n["path"])) for n in notes}
    page.fill("#kb-graph-search", "softmax")
    shown = page.locator("#kb-graph-list li:not([hidden]) a").all_inner_texts()
    assert sorted(shown) == sorted(n["title"] for n in notes if "softmax" in n["title"].lower())
    page.fill("#kb-graph-search", "")
    page.focus("#kb-graph-category")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('#kb-graph-list') !== null")
    assert focused, "Tab from the controls reaches the list"
    node = page.evaluate("document.activeElement.dataset.node")
    assert page.evaluate("kbGraph.state.hovered") == node
    url = page.evaluate("node => kbGraph.graph.getNodeAttribute(node, 'url')", node)
    page.keyboard.press("Enter")
    page.wait_for_url(url)
    assert tab.problems() == []


def test_note_page_shows_related_notes_backlinks_and_local_graph(tab: Tab, built_site: Built, site_url: str) -> None:
    notes = built_site.catalog()["notes"]
    by_id = {n["id"]: n for n in notes}
    note = max(notes, key=lambda n: (len(n["linked_from"]) > 0, len(n["related"])))
    assert note["related"] and note["linked_from"]
    tab.page.goto(site_url + page_url(note["path"]), wait_until="networkidle")
    page = tab.page
    related = page.locator("h2:has-text('相关笔记') + ul li a").all_inner_texts()
    assert related == [by_id[i]["title"] for i in note["related"]]
    backlinks = page.locator("h2:has-text('被引用于') + ul li a").all_inner_texts()
    assert backlinks == [by_id[i]["title"] for i in note["linked_from"]][:50]
    page.locator(".kb-local-graph").first.scroll_into_view_if_needed()  # drawn when it comes into view
    page.wait_for_selector(".kb-local-graph[data-ready=true] canvas", timeout=10_000)
    expected = 1 + len(set(note["related"]) | set(note["links_to"]) | set(note["linked_from"]))
    assert page.evaluate("kbLocalGraphs[0].graph.order") == min(expected, 31)
    assert tab.problems() == []


def test_a_term_link_lands_on_the_note_it_names(tab: Tab, built_site: Built, site_url: str) -> None:
    notes = built_site.catalog()["notes"]
    by_id = {n["id"]: n for n in notes}
    note = next(n for n in notes if n["title"].startswith("时序差分"))
    target = by_id[note["links_to"][0]]
    tab.page.goto(site_url + page_url(note["path"]), wait_until="networkidle")
    link = tab.page.locator("article .kb-excerpt a.kb-term").first
    mention = link.inner_text()
    assert mention in tab.page.locator("article .kb-excerpt").inner_text()
    link.click()
    tab.page.wait_for_url(site_url + page_url(target["path"]))
    expect(tab.page.locator("article h1")).to_have_text(target["title"])
    assert mention.casefold() in target["title"].casefold()
    assert tab.problems() == []


def test_feed_is_linked_from_the_head_and_parses(tab: Tab, built_site: Built, site_url: str) -> None:
    tab.page.goto(site_url, wait_until="networkidle")
    href = tab.page.locator('head link[rel=alternate][type="application/atom+xml"]').get_attribute("href")
    assert href
    url = urljoin(site_url, href)
    body = tab.page.request.get(url).text()
    root = tab.page.request.get(urljoin(site_url, "feed.xml")).text()
    assert feedparser.parse(root).entries == feedparser.parse(body).entries, "feed.xml stays published"
    # The theme parses the sitemap beside each alternate link: beside the feed it holds the home page.
    assert tab.page.request.get(urljoin(url, "sitemap.xml")).text().count("<url>") == 1
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.bozo_exception
    notes = built_site.catalog()["notes"]
    assert len(feed.entries) == min(50, len(notes))
    paths = {page_url(n["path"]) for n in notes}
    for entry in feed.entries:
        assert entry.link.startswith("http"), entry.link  # absolute, from site_url
        assert entry.link.startswith(site_url) or entry.link.startswith("https://")
        assert "notes/" + entry.link.split("/notes/", 1)[1] in paths


def synthetic_graph(nodes: int, categories: int = 6, per_node: int = 5) -> dict[str, Any]:
    """A graph.json of `nodes` notes placed in category discs, with about per_node edges each."""
    rng = random.Random(7)
    rows, edges = [], set()
    for i in range(nodes):
        c = i % categories
        angle, radius = 2 * math.pi * c / categories, math.sqrt(nodes / categories)
        r, t = radius * math.sqrt(rng.random()), rng.random() * 2 * math.pi
        x = 3 * radius * math.cos(angle) + r * math.cos(t)
        y = 3 * radius * math.sin(angle) + r * math.sin(t)
        rows.append([f"笔记 {i}", f"n/{i}/", c, round(x, 3), round(y, 3), per_node])
    for i in range(nodes):
        for _ in range(per_node // 2 + 1):
            j = rng.randrange(nodes // categories) * categories + i % categories
            if j < nodes and j != i:
                edges.add((min(i, j), max(i, j)))
    return {
        "categories": [
            {"name": f"c{c}", "label": f"c{c}", "colour": f"hsl({60 * c},70%,45%)"} for c in range(categories)
        ],
        "nodes": rows,
        "edges": [[a, b, RELATED_EDGE] for a, b in sorted(edges)],
        "edge_kinds": EDGE_KINDS,
    }


# Main-thread cost of a redraw (sigma's render() after a camera change), and the time
# between presented frames while zooming (rasteriser included).
RENDER_TIMES = """async (frames) => {
  const {renderer} = kbGraph;
  const camera = renderer.getCamera();
  const work = [], presented = [];
  let last = performance.now();
  for (let i = 0; i < frames; i++) {
    camera.setState({ratio: camera.ratio * (i % 20 < 10 ? 0.93 : 1 / 0.93), angle: camera.angle + 0.01});
    const started = performance.now();
    renderer.render();
    work.push(performance.now() - started);
    await new Promise(r => requestAnimationFrame(r));
    const now = performance.now();
    presented.push(now - last);
    last = now;
  }
  const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {render: median(work), frame: median(presented)};
}"""


def test_graph_stays_responsive_with_10000_notes(tab: Tab, site_url: str) -> None:
    data = json.dumps(synthetic_graph(10_000))
    tab.page.route("**/notes/graph.json", lambda route: route.fulfill(body=data, content_type="application/json"))
    open_graph(tab, site_url + GRAPH)
    page = tab.page
    assert page.evaluate("kbGraph.graph.order") == 10_000
    draw_ms = page.evaluate("kbGraph.drawMs")
    times = page.evaluate(RENDER_TIMES, 10)
    search_ms = page.evaluate(
        """() => { const box = document.getElementById("kb-graph-search"); const t = performance.now();
        box.value = "笔记 12"; box.dispatchEvent(new Event("input")); return performance.now() - t; }"""
    )
    assert page.locator("#kb-graph-status").get_attribute("data-shown") == "111"  # 笔记 12, 120–129, 1200–1299
    renderer = page.evaluate(
        """() => { const gl = document.createElement("canvas").getContext("webgl2");
        const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
        return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown"; }"""
    )
    record("graph_10k_edges", page.evaluate("kbGraph.graph.size"))
    record("graph_10k_load_and_first_draw_ms", round(draw_ms))
    record("graph_10k_render_main_thread_ms", round(times["render"], 1))
    record("graph_10k_presented_frame_ms", round(times["frame"], 1))
    record("graph_10k_search_ms", round(search_ms))
    record("graph_webgl_renderer", renderer)
    # Generous bounds for two cores and software WebGL: the page is never frozen.
    assert draw_ms < 5000
    assert times["render"] < 100
    assert search_ms < 1000
