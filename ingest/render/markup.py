"""Text as the pages need it: escaped for Markdown, YAML front matter and XML, and shortened for listings."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping

from ingest.paths import note_url
from ingest.records import Note
from ingest.text import MATH

# Every ASCII character Markdown, attr_list, arithmatex or Jinja could read as syntax.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_{}\[\]()<>#+\-.!|$&~^:=%\"']")
_YAML_RAW = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufeff\uff00-\ufffd\U00010000-\U0010ffff]"
)
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A note page's sections after its text (sources, related notes, backlinks, local graph) stay out
# of the search index: they name dumps and other notes, which would only make false matches, and
# left in they made up most of the index.
UNSEARCHED_HEADING = "## {} {{ data-search-exclude }}\n"


def url_of(note: Note) -> str:
    """Return a note's URL relative to the notes folder: <category>/<slug>/."""
    return note_url(note.category_slug, note.slug)


def escape_markdown(text: str) -> str:
    """Return text that Markdown renders back verbatim, as character references."""
    return _MARKDOWN_SYNTAX.sub(lambda m: f"&#{ord(m.group(0))};", text)


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


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def xml_escape(text: str) -> str:
    """Return text for XML character data or a quoted attribute (characters XML forbids dropped)."""
    return html.escape(_XML_INVALID.sub("", text), quote=True)
