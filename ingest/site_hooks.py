"""MkDocs hooks: the site side of the ingest (nav, build date, assets, search index)."""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jieba
import nh3
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from ingest.pipeline import IngestError, run_ingest
from ingest.render import HOME_PAGE, REDIRECTS, REPORT_PAGE, by_category_names, category_label
from ingest.search_index import search_files
from ingest.segment import share_dictionary
from ingest.write import recover_notes

KATEX_DIST = Path("node_modules/katex/dist")
KATEX_FILES = ("katex.min.css", "fonts")  # formulas are drawn at build time: no katex.min.js
BUILD_DATE_MARK = "<!-- kb:build-date -->"
log = logging.getLogger("mkdocs.hooks.digest_kb")


def build_date() -> str:
    """Return today's date in UTC, the date shown as the build date."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def catalog_of(config: Any) -> dict[str, Any]:
    """Return the catalog the ingest wrote, or an empty one."""
    path = Path(config["docs_dir"]) / "notes" / "catalog.json"
    if not path.exists():
        return {"notes": [], "dumps": []}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def project_folder(config: Any) -> Path:
    """Return the folder of mkdocs.yml, where dumps/, categories.yml and node_modules/ live."""
    return Path(config["config_file_path"] or ".").parent


def dumps_folder(config: Any) -> Path | None:
    """Return the dumps to ingest before a build: $KB_DUMPS, else dumps/ beside mkdocs.yml."""
    named = os.environ.get("KB_DUMPS")
    if named:
        return Path(named)
    beside = project_folder(config) / "dumps"
    return beside if beside.is_dir() else None


def ingest_before_build(config: Any) -> None:
    """Run the ingest, so `mkdocs build` and `mkdocs serve` alone publish the current dumps."""
    dumps = dumps_folder(config)
    if os.environ.get("KB_INGEST") == "0" or dumps is None:
        return
    try:
        summary = run_ingest(dumps, Path(config["docs_dir"]))
    except IngestError as error:
        raise PluginError(f"digest-kb ingest: {error}") from error
    for line in summary.describe():
        log.info(line)


@event_priority(100)  # before the search plugin looks for the jieba dictionary the ingest writes
def on_config(config: Any) -> Any:
    """Ingest; put Home, one entry per category and the report in the nav; stamp the build date."""
    recover_notes(Path(config["docs_dir"]))  # a killed ingest leaves the old notes, never none
    ingest_before_build(config)
    share_dictionary()
    notes = catalog_of(config)["notes"]
    nav: list[Any] = [{"首页": "index.md"}]
    for category, slug in by_category_names(notes):
        nav.append({category_label(category): f"notes/{slug}/index.md"})
    nav += [{"笔记图谱": "notes/graph.md"}, {"标签": "notes/tags.md"}]
    nav.append({"整理报告": "report.md"})
    if not config.get("nav"):
        config["nav"] = nav
    redirects = Path(config["docs_dir"]) / REDIRECTS
    if "redirects" in config["plugins"] and redirects.exists():
        maps = config["plugins"]["redirects"].config["redirect_maps"]
        maps.update(json.loads(redirects.read_text(encoding="utf-8")))
    stamp = build_date()
    config["copyright"] = f"构建于 {stamp} · digest-kb"
    config["extra"]["build_date"] = stamp
    return config


# Material's search plugin cuts every run of Chinese on every page with jieba (9 s of a
# 10,000-note build), and runs recur: a note's title opens its text, and scraped excerpts share
# sentences (a third of the runs repeat in the real dumps, most in make_corpus.py's corpora).
# jieba's cut depends only on the run and the dictionary, so each distinct run is cut once
# per build; the cache is emptied as a build starts, after the plugin has loaded this build's
# dictionary (its on_config).
JIEBA_CUT = jieba.cut
JIEBA_CUTS: dict[Any, tuple[str, ...]] = {}


def cut_once(sentence: Any, *args: Any, **kwargs: Any) -> tuple[str, ...]:
    """Return jieba's cut of a run, from this build's cache when it was cut before."""
    key = (sentence, args, tuple(sorted(kwargs.items())))
    words = JIEBA_CUTS.get(key)
    if words is None:
        words = JIEBA_CUTS[key] = tuple(JIEBA_CUT(sentence, *args, **kwargs))
    return words


def on_pre_build(config: Any) -> None:
    """Have the search plugin cut each distinct run of Chinese once in this build."""
    JIEBA_CUTS.clear()
    jieba.cut = cut_once


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild (and so re-ingest) when a dump or the taxonomy changes."""
    dumps = dumps_folder(config)
    if dumps is not None and dumps.is_dir():
        server.watch(str(dumps.resolve()))
    taxonomy = project_folder(config) / "categories.yml"
    if taxonomy.exists():
        server.watch(str(taxonomy.resolve()))
    return server


def on_files(files: Files, config: Any) -> Files:
    """Publish the ingest's home and report pages at the site root (index.md, report.md)."""
    for generated, published in ((HOME_PAGE, "index.md"), (REPORT_PAGE, "report.md")):
        source = files.get_file_from_path(generated)
        if source is None or source.abs_src_path is None:
            continue
        files.remove(source)
        if files.get_file_from_path(published) is None:  # a hand-written page wins
            files.append(File.generated(config, published, abs_src_path=source.abs_src_path))
    config["extra"]["kb_pages"] = sorted(f.url for f in files.documentation_pages())
    if config["extra"].get("kb_incremental"):
        # The home page shows the build date: an incremental build renders it again, whatever
        # its source's mtime. Every other page is written whole by the ingest, which leaves a
        # page it did not change untouched, so its mtime tells the build whether to render it.
        home = files.get_file_from_path("index.md")
        if home is not None and os.path.exists(home.abs_dest_path):
            os.utime(home.abs_dest_path, (0, 0))
    return files


def complete_search_index(site: Path, docs: list[dict[str, Any]], pages: set[str], incremental: bool) -> list[Any]:
    """Return the full index: an incremental build indexes only the pages it rebuilt, so the
    entries of the others come from the previous build's cache (pages that are gone are dropped).
    The cache sits beside the site, not in it: it is not for publishing (20 MB at 10,000 notes)."""
    cache = site.parent / f".{site.name}-search-entries.json"
    fresh: dict[str, list[dict[str, Any]]] = {}
    for entry in docs:
        fresh.setdefault(entry["location"].split("#")[0], []).append(entry)
    entries = json.loads(cache.read_text(encoding="utf-8")) if incremental and cache.exists() else {}
    entries = {page: rows for page, rows in entries.items() if page in pages}
    entries.update(fresh)
    cache.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    if not incremental:
        return docs
    return [entry for page in sorted(entries) for entry in entries[page]]


def remove_stale_pages(site: Path, pages: set[str], keep: set[str]) -> None:
    """After an incremental build, remove the pages of notes that no longer exist."""
    for page in (site / "notes").glob("*/*/index.html"):
        url = page.parent.relative_to(site).as_posix() + "/"
        if url not in pages and url not in keep:
            page.unlink()


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Fill in the build date on the home page."""
    if page.file.src_uri == "index.md":
        return markdown.replace(BUILD_DATE_MARK, build_date())
    return markdown


# What the ingest's pages may contain: everything else is removed by nh3.
ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "details", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "li", "ol", "p", "pre", "span", "strong", "summary", "table", "tbody", "td", "th", "thead",
    "time", "tr", "ul", "nav", "section", "canvas", "input", "label", "select", "option", "button",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "aria-label", "role", "lang", "dir"},
    "a": {"href"},
    "time": {"datetime"},
    "td": {"align"},
    "th": {"align"},
    "input": {"type", "placeholder", "value"},
    "option": {"value"},
    "label": {"for"},
}


def sanitize(html_text: str) -> str:
    """Keep only allow-listed tags, attributes and URL schemes (http, https, mailto, relative)."""
    return str(
        nh3.clean(
            html_text,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            generic_attribute_prefixes={"data-"},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


def on_page_content(html_text: str, page: Any, config: Any, **_: Any) -> str:
    """Sanitise every page the ingest wrote: a second wall behind the ingest's escaping."""
    source = page.file.abs_src_path
    written_by_ingest = Path(config["docs_dir"]).resolve() / "notes"
    if source and Path(source).resolve().is_relative_to(written_by_ingest):
        return sanitize(html_text)
    return html_text


@event_priority(100)  # before the search plugin copies the title into the index
def on_page_context(context: Any, page: Any, **_: Any) -> Any:
    """Escape front-matter text the theme prints unescaped (title, description)."""
    if page.title:
        page.title = html.escape(str(page.title), quote=True)
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key], quote=True)
    return context


# Two theme widgets have a role but no accessible name (Lighthouse: aria-dialog-name,
# aria-progressbar-name): the search dialog and the instant-navigation progress bar.
UNNAMED_WIDGETS = {
    'data-md-component="search" role="dialog">': 'data-md-component="search" role="dialog" aria-label="搜索">',
    'data-md-component="progress" role="progressbar">': (
        'data-md-component="progress" role="progressbar" aria-label="页面加载进度">'
    ),
}


def name_widgets(output: str) -> str:
    """Return the page with the theme's unnamed widgets named."""
    for unnamed, named in UNNAMED_WIDGETS.items():
        output = output.replace(unnamed, named, 1)
    return output


# The theme's bundle (114 kB) and our scripts sit at the end of <body>, and even deferred they
# are fetched alongside the stylesheets, before the first paint: on a slow link they delay it
# (Lighthouse counts them in LCP). The page loads them itself once it has painted, in their
# order; the theme starts on DOMContentLoaded, so if that is past it is announced once more,
# in a task of its own. Without paint timing (or in a hidden tab, which never paints) the
# window's load event starts them.
# The theme, as it starts, makes every relative href absolute (instant navigation compares
# <head> elements by their HTML): for a stylesheet that is a new load, which once the page has
# loaded the browser answers from its cache only if the response allows it, else the page is
# unstyled until the sheet is back. The loader does it first, while the page is loading, when
# the browser reuses the sheets it has, as it did when the theme's bundle ran then.
SCRIPTS_AFTER_PAINT = """<script>(function (sources) {
  var parsed = false, started = false;
  document.querySelectorAll("link[href]").forEach(function (link) {
    if (!/^(?:[a-z]+:)?\\/\\//i.test(link.getAttribute("href"))) link.href = link.href;
  });
  document.addEventListener("DOMContentLoaded", function () { parsed = true; }, { once: true });
  function announce() {
    if (parsed) setTimeout(function () { document.dispatchEvent(new Event("DOMContentLoaded")); });
  }
  function start() {
    if (started) return;
    started = true;
    sources.forEach(function (src, i) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      if (i === sources.length - 1) script.onload = script.onerror = announce;
      document.body.appendChild(script);
    });
  }
  var paint = window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") >= 0;
  if (paint) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); start(); }
    }).observe({ type: "paint", buffered: true });
  }
  window.addEventListener("load", function () { setTimeout(start, paint ? 1000 : 0); });
})(%s);</script>
"""
SCRIPTS_SPAN = 8192  # room for the script tags before </body>; any before it stay as they are
# The theme's search worker builds a lunr index of every page on each page load (5 s of indexing
# at 10,000 notes); the theme lets a site name its own worker in the page's __config. Ours
# (docs/assets/javascripts/search-worker.js) loads the index the build counted (on_post_build).
THEME_WORKER = re.compile(r'(?<="search": ")([^"]*)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
OUR_WORKER = r'\1assets/javascripts/search-worker.js"'
WORKER_SETTING = '"search": "'
SCRIPT_START = '<script src="'
SCRIPT_TAGS = re.compile(r'(?:<script src="([^"]*)"></script>\s*)+(?=</body>)')


def with_scripts_after_paint(output: str) -> str:
    """Return the page with the external scripts at the end of its body loaded after the first
    paint, and the theme told to search with our worker."""
    # The config and the scripts sit just before </body>. A regular expression is tried only where
    # a plain find says it can match: scanning even the last 8 kB with one cost 2.3 s at 10,000 notes (py-spy).
    end = max(0, output.rfind("</body>") - SCRIPTS_SPAN)
    config = output.find(WORKER_SETTING, end)
    if config >= 0:
        output = output[:config] + THEME_WORKER.sub(OUR_WORKER, output[config:], count=1)
    match = None
    start = output.find(SCRIPT_START, end)
    while start >= 0 and match is None:
        match = SCRIPT_TAGS.match(output, start)
        start = output.find(SCRIPT_START, start + 1)
    if match is None:
        return output
    sources = json.dumps(re.findall(r'<script src="([^"]*)"', match.group(0))).replace("</", "<\\/")
    return output[: match.start()] + SCRIPTS_AFTER_PAINT % sources + output[match.end() :]


# Formulas are drawn at build time, by KaTeX in one Node process for the whole build: a page
# arrives with its math laid out (no shift when it renders, no 270 kB script), and instant
# navigation swaps in pages whose math is already drawn. Same options as KaTeX in a browser.
KATEX_PROGRAM = r"""
const katex = require(process.argv[1]);
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[c]);
require("readline").createInterface({ input: process.stdin }).on("line", (line) => {
  const drawn = JSON.parse(line).map(([tex, display]) => {
    try {
      return katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: "ignore" });
    } catch (error) {  // only KaTeX's own bugs throw: show the source, as KaTeX does for bad input
      return `<span class="katex-error" title="${escape(error)}">${escape(tex)}</span>`;
    }
  });
  process.stdout.write(JSON.stringify(drawn) + "\n");
});
"""
# pymdownx.arithmatex's generic output: the source, escaped, in \(…\) (inline) or \[…\] (display).
ARITHMATEX = re.compile(r'(<(span|div) class="arithmatex[^"]*">)([^<]*)(</\2>)')
DELIMITERS = re.compile(r"^\s*\\([(\[])(.*)\\[)\]]\s*$", re.DOTALL)


class Katex:
    """KaTeX in a Node process, started at the first formula of a build, with a cache of what it drew."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.drawn: dict[tuple[str, bool], str] = {}
        self.failed = False

    def start(self, base: Path) -> subprocess.Popen[str] | None:
        """Return the running Node process, starting it if needed; None (warned once) if it cannot run."""
        if self.process is None and not self.failed:
            node, katex = shutil.which("node"), base / KATEX_DIST.parent
            if node is None or not (katex / "package.json").is_file():
                log.warning(f"formulas left as source: needs node and {katex} (run: npm ci)")
                self.failed = True
                return None
            command = [node, "-e", KATEX_PROGRAM, str(katex.resolve())]
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
            )
        return self.process

    def render(self, formulas: list[tuple[str, bool]], base: Path) -> None:
        """Draw the formulas (source, display mode) not drawn yet, in one exchange with Node."""
        todo = sorted({f for f in formulas if f not in self.drawn})
        process = self.start(base) if todo else None
        if process is None or process.stdin is None or process.stdout is None:
            return
        process.stdin.write(json.dumps(todo, ensure_ascii=False) + "\n")
        process.stdin.flush()
        answer = process.stdout.readline()
        if not answer:
            raise PluginError(f"KaTeX (node) stopped with code {process.wait()}")
        self.drawn.update(zip(todo, json.loads(answer), strict=True))

    def close(self) -> None:
        """Stop the Node process (a next build, under `mkdocs serve`, starts another)."""
        if self.process is not None:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=10)
        self.process = None
        self.failed = False


KATEX = Katex()


def formula(source: str) -> tuple[str, bool] | None:
    """Return a formula's TeX and whether it is display math, from arithmatex's escaped text."""
    match = DELIMITERS.match(html.unescape(source))
    return (match.group(2), match.group(1) == "[") if match else None


def with_math_drawn(output: str, base: Path) -> str:
    """Return the page with every arithmatex formula drawn by KaTeX inside its element."""
    if 'class="arithmatex' not in output:
        return output
    found = [formula(m.group(3)) for m in ARITHMATEX.finditer(output)]
    KATEX.render([f for f in found if f is not None], base)
    in_order = iter(found)  # sub meets the formulas in the order finditer found them

    def draw(match: re.Match[str]) -> str:
        tex = next(in_order)
        drawn = KATEX.drawn.get(tex) if tex else None
        return match.group(1) + drawn + match.group(4) if drawn else match.group(0)

    return ARITHMATEX.sub(draw, output)


def on_post_page(output: str, config: Any, **_: Any) -> str:
    """Name the theme's unnamed widgets; load the scripts after the first paint; draw the formulas."""
    base = project_folder(config)
    return with_math_drawn(with_scripts_after_paint(name_widgets(output)), base)


def on_build_error(**_: Any) -> None:
    """Stop KaTeX's Node process when a build fails."""
    KATEX.close()
    JIEBA_CUTS.clear()


def on_post_template(output_content: str, **_: Any) -> str:
    """Name the widgets and load the scripts after the first paint on pages of theme templates too (404.html)."""
    return with_scripts_after_paint(name_widgets(output_content))


# Material's search plugin hands only runs of Chinese characters to jieba, so a dictionary term
# that mixes scripts ("线性Attention") reaches the index cut in two ("线性\u200bAttention") and a
# search for it finds nothing. Such terms are joined again in the index, whole as in the text.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
MIXED_TERM = re.compile(f"(?=.*[{HAN}])(?=.*[A-Za-z0-9])")


def dictionary_terms(config: Any) -> list[str]:
    """Return the words of the search plugin's jieba user dictionary, if it has one."""
    for plugin in config["plugins"].values():
        path = getattr(getattr(plugin, "config", None), "jieba_dict_user", None)
        if path and Path(path).is_file():
            lines = Path(path).read_text(encoding="utf-8").splitlines()
            return [line.split()[0] for line in lines if line.strip()]
    return []


def mixed_terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Return a pattern of the mixed-script terms as the search plugin cuts them (a zero-width
    space may follow any character), standing alone, not inside a longer word."""
    mixed = sorted({t for t in terms if MIXED_TERM.match(t)}, key=len, reverse=True)
    if not mixed:
        return None
    forms = ["\u200b?".join(re.escape(c) for c in term) for term in mixed]
    edge = f"[{HAN}A-Za-z0-9]"
    return re.compile(f"(?<!{edge})(?:{'|'.join(forms)})(?!{edge})", re.IGNORECASE)


def join_mixed_terms(text: str, pattern: re.Pattern[str] | None) -> str:
    """Return the text with every mixed-script dictionary term whole again."""
    return pattern.sub(lambda m: m.group(0).replace("\u200b", ""), text) if pattern else text


def on_post_build(config: Any) -> None:
    """Stop KaTeX's Node process; serve KaTeX's stylesheet and fonts from the site itself; write the
    search index our worker loads (UTF-8, not \\u escapes, mixed-script terms whole)."""
    KATEX.close()
    JIEBA_CUTS.clear()
    site = Path(config["site_dir"])
    terms = dictionary_terms(config)
    target = site / "assets" / "katex"
    target.mkdir(parents=True, exist_ok=True)
    base = project_folder(config)
    for name in KATEX_FILES:
        source = base / KATEX_DIST / name
        if not source.exists():
            log.warning(f"KaTeX asset missing: {source} (run: npm ci)")
        elif source.is_dir():
            shutil.copytree(source, target / name, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target / name)
    index = site / "search" / "search_index.json"
    pages = set(config["extra"].get("kb_pages", []))
    incremental = bool(config["extra"].get("kb_incremental"))
    if incremental:
        redirected = Path(config["docs_dir"]) / REDIRECTS
        old = json.loads(redirected.read_text(encoding="utf-8")) if redirected.exists() else {}
        remove_stale_pages(site, pages, {path.removesuffix(".md") + "/" for path in old})
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        data["docs"] = complete_search_index(site, data.get("docs", []), pages, incremental)
        pattern = mixed_terms_pattern(terms)
        for doc in data["docs"]:
            for key in ("title", "text"):
                if isinstance(doc.get(key), str):
                    doc[key] = join_mixed_terms(doc[key], pattern)
        write_search_index(site, data)


def write_search_index(site: Path, data: dict[str, Any]) -> None:
    """Write the index our search worker fetches (ingest/search_index.py) to search/, and only the
    settings to search_index.json, which the theme's page fetches and parses."""
    search = site / "search"
    files = search_files(data)
    for old in search.glob("texts/*.json"):  # a smaller corpus leaves fewer files
        if f"texts/{old.name}" not in files:
            old.unlink()
    (search / "texts").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (search / name).write_bytes(content)
    settings = {**data, "docs": []}
    (search / "search_index.json").write_text(json.dumps(settings, ensure_ascii=False), encoding="utf-8")
