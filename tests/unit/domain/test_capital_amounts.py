"""Amounts written in Chinese capitals (大写金额), as contracts and vouchers write them."""

from __future__ import annotations

import pytest

from kjcg_desktop.domain.money import capital_amount_fen


@pytest.mark.parametrize(("text", "fen"), [
    ("人民币壹拾万元整", 10_000_000),
    ("人民币（大写）：壹拾贰万元整", 12_000_000),
    ("伍拾万圆正", 50_000_000),
    ("壹拾贰万叁仟肆佰伍拾陆元柒角捌分", 12_345_678),
    ("壹仟零伍元", 100_500),
    ("壹拾万零伍佰元整", 10_050_000),
    ("叁仟元零伍分", 300_005),
    ("柒角", 70),
    ("零元整", 0),
    ("壹亿贰仟万元", 12_000_000_000),
    ("一百二十万元", 120_000_000),
    ("两万元", 2_000_000),
])
def test_capitals_read_as_written(text, fen):
    assert capital_amount_fen(text) == fen


def test_capitals_without_a_yuan_mark_count_in_the_column_unit():
    assert capital_amount_fen("壹拾贰", 10_000) == 12_000_000 and capital_amount_fen("壹拾贰元", 10_000) == 1_200


@pytest.mark.parametrize("text", ["壹贰元", "万元", "元", "整", "12万", "约五万元", "壹拾万元以上", ""])
def test_what_is_not_an_amount_in_capitals(text):
    assert capital_amount_fen(text) is None


@pytest.mark.parametrize(("text", "fen"), [
    ("三万五", 3_500_000), ("两千五", 250_000), ("一亿二", 12_000_000_000),   # the unit after the last one left out
    ("壹拾贰", 1_200), ("贰仟零贰拾万元", 2_020_000_000),
])
def test_short_forms_and_zeros_inside(text, fen):
    assert capital_amount_fen(text) == fen


@pytest.mark.parametrize("text", ["一〇〇元", "壹零零元", "二〇", "壹万万元", "壹拾亿亿元"])
def test_digit_by_digit_numerals_and_repeated_units_are_no_amount(text):
    assert capital_amount_fen(text) is None


def test_wan_in_the_capitals_counts_in_yuan_under_any_header():
    # as 50万 is 500,000 yuan under a 万元 header, so is 伍拾万
    assert capital_amount_fen("伍拾万", 10_000) == capital_amount_fen("伍拾万整", 10_000) == 50_000_000
