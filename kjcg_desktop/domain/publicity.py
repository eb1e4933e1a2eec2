"""R4 — publicity (公示) periods.

Counting follows the Civil Code: the day of posting is not counted (民法典第二百零一条), when the
last day falls on a statutory holiday or rest day the period ends on the next working day
(民法典第二百零三条), and the last day ends at 24:00 (民法典第二百零三条第二款、第二百零四条), so an
action that waits for the period — closing the publicity, the automatic abandonment
(1-2 第十一条), signing after a price publicity (1-1 第六条(四)) — may be taken from the next day on
(:func:`period_elapsed`). Rest days come from :mod:`.holidays`: the office's entry of the State
Council's notice, the built-in arrangement, or else the statutory holidays and weekends (with a
warning).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .errors import DomainError
from .holidays import HolidayCalendar, current_calendar

ARTICLE_COUNTING = "民法典第二百零一条、第二百零三条"
ARTICLE_END_OF_DAY = "民法典第二百零一条至第二百零四条"
ARTICLE_GRANT_MINIMUM = "方案二(一)、方案二(二)"
GRANT_MIN_DAYS = 15
DEFAULT_DAYS = 15


def holiday_data_known(year: int, calendar: HolidayCalendar | None = None) -> bool:
    """Whether the State Council's arrangement for ``year`` is known (entered or built in)."""
    return (calendar or current_calendar()).schedule_known(year)


def is_working_day(day: date, calendar: HolidayCalendar | None = None) -> bool:
    """Working day per the State Council's arrangement; where a year's arrangement is unknown,
    every day but the statutory holidays and weekends (全国年节及纪念日放假办法)."""
    return (calendar or current_calendar()).is_working_day(day)


def first_action_day(last_day: date) -> date:
    """The first day an action waiting for a period may be taken: the day after its last day
    (民法典第二百零三条第二款: 期间的最后一日的截止时间为二十四时)."""
    return last_day + timedelta(days=1)


def period_elapsed(last_day: date, today: date) -> bool:
    """The period whose last day is ``last_day`` has run out by ``today`` — only from the next day
    on, never on the last day itself (民法典第二百零一条至第二百零四条). Every action gate that waits
    for a publicity uses this: closing it, the automatic abandonment (1-2 第十一条), signing after
    the price publicity (1-1 第六条(四))."""
    return today > last_day


def end_of_day_message(last_day: date) -> str:
    """"公示期至 D 24:00 届满，D+1 起可办理"."""
    return f"公示期至 {last_day.isoformat()} 24:00 届满，{first_action_day(last_day).isoformat()} 起可办理"


def check_period_elapsed(last_day: date, today: date, action: str = "办理") -> None:
    """Refuse ``action`` on or before the last day of the period (民法典第二百零一条至第二百零四条)."""
    if not period_elapsed(last_day, today):
        raise DomainError(f"{end_of_day_message(last_day)}，今日（{today.isoformat()}）不能{action}",
                          article=ARTICLE_END_OF_DAY)


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
        return (f"{self.end.year}年国务院节假日安排未录入，仅按法定节日和周末顺延（调休未计入），"
                "请核对国务院放假通知。")

    def days_left(self, today: date) -> int:
        """Whole days until the period is over (0 on the last day)."""
        return max((self.end - today).days, 0)

    def is_over(self, today: date) -> bool:
        """The period has run out: from the day after its last day (:func:`period_elapsed`)."""
        return period_elapsed(self.end, today)

    @property
    def message(self) -> str:
        return end_of_day_message(self.end)

    def with_stored_end(self, stored: date | str | None) -> PublicityWindow:
        """This window with the end date the record stores (the one every gate and notice uses:
        a posted notice's end never moves earlier when holiday data change)."""
        from dataclasses import replace

        if not stored:
            return self
        end = stored if isinstance(stored, date) else date.fromisoformat(str(stored)[:10])
        return self if end == self.end else replace(self, end=end)


def publicity_window(start: date, days: int = DEFAULT_DAYS, *, working_days: bool = False,
                     calendar: HolidayCalendar | None = None) -> PublicityWindow:
    """Compute a publicity period (R4, 民法典第二百零一条、第二百零三条).

    ``days`` calendar days counted from the day after ``start``; when the last day is a rest day
    or statutory holiday the end moves to the next working day. With ``working_days=True`` only
    working days are counted (units that publicise for "15个工作日").
    """
    if days < 1:
        raise DomainError("公示期天数必须为正整数", article=ARTICLE_COUNTING, field="days")
    calendar = calendar or current_calendar()
    years_known = True
    if working_days:
        day = start
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            years_known &= calendar.schedule_known(day.year)
            if calendar.is_working_day(day):
                counted += 1
        nominal = day
        end = day
    else:
        nominal = start + timedelta(days=days)
        end = nominal
        years_known &= calendar.schedule_known(end.year)
        while not calendar.is_working_day(end):
            end += timedelta(days=1)
            years_known &= calendar.schedule_known(end.year)
    return PublicityWindow(start, days, working_days, nominal, end, years_known)


def publicity_end(start: date, days: int = DEFAULT_DAYS, *, working_days: bool = False,
                  calendar: HolidayCalendar | None = None) -> date:
    """The last day of a publicity posted on ``start`` (R4).

    >>> publicity_end(date(2025, 3, 3))
    datetime.date(2025, 3, 18)
    """
    return publicity_window(start, days, working_days=working_days, calendar=calendar).end


def check_grant_publicity_days(days: int) -> None:
    """A rights grant must be publicised for at least 15 days (方案二(一)、方案二(二))."""
    if days < GRANT_MIN_DAYS:
        raise DomainError(
            f"赋权公示期不少于{GRANT_MIN_DAYS}日，当前为{days}日", article=ARTICLE_GRANT_MINIMUM, field="days"
        )


def check_can_close(window: PublicityWindow | date, today: date) -> None:
    """A publicity may be closed only from the day after its last day (R4, 民法典第二百零一条至
    第二百零四条). ``window`` may be the stored last day itself."""
    last_day = window.end if isinstance(window, PublicityWindow) else window
    check_period_elapsed(last_day, today, "结束公示")


def end_date_change(stored_end: date, recomputed_end: date, *, issued: bool) -> date:
    """The end date to store when holiday data change (R4): the recomputed one, except that the
    end of a notice already issued never moves earlier — the later stored date stays and the
    office is offered a re-issue."""
    if issued and recomputed_end < stored_end:
        return stored_end
    return recomputed_end
