"""R5, R9, R10, R12, R13, income distribution and the application state machine."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjcg_desktop.domain import (
    ApplicationState,
    ApplicationStateMachine,
    Attribute,
    DomainError,
    TransferStatus,
    abandonment_effective,
    after_deal_completed,
    after_intent,
    annual_report_due,
    approval_level,
    attribute_for,
    check_valuation_decision,
    distribute,
    parse_legal_status,
    pilot_milestones,
    price_publicity_required,
    valuation_required,
    write_off_needed,
    yuan_to_fen,
)


def test_attribute_from_legal_status():
    # 1-2 第五条: 授权成果 = legally obtained right; 专利申请权、专有技术 = 未授权成果
    assert attribute_for("granted") is Attribute.GRANTED
    assert attribute_for("pending") is Attribute.UNGRANTED
    assert attribute_for("not_filed") is Attribute.UNGRANTED
    # "按法律程序已申请取得的成果": a right that lapsed (未缴年费, 期限届满) was obtained all the same
    assert attribute_for("lapsed") is Attribute.GRANTED
    for not_obtained in ("rejected", "withdrawn", "abandoned"):
        assert attribute_for(not_obtained) is Attribute.UNGRANTED


@pytest.mark.parametrize("text,expected", [("有效", "granted"), ("实质审查", "pending"), ("未缴年费", "lapsed"),
                                           ("驳回", "rejected"), ("法律 状态", None), ("无效", "lapsed")])
def test_parse_legal_status(text, expected):
    result = parse_legal_status(text)
    assert (result.value if result else None) == expected


def test_transfer_status_and_count():
    assert after_intent("none") is TransferStatus.INTENDED
    assert after_intent("transferred") is TransferStatus.TRANSFERRED
    assert after_deal_completed("intended", 0) == (TransferStatus.TRANSFERRED, 1)
    assert after_deal_completed("transferred", 2) == (TransferStatus.TRANSFERRED, 3)


def test_valuation_rule():
    # 方案二(三): 国有全资企业可以不进行资产评估; 非国有全资企业由单位自主决定
    assert valuation_required(True) is False
    assert valuation_required(False) is None
    check_valuation_decision(True, None, None)
    check_valuation_decision(False, "no", "金额小，领导小组决定不评估")
    with pytest.raises(DomainError, match="评估"):
        check_valuation_decision(False, None, None)
    with pytest.raises(DomainError, match="理由"):
        check_valuation_decision(False, "yes", "")


def test_negotiated_price_needs_publicity():
    assert price_publicity_required("negotiated") is True
    assert price_publicity_required("listing") is False
    assert price_publicity_required("auction") is False


def test_distribution_adds_up_exactly():
    # 100,000.01 yuan across 33.33/33.33/33.34 %
    amount = yuan_to_fen("100000.01")
    parts = distribute(amount, ["33.33", "33.33", "33.34"])
    assert sum(parts) == amount == 10_000_001
    assert parts == [3_333_000, 3_333_000, 3_334_001]


@given(st.integers(min_value=0, max_value=10**12), st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=8))
def test_distribution_never_loses_a_fen(amount, weights):
    total = sum(weights)
    shares = [Decimal(w) * 100 / total for w in weights]
    shares = [s.quantize(Decimal("0.0001")) for s in shares]
    shares[-1] += Decimal(100) - sum(shares)
    if shares[-1] <= 0:
        return
    parts = distribute(amount, shares)
    assert sum(parts) == amount
    assert all(p >= 0 for p in parts)


def test_approval_levels():
    assert approval_level(yuan_to_fen(2_000_000)).approver == "科研管理部门"
    assert approval_level(yuan_to_fen("2000000.01")).approver == "分管副校长"
    assert approval_level(yuan_to_fen(5_000_001)).minutes_required


def test_abandonment_after_publicity():
    # 1-2 第十一条: 公示期满即为自动放弃 — 民法典第二百零三条: the last day ends at 24:00
    assert not abandonment_effective(date(2025, 3, 18), date(2025, 3, 17))
    assert not abandonment_effective(date(2025, 3, 18), date(2025, 3, 18))
    assert abandonment_effective(date(2025, 3, 18), date(2025, 3, 19))
    assert write_off_needed(True) and not write_off_needed(False)


def test_pilot_timeline_and_annual_date():
    m = pilot_milestones(date(2024, 2, 29))
    assert m.rules_due == date(2025, 2, 28) and m.pilot_end == date(2027, 2, 28)
    assert pilot_milestones(date(2025, 7, 1)).pilot_end == date(2028, 7, 1)
    assert annual_report_due(2026) == date(2026, 3, 31)
    assert annual_report_due(2026, "06-30") == date(2026, 6, 30)


def test_state_machine_happy_path():
    m = ApplicationStateMachine()
    for action in ["submit", "approve", "start_publicity", "end_publicity", "sign_agreement", "make_effective"]:
        m.apply(action)
    assert m.state is ApplicationState.EFFECTIVE and m.is_final


def test_objection_returns_to_review():
    m = ApplicationStateMachine("in_publicity")
    assert m.apply("objection") is ApplicationState.SUBMITTED


def test_illegal_transition_raises_chinese_message():
    m = ApplicationStateMachine("draft")
    with pytest.raises(DomainError, match="不能执行「签署协议」"):
        m.apply("sign_agreement")
    with pytest.raises(DomainError):
        ApplicationStateMachine("effective").apply("withdraw")
    assert ApplicationStateMachine("submitted").can("reject")


def test_an_abandonment_becomes_effective_when_its_publicity_ends_without_an_agreement():
    """1-2 第十一条：“由技术转移机构（部门）进行公示，公示期满即为自动放弃” — only an abandonment skips the agreement."""
    from kjcg_desktop.domain import FINAL_STATES, ApplicationState

    for state in ("publicity_ended", "approved"):
        machine = ApplicationStateMachine(state, "abandonment")
        assert machine.apply("make_effective") is ApplicationState.EFFECTIVE and machine.is_final
        assert not ApplicationStateMachine(state, "ownership").can("make_effective")
        assert not ApplicationStateMachine(state).can("make_effective")
    with pytest.raises(DomainError, match="不能执行"):
        ApplicationStateMachine("submitted", "abandonment").apply("make_effective")
    assert {ApplicationState.EFFECTIVE, ApplicationState.REJECTED, ApplicationState.WITHDRAWN} == FINAL_STATES
