"""Merge stage: fold the copies of one post into one text."""

from __future__ import annotations

from ingest.records import Merged, Post
from ingest.text import comparable, comparable_chars, comparable_position, edit_limit, prefix_edits


def merge_copies(post: Post) -> Merged:
    """Return the newest copy's text, extended by the tails of longer older copies."""
    newest_first = post.copies[::-1]
    text = newest_first[0].text
    form = comparable(text)
    seen = {text}
    for copy in newest_first[1:]:
        # The cheap comparable form rules out most copies before any alignment.
        if copy.text in seen or len(comparable(copy.text)) <= len(form) or not form:
            continue
        seen.add(copy.text)
        form, copy_form = comparable_chars(text), comparable_chars(copy.text)
        limit = edit_limit(len(form))
        edits, end = prefix_edits(form, copy_form, limit)
        if edits > limit or end >= len(copy_form):
            continue
        # Join right after the last character both copies share, keeping the newer words.
        head = text[: comparable_position(text, len(form) - 1) + 1]
        tail = copy.text[comparable_position(copy.text, end - 1) + 1 :]
        text = head + tail
        form = comparable(text)
    categories = tuple(dict.fromkeys(c.category for c in newest_first if c.category))
    dates = tuple(sorted({c.date for c in post.copies if c.date}))
    return Merged(text=text, copies=post.copies, categories=categories, dates=dates)
