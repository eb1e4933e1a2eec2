"""Rest days beyond the calendar library (R4): 全国年节及纪念日放假办法 (as revised from 2025-01-01)
and 民法典第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日"."""

from __future__ import annotations

from datetime import date

import pytest

from kjcg_desktop.domain import DomainError
from kjcg_desktop.domain.holidays import (
    SOURCE_LIBRARY,
    SOURCE_OFFICE,
    SOURCE_STATUTORY,
    HolidayCalendar,
    YearSchedule,
    parse_notice_table,
    statutory_holidays,
)
from kjcg_desktop.domain.publicity import end_date_change, is_working_day, publicity_window

# A made-up notice for 2027 (the test's own data, not the State Council's): every statutory day,
# a bridge day (2027-01-04) and a make-up working day (Saturday 2027-01-30).
NOTICE_2027 = """
2027-01-01 元旦
2027-01-04 元旦
2027-02-05 至 2027-02-08 春节
2027-01-30 调休上班
2027-04-05 清明节
2027-05-01 至 2027-05-02 劳动节
2027-06-09 端午节
2027-09-15 中秋节
2027-10-01 至 2027-10-03 国庆节
"""



@pytest.fixture(autouse=True)
def library_without_2027(monkeypatch):
    """The scenario of this file: the calendar library's release does not carry 2027 (as
    chinesecalendar 1.11 does not), whatever version is installed."""
    from kjcg_desktop.domain import holidays

    known = holidays.library_knows
    monkeypatch.setattr(holidays, "library_knows", lambda year: year != 2027 and known(year))

def test_statutory_days_of_2027_follow_the_2025_revision():
    """放假办法第二条 (2025): 元旦1天, 春节4天 (农历除夕、正月初一至初三), 清明节1天 (农历清明当日),
    劳动节2天 (5月1日、2日), 端午节1天, 中秋节1天, 国庆节3天 (10月1日至3日)."""
    days = statutory_holidays(2027)
    by_name: dict[str, list[str]] = {}
    for day, name in sorted(days.items()):
        by_name.setdefault(name, []).append(day.isoformat())
    assert by_name == {
        "元旦": ["2027-01-01"],
        "春节": ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],  # 除夕 + 初一至初三 (lunar-python)
        "清明节": ["2027-04-05"],  # the solar term, not a lunar date
        "劳动节": ["2027-05-01", "2027-05-02"],
        "端午节": ["2027-06-09"],
        "中秋节": ["2027-09-15"],
        "国庆节": ["2027-10-01", "2027-10-02", "2027-10-03"],
    }
    assert len(days) == 13


def test_before_2025_spring_festival_and_labour_day_were_shorter():
    days = statutory_holidays(2024)
    assert sorted(d.isoformat() for d, n in days.items() if n == "春节") == ["2024-02-10", "2024-02-11", "2024-02-12"]
    assert [d.isoformat() for d, n in days.items() if n == "劳动节"] == ["2024-05-01"]


def test_fallback_year_knows_statutory_days_not_only_weekends():
    """A publicity posted in December 2026 ending in January 2027: 2027-01-01 (a Friday) is 元旦,
    a statutory holiday, so the period ends on the next working day, Monday 2027-01-04."""
    calendar = HolidayCalendar()
    assert calendar.source(2026) == SOURCE_LIBRARY and calendar.source(2027) == SOURCE_STATUTORY
    assert not is_working_day(date(2027, 1, 1), calendar)
    window = publicity_window(date(2026, 12, 17), 15, calendar=calendar)
    assert window.nominal_end == date(2027, 1, 1) and window.end == date(2027, 1, 4)
    assert not window.holiday_data_known
    assert "2027年国务院节假日安排未录入，仅按法定节日和周末顺延（调休未计入）" in window.warning
    assert calendar.rest_reason(date(2027, 1, 1)) == "元旦" and calendar.rest_reason(date(2027, 1, 2)) == "周末"


def test_office_notice_takes_precedence_with_bridge_and_make_up_days():
    holidays, workdays = parse_notice_table(2027, NOTICE_2027)
    assert workdays == [date(2027, 1, 30)] and (date(2027, 1, 4), "元旦") in holidays
    calendar = HolidayCalendar([YearSchedule(2027, frozenset(d for d, _ in holidays), frozenset(workdays), "测试通知",
                                             dict(holidays))])
    assert calendar.source(2027) == SOURCE_OFFICE and calendar.schedule_known(2027)
    assert not calendar.is_working_day(date(2027, 1, 4))   # bridge day
    assert calendar.is_working_day(date(2027, 1, 30))      # Saturday, 调休上班
    window = publicity_window(date(2026, 12, 17), 15, calendar=calendar)
    assert window.end == date(2027, 1, 5) and window.warning == ""
    # the built-in arrangement is still used where the office entered nothing
    assert calendar.source(2026) == SOURCE_LIBRARY


def test_a_notice_must_name_its_source_and_hold_every_statutory_day():
    holidays, workdays = parse_notice_table(2027, NOTICE_2027)
    with pytest.raises(DomainError, match="须注明来源"):
        YearSchedule(2027, frozenset(d for d, _ in holidays), frozenset(workdays), " ")
    without_qingming = frozenset(d for d, _ in holidays if d != date(2027, 4, 5))
    with pytest.raises(DomainError, match="缺少法定节假日：2027-04-05（清明节）"):
        YearSchedule(2027, without_qingming, frozenset(workdays), "测试通知")
    with pytest.raises(DomainError, match="不能既是放假日又是调休上班日"):
        YearSchedule(2027, frozenset(d for d, _ in holidays), frozenset({date(2027, 1, 1)}), "测试通知")


@pytest.mark.parametrize(("text", "message"), [
    ("2027-13-01 元旦", "第 1 行“2027-13-01 元旦”无法识别"),
    ("2027-01-01 元旦\n元旦放假", "第 2 行“元旦放假”无法识别"),
    ("2028-01-01 元旦", "第 1 行的 2028-01-01 不在 2027 年内"),
    ("2027-02-10 至 2027-02-05 春节", "第 1 行的日期范围不正确"),
    ("2027-01-30 调休上班", "未填写2027年的放假日期"),
])
def test_notice_table_lines_it_cannot_read_are_refused_by_line(text, message):
    with pytest.raises(DomainError, match=message):
        parse_notice_table(2027, text)


def test_an_issued_notice_never_ends_earlier():
    """REFERENCE: "An issued notice's end date never moves earlier when holiday data change"."""
    assert end_date_change(date(2027, 2, 1), date(2027, 1, 30), issued=True) == date(2027, 2, 1)
    assert end_date_change(date(2027, 2, 1), date(2027, 1, 30), issued=False) == date(2027, 1, 30)
    assert end_date_change(date(2027, 1, 4), date(2027, 1, 5), issued=True) == date(2027, 1, 5)


@pytest.mark.date_sensitive
def test_missing_next_year_warning_from_november(fixed_today):
    calendar = HolidayCalendar()
    warning = calendar.missing_schedule_warning(fixed_today)
    if fixed_today.month >= 11 and not calendar.schedule_known(fixed_today.year + 1):
        assert f"尚未录入{fixed_today.year + 1}年国务院节假日安排通知" in warning
    assert calendar.missing_schedule_warning(date(2026, 6, 1)) == ""
    assert "2027年" in calendar.missing_schedule_warning(date(2026, 11, 1))
