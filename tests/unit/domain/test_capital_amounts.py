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
