#!/usr/bin/env python3
"""Score revision tracking: the edits a note's `revisions` found against the edits its copies show.

Usage: scripts/score_revisions.py [--dumps 1000] [--seed 1 [2 ...]] [--corpus DIR] [--json OUT] [--show]

Makes a make_corpus.py corpus of --dumps dumps for each --seed in a scratch folder (or copies the
dumps of --corpus DIR, a folder holding dumps/ and truth.jsonl, so nothing is written beside
them), runs the ingest on it and reads docs/notes/catalog.json. Prints each corpus's counts, then
precision and recall pooled over the corpora (target 0.95 each: a corpus of 1,000 dumps holds
only 4 to 9 visible edits, so one corpus's figure moves by 10 points a revision) and exits
non-zero when either is below target. --show prints a few
misses and false revisions with the two texts around the change (aligned texts, or token forms
with ▣ for a formula); --json writes the figures to a file.

Definitions:
- Copies: every excerpt line of truth.jsonl, with its post and `edits` (the raw-text offsets of
  the edits made to the post so far: a copy with n edits shows the text after the first n).
  Dumps are ordered by the number before the underscore of their names.
- Notes to posts: each note is the truth post most of its `sources` lines belong to.
- Aligned text: every copy put in raw-text coordinates. FULLWIDTH punctuation is translated
  back (length-preserving; done on every copy, so a fullwidth character the post itself held
  compares equal in all of them) and the trailing "..." is stripped. In a copy of a placeholder
  dump (one whose lines hold [Math], [公式] or [Formula]) the k-th placeholder becomes the post's
  k-th formula `$...$` as its LaTeX copies show it: edits are one-character substitutions, so a
  formula keeps its raw position. The formula is taken from the longest LaTeX copy of the same
  text (same number of edits) that reaches it, else from the longest LaTeX copy of any text
  that does, and only if it starts where the placeholder stands; the aligned text stops at the
  first placeholder no LaTeX copy resolves so, and before a placeholder the cut left unfinished.
- Formula zone of a post: the characters inside a `$...$` of any aligned copy of it.
- Token form of a copy: fullwidth undone, each formula and placeholder one token, the cut mark
  and whatever formula or placeholder the cut left unfinished dropped. Copies of one text have
  token forms that begin one another whether or not their placeholders could be resolved.
- Visible edit: the k-th edit of a post (offset i, 0-based k) outside the formula zone that
  either rule shows. By aligned texts: A, the latest copy with at most k edits whose aligned
  text covers i, and B, the earliest copy with more than k edits that covers i, both exist and
  their aligned characters at i differ. By token forms (for an edit past the first placeholder
  no LaTeX copy resolves, where aligned texts stop): a copy with exactly k + 1 edits whose token
  form differs from the longest token form of the copies with exactly k edits, where both reach
  (edit k is the only change between the two texts). It is first shown in the dump of the
  earliest copy either rule finds. Same offset edited twice: when B already holds a later edit at
  the same offset, the k-th edit is left out (the later one compares the same A and B, so the
  change counts once, for the later edit); an A older than an earlier edit at the offset is kept.
- Truth events: the (post, dump) pairs where a visible edit is first shown. Found events:
  (the note's post, dump) for each `revisions` entry after the first. Precision is
  |found ∩ truth| / |found|, recall |found ∩ truth| / |truth|.

Counts: notes; edits made (the edits truth.jsonl lists: an edit to a post no later dump lists is
not counted), of them inside formulas, left out as same-offset, visible, first shown by token
forms; truth and found events. Alignment checks (each should be 0 where it says wrong or
disagreeing): after an edit the aligned character at its offset is one of 的了是在和 in every
copy that covers it (outside formulas); copies of one text agree, in aligned texts and in token
forms, where both reach; a placeholder copy agrees with the longest LaTeX copy of its text; no
edit the token forms show has A and B showing the same character.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.pipeline import run_ingest  # noqa: E402

MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"
TARGET = 0.95
CUT = "..."
PLACEHOLDERS = ("[Math]", "[公式]", "[Formula]")
EDIT_CHARS = "的了是在和"  # what make_corpus.py writes at an edit's offset
FORMULA = re.compile(r"\$[^$]+\$")  # make_corpus.py's pattern
MATH = re.compile(r"\$[^$]+\$|\[(?:Math|公式|Formula)\]")
TOKEN = "\ue000"  # one formula or placeholder in a token form
HALFWIDTH = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "；": ";"})
SNIPPET = 12  # characters shown each side of a change
SHOWN = 5  # examples of each kind printed by --show


@dataclass
class Copy:
    """One excerpt line of the corpus: the copy of a post one dump shows."""

    dump: str
    sequence: int
    line: int
    post: int
    edits: tuple[int, ...]
    text: str  # as the dump writes it
    aligned: str = ""  # in raw-text coordinates
    form: str = ""  # token form: each formula and placeholder one token
    placeholders: int = 0  # placeholders in the text
    resolved: int = 0  # placeholders replaced by their formula before the aligned text stops


@dataclass
class Edit:
    """One edit of a post, and the copies it was judged on."""

    post: int
    index: int  # k: the post's k-th edit (0-based)
    offset: int
    before: Copy | None = None  # A
    after: Copy | None = None  # B
    in_formula: bool = False
    merged: bool = False  # B already holds a later edit at the same offset
    same_aligned: bool = False  # A and B exist and show the same character at the offset
    shown: Copy | None = None  # the copy that first shows the edit
    against: Copy | None = None  # the copy before the edit it differs from
    snippets: tuple[str, str] = ("", "")  # both around the change (aligned texts or token forms)

    @property
    def visible(self) -> bool:
        """Whether a copy shows the edit."""
        return self.shown is not None


@dataclass
class Figures:
    """Everything counted on a corpus."""

    counts: dict[str, Any] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)


def sequence(dump: str) -> int:
    """Return a dump's place in time: the number before the underscore of its name."""
    return int(dump.split("_", 1)[0])


def load_copies(corpus: Path) -> list[Copy]:
    """Read truth.jsonl and the text of every excerpt line it names, oldest dump first."""
    lines: dict[str, list[str]] = {}
    copies = []
    with open(corpus / "truth.jsonl", encoding="utf-8") as truth:
        for row in map(json.loads, truth):
            dump = row["dump"]
            if dump not in lines:
                body = (corpus / "dumps" / dump).read_bytes().decode("utf-8")
                lines[dump] = [line.removesuffix("\r") for line in body.split("\n")]
            text = lines[dump][row["line"] - 1]
            copies.append(Copy(dump, sequence(dump), row["line"], row["post"], tuple(row["edits"]), text))
    copies.sort(key=lambda c: (c.sequence, c.line))
    return copies


def placeholder_dumps(copies: list[Copy]) -> set[str]:
    """Return the dumps whose excerpts write formulas as placeholders."""
    return {c.dump for c in copies if any(p in c.text for p in PLACEHOLDERS)}


def formulas(text: str) -> list[tuple[int, str]]:
    """Return the start and text of each complete `$...$` formula in an aligned text."""
    return [(m.start(), m.group()) for m in FORMULA.finditer(text)]


def unfinished_placeholder(text: str) -> int:
    """Return where a placeholder the cut left unfinished starts at the end of text, or -1."""
    start = text.rfind("[")
    if start >= 0 and any(p.startswith(text[start:]) and p != text[start:] for p in PLACEHOLDERS):
        return start
    return -1


def resolve(copy: Copy, references: list[list[tuple[int, str]]]) -> str:
    """Return a placeholder copy's text (fullwidth undone, cut mark off) with each placeholder
    replaced by its formula from the first reference that has it at that place; stop at the first
    placeholder none resolves."""
    text = copy.text.translate(HALFWIDTH).removesuffix(CUT)
    cut = copy.text.endswith(CUT)
    out: list[str] = []
    length = 0  # of the aligned text so far
    position = 0  # in the copy's text
    k = 0
    while True:
        found = [(text.find(p, position), p) for p in PLACEHOLDERS]
        found = [(at, p) for at, p in found if at >= 0]
        if not found:
            break
        at, placeholder = min(found)
        out.append(text[position:at])
        length += at - position
        copy.placeholders += 1
        formula = next((ref[k][1] for ref in references if len(ref) > k and ref[k][0] == length), None)
        if formula is None:
            copy.placeholders += sum(text.count(p, at + len(placeholder)) for p in PLACEHOLDERS)
            return "".join(out)
        out.append(formula)
        length += len(formula)
        copy.resolved += 1
        position = at + len(placeholder)
        k += 1
    rest = text[position:]
    if cut and (start := unfinished_placeholder(rest)) >= 0:
        rest = rest[:start]
    return "".join(out) + rest


def token_form(text: str) -> str:
    """Return a copy's token form: fullwidth undone, each formula and placeholder one token, the cut
    mark and whatever formula or placeholder the cut left unfinished dropped."""
    cut = text.endswith(CUT)
    form = MATH.sub(TOKEN, text.translate(HALFWIDTH).removesuffix(CUT))
    if cut:
        tail = form.rfind(TOKEN) + 1
        for end in (form.find("$", tail), unfinished_placeholder(form[tail:]) + tail):
            if end >= tail:
                form = form[:end]
    return form


def align(copies: list[Copy]) -> None:
    """Set the aligned text and the token form of every copy."""
    in_placeholder_dump = placeholder_dumps(copies)
    latex: dict[int, list[Copy]] = defaultdict(list)
    for copy in copies:
        if copy.dump not in in_placeholder_dump:
            copy.aligned = copy.text.translate(HALFWIDTH).removesuffix(CUT)
            latex[copy.post].append(copy)
    for copy in copies:
        if copy.dump in in_placeholder_dump:
            candidates = sorted(
                latex[copy.post], key=lambda c: (len(c.edits) == len(copy.edits), len(c.aligned)), reverse=True
            )
            copy.aligned = resolve(copy, [formulas(c.aligned) for c in candidates])
    for copy in copies:
        copy.form = token_form(copy.text)


def formula_zone(copies: list[Copy]) -> set[int]:
    """Return the raw offsets inside a formula of any of a post's aligned copies."""
    return {i for c in copies for start, f in formulas(c.aligned) for i in range(start, start + len(f))}


def snippet(text: str, offset: int) -> str:
    """Return the text around an offset, the character at it in brackets (a token shown as ▣)."""
    text = text.replace(TOKEN, "▣")
    if offset >= len(text):
        return text[max(0, offset - SNIPPET) :] + "[]"
    return f"{text[max(0, offset - SNIPPET) : offset]}[{text[offset]}]{text[offset + 1 : offset + 1 + SNIPPET]}"


def first_difference(a: str, b: str) -> int:
    """Return the first offset where two texts differ within their common length, or -1."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), -1)


def judge_edits(copies: list[Copy]) -> list[Edit]:
    """Return every edit of one post's copies (oldest first), with the copy that first shows it."""
    edits = max((c.edits for c in copies), key=len)
    zone = formula_zone(copies)
    judged = []
    for k, offset in enumerate(edits):
        edit = Edit(copies[0].post, k, offset, in_formula=offset in zone)
        judged.append(edit)
        covering = [c for c in copies if len(c.aligned) > offset]
        edit.before = next((c for c in reversed(covering) if len(c.edits) <= k), None)
        edit.after = next((c for c in covering if len(c.edits) > k), None)
        edit.merged = edit.after is not None and offset in edit.after.edits[k + 1 :]
        if edit.in_formula or edit.merged:
            continue
        if edit.before and edit.after:
            edit.same_aligned = edit.before.aligned[offset] == edit.after.aligned[offset]
            if not edit.same_aligned:
                edit.shown, edit.against = edit.after, edit.before
                edit.snippets = (snippet(edit.before.aligned, offset), snippet(edit.after.aligned, offset))
        known = max((c for c in copies if len(c.edits) == k), key=lambda c: len(c.form), default=None)
        for copy in copies if known else []:
            if edit.shown is not None and copy.sequence >= edit.shown.sequence:
                break
            if known and len(copy.edits) == k + 1 and (at := first_difference(known.form, copy.form)) >= 0:
                edit.shown, edit.against = copy, known
                edit.snippets = (snippet(known.form, at), snippet(copy.form, at))
                break
    return judged


def check_alignment(posts: dict[int, list[Copy]]) -> dict[str, int]:
    """Count the alignment checks: edited characters that are not an edit's, copies of one text
    that disagree where both reach."""
    checked = wrong = pairs = disagree = form_disagree = round_trips = round_trips_failed = 0
    for copies in posts.values():
        zone = formula_zone(copies)
        for copy in copies:
            for offset in set(copy.edits) - zone:
                if len(copy.aligned) > offset:
                    checked += 1
                    wrong += copy.aligned[offset] not in EDIT_CHARS
        by_text: dict[int, list[Copy]] = defaultdict(list)
        for copy in copies:
            by_text[len(copy.edits)].append(copy)
        for same in by_text.values():
            longest = max(same, key=lambda c: len(c.aligned))
            for copy in same:
                if copy is not longest:
                    pairs += 1
                    disagree += not longest.aligned.startswith(copy.aligned)
            latex = max((c for c in same if not c.placeholders), key=lambda c: len(c.aligned), default=None)
            for copy in same if latex else []:
                if copy.resolved and latex:
                    round_trips += 1
                    reach = min(len(copy.aligned), len(latex.aligned))
                    round_trips_failed += copy.aligned[:reach] != latex.aligned[:reach]
            longest = max(same, key=lambda c: len(c.form))
            form_disagree += sum(not longest.form.startswith(c.form) for c in same)
    return {
        "edited_chars_checked": checked,
        "edited_chars_wrong": wrong,
        "same_text_pairs": pairs,
        "same_text_pairs_disagreeing": disagree,
        "same_text_token_forms_disagreeing": form_disagree,
        "placeholder_copies_vs_latex_copy": round_trips,
        "placeholder_copies_vs_latex_copy_disagreeing": round_trips_failed,
    }


def note_posts(notes: list[dict[str, Any]], truth: dict[tuple[str, int], int]) -> list[int | None]:
    """Return each note's post: the truth post most of its source lines belong to."""
    posts: list[int | None] = []
    for note in notes:
        votes = Counter(truth[s["dump"], s["line"]] for s in note["sources"] if (s["dump"], s["line"]) in truth)
        posts.append(votes.most_common(1)[0][0] if votes else None)
    return posts


def found_events(notes: list[dict[str, Any]], posts: list[int | None]) -> set[tuple[int, str]]:
    """Return (the note's post, dump) for each revision of each note after its first."""
    found: set[tuple[int, str]] = set()
    for note, post in zip(notes, posts, strict=True):
        if "revisions" not in note:
            raise SystemExit(f"catalog.json: note {note['id']} has no revisions field")
        if post is not None:
            found.update((post, r["dump"]) for r in note["revisions"][1:])
    return found


def score(copies: list[Copy], notes: list[dict[str, Any]]) -> Figures:
    """Align the copies, judge every edit and compare the truth events with the notes' revisions."""
    align(copies)
    posts: dict[int, list[Copy]] = defaultdict(list)
    for copy in copies:
        posts[copy.post].append(copy)
    edits = [e for post in posts.values() for e in judge_edits(post)]
    visible = [e for e in edits if e.visible]
    truth_events: dict[tuple[int, str], list[Edit]] = defaultdict(list)
    for edit in visible:
        assert edit.shown is not None
        truth_events[edit.post, edit.shown.dump].append(edit)
    note_post = note_posts(notes, {(c.dump, c.line): c.post for c in copies})
    found = found_events(notes, note_post)
    hits = len(found & truth_events.keys())
    placeholder_copies = [c for c in copies if c.placeholders]
    figures = Figures()
    figures.counts = {
        "notes": len(notes),
        "posts": len(posts),
        "edits_made": len(edits),
        "edits_in_formulas": sum(e.in_formula for e in edits),
        "edits_merged_same_offset": sum(e.merged for e in edits),
        "visible_edits": len(visible),
        "first_shown_by_token_forms": sum(e.shown is not e.after for e in visible),
        "token_forms_against_aligned": sum(e.same_aligned for e in visible),
        "truth_events": len(truth_events),
        "found_events": len(found),
        "found_in_truth": hits,
        "precision": round(hits / len(found), 4) if found else 1.0,
        "recall": round(hits / len(truth_events), 4) if truth_events else 1.0,
        "placeholder_copies": len(placeholder_copies),
        "placeholder_copies_fully_resolved": sum(c.resolved == c.placeholders for c in placeholder_copies),
        **check_alignment(posts),
    }
    for (post, dump), events in sorted(truth_events.items(), key=lambda e: (e[0][0], sequence(e[0][1]))):
        if (post, dump) in found:
            continue
        seen = sorted({d for p, d in found if p == post}, key=sequence)
        for edit in events:
            assert edit.against is not None
            figures.misses.append(
                f"post {post} dump {dump} offset {edit.offset} (edit {edit.index}; found at {seen or 'none'})\n"
                f"    before {edit.against.dump}: {edit.snippets[0]}\n"
                f"    after  {dump}: {edit.snippets[1]}"
            )
    for post, dump in sorted(found - truth_events.keys(), key=lambda e: (e[0], sequence(e[1]))):
        here = [c for c in posts[post] if c.dump == dump]
        if not here:
            figures.false.append(f"post {post} dump {dump}: no copy of the post in that dump")
            continue
        earlier = [c for c in posts[post] if c.sequence < here[0].sequence]
        if not earlier:
            figures.false.append(f"post {post} dump {dump}: the post's first copy")
            continue
        before = earlier[-1]
        at = first_difference(before.aligned, here[0].aligned)
        if at < 0:
            raw = max(0, first_difference(before.text.translate(HALFWIDTH), here[0].text.translate(HALFWIDTH)))
            figures.false.append(
                f"post {post} dump {dump}: same aligned text as {before.dump} over "
                f"{min(len(before.aligned), len(here[0].aligned))} characters; as the dumps write them\n"
                f"    before {before.dump}: {snippet(before.text, raw)}\n"
                f"    after  {dump}: {snippet(here[0].text, raw)}"
            )
        else:
            figures.false.append(
                f"post {post} dump {dump} offset {at}\n"
                f"    before {before.dump}: {snippet(before.aligned, at)}\n"
                f"    after  {dump}: {snippet(here[0].aligned, at)}"
            )
    return figures


def ingest(corpus: Path, scratch: Path) -> list[dict[str, Any]]:
    """Ingest a copy of the corpus's dumps in scratch; return the catalog's notes."""
    dumps = scratch / "dumps"
    if not dumps.exists():
        shutil.copytree(corpus / "dumps", dumps)
    run_ingest(dumps, scratch / "docs")
    catalog = json.loads((scratch / "docs" / "notes" / "catalog.json").read_text(encoding="utf-8"))
    notes: list[dict[str, Any]] = catalog["notes"]
    return notes


def corpus_figures(seed: int, dumps: int, corpus: Path | None) -> Figures:
    """Make the corpus of `seed` (or read `corpus`), ingest it and score its notes' revisions."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if corpus is None:
            corpus = scratch
            command = [sys.executable, str(MAKE_CORPUS), str(corpus), "--dumps", str(dumps), "--seed", str(seed)]
            subprocess.run(command, check=True)
        return score(load_copies(corpus), ingest(corpus, scratch))


def main() -> None:
    """Make or read corpora, ingest each and score the notes' revisions, each and pooled."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dumps", type=int, default=1000, help="dumps of each corpus made (default 1000)")
    parser.add_argument("--seed", type=int, nargs="+", default=[1], help="seeds of the corpora made (default 1)")
    parser.add_argument("--corpus", type=Path, help="score this make_corpus.py folder instead of making one")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--show", action="store_true", help="print a few misses and false revisions")
    args = parser.parse_args()
    seeds = [None] if args.corpus else args.seed
    every = {}
    for seed in seeds:
        figures = corpus_figures(seed or 0, args.dumps, args.corpus)
        every[str(seed) if seed is not None else str(args.corpus)] = figures.counts
        print(f"seed {seed}: " if seed is not None else "", json.dumps(figures.counts), sep="")
        if args.show:
            for title, examples in (("misses", figures.misses), ("false revisions", figures.false)):
                print(f"\n{title} ({len(examples)}):")
                for example in examples[:SHOWN]:
                    print("  " + example)
    found, truth, hits = (sum(c[k] for c in every.values()) for k in ("found_events", "truth_events", "found_in_truth"))
    pooled = {"precision": round(hits / found, 4) if found else 1.0, "recall": round(hits / truth, 4) if truth else 1.0}
    print(f"pooled over {len(every)} corpora: {truth} truth events, {found} found, {hits} both")
    met = True
    for name, value in pooled.items():
        good = value >= TARGET
        met &= good
        print(f"{name:9} {value:.3f}  target {TARGET}  {'met' if good else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"corpora": every, "pooled": pooled}, indent=2) + "\n", encoding="utf-8")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
