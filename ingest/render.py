"""Render stage: notes and dumps into the Markdown pages and catalog of the site."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Mapping

import yaml

from ingest.categorize import chinese_name
from ingest.records import Note, Summary
from ingest.text import MATH

SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

HOME_PAGE = "notes/home.md"
REPORT_PAGE = "notes/report.md"
REDIRECTS = "notes/redirects.json"
PAGE_SIZE = 50
NEWEST_ON_HOME = 10
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


def excerpt_html(text: str) -> str:
    """Return the excerpt as HTML: text escaped, LaTeX for KaTeX, placeholders as markers."""
    parts = []
    position = 0
    for match in MATH.finditer(text):
        parts.append(html.escape(text[position : match.start()], quote=False))
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
                f'<span class="kb-missing kb-missing-{kind}" title="{tip}" aria-label="{tip}">'
                f'<span class="arithmatex">{latex}</span></span>'
            )
        position = match.end()
    parts.append(html.escape(text[position:], quote=False))
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
    """Return a YAML front matter block."""
    # The C safe dumper: same output as yaml.safe_dump, several times faster.
    dumped = yaml.dump(meta, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + dumped + "---\n\n"


def note_page(note: Note) -> str:
    """Return the Markdown page of one note."""
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
        excerpt_html(note.text) + "\n",
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
    lines.append(f'## 来源 (Sources)\n\n<ul class="kb-sources">{sources}</ul>\n')
    return "\n".join(lines)


def newest_first(notes: list[Note]) -> list[Note]:
    """Return notes by date, newest first; undated last; ties by first sight, newest first."""
    order = {note.id: index for index, note in enumerate(notes)}
    return sorted(notes, key=lambda n: (n.date or "", order[n.id]), reverse=True)


def listing_item(note: Note, link: str) -> str:
    """Return one Markdown list item for a note: title, date, first line."""
    date = f" · {note.date}" if note.date else ""
    return f"- [{escape_markdown(note.title)}]({link}){date}  \n  {escape_markdown(first_line(note.text))}"


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
        lines.extend(listing_item(note, f"{note.slug}.md") for note in chunk)
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
    lines.extend(listing_item(note, note.path) for note in newest_first(notes)[:NEWEST_ON_HOME])
    lines.append("\n[抓取与整理报告](report.md)")
    return "\n".join(lines) + "\n"


def report_page(summary: Summary) -> str:
    """Return the curator's report: dumps, merges, formulas, notes needing review."""
    lines = [
        front_matter({"title": "整理报告"}),
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
        lines += ["| 笔记 | 分类 | 来源 |", "| --- | --- | --- |"]
        for note in review:
            how = note.category_source + (f" ({note.confidence:.2f})" if note.confidence is not None else "")
            lines.append(f"| [{escape_markdown(note.title)}]({note.path}) | {escape_markdown(note.category)} | {how} |")
    else:
        lines.append("所有笔记的分类都来自 dump。")
    lines.append("\n## 公式未能恢复的笔记\n")
    for note in summary.notes:
        left = note.math.placeholders - note.math.restored
        if left:
            lines.append(f"- [{escape_markdown(note.title)}]({note.path}): {left}")
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


def render_docs(summary: Summary) -> dict[str, str]:
    """Return every generated page and the catalog, keyed by path under docs/."""
    pages = {note.path: note_page(note) for note in summary.notes}
    for category, members in by_category(list(summary.notes)).items():
        pages.update(category_pages(category, members[0].category_slug, members))
    pages["notes/catalog.json"] = catalog_json(catalog(summary))
    # jieba's user dictionary: a high frequency keeps each term whole.
    pages["notes/terms.txt"] = "".join(f"{term} 100000\n" for term in summary.terms if " " not in term)
    pages[REDIRECTS] = json.dumps(summary.redirects, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # Published as the site's index.md and report.md by the site hooks (ingest/site_hooks.py).
    pages[HOME_PAGE] = home_page(summary)
    pages[REPORT_PAGE] = report_page(summary)
    return pages
