"""What a clerk types into a date or amount field (domain/parsing.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjcg_desktop.domain import DomainError, format_yuan, is_partial_date, parse_amount_text, parse_date_text


@pytest.mark.parametrize("text", ["2023-03-01", "2023/3/1", "2023.3.1", "20230301", "2023年3月1日",
                                  " 2023 年 3 月 1 日 ", "２０２３－０３－０１", "2023-3-1"])
def test_the_forms_an_office_types_are_one_date(text):
    assert parse_date_text(text) == date(2023, 3, 1)


def test_empty_is_no_date():
    assert parse_date_text("") is None
    assert parse_date_text("   ") is None


@pytest.mark.parametrize("text", ["2023-02-30", "20231301", "明天", "2023-12", "03/01/2023", "2023-03-01x"])
def test_unreadable_or_impossible_dates_say_so_in_chinese(text):
    with pytest.raises(DomainError) as info:
        parse_date_text(text)
    assert "日期" in str(info.value) and text.strip() in str(info.value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_date_reads_back_in_every_form(day):
    forms = [day.isoformat(), f"{day.year}/{day.month}/{day.day}", f"{day.year}.{day.month}.{day.day}",
             day.strftime("%Y%m%d"), f"{day.year}年{day.month}月{day.day}日"]
    for text in forms:
        assert parse_date_text(text) == day


def test_partial_dates_are_recognised():
    assert is_partial_date("2023-12") and is_partial_date("2023")
    assert not is_partial_date("2023-12-01") and not is_partial_date(None) and not is_partial_date("12月")


@pytest.mark.parametrize("text, fen", [
    ("120万", 120_000_000), ("1,200,000", 120_000_000), ("¥1200000", 120_000_000), ("￥1200000", 120_000_000),
    ("120.5万元", 120_500_000), ("1200000元", 120_000_000), ("0.01", 1), ("1,234.56", 123456),
    ("１２０万", 120_000_000), ("1.2亿", 120_000_000_00), ("-5", -500), (" 300 元 ", 30000),
])
def test_the_amounts_an_office_types(text, fen):
    assert parse_amount_text(text) == fen


@pytest.mark.parametrize("text", ["12O万", "一百万", "1,20,000", "1.2.3", "万", "¥", "1e5", "NaN", "Infinity"])
def test_unreadable_amounts_say_so(text):
    with pytest.raises(DomainError) as info:
        parse_amount_text(text)
    assert "无法识别的金额" in str(info.value)


def test_a_negative_amount_is_refused_naming_the_field():
    with pytest.raises(DomainError) as info:
        parse_amount_text("-3万", allow_negative=False, field="合同金额")
    assert "「合同金额」不能为负数" in str(info.value)


@given(st.integers(min_value=-10**14, max_value=10**14))
def test_a_formatted_amount_reads_back_exactly(fen):
    assert parse_amount_text(format_yuan(fen)) == fen
    if fen >= 0:
        assert parse_amount_text(f"¥{format_yuan(fen)}元") == fen


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=9999))
def test_wan_is_ten_thousand_yuan_exactly(whole, frac):
    text = f"{whole}.{frac:04d}万"
    assert parse_amount_text(text) == whole * 1_000_000 + frac * 100


def test_storage_refuses_a_negative_asset_value_or_contract_amount_naming_the_field(db):
    from kjcg_desktop.storage import achievements as ach
    from kjcg_desktop.storage import deals

    with pytest.raises(DomainError, match="「资产价值」不能为负数"):
        ach.create_achievement(db, {"name": "x", "asset_value_fen": -100})
    aid = ach.create_achievement(db, {"name": "x", "asset_value_fen": 100})
    with pytest.raises(DomainError, match="「资产价值」不能为负数"):
        ach.update_achievement(db, aid, {"asset_value_fen": -1})
    with pytest.raises(DomainError, match="合同金额不能为负"):
        deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "某公司", "counterparty_state_owned": True,
                                    "pricing_method": "listing", "amount_fen": -5_000_00})
