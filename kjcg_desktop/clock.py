"""The application's one clock.

Every rule that depends on "today" (publicity ends, reminders, abandonment, defaults of date fields)
asks this module, never ``date.today()`` directly, so the whole application can be run on a chosen
day: the CLI's global ``--today YYYY-MM-DD``, the environment variable ``KJCG_TODAY`` (for a
subprocess), and the test suite, which fixes the date for every test.

``now()`` is the wall-clock time as an aware UTC datetime (timestamps are stored in UTC and shown
in local time); when the date is fixed, ``now()`` is noon UTC of that day.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

Clock = Callable[[], date]

ENV_VAR = "KJCG_TODAY"

_fixed: date | None = None


def _from_env() -> date | None:
    raw = os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


def today() -> date:
    """Today's date: the fixed day when one is set, else the system's local date."""
    if _fixed is not None:
        return _fixed
    env = _from_env()
    return env if env is not None else date.today()


def now() -> datetime:
    """The current moment as an aware UTC datetime (noon UTC of the fixed day when one is set)."""
    fixed = _fixed if _fixed is not None else _from_env()
    if fixed is not None:
        return datetime.combine(fixed, time(12, 0), tzinfo=UTC)
    return datetime.now(UTC)


def local_now() -> datetime:
    """The current moment in local time, naive (for file-name stamps and display)."""
    return now().astimezone().replace(tzinfo=None)


def set_today(day: date | None) -> None:
    """Fix the application's date (None returns to the system clock)."""
    global _fixed
    _fixed = day


def fixed_today() -> date | None:
    return _fixed


@contextmanager
def frozen(day: date) -> Iterator[None]:
    """Run a block on ``day``; the previous setting is restored afterwards."""
    previous = _fixed
    set_today(day)
    try:
        yield
    finally:
        set_today(previous)
