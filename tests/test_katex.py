"""Formulas drawn at build time by KaTeX in the embedded V8: as KaTeX draws them in a browser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ingest.site.katex import Katex, with_math_drawn


@pytest.fixture
def katex() -> Katex:
    drawn = Katex()
    yield drawn
    drawn.close()


def test_a_page_gets_katex_html_inside_each_arithmatex_element(katex: Katex) -> None:
    page = '<p><span class="arithmatex">\\(x^2\\)</span> and <span class="arithmatex">\\[\\frac{1}{2}\\]</span></p>'
    drawn = with_math_drawn(page, katex)
    assert drawn.count('<span class="katex">') == 2 and drawn.count('class="katex-display"') == 1
    assert "<math" in drawn and drawn.startswith('<p><span class="arithmatex"><span class="katex">')


def test_bad_tex_and_a_message_to_the_console_draw_as_katex_does(katex: Katex) -> None:
    katex.draw([("\\frac{", False), ("\\message{hello} x", False), ("𝑝_1 + \\text{中文}", False)])
    assert 'class="katex-error"' in katex.drawn[("\\frac{", False)]
    assert '<span class="katex">' in katex.drawn[("\\message{hello} x", False)]
    assert "中文" in katex.drawn[("𝑝_1 + \\text{中文}", False)]


def test_each_formula_is_drawn_once(katex: Katex) -> None:
    katex.draw([("a+b", False), ("a+b", False)])
    first = katex.drawn[("a+b", False)]
    katex.draw([("a+b", False)])
    assert katex.drawn[("a+b", False)] is first and len(katex.drawn) == 1


def test_a_process_that_never_closes_its_context_still_exits() -> None:
    program = "from ingest.site.katex import Katex\nk = Katex()\nk.draw([('x', False)])\nprint('drawn')\n"
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and result.stdout == "drawn\n", result.stderr


def test_formulas_are_drawn_while_an_asyncio_loop_runs_in_the_thread(katex: Katex) -> None:
    """As in the browser tests, where Playwright's loop runs in the main thread."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    async def draw() -> None:
        katex.draw([("y_1", False)])

    with ThreadPoolExecutor(max_workers=1) as thread:  # a thread of its own: pytest's may run a loop already
        thread.submit(asyncio.run, draw()).result()
    assert '<span class="katex">' in katex.drawn[("y_1", False)]
