"""Restore stage: put LaTeX kept by any copy back in place of the placeholders."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.records import MathCount, Merged
from ingest.text import MATH, comparable, edit_limit, finished, prefix_edits


def split_math(text: str) -> tuple[list[str], list[re.Match[str]]]:
    """Split text into the segments between formulas, and the formulas."""
    segments, formulas, position = [], [], 0
    for match in MATH.finditer(text):
        segments.append(text[position : match.start()])
        formulas.append(match)
        position = match.end()
    segments.append(text[position:])
    return segments, formulas


def segments_agree(a: str, b: str) -> bool:
    """Tell whether two stretches of text between formulas say the same thing."""
    x, y = comparable(a), comparable(b)
    limit = edit_limit(min(len(x), len(y)))
    shorter, longer = sorted((x, y), key=len)
    return len(longer) - len(shorter) <= limit and prefix_edits(shorter, longer, limit)[0] <= limit


def latex_of(formula: re.Match[str]) -> str | None:
    """Return the formula as LaTeX with its delimiters, or None for a placeholder."""
    return None if formula.group("placeholder") else formula.group(0)


def restore_math(merged: Merged) -> Merged:
    """Replace each formula placeholder by the LaTeX of the copy that kept it."""
    segments, formulas = split_math(merged.text)
    restored: list[str | None] = [latex_of(f) for f in formulas]
    # Only copies that kept some LaTeX can help, and each distinct text once, newest first.
    latex_copies = dict.fromkeys(c.text for c in reversed(merged.copies) if "$" in c.text)
    for text in latex_copies:
        if None not in restored:
            break
        copy_segments, copy_formulas = split_math(finished(text))
        for k, formula in enumerate(copy_formulas[: len(formulas)]):
            if not segments_agree(segments[k], copy_segments[k]):
                break  # the copies part ways here: later formulas would be misplaced
            if restored[k] is None:
                restored[k] = latex_of(formula)
    placeholders = sum(1 for f in formulas if f.group("placeholder"))
    parts = [segments[0]]
    for k, formula in enumerate(formulas):
        parts.append(restored[k] or formula.group(0))
        parts.append(segments[k + 1])
    left = sum(1 for r in restored if r is None)
    math = MathCount(placeholders=placeholders, restored=placeholders - left)
    return replace(merged, text="".join(parts), math=math)
