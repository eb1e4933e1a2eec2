"""The application's one clock.

Every rule that depends on "today" (publicity ends, reminders, abandonment, defaults of date fields)
asks this module, never ``date.today()`` directly, so the whole application can be run on a chosen
day: the CLI's global ``--today YYYY-MM-DD``, the environment variable ``KJCG_TODAY`` (for a
subprocess), and the test suite, which fixes the date for every test.

Timestamps of records (when an event was logged, when a backup was written) are moments, not
dates of a rule: they always come from the system clock.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

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
    """The current moment from the system clock (local time, as records' timestamps are written);
    never the fixed day."""
    return datetime.now()


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


def display_time(stamp: str | None) -> str:
    """A stored timestamp as people read it, in local time: ``2026-12-06 02:22``.

    Stored values are ISO 8601; one with a time zone (``…+00:00``, ``…Z``) is converted to the
    local zone, one without is a local time already (as older records were written). Text that
    is not a timestamp is returned as it is."""
    if not stamp:
        return ""
    text = str(stamp).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
