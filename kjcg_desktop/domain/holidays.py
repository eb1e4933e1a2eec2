"""Working days and rest days for the Civil-Code count of publicity periods (R4, 民法典第二百零三条).

Three sources, the first that knows a year wins:

1. the office's own entry of the State Council's notice for that year (国务院办公厅关于某年部分节假日
   安排的通知: the holidays and the 调休 make-up working days, with the notice named as the source),
   stored in the database and handed in as :class:`YearSchedule` rows;
2. the ``chinesecalendar`` package, which carries the notices as far as its release knows;
3. the statutory days of 《全国年节及纪念日放假办法》 (as revised with effect from 2025-01-01:
   元旦 1 day, 春节 4 days — 除夕 and 正月初一至初三, 清明 1 day on the 清明 solar term, 劳动节 1–2 May,
   端午 1 day, 中秋 1 day, 国庆 1–3 October; before 2025: 春节 初一至初三 and 劳动节 1 May only) plus
   the weekends. The lunar dates and the solar term come from ``lunar-python``. Bridge days and make-up
   working days are not predictable, so a year known only this way carries a warning.

This module holds no database code: storage loads the office's entries and installs a calendar
with :func:`install_calendar`; :func:`current_calendar` is what ``is_working_day`` asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .errors import DomainError

ARTICLE_HOLIDAYS = "全国年节及纪念日放假办法第二条、民法典第二百零三条"
REVISION_2025 = 2025

SOURCE_OFFICE = "office"
SOURCE_LIBRARY = "library"
SOURCE_STATUTORY = "statutory"
SOURCE_LABELS = {
    SOURCE_OFFICE: "本单位录入的国务院放假通知",
    SOURCE_LIBRARY: "内置国务院放假安排（chinesecalendar）",
    SOURCE_STATUTORY: "仅法定节日及周末（未录入国务院放假通知）",
}


@lru_cache(maxsize=256)
def statutory_holidays(year: int) -> dict[date, str]:
    """The statutory public holidays of ``year`` (全国年节及纪念日放假办法第二条), without the
    State Council's bridge days: date → name."""
    from lunar_python import Lunar, Solar

    def lunar(month: int, day: int) -> date:
        solar = Lunar.fromYmd(year, month, day).getSolar()
        return date(solar.getYear(), solar.getMonth(), solar.getDay())

    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    spring = lunar(1, 1)
    first = -1 if year >= REVISION_2025 else 0
    for offset in range(first, 3):
        days[spring + timedelta(days=offset)] = "春节"
    term = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    days[date(term.getYear(), term.getMonth(), term.getDay())] = "清明节"
    for d in range(1, 3 if year >= REVISION_2025 else 2):
        days[date(year, 5, d)] = "劳动节"
    days[lunar(5, 5)] = "端午节"
    days.setdefault(lunar(8, 15), "中秋节")
    for d in range(1, 4):
        days.setdefault(date(year, 10, d), "国庆节")
    # Where 中秋 falls on 1–3 October (e.g. 2028) the day is a holiday either way.
    return {k: v for k, v in days.items() if k.year == year}


@dataclass(frozen=True)
class YearSchedule:
    """The State Council's holiday notice for one year as the office entered it."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date] = frozenset()
    source: str = ""
    names: Mapping[date, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        check_schedule(self.year, self.holidays, self.workdays, self.source)


def check_schedule(year: int, holidays: Iterable[date], workdays: Iterable[date], source: str) -> None:
    """A notice entry is refused when a date lies outside its year, a day is both a holiday and a
    make-up working day, a statutory holiday is missing, or the notice is not named."""
    holidays, workdays = set(holidays), set(workdays)
    if not str(source or "").strip():
        raise DomainError(f"{year}年放假安排须注明来源（国务院办公厅通知的文号或名称）", article=ARTICLE_HOLIDAYS,
                          field="source")
    for day in sorted(holidays | workdays):
        if day.year != year:
            raise DomainError(f"{day.isoformat()} 不在 {year} 年内", article=ARTICLE_HOLIDAYS, field="dates")
    both = sorted(holidays & workdays)
    if both:
        raise DomainError(f"{both[0].isoformat()} 不能既是放假日又是调休上班日", article=ARTICLE_HOLIDAYS, field="dates")
    missing = [f"{d.isoformat()}（{name}）" for d, name in sorted(statutory_holidays(year).items()) if d not in holidays]
    if missing:
        raise DomainError(f"{year}年放假安排缺少法定节假日：{'、'.join(missing)}", article=ARTICLE_HOLIDAYS,
                          field="dates")


@lru_cache(maxsize=8192)
def _library_is_workday(day: date) -> bool | None:
    """The library's answer for one day (None: its release does not know the year). Cached: a page of
    publicities asks about the same few hundred days thousands of times, and each answer the library
    gives checks the day against the whole range of its tables."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - dependency is declared
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


@lru_cache(maxsize=64)
def library_knows(year: int) -> bool:
    return _library_is_workday(date(year, 6, 1)) is not None


class HolidayCalendar:
    """Which days are working days: the office's notices, then the library, then the statutory
    days and weekends (see the module docstring)."""

    def __init__(self, schedules: Iterable[YearSchedule] = (), *, use_library: bool = True) -> None:
        self.schedules = {s.year: s for s in schedules}
        self.use_library = use_library

    def source(self, year: int) -> str:
        if year in self.schedules:
            return SOURCE_OFFICE
        if self.use_library and library_knows(year):
            return SOURCE_LIBRARY
        return SOURCE_STATUTORY

    def schedule_known(self, year: int) -> bool:
        """The State Council's arrangement for ``year`` is known (entered or built in)."""
        return self.source(year) != SOURCE_STATUTORY

    def is_working_day(self, day: date) -> bool:
        source = self.source(day.year)
        if source == SOURCE_OFFICE:
            schedule = self.schedules[day.year]
            if day in schedule.workdays:
                return True
            if day in schedule.holidays:
                return False
            return day.weekday() < 5
        if source == SOURCE_LIBRARY:
            return bool(_library_is_workday(day))
        return day.weekday() < 5 and day not in statutory_holidays(day.year)

    def rest_reason(self, day: date) -> str:
        """Why ``day`` is a rest day (empty for a working day)."""
        if self.is_working_day(day):
            return ""
        schedule = self.schedules.get(day.year)
        if schedule is not None and day in schedule.holidays:
            return schedule.names.get(day) or statutory_holidays(day.year).get(day) or "放假"
        name = statutory_holidays(day.year).get(day)
        return name or ("周末" if day.weekday() >= 5 else "放假")

    def missing_schedule_warning(self, today: date) -> str:
        """A warning while the coming year's notice is missing (shown from November on, when the
        State Council usually publishes it, and whenever this year's is missing)."""
        years = [today.year] + ([today.year + 1] if today.month >= 11 else [])
        missing = [y for y in years if not self.schedule_known(y)]
        if not missing:
            return ""
        names = "、".join(f"{y}年" for y in missing)
        return (f"尚未录入{names}国务院节假日安排通知：公示期仅按法定节日和周末计算，调休与补班未计入。"
                f"请在“设置—节假日安排”中录入。")


_default = HolidayCalendar()
_installed: HolidayCalendar | None = None


def install_calendar(calendar: HolidayCalendar | None) -> None:
    """Make ``calendar`` the one :func:`current_calendar` returns (None: the built-in default)."""
    global _installed
    _installed = calendar


def current_calendar() -> HolidayCalendar:
    return _installed if _installed is not None else _default


WORKDAY_WORDS = ("上班", "调休", "补班", "工作日")


def parse_notice_table(year: int, text: str) -> tuple[list[tuple[date, str]], list[date]]:
    """Read the small table the office types or pastes from the State Council's notice: one line a
    day or a range, ``2027-01-01 元旦`` or ``2027-02-05 至 2027-02-12 春节``; a line whose name says
    上班/调休/补班 is a make-up working day. Returns (holidays with names, working days). A line it
    cannot read is refused with its number, never skipped."""
    holidays: list[tuple[date, str]] = []
    workdays: list[date] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().replace("～", "至").replace("~", "至").replace("—", "至").replace("，", " ").replace(",", " ")
        line = line.replace("\t", " ")
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        try:
            first = date.fromisoformat(parts[0])
            rest = parts[1:]
            last = first
            if rest and rest[0] == "至":
                last = date.fromisoformat(rest[1])
                rest = rest[2:]
            elif rest and rest[0].startswith("至"):
                last = date.fromisoformat(rest[0][1:])
                rest = rest[1:]
        except (ValueError, IndexError):
            raise DomainError(f"第 {n} 行“{raw.strip()}”无法识别：请写成“YYYY-MM-DD 名称”或“YYYY-MM-DD 至 YYYY-MM-DD 名称”",
                              article=ARTICLE_HOLIDAYS, field="dates") from None
        if last < first or (last - first).days > 15:
            raise DomainError(f"第 {n} 行的日期范围不正确：{first.isoformat()} 至 {last.isoformat()}",
                              article=ARTICLE_HOLIDAYS, field="dates")
        name = " ".join(rest).strip()
        day = first
        while day <= last:
            if day.year != year:
                raise DomainError(f"第 {n} 行的 {day.isoformat()} 不在 {year} 年内", article=ARTICLE_HOLIDAYS, field="dates")
            if any(word in name for word in WORKDAY_WORDS):
                workdays.append(day)
            else:
                holidays.append((day, name or statutory_holidays(year).get(day, "放假")))
            day += timedelta(days=1)
    if not holidays:
        raise DomainError(f"未填写{year}年的放假日期", article=ARTICLE_HOLIDAYS, field="dates")
    return holidays, workdays


def notice_table_text(schedule_days: Iterable[tuple[date, str, str]]) -> str:
    """The stored days (day, kind, name) as the table :func:`parse_notice_table` reads."""
    lines = []
    for day, kind, name in sorted(schedule_days):
        lines.append(f"{day.isoformat()} {'调休上班' if kind == 'workday' else name}".strip())
    return "\n".join(lines)
