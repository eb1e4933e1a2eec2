"""What long work is given to report progress and to notice a cancel (Qt-free).

A service that may run for more than a moment takes ``progress(done, total, label)`` and a
:class:`CancelToken`; it calls ``token.check()`` between steps and, when the user cancelled, stops
with :class:`Cancelled` before it writes anything (its transaction is rolled back).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callback that reports nowhere."""


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""

    def __init__(self, message: str = "已取消，未做任何更改") -> None:
        super().__init__(message)


class CancelToken:
    """Set from the GUI thread, read by the worker."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


# Until this perf_counter() time the GUI thread is busy with something the clerk waits for (a page
# switch); background work waits at its next pause_point() meanwhile. Two cores shared with a worker
# computing in Python made a page switch several times slower than its own work.
_foreground_until = 0.0


def foreground_busy(seconds: float = 0.15) -> None:
    """The GUI thread starts something the clerk waits for: background work pauses for ``seconds``."""
    global _foreground_until
    _foreground_until = time.perf_counter() + seconds


def pause_point() -> None:
    """Where long work lets a busy GUI thread go first (see :func:`foreground_busy`); on the main
    thread itself it returns at once."""
    if _foreground_until > time.perf_counter() and threading.current_thread() is not threading.main_thread():
        while time.perf_counter() < _foreground_until:
            time.sleep(0.002)
