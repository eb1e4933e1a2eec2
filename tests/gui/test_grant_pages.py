"""The 赋权申请 page's actions follow the state machine; the 公示 page shows both end dates, takes
objections, refuses to close before the end date and moves the application on when closed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox

from kjcg_desktop import domain as d
from kjcg_desktop.forms_engine import load_forms
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.services import wizard_flows as flows
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import batches
from kjcg_desktop.storage import decisions as dec_repo
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.ui.applications_page import ApplicationsPage, BatchDialog
from kjcg_desktop.ui.main_window import MainWindow
from kjcg_desktop.ui.publicity_page import PublicityPage

pytestmark = pytest.mark.date_sensitive

LEFT = Qt.MouseButton.LeftButton
START = date(2025, 3, 3)


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def submitted(db):
    """A submitted ownership application for a registered achievement."""
    forms = load_forms(forms_dir())
    achievement_id = ach.create_achievement(db, {"name": "燃料电池催化剂", "type": "invention", "status": "registered"},
                                            [{"name": "周杰", "share": "100", "is_representative": True}])
    batch = batches.create_batch(db, "第3批赋权", date(2025, 3, 31))
    app_id = flows.start_draft(db, forms["ownership"], achievement_id=achievement_id, today=START)
    values = {**apps.get_application(db, app_id)["form"], "batch_id": str(batch), "internal_agreement": [{"filename": "a"}],
              "national_interest": False, "state_secret": False, "ethics": False, "conditions_unmet": False,
              "transformation_plan": "许可", **{k: "约定" for k, _ in d.OWNERSHIP_AGREEMENT_TERMS}}
    flows.finish(db, forms["ownership"], app_id, values, today=START)
    return app_id


def enabled(page: ApplicationsPage) -> set[str]:
    return {a for a, b in page.action_buttons.items() if b.isEnabled()}


def test_actions_follow_the_state_machine_and_publicity_closes_on_its_end_date(qtbot, db, submitted, warnings, tmp_path,
                                                                                decision_filler):
    fill_decision = decision_filler
    today = {"value": START}
    page = ApplicationsPage(db, today=lambda: today["value"])
    qtbot.addWidget(page)
    page.select(submitted)
    assert enabled(page) == {"approve", "reject", "withdraw"}
    assert "第3批赋权（2025-03-31）" in page.model.text(0, 3)
    shown = []

    def confirm(**fill):
        def run(dialog):
            shown.append(dialog)
            return fill_decision(dialog, **fill)
        return run

    page.run_dialog = confirm(person="王主任", opinion="材料齐全，同意赋权")
    qtbot.mouseClick(page.action_buttons["approve"], LEFT)
    assert "将要：申请由「已提交」转为「已审批」" in shown[-1].effect.text() and "方案二(一)" in shown[-1].article.text()
    assert shown[-1].body.currentText() == "技术转移中心"
    assert apps.get_application(db, submitted)["state"] == "approved"
    assert enabled(page) == {"start_publicity", "withdraw"}

    def start(dialog):
        shown.append(dialog)
        assert dialog.findChild(QSpinBox, "publicity_days").value() == 15
        return fill_decision(dialog, on=START)

    page.run_dialog = start
    qtbot.mouseClick(page.action_buttons["start_publicity"], LEFT)
    assert apps.get_application(db, submitted)["state"] == "in_publicity"
    assert enabled(page) == set()

    pub_page = PublicityPage(db, today=lambda: today["value"])
    qtbot.addWidget(pub_page)
    pub_page.select(pubs.list_publicities(db)[0]["id"])
    row = [pub_page.model.text(0, c) for c in range(pub_page.model.columnCount())]
    assert row[:8] == ["赋权公示", "关于燃料电池催化剂 — 赋予职务科技成果所有权申请的公示", "2025-03-03", "15日", "2025-03-18",
                       "2025-03-18", "15", "公示中"]
    today["value"] = date(2025, 3, 17)
    pub_page.refresh()
    assert not pub_page.close_button.isEnabled()
    assert "公示期至 2025-03-18 24:00 届满，2025-03-19 起可办理" in pub_page.close_button.toolTip()
    pub_page.run_dialog = confirm()
    assert not pub_page.close_selected() and "2025-03-19 起可办理" in shown[-1].error.text()
    assert apps.get_application(db, submitted)["state"] == "in_publicity"
    # 民法典第二百零三条 "期间的最后一日的截止时间为二十四时": not on the last day itself
    today["value"] = date(2025, 3, 18)
    pub_page.refresh()
    assert not pub_page.close_button.isEnabled()
    assert "2025-03-19 起可办理" in pub_page.model.text(0, 9)
    today["value"] = date(2025, 3, 19)
    pub_page.refresh()
    assert pub_page.close_button.isEnabled()
    qtbot.mouseClick(pub_page.close_button, LEFT)
    assert apps.get_application(db, submitted)["state"] == "publicity_ended"
    assert pub_page.model.text(0, 7) == "已结束"

    page.refresh()
    assert enabled(page) == {"sign_agreement"}
    # a signature needs the signed agreement: the dialog stays open and says so
    page.run_dialog = confirm(person="赵副校长", body="分管校领导")
    qtbot.mouseClick(page.action_buttons["sign_agreement"], LEFT)
    assert "须附已签署的书面协议" in shown[-1].error.text() and "（必附）" in shown[-1].paper_label.text()
    assert apps.get_application(db, submitted)["state"] == "publicity_ended"
    signed = tmp_path / "赋权协议（已签署）.pdf"
    signed.write_bytes(b"%PDF-1.4 signed")
    page.run_dialog = confirm(person="赵副校长", body="分管校领导", paper=signed)
    qtbot.mouseClick(page.action_buttons["sign_agreement"], LEFT)
    page.run_dialog = confirm(person="赵副校长", body="分管校领导")
    qtbot.mouseClick(page.action_buttons["make_effective"], LEFT)
    app = apps.get_application(db, submitted)
    assert (app["state"], app["effective_at"]) == ("effective", "2025-03-19")
    assert enabled(page) == set() and warnings == []
    # the record: one decision a step, with its date, body, person, opinion and paper
    rows = [(r["step"], r["date"], r["body"], r["person"], r["opinion"], r["attachment_name"])
            for r in dec_repo.decisions_of(db, "application", submitted)]
    assert rows == [("approve", "2025-03-03", "技术转移中心", "王主任", "材料齐全，同意赋权", None),
                    ("start-publicity", "2025-03-03", "技术转移中心", "王主任", "", None),
                    ("close-publicity", "2025-03-19", "技术转移中心", "王主任", "", None),
                    ("sign", "2025-03-19", "分管校领导", "赵副校长", "", "赋权协议（已签署）.pdf"),
                    ("effective", "2025-03-19", "分管校领导", "赵副校长", "", None)]
    # each decision in the achievement's history and on its evidence dossier
    from kjcg_desktop.services.documents import build_data
    from kjcg_desktop.ui.achievement_detail import AchievementDetail

    aid = apps.get_application(db, submitted)["achievement_id"]
    detail = AchievementDetail(db, aid)
    qtbot.addWidget(detail)
    detail.show_tab("history")
    table = detail.history_table
    decided = [table.text(r, 4) for r in range(table.row_count()) if table.text(r, 3) == "作出决定"]
    for step in ("审批通过", "开始公示", "结束公示", "签署协议", "生效"):
        assert any(f"事项：{step}" in text for text in decided), step
    assert any("决定机构：分管校领导" in t and "决定人：赵副校长" in t and "附件：赋权协议（已签署）.pdf" in t for t in decided)
    events = build_data(db, "dossier", aid).tables["events"].rows
    sentences = [row[3] for row in events if "作出决定" in row[3]]
    assert len(sentences) == 5 and any("意见：材料齐全，同意赋权" in s for s in sentences)
    # an effective grant is never reversed
    assert "另行提出申请" in page.reverse_button.toolTip()


def test_reject_asks_for_a_reason_and_is_reversed_with_one(qtbot, db, submitted, decision_filler, typist):
    fill_decision, type_text = decision_filler, typist
    page = ApplicationsPage(db, today=lambda: START)
    qtbot.addWidget(page)
    page.select(submitted)
    page.run_dialog = lambda dialog: fill_decision(dialog, person="王主任", opinion="材料不全")
    qtbot.mouseClick(page.action_buttons["reject"], LEFT)
    assert apps.get_application(db, submitted)["state"] == "rejected"
    event = db.one("SELECT new, article FROM events WHERE entity = 'application' AND action = 'reject'")
    assert "材料不全" in event["new"] and event["article"] == "方案二(一)"
    assert enabled(page) == set() and page.reverse_button.isEnabled()
    reversal = []

    def reverse(dialog):
        reversal.append(dialog)
        dialog.show()
        assert "撤销「驳回」（2025-03-03，技术转移中心，王主任）" in dialog.what.text()
        type_text(dialog.reason, "补充材料已于当日提交，驳回有误")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
        return dialog.result()

    page.run_dialog = reverse
    qtbot.mouseClick(page.reverse_button, LEFT)
    assert apps.get_application(db, submitted)["state"] == "submitted"
    assert "状态恢复为「已提交」" in page.status.text() and "驳回有误" in page.status.text()
    assert enabled(page) == {"approve", "reject", "withdraw"}
    event = db.one("SELECT new FROM events WHERE action = 'reverse'")
    assert "补充材料已于当日提交，驳回有误" in event["new"]


def test_objection_sends_the_application_back_and_is_resolved(qtbot, db, submitted, typist, decision_filler):
    flows.perform(db, submitted, "approve", on=START)
    flows.perform(db, submitted, "start_publicity", on=START, days=15)
    page = PublicityPage(db, today=lambda: date(2025, 3, 10))
    qtbot.addWidget(page)
    page.show()
    page.select(pubs.list_publicities(db)[0]["id"])
    dialog = page.open_objection_dialog()
    typist(dialog.raised_by, "孙明")
    typist(dialog.content, "完成人名单遗漏一人")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    assert apps.get_application(db, submitted)["state"] == "submitted"  # objection returns it to review
    assert page.objection_table.row_count() == 1
    assert [page.objection_table.text(0, c) for c in range(4)] == ["孙明", "2025-03-10", "完成人名单遗漏一人", "待处理"]
    page.objection_table.selectRow(0)
    dialog = page.open_resolve_dialog()
    assert "1-1 第六条(七)" in dialog.article.text()
    dialog.upheld.setChecked(True)
    decision_filler(dialog, person="王主任", opinion="经核实补充完成人后重新公示")
    assert page.objection_table.text(0, 3) == "经核实补充完成人后重新公示（异议成立）"
    assert db.scalar("SELECT upheld FROM objections") == 1
    (row,) = dec_repo.decisions_of(db, "application", submitted)[-1:]
    assert (row["step"], row["date"], row["person"], row["opinion"]) == ("decide-objection", "2025-03-10", "王主任",
                                                                         "经核实补充完成人后重新公示")


def test_publicity_list_covers_all_kinds_and_warns_about_unknown_holidays(qtbot, db):
    pubs.create_publicity(db, "abandonment", "放弃公示", date(2099, 9, 1), 30)
    pubs.create_publicity(db, "price", "协议定价公示", date(2025, 9, 26), 15)
    page = PublicityPage(db, today=lambda: date(2025, 9, 30))
    qtbot.addWidget(page)
    kinds = {page.model.text(r, 0): r for r in range(page.model.rowCount())}
    assert set(kinds) == {"放弃公示", "协议定价公示"}
    r = kinds["放弃公示"]
    assert "2099年国务院节假日安排未录入，仅按法定节日和周末顺延" in page.model.text(r, 9)
    r = kinds["协议定价公示"]
    # 2025-10-11 is a make-up working day (Saturday); counted from 09-26 + 15 days
    assert page.model.text(r, 4) == "2025-10-11" and page.model.text(r, 5) == "2025-10-11"


def test_the_publicity_start_shows_both_end_dates_and_enforces_15_days(qtbot, db, submitted, decision_filler):
    """R4: both end dates shown; a grant's publicity is never below 15 days (方案二(一)(二))."""
    flows.perform(db, submitted, "approve", on=START)
    page = ApplicationsPage(db, today=lambda: START)
    qtbot.addWidget(page)
    page.select(submitted)
    seen = []

    def run(dialog):
        seen.append(dialog)
        days = dialog.findChild(QSpinBox, "publicity_days")
        info = dialog.findChild(QLabel, "publicity_window")
        assert "名义届满日 2025-03-18，届满日 2025-03-18" in info.text()
        days.setValue(10)
        assert "不少于15日" in info.text()
        return decision_filler(dialog, person="王主任")

    page.run_dialog = run
    assert page.run_action("start_publicity") is False
    assert "不少于15日" in seen[0].error.text()
    assert apps.get_application(db, submitted)["state"] == "approved"

def test_batches_dialog_adds_the_next_batch(qtbot, db):
    batches.create_batch(db, "第4批赋权", None)
    dialog = BatchDialog(db, START)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "第5批赋权"
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert [b["name"] for b in batches.list_batches(db)] == ["第4批赋权", "第5批赋权"]
    assert batches.list_batches(db)[1]["deadline"] == "2025-04-02"
    assert [dialog.table.text(r, 0) for r in range(dialog.table.row_count())] == ["第4批赋权", "第5批赋权"]


def test_main_window_uses_the_new_pages(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert isinstance(win.show_section("applications"), ApplicationsPage)
    assert isinstance(win.show_section("publicities"), PublicityPage)


def test_plain_edit_dialog_saves_a_submitted_application(qtbot, db, submitted, typist, monkeypatch):
    page = ApplicationsPage(db, today=lambda: START)
    qtbot.addWidget(page)
    page.select(submitted)
    dialog = page.view()
    section = next(s for s in dialog.sections if s.page.id == "plan")
    edit = section.widgets["transformation_plan"].edit
    edit.clear()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # a required answer is missing
    typist(edit, "作价投资设立公司")
    assert save.isEnabled()
    qtbot.mouseClick(save, LEFT)
    assert apps.get_application(db, submitted)["form"]["transformation_plan"] == "作价投资设立公司"
    event = db.one("SELECT old, new FROM events WHERE action = 'edit_form'")
    assert "许可" in event["old"] and "作价投资设立公司" in event["new"]
    flows.perform(db, submitted, "approve", on=START)
    page.refresh()
    readonly = page.view(submitted)
    assert readonly.buttons.button(readonly.buttons.StandardButton.Save) is None


def test_new_wizard_asks_for_the_achievement_and_filters(qtbot, db, submitted, monkeypatch, typist):
    from kjcg_desktop.ui.applications_page import TargetDialog

    other = ach.create_achievement(db, {"name": "量子点发光材料", "type": "invention", "status": "registered"})
    page = ApplicationsPage(db, today=lambda: START)
    qtbot.addWidget(page)

    def choose(dialog):
        typist(dialog.filter, "量子点")
        assert dialog.combo.count() == 1
        return TargetDialog.DialogCode.Accepted

    monkeypatch.setattr(TargetDialog, "exec", choose)
    wizard = page.new_wizard("use_right")
    assert apps.get_application(db, wizard.app_id)["achievement_id"] == other
    wizard.close()
    assert page.model.rowCount() == 2
    page.state_filter.setCurrentIndex(page.state_filter.findData("draft"))
    assert page.model.rowCount() == 1 and page.model.text(0, 1) == "赋予长期使用权"
    page.state_filter.setCurrentIndex(0)
    typist(page.search, "燃料电池")
    assert page.model.rowCount() == 1 and page.model.text(0, 4) == "已提交"


def test_submit_button_submits_a_complete_draft_or_opens_the_wizard(qtbot, db, monkeypatch, warnings):
    forms = load_forms(forms_dir())
    achievement_id = ach.create_achievement(db, {"name": "手术导航系统", "type": "software", "status": "registered"},
                                            [{"name": "陈静", "share": "100", "is_representative": True}])
    batch = batches.create_batch(db, "第1批赋权", None)
    app_id = flows.start_draft(db, forms["use_right"], achievement_id=achievement_id, today=START)
    page = ApplicationsPage(db, forms=forms, today=lambda: START)
    qtbot.addWidget(page)
    page.select(app_id)
    assert enabled(page) == {"submit", "withdraw"}
    qtbot.mouseClick(page.action_buttons["submit"], LEFT)
    assert "请填写「申请批次」" in warnings[-1]
    wizard = next(w for w in page.wizards if w.app_id == app_id)
    assert wizard.currentPage().definition.id == "batch"
    wizard.close()
    form = apps.get_application(db, app_id)["form"]
    apps.save_draft(db, app_id, {**form, "batch_id": str(batch), "implementation_plan": "p", "team_income_share": "60",
                                 "income_split": "s", "national_interest": False, "state_secret": False, "ethics": False,
                                 "conditions_unmet": False}, 0)
    page.refresh()
    page.select(app_id)
    qtbot.mouseClick(page.action_buttons["submit"], LEFT)
    assert apps.get_application(db, app_id)["state"] == "submitted"
