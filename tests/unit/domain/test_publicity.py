"""R4 — publicity periods (民法典第二百零一条、第二百零三条; 方案二(一)(二) minimum 15 days)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjcg_desktop.domain import (
    DomainError,
    check_can_close,
    check_grant_publicity_days,
    is_working_day,
    publicity_end,
    publicity_window,
)


def test_spec_example_posting_day_not_counted():
    # SPEC R4: a 15-day publicity posted on 2025-03-03 ends at the end of 2025-03-18.
    assert publicity_end(date(2025, 3, 3)) == date(2025, 3, 18)


def test_end_on_national_day_moves_to_next_working_day():
    # 2025-09-16 + 15 = 2025-10-01 (国庆中秋 1–8 October) → 2025-10-09.
    window = publicity_window(date(2025, 9, 16), 15)
    assert window.nominal_end == date(2025, 10, 1)
    assert window.end == date(2025, 10, 9)
    assert window.shifted and window.holiday_data_known and window.warning == ""


def test_end_on_weekend_make_up_workday_is_not_shifted():
    # 2025-09-28 is a Sunday but a make-up working day (调休上班).
    assert publicity_end(date(2025, 9, 13), 15) == date(2025, 9, 28)


def test_end_on_ordinary_sunday_moves_to_monday():
    assert publicity_end(date(2025, 3, 1), 15) == date(2025, 3, 17)  # 3-16 is a Sunday


def test_unknown_year_shifts_over_weekends_and_statutory_days_with_warning():
    window = publicity_window(date(2031, 3, 1), 15)  # 2031-03-16 is a Sunday
    assert window.end == date(2031, 3, 17)
    assert not window.holiday_data_known
    assert "仅按法定节日和周末顺延" in window.warning


def test_working_day_counting_skips_holidays():
    # 15 working days after Tuesday 2025-09-30: 10-09, 10-10, 10-11 (make-up Saturday), 10-13 … 10-28
    end = publicity_end(date(2025, 9, 30), 15, working_days=True)
    counted = [date(2025, 9, 30) + timedelta(days=i) for i in range(1, (end - date(2025, 9, 30)).days + 1)]
    assert sum(is_working_day(x) for x in counted) == 15
    assert is_working_day(end)
    assert date(2025, 10, 11) in counted and is_working_day(date(2025, 10, 11))
    assert end == date(2025, 10, 28)


def test_grant_minimum_is_fifteen_days():
    check_grant_publicity_days(15)
    check_grant_publicity_days(30)
    with pytest.raises(DomainError, match="不少于15日") as info:
        check_grant_publicity_days(14)
    assert info.value.article == "方案二(一)、方案二(二)"


def test_cannot_close_on_the_last_day_only_from_the_next_day():
    """民法典第二百零三条第二款："期间的最后一日的截止时间为二十四时" — a publicity whose last day is
    D runs out at D 24:00, so it is closed from D+1 on, never on D."""
    window = publicity_window(date(2025, 3, 3))
    assert window.end == date(2025, 3, 18)
    for today in (date(2025, 3, 17), date(2025, 3, 18)):
        with pytest.raises(DomainError) as info:
            check_can_close(window, today)
        assert "公示期至 2025-03-18 24:00 届满，2025-03-19 起可办理" in str(info.value)
        assert info.value.article == "民法典第二百零一条至第二百零四条"
    check_can_close(window, date(2025, 3, 19))
    check_can_close(window, date(2025, 4, 1))
    assert not window.is_over(date(2025, 3, 18)) and window.is_over(date(2025, 3, 19))


def test_days_must_be_positive():
    with pytest.raises(DomainError):
        publicity_end(date(2025, 3, 3), 0)


@given(st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31)), st.integers(min_value=1, max_value=60))
def test_end_is_a_working_day_not_before_nominal(start, days):
    window = publicity_window(start, days)
    assert window.end >= window.nominal_end == start + timedelta(days=days)
    assert is_working_day(window.end)
    # every day between the nominal end and the end is a rest day
    day = window.nominal_end
    while day < window.end:
        assert not is_working_day(day)
        day += timedelta(days=1)
