"""Each wizard walked with qtbot from start to finish, asserting the database afterwards; shares
of 99.99 % and a negative-list "yes" block the Next button; closing mid-wizard leaves a draft that
resumes from the applications list."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from kjcg_desktop.forms_engine import load_forms
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.services import wizard_flows as flows
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import batches
from kjcg_desktop.ui.applications_page import ApplicationsPage
from kjcg_desktop.ui.wizard import (
    AttachmentField,
    ChoiceField,
    DateField,
    FormWizard,
    PeopleField,
    TextField,
    YesNoField,
)

TODAY = date(2025, 3, 3)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def forms():
    return load_forms(forms_dir())


@pytest.fixture
def page(qtbot, db, forms):
    widget = ApplicationsPage(db, forms=forms, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _n=name, **k: shown.append((_n, a[2] if len(a) > 2 else "")))
    return shown


class Walker:
    """Fills the current page of a wizard the way a user does."""

    def __init__(self, qtbot, typist, wizard: FormWizard, tmp_path=None, monkeypatch=None) -> None:
        self.qtbot, self.typist, self.wizard, self.tmp_path, self.monkeypatch = qtbot, typist, wizard, tmp_path, monkeypatch

    def widget(self, key):
        return self.wizard.currentPage().section.widgets[key]

    def type(self, key, text):
        w = self.widget(key)
        edit = w.edit
        if isinstance(w, TextField):
            edit.clear()
        if text.isascii():
            self.qtbot.keyClicks(edit, text)
        else:
            self.typist(edit, text)

    def choose(self, key, value):
        w = self.widget(key)
        assert isinstance(w, ChoiceField)
        w.combo.setCurrentIndex(w.combo.findData(value))

    def date(self, key, day: str):
        w = self.widget(key)
        assert isinstance(w, DateField)
        y, m, d = map(int, day.split("-"))
        w.edit.setDate(QDate(y, m, d))

    def answer(self, key, yes: bool):
        w = self.widget(key)
        assert isinstance(w, YesNoField)
        self.qtbot.mouseClick(w.yes if yes else w.no, LEFT)

    def people(self, key, rows):
        w = self.widget(key)
        assert isinstance(w, PeopleField)
        while len(w.rows) < len(rows):
            self.qtbot.mouseClick(w.add_button, LEFT)
        for row, (name, dept, share, rep) in zip(w.rows, rows, strict=False):
            row.name.clear()
            self.typist(row.name, name)
            row.department.clear()
            self.typist(row.department, dept)
            row.share.clear()
            self.qtbot.keyClicks(row.share, share)
            if rep:
                self.qtbot.mouseClick(row.representative, LEFT)

    def attach(self, key, name="材料.pdf"):
        w = self.widget(key)
        assert isinstance(w, AttachmentField)
        path = self.tmp_path / name
        path.write_bytes(b"%PDF-1.4 " + name.encode())
        self.monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
        self.qtbot.mouseClick(w.add_button, LEFT)

    def can_go_on(self) -> bool:
        button = QWizard.WizardButton.FinishButton if self.wizard.nextId() == -1 else QWizard.WizardButton.NextButton
        return self.wizard.button(button).isEnabled()

    def next(self):
        assert self.can_go_on(), self.wizard.currentPage().section.problems()
        before = self.wizard.currentId()
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.NextButton), LEFT)
        assert self.wizard.currentId() != before

    def finish(self):
        assert self.can_go_on(), self.wizard.currentPage().section.problems()
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.FinishButton), LEFT)

    def shot(self, name):
        """Screenshots for checking the pages by eye: set KJCG_SCREENSHOTS to a folder."""
        folder = os.environ.get("KJCG_SCREENSHOTS")
        if folder:
            self.wizard.grab().save(str(Path(folder) / f"{name}.png"))


def walk_disclosure(w: Walker):
    w.type("name", "一种高强度铝合金的制备方法")
    w.choose("type", "invention")
    w.type("department", "材料科学与工程学院")
    w.type("summary", "提高强度并降低成本")
    w.next()
    w.type("rd_status", "已完成中试")
    w.type("market_prospects", "可用于新能源汽车")
    w.next()
    w.choose("funding_source", "enterprise")
    w.type("project_name", "铝合金横向课题")
    w.type("project_number", "HX2023-17")
    assert not w.can_go_on()  # the contract date is the R&D start point of enterprise funds
    w.date("contract_date", "2023-06-01")
    w.next()
    assert not w.widget("rd_plan").isVisible() and w.widget("contract_task_book").isVisible()
    assert not w.can_go_on()
    w.attach("contract_task_book", "合同及任务书.pdf")
    w.next()
    w.people("inventors", [("王伟", "材料学院", "70", True), ("李娜", "材料学院", "30", False)])
    w.finish()


def test_disclosure_wizard_creates_the_achievement(qtbot, typist, page, db, tmp_path, monkeypatch, no_message_boxes):
    wizard = page.new_wizard("disclosure")
    walk_disclosure(Walker(qtbot, typist, wizard, tmp_path, monkeypatch))
    assert no_message_boxes == []
    app = apps.list_applications(db)[0]
    assert app["state"] == "submitted" and app["kind"] == "disclosure"
    row = ach.get_achievement(db, app["achievement_id"])
    assert (row["name"], row["status"], row["department"]) == ("一种高强度铝合金的制备方法", "disclosed", "材料科学与工程学院")
    project = batches.get_project(db, row["project_id"])
    assert (project["funding_source"], project["contract_date"], project["number"]) == ("enterprise", "2023-06-01", "HX2023-17")
    people = ach.inventors_of(db, row["id"])
    assert [(p["name"], p["share"], p["is_representative"]) for p in people] == [("王伟", "70", 1), ("李娜", "30", 0)]
    files = db.query("SELECT kind, filename FROM attachments WHERE owner_type = 'achievement' AND owner_id = ?", (row["id"],))
    assert [tuple(f) for f in files] == [("contract_task_book", "合同及任务书.pdf")]
    assert page.model.rowCount() == 1 and page.model.text(0, 4) == "已提交"


def test_registration_wizard_shows_tags_and_rd_start(qtbot, typist, page, db, tmp_path, monkeypatch, no_message_boxes):
    walk_disclosure(Walker(qtbot, typist, page.new_wizard("disclosure"), tmp_path, monkeypatch))
    achievement_id = apps.list_applications(db)[0]["achievement_id"]
    wizard = page.new_wizard("registration", achievement_id=achievement_id)
    w = Walker(qtbot, typist, wizard, tmp_path)
    w.choose("review_result", "pass")
    w.type("review_opinion", "材料齐全，同意登记")
    w.next()
    assert w.widget("ledger_no").value() == "KJCG-2025-00001"
    section = wizard.currentPage().section
    computed = {section.computed_layout.itemAt(r, section.computed_layout.ItemRole.LabelRole).widget().text():
                section.computed_layout.itemAt(r, section.computed_layout.ItemRole.FieldRole).widget().text()
                for r in range(section.computed_layout.rowCount())}
    assert section.computed_layout.itemAt(3, section.computed_layout.ItemRole.FieldRole).widget().isVisible()
    assert "2023-06-01" in computed["研发起始点"] and "1-2 第八条(一)" in computed["研发起始点"]
    assert "研究阶段" in computed["阶段标记"] and "未授权成果" in computed["属性标记"]
    w.choose("legal_status", "granted")
    assert "授权成果" in section.computed_layout.itemAt(0, section.computed_layout.ItemRole.FieldRole).widget().text()
    w.shot("registration")
    w.finish()
    row = ach.get_achievement(db, achievement_id)
    assert (row["status"], row["ledger_no"], row["attribute"], row["registration_date"]) == (
        "registered", "KJCG-2025-00001", "granted", "2025-03-03")
    assert [a["state"] for a in apps.list_applications(db)] == ["approved", "approved"]


def registered_achievement(db, forms) -> int:
    form = forms["disclosure"]
    app_id = flows.start_draft(db, form, today=TODAY)
    flows.finish(db, form, app_id, {
        "name": "柔性显示薄膜", "type": "invention", "legal_status": "granted", "department": "物理系", "summary": "s",
        "rd_status": "r", "market_prospects": "m", "funding_source": "own", "project_name": "校内基金", "decision_date": "2022-01-05",
        "rd_plan": [], "inventors": [{"name": "张强", "share": "50", "is_representative": True}, {"name": "刘洋", "share": "50"}],
    } | {"rd_plan": [{"filename": "x", "stored_path": _stored(db, app_id)}]}, today=TODAY)
    achievement_id = apps.get_application(db, app_id)["achievement_id"]
    reg = flows.start_draft(db, forms["registration"], achievement_id=achievement_id, today=TODAY)
    flows.finish(db, forms["registration"], reg, {**apps.get_application(db, reg)["form"], "review_result": "pass",
                                                  "review_opinion": "同意"}, today=TODAY)
    return achievement_id


def _stored(db, app_id):
    import tempfile
    from pathlib import Path

    from kjcg_desktop.storage.attachments import add_attachment

    path = Path(tempfile.mkdtemp()) / "plan.txt"
    path.write_text("研发计划书", encoding="utf-8")
    return db.get("attachments", add_attachment(db, "application", app_id, path))["stored_path"]


def test_ownership_wizard_blocks_99_99_and_negative_list(qtbot, typist, page, db, forms, tmp_path, monkeypatch, no_message_boxes):
    achievement_id = registered_achievement(db, forms)
    batch = batches.create_batch(db, "第5批赋权", date(2025, 3, 31))
    wizard = page.new_wizard("ownership", achievement_id=achievement_id)
    w = Walker(qtbot, typist, wizard, tmp_path, monkeypatch)
    w.shot("ownership_0")
    assert not w.can_go_on()
    w.choose("batch_id", str(batch))
    w.next()
    assert w.widget("team_share").value() == "80"  # from the setting default_team_share
    w.type("team_share", "100")
    assert not w.can_go_on() and "团队份额须大于0且小于100%" in wizard.currentPage().section.errors["team_share"].text()
    w.type("team_share", "80")
    w.shot("ownership_1")
    w.next()
    # prefilled from the inventors; make the shares add up to 99.99 %
    w.people("team", [("张强", "物理系", "50", True), ("刘洋", "物理系", "49.99", False)])
    w.attach("internal_agreement", "团队内部约定.pdf")
    assert not w.can_go_on()
    error = wizard.currentPage().section.errors["team"]
    assert error.isVisible() and "合计 99.99%，还差 0.01%" in error.text() and "方案二(一)" in error.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage().definition.id == "team"
    w.shot("ownership_2_error")
    w.people("team", [("张强", "物理系", "50", True), ("刘洋", "物理系", "50", False)])
    assert not error.isVisible()
    w.next()
    w.answer("national_interest", False)
    w.answer("state_secret", True)
    w.answer("ethics", False)
    w.answer("conditions_unmet", False)
    assert not w.can_go_on()
    message = wizard.currentPage().section.errors["state_secret"].text()
    assert "不可赋权" in message and "1-1 第七条(二)" in message
    w.shot("ownership_3_negative")
    w.answer("state_secret", False)
    w.next()
    for key in ("income_split", "decision_mechanism", "cost_sharing", "ip_maintenance"):
        w.type(key, "按协议约定")
    assert not w.can_go_on()
    w.type("rights_obligations", "单位与团队按份共有")
    w.shot("ownership_4")
    w.next()
    w.type("transformation_plan", "许可给上海某公司实施")
    w.shot("ownership_5")
    w.finish()
    app = apps.list_applications(db)[-1]
    row = apps.get_application(db, app["id"])
    assert (row["kind"], row["state"], row["grant_mode"], row["team_share"], row["batch_id"], row["applicant"]) == (
        "ownership", "submitted", "partial", "80", batch, "张强")
    assert row["form"]["team"][1]["share"] == "50" and row["form"]["state_secret"] is False
    assert page.model.text(page.model.rowCount() - 1, 3) == "第5批赋权（2025-03-31）"


def test_use_right_wizard(qtbot, typist, page, db, forms, tmp_path, no_message_boxes):
    achievement_id = registered_achievement(db, forms)
    batch = batches.create_batch(db, "第1批赋权", None)
    w = Walker(qtbot, typist, page.new_wizard("use_right", achievement_id=achievement_id), tmp_path)
    w.choose("batch_id", str(batch))
    w.next()
    assert (w.widget("term_years").value(), w.widget("first_term_years").value()) == (10, 5)
    w.type("term_years", "8")
    assert not w.can_go_on() and "不低于10年" in w.wizard.currentPage().section.errors["term_years"].text()
    w.type("term_years", "12")
    w.shot("use_right_1")
    w.next()
    w.type("implementation_plan", "与企业共同建设中试线")
    w.choose("implementation_mode", "joint")
    assert not w.can_go_on()
    w.type("partner_units", "上海某科技有限公司")
    w.next()
    w.type("team_income_share", "70")
    w.type("income_split", "团队70%，单位30%")
    w.next()
    w.next()  # team prefilled from inventors with the representative
    for key in ("national_interest", "state_secret", "ethics", "conditions_unmet"):
        w.answer(key, False)
    w.finish()
    row = apps.get_application(db, apps.list_applications(db)[-1]["id"])
    # 方案二(二): granted end = start + 12 years; the current (first) term ends after 5 years
    assert (row["kind"], row["state"], row["term_years"], row["start_date"], row["end_date"], row["term_end_date"]) == (
        "use_right", "submitted", 12, "2025-03-03", "2037-03-03", "2030-03-03")
    assert row["form"]["partner_units"] == "上海某科技有限公司"


def test_extension_wizard(qtbot, typist, page, db, forms, tmp_path, no_message_boxes):
    achievement_id = registered_achievement(db, forms)
    use = flows.start_draft(db, forms["use_right"], achievement_id=achievement_id, today=TODAY)
    flows.finish(db, forms["use_right"], use, {**apps.get_application(db, use)["form"], "batch_id": str(batches.create_batch(db, "第1批", None)),
                                               "implementation_plan": "p", "team_income_share": "60", "income_split": "s",
                                               "national_interest": False, "state_secret": False, "ethics": False,
                                               "conditions_unmet": False}, today=TODAY)
    for action in ("approve", "start_publicity", "end", "sign_agreement", "make_effective"):
        if action == "end":
            from kjcg_desktop.storage import publicities as pubs

            pubs.close_publicity(db, pubs.list_publicities(db)[0]["id"], date(2025, 4, 1))
        else:
            flows.perform(db, use, action, on=TODAY)
    w = Walker(qtbot, typist, page.new_wizard("extension", parent_id=use), tmp_path)
    w.answer("agreement_honoured", True)
    w.answer("progress_made", False)
    w.answer("income_good", True)
    assert not w.can_go_on() and "转化取得积极进展" in w.wizard.currentPage().section.errors["progress_made"].text()
    w.answer("progress_made", True)
    w.type("progress_evidence", "已实现销售")
    w.shot("extension_0")
    w.next()
    assert w.widget("current_end_date").value() == "2035-03-03"
    w.date("new_end_date", "2034-01-01")
    assert not w.can_go_on()
    w.date("new_end_date", "2040-03-03")
    w.type("reason", "三项条件均满足")
    w.shot("extension_1")
    w.finish()
    row = apps.get_application(db, apps.list_applications(db)[-1]["id"])
    assert (row["kind"], row["state"], row["parent_id"], row["end_date"]) == ("extension", "submitted", use, "2040-03-03")


def test_closing_mid_wizard_leaves_a_resumable_draft(qtbot, typist, page, db, forms, tmp_path, no_message_boxes):
    achievement_id = registered_achievement(db, forms)
    batch = batches.create_batch(db, "第2批赋权", None)
    wizard = page.new_wizard("ownership", achievement_id=achievement_id)
    w = Walker(qtbot, typist, wizard, tmp_path)
    w.choose("batch_id", str(batch))
    w.next()
    w.choose("grant_mode", "partial")
    w.type("team_share", "75")
    app_id = wizard.app_id
    wizard.close()  # the window is closed without finishing
    row = apps.get_application(db, app_id)
    assert row["state"] == "draft" and row["form_page"] == 1
    assert row["form"]["team_share"] == "75" and row["form"]["batch_id"] == str(batch)

    page.refresh()
    page.select(app_id)
    assert page.resume_button.isEnabled()
    assert not page.action_buttons["approve"].isEnabled()
    assert page.action_buttons["withdraw"].isEnabled()
    qtbot.mouseClick(page.resume_button, LEFT)
    resumed = next(x for x in page.wizards if x.app_id == app_id and x.isVisible())
    assert resumed.currentPage().definition.id == "grant"
    assert resumed.currentPage().section.widgets["team_share"].value() == "75"
    resumed.close()
    again = page.new_wizard("ownership", achievement_id=achievement_id)  # the same draft, not a second one
    assert again.app_id == app_id and "继续填写" in page.status.text()


def test_autosave_on_timer_and_page_change(qtbot, typist, page, db, forms, tmp_path):
    wizard = page.new_wizard("disclosure")
    wizard.timer.setInterval(10)
    w = Walker(qtbot, typist, wizard, tmp_path)
    w.type("name", "语音识别算法")
    qtbot.waitUntil(lambda: apps.get_application(db, wizard.app_id)["form"].get("name") == "语音识别算法")
    w.type("department", "计算机系")
    w.type("summary", "简介")
    w.next()
    assert apps.get_application(db, wizard.app_id)["form_page"] == 1


def test_odd_stored_answers_do_not_break_the_wizard(qtbot, page, db, forms):
    achievement_id = registered_achievement(db, forms)
    app_id = flows.start_draft(db, forms["ownership"], achievement_id=achievement_id, today=TODAY)
    apps.save_draft(db, app_id, {"team": "张强", "team_share": 80, "national_interest": "否", "batch_id": 999}, 3)
    wizard = page.resume(app_id)
    assert wizard.currentPage().definition.id == "batch"  # the first page is incomplete: resume stops there
    team = wizard.form_pages[2].section.widgets["team"]
    assert team.value() is None and wizard.form_pages[1].section.widgets["team_share"].value() == "80"
