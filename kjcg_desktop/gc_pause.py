"""Pausing Python's cyclic garbage collector (Qt-free).

- Work on QThreadPool threads: the collector runs on whichever thread happens to allocate when a
  threshold is crossed. On a worker thread it may collect wrappers of Qt objects that belong to the
  GUI thread and delete them there — a crash far from its cause. Worker code therefore runs with
  collection paused; the GUI thread collects as usual before and after.
- Bulk work that allocates a few objects per spreadsheet cell and makes no reference cycles (the
  Excel import): each collection would walk every cell read so far, for nothing.
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
                gc.enable()
