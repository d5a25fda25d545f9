"""Property tests: any text survives ingest and build verbatim; front matter round-trips."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.parse import clean_line
from ingest.pipeline import run_ingest
from ingest.text import MATH
from tests.support import build, make_project

# Any character but line ends (a dump line is one excerpt) and NUL (a file with NUL is binary).
EXCERPT = st.text(st.characters(blacklist_characters="\n\r\x00", blacklist_categories=("Cs",)), min_size=1, max_size=80)
RENDERED_MATH = {"[Math]": r"\(\boxed{?}\)", "[公式]": r"\[\boxed{?}\]", "[Formula]": r"\[\boxed{?}\]"}


def marker(n: int) -> str:
    return f"性质{n:02d}{hashlib.sha1(str(n).encode()).hexdigest()[:10]} "


def dump_of(texts: list[str]) -> bytes:
    return ("\n".join(marker(n) + t for n, t in enumerate(texts)) + "\n").encode("utf-8")


def shown(text: str) -> str:
    """What the page's text must be: the line as cleaned, formulas in KaTeX's delimiters."""

    def formula(match: re.Match[str]) -> str:
        if match.group("inline") is not None:
            return rf"\({match.group('inline')}\)"
        if match.group("block") is not None:
            return rf"\[{match.group('block')}\]"
        return RENDERED_MATH[match.group(0)]

    return MATH.sub(formula, clean_line(text)).replace("[代码]", "⟨代码⟩")


class Excerpts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif tag == "p" and ("class", "kb-excerpt") in attrs:
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


@pytest.mark.build
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EXCERPT, min_size=1, max_size=8))
def test_any_text_is_rendered_verbatim(tmp_path_factory, texts):
    project = make_project(tmp_path_factory.mktemp("fidelity"), {"001_00000000000000aa.txt": dump_of(texts)})
    site = build(project).site
    pages = list((site / "notes").glob("*/*/index.html"))
    found = set()
    for page in pages:
        parser = Excerpts()
        parser.feed(page.read_text(encoding="utf-8"))
        found.update(parser.texts)
    for n, text in enumerate(texts):
        assert shown(marker(n) + text) in found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EXCERPT, min_size=1, max_size=6))
def test_front_matter_round_trips(tmp_path_factory, texts):
    project = tmp_path_factory.mktemp("front")
    (project / "dumps").mkdir()
    (project / "dumps" / "001_00000000000000aa.txt").write_bytes(dump_of(texts))
    summary = run_ingest(project / "dumps", project / "docs")
    for note in summary.notes:
        text = (project / "docs" / note.path).read_text(encoding="utf-8")
        _, front, _ = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        assert meta["title"] == note.title and meta["note_id"] == note.id
        assert Path(project / "docs" / note.path).resolve().is_relative_to((project / "docs" / "notes").resolve())
