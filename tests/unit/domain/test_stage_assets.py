"""R6–R8 — R&D start point, stage classification, expenditure treatment (1-2 第八条、第九条、第十条)."""

from datetime import date

import pytest

from kjcg_desktop.domain import (
    DomainError,
    Evidence,
    Stage,
    Treatment,
    check_stage_override,
    classify_stage,
    expenditure_treatment,
    rd_start_date,
    treatment_decision,
)
from kjcg_desktop.domain.stage import DEVELOPMENT_CONDITIONS

D1, D2, D3 = date(2023, 1, 5), date(2023, 2, 6), date(2023, 3, 7)


def test_rd_start_by_funding_source():
    assert rd_start_date("government", approval_date=D1, contract_date=D2) == D1
    assert rd_start_date("enterprise", approval_date=D1, contract_date=D2) == D2
    assert rd_start_date("own", decision_date=D3, plan_approved_date=D2) == D3
    assert rd_start_date("own", plan_approved_date=D2) == D2


def test_rd_start_missing_date_names_article():
    with pytest.raises(DomainError) as info:
        rd_start_date("government", contract_date=D2)
    assert info.value.article == "1-2 第八条(一)" and "立项" in str(info.value)
    with pytest.raises(DomainError, match="合同签订"):
        rd_start_date("enterprise")
    with pytest.raises(DomainError):
        rd_start_date("own")


def test_no_evidence_is_research():
    decision = classify_stage([])
    assert decision.stage is Stage.RESEARCH and "第九条" in decision.article


def test_certificate_without_intent_is_research():
    # 1-2 第九条(一): 已获知识产权证书，但无明确转化意向 → 研究阶段
    assert classify_stage([Evidence("ip_certificate")]).stage is Stage.RESEARCH


ALL_MET = {key: True for key, _ in DEVELOPMENT_CONDITIONS}


@pytest.mark.parametrize("kind", ["transferee", "intent_contract", "transfer_contract"])
def test_clear_intent_or_contract_is_development(kind):
    # 1-2 第九条(二): "有明确转化意向或签订转化合同等同时满足开发阶段条件的成果，标记为开发阶段"
    decision = classify_stage([Evidence("ip_certificate"), Evidence(kind)], ALL_MET)
    assert decision.stage is Stage.DEVELOPMENT
    assert "明确转化意向" in decision.reason and decision.conflict == ""


@pytest.mark.parametrize("kind", ["transferee", "intent_contract", "assessment_report"])
def test_evidence_alone_does_not_make_development(kind):
    # 1-2 第八条(二): "当科技成果同时满足进入开发阶段条件时 … 应当有相关证据支持作为辅助判断"
    decision = classify_stage([Evidence(kind)])
    assert decision.stage is Stage.RESEARCH and "开发阶段条件未全部满足" in decision.reason
    partial = {**ALL_MET, "measurable": False}
    decision = classify_stage([Evidence(kind)], partial)
    assert decision.stage is Stage.RESEARCH and "归属于开发阶段的支出能够可靠计量" in decision.reason


def test_conditions_without_evidence_stay_research():
    # 1-2 第八条(二): "在没有明确证据无法进行开发阶段判断的，则认定为研究阶段"
    decision = classify_stage([], ALL_MET)
    assert decision.stage is Stage.RESEARCH and "没有证据支持" in decision.reason


@pytest.mark.parametrize("kind", ["assessment_report", "exchange_certificate"])
def test_assessment_without_intent_shows_the_conflict_with_article_9(kind):
    # 1-2 第八条(二) names 技术评估报告、技术交易场所的相关证明材料 as support; 第九条(一): "已获知识产权证书，
    # 但无明确转化意向的成果，标记为研究阶段" — the conflict is shown, not resolved silently
    decision = classify_stage([Evidence(kind)], ALL_MET)
    assert decision.stage is Stage.RESEARCH
    assert "第九条(一)" in decision.conflict and "书面理由" in decision.conflict


def test_override_requires_reason():
    with pytest.raises(DomainError, match="书面理由"):
        check_stage_override("indistinguishable", "  ")
    assert check_stage_override("indistinguishable", "经费混用") is Stage.INDISTINGUISHABLE


def test_research_spending_expensed():
    assert expenditure_treatment("research", "rd") is Treatment.EXPENSE
    assert expenditure_treatment("research", "registration") is Treatment.EXPENSE


def test_development_spending_accumulated_then_by_outcome():
    assert expenditure_treatment("development", "rd") is Treatment.ACCUMULATE
    assert expenditure_treatment("development", "rd", asset_formed=True) is Treatment.CAPITALIZE
    assert expenditure_treatment("development", "rd", asset_formed=False) is Treatment.EXPENSE


def test_right_obtained_capitalises_registration_and_lawyer_fees():
    assert expenditure_treatment("research", "registration", right_obtained=True) is Treatment.CAPITALIZE
    assert expenditure_treatment("indistinguishable", "legal", right_obtained=True) is Treatment.CAPITALIZE
    assert expenditure_treatment("indistinguishable", "rd", right_obtained=True) is Treatment.EXPENSE
    assert expenditure_treatment("research", "maintenance", right_obtained=True) is Treatment.EXPENSE
    assert treatment_decision("research", "legal", right_obtained=True).article == "1-2 第十条"
