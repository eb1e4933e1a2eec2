"""财务对接 page: the import wizard end to end (with undo), exports, finance confirmations."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
from excel_helpers import messy_ledger  # noqa: E402

from kjcg_desktop.storage.achievements import add_expenditure, create_achievement  # noqa: E402
from kjcg_desktop.ui import excel_pages, import_preview  # noqa: E402
from kjcg_desktop.ui.main_window import MainWindow  # noqa: E402


def _finance_page(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    return win, win.show_section("finance")


def test_import_wizard_end_to_end_with_undo(qtbot, db, tmp_path, boxes, typist):
    win, page = _finance_page(qtbot, db)
    assert isinstance(page, excel_pages.FinancePage)
    wizard = page.open_import_wizard(messy_ledger(tmp_path / "m.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    states = {wizard.sheet_page.sheets.item(i).text(): wizard.sheet_page.sheets.item(i).checkState()
              for i in range(wizard.sheet_page.sheets.count())}
    assert states == {"专利台账": Qt.CheckState.Checked, "软件著作权": Qt.CheckState.Checked, "说明": Qt.CheckState.Unchecked}
    assert "第 3、4 行" in wizard.sheet_page.info.text()
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    headers = [mapping.table.item(r, 1).text() for r in range(mapping.table.rowCount())]
    remark = headers.index("备注")
    assert mapping.combo(remark).currentData() == "extra"
    mapping.combo(remark).setCurrentIndex(mapping.combo(remark).findData("keywords"))
    typist(mapping.profile_name, "示范台账")
    mapping._save_profile()
    assert "示范台账" in excel_pages.repo.load_profiles(db)
    wizard.next()
    preview = wizard.preview_page
    assert "将新增 7 条" in preview.counts.text() and "跳过 3 行" in preview.counts.text()
    assert preview.records.rowCount() == 7 and preview.flags.rowCount() == 0
    wizard.grab().save(str(tmp_path / "wizard.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    assert db.scalar("SELECT count(*) FROM achievements") == 7
    assert db.scalar("SELECT keywords FROM achievements WHERE name = '一种高强度铝合金的制备方法'") == "重点项目"
    assert "新增 7 条" in wizard.result_page.text.text()
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    assert db.scalar("SELECT count(*) FROM achievements") == 0
    assert not wizard.result_page.undo_button.isEnabled()
    wizard.accept()
    page.refresh()
    assert page.batches.rowCount() == 1 and page.batches.text(0, 5) == "已撤销"


def test_wizard_refuses_bad_file_with_chinese_message(qtbot, db, tmp_path, boxes):
    win, page = _finance_page(qtbot, db)
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    wizard = page.open_import_wizard(bad)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert boxes and boxes[-1][0] == "warning" and "不含 Excel 工作簿" in boxes[-1][1]
    wizard.reject()


def test_wizard_shows_flags_and_takes_a_correction_before_the_write(qtbot, db, tmp_path, boxes):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "成果类型", "申请日"])
    ws.append(["甲", "发明", "2023-02-30"])
    ws.append(["乙", "发明", "2023-02-03"])
    wb.save(tmp_path / "e.xlsx")
    win, page = _finance_page(qtbot, db)
    wizard = page.open_import_wizard(tmp_path / "e.xlsx")
    for _ in range(3):
        wizard.next()
    preview = wizard.preview_page
    flags = preview.flags
    assert flags.rowCount() == 1 and flags.text(0, 0) == "Sheet!C2" and flags.text(0, 3) == "2023-02-30"
    assert preview.records.rowCount() == 2 and "日期不存在" in preview.records.text(0, 9)
    preview.correct(0, "2023-02-28")
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    assert flags.rowCount() == 0 and "，无待核对。" in preview.counts.text() and "0 处待核对" not in preview.counts.text()
    wizard.next()
    assert db.scalar("SELECT count(*) FROM achievements") == 2
    assert db.scalar("SELECT filing_date FROM achievements WHERE name = '甲'") == "2023-02-28"
    assert db.scalar("SELECT count(*) FROM review_flags WHERE resolved_at IS NULL") == 0
    # the file's text and the correction stay on record as a checked flag
    assert [tuple(r) for r in db.query("SELECT cell, original, resolution FROM review_flags")] == [
        ("Sheet!C2", "2023-02-30", "导入预览中更正为“2023-02-28”")]
    wizard.accept()


def test_exports_and_finance_confirmations(qtbot, db, tmp_path, boxes, monkeypatch):
    a = create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    e = add_expenditure(db, a, on=date(2025, 2, 1), kind="registration", amount_fen=10000)
    win, page = _finance_page(qtbot, db)
    page.year.setValue(2025)
    ledger, finance = tmp_path / "台账", tmp_path / "财务.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(ledger), "")))
    page.export_ledger()
    assert (tmp_path / "台账.xlsx").is_file()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(finance), "")))
    page.export_finance()
    assert finance.is_file() and "支出 1 条" in boxes[-1][1]
    wb = openpyxl.load_workbook(finance)
    wb["支出处理"].cell(2, 10, "记-01")
    wb.save(finance)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(finance), "")))
    monkeypatch.setattr(excel_pages.ConfirmationsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.import_finance()
    assert page.confirmations_dialog.findChild(type(page.batches), "confirmation_changes").rowCount() == 1
    assert db.scalar("SELECT voucher_no FROM expenditures WHERE id = ?", (e,)) == "记-01"


def test_preview_exports_the_whole_problem_list(qtbot, db, tmp_path, boxes, monkeypatch):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "成果类型", "申请日"])
    for i in range(12):
        ws.append([f"成果{i}", "发明", "2023-02-30" if i % 2 else "2023-02-03"])
    wb.save(tmp_path / "e.xlsx")
    monkeypatch.setattr(import_preview, "SHOWN_ROWS", 4)
    win, page = _finance_page(qtbot, db)
    wizard = page.open_import_wizard(tmp_path / "e.xlsx")
    for _ in range(3):
        wizard.next()
    preview = wizard.preview_page
    assert preview.flags.rowCount() == 4 and "共 6 处" in preview.flags_title.text() and "前 4 处" in preview.flags_title.text()
    assert preview.tags_title.text().endswith("0 处")
    out = tmp_path / "问题清单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(preview.report_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "问题清单.xlsx")
    assert [c.value for c in book["待核对"]["A"][1:]] == [f"Sheet!C{n}" for n in (3, 5, 7, 9, 11, 13)]
    assert boxes[-1][0] == "information" and "待核对 6 处" in boxes[-1][1]
    assert db.scalar("SELECT count(*) FROM achievements") == 0  # the report is written before anything is imported
    wizard.next()
    assert db.scalar("SELECT count(*) FROM achievements") == 12
    assert db.scalar("SELECT count(*) FROM review_flags WHERE resolved_at IS NULL") == 6
    wizard.accept()


def test_a_database_error_during_the_write_is_a_chinese_message(qtbot, db, tmp_path, boxes, monkeypatch):
    import sqlite3

    win, page = _finance_page(qtbot, db)
    wizard = page.open_import_wizard(messy_ledger(tmp_path / "m.xlsx"))
    for _ in range(3):
        wizard.next()

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(import_preview.ei, "commit_plan", locked)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert boxes[-1][0] == "critical" and "数据库未作任何修改" in boxes[-1][1]
    assert db.scalar("SELECT count(*) FROM achievements") == 0
    wizard.reject()


def test_a_cell_cut_to_excels_limit_is_named_after_the_export(qtbot, db, tmp_path, boxes, monkeypatch):
    create_achievement(db, {"ledger_no": "KJCG-2025-00001", "name": "长摘要", "type": "invention", "summary": "摘" * 40_000})
    win, page = _finance_page(qtbot, db)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "台账.xlsx"), "")))
    page.export_ledger()
    assert boxes[0][0] == "information" and "1 条" in boxes[0][1]
    assert boxes[1][0] == "warning" and "摘要" in boxes[1][1] and "40,000" in boxes[1][1] and "已截断" in boxes[1][1]


def test_undo_says_what_it_will_do_with_the_records_worked_on_since(qtbot, db, tmp_path, boxes, monkeypatch):
    """A month after day one the clerk undoes imports from the 财务对接 page: the question names the
    record edited since (deleted with the edit), an older import is not undone while a newer one
    built on it, and the newer one's undo keeps the value the clerk changed after it."""
    from PySide6.QtWidgets import QMessageBox

    from kjcg_desktop.services import excel_import as ei
    from kjcg_desktop.storage.achievements import update_achievement

    questions: list[str] = []
    defaults: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, buttons, default: questions.append(text) or defaults.append(default)
        or QMessageBox.StandardButton.Yes))
    _, first = ei.import_file(db, messy_ledger(tmp_path / "m.xlsx"))
    alloy = db.scalar("SELECT id FROM achievements WHERE name = '一种高强度铝合金的制备方法'")
    update_achievement(db, alloy, {"keywords": "铝合金、热处理"})
    newer = openpyxl.load_workbook(tmp_path / "m.xlsx")
    newer["专利台账"]["J5"] = "材料科学与工程学院"  # the office's next file: another department for the alloy
    newer.save(tmp_path / "m2.xlsx")
    _, second = ei.import_file(db, tmp_path / "m2.xlsx")
    update_achievement(db, alloy, {"department": "材料学院（新）"})  # and the clerk changed it again since
    win, page = _finance_page(qtbot, db)
    page.refresh()
    rows = {int(page.batches.text(r, 0)): r for r in range(page.batches.rowCount())}
    page.batches.selectRow(rows[first])
    page.undo_selected()
    assert questions == [] and boxes[-1][0] == "warning" and f"请先撤销导入批次 {second}" in boxes[-1][1]
    assert db.scalar("SELECT count(*) FROM achievements") == 7
    page.batches.selectRow(rows[second])
    page.undo_selected()
    assert "“一种高强度铝合金的制备方法”的所属学院在导入后又被修改过，保留现值" in questions[-1]
    assert db.scalar("SELECT department FROM achievements WHERE id = ?", (alloy,)) == "材料学院（新）"
    assert "保留 1 处导入后修改过的值" in boxes[-1][1]
    page.refresh()
    rows = {int(page.batches.text(r, 0)): r for r in range(page.batches.rowCount())}
    page.batches.selectRow(rows[first])
    page.undo_selected()
    assert "导入后又被修改或核对过" in questions[-1] and "一种高强度铝合金的制备方法" in questions[-1]
    assert defaults == [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]  # "No" when work would go
    assert db.scalar("SELECT count(*) FROM achievements") == 0


def test_the_preview_names_the_records_no_longer_in_the_file(qtbot, db, tmp_path):
    from kjcg_desktop.services import excel_import as ei

    rows = [["成果名称", "成果类型", "申请号", "法律状态"], ["甲", "发明", "202310123451.3", "审中"],
            ["乙", "发明", "202310123452.1", "审中"], ["丙", "发明", "202310123453.X", "审中"]]
    for folder, kept in (("2025", rows), ("2026", rows[:3])):
        (tmp_path / folder).mkdir()
        wb = openpyxl.Workbook()
        wb.active.title = "台账"
        for row in kept:
            wb.active.append(row)
        wb.save(tmp_path / folder / "专利台账.xlsx")
    ei.import_file(db, tmp_path / "2025" / "专利台账.xlsx")
    win, page = _finance_page(qtbot, db)
    wizard = page.open_import_wizard(tmp_path / "2026" / "专利台账.xlsx")
    wizard.next()
    wizard.next()
    wizard.next()
    text = wizard.preview_page.counts.text()
    assert "无变化 2 条" in text and "上次从同一台账文件（同名或只差日期）导入的 1 条成果本次文件中已没有" in text
    number = db.scalar("SELECT ledger_no FROM achievements WHERE name = '丙'")
    assert f"本次文件中已没有：{number}“丙”（" in text                    # named, not only counted
    wizard.reject()
