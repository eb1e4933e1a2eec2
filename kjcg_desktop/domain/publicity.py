"""R4 — publicity (公示) periods.

Counting follows the Civil Code: the day of posting is not counted (民法典第二百零一条), and when
the last day falls on a statutory holiday or rest day the period ends on the next working day
(民法典第二百零三条). Holidays and make-up workdays come from the State Council's published
arrangement where the year is known; for other years only weekends are treated as rest days and
the result carries a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .errors import DomainError

ARTICLE_COUNTING = "民法典第二百零一条、第二百零三条"
ARTICLE_GRANT_MINIMUM = "方案二(一)、方案二(二)"
GRANT_MIN_DAYS = 15
DEFAULT_DAYS = 15


def _calendar_is_workday(day: date) -> bool | None:
    """True/False from the official arrangement, or None when the year is not covered."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - dependency is declared
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def holiday_data_known(year: int) -> bool:
    """Whether official holiday data exists for ``year``."""
    return _calendar_is_workday(date(year, 6, 1)) is not None


def is_working_day(day: date) -> bool:
    """Working day per the official arrangement; weekends-only where the year is unknown."""
    known = _calendar_is_workday(day)
    if known is None:
        return day.weekday() < 5
    return known


@dataclass(frozen=True)
class PublicityWindow:
    start: date
    days: int
    working_days: bool
    nominal_end: date
    end: date
    holiday_data_known: bool

    @property
    def shifted(self) -> bool:
        return self.end != self.nominal_end

    @property
    def warning(self) -> str:
        if self.holiday_data_known:
            return ""
        return f"{self.end.year}年法定节假日安排未知，仅按周末顺延，请核对国务院放假通知。"

    def days_left(self, today: date) -> int:
        """Whole days until the period is over (0 on the last day)."""
        return max((self.end - today).days, 0)

    def is_over(self, today: date) -> bool:
        """The period has reached its end date, so the publicity may be closed (SPEC R4: it
        cannot be closed *before* its end date; on the end date the linked record moves on)."""
        return today >= self.end


def publicity_window(start: date, days: int = DEFAULT_DAYS, *, working_days: bool = False) -> PublicityWindow:
    """Compute a publicity period (R4, 民法典第二百零一条、第二百零三条).

    ``days`` calendar days counted from the day after ``start``; when the last day is a rest day
    or statutory holiday the end moves to the next working day. With ``working_days=True`` only
    working days are counted (units that publicise for "15个工作日").
    """
    if days < 1:
        raise DomainError("公示期天数必须为正整数", article=ARTICLE_COUNTING, field="days")
    years_known = True
    if working_days:
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            years_known &= holiday_data_known(day.year)
            if is_working_day(day):
                counted += 1
        nominal = day
        end = day
    else:
        nominal = start + timedelta(days=days)
        end = nominal
        years_known &= holiday_data_known(end.year)
        while not is_working_day(end):
            end += timedelta(days=1)
            years_known &= holiday_data_known(end.year)
    return PublicityWindow(start, days, working_days, nominal, end, years_known)


def publicity_end(start: date, days: int = DEFAULT_DAYS, *, working_days: bool = False) -> date:
    """The last day of a publicity posted on ``start`` (R4).

    >>> publicity_end(date(2025, 3, 3))
    datetime.date(2025, 3, 18)
    """
    return publicity_window(start, days, working_days=working_days).end


def check_grant_publicity_days(days: int) -> None:
    """A rights grant must be publicised for at least 15 days (方案二(一)、方案二(二))."""
    if days < GRANT_MIN_DAYS:
        raise DomainError(
            f"赋权公示期不少于{GRANT_MIN_DAYS}日，当前为{days}日", article=ARTICLE_GRANT_MINIMUM, field="days"
        )


def check_can_close(window: PublicityWindow, today: date) -> None:
    """A publicity cannot be closed before its end date (R4)."""
    if not window.is_over(today):
        raise DomainError(
            f"公示期至{window.end.isoformat()}届满，届满前不能结束公示", article=ARTICLE_COUNTING
        )
