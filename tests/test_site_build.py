"""The built site as files: a clean strict build, no broken link or anchor, a UTF-8 search index."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import pytest

from tests.support import (
    ARTIFACTS,
    Built,
    configured_site_url,
    page_url,
    record_metric,
    search_entries,
    search_index_bytes,
)

pytestmark = pytest.mark.build
LYCHEE = Path(sys.executable).parent / "lychee"
METRICS = ARTIFACTS / "site-metrics.json"


def record(name: str, value: object) -> None:
    """Print a measured figure and keep it in tests/artifacts/site-metrics.json."""
    record_metric(METRICS, name, value)


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.fixture(params=["real", "math"])
def any_site(request: pytest.FixtureRequest) -> Built:
    """Each built site: the real dumps, and the small math corpus."""
    return request.getfixturevalue("built_site" if request.param == "real" else "math_site")


def test_strict_build_prints_no_warning(any_site: Built) -> None:
    output = any_site.output
    assert "Documentation built in" in output, output
    warnings = [line for line in output.splitlines() if "WARNING" in line.upper()]
    assert warnings == [], "\n".join(warnings)


def test_build_figures(built_site: Built) -> None:
    record("build_seconds", round(built_site.seconds, 2))
    record("site_bytes", tree_bytes(built_site.site))
    record("site_bytes_without_katex", tree_bytes(built_site.site) - tree_bytes(built_site.site / "assets" / "katex"))
    assert built_site.seconds < 60, "a build of the five real dumps takes a few seconds"


@pytest.mark.parametrize("which", ["real", "math"])
def test_no_broken_link_or_anchor(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    built: Built = request.getfixturevalue("built_site" if which == "real" else "math_site")
    # Absolute links (/digest-kb/...) resolve under a root where the site sits at site_url's path.
    root = tmp_path / "root"
    mount = root / urlparse(configured_site_url()).path.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(built.site.resolve(), target_is_directory=True)
    command = [
        str(LYCHEE),
        "--offline",
        "--no-progress",
        "--include-fragments",
        "--index-files",
        "index.html",
        "--root-dir",
        str(root),
        "--format",
        "json",
        f"{built.site}/**/*.html",
    ]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    errors = [
        f"{page}: {entry['url']} ({entry['status']['text']})"
        for page, entries in report["error_map"].items()
        for entry in entries
    ]
    assert errors == [] and result.returncode == 0, "\n".join(errors) or result.stderr
    pages = len(list(built.site.rglob("*.html")))
    assert report["successful"] >= 10 * pages, report  # every page was read: nav, header, content links


def content_pages(site: Path) -> list[Path]:
    """Every HTML page of the site but the redirects of old URLs."""
    return [p for p in site.rglob("*.html") if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]]


def test_widgets_with_a_role_have_an_accessible_name(built_site: Built) -> None:
    pages = content_pages(built_site.site)
    assert len(pages) > len(built_site.catalog()["notes"])
    for page in pages:
        for tag in re.findall(
            r'<[a-z]+\s[^>]*\brole="(?:dialog|alertdialog|progressbar)"[^>]*>', page.read_text("utf-8")
        ):
            assert re.search(r'\baria-label(?:ledby)?="[^"]+"', tag), (page, tag)


def test_note_page_size(built_site: Built) -> None:
    notes = built_site.catalog()["notes"]
    sizes = {n["path"]: (built_site.site / page_url(n["path"]) / "index.html").stat().st_size for n in notes}
    largest = max(sizes, key=sizes.__getitem__)
    record("note_page_bytes_median", sorted(sizes.values())[len(sizes) // 2])
    record("note_page_bytes_largest", sizes[largest])
    record("note_page_largest", largest)
    # The nav lists categories, not notes: a note page must not grow with the corpus.
    assert sizes[largest] < 100_000, (largest, sizes[largest])


def test_search_index_is_utf8_and_holds_every_page(built_site: Built) -> None:
    """The pages' entries are in documents.json and texts/, for our search worker; the theme's
    search_index.json keeps the settings (its page reads them to mark the words searched)."""
    search = built_site.site / "search"
    settings = json.loads((search / "search_index.json").read_text(encoding="utf-8"))
    assert settings["docs"] == [] and r"\u200b" in settings["config"]["separator"]
    record("search_index_bytes", search_index_bytes(built_site.site))
    for name in ["documents.json", *(f"texts/{p.name}" for p in search.glob("texts/*.json"))]:
        text = (search / name).read_text(encoding="utf-8")
        escaped = re.findall(r"(?<!\\)(?:\\\\)*\\u[4-9][0-9a-fA-F]{3}", text)
        assert escaped == [], f"{name}: CJK written as \\u escapes: {escaped[:5]}"
    docs = search_entries(built_site.site)
    assert len(re.findall(r"[\u4e00-\u9fff]", "".join(d["text"] for d in docs))) > 1000, "the index holds the text"
    locations = {doc["location"].split("#")[0] for doc in docs}
    titles = {squeeze(html.unescape(doc["title"])) for doc in docs}
    for note in built_site.catalog()["notes"]:
        assert page_url(note["path"]) in locations, note["path"]
        assert squeeze(note["title"]) in titles, note["title"]


def test_search_index_holds_no_latex(any_site: Built) -> None:
    """A formula is indexed as a reader sees it (teasers show "⋯"), never as its LaTeX source: a
    lost formula's "\\(\\boxed{?}\\)" was in 16 teasers of the real site, and "boxed" found them."""
    docs = search_entries(any_site.site)
    for doc in docs:
        for field in ("title", "text"):
            assert not re.search(r"\\boxed|\\\(|\\\[", doc[field]), (doc["location"], field, doc[field][:300])
    words = json.loads((any_site.site / "search" / "documents.json").read_text(encoding="utf-8"))["words"]
    assert not {"boxed", "frac", "theta"} & set(words)
    assert any("⋯" in doc["text"] for doc in docs)


def test_graphs_say_what_is_missing_without_scripts(built_site: Built) -> None:
    """Where a script draws a graph, a <noscript> note says where to go instead."""
    graph = (built_site.site / "notes" / "graph" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<noscript>.*图谱需要 JavaScript.*所有标签.*</noscript>", graph, re.DOTALL)
    note = max(built_site.catalog()["notes"], key=lambda n: len(n["related"]))
    page = (built_site.site / page_url(note["path"]) / "index.html").read_text(encoding="utf-8")
    assert 'class="kb-local-graph"' in page
    assert re.search(r"<noscript>.*局部图谱需要 JavaScript.*</noscript>", page, re.DOTALL)
    home = (built_site.site / "index.html").read_text(encoding="utf-8")
    assert "<noscript>" not in home


def test_robots_txt_names_the_sitemap(built_site: Built) -> None:
    robots = (built_site.site / "robots.txt").read_text(encoding="utf-8")
    assert robots.startswith("User-agent: *\nAllow: /\n")
    assert f"\nSitemap: {configured_site_url()}sitemap.xml\n" in robots
    assert (built_site.site / "sitemap.xml").is_file()


def squeeze(text: str) -> str:
    """Drop spaces and the zero-width spaces the search plugin puts between Chinese words."""
    return re.sub(r"[\s\u200b]", "", text)


def test_formulas_are_drawn_at_build_time(any_site: Built) -> None:
    """Every formula reaches the browser as KaTeX's output, so no page needs KaTeX's script."""
    drawn = 0
    for page in content_pages(any_site.site):
        text = page.read_text("utf-8")
        raw = re.findall(r'<(?:span|div) class="arithmatex[^"]*">(?!<span class="katex)', text)
        assert raw == [], (page, raw[:3])
        assert "katex.min.js" not in text, page
        drawn += text.count('<span class="arithmatex')
    assert drawn > 0


def test_scripts_are_loaded_after_the_first_paint(any_site: Built) -> None:
    """No page fetches a script before its first paint: the theme's bundle would delay it."""
    for page in content_pages(any_site.site):
        text = page.read_text("utf-8")
        assert re.findall(r"<script[^>]*\bsrc=", text) == [], page
        assert "bundle." in text, page  # the loader names it
        assert "search-worker.js" in text and "workers/search." not in text, page  # the theme is told to use ours


@pytest.mark.parametrize("published", ["feed.xml", "feeds/latest.xml"])
def test_feed_links_are_absolute_and_its_self_link_names_itself(built_site: Built, published: str) -> None:
    base = configured_site_url()
    text = (built_site.site / published).read_text(encoding="utf-8")
    feed = feedparser.parse(text)
    assert not feed.bozo, feed.bozo_exception
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert hrefs and all(href.startswith(base) for href in hrefs), hrefs[:3]
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [base + published]
    assert "xml:base" not in text  # a reader that ignores it would find nothing else broken


def test_the_sitemap_beside_the_linked_feed_passes_the_schema(built_site: Built) -> None:
    root = ElementTree.parse(built_site.site / "feeds" / "sitemap.xml").getroot()
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    assert root.tag == namespace + "urlset"
    locations = [url.findtext(namespace + "loc") for url in root]
    assert locations == [configured_site_url()]  # at least one url, each with an absolute loc
