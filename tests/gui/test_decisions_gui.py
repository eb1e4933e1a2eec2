"""Decisions through their confirmations (1-1 第六条、第八条): each records date, body, person,
opinion and paper, shows in the achievement's history and on the evidence dossier; a reversal
restores the previous state with its reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kjcg_desktop.services.documents import build_data
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import deals, diligence
from kjcg_desktop.storage import decisions as dec_repo
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.ui.achievement_detail import AchievementDetail
from kjcg_desktop.ui.applications_page import ApplicationsPage
from kjcg_desktop.ui.deals_page import DealsPage

pytestmark = pytest.mark.date_sensitive

LEFT = Qt.MouseButton.LeftButton
SUBMITTED = date(2026, 11, 10)
TODAY = date(2026, 12, 9)


@pytest.fixture
def grant(db):
    aid = ach.create_achievement(db, {"name": "燃料电池催化剂", "type": "invention", "status": "registered"},
                                 [{"name": "周杰", "share": "100", "is_representative": True}])
    app_id = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="full", team_share="100",
                                     title="燃料电池催化剂")
    apps.transition(db, app_id, "submit", on=SUBMITTED)
    return aid, app_id


def reversal(qtbot, typist, reason, seen=None):
    def run(dialog):
        dialog.show()
        if seen is not None:
            seen.append(dialog)
        if dialog.reason.isEnabled():
            typist(dialog.reason, reason)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        return dialog.result()
    return run


def history_rows(qtbot, db, aid):
    detail = AchievementDetail(db, aid)
    qtbot.addWidget(detail)
    detail.show_tab("history")
    table = detail.history_table
    return [[table.text(r, c) for c in range(table.model().columnCount())] for r in range(table.row_count())]


def dossier_text(db, aid) -> str:
    data = build_data(db, "dossier", aid)
    return "\n".join(" ".join(row) for table in data.tables.values() for row in table.rows)


def test_a_meeting_approval_with_minutes_shows_in_the_history_and_the_dossier(qtbot, db, grant, decision_filler, tmp_path):
    aid, app_id = grant
    page = ApplicationsPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select(app_id)
    dialogs = []
    minutes = tmp_path / "2026年第12次校长办公会纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")

    def approve(dialog):
        dialogs.append(dialog)
        assert "上一步：提交申请（2026-11-10）" in " ".join(w.text() for w in dialog.findChildren(type(dialog.effect)))
        dialog.body.setCurrentText("校长办公会")
        assert dialog.paper_label.text() == "会议纪要（必附）"
        # without the minutes the decision is refused and nothing is written
        if len(dialogs) == 1:
            return decision_filler(dialog, body="校长办公会", person="李校长", opinion="同意赋予所有权")
        return decision_filler(dialog, body="校长办公会", person="李校长", opinion="同意赋予所有权", paper=minutes,
                               on=date(2026, 12, 4))

    page.run_dialog = approve
    assert page.run_action("approve") is False
    assert "校长办公会作出的「审批通过」决定须附会议纪要" in dialogs[0].error.text()
    assert apps.get_application(db, app_id)["state"] == "submitted"
    assert page.run_action("approve") is True
    assert apps.get_application(db, app_id)["state"] == "approved"
    assert "已记录「审批通过」（2026-12-04，校长办公会，李校长）" in page.status.text()

    history = history_rows(qtbot, db, aid)
    decided = next(r for r in history if r[3] == "作出决定")
    for text in ("事项：审批通过", "日期：2026-12-04", "决定机构：校长办公会", "决定人：李校长", "意见：同意赋予所有权",
                 "附件：2026年第12次校长办公会纪要.pdf"):
        assert text in decided[4]
    assert "1-1 第六条、第八条" in decided[5] or "方案二(一)" in decided[5]

    dossier = dossier_text(db, aid)
    assert "作出决定" in dossier and "决定机构：校长办公会" in dossier and "决定人：李校长" in dossier
    assert "意见：同意赋予所有权" in dossier and "2026年第12次校长办公会纪要" in dossier


def test_a_publicity_started_by_mistake_is_reversed_on_its_first_day(qtbot, db, grant, decision_filler, typist):
    aid, app_id = grant
    page = ApplicationsPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select(app_id)
    page.run_dialog = lambda dialog: decision_filler(dialog, person="王主任")
    assert page.run_action("approve") and page.run_action("start_publicity")
    assert apps.get_application(db, app_id)["state"] == "in_publicity"
    pub_id = pubs.running_publicity_of_application(db, app_id)
    assert page.reverse_button.isEnabled()
    seen = []
    page.run_dialog = reversal(qtbot, typist, "公示标题有误，重新公示", seen)
    assert page.reverse_decision() is True
    assert "撤销「开始公示」" in seen[0].what.text()
    assert apps.get_application(db, app_id)["state"] == "approved"
    assert pubs.get_publicity(db, pub_id)["state"] == "withdrawn"
    assert "状态恢复为「已审批」" in page.status.text() and "撤销公示" in page.status.text()
    reversed_row = next(r for r in history_rows(qtbot, db, aid) if r[3] == "撤销决定")
    assert "理由：公示标题有误，重新公示" in reversed_row[4]
    dossier = dossier_text(db, aid)
    assert "撤销决定（申请 " in dossier and "将状态由 公示中 改为 已审批" in dossier and "事项：开始公示" in dossier
    assert "原决定日期：2026年12月9日" in dossier and "理由：公示标题有误，重新公示" in dossier
    # the approval stands and is the next to be reversed, the reversal entry itself never is
    rows = dec_repo.decisions_of(db, "application", app_id)
    assert [(r["step"], r["reverses"] is not None) for r in rows] == [
        ("approve", False), ("start-publicity", False), ("start-publicity", True)]


def test_the_day_after_the_publicity_started_the_reversal_is_refused(qtbot, db, grant, decision_filler, typist):
    aid, app_id = grant
    day = [date(2026, 12, 1)]
    page = ApplicationsPage(db, today=lambda: day[0])
    qtbot.addWidget(page)
    page.select(app_id)
    page.run_dialog = lambda dialog: decision_filler(dialog, person="王主任")
    assert page.run_action("approve") and page.run_action("start_publicity")
    day[0] = date(2026, 12, 2)
    page.update_buttons()
    assert "公示首日（2026-12-01）已结束" in page.reverse_button.toolTip()
    seen = []
    page.run_dialog = reversal(qtbot, typist, "误操作", seen)
    assert page.reverse_decision() is False
    ok = seen[0].buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "公示首日（2026-12-01）已结束" in seen[0].problem.text()
    assert apps.get_application(db, app_id)["state"] == "in_publicity"


def test_a_deal_is_approved_with_minutes_signed_and_the_signature_reversed(qtbot, db, decision_filler, typist, tmp_path):
    aid = ach.create_achievement(db, {"name": "一种传感器", "type": "invention", "status": "registered"}, [])
    deal_id = deals.create_deal(db, aid, {"kind": "assignment", "counterparty": "上海某国有全资公司",
                                          "counterparty_state_owned": True, "pricing_method": "listing",
                                          "amount_fen": 300_000_000})
    diligence.add_record(db, "deal", deal_id, "pricing_evidence", date(2026, 11, 30), description="挂牌交易凭证")
    page = DealsPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    page.select_deal(deal_id)
    minutes = tmp_path / "分管副校长办公会纪要.pdf"
    minutes.write_bytes(b"%PDF minutes")
    contract = tmp_path / "转让合同（已签署）.pdf"
    contract.write_bytes(b"%PDF contract")
    dialogs = []

    def approve(dialog):
        dialogs.append(dialog)
        assert dialog.body.currentText() == "分管副校长"  # 3 million yuan: the approval table's second row
        assert dialog.paper_label.text() == "会议纪要（必附）"
        return decision_filler(dialog, body="分管副校长", person="赵副校长", opinion="同意挂牌转让", paper=minutes,
                               on=date(2026, 12, 2))

    page.run_dialog = approve
    qtbot.mouseClick(page.approve_button, LEFT)
    assert page.evidence_items()["decision"] is True
    page.run_dialog = lambda dialog: decision_filler(dialog, body="分管副校长", person="赵副校长", paper=contract,
                                                     on=date(2026, 12, 3))
    qtbot.mouseClick(page.sign_button, LEFT)
    assert deals.get_deal(db, deal_id)["state"] == "signed"
    page.run_dialog = reversal(qtbot, typist, "合同附件版本有误")
    qtbot.mouseClick(page.reverse_button, LEFT)
    deal = deals.get_deal(db, deal_id)
    assert (deal["state"], deal["contract_date"]) == ("draft", None)
    assert page.sign_button.isEnabled() and "登记" in page.title.text()
    # reversing the approval withdraws it from the evidence: signing waits for a new approval
    page.run_dialog = reversal(qtbot, typist, "审批机构有误")
    qtbot.mouseClick(page.reverse_button, LEFT)
    assert page.evidence_items()["decision"] is False
    rows = [(r["step"], r["date"], r["body"], r["person"], r["opinion"], r["attachment_name"], r["reason"])
            for r in dec_repo.decisions_of(db, "deal", deal_id)]
    assert rows == [("approve", "2026-12-02", "分管副校长", "赵副校长", "同意挂牌转让", "分管副校长办公会纪要.pdf", None),
                    ("sign", "2026-12-03", "分管副校长", "赵副校长", "", "转让合同（已签署）.pdf", None),
                    ("sign", "2026-12-09", "", "", "", None, "合同附件版本有误"),
                    ("approve", "2026-12-09", "", "", "", None, "审批机构有误")]
    dossier = "\n".join(" ".join(row) for t in build_data(db, "dossier", deal_id, of="deal").tables.values() for row in t.rows)
    assert "决定机构：分管副校长" in dossier and "理由：合同附件版本有误" in dossier


def test_a_deals_price_publicity_is_closed_as_a_decision_on_the_deal(qtbot, db, decision_filler):
    """1-1 第六条(四): the negotiated price's publicity is closed from the day after its end, on the record."""
    from kjcg_desktop.ui.publicity_page import PublicityPage

    aid = ach.create_achievement(db, {"name": "一种传感器", "type": "invention", "status": "registered"}, [])
    deal_id = deals.create_deal(db, aid, {"kind": "licence", "licence_type": "sole", "counterparty": "甲公司",
                                          "counterparty_state_owned": True, "pricing_method": "negotiated",
                                          "amount_fen": 10_000_000})
    pub_id = deals.start_deal_publicity(db, deal_id, "price", date(2026, 11, 2), 15)
    page = PublicityPage(db, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.select(pub_id)
    seen = []

    def run(dialog):
        seen.append(dialog)
        return decision_filler(dialog, person="王主任", opinion="公示期内无异议", on=date(2026, 11, 18))

    page.run_dialog = run
    assert page.close_selected() is True
    assert seen[0].windowTitle() == f"结束公示：{deals.get_deal(db, deal_id)['number']}"
    assert pubs.get_publicity(db, pub_id)["state"] == "ended"
    (row,) = dec_repo.decisions_of(db, "deal", deal_id)
    assert (row["step"], row["date"], row["person"], row["opinion"], row["publicity_id"]) == (
        "close-publicity", "2026-11-18", "王主任", "公示期内无异议", pub_id)
