"""Progress of long runs: a bar on a terminal, plain lines in CI logs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

LOGGER = "ingest.progress"


class BarHandler(logging.Handler):
    """Draw counted steps ("reading dumps" 120/10000) as rich bars; print other messages above."""

    def __init__(self, bars: Progress) -> None:
        super().__init__()
        self.bars = bars
        self.tasks: dict[str, TaskID] = {}

    def emit(self, record: logging.LogRecord) -> None:
        step = getattr(record, "step", None)
        if step is None:
            if record.levelno >= logging.INFO:
                self.bars.console.log(record.getMessage())
            return
        if step not in self.tasks:
            self.tasks[step] = self.bars.add_task(step, total=getattr(record, "total", None))
        self.bars.update(self.tasks[step], completed=getattr(record, "done", 0))


class LineHandler(logging.Handler):
    """Print plain lines: stage messages, and a counted step at every tenth of its way."""

    def __init__(self, verbose: bool) -> None:
        super().__init__()
        self.verbose = verbose

    def emit(self, record: logging.LogRecord) -> None:
        step, done, total = (getattr(record, k, None) for k in ("step", "done", "total"))
        if step is None or self.verbose:
            print(record.getMessage(), flush=True)
        elif isinstance(done, int) and isinstance(total, int) and (done == total or done % max(total // 10, 1) == 0):
            print(f"{step}: {done}/{total}", flush=True)


@contextmanager
def reporting(quiet: bool = False, verbose: bool = False) -> Iterator[None]:
    """Show the ingest's progress while the block runs: a bar on a TTY, lines otherwise."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    if quiet:
        yield
        return
    if sys.stdout.isatty() and not verbose:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=Console(), transient=True) as bars:
            handler: logging.Handler = BarHandler(bars)
            logger.addHandler(handler)
            try:
                yield
            finally:
                logger.removeHandler(handler)
        return
    handler = LineHandler(verbose)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
