"""Decisions recorded with the state change, in the hash-chained log; reversals as new entries."""

from __future__ import annotations

from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.services import decisions as svc
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import decisions as repo
from kjcg_desktop.storage import document_numbers
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.storage.events import verify_chain

TODAY = date(2026, 12, 9)


@pytest.fixture
def app_id(db):
    aid = ach.create_achievement(db, {"name": "一种高强度铝合金的制备方法", "type": "other", "status": "registered"}, [])
    app = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="full", team_share="100",
                                  title="一种高强度铝合金的制备方法")
    apps.transition(db, app, "submit", on=date(2026, 11, 10))
    return app


def decide(db, app_id, step, on, body="技术转移中心", person="王主任", **kw):
    return svc.decide(db, "application", app_id, svc.DecisionInput(step, on, body, person, **kw), today=TODAY)


def test_an_approval_is_recorded_with_its_state_change_and_event(db, app_id):
    text = decide(db, app_id, "approve", date(2026, 11, 18), opinion="材料齐全，同意赋权")
    assert "已记录「审批通过」（2026-11-18，技术转移中心，王主任）" in text
    assert apps.get_application(db, app_id)["state"] == "approved"
    (row,) = repo.decisions_of(db, "application", app_id)
    assert (row["step"], row["date"], row["body"], row["person"], row["opinion"]) == (
        "approve", "2026-11-18", "技术转移中心", "王主任", "材料齐全，同意赋权")
    event = db.one("SELECT * FROM events WHERE action = 'decide' ORDER BY id DESC LIMIT 1")
    assert "材料齐全，同意赋权" in event["new"] and event["entity_id"] == app_id
    assert verify_chain(db) is None


def test_a_checked_decision_leaves_nothing_behind(db, app_id):
    events = db.scalar("SELECT count(*) FROM events")
    with pytest.raises(d.DomainError, match="早于上一步「提交申请」的日期 2026-11-10"):
        decide(db, app_id, "approve", date(2026, 11, 9))
    with pytest.raises(d.DomainError, match="须附会议纪要"):
        decide(db, app_id, "approve", date(2026, 11, 18), body="校长办公会")
    with pytest.raises(d.DomainError, match="当前状态「已提交」不能签署协议"):
        decide(db, app_id, "sign", date(2026, 11, 18))
    assert apps.get_application(db, app_id)["state"] == "submitted"
    assert db.scalar("SELECT count(*) FROM events") == events
    assert repo.decisions_of(db, "application", app_id) == []


def test_the_minutes_are_stored_as_the_decisions_attachment(db, app_id, tmp_path):
    minutes = tmp_path / "校长办公会纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    decide(db, app_id, "approve", date(2026, 11, 18), body="校长办公会", person="李校长", attachment=minutes)
    (row,) = repo.decisions_of(db, "application", app_id)
    assert row["attachment_name"] == "校长办公会纪要.pdf"
    assert db.get("attachments", row["attachment_id"])["kind"] == "minutes"


def walk_to_signed(db, app_id, tmp_path):
    decide(db, app_id, "approve", date(2026, 11, 18))
    decide(db, app_id, "start-publicity", date(2026, 11, 20), days=15)  # ends 2026-12-05, a Saturday → 12-07
    decide(db, app_id, "close-publicity", date(2026, 12, 8))
    paper = tmp_path / "赋权协议（已签署）.pdf"
    paper.write_bytes(b"%PDF-1.4 signed")
    decide(db, app_id, "sign", date(2026, 12, 9), body="分管校领导", person="赵副校长", attachment=paper)


def test_the_whole_path_and_a_signature_reversed_voids_the_agreement_number(db, app_id, tmp_path):
    walk_to_signed(db, app_id, tmp_path)
    assert apps.get_application(db, app_id)["state"] == "agreement_signed"
    with db.transaction():
        number = document_numbers.allocate(db, "agreement", "application", app_id, TODAY,
                                           lambda year, seq: f"示范大学赋权协字〔{year}〕{seq:03}号")
    text = svc.reverse(db, "application", app_id, "协议版本有误，重新签署", today=TODAY)
    assert "已撤销「签署协议」（理由：协议版本有误，重新签署）" in text
    assert "状态恢复为「公示期满」" in text and f"作废文号 {number}" in text
    assert apps.get_application(db, app_id)["state"] == "publicity_ended"
    (listed,) = document_numbers.listing(db, "agreement")
    assert listed["state"] == "void" and "协议版本有误" in listed["void_reason"]
    rows = repo.decisions_of(db, "application", app_id)
    assert rows[-1]["reverses"] == rows[-2]["id"] and rows[-1]["reason"] == "协议版本有误，重新签署"
    assert rows[-2]["reversed_by"] == rows[-1]["id"]  # the signature itself is kept, never edited
    assert verify_chain(db) is None
    # the previous step is again the publicity's end: a new signature may follow
    paper = tmp_path / "新协议.pdf"
    paper.write_bytes(b"%PDF new")
    decide(db, app_id, "sign", date(2026, 12, 9), attachment=paper)
    decide(db, app_id, "effective", date(2026, 12, 9))
    with pytest.raises(d.DomainError, match="另行提出申请"):
        svc.reverse(db, "application", app_id, "误操作", today=TODAY)


def test_an_approval_reversal_returns_to_review_until_the_publicity_starts(db, app_id):
    decide(db, app_id, "approve", date(2026, 11, 18))
    assert svc.reversible(db, "application", app_id, today=TODAY).problem == ""
    svc.reverse(db, "application", app_id, "审批机构有误", today=TODAY)
    assert apps.get_application(db, app_id)["state"] == "submitted"
    assert apps.get_application(db, app_id)["decided_at"] is None
    decide(db, app_id, "approve", date(2026, 11, 19), body="分管校领导")
    decide(db, app_id, "start-publicity", date(2026, 11, 20))
    # the publicity start is the standing decision now; its first day has ended
    found = svc.reversible(db, "application", app_id, today=TODAY)
    assert found.label == "开始公示" and "公示首日（2026-11-20）已结束" in found.problem


def test_a_publicity_started_today_is_withdrawn_by_its_reversal(db, app_id):
    decide(db, app_id, "approve", date(2026, 12, 1))
    decide(db, app_id, "start-publicity", TODAY)
    pub_id = pubs.running_publicity_of_application(db, app_id)
    text = svc.reverse(db, "application", app_id, "公示内容有误", today=TODAY)
    assert "撤销公示" in text and "状态恢复为「已审批」" in text
    assert pubs.get_publicity(db, pub_id)["state"] == "withdrawn"
    assert apps.get_application(db, app_id)["state"] == "approved"


def test_a_rejection_is_reversed_back_to_review(db, app_id):
    decide(db, app_id, "reject", date(2026, 11, 18), opinion="材料不全")
    assert apps.get_application(db, app_id)["state"] == "rejected"
    svc.reverse(db, "application", app_id, "材料已补齐，驳回有误", today=TODAY)
    assert apps.get_application(db, app_id)["state"] == "submitted"


def test_nothing_to_reverse_is_said(db, app_id):
    with pytest.raises(d.DomainError, match="没有可撤销的决定"):
        svc.reverse(db, "application", app_id, "误操作", today=TODAY)


def test_a_number_names_an_application_or_a_deal(db, app_id):
    number = apps.get_application(db, app_id)["number"]
    assert svc.owner_of(db, number) == ("application", app_id)
    with pytest.raises(d.DomainError, match="找不到交易 JY-2026-9999"):
        svc.owner_of(db, "JY-2026-9999")
