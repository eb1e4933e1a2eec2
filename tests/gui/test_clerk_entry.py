"""A clerk typing dates and amounts the way an office writes them (issue: a clerk's ordinary day)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard

from kjcg_desktop import clock
from kjcg_desktop.forms_engine import load_forms
from kjcg_desktop.paths import forms_dir
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import deals as deals_repo
from kjcg_desktop.ui.applications_page import ApplicationsPage
from kjcg_desktop.ui.date_input import DateInput
from kjcg_desktop.ui.wizard import DateField

LEFT = Qt.MouseButton.LeftButton
TYPED_FORMS = ["2023-03-01", "2023/3/1", "2023.3.1", "20230301", "2023年3月1日"]


def _tab_out(qtbot, edit) -> None:
    """Pressing Tab leaves the field (offscreen, focus-out is what Qt delivers for it)."""
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    edit.editingFinished.emit()


def _disclosure_funding_page(qtbot, typist, db):
    page = ApplicationsPage(db, forms=load_forms(forms_dir()), today=lambda: date(2025, 3, 3))
    qtbot.addWidget(page)
    page.show()
    wizard = page.new_wizard("disclosure")
    section = lambda: wizard.currentPage().section  # noqa: E731
    typist(section().widgets["name"].edit, "一种高强度铝合金的制备方法")
    combo = section().widgets["type"].combo
    combo.setCurrentIndex(combo.findData("invention"))
    typist(section().widgets["department"].edit, "材料学院")
    typist(section().widgets["summary"].edit, "提高强度")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    typist(section().widgets["rd_status"].edit, "中试")
    typist(section().widgets["market_prospects"].edit, "汽车")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    combo = section().widgets["funding_source"].combo
    combo.setCurrentIndex(combo.findData("government"))
    typist(section().widgets["project_name"].edit, "国家基金项目")
    return wizard, section()


@pytest.mark.parametrize("typed", TYPED_FORMS)
def test_typing_a_date_into_an_empty_wizard_field_fills_it(qtbot, typist, db, typed):
    wizard, section = _disclosure_funding_page(qtbot, typist, db)
    field = section.widgets["approval_date"]
    assert isinstance(field, DateField) and field.value() is None
    assert "立项日期" in section.missing.text()                 # 尚需填写：立项日期
    qtbot.keyClicks(field.edit.edit, typed) if typed.isascii() else typist(field.edit.edit, typed)
    _tab_out(qtbot, field.edit.edit)
    assert field.edit.edit.text() == "2023-03-01"
    assert field.value() == "2023-03-01"
    assert not section.findChild(QLabel, "error_approval_date").text()
    assert "立项日期" not in section.missing.text()
    wizard.close()


def test_the_calendar_opens_on_today_or_the_field_date_never_1900(qtbot):
    clock.set_today(date(2026, 12, 9))
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    calendar = field.open_calendar()
    assert calendar.selectedDate().toPython() == date(2026, 12, 9)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    field.menu.close()
    related = DateInput(related=lambda: date(2024, 5, 20))
    qtbot.addWidget(related)
    assert related.open_calendar().selectedDate().toPython() == date(2024, 5, 20)
    related.menu.close()
    qtbot.keyClicks(field.edit, "2023.3.1")
    _tab_out(qtbot, field.edit)
    assert field.open_calendar().selectedDate().toPython() == date(2023, 3, 1)
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(1))   # a day picked in the calendar
    assert field.value() == "2023-03-02" and field.edit.text() == "2023-03-02"


def test_a_date_can_be_cleared_and_unreadable_text_is_named_beside_it(qtbot):
    field = DateInput(date(2025, 1, 2))
    qtbot.addWidget(field)
    field.show()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    _tab_out(qtbot, field.edit)
    assert field.value() is None and field.date_value() is None
    qtbot.keyClicks(field.edit, "2023-02-30")
    _tab_out(qtbot, field.edit)
    assert field.date_value() is None and "不存在" in field.hint.text() and field.hint.isVisible()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "20230301")
    _tab_out(qtbot, field.edit)
    assert field.date_value() == date(2023, 3, 1) and not field.hint.isVisible()


def test_an_imported_partial_date_stays_until_a_full_date_is_typed(qtbot, typist, db, monkeypatch):
    from kjcg_desktop.ui import achievement_form

    aid = ach.create_achievement(db, {"name": "导入的成果", "status": "disclosed", "filing_date": "2023-12"})
    dialog = achievement_form.achievement_dialog(db, aid)
    qtbot.addWidget(dialog)
    filing = dialog.widget("filing_date")
    assert filing.edit.edit.text() == "2023-12" and filing.value() == "2023-12"
    assert not dialog.findChild(QLabel, "error_filing_date").text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a)))
    dialog.save()
    assert ach.get_achievement(db, aid)["filing_date"] == "2023-12"     # kept as it was
    dialog = achievement_form.achievement_dialog(db, aid)
    qtbot.addWidget(dialog)
    filing = dialog.widget("filing_date")
    filing.edit.edit.clear()
    typist(filing.edit.edit, "2023年12月8日")
    _tab_out(qtbot, filing.edit.edit)
    dialog.save()
    assert ach.get_achievement(db, aid)["filing_date"] == "2023-12-08"


@pytest.fixture
def deal_id(db):
    aid = ach.create_achievement(db, {"name": "一种电池", "type": "invention", "legal_status": "granted"},
                                 [{"name": "张三", "share": "100"}])
    fields = {"kind": "licence", "licence_type": "exclusive", "counterparty": "上海某某科技有限公司",
              "valuation_decision": "no", "valuation_reason": "领导小组决定不评估", "pricing_method": "negotiated",
              "amount_fen": 100_000_00, "contract_date": date(2025, 6, 20), "territory": "中国大陆",
              "field_of_use": "汽车轻量化", "term_years": 5, "unit_share": "30"}
    return deals_repo.create_deal(db, aid, fields)


def test_a_receipt_takes_wan_and_refuses_a_negative_amount_naming_the_field(qtbot, typist, db, deal_id):
    from kjcg_desktop.ui.deal_dialog import ReceiptDialog

    dialog = ReceiptDialog(db, deal_id, today=lambda: date(2026, 12, 9))
    qtbot.addWidget(dialog)
    typist(dialog.amount.edit, "1.5万")
    assert "合计 15,000.00 元" in dialog.total.text()
    dialog.amount.edit.clear()
    qtbot.keyClicks(dialog.amount.edit, "-300")
    assert dialog.save() is None
    assert "「到账金额」不能为负数" in dialog.error.text()
    assert deals_repo.list_receipts(db, deal_id) == []
    dialog.amount.edit.clear()
    typist(dialog.amount.edit, "¥15,000")
    dialog.on.edit.clear()
    qtbot.keyClicks(dialog.on.edit, "2026/12/8")
    assert dialog.save() is not None
    assert [(r["date"], r["amount_fen"]) for r in deals_repo.list_receipts(db, deal_id)] == [("2026-12-08", 1_500_000)]


@pytest.mark.parametrize("typed, fen", [("120万", 120_000_000), ("1,200,000", 120_000_000), ("¥1200000", 120_000_000),
                                        ("120.5万元", 120_500_000)])
def test_amounts_typed_as_an_office_writes_them(qtbot, typist, db, typed, fen):
    from kjcg_desktop.ui.deal_dialog import DealDialog

    dialog = DealDialog(db)
    qtbot.addWidget(dialog)
    field = dialog.fields["amount_fen"]
    field.edit.clear()
    typist(field.edit, typed)
    assert field.value() == fen
    assert not dialog.findChild(QLabel, "error_amount_fen").text()


def test_an_unreadable_or_negative_contract_amount_says_so_beside_the_field(qtbot, typist, db):
    from kjcg_desktop.ui.deal_dialog import DealDialog

    dialog = DealDialog(db)
    qtbot.addWidget(dialog)
    field = dialog.fields["amount_fen"]
    typist(field.edit, "一百二十万")
    field.edit.editingFinished.emit()
    error = dialog.findChild(QLabel, "error_amount_fen").text()
    assert "合同金额" in error and "无法识别的金额「一百二十万」" in error
    field.edit.clear()
    qtbot.keyClicks(field.edit, "-5000")
    field.edit.editingFinished.emit()
    assert "「合同金额（元）」不能为负数" in dialog.findChild(QLabel, "error_amount_fen").text()


def test_a_saved_record_the_filter_hides_stays_shown_and_selected_with_a_note(qtbot, typist, db):
    from unittest import mock

    from PySide6.QtWidgets import QDialogButtonBox

    from kjcg_desktop.ui.ledger import LedgerPage

    ach.create_achievement(db, {"name": "一种软件", "type": "software", "status": "disclosed"})
    page = LedgerPage(db)
    qtbot.addWidget(page)
    page.show()
    page.set_filter("type", "software")                       # the clerk is looking at software only
    assert page.model.rowCount() == 1

    def new_invention(dialog):
        qtbot.addWidget(dialog)
        typist(dialog.widget("name").edit, "一种高强度铝合金的制备方法")
        combo = dialog.widget("type").combo
        combo.setCurrentIndex(combo.findData("invention"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
        return dialog.result()

    with mock.patch("kjcg_desktop.ui.wizard.FormDialog.exec", new=new_invention):
        new_id = page.new_achievement()
    assert new_id is not None
    assert page.current_id() == new_id                          # shown and selected although not software
    assert page.model.rowCount() == 2
    assert page.hidden_note.isVisible() and "不符合当前的筛选条件" in page.hidden_note.text()
    assert "一种高强度铝合金的制备方法" in page.hidden_note.text()
    page.set_filter("type", "software")                        # the filter applied again: exactly what it selects
    page.set_filter("type", None)
    page.set_filter("type", "software")
    assert page.model.rowCount() == 1 and not page.hidden_note.isVisible()
    page._chip_timer.stop()                                    # nothing left to run once the database closes


def test_demo_data_keeps_what_the_welcome_form_was_given(qtbot, typist, db):
    from kjcg_desktop.storage import Settings
    from kjcg_desktop.ui.first_run import DEMO, FirstRunDialog

    dialog = FirstRunDialog(db, demo_size=30)
    qtbot.addWidget(dialog)
    typist(dialog.unit_name, "上海某医学研究院")
    dialog.pilot_start.edit.clear()
    typist(dialog.pilot_start.edit, "2024年3月1日")
    _tab_out(qtbot, dialog.pilot_start.edit)
    qtbot.mouseClick(dialog.demo_button, LEFT)
    assert dialog.choice == DEMO
    settings = Settings(db)
    assert settings.pilot_start() == date(2024, 3, 1)            # not the demo's 2025-07-01
    assert settings.get("unit_name") == "上海某医学研究院"
    assert not settings.get("objection_contact")                 # no invented phone number for the public
    contacts = {r[0] for r in db.query("SELECT contact FROM publicities")}
    assert not any(c and "12345678" in c for c in contacts)


def test_the_gui_asks_before_making_a_new_database_at_a_typed_path(qtbot, tmp_path, monkeypatch, db_path):
    from kjcg_desktop import app as app_module

    asked: list[str] = []

    def answer(choice):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return choice
        return question

    typo = tmp_path / "kjgc.sqlite3"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert app_module.confirm_new_database(typo) is False and str(typo) in asked[0] and not typo.exists()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert app_module.confirm_new_database(typo) is True
    assert app_module.confirm_new_database(db_path) is True and len(asked) == 2   # the default path: no question


def test_an_impossible_date_in_a_wizard_is_named_under_the_field_and_blocks_next(qtbot, typist, db):
    wizard, section = _disclosure_funding_page(qtbot, typist, db)
    typist(section.widgets["project_name"].edit, "x")
    edit = section.widgets["approval_date"].edit.edit
    qtbot.keyClicks(edit, "2023-02-30")
    _tab_out(qtbot, edit)
    assert "日期「2023-02-30」不存在" in section.findChild(QLabel, "error_approval_date").text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "2023.2.28")
    _tab_out(qtbot, edit)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.close()


def test_an_empty_date_calendar_opens_on_the_related_date_above_it(qtbot, typist, db):
    wizard, section = _disclosure_funding_page(qtbot, typist, db)
    start = section.widgets["approval_date"].edit
    qtbot.keyClicks(start.edit, "20230301")
    _tab_out(qtbot, start.edit)
    following = [w for k, w in section.widgets.items() if isinstance(w, DateField) and k != "approval_date"][0]
    assert following.value() is None
    assert following.edit.open_calendar().selectedDate().toPython() == date(2023, 3, 1)
    following.edit.menu.close()
    wizard.close()


def test_typed_dates_in_the_deal_dialog_settings_and_publicity_dialogs(qtbot, typist, db):
    from kjcg_desktop.storage import Settings
    from kjcg_desktop.ui.deal_dialog import DealDialog
    from kjcg_desktop.ui.main_window import MainWindow
    from kjcg_desktop.ui.publicity_page import ObjectionDialog, ResolveDialog

    deal = DealDialog(db)
    qtbot.addWidget(deal)
    signed = deal.fields["contract_date"]
    signed.edit.edit.clear()
    typist(signed.edit.edit, "2025年6月20日")
    _tab_out(qtbot, signed.edit.edit)
    assert signed.value() == "2025-06-20"

    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    settings = win.show_section("settings")
    settings.pilot_start.edit.clear()
    qtbot.keyClicks(settings.pilot_start.edit, "2025/7/1")
    _tab_out(qtbot, settings.pilot_start.edit)
    assert "2026-07-01" in settings.milestones.text()             # rules due one year after the pilot start
    settings.save_button.click()
    assert Settings(db).pilot_start() == date(2025, 7, 1)

    objection = ObjectionDialog(date(2026, 12, 9))
    qtbot.addWidget(objection)
    objection.raised_on.edit.clear()
    qtbot.keyClicks(objection.raised_on.edit, "2026.12.8")
    _tab_out(qtbot, objection.raised_on.edit)
    assert objection.raised_on.date_value() == date(2026, 12, 8)
    resolve = ResolveDialog(date(2026, 12, 9))
    qtbot.addWidget(resolve)
    resolve.resolved_on.edit.clear()
    qtbot.keyClicks(resolve.resolved_on.edit, "20261209")
    _tab_out(qtbot, resolve.resolved_on.edit)
    assert resolve.resolved_on.date_value() == date(2026, 12, 9)
