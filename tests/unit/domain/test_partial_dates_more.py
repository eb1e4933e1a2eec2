"""Dates ledgers write that the first reading refused: a weekday after the day, Chinese numerals, a
two-digit year, a full stop after the date, ISO with a time and zone (issue 19, "Dates")."""

from __future__ import annotations

import pytest

from kjcg_desktop.domain.partial_dates import DAY, MONTH, YEAR, DateError, read_date


@pytest.mark.parametrize(("text", "iso"), [
    ("2023/5/6 星期六", "2023-05-06"),          # Excel/WPS format "yyyy/m/d aaaa" saved as text
    ("2023年5月6日 星期六", "2023-05-06"),
    ("2023-05-06（周六）", "2023-05-06"),
    ("2023-05-06 Sat", "2023-05-06"),
    ("2023.05.06.", "2023-05-06"),              # a full stop after the date
    ("2023.5.6。", "2023-05-06"),
    ("2023-05-06T00:00:00Z", "2023-05-06"),     # ISO 8601 with a time and a zone
    ("2023-05-06T08:30:00+08:00", "2023-05-06"),
    ("二〇二三年五月六日", "2023-05-06"),          # Chinese numerals
    ("二〇二三年十二月三十一日", "2023-12-31"),
    ("二〇一九年十月二十日", "2019-10-20"),
    ("99/12/31", "1999-12-31"),                 # a two-digit year no other order can read
])
def test_unambiguous_days_are_read(text: str, iso: str) -> None:
    reading = read_date(text)
    assert reading is not None
    assert (reading.iso, reading.precision, reading.ambiguous) == (iso, DAY, None)


def test_chinese_numerals_keep_their_precision() -> None:
    month = read_date("二〇二三年十二月")
    year = read_date("二〇二三年")
    assert month is not None and (month.iso, month.precision) == ("2023-12", MONTH)
    assert year is not None and (year.iso, year.precision) == ("2023", YEAR)


def test_two_digit_year_is_read_year_first_and_flagged() -> None:
    reading = read_date("23.05.06")
    assert reading is not None
    assert (reading.iso, reading.precision) == ("2023-05-06", DAY)
    assert reading.ambiguous is not None and "2006-05-23" in reading.ambiguous


@pytest.mark.parametrize("text", ["2023/5/6 星期五", "2023年5月 星期六", "二〇二三年十三月", "二〇二三年五月三十二日"])
def test_contradictions_and_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        read_date(text)


@pytest.mark.parametrize("text", ["0000-00-00", "0000-00-00 00:00:00", "0000.00.00", "0000年00月00日", "1900/1/0",
                                  "1900/1/0 0:00", "1900-1-0", "1900-01-00 00:00:00"])
def test_a_databases_empty_date_and_excels_day_zero_are_no_date(text):
    # an office system's export (MySQL's zero date) and a formula that read an empty cell, shown as a date
    assert read_date(text) is None
