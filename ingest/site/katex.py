"""Formulas drawn at build time by KaTeX, in an embedded V8 (mini-racer): a page arrives with its
math laid out (no shift when it renders, no 270 kB script), instant navigation swaps in pages
whose math is already drawn, and a pip user needs no Node."""

from __future__ import annotations

import asyncio
import atexit
import html
import json
import re
import threading
import weakref
from contextlib import ExitStack
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
# pymdownx.arithmatex's generic output: the source, escaped, in \(…\) (inline) or \[…\] (display).
ARITHMATEX = re.compile(r'(<(span|div) class="arithmatex[^"]*">)([^<]*)(</\2>)')
DELIMITERS = re.compile(r"^\s*\\([(\[])(.*)\\[)\]]\s*$", re.DOTALL)
Formula = tuple[str, bool]  # TeX source, display mode
TIMEOUT = 300  # seconds one page's formulas may take: KaTeX never loops, but a bug must not hang a build
# A V8 context still open when the interpreter ends can hang the exit (mini-racer): every one
# the plugin has not closed (a test, an interrupted build) is closed before that.
_OPEN: weakref.WeakSet[Katex] = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    for katex in list(_OPEN):
        katex.close()


class Katex:
    """KaTeX in one V8 context, made at the first formula, with what it drew kept (a formula is
    drawn once however many pages show it)."""

    def __init__(self) -> None:
        self.context: Any = None
        self.drawn: dict[Formula, str] = {}
        self._resources = ExitStack()

    def _started(self) -> Any:
        if self.context is None:
            from py_mini_racer import mini_racer  # a 70 MB library: loaded only when a page has math

            # The context runs on an asyncio loop of its own, in a thread of its own: left to itself,
            # mini-racer would take a loop running in the calling thread (Playwright's, in the
            # tests), and could then apply no timeout.
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="katex", daemon=True)
            thread.start()
            self._resources.callback(_stop, loop, thread)
            context = self._resources.enter_context(mini_racer(event_loop=loop))
            _OPEN.add(self)
            try:
                context.eval((PACKAGE / "vendor" / "katex.min.js").read_text(encoding="utf-8"))
                if context.eval((PACKAGE / "js" / "katex-batch.js").read_text(encoding="utf-8")) != "function":
                    raise RuntimeError("katex.min.js did not define katex.renderToString")
            except BaseException:
                self.close()
                raise
            self.context = context
        return self.context

    def draw(self, formulas: list[Formula]) -> None:
        """Draw the formulas not drawn yet, in one call into V8."""
        todo = sorted({f for f in formulas if f not in self.drawn})
        if not todo:
            return
        # ASCII JSON is a JavaScript expression V8 parses at once, and no lone surrogate can break it.
        batch = json.dumps([[tex, display] for tex, display in todo], ensure_ascii=True)
        drawn = json.loads(self._started().eval(f"kbDraw({batch})", timeout_sec=TIMEOUT))
        self.drawn.update(zip(todo, drawn, strict=True))

    def close(self) -> None:
        """Free the V8 context and stop its loop (a next build makes another)."""
        self.context = None
        self._resources.close()


def _stop(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    """Stop an event loop running in a thread, and close it."""
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()


def formula(source: str) -> Formula | None:
    """Return a formula's TeX and whether it is display math, from arithmatex's escaped text."""
    match = DELIMITERS.match(html.unescape(source))
    return (match.group(2), match.group(1) == "[") if match else None


def with_math_drawn(output: str, katex: Katex) -> str:
    """Return the page with every arithmatex formula drawn by KaTeX inside its element."""
    if 'class="arithmatex' not in output:
        return output
    found = [formula(m.group(3)) for m in ARITHMATEX.finditer(output)]
    katex.draw([f for f in found if f is not None])
    in_order = iter(found)  # sub meets the formulas in the order finditer found them

    def draw(match: re.Match[str]) -> str:
        tex = next(in_order)
        drawn = katex.drawn.get(tex) if tex else None
        return match.group(1) + drawn + match.group(4) if drawn else match.group(0)

    return ARITHMATEX.sub(draw, output)
