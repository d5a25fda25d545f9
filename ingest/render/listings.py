"""Listings: category pages, the home page, the report and the tag pages, as raw HTML lists of notes.

Raw HTML passes through Markdown untouched: a page of 1,000 links renders 5 times faster than
as Markdown links, and a new note rewrites dozens of tag pages.
"""

from __future__ import annotations

import hashlib
import html
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from ingest.identify import slugify
from ingest.paths import RECENT_PAGE, TAG_FOLDER, TAGS_PAGE, TITLES_NAME, category_folder
from ingest.records import FALLBACK, Category, CategorySource, Note, Summary
from ingest.render.markup import escape_markdown, first_line, front_matter, url_of

PAGE_SIZE = 50
Item = TypeVar("Item")
NEWEST_ON_HOME = 10
BUILD_DATE_MARK = "<!-- kb:build-date -->"  # the site fills in the build date


def newest_first(notes: list[Note]) -> list[Note]:
    """Return notes by date, newest first; undated last; ties by first sight, newest first."""
    order = {note.id: index for index, note in enumerate(notes)}
    return sorted(notes, key=lambda n: (n.date or "", order[n.id]), reverse=True)


def note_list(notes: Sequence[Note], to_notes: str, details: bool = False, suffixes: Sequence[str] = ()) -> str:
    """Return an HTML list of links to notes (with date and first line when `details`, each
    followed by its suffix if given); `to_notes` leads from the listing page's URL to notes/."""
    items = []
    for number, note in enumerate(notes):
        link = f'<a href="{to_notes}{url_of(note)}">{html.escape(note.title)}</a>'
        if suffixes:
            link += html.escape(suffixes[number])
        if details:
            date = f" · {note.date}" if note.date else ""
            link += f"{date}<br>\n{html.escape(first_line(note.text))}"
        items.append(f"<li>{link}</li>")
    return '<ul class="kb-note-list">\n' + "\n".join(items) + "\n</ul>\n"


def paged(
    folder: str,
    title: str,
    intro: str,
    items: Sequence[Item],
    listing: Callable[[Sequence[Item], str], str],
    searched: bool = True,
) -> dict[str, str]:
    """Return a listing in pages of PAGE_SIZE items, keyed by path under docs/: folder/index.md,
    then folder/page-2.md and on; `listing` makes the HTML of a page's items, given the way
    from the page's URL to notes/."""
    chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    names = ["index.md"] + [f"page-{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {}
    for number, (name, chunk) in enumerate(zip(names, chunks, strict=True), start=1):
        heading = title if number == 1 else f"{title} · 第 {number} 页"
        meta: dict[str, object] = {"title": heading} if searched else {"title": heading, "search": {"exclude": True}}
        lines = [front_matter(meta), f"# {escape_markdown(heading)}\n", intro + "\n"]
        lines.append(listing(chunk, "../" if number == 1 else "../../"))
        if len(chunks) > 1:
            pager = [f"[{n}]({names[n - 1]})" if n != number else f"**{n}**" for n in range(1, len(chunks) + 1)]
            lines.append("\n页码: " + " · ".join(pager))
        pages[f"{folder}/{name}"] = "\n".join(lines) + "\n"
    return pages


def category_pages(category: Category, notes: list[Note]) -> dict[str, str]:
    """Return the index page of a category and its continuation pages."""
    return paged(
        category_folder(category.slug), category.label, f"共 {len(notes)} 篇笔记，按日期从新到旧排列。",
        newest_first(notes), lambda chunk, to_notes: note_list(chunk, to_notes, details=True),
    )  # fmt: skip


def by_category(notes: list[Note]) -> dict[str, list[Note]]:
    """Return notes grouped by category, categories sorted by name, fallback last."""
    groups: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        groups[note.category].append(note)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == FALLBACK.name, kv[0])))


def home_page(summary: Summary, labels: Mapping[str, str]) -> str:
    """Return the home page: what the knowledge base holds."""
    notes = list(summary.notes)
    lines = [
        front_matter({"title": "首页", "hide": ["navigation"]}),
        "# 机器学习知识库\n",
        f"从 **{len(summary.read)}** 份抓取记录 (dumps) 中整理出 **{len(notes)}** 篇笔记，"
        f"合并了 {summary.copies_merged} 份重复摘录。构建时间: {BUILD_DATE_MARK}\n",
        "## 分类\n",
        "| 分类 | 笔记数 |",
        "| --- | ---: |",
    ]
    for category, members in by_category(notes).items():
        slug = members[0].category_slug
        lines.append(f"| [{escape_markdown(labels[category])}](notes/{slug}/index.md) | {len(members)} |")
    lines.append("\n## 最新笔记\n")
    lines.append(note_list(newest_first(notes)[:NEWEST_ON_HOME], "notes/", details=True))
    lines.append(f"[最近更新]({RECENT_PAGE}) (新增与修订) · [抓取与整理报告](report.md)")
    return "\n".join(lines) + "\n"


def report_page(summary: Summary) -> str:
    """Return the curator's report: dumps, merges, formulas, notes needing review."""
    lines = [
        # Out of search: it lists notes to review, and a query should find the notes themselves.
        front_matter({"title": "整理报告", "search": {"exclude": True}}),
        "# 整理报告 (Ingest report)\n",
        f"构建时间 (built): {BUILD_DATE_MARK}\n",
        "| 项目 | 数量 |",
        "| --- | ---: |",
        f"| 读取的 dumps | {len(summary.read)} |",
        f"| 跳过的 dumps | {len(summary.skipped)} |",
        f"| 摘录行 (excerpts) | {summary.excerpts} |",
        f"| 笔记 (notes) | {len(summary.notes)} |",
        f"| 合并的重复摘录 | {summary.copies_merged} |",
        f"| 恢复的公式 | {summary.formulas_restored} |",
        f"| 未能恢复的公式 | {summary.formulas_left} |",
        f"| 修订过的笔记 (revised notes) | {sum(note.last_revised is not None for note in summary.notes)} |",
    ]
    times = sorted(summary.dump_times[d.name] for d in summary.read if d.name in summary.dump_times)
    if times:
        days = " – ".join(dict.fromkeys((times[0][:10], times[-1][:10])))
        lines.append(f"| 首次读到 dumps 的日期 (first seen) | {days} |")
    lines.append("\n## 跳过的 dumps 与行 (Skipped dumps and lines)\n")
    if summary.skipped or summary.partial:
        lines += ["| 文件 | 原因 |", "| --- | --- |"]
        lines += [f"| `{d.name}` | {escape_markdown(d.reason or '')} |" for d in (*summary.skipped, *summary.partial)]
    else:
        lines.append("没有跳过任何文件或行。")
    review = [n for n in summary.notes if n.category_source in (CategorySource.FALLBACK, CategorySource.INFERRED)]
    lines.append("\n## 待审阅的分类\n")
    if review:
        lines.append("这些笔记没有来自 dump 的分类：请确认或在覆盖文件中指定。\n")
        # Raw HTML, as in note_list: thousands of rows at 10,000 notes, and the report changes on every run.
        rows = ["<table>", "<thead><tr><th>笔记</th><th>分类</th><th>来源</th></tr></thead>", "<tbody>"]
        for note in review:
            how = note.category_source + (f" ({note.confidence:.2f})" if note.confidence is not None else "")
            link = f'<a href="../notes/{url_of(note)}">{html.escape(note.title)}</a>'
            rows.append(f"<tr><td>{link}</td><td>{html.escape(note.category)}</td><td>{how}</td></tr>")
        lines.append("\n".join([*rows, "</tbody>", "</table>"]))
    else:
        lines.append("所有笔记的分类都来自 dump。")
    weak = [note for note in summary.notes if note.weak_title]
    lines.append("\n## 待审阅的标题 (Weak titles)\n")
    if weak:
        lines.append(
            f"这些标题只是笔记最突出的关键词，没有规则找到它的主题：请在 `{TITLES_NAME}` 中按笔记 id 指定标题"
            f" (no rule found these notes' subjects; give a title by note id in `{TITLES_NAME}`).\n"
        )
        lines.append(note_list(weak, "../notes/", suffixes=[f" · {note.id}" for note in weak]))
    else:
        lines.append("每个标题都来自笔记的主题。")
    lines.append("\n## 公式未能恢复的笔记\n")
    missing = [note for note in summary.notes if note.math.placeholders > note.math.restored]
    if missing:
        counts = [f": {note.math.placeholders - note.math.restored}" for note in missing]
        lines.append(note_list(missing, "../notes/", suffixes=counts))
    return "\n".join(lines) + "\n"


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
