"""Render stage: notes and dumps into the Markdown pages and catalog of the site."""

from __future__ import annotations

import hashlib
import html
import json
import logging
import math
import re
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ingest.categorize import chinese_name
from ingest.identify import slugify
from ingest.memo import Memo, Plain, digest
from ingest.records import Note, Summary
from ingest.text import MATH

progress = logging.getLogger("ingest.progress")
HOME_PAGE = "notes/home.md"
REPORT_PAGE = "notes/report.md"
REDIRECTS = "notes/redirects.json"
PAGE_SIZE = 50
NEWEST_ON_HOME = 10
# A note page's sections after its text (sources, related notes, backlinks, local graph) stay out
# of the search index: they name dumps and other notes, which would only make false matches, and
# left in they made up most of the index.
UNSEARCHED_HEADING = "## {} {{ data-search-exclude }}\n"
MISSING = {
    "inline": ("公式未被抓取 (formula not captured by the scrape)", r"\(\boxed{?}\)"),
    "block": ("公式未被抓取 (formula not captured by the scrape)", r"\[\boxed{?}\]"),
}
_URL = re.compile(r"https?://[^\s<>\"'，。；）)\]]+")
# Every ASCII character Markdown, attr_list, arithmatex or Jinja could read as syntax.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]()<>#+\-.!|$&~^:=%\"']")


def escape_markdown(text: str) -> str:
    """Return text that Markdown renders back verbatim, as character references."""
    return _MARKDOWN_SYNTAX.sub(lambda m: f"&#{ord(m.group(0))};", text)


def category_label(category: str) -> str:
    """Return the display name of a category: Chinese (from categories.yml), with the English name."""
    chinese = chinese_name(category)
    return f"{chinese} ({category})" if chinese else category


def _plain_html(text: str, start: int, end: int, links: Sequence[tuple[int, int, str]]) -> str:
    """Return text[start:end] escaped, with the term links that fall inside it as <a> elements
    around exactly the characters they cover."""
    parts = []
    for link_start, link_end, href in links:
        if start <= link_start < link_end <= end:
            parts.append(html.escape(text[start:link_start], quote=False))
            mention = html.escape(text[link_start:link_end], quote=False)
            parts.append(f'<a class="kb-term" href="{html.escape(href)}">{mention}</a>')
            start = link_end
    parts.append(html.escape(text[start:end], quote=False))
    return "".join(parts)


def excerpt_html(text: str, links: Sequence[tuple[int, int, str]] = ()) -> str:
    """Return the excerpt as HTML: text escaped, LaTeX for KaTeX, placeholders as markers,
    term links (start, end, href; sorted, never inside a formula) as links."""
    parts = []
    position = 0
    for match in MATH.finditer(text):
        parts.append(_plain_html(text, position, match.start(), links))
        if match.group("inline") is not None:
            latex = html.escape(match.group("inline"), quote=False)
            parts.append(f'<span class="arithmatex">\\({latex}\\)</span>')
        elif match.group("block") is not None:
            latex = html.escape(match.group("block"), quote=False)
            parts.append(f'<span class="arithmatex kb-display">\\[{latex}\\]</span>')
        else:
            kind = "inline" if match.group(0) == "[Math]" else "block"
            tip, latex = MISSING[kind]
            parts.append(
                f'<span class="kb-missing kb-missing-{kind}" role="img" title="{tip}" aria-label="{tip}">'
                f'<span class="arithmatex">{latex}</span></span>'
            )
        position = match.end()
    parts.append(_plain_html(text, position, len(text), links))
    body = "".join(parts).replace(
        "[代码]",
        '<span class="kb-missing kb-missing-code" title="代码未被抓取 (code not captured by the scrape)">⟨代码⟩</span>',
    )
    return f'<p class="kb-excerpt">{body}</p>'


def first_line(text: str, length: int = 100) -> str:
    """Return the opening of a note's text as plain words for listings."""
    plain = MATH.sub("⋯", text)
    return plain if len(plain) <= length else plain[:length] + "…"


def front_matter(meta: Mapping[str, object]) -> str:
    """Return a YAML front matter block: each value written as JSON, which YAML reads as is."""
    # JSON is YAML, and json.dumps is many times faster than a YAML emitter. The characters
    # YAML will not read raw, or reads as line breaks, are written as escapes instead.
    lines = (f"{key}: {_YAML_RAW.sub(_escape, json.dumps(value, ensure_ascii=False))}\n" for key, value in meta.items())
    return "---\n" + "".join(lines) + "---\n\n"


_YAML_RAW = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufeff\uff00-\ufffd\U00010000-\U0010ffff]"
)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def note_page(note: Note, notes: Mapping[str, Note] | None = None) -> str:
    """Return the Markdown page of one note; `notes` (by id) resolves its links to others."""
    notes = notes or {}
    meta = {
        "title": note.title,
        "description": first_line(note.text, 150),
        "category": note.category,
        "date": note.date,
        "tags": list(note.tags),
        "note_id": note.id,
    }
    facts = [f'<a href="../">{html.escape(category_label(note.category))}</a>']
    if note.date:
        facts.append(f"<time>{note.date}</time>")
    lines = [
        front_matter(meta),
        f"<h1>{html.escape(note.title)}</h1>\n",
        f'<p class="kb-facts">{" · ".join(facts)}</p>\n',
        excerpt_html(note.text, term_hrefs(note, notes)) + "\n",
    ]
    urls = list(dict.fromkeys(_URL.findall(note.text)))
    if urls:
        links = " ".join(f'<a href="{html.escape(u)}" rel="nofollow noopener">{html.escape(u)}</a>' for u in urls)
        lines.append(f'<p class="kb-source-link">🔖 原文链接: {links}</p>\n')
    missing = note.math.placeholders - note.math.restored
    if missing:
        lines.append(
            f'!!! warning "公式缺失"\n    本摘录有 {missing} 个公式未被抓取'
            f" ({missing} formula{'s' if missing > 1 else ''} of this excerpt "
            f"{'were' if missing > 1 else 'was'} not captured by the scrape).\n"
        )
    sources = "".join(
        f"<li><code>{html.escape(s.dump)}</code> 第 {s.line} 行 (line {s.line})</li>" for s in note.sources
    )
    lines.append(f'{UNSEARCHED_HEADING.format("来源 (Sources)")}\n<ul class="kb-sources">{sources}</ul>\n')
    lines += link_sections(note, notes)
    return "\n".join(lines)


def newest_first(notes: list[Note]) -> list[Note]:
    """Return notes by date, newest first; undated last; ties by first sight, newest first."""
    order = {note.id: index for index, note in enumerate(notes)}
    return sorted(notes, key=lambda n: (n.date or "", order[n.id]), reverse=True)


def note_list(notes: Sequence[Note], to_notes: str, details: bool = False, suffixes: Sequence[str] = ()) -> str:
    """Return an HTML list of links to notes (with date and first line when `details`, each
    followed by its suffix if given); `to_notes` leads from the listing page's URL to notes/.

    Raw HTML passes through Markdown untouched: a page of 1,000 links renders 5 times faster
    than as Markdown links, and a new note rewrites dozens of tag pages."""
    items = []
    for number, note in enumerate(notes):
        link = f'<a href="{to_notes}{note_url(note)}">{html.escape(note.title)}</a>'
        if suffixes:
            link += html.escape(suffixes[number])
        if details:
            date = f" · {note.date}" if note.date else ""
            link += f"{date}<br>\n{html.escape(first_line(note.text))}"
        items.append(f"<li>{link}</li>")
    return '<ul class="kb-note-list">\n' + "\n".join(items) + "\n</ul>\n"


def category_pages(category: str, slug: str, notes: list[Note]) -> dict[str, str]:
    """Return the index page of a category and its continuation pages."""
    ordered = newest_first(notes)
    chunks = [ordered[i : i + PAGE_SIZE] for i in range(0, len(ordered), PAGE_SIZE)] or [[]]
    names = ["index.md"] + [f"page-{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {}
    for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
        label = category_label(category)
        heading = label if number == 1 else f"{label} · 第 {number} 页"
        lines = [front_matter({"title": heading}), f"# {escape_markdown(heading)}\n"]
        lines.append(f"共 {len(notes)} 篇笔记，按日期从新到旧排列。\n")
        lines.append(note_list(chunk, "../" if number == 1 else "../../", details=True))
        if len(chunks) > 1:
            pager = [f"[{n}]({names[n - 1]})" if n != number else f"**{n}**" for n in range(1, len(chunks) + 1)]
            lines.append("\n页码: " + " · ".join(pager))
        pages[f"notes/{slug}/{name}"] = "\n".join(lines) + "\n"
    return pages


def by_category(notes: list[Note]) -> dict[str, list[Note]]:
    """Return notes grouped by category, categories sorted by name, fallback last."""
    groups: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        groups[note.category].append(note)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == "Uncategorized", kv[0])))


def by_category_names(notes: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Return (category, slug) of the catalog's categories in nav order, fallback last."""
    pairs = {(n["category"], n["path"].split("/")[1]) for n in notes}
    return sorted(pairs, key=lambda pair: (pair[0] == "Uncategorized", pair[0]))


def home_page(summary: Summary) -> str:
    """Return the home page: what the knowledge base holds."""
    notes = list(summary.notes)
    lines = [
        front_matter({"title": "首页", "hide": ["navigation"]}),
        "# 机器学习知识库\n",
        f"从 **{len(summary.read)}** 份抓取记录 (dumps) 中整理出 **{len(notes)}** 篇笔记，"
        f"合并了 {summary.copies_merged} 份重复摘录。构建时间: <!-- kb:build-date -->\n",
        "## 分类\n",
        "| 分类 | 笔记数 |",
        "| --- | ---: |",
    ]
    for category, members in by_category(notes).items():
        slug = members[0].category_slug
        lines.append(f"| [{escape_markdown(category_label(category))}](notes/{slug}/index.md) | {len(members)} |")
    lines.append("\n## 最新笔记\n")
    lines.append(note_list(newest_first(notes)[:NEWEST_ON_HOME], "notes/", details=True))
    lines.append("[抓取与整理报告](report.md)")
    return "\n".join(lines) + "\n"


def report_page(summary: Summary) -> str:
    """Return the curator's report: dumps, merges, formulas, notes needing review."""
    lines = [
        # Out of search: it lists notes to review, and a query should find the notes themselves.
        front_matter({"title": "整理报告", "search": {"exclude": True}}),
        "# 整理报告 (Ingest report)\n",
        "| 项目 | 数量 |",
        "| --- | ---: |",
        f"| 读取的 dumps | {len(summary.read)} |",
        f"| 跳过的 dumps | {len(summary.skipped)} |",
        f"| 摘录行 (excerpts) | {summary.excerpts} |",
        f"| 笔记 (notes) | {len(summary.notes)} |",
        f"| 合并的重复摘录 | {summary.copies_merged} |",
        f"| 恢复的公式 | {summary.formulas_restored} |",
        f"| 未能恢复的公式 | {summary.formulas_left} |",
        "\n## 跳过的 dumps\n",
    ]
    if summary.skipped:
        lines += ["| 文件 | 原因 |", "| --- | --- |"]
        lines += [f"| `{d.name}` | {escape_markdown(d.reason or '')} |" for d in summary.skipped]
    else:
        lines.append("没有跳过任何文件。")
    review = [n for n in summary.notes if n.category_source in ("fallback", "inferred")]
    lines.append("\n## 待审阅的分类\n")
    if review:
        lines.append("这些笔记没有来自 dump 的分类：请确认或在覆盖文件中指定。\n")
        # Raw HTML, as in note_list: thousands of rows at 10,000 notes, and the report changes on every run.
        rows = ["<table>", "<thead><tr><th>笔记</th><th>分类</th><th>来源</th></tr></thead>", "<tbody>"]
        for note in review:
            how = note.category_source + (f" ({note.confidence:.2f})" if note.confidence is not None else "")
            link = f'<a href="../notes/{note_url(note)}">{html.escape(note.title)}</a>'
            rows.append(f"<tr><td>{link}</td><td>{html.escape(note.category)}</td><td>{how}</td></tr>")
        lines.append("\n".join([*rows, "</tbody>", "</table>"]))
    else:
        lines.append("所有笔记的分类都来自 dump。")
    lines.append("\n## 公式未能恢复的笔记\n")
    missing = [note for note in summary.notes if note.math.placeholders > note.math.restored]
    if missing:
        counts = [f": {note.math.placeholders - note.math.restored}" for note in missing]
        lines.append(note_list(missing, "../notes/", suffixes=counts))
    return "\n".join(lines) + "\n"


def catalog(summary: Summary) -> dict[str, object]:
    """Return the machine-readable catalog of notes and dumps."""
    return {
        "notes": [
            {
                "id": n.id,
                "title": n.title,
                "path": n.path,
                "category": n.category,
                "category_source": n.category_source,
                "confidence": n.confidence,
                "date": n.date,
                "tags": list(n.tags),
                "related": list(n.related),
                "links_to": list(n.links_to),
                "linked_from": list(n.linked_from),
                "sources": [{"dump": s.dump, "line": s.line} for s in n.sources],
                "math": {"placeholders": n.math.placeholders, "restored": n.math.restored},
            }
            for n in summary.notes
        ],
        "dumps": [
            {"name": d.name, "status": d.status, "excerpts": count, "reason": d.reason}
            for d, count in zip(summary.dumps, summary.excerpts_per_dump, strict=True)
        ],
    }


def catalog_json(data: dict[str, object]) -> str:
    """Return the catalog as JSON with one note or dump per line (readable diffs, fast C encoder)."""
    lines = []
    for key, rows in data.items():
        assert isinstance(rows, list)
        body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        lines.append(f"{json.dumps(key)}: [\n{body}\n]")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def as_neighbour(notes: Mapping[str, Note]) -> dict[str, str]:
    """Return, per note id, what other notes' pages show of that note (in links and local graphs)."""
    return {i: repr((i, n.title, n.category, n.category_slug, n.slug, n.related, n.links_to)) for i, n in notes.items()}


def page_inputs(note: Note, neighbours: Mapping[str, str]) -> bytes:
    """Return a digest of everything a note's page shows: the note, and the notes it links to
    and that link to it as `neighbours` (from as_neighbour) shows them."""
    near = dict.fromkeys((*note.related, *note.links_to, *note.linked_from, *(t.target for t in note.term_links)))
    # Plain tuples: their repr is computed in C, a record's is not.
    shown = (
        category_label(note.category), note.id, note.title, note.category, note.category_slug, note.slug,
        note.date, note.tags, [(s.dump, s.line) for s in note.sources], (note.math.placeholders, note.math.restored),
        note.related, note.links_to, note.linked_from, [(t.start, t.end, t.target) for t in note.term_links],
    )  # fmt: skip
    # A repr holds no raw control character, so the separator keeps the neighbours apart.
    return digest(note.text, repr(shown), "\x1f".join(neighbours[i] for i in near if i in neighbours))


def render_docs(summary: Summary, memo: Memo | None = None) -> dict[str, str | None]:
    """Return every generated page and the catalog, keyed by path under docs/.

    A note page whose inputs the memo has seen is None: the last run wrote it, and the file
    it left is kept (the store holds no copy: 65 MB at 10,000 notes, read on every run).
    """
    progress.info("rendering %d notes", len(summary.notes))
    by_id = {note.id: note for note in summary.notes}
    notes = list(summary.notes)
    neighbours = as_neighbour(by_id)
    rendered: dict[str, str] = {}

    def render(todo: list[Note]) -> list[Plain]:
        rendered.update((note.id, note_page(note, by_id)) for note in todo)
        return [None] * len(todo)

    (memo or Memo()).map("page", notes, lambda note: page_inputs(note, neighbours), render)
    pages: dict[str, str | None] = {note.path: rendered.get(note.id) for note in notes}
    for category, members in by_category(list(summary.notes)).items():
        pages.update(category_pages(category, members[0].category_slug, members))
    pages["notes/catalog.json"] = catalog_json(catalog(summary))
    # jieba's user dictionary: a high frequency keeps each term whole.
    pages["notes/terms.txt"] = "".join(f"{term} 100000\n" for term in summary.terms if " " not in term)
    pages[REDIRECTS] = json.dumps(summary.redirects, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # Published as the site's index.md and report.md by the site hooks (ingest/site_hooks.py).
    pages[HOME_PAGE] = home_page(summary)
    pages[REPORT_PAGE] = report_page(summary)
    pages.update(graph_pages(summary))
    return pages


# Cross-links: term links, related notes, backlinks, the graph and tags pages.

GRAPH_PAGE = "notes/graph.md"
GRAPH_DATA = "notes/graph.json"
TAGS_PAGE = "notes/tags.md"
TAG_FOLDER = "notes/tags"
FEED = "notes/feed.xml"  # published at the site root as feed.xml
PUBLISHED_FEED = "feed.xml"
FEED_SIZE = 50
BACKLINKS_SHOWN = 50  # a page lists this many backlinks at most; the catalog has them all
LOCAL_NEIGHBOURS = 30  # nodes around the note in its local graph, at most
CATEGORY_COLOURS = {
    "Computer Vision": "#1e88e5",
    "NLP": "#e53935",
    "Generative Model": "#8e24aa",
    "Deep Learning": "#fb8c00",
    "Reinforcement Learning": "#43a047",
    "Programming": "#00897b",
    "Uncategorized": "#9e9e9e",
}
_EXTRA_COLOURS = ("#6d4c41", "#3949ab", "#c0ca33", "#d81b60", "#00acc1", "#5e35b1", "#7cb342", "#f4511e")
RELATED_EDGE, TERM_EDGE = 1, 2  # edge kinds in the graph data, as bits
TERM_EDGES_SHOWN = 30  # incoming term links per note drawn on the graph page


def note_url(note: Note) -> str:
    """Return a note's URL relative to the notes folder (directory URLs): <category>/<slug>/."""
    return f"{note.category_slug}/{note.slug}/"


def term_hrefs(note: Note, notes: Mapping[str, Note]) -> list[tuple[int, int, str]]:
    """Return (start, end, href) of a note's term links; the href is relative to the note's
    own page (notes/<category>/<slug>/), which MkDocs leaves alone inside raw HTML."""
    return [
        (link.start, link.end, "../../" + note_url(notes[link.target]))
        for link in sorted(note.term_links, key=lambda link: link.start)
        if link.target in notes
    ]


def note_link(note: Note, target: Note) -> str:
    """Return a Markdown link from one note's page to another's source file (MkDocs checks it)."""
    return f"[{escape_markdown(target.title)}](../{target.category_slug}/{target.slug}.md)"


def link_sections(note: Note, notes: Mapping[str, Note]) -> list[str]:
    """Return the related-notes and backlinks sections and the local graph of a note."""
    sections = []
    related = [notes[i] for i in note.related if i in notes]
    if related:
        items = "\n".join(f"- {note_link(note, other)}" for other in related)
        sections.append(f"{UNSEARCHED_HEADING.format('相关笔记 (Related notes)')}\n{items}\n")
    backlinks = [notes[i] for i in note.linked_from if i in notes]
    if backlinks:
        items = "\n".join(f"- {note_link(note, other)}" for other in backlinks[:BACKLINKS_SHOWN])
        more = len(backlinks) - BACKLINKS_SHOWN
        if more > 0:
            items += f"\n- 另有 {more} 篇 ({more} more, see the [graph](../graph.md))"
        sections.append(f"{UNSEARCHED_HEADING.format('被引用于 (Linked from)')}\n{items}\n")
    nodes, edges = local_graph(note, notes)
    if len(nodes) > 1:
        local = {"nodes": nodes, "edges": edges}
        data = html.escape(json.dumps(local, ensure_ascii=False, separators=(",", ":")), quote=True)
        sections.append(
            UNSEARCHED_HEADING.format("局部图谱 (Local graph)") + "\n"
            f'<div class="kb-local-graph" data-graph="{data}" role="img" '
            'aria-label="本笔记与相邻笔记的关系图 (this note and its neighbours)"></div>\n'
        )
    return sections


def local_graph(note: Note, notes: Mapping[str, Note]) -> tuple[list[list[str]], list[list[int]]]:
    """Return the note, its neighbours (related, linked, linking) and the edges among them;
    node URLs are relative to the note's page."""
    kinds: dict[str, int] = {}
    for other, kind in (
        *((i, RELATED_EDGE) for i in note.related),
        *((i, TERM_EDGE) for i in note.links_to),
        *((i, TERM_EDGE) for i in note.linked_from),
    ):
        if other in notes and other != note.id:
            kinds[other] = kinds.get(other, 0) | kind
    members = [note.id, *list(kinds)[:LOCAL_NEIGHBOURS]]
    place = {member: index for index, member in enumerate(members)}
    edges = {(0, place[other]): kinds[other] for other in members[1:]}
    for member in members[1:]:
        neighbour = notes[member]
        for other, kind in (
            *((i, RELATED_EDGE) for i in neighbour.related),
            *((i, TERM_EDGE) for i in neighbour.links_to),
        ):
            if other in place and other != member:
                pair = (min(place[member], place[other]), max(place[member], place[other]))
                edges[pair] = edges.get(pair, 0) | kind
    nodes = [
        [notes[m].title, "../../" + note_url(notes[m]), notes[m].category, category_colour(notes[m].category)]
        for m in members
    ]
    return nodes, [[a, b, kind] for (a, b), kind in sorted(edges.items())]


def category_colour(category: str) -> str:
    """Return the colour of a category's nodes: fixed for the known ones, stable for others."""
    if category in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[category]
    return _EXTRA_COLOURS[sum(category.encode()) % len(_EXTRA_COLOURS)]


def graph_data(summary: Summary) -> dict[str, object]:
    """Return the graph of all notes for the graph page: nodes placed by category, edges
    from related notes and term links (each pair once, kinds as bits). A note that many
    notes mention keeps its first TERM_EDGES_SHOWN incoming term links here (all of them are
    in the catalog and on its page): thousands of spokes to one hub say nothing more."""
    notes = list(summary.notes)
    index = {note.id: i for i, note in enumerate(notes)}
    edges: dict[tuple[int, int], int] = {}
    incoming: dict[str, int] = defaultdict(int)
    for i, note in enumerate(notes):
        for other, kind in (*((r, RELATED_EDGE) for r in note.related), *((t, TERM_EDGE) for t in note.links_to)):
            if kind == TERM_EDGE:
                incoming[other] += 1
                if incoming[other] > TERM_EDGES_SHOWN:
                    continue
            if other in index and index[other] != i:
                pair = (min(i, index[other]), max(i, index[other]))
                edges[pair] = edges.get(pair, 0) | kind
    categories = list(by_category(notes))
    degree = [0] * len(notes)
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    positions = layout(notes, categories, edges)
    return {
        "categories": [{"name": c, "label": category_label(c), "colour": category_colour(c)} for c in categories],
        # One row per note: title, URL (relative to this file), category index, x, y, degree.
        "nodes": [
            [n.title, note_url(n), categories.index(n.category), x, y, degree[i]]
            for i, (n, (x, y)) in enumerate(zip(notes, positions, strict=True))
        ],
        "edges": [[a, b, kind] for (a, b), kind in sorted(edges.items())],
    }


def layout(notes: list[Note], categories: list[str], edges: Mapping[tuple[int, int], int]) -> list[tuple[float, float]]:
    """Return a position per note: one disc per category (area by its size) around a circle;
    inside a disc, notes on a sunflower spiral in breadth-first order of their links, so
    neighbours sit near each other. Deterministic and linear in notes and edges."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, note in enumerate(notes):
        members[note.category].append(i)
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, b in sorted(edges):
        neighbours[a].append(b)
        neighbours[b].append(a)
    radii = {c: math.sqrt(len(members[c])) for c in categories}
    ring = sum(2 * r for r in radii.values()) / (2 * math.pi) * 1.15 if len(categories) > 1 else 0.0
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * len(notes)
    angle = 0.0
    for category in categories:
        radius = radii[category]
        angle += radius / max(ring, 1e-9) if ring else 0.0
        cx, cy = ring * math.cos(angle), ring * math.sin(angle)
        angle += radius / max(ring, 1e-9) if ring else 0.0
        for rank, i in enumerate(_breadth_first(members[category], neighbours, notes)):
            r = math.sqrt(rank + 0.5)
            theta = rank * 2.399963229728653  # the golden angle
            positions[i] = (round(cx + r * math.cos(theta), 3), round(cy + r * math.sin(theta), 3))
    return positions


def _breadth_first(group: list[int], neighbours: Mapping[int, list[int]], notes: list[Note]) -> list[int]:
    """Return a category's notes in breadth-first order over links inside it, best-linked first."""
    inside = set(group)
    seen: set[int] = set()
    order: list[int] = []
    starts = sorted(group, key=lambda i: (-len(notes[i].linked_from) - len(neighbours.get(i, [])), i))
    for start in starts:
        if start in seen:
            continue
        seen.add(start)
        queue = [start]
        while queue:
            current = queue.pop(0)
            order.append(current)
            for other in neighbours.get(current, []):
                if other in inside and other not in seen:
                    seen.add(other)
                    queue.append(other)
    return order


def graph_page(summary: Summary) -> str:
    """Return the graph page: an interactive map of every note (drawn by graph.js)."""
    categories = by_category(list(summary.notes))
    options = "".join(
        f'<option value="{i}">{html.escape(category_label(c))} · {len(m)}</option>'
        for i, (c, m) in enumerate(categories.items())
    )
    return (
        front_matter({"title": "笔记图谱", "hide": ["toc"]})
        + "# 笔记图谱 (Graph of notes)\n\n"
        + f"{len(summary.notes)} 篇笔记：颜色表示分类，连线表示相关笔记与术语链接。点击节点打开笔记。\n\n"
        + '<div class="kb-graph-controls">'
        + '<input type="search" id="kb-graph-search" placeholder="搜索标题 (search titles)" aria-label="搜索标题">'
        + '<select id="kb-graph-category" aria-label="按分类筛选">'
        + f'<option value="">全部分类 (all)</option>{options}</select>'
        + '<span id="kb-graph-status" class="kb-graph-status"></span>'
        + "</div>\n"
        + '<div id="kb-graph" class="kb-graph" data-src="../graph.json" role="img" '
        + 'aria-label="所有笔记的关系图 (graph of all notes)"></div>\n\n'
        + "[所有标签 (tags)](tags.md)\n"
    )


def tag_slugs(tags: Sequence[str]) -> dict[str, str]:
    """Return each tag's page name: its pinyin slug, and a digest of the tag when two tags share one."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for tag in tags:
        by_slug[slugify(tag)].append(tag)
    # The digest depends on the tag alone, so a tag's page keeps its URL whatever tags come later.
    return {
        tag: slug if len(same) == 1 else f"{slug}-{hashlib.sha1(tag.encode()).hexdigest()[:6]}"
        for slug, same in by_slug.items()
        for tag in same
    }


def tag_pages(notes: Sequence[Note]) -> dict[str, str]:
    """Return the tags index (every tag, with how many notes carry it) and a page per tag
    listing its notes, newest first.

    Written from the notes rather than left to the tags plugin's listing, which an incremental
    build would fill with the rebuilt pages' tags only. A page per tag, not one page of all:
    a new note then changes only its own tags' pages, and no page grows with the corpus."""
    by_tag: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        for tag in note.tags:
            by_tag[tag].append(note)
    ordered = sorted(by_tag, key=lambda t: (t.casefold(), t))
    slugs = tag_slugs(ordered)
    # Tag pages stay out of search: a query should find the notes, not a list of their titles.
    hidden = {"search": {"exclude": True}}
    index = [
        front_matter({"title": "标签", **hidden}),
        "# 标签 (Tags)\n",
        f"{len(by_tag)} 个标签，{len(notes)} 篇笔记。\n",
    ]
    index += [f"- [{escape_markdown(tag)}](tags/{slugs[tag]}.md) ({len(by_tag[tag])})" for tag in ordered]
    pages = {TAGS_PAGE: "\n".join(index) + "\n"}
    for tag in ordered:
        lines = [front_matter({"title": f"标签: {tag}", **hidden}), f"# {escape_markdown(tag)}\n"]
        lines.append(f"{len(by_tag[tag])} 篇笔记 ({len(by_tag[tag])} notes) · [所有标签 (all tags)](../tags.md)\n")
        lines.append(note_list(newest_first(by_tag[tag]), "../../"))
        pages[f"{TAG_FOLDER}/{slugs[tag]}.md"] = "\n".join(lines) + "\n"
    return pages


def atom_feed(summary: Summary) -> str:
    """Return an Atom feed of the newest notes (by date, then first seen, as the home page).

    The ingest writes it as notes/feed.xml; the site publishes it at its root (feed.xml, see
    link_hooks.py). Links are relative to the root, so the feed is valid wherever the site
    is served, and the hooks add the absolute xml:base from site_url. Ids are UUIDs made
    from note ids, so they never change. A note without a date shows the newest date."""
    newest = newest_first(list(summary.notes))[:FEED_SIZE]
    dates = [n.date for n in summary.notes if n.date]
    updated = f"{max(dates)}T00:00:00Z" if dates else "1970-01-01T00:00:00Z"
    entries = []
    for note in newest:
        when = f"{note.date}T00:00:00Z" if note.date else updated
        entries.append(
            "<entry>"
            f"<title>{xml_escape(note.title)}</title>"
            f'<link rel="alternate" type="text/html" href="notes/{xml_escape(note_url(note))}"/>'
            f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:note:' + note.id)}</id>"
            f"<updated>{when}</updated>"
            + (f"<published>{when}</published>" if note.date else "")
            + f'<category term="{xml_escape(note.category)}" label="{xml_escape(category_label(note.category))}"/>'
            + f'<summary type="text">{xml_escape(first_line(note.text, 200))}</summary>'
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">'
        "<title>机器学习知识库 · 最新笔记</title>"
        '<link rel="self" type="application/atom+xml" href="feed.xml"/>'
        '<link rel="alternate" type="text/html" href="./"/>'
        f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest-kb:feed')}</id>"
        f"<updated>{updated}</updated>"
        "<author><name>digest-kb</name></author>"
        "<generator>digest-kb</generator>\n" + "\n".join(entries) + "\n</feed>\n"
    )


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(text: str) -> str:
    """Return text for XML character data or a quoted attribute (characters XML forbids dropped)."""
    return html.escape(_XML_INVALID.sub("", text), quote=True)


def graph_pages(summary: Summary) -> dict[str, str]:
    """Return the graph page, its data, the tag pages and the feed."""
    data = graph_data(summary)
    return {
        GRAPH_PAGE: graph_page(summary),
        GRAPH_DATA: json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
        FEED: atom_feed(summary),
        **tag_pages(summary.notes),
    }
