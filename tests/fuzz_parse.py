"""atheris fuzz target for the read and parse stages (run by tests/test_fuzz.py for a bounded time).

Usage: python tests/fuzz_parse.py -max_total_time=30 [corpus_dir]
"""

from __future__ import annotations

import re
import sys

import atheris

with atheris.instrument_imports():
    from ingest.group import group_copies
    from ingest.parse import parse_dump
    from ingest.read import decode_dump, split_lines
    from ingest.records import Dump
    from ingest.render.note import excerpt_html
    from ingest.text import comparable
    from ingest.titles import title_for

_OUR_TAGS = re.compile(r'</?(?:p|span)(?: (?:class|role|title|aria-label)="[^"<>]*")*>')


def one_input(data: bytes) -> None:
    """Decode, parse and group one fuzzed dump; the stages must never raise."""
    text, reason = decode_dump(data)
    if text is None:
        assert reason
        return
    dump = Dump("001_0000000000000000.txt", 1, tuple(split_lines(text)))
    excerpts = parse_dump(dump)
    for excerpt in excerpts:
        assert excerpt.text and not set(excerpt.text) & {"\n", "\r", "\x00"}
        assert 1 <= excerpt.source.line <= len(dump.lines)
        comparable(excerpt.text)
        title_for(excerpt.text)
        assert "<" not in _OUR_TAGS.sub("", excerpt_html(excerpt.text)), "scraped text became markup"
    posts = group_copies(excerpts)
    assert sum(len(p.copies) for p in posts) == len(excerpts)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
