"""The plugin as anyone's MkDocs site uses it: installed with pip, named in mkdocs.yml, pointed at
a dumps folder; and the files it serves from the package, as npm pins them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingest.site.build import plugins_with
from ingest.site.nav import nav_of
from ingest.site.robots import robots_txt
from tests.conftest import MATH_DUMPS
from tests.support import KB_ENV, ROOT

FOREIGN_CONFIG = """\
site_name: Someone else's notes
site_url: https://example.com/notes/
theme:
  name: material
plugins:
  - search
  - digest-kb:
      dumps: scraped
markdown_extensions:
  - attr_list
  - admonition
  - pymdownx.arithmatex:
      generic: true
"""


@pytest.mark.build
def test_a_foreign_site_with_the_plugin_builds_with_plain_mkdocs(tmp_path: Path) -> None:
    site = tmp_path / "elsewhere"
    (site / "scraped").mkdir(parents=True)
    (site / "docs").mkdir()
    (site / "docs" / "about.md").write_text("# About\n\nHand-written.\n", encoding="utf-8")
    for name, text in MATH_DUMPS.items():
        (site / "scraped" / name).write_text(text, encoding="utf-8")
    (site / "mkdocs.yml").write_text(FOREIGN_CONFIG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, env=KB_ENV, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (site / "node_modules").exists() and not (tmp_path / "node_modules").exists()
    built = site / "site"
    [page] = [p for p in (built / "notes").glob("*/*/index.html") if p.parts[-3] != "tags"]
    html = page.read_text(encoding="utf-8")
    assert html.count('class="katex"') >= 5, "the formulas are drawn by the embedded KaTeX"
    assert "search-worker.js" in html and "assets/katex/katex.min.css" in html
    for served in ("assets/katex/katex.min.css", "assets/graph/sigma.min.js", "assets/javascripts/graph.js"):
        assert (built / served).is_file(), served
    assert any((built / "assets" / "katex" / "fonts").glob("*.woff2"))
    assert (built / "about" / "index.html").is_file() and (built / "feed.xml").is_file()
    assert (built / "search" / "documents.json").is_file()
    assert (built / "robots.txt").read_text(encoding="utf-8") == robots_txt("https://example.com/notes/")


def test_robots_txt_allows_every_page_and_names_the_sitemap() -> None:
    assert robots_txt("https://example.com/notes/") == (
        "User-agent: *\nAllow: /\n\nSitemap: https://example.com/notes/sitemap.xml\n"
    )
    assert robots_txt("https://example.com/notes") == robots_txt("https://example.com/notes/")
    assert robots_txt(None) == robots_txt("") == "User-agent: *\nAllow: /\n", "a Sitemap line needs an absolute URL"


def test_the_vendored_assets_are_the_files_npm_pins() -> None:
    """scripts/vendor_assets.py copied them from node_modules (npm ci, package-lock.json)."""
    assert (ROOT / "node_modules" / "katex").is_dir(), "run scripts/setup.sh --test (npm ci)"
    result = subprocess.run(
        [sys.executable, "scripts/vendor_assets.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_command_lines_dumps_folder_reaches_the_plugin_through_its_config(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("plugins:\n  - search\n  - digest-kb:\n      dumps: a\n      ingest: true\n", encoding="utf-8")
    assert plugins_with(config, {"dumps": "/b"}) == ["search", {"digest-kb": {"dumps": "/b", "ingest": True}}]
    config.write_text("plugins:\n  search: {}\n", encoding="utf-8")
    assert plugins_with(config, {"dumps": "/b"}) == [{"search": {}}, {"digest-kb": {"dumps": "/b"}}]


def test_the_nav_follows_the_catalogs_categories() -> None:
    catalog = {
        "categories": [{"slug": "nlp", "label": "自然语言处理 (NLP)"}, {"slug": "uncategorized", "label": "未分类"}]
    }
    assert nav_of(catalog) == [
        {"首页": "index.md"},
        {"最近更新": "notes/recent/index.md"},
        {"自然语言处理 (NLP)": "notes/nlp/index.md"},
        {"未分类": "notes/uncategorized/index.md"},
        {"笔记图谱": "notes/graph.md"},
        {"标签": "notes/tags.md"},
        {"整理报告": "report.md"},
    ]
