"""Pausing Python's cyclic garbage collector (Qt-free).

- Work on QThreadPool threads: the collector runs on whichever thread happens to allocate when a
  threshold is crossed. On a worker thread it may collect wrappers of Qt objects that belong to the
  GUI thread and delete them there — a crash far from its cause. Worker code therefore runs with
  collection paused; the GUI thread collects as usual before and after.
- Bulk work that allocates a few objects per spreadsheet cell and makes no reference cycles (the
  Excel import): each collection would walk every cell read so far, for nothing.
- When the outermost pause ends with many young objects, they are frozen rather than walked by the
  next collection (:func:`_spare_the_collector`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause cyclic garbage collection while the block runs (nesting and several workers allowed)."""
    global _paused
    with _lock:
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                _spare_the_collector()
                gc.enable()


# Young objects left by a paused block from which on the collector's first pass after it walks them all.
FREEZE_FROM = 10_000


def _spare_the_collector() -> None:
    """Keep the collector from walking, in one pass, what a paused block built.

    While collection is paused the young generation grows without bound; the first collection
    afterwards would walk every object the block made (the workbook's rows, the plan: 0.1–0.15 s
    for a 20,000-row import, holding the GIL). They are rows of data without reference cycles,
    freed by reference counting when their owner lets go of them, so they are moved out of the
    collector's sight (``gc.freeze``) instead.
    """
    if gc.get_count()[0] >= FREEZE_FROM:
        gc.freeze()
