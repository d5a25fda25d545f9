"""What the plugin serves from the package itself, as Material serves its own: our scripts and
styles, KaTeX's stylesheet and fonts, the graph libraries, and the templates that override the
theme's (the feed link in <head>, a lighter sitemap). No CDN, and no npm for a pip user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

PACKAGE = Path(__file__).resolve().parent
# Published under the site's assets/: ours, and the third-party files vendored from npm
# (scripts/vendor_assets.py).
ASSETS = (PACKAGE / "assets", PACKAGE / "vendor" / "assets")
TEMPLATES = PACKAGE / "templates"
# KaTeX's stylesheet is on every page, so a page with math reached by instant navigation is
# styled from its first frame (formulas are drawn at build time: katex.py).
STYLESHEETS = ("assets/katex/katex.min.css", "assets/stylesheets/kb.css", "assets/stylesheets/graph.css")
# Loaded after the page's first paint, in this order after the theme's bundle (pages.py).
SCRIPTS = ("assets/javascripts/graph.js",)


def add_assets_to_config(config: Any) -> None:
    """Link our stylesheets and scripts from every page, and put our templates before the theme's
    (a custom_dir of the site's own still wins)."""
    config["extra_css"] += [sheet for sheet in STYLESHEETS if sheet not in config["extra_css"]]
    linked = {str(script) for script in config["extra_javascript"]}
    config["extra_javascript"] += [script for script in SCRIPTS if script not in linked]
    dirs = config["theme"].dirs
    if str(TEMPLATES) not in dirs:
        dirs.insert(1 if config["theme"].custom_dir else 0, str(TEMPLATES))


def publish_assets(files: Files, config: Any) -> None:
    """Add every packaged asset to the site's files (a file of the site's own with that path wins)."""
    for root in ASSETS:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            published = "assets/" + path.relative_to(root).as_posix()
            if files.get_file_from_path(published) is None:
                files.append(File.generated(config, published, abs_src_path=str(path)))
