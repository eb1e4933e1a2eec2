"""Decisions on the record (附件1-1 第六条、第八条): the checks on a decision and on its reversal."""

from __future__ import annotations

from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.domain import decisions as dec

TODAY = date(2026, 12, 9)


def check(step="approve", *, on=TODAY, previous=None, body="技术转移中心", person="王主任", paper=False, minutes=False,
          owner="application"):
    d.check_decision(d.step_of(owner, step), on=on, today=TODAY, previous=previous, body=body, person=person,
                     has_attachment=paper, minutes=minutes)


def test_a_decision_is_dated_today_or_before_never_in_the_future():
    check(on=TODAY)
    check(on=date(2026, 12, 1))
    with pytest.raises(d.DomainError, match="晚于今天") as exc:
        check(on=date(2026, 12, 10))
    assert exc.value.field == "date" and "1-1 第六条、第八条" in str(exc.value)


def test_a_decision_is_never_dated_before_the_previous_step():
    previous = d.Previous("提交申请", date(2026, 12, 3))
    check(on=date(2026, 12, 3), previous=previous)
    with pytest.raises(d.DomainError, match="早于上一步「提交申请」的日期 2026-12-03"):
        check(on=date(2026, 12, 2), previous=previous)


def test_the_body_and_the_person_are_required():
    with pytest.raises(d.DomainError, match="请选择作出「审批通过」决定的机构"):
        check(body=" ")
    with pytest.raises(d.DomainError, match="决定人") as exc:
        check(person="")
    assert exc.value.field == "person"


def test_a_meeting_decides_by_its_minutes():
    """1-1 第六条: 履行了民主决策程序 — a 校长办公会 decision is proved by its minutes."""
    bodies = d.decision_bodies()
    step = d.step_of("application", "approve")
    assert d.minutes_needed(step, "校长办公会", bodies)
    assert not d.minutes_needed(step, "技术转移中心", bodies)
    with pytest.raises(d.DomainError, match="校长办公会作出的「审批通过」决定须附会议纪要"):
        check(body="校长办公会", minutes=d.minutes_needed(step, "校长办公会", bodies))
    check(body="校长办公会", minutes=True, paper=True)
    # starting a publicity is the office's act, not a body's decision: no minutes
    assert not d.minutes_needed(d.step_of("application", "start-publicity"), "校长办公会", bodies)


def test_a_deal_above_the_minutes_threshold_needs_minutes_whoever_approves():
    """The unit's approval table (e.g. minutes above 2 million yuan) chooses the body and the minutes."""
    levels = d.approval_levels_from_setting([{"max_yuan": 2_000_000, "approver": "科研管理部门"},
                                              {"max_yuan": None, "approver": "分管副校长", "minutes_required": True}])
    bodies = d.decision_bodies(levels, "技术转移中心")
    assert [b.name for b in bodies][:3] == ["技术转移中心", "分管校领导", "校长办公会"]
    assert next(b for b in bodies if b.name == "分管副校长").minutes_required
    step = d.step_of("deal", "approve")
    assert d.minutes_needed(step, "分管副校长", bodies)
    assert d.minutes_needed(step, "科研管理部门", bodies, threshold=True)
    assert not d.minutes_needed(step, "科研管理部门", bodies)


def test_a_signature_needs_the_signed_agreement():
    """方案二(一)(二): 试点单位应与成果完成人（团队）签署书面协议."""
    with pytest.raises(d.DomainError, match="「签署协议」须附已签署的书面协议") as exc:
        check("sign")
    assert "方案二(一)" in str(exc.value)
    check("sign", paper=True)
    with pytest.raises(d.DomainError, match="「签约」须附已签署的书面协议"):
        check("sign", owner="deal")


def test_unknown_steps_are_named():
    with pytest.raises(d.DomainError, match="未知的决定步骤“approve-distribution”"):
        d.step_of("application", "approve-distribution")
    assert d.step_of("deal", "approve-distribution").label == "批准收益分配"


def reverse(step, state_now, state_after, *, reason="误操作", publicity_start=None, owner="application"):
    d.check_reversal(owner, step, reason=reason, state_now=state_now, state_after=state_after, today=TODAY,
                     publicity_start=publicity_start)


def test_an_approval_is_reversed_only_until_the_publicity_starts():
    reverse("approve", "approved", "approved")
    with pytest.raises(d.DomainError, match="「审批通过」只能在公示开始前撤销：公示已开始"):
        reverse("approve", "in_publicity", "approved")
    assert dec.state_before("approve", "approved") == "submitted"


def test_a_reversal_needs_a_reason():
    with pytest.raises(d.DomainError, match="撤销「驳回」须填写理由") as exc:
        reverse("reject", "rejected", "rejected", reason=" ")
    assert exc.value.field == "reason"


def test_a_rejection_is_reversed_until_the_applicant_withdraws():
    reverse("reject", "rejected", "rejected")
    with pytest.raises(d.DomainError, match="申请人已撤回"):
        reverse("reject", "withdrawn", "rejected")
    assert dec.state_before("reject", "rejected") == "submitted"


def test_a_publicity_start_is_reversed_only_during_its_first_day():
    """The day of posting is not counted (民法典第二百零一条); until it ends the notice may be withdrawn."""
    reverse("start-publicity", "in_publicity", "in_publicity", publicity_start=TODAY)
    with pytest.raises(d.DomainError, match="公示首日（2026-12-08）已结束"):
        reverse("start-publicity", "in_publicity", "in_publicity", publicity_start=date(2026, 12, 8))
    assert dec.state_before("start-publicity", "in_publicity") == "approved"


def test_a_signature_is_reversed_until_the_agreement_takes_effect():
    reverse("sign", "agreement_signed", "agreement_signed")
    with pytest.raises(d.DomainError, match="「签署协议」只能在协议生效前撤销：协议已生效"):
        reverse("sign", "effective", "agreement_signed")
    reverse("sign", "signed", "signed", owner="deal")
    with pytest.raises(d.DomainError, match="交易已完成"):
        reverse("sign", "completed", "signed", owner="deal")


def test_an_effective_grant_is_never_reversed():
    with pytest.raises(d.DomainError, match="另行提出申请（放弃、延期等）"):
        reverse("effective", "effective", "effective")
    with pytest.raises(d.DomainError, match="不能撤销"):
        reverse("close-publicity", "publicity_ended", "publicity_ended")


def test_a_reversal_after_another_step_names_the_state():
    """An approval followed by the applicant's withdrawal: not the publicity, the state is named."""
    with pytest.raises(d.DomainError, match="「审批通过」只能在公示开始前撤销：当前状态为「已撤回」"):
        reverse_named("approve", "withdrawn", "approved", "已撤回")


def reverse_named(step, state_now, state_after, label):
    d.check_reversal("application", step, reason="误操作", state_now=state_now, state_after=state_after, today=TODAY,
                     state_label=label)
