"""Dates as ledgers write them, with their precision: a day, a month or only a year.

A date is stored as ISO text of its precision ("2023-12-05", "2023-12", "2023") with the precision
beside it. A rule that needs a day (annual-fee due dates, publicity periods) treats a month or a year
as unknown (:func:`full_date`) and says so; it never takes the first of the month for the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

DAY, MONTH, YEAR = "day", "month", "year"
PRECISIONS = (DAY, MONTH, YEAR)
PRECISION_LABELS = {DAY: "日", MONTH: "月", YEAR: "年"}

_EPOCH = date(1899, 12, 30)
_FULL = str.maketrans({i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})
_DAY_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*[日号]?"
                       r"(?:\s*[T ]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$")
# 23.05.06: a two-digit year first (the Chinese order); 06.05.23 (day first) is read the same way
_SHORT_YEAR_TEXT = re.compile(r"^(\d{2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")
# A weekday after the date, as Excel's and WPS's format "yyyy/m/d aaaa" writes it: 2023/5/6 星期六, (周六), Sat
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:(?:星期|周|礼拜)[一二三四五六日天七]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[）)]?$",
                      re.IGNORECASE)
# 二〇二三年五月六日: Chinese numerals, the year digit by digit, the month and the day as counted (十二, 二十六)
_CHINESE_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9}
_CHINESE_DATE = re.compile(r"^([〇○零O一二三四五六七八九]{4})\s*年(?:\s*([〇○零一二三四五六七八九十]{1,3})\s*月"
                           r"(?:\s*([〇○零一二三四五六七八九十]{1,3})\s*[日号])?)?$")
_MONTH_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?(?:份)?$")
_YEAR_TEXT = re.compile(r"^(\d{4})\s*年?(?:度)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_COMPACT_MONTH = re.compile(r"^(\d{4})(\d{2})$")
PLACEHOLDERS = frozenset({
    "-", "--", "—", "——", "–", "/", "\\", "无", "暂无", "没有", "空", "未知", "不详", "待定", "待授权", "未授权",
    "尚未授权", "未公开", "未授予", "na", "n/a", "none", "null", "nil", "0", "00000000", "x", "×", "?", "？", "…", "...",
})
# A database's empty date (MySQL writes 0000-00-00) and Excel's day 0 shown as a date (an empty cell a
# formula read: 1900/1/0, with a time 1900/1/0 0:00): no date.
_ZERO_DATE = re.compile(r"^(?:0000[-/.年]0{1,2}[-/.月]0{1,2}|1900[-/.年]0?1[-/.月]0{1,2})日?(?:\s+0{1,2}:00(?::00)?)?$")
MIN_YEAR, MAX_YEAR = 1950, 2100


class DateError(ValueError):
    """Text that is no date (message in Chinese)."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    iso: str                 # "2023-12-05" | "2023-12" | "2023"
    precision: str           # day | month | year
    ambiguous: str | None = None  # why the reading is uncertain (2015.1: January or October)

    def as_date(self) -> date | None:
        return date.fromisoformat(self.iso) if self.precision == DAY else None


def full_date(text: str | None) -> date | None:
    """A stored date when it names a day; None for a month, a year or nothing."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _checked_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(f"日期超出合理范围（{MIN_YEAR}—{MAX_YEAR} 年）")
    return year


def _day(y: int, m: int, d: int) -> PartialDate:
    try:
        value = date(_checked_year(y), m, d)
    except ValueError as exc:
        raise DateError("日期不存在（月或日超出范围）") from exc
    return PartialDate(value.isoformat(), DAY)


def _month(y: int, m: int, ambiguous: str | None = None) -> PartialDate:
    if not 1 <= m <= 12:
        raise DateError("月份超出范围")
    return PartialDate(f"{_checked_year(y):04d}-{m:02d}", MONTH, ambiguous)


def _year(y: int, ambiguous: str | None = None) -> PartialDate:
    return PartialDate(f"{_checked_year(y):04d}", YEAR, ambiguous)


def read_date(value: object) -> PartialDate | None:
    """Read a date cell: Excel dates and serial numbers, yyyymmdd integers (0 = none), 2015.03 typed
    as a number (a month), a year alone, text in the usual forms, placeholders (—, /, 无, 待授权 →
    none). A number such as 2015.1 may be January or an October that lost its 0: kept as the year,
    marked ambiguous. Raises :class:`DateError` for anything else."""
    if value is None:
        return None
    if value.__class__ is str and len(value) == 10 and value[4] == "-" and value[7] == "-":  # ISO, the common case
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            _checked_year(day.year)
            return PartialDate(value, DAY)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        _checked_year(value.year)
        return PartialDate(value.isoformat(), DAY)
    if isinstance(value, bool):
        raise DateError("不是日期")
    if isinstance(value, (int, float)):
        return _from_number(value)
    text = str(value)
    return _from_text((text if text.isascii() else text.translate(_FULL)).strip())


def _chinese_count(text: str) -> int:
    """一 … 九, 十, 十二, 二十, 二十六, 三十一 (and 〇六 written digit by digit) as a number."""
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CHINESE_DIGITS[ch]
        return value
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        raise DateError("无法识别的中文日期")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def _from_chinese(m: re.Match[str]) -> PartialDate:
    year = int("".join(str(_CHINESE_DIGITS[ch]) for ch in m.group(1)))
    if m.group(2) is None:
        return _year(year)
    month = _chinese_count(m.group(2))
    if m.group(3) is None:
        return _month(year, month)
    return _day(year, month, _chinese_count(m.group(3)))


def _from_short_year(m: re.Match[str]) -> PartialDate:
    """23.05.06 → 2023-05-06 (a two-digit year 50–99 is 19xx, else 20xx), flagged: it may also be
    the 23rd of May 2006 written day first."""
    yy, mm, dd = int(m.group(1)), int(m.group(3)), int(m.group(4))
    year = 1900 + yy if yy >= 50 else 2000 + yy
    result = _day(year, mm, dd)
    try:
        other = _day(1900 + dd if dd >= 50 else 2000 + dd, mm, yy)
    except DateError:
        return result  # 99.12.31 can only be year first
    return PartialDate(result.iso, DAY, f"“{m.group(0)}”只写了两位年份，按 年.月.日 读作 {result.iso}，"
                                        f"也可能是按 日.月.年 写的 {other.iso}")


_WEEKDAY_NUMBER = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}


def _with_weekday(text: str, weekday: str) -> PartialDate | None:
    """A day followed by its weekday: the weekday must be the day's (else the cell is flagged)."""
    result = _from_text(text)
    if result is None or result.precision != DAY:
        raise DateError("星期前面不是完整的日期")
    number = next((_WEEKDAY_NUMBER[ch] for ch in weekday if ch in _WEEKDAY_NUMBER), None)
    if number is not None and date.fromisoformat(result.iso).weekday() != number:
        raise DateError(f"{result.iso} 不是{weekday.strip(' （()）')}，日期与星期不符")
    return result


def _from_text(text: str) -> PartialDate | None:
    """A date typed as text (full-width digits already folded, stripped)."""
    if not text or text.lower() in PLACEHOLDERS or not text.strip("-—–/\\ ") or text[0] in "01" and _ZERO_DATE.match(text):
        return None
    if text[-1] in ".。" and text[:-1].strip():  # 2023.05.06. — a full stop after the date
        text = text.rstrip(".。 ")
    if not text[-1].isdigit():
        weekday = _WEEKDAY.search(text)
        if weekday and weekday.start() > 0:
            return _with_weekday(text[:weekday.start()].rstrip(), weekday.group(0))
    m = _DAY_TEXT.match(text)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _COMPACT.match(text)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH_TEXT.match(text)
    if m:
        if m.group(2) == "1" and re.fullmatch(r"\d{4}\.1", text):  # 2015.1 from a number cell saved as text
            year = int(m.group(1))
            return _year(year, f"{year}.1 可能是 {year} 年 1 月，也可能是丢了末尾 0 的 {year} 年 10 月")
        return _month(int(m.group(1)), int(m.group(2)))
    m = _COMPACT_MONTH.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return _month(int(m.group(1)), int(m.group(2)))
    m = _YEAR_TEXT.match(text)
    if m:
        return _year(int(m.group(1)))
    if text.isdigit() and 4 <= len(text) <= 5:
        return _from_number(int(text))
    m = _SHORT_YEAR_TEXT.match(text)
    if m:
        return _from_short_year(m)
    m = _CHINESE_DATE.match(text)
    if m:
        return _from_chinese(m)
    raise DateError("无法识别的日期格式（可用 2023-05-06、2023.5.6、2023/05/06、2023年5月6日、20230506、2023年12月 或 2023）")


def _from_number(value: float | int) -> PartialDate | None:
    if value != value or value in (float("inf"), float("-inf")):
        raise DateError("不是有效的日期（单元格为错误值或无穷大）")
    if value == 0:
        return None
    whole = int(value)
    if isinstance(value, float) and not value.is_integer():
        if MIN_YEAR <= whole <= MAX_YEAR:  # 2015.03 typed as a number: a year and a month
            fraction = f"{value:.6f}".split(".")[1].rstrip("0")
            if len(fraction) == 1:
                month = int(fraction)
                if month == 1:
                    return _year(whole, f"{whole}.1 可能是 {whole} 年 1 月，也可能是丢了末尾 0 的 {whole} 年 10 月")
                return _month(whole, month)
            if len(fraction) == 2:
                return _month(whole, int(fraction))
            raise DateError("不是有效的日期")
        value = whole  # a date-time serial: keep the day
    n = int(value)
    if 19000101 <= n <= 21001231:
        text = str(n)
        return _day(int(text[:4]), int(text[4:6]), int(text[6:8]))
    if 190001 <= n <= 210012 and 1 <= n % 100 <= 12:
        return _month(n // 100, n % 100)
    if MIN_YEAR <= n <= MAX_YEAR:
        return _year(n)
    if 1 <= n <= 73050:
        result = _EPOCH + timedelta(days=n)
        _checked_year(result.year)
        return PartialDate(result.isoformat(), DAY)
    raise DateError("不是有效的日期")
