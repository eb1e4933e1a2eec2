"""Shares and amounts at their edges (方案二(一) "团队内部协商一致，书面约定内部收益分配比例";
money as exact decimals to the fen)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import deals


@pytest.mark.parametrize(("shares", "message"), [
    (["NaN"], "第 1 位完成人的收益分配比例须为有限的数字，当前为“NaN”"),
    (["50", "Infinity"], "第 2 位完成人的收益分配比例须为有限的数字"),
    (["-inf", "100"], "第 1 位完成人的收益分配比例须为有限的数字"),
    (["110", "-10"], "第 1 位完成人的收益分配比例不能超过100%，当前为110%"),
    (["-10", "110"], "第 1 位完成人的收益分配比例不能为负数，当前为-10%"),
    (["150"], "不能超过100%，当前为150%"),
    (["0", "100"], "第 1 位完成人的收益分配比例须大于0"),
    (["五十", "50"], "第 1 位完成人的收益分配比例须为数字，当前为“五十”"),
])
def test_check_shares_refuses_nan_infinity_negative_and_above_100(shares, message):
    with pytest.raises(d.DomainError, match=message) as info:
        d.check_shares(shares)
    assert info.value.article == "方案二(一)" and info.value.field == "shares"


def test_check_shares_is_exact_decimal():
    d.check_shares(["33.33", "33.33", "33.34"])
    d.check_shares([Decimal("12.5"), "87.5%"])
    with pytest.raises(d.DomainError, match="还差 0.01%"):
        d.check_shares(["33.33", "33.33", "33.33"])
    d.check_shares([0.1, 0.2, 99.7])  # floats through str: no binary noise


@pytest.mark.parametrize("team", ["NaN", "inf", "-5", "120"])
def test_team_share_of_a_partial_grant_is_a_real_percentage(team):
    with pytest.raises(d.DomainError, match="团队所有权份额") as info:
        d.check_ownership_split("partial", team)
    assert info.value.field == "team_share"


def test_distribution_shares_and_amounts_are_exact_to_the_fen():
    assert d.distribute(100_01, ["33.33", "33.33", "33.34"]) == [33_33, 33_33, 33_35]
    assert sum(d.distribute(1, ["50", "50"])) == 1
    with pytest.raises(d.DomainError, match="第 2 项分配比例须为有限的数字"):
        d.distribute(100, ["50", "NaN"])
    with pytest.raises(d.DomainError, match="第 1 项分配比例不能为负数"):
        d.distribute(100, ["-10", "110"])


@pytest.mark.parametrize(("text", "message"), [
    ("NaN", "到账金额须为有限的金额"), ("Infinity", "到账金额须为有限的金额"), ("-1", "到账金额不能为负数"),
    ("12.345", "到账金额最多精确到分"), ("一万", "到账金额须为金额数字"), ("0", "到账金额须大于0"),
])
def test_amount_entries_refuse_what_is_not_money(text, message):
    with pytest.raises(d.DomainError, match=message):
        d.amount_fen(text, "到账金额", positive=True)


def test_amounts_parse_exactly():
    assert d.amount_fen("1,234.56元", "合同金额") == 123456
    assert d.amount_fen("0.1", "合同金额") + d.amount_fen("0.2", "合同金额") == 30
    assert d.amount_fen(12, "合同金额") == 1200


def test_unit_share_of_a_deal(db):
    with pytest.raises(d.DomainError, match="单位留存比例须为有限的数字") as info:
        d.check_deal_fields({"kind": "assignment", "counterparty": "甲公司", "unit_share": "nan"})
    assert info.value.field == "unit_share"
    with pytest.raises(d.DomainError, match="单位留存比例不能为负数"):
        d.check_deal_fields({"kind": "assignment", "counterparty": "甲公司", "unit_share": "-1"})
    with pytest.raises(d.DomainError, match="合同金额不能为负数"):
        d.check_deal_fields({"kind": "assignment", "counterparty": "甲公司", "amount_fen": -1})


def test_receipt_recipients_are_checked_by_name(db):
    aid = achs.create_achievement(db, {"name": "成果", "type": "invention"})
    deal_id = deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "甲公司", "counterparty_state_owned": True,
                                          "pricing_method": "auction", "amount_fen": 100})
    with pytest.raises(d.DomainError, match="张三的分配比例须为有限的数字"):
        deals.add_receipt(db, deal_id, on=date(2025, 5, 1), amount_fen=10_000,
                          recipients=[("单位", "30", True), ("张三", "NaN", False)])
    with pytest.raises(d.DomainError, match="单位的分配比例不能为负数"):
        deals.add_receipt(db, deal_id, on=date(2025, 5, 1), amount_fen=10_000,
                          recipients=[("单位", "-50", True), ("张三", "150", False)])
    assert db.scalar("SELECT count(*) FROM income_receipts") == 0
    rid = deals.add_receipt(db, deal_id, on=date(2025, 5, 1), amount_fen=10_001,
                            recipients=[("单位", "30", True), ("张三", "70", False)])
    assert sum(r["amount_fen"] for r in deals.distribution_sheet(db, rid)) == 10_001


@pytest.mark.parametrize(("share", "message"), [("NaN", "须为有限的数字"), ("-5", "不能为负数"), ("150", "不能超过100%")])
def test_inventor_shares_entered_on_the_ledger_are_checked(db, share, message):
    with pytest.raises(d.DomainError, match=f"完成人“李四”的收益分配比例{message}"):
        achs.create_achievement(db, {"name": "成果", "type": "invention"},
                                [{"name": "张三", "share": "50"}, {"name": "李四", "share": share}])
    assert db.scalar("SELECT count(*) FROM achievements") == 0
