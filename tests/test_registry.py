"""Published URLs survive category changes and merges; slugs stay inside notes/."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ingest.identify import slugify
from ingest.records import MathCount, Note
from ingest.registry import Registry, record_publication


def note(note_id: str, category_slug: str, slug: str) -> Note:
    return Note(
        id=note_id,
        title=slug,
        slug=slug,
        category="x",
        category_slug=category_slug,
        category_source="dump",
        date=None,
        text="t",
        sources=(),
        math=MathCount(),
    )


def test_category_change_redirects_old_path():
    first = note("a", "nlp", "softmax")
    registry, redirects = record_publication(Registry(slugs={"a": "softmax"}), [first])
    assert redirects == {}
    moved = replace(first, category_slug="computer-vision")
    registry, redirects = record_publication(registry, [moved])
    assert redirects == {"notes/nlp/softmax.md": "notes/computer-vision/softmax.md"}
    assert registry.paths["a"] == ("notes/nlp/softmax.md", "notes/computer-vision/softmax.md")


def test_merged_note_redirects_to_survivor():
    registry = Registry(
        slugs={"a": "one", "b": "two"},
        paths={"a": ("notes/nlp/one.md",), "b": ("notes/nlp/two.md",)},
        merged={"b": "a"},
    )
    _, redirects = record_publication(registry, [note("a", "nlp", "one")])
    assert redirects == {"notes/nlp/two.md": "notes/nlp/one.md"}


@given(st.text(max_size=300))
def test_slugs_are_safe_file_names(title):
    slug = slugify(title)
    assert slug and len(slug.encode()) <= 80
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert slug not in {"index", "con", "nul"} and not slug.startswith("-")
    root = Path("/docs/notes/cat")
    assert (root / f"{slug}.md").resolve().parent == root


def test_hostile_titles_give_plain_slugs():
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("．．／．．／boot") == "boot"
    assert slugify("index") == "index-note"
    assert slugify("page-2") == "page-2-note"
    assert slugify("🙂🙂") == "note"
