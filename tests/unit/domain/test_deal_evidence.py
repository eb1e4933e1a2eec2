"""Deals (R9, R10), approval levels and the due-diligence evidence checklist (1-1 第六条), with
the articles' cases."""

from datetime import date

import pytest

from kjcg_desktop.domain import (
    AchievementFacts,
    DealFacts,
    DomainError,
    PublicityFact,
    RecordFact,
    achievement_evidence,
    approval_level,
    approval_levels_from_setting,
    check_deal_fields,
    check_step,
    check_valuation_decision,
    deal_evidence,
    distribute,
    price_publicity_required,
    split_deal_form,
    valuation_required,
    yuan_to_fen,
)
from kjcg_desktop.storage.settings import DEFAULTS

pytestmark = pytest.mark.date_sensitive

TODAY = date(2025, 6, 30)


def _items(facts, today=TODAY):
    return {i.key: i for i in deal_evidence(facts, today)}


def test_state_owned_counterparty_needs_no_valuation():
    # 方案二(三): 与国有全资企业进行非资产评估的转化交易
    assert valuation_required(True) is False
    check_valuation_decision(True, None, None)  # nothing to record
    item = _items(DealFacts("listing", counterparty_state_owned=True))["valuation"]
    assert item.present and "无需评估" in item.detail and item.needed_for is None
    # any other party: the unit decides and records why
    assert valuation_required(False) is None
    missing = _items(DealFacts("listing"))["valuation"]
    assert missing.missing and missing.needed_for == "sign" and missing.clause == "方案二(三)"
    assert _items(DealFacts("listing", valuation_decision="no", valuation_reason="金额较小"))["valuation"].present


def test_negotiated_price_needs_a_finished_price_publicity():
    assert price_publicity_required("negotiated")
    base = dict(pricing_method="negotiated", counterparty_state_owned=True, records=(RecordFact("decision", TODAY, "科研管理部门"),))
    with pytest.raises(DomainError, match="拟交易价格公示") as err:
        check_step(deal_evidence(DealFacts(**base), TODAY), "complete")
    assert err.value.article == "1-1 第六条(四)"
    running = PublicityFact("price", date(2025, 6, 20), date(2025, 7, 7), "running")
    item = _items(DealFacts(**base, publicities=(running,)))["price_publicity"]
    assert item.missing and "公示期至 2025-07-07 24:00 届满，2025-07-08 起可办理" in item.detail
    # 民法典第二百零三条: the last day ends at 24:00 — on 2025-07-07 itself the period still runs
    with pytest.raises(DomainError, match="2025-07-08 起可办理"):
        check_step(deal_evidence(DealFacts(**base, publicities=(running,)), date(2025, 7, 7)), "complete")
    # the period has run (not formally closed yet) → the evidence is there
    check_step(deal_evidence(DealFacts(**base, publicities=(running,)), date(2025, 7, 8)), "complete")
    # an objection still open, or upheld, blocks it
    objected = PublicityFact("price", date(2025, 6, 1), date(2025, 6, 16), "ended", objections=1, unresolved=1)
    assert _items(DealFacts(**base, publicities=(objected,)))["price_publicity"].missing
    resolved = PublicityFact("price", date(2025, 6, 1), date(2025, 6, 16), "ended", objections=1)
    assert "异议 1 件（已处理）" in _items(DealFacts(**base, publicities=(resolved,)))["price_publicity"].detail


def test_listing_needs_pricing_proof_not_a_publicity():
    facts = DealFacts("listing", counterparty_state_owned=True, records=(RecordFact("decision", TODAY, "科研管理部门"),))
    items = _items(facts)
    assert "price_publicity" not in items and items["pricing_evidence"].missing
    proof = RecordFact("pricing_evidence", TODAY, "上海技术交易所")
    check_step(deal_evidence(DealFacts("listing", counterparty_state_owned=True,
                                       records=(proof, RecordFact("decision", TODAY, "科研管理部门"))), TODAY), "complete")


def test_related_party_needs_procedure_and_publicity():
    facts = DealFacts("auction", related_party=True, counterparty_state_owned=True,
                      records=(RecordFact("pricing_evidence", TODAY), RecordFact("decision", TODAY, "处长")))
    with pytest.raises(DomainError) as err:
        check_step(deal_evidence(facts, TODAY), "complete")
    assert "关联交易审查程序记录" in str(err.value) and "关联交易公示" in str(err.value)
    assert err.value.article == "1-1 第六条(三)"


def test_minutes_required_above_threshold():
    levels = approval_levels_from_setting(DEFAULTS["approval_levels"])
    assert approval_level(yuan_to_fen("2000000"), levels).approver == "科研管理部门"
    assert not approval_level(yuan_to_fen("2000000"), levels).minutes_required
    assert approval_level(yuan_to_fen("2000000.01"), levels).minutes_required
    assert approval_level(yuan_to_fen("5000000.01"), levels).approver == "校长办公会"
    with pytest.raises(DomainError, match="从小到大"):
        approval_levels_from_setting([{"max_yuan": 5, "approver": "a"}, {"max_yuan": 2, "approver": "b"}])
    facts = DealFacts("listing", counterparty_state_owned=True, approver="校长办公会", minutes_required=True,
                      records=(RecordFact("pricing_evidence", TODAY), RecordFact("decision", TODAY, "校长办公会")))
    assert _items(facts)["minutes"].missing
    with_minutes = DealFacts("listing", counterparty_state_owned=True, approver="校长办公会", minutes_required=True,
                             records=(RecordFact("pricing_evidence", TODAY), RecordFact("decision", TODAY, "校长办公会", True)))
    check_step(deal_evidence(with_minutes, TODAY), "complete")


def test_declarations_and_reward_publicity():
    facts = DealFacts("listing", receipts=1, last_receipt=date(2025, 6, 1), declarations=frozenset({"no_gifts"}))
    items = _items(facts)
    assert items["declaration_no_gifts"].present and items["declaration_recusal"].missing
    assert items["declaration_recusal"].clause == "1-1 第七条(九)"
    assert items["reward_publicity"].needed_for == "pay"
    # a reward publicity started before this receipt does not cover it
    early = PublicityFact("reward", date(2025, 5, 1), date(2025, 5, 16), "ended")
    assert _items(DealFacts("listing", receipts=2, last_receipt=date(2025, 6, 1), publicities=(early,)))["reward_publicity"].missing


def test_achievement_checklist_follows_what_it_went_through():
    plain = {i.key for i in achievement_evidence(AchievementFacts(disclosure_date=date(2024, 1, 1)), TODAY)}
    assert plain == {"disclosure"}
    pub = PublicityFact("abandonment", date(2025, 6, 1), date(2025, 6, 16), "running")
    items = {i.key: i for i in achievement_evidence(AchievementFacts(publicities=(pub,)), TODAY)}
    assert items["notice"].missing and items["notice"].clause == "1-1 第六条(二)"
    assert items["abandonment_publicity"].present and items["disclosure"].missing


def test_distribution_of_the_articles_case_adds_up():
    amount = yuan_to_fen("100000.01")
    parts = distribute(amount, ["33.33", "33.33", "33.34"])
    assert sum(parts) == amount and parts == [3_333_000, 3_333_000, 3_334_001]


def test_deal_form_checks_and_split():
    with pytest.raises(DomainError, match="许可方式"):
        check_deal_fields({"kind": "licence", "counterparty": "甲公司", "amount_fen": 1})
    with pytest.raises(DomainError, match="被投资企业"):
        check_deal_fields({"kind": "equity", "counterparty": "甲公司"})
    with pytest.raises(DomainError, match="单位留存比例"):
        check_deal_fields({"kind": "assignment", "counterparty": "甲", "unit_share": "120"})
    values, declarant, declared = split_deal_form({
        "achievement_id": 3, "kind": "licence", "licence_type": "sole", "company": "不应保存", "counterparty": "甲",
        "counterparty_state_owned": True, "valuation_decision": "yes", "ends_ownership": True, "related_party": False,
        "related_party_note": "x", "declarant": "张三", "declare_no_gifts": True, "declare_recusal": False})
    assert values["licence_type"] == "sole" and "company" not in values
    # 方案二(三) "可以不进行资产评估": a state-owned counterparty may skip valuation; choosing it is kept
    assert values["valuation_decision"] == "yes"
    assert values["ends_ownership"] is False and "related_party_note" not in values and "achievement_id" not in values
    assert declarant == "张三" and declared == ["no_gifts"]
    with pytest.raises(DomainError, match="关联关系"):
        split_deal_form({"kind": "assignment", "related_party": True, "related_party_note": " "})


def test_price_publicity_must_end_before_signing():
    pub = PublicityFact("price", date(2025, 6, 2), date(2025, 6, 17), "ended")
    base = dict(pricing_method="negotiated", counterparty_state_owned=True, publicities=(pub,))
    """1-1 第六条(四) with 民法典第二百零三条 "期间的最后一日的截止时间为二十四时": a contract
    is signed from the day after the price publicity's last day, never on it."""
    assert _items(DealFacts(**base, contract_date=date(2025, 6, 18)))["price_publicity"].present
    for signed in (date(2025, 6, 10), date(2025, 6, 17)):
        late = _items(DealFacts(**base, contract_date=signed))["price_publicity"]
        assert late.missing and late.needed_for == "sign"
        assert "公示期至 2025-06-17 24:00 届满，2025-06-18 起可办理" in late.detail


@pytest.mark.parametrize(("rows", "message"), [
    ([{"max_yuan": 300000, "approver": "科研管理部门"}, {"max_yuan": None, "approver": " "}], "第 2 行未填写审批机构"),
    ([{"max_yuan": "三十万", "approver": "甲"}, {"approver": "乙"}], "第 1 行的金额上限“三十万”不是有效金额"),
    ([{"max_yuan": 0, "approver": "甲"}, {"approver": "乙"}], "第 1 行的金额上限应大于 0"),
    ([{"max_yuan": 300000, "approver": "甲"}, {"max_yuan": 300000, "approver": "乙"}, {"approver": "丙"}], "第 2 行不大于第 1 行"),
    ([{"approver": "甲"}, {"max_yuan": 500, "approver": "乙"}], "第 1 行没有金额上限"),
    ([{"max_yuan": 300000, "approver": "甲"}], "最后一行应不设金额上限"),
])
def test_approval_table_is_checked_row_by_row(rows, message):
    """1-1 第六条: every deal amount reaches exactly one approver of the unit's own table."""
    with pytest.raises(DomainError, match=message) as err:
        approval_levels_from_setting(rows)
    assert err.value.article == "1-1 第六条"


def test_a_unit_table_with_minutes_above_300000_yuan():
    """REFERENCE: one unit requires meeting minutes above 300,000 yuan."""
    levels = approval_levels_from_setting([{"max_yuan": "300,000", "approver": "技术转移中心"},
                                          {"max_yuan": "", "approver": "校长办公会", "minutes_required": True}])
    assert approval_level(yuan_to_fen("300000"), levels) == levels[0] and not levels[0].minutes_required
    assert approval_level(yuan_to_fen("300000.01"), levels).minutes_required
