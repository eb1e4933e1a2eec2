"""What long work is given to report progress and to notice a cancel (Qt-free).

A service that may run for more than a moment takes ``progress(done, total, label)`` and a
:class:`CancelToken`; it calls ``token.check()`` between steps and, when the user cancelled, stops
with :class:`Cancelled` before it writes anything (its transaction is rolled back).
"""

from __future__ import annotations

import threading
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
