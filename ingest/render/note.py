"""A note's page: its text as one escaped paragraph, where it came from, and its links to others."""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Mapping, Sequence

from ingest.cache.memo import digest
from ingest.records import Note, Revision
from ingest.render.graph import EDGE_KINDS, local_graph
from ingest.render.markup import UNSEARCHED_HEADING, escape_markdown, first_line, front_matter, url_of
from ingest.revisions import Change, changes
from ingest.text import MATH, URL

BACKLINKS_SHOWN = 50  # a page lists this many backlinks at most; the catalog has them all
MISSING = {
    "inline": ("公式未被抓取 (formula not captured by the scrape)", r"\(\boxed{?}\)"),
    "block": ("公式未被抓取 (formula not captured by the scrape)", r"\[\boxed{?}\]"),
}


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


def note_page(note: Note, notes: Mapping[str, Note], label: str) -> str:
    """Return the Markdown page of one note; `notes` (by id) resolves its links to others,
    `label` is its category's display name."""
    meta = {
        "title": note.title,
        "description": first_line(note.text, 150),
        "category": note.category,
        "date": note.date,
        "tags": list(note.tags),
        "note_id": note.id,
    }
    dates = []
    if note.date:
        dates.append(f'发布 (published) <time datetime="{note.date}">{note.date}</time>')
    if note.revisions:
        dates.append(f"首次收录 (first seen) {time_html(note.first_seen)}")
    if note.last_revised:
        dates.append(f"最后修订 (revised) {time_html(note.last_revised)}")
    facts = [f'<a href="../">{html.escape(label)}</a>']
    if dates:  # dates are not what a reader searches for: every note has them
        facts.append(f"<span data-search-exclude>{' · '.join(dates)}</span>")
    lines = [
        front_matter(meta),
        f"<h1>{html.escape(note.title)}</h1>\n",
        f'<p class="kb-facts">{" · ".join(facts)}</p>\n',
        excerpt_html(note.text, term_hrefs(note, notes)) + "\n",
    ]
    urls = list(dict.fromkeys(URL.findall(note.text)))
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
    if len(note.revisions) > 1:
        lines.append(f"{UNSEARCHED_HEADING.format('修订历史 (Revisions)')}\n{revisions_html(note.revisions)}\n")
    lines += link_sections(note, notes)
    return "\n".join(lines)


def time_html(moment: str) -> str:
    """Return a time the ingest recorded (ISO 8601) as an HTML <time> showing its day."""
    return f'<time datetime="{html.escape(moment)}">{html.escape(moment[:10])}</time>'


def change_html(change: Change) -> str:
    """Return one change with its context: what was removed struck through, what was put in underlined."""
    removed = f"<del>{html.escape(change.removed)}</del>" if change.removed else ""
    added = f"<ins>{html.escape(change.added)}</ins>" if change.added else ""
    return f"…{html.escape(change.before)}{removed}{added}{html.escape(change.after)}…"


def revisions_html(revisions: Sequence[Revision]) -> str:
    """Return the revision history: each text's dump and day, and what each revision changed."""
    items = [
        f"<li>{time_html(revisions[0].time)} <code>{html.escape(revisions[0].dump)}</code> 首次收录 (first seen)</li>"
    ]
    for before, revision in itertools.pairwise(revisions):
        found = changes(before.text, revision.text)
        shown = "".join(f"<li>{change_html(change)}</li>" for change in found)
        items.append(
            f"<li>{time_html(revision.time)} <code>{html.escape(revision.dump)}</code> "
            f"修订 {len(found)} 处 ({len(found)} change{'s' if len(found) != 1 else ''})"
            f'<ul class="kb-diff">{shown}</ul></li>'
        )
    return '<ol class="kb-revisions">\n' + "\n".join(items) + "\n</ol>"


def term_hrefs(note: Note, notes: Mapping[str, Note]) -> list[tuple[int, int, str]]:
    """Return (start, end, href) of a note's term links; the href is relative to the note's
    own page (notes/<category>/<slug>/), which MkDocs leaves alone inside raw HTML."""
    return [
        (link.start, link.end, "../../" + url_of(notes[link.target]))
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
        local = {"nodes": nodes, "edges": edges, "edge_kinds": EDGE_KINDS}
        data = html.escape(json.dumps(local, ensure_ascii=False, separators=(",", ":")), quote=True)
        sections.append(
            UNSEARCHED_HEADING.format("局部图谱 (Local graph)") + "\n"
            f'<div class="kb-local-graph" data-graph="{data}" role="img" '
            'aria-label="本笔记与相邻笔记的关系图，这些笔记都链接在上文 '
            '(this note and its neighbours, each linked above)"></div>\n'
        )
    return sections


def as_neighbour(notes: Mapping[str, Note]) -> dict[str, str]:
    """Return, per note id, what other notes' pages show of that note (in links and local graphs)."""
    return {i: repr((i, n.title, n.category, n.category_slug, n.slug, n.related, n.links_to)) for i, n in notes.items()}


def page_inputs(note: Note, neighbours: Mapping[str, str], label: str) -> bytes:
    """Return a digest of everything a note's page shows: the note, its category's label, and
    the notes it links to and that link to it as `neighbours` (from as_neighbour) shows them."""
    near = dict.fromkeys((*note.related, *note.links_to, *note.linked_from, *(t.target for t in note.term_links)))
    # Plain tuples: their repr is computed in C, a record's is not.
    shown = (
        label, note.id, note.title, note.category, note.category_slug, note.slug,
        note.date, note.tags, [(s.dump, s.line) for s in note.sources], (note.math.placeholders, note.math.restored),
        note.related, note.links_to, note.linked_from, [(t.start, t.end, t.target) for t in note.term_links],
        [(r.dump, r.time, r.text) for r in note.revisions],
    )  # fmt: skip
    # A repr holds no raw control character, so the separator keeps the neighbours apart.
    return digest(note.text, repr(shown), "\x1f".join(neighbours[i] for i in near if i in neighbours))
