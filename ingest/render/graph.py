"""The graph of notes: the graph page and its data, and each note's local graph.

Edges come from related notes and term links, each pair once, their kinds as bits; the data
names the bits (`edge_kinds`), so the script that draws it shares no constant with this file.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from collections.abc import Mapping

from ingest.records import Note, Summary
from ingest.render.listings import by_category
from ingest.render.markup import front_matter, url_of

LOCAL_NEIGHBOURS = 30  # nodes around the note in its local graph, at most
TERM_EDGES_SHOWN = 30  # incoming term links per note drawn on the graph page
RELATED_EDGE, TERM_EDGE = 1, 2  # edge kinds in the graph data, as bits
EDGE_KINDS = {"related": RELATED_EDGE, "term": TERM_EDGE}  # written into the data for the script
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
        [notes[m].title, "../../" + url_of(notes[m]), notes[m].category, category_colour(notes[m].category)]
        for m in members
    ]
    return nodes, [[a, b, kind] for (a, b), kind in sorted(edges.items())]


def category_colour(category: str) -> str:
    """Return the colour of a category's nodes: fixed for the known ones, stable for others."""
    if category in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[category]
    return _EXTRA_COLOURS[sum(category.encode()) % len(_EXTRA_COLOURS)]


def graph_data(summary: Summary, labels: Mapping[str, str]) -> dict[str, object]:
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
        "categories": [{"name": c, "label": labels[c], "colour": category_colour(c)} for c in categories],
        # One row per note: title, URL (relative to this file), category index, x, y, degree.
        "nodes": [
            [n.title, url_of(n), categories.index(n.category), x, y, degree[i]]
            for i, (n, (x, y)) in enumerate(zip(notes, positions, strict=True))
        ],
        "edges": [[a, b, kind] for (a, b), kind in sorted(edges.items())],
        "edge_kinds": EDGE_KINDS,
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


def graph_page(summary: Summary, labels: Mapping[str, str]) -> str:
    """Return the graph page: an interactive map of every note (drawn by graph.js), and under it
    the list of the notes it shows (filled by graph.js), whose links a keyboard reaches."""
    categories = by_category(list(summary.notes))
    options = "".join(
        f'<option value="{i}">{html.escape(labels[c])} · {len(m)}</option>'
        for i, (c, m) in enumerate(categories.items())
    )
    return (
        front_matter({"title": "笔记图谱", "hide": ["toc"]})
        + "# 笔记图谱 (Graph of notes)\n\n"
        + f"{len(summary.notes)} 篇笔记：颜色表示分类，连线表示相关笔记与术语链接。点击节点打开笔记；"
        + "图下的列表列出图中显示的笔记，可用键盘浏览。\n\n"
        + '<div class="kb-graph-controls">'
        + '<input type="search" id="kb-graph-search" placeholder="搜索标题 (search titles)" aria-label="搜索标题">'
        + '<select id="kb-graph-category" aria-label="按分类筛选">'
        + f'<option value="">全部分类 (all)</option>{options}</select>'
        + '<span id="kb-graph-status" class="kb-graph-status" role="status"></span>'
        + "</div>\n"
        + '<div id="kb-graph" class="kb-graph" data-src="../graph.json" role="img" '
        + 'aria-label="所有笔记的关系图，笔记的链接见图下的列表 '
        + '(graph of all notes; the list below links them)"></div>\n'
        + '<nav id="kb-graph-list" class="kb-graph-list" aria-label="图中的笔记 (notes in the graph)"></nav>\n\n'
        + "[所有标签 (tags)](tags.md)\n"
    )
