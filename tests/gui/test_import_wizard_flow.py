"""The import wizard as a clerk drives it: no way back to the preview once written (the report and
undo on the result page), corrections that survive a change of the column mapping, updates that
name the record they change with old → new, a layout whose editable column is on screen."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
from excel_helpers import app_no, office_fee_and_deal_workbook  # noqa: E402

from kjcg_desktop.domain.ip_numbers import check_digit  # noqa: E402
from kjcg_desktop.services import excel_import as ei  # noqa: E402
from kjcg_desktop.ui import import_preview  # noqa: E402
from kjcg_desktop.ui.import_wizard import ImportWizard  # noqa: E402


def trial_ledger(path: Path) -> Path:
    """The clerk trial's ledger: a title row, a two-row header, a bad check digit (D7), a publication
    number in the 专利号 column (G8), an ambiguous date (E10) and an unknown status (H10)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利台账"
    ws["A1"] = "上海示范大学科技成果台账（2023年度）"
    ws["A2"] = "制表单位：技术转移中心"
    ws.append(["序号", "成果名称", "专利类型", "申请信息", None, None, "专利号", "法律状态", "学院", "经费来源", "备用字段X"])
    ws.append([None, None, None, "申请号", "申请日", "授权日", None, None, None, None, None])
    ws.merge_cells("D3:F3")
    for col in "ABCGHIJK":
        ws.merge_cells(f"{col}3:{col}4")
    good = "202120345678"
    bad = str((int(check_digit(good)) + 1) % 10) if check_digit(good) != "X" else "0"
    ws.append([1, "一种高效储能材料的制备方法", "发明", app_no(2022, 1, 567802), "2022-05-10", "2024-03-01", None, "授权", "材料学院", "国家自然科学基金", "甲"])
    ws.append([2, "基于深度学习的影像诊断系统", "发明", app_no(2023, 1, 1234), "2023年12月", "—", None, "实质审查", "医学院", "企业委托", "乙"])
    ws.append([3, "一种可折叠的实验台", "实用新型", f"{good}.{bad}", 2021.03, "待授权", None, "有效", "机械学院", "横向课题", "丙"])
    ws.append([4, "一种新型催化剂", "发明", app_no(2020, 1, 99887), "2020", None, "CN112233445A", "公开", "化学学院", "上海市科委", None])
    ws.append([5, "一种污水处理装置", "", app_no(2019, 1, 112233), 43500, "2021/12/5", None, "未缴年费", "环境学院", "国家重点研发计划", None])
    ws.append([6, "计算机软件：科研管理平台V1.0", "软件著作权", None, "2022.1", "/", None, "无", "计算机学院", "校内自主", None])
    ws.append([7, "一种智能药盒", "实用新型", app_no(2023, 2, 555), 20230315, 0, None, "专利权维持", "医学院", "国家自然科学基金", "丁"])
    wb.save(path)
    return path


def to_preview(qtbot, db, path: Path) -> ImportWizard:
    wizard = ImportWizard(db, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    return wizard


def flag_cells(wizard: ImportWizard) -> list[str]:
    flags = wizard.preview_page.flags
    return [flags.text(r, 0) for r in range(flags.rowCount())]


def test_no_way_back_to_the_preview_once_written_and_the_report_after_it(qtbot, db, tmp_path, boxes, monkeypatch):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "导入"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.result_page
    assert db.scalar("SELECT count(*) FROM achievements") == 7
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())
    # once written, 取消 would read as "cancel the import": the last page offers 完成 and, on the page, 撤销本次导入
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible() and not back.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.result_page
    assert "3 条成果共 4 处待核对" in wizard.result_page.text.text()
    out = tmp_path / "报告.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(wizard.result_page.report_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(out)
    records = list(book["新增与更新"].values)
    assert records[0][:5] == ("操作", "工作表", "行", "台账编号", "成果名称") and len(records) == 8
    assert {r[0] for r in records[1:]} == {"新增"} and records[1][3].startswith("KJCG-")
    assert boxes[-1][0] == "information" and "新增与更新 7 条" in boxes[-1][1]
    assert wizard.result_page.undo_button.isEnabled()
    wizard.accept()


def test_corrections_survive_a_change_of_the_column_mapping(qtbot, db, tmp_path, boxes, typist):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    preview = wizard.preview_page
    cells = flag_cells(wizard)
    assert cells == ["专利台账!D7", "专利台账!G8", "专利台账!E10", "专利台账!H10"]
    preview.correct(cells.index("专利台账!D7"), app_no(2021, 2, 345678))
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    assert "专利台账!D7" not in flag_cells(wizard) and "3 处待核对" in preview.counts.text()
    preview.correct(flag_cells(wizard).index("专利台账!E10"), "2022-10")  # typed, not yet applied
    qtbot.mouseClick(preview.mapping_button, Qt.MouseButton.LeftButton)  # 修改列对应…
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert mapping.kept.isVisible() and "2 处更正会保留" in mapping.kept.text()
    headers = [mapping.table.item(r, 1).text() for r in range(mapping.table.rowCount())]
    spare = headers.index("备用字段X")
    mapping.combo(spare).setCurrentIndex(mapping.combo(spare).findData("keywords"))
    wizard.next()
    assert wizard.currentPage() is preview
    assert flag_cells(wizard) == ["专利台账!G8", "专利台账!H10"]
    assert "2 处待核对" in preview.counts.text() and "已采用更正 2 处" in preview.counts.text()
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    assert db.scalar("SELECT filing_date FROM achievements WHERE name = '计算机软件：科研管理平台V1.0'") == "2022-10"
    assert db.scalar("SELECT application_no FROM achievements WHERE name = '一种可折叠的实验台'") == app_no(2021, 2, 345678)
    assert db.scalar("SELECT keywords FROM achievements WHERE name = '一种智能药盒'") == "丁"
    wizard.accept()


def test_a_correction_typed_but_not_applied_is_previewed_before_the_write(qtbot, db, tmp_path, boxes):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    preview = wizard.preview_page
    preview.correct(flag_cells(wizard).index("专利台账!E10"), "2022-01")
    wizard.next()
    assert wizard.currentPage() is preview and db.scalar("SELECT count(*) FROM achievements") == 0
    assert "专利台账!E10" not in flag_cells(wizard) and "重新预览" in boxes[-1][1]
    wizard.next()
    assert db.scalar("SELECT filing_date FROM achievements WHERE name = '计算机软件：科研管理平台V1.0'") == "2022-01"
    wizard.accept()


def test_an_update_names_the_record_and_shows_old_and_new(qtbot, db, tmp_path, boxes, monkeypatch):
    number = app_no(2023, 1, 1234)
    first = tmp_path / "first.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "专利类型", "申请号", "法律状态"])
    ws.append(["基于深度学习的影像诊断系统", "发明", number, "实质审查"])
    wb.save(first)
    ei.import_file(db, first)
    ledger_no = db.scalar("SELECT ledger_no FROM achievements")
    second = tmp_path / "second.xlsx"
    ws.cell(2, 1, None)  # the second export has no name column value and no ledger number
    ws.cell(2, 4, "授权")
    ws.cell(1, 5, "授权日")
    ws.cell(2, 5, "2024-06-01")
    wb.save(second)
    wizard = to_preview(qtbot, db, second)
    records = wizard.preview_page.records
    assert records.rowCount() == 1 and records.text(0, 0) == "更新"
    assert records.text(0, 3) == ledger_no and records.text(0, 4) == "基于深度学习的影像诊断系统"
    assert records.text(0, 6) == "有效（已授权）" and records.text(0, 7) == "授权成果"
    change = records.text(0, import_preview.CHANGES)
    assert "法律状态：审中 → 有效（已授权）" in change and "授权日：空 → 2024-06-01" in change
    assert "属性：未授权成果 → 授权成果" in change
    assert "法律状态：审中 → 有效（已授权）" in records.tooltip(0, 0)
    out = tmp_path / "r.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(wizard.preview_page.report_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(out)["新增与更新"].values)
    assert rows[1][0] == "更新" and rows[1][3] == ledger_no and rows[1][4] == "基于深度学习的影像诊断系统"
    assert "法律状态：审中 → 有效（已授权）" in rows[1][8]
    wizard.reject()


def test_the_preview_fits_the_default_size(qtbot, db, tmp_path, boxes):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    assert (wizard.width(), wizard.height()) == (900, 640)
    preview = wizard.preview_page
    flags = preview.flags
    qtbot.waitUntil(lambda: flags.viewport().width() > 0)
    right = flags.columnViewportPosition(import_preview.CORRECTION) + flags.columnWidth(import_preview.CORRECTION)
    assert right <= flags.viewport().width()  # 更正为 on screen without scrolling
    assert flags.horizontalScrollBar().maximum() == 0
    assert "校验位不符" in flags.tooltip(0, import_preview.PROBLEM)
    assert not preview.tags.isVisible() and not preview.tags_title.isVisible()  # nothing differs
    assert preview.records.height() > flags.height()
    assert preview.records_title.text().endswith("7 条") and preview.flags_title.text().endswith("4 处")
    wizard.grab().save(str(tmp_path / "preview.png"))
    wizard.reject()


def test_the_import_file_dialog_starts_in_an_existing_folder_without_a_name(qtbot, db, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths

    from kjcg_desktop.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda *a: str(tmp_path / "Documents")))
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda parent, title, start, *a: seen.append(start) or ("", "")))
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.file_page._browse()
    assert seen == [str(tmp_path)]  # ~/Documents does not exist: the home folder, no file name
    (tmp_path / "Documents").mkdir()
    wizard.file_page._browse()
    assert seen[-1] == str(tmp_path / "Documents")
    wizard.reject()


def test_corrections_belong_to_their_file(qtbot, db, tmp_path, boxes):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    preview = wizard.preview_page
    preview.correct(flag_cells(wizard).index("专利台账!E10"), "2022-10")
    for _ in range(3):
        wizard.back()
    assert wizard.currentPage() is wizard.file_page
    for _ in range(3):
        wizard.next()
    assert "专利台账!E10" not in flag_cells(wizard)  # the same file again: the correction stays
    for _ in range(3):
        wizard.back()
    wizard.file_page.path_edit.setText(str(trial_ledger(tmp_path / "other.xlsx")))
    for _ in range(3):
        wizard.next()
    assert "专利台账!E10" in flag_cells(wizard) and "已采用更正" not in preview.counts.text()
    wizard.reject()


def test_a_correction_that_still_fails_stays_in_sight_and_can_be_withdrawn(qtbot, db, tmp_path, boxes):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    preview = wizard.preview_page
    row = flag_cells(wizard).index("专利台账!D7")
    preview.correct(row, "202120345678.1")  # still the wrong check digit
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    row = flag_cells(wizard).index("专利台账!D7")
    assert preview.flags.text(row, import_preview.CORRECTION) == "202120345678.1" and "已采用更正 1 处" in preview.counts.text()
    preview.correct(row, "")
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    assert "已采用更正" not in preview.counts.text() and preview.overrides == {}
    wizard.reject()


def test_a_hidden_sheet_is_listed_unticked_and_three_header_rows_can_be_chosen(qtbot, db, tmp_path, boxes):
    from test_import_office_files import hidden_sheet_ledger, three_row_header_ledger

    wizard = ImportWizard(db, None, hidden_sheet_ledger(tmp_path / "模板.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.sheet_page
    ticks = {page.sheets.item(i).text(): page.sheets.item(i).checkState() for i in range(page.sheets.count())}
    assert ticks == {"下拉选项": Qt.CheckState.Unchecked, "专利台账": Qt.CheckState.Checked, "校验": Qt.CheckState.Unchecked}
    page.sheets.setCurrentRow(0)
    assert "隐藏的工作表" in page.info.text()
    wizard.reject()

    wizard = ImportWizard(db, None, three_row_header_ledger(tmp_path / "三行表头.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.sheet_page
    assert page.two_rows.currentIndex() == 2 and "第 1、2、3 行" in page.info.text()
    page.header_row.setValue(2)
    page.two_rows.setCurrentIndex(1)
    page._apply_header()
    assert wizard.layouts["台账"].header_rows == [2, 3]
    page.header_row.setValue(1)
    page.two_rows.setCurrentIndex(2)
    page._apply_header()
    assert wizard.layouts["台账"].header_rows == [1, 2, 3]
    wizard.reject()


def test_a_row_across_16384_columns_keeps_the_pages_short(qtbot, db, tmp_path, boxes):
    from test_import_office_files import row_across_the_sheet

    from kjcg_desktop.ui import import_wizard

    wizard = to_preview(qtbot, db, row_across_the_sheet(tmp_path / "拖过头的台账.xlsx"))
    assert wizard.sheet_page.preview.model().columnCount() == import_wizard.PREVIEW_COLUMNS
    mapping = wizard.mapping_page.table
    assert mapping.rowCount() == 8 + import_wizard.MAX_UNNAMED_COLUMNS + 1
    assert "16,326" in mapping.item(mapping.rowCount() - 1, 3).text()
    counts = wizard.preview_page.counts.text()
    assert "等 16,376 列" in counts and len(counts) < 600
    assert len(wizard.plan.added) == 4
    wizard.reject()


def test_the_wizard_is_driven_from_the_keyboard_alone(qtbot, db, tmp_path, boxes):
    """A clerk who works with the keyboard: Tab moves from list to list and to the buttons (a list is
    walked with the arrow keys, never a trap for Tab), a correction is typed into 更正为, Tab reaches
    按更正重新预览, and Enter imports."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    def tab_to(widget, limit: int = 40) -> bool:
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return True
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget() is widget

    wizard = ImportWizard(db, None, trial_ledger(tmp_path / "messy.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    wizard.file_page.path_edit.setFocus()
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert tab_to(page.records) and tab_to(page.flags)  # through the records list to the flags
    QTest.keyClick(page.flags, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    bad_digit = flag_cells(wizard).index("专利台账!D7")
    for _ in range(bad_digit):
        QTest.keyClick(page.flags, Qt.Key.Key_Down)
    for _ in range(import_preview.CORRECTION):
        QTest.keyClick(page.flags, Qt.Key.Key_Right)
    good = "202120345678." + check_digit("202120345678")
    for ch in good:  # the first key opens the cell's editor, the rest go to it
        QTest.keyClicks(QApplication.focusWidget(), ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the editor commits on the next turn of the event loop
    assert page.flags.text(bad_digit, import_preview.CORRECTION) == good
    assert tab_to(page.apply_button)
    QTest.keyClick(page.apply_button, Qt.Key.Key_Space)
    assert "专利台账!D7" not in flag_cells(wizard)
    assert tab_to(wizard.button(QWizard.WizardButton.CommitButton))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.result_page
    assert db.scalar("SELECT application_no FROM achievements WHERE name = '一种可折叠的实验台'") == good


def test_counts_read_the_same_in_the_preview_the_result_and_the_ledger(qtbot, db, tmp_path, boxes):
    """A ledger of 1,200 rows: the preview, its list titles, the result page and the ledger's 待核对
    filter write the same numbers the same way (1,200 — not 1200 on one page and 1,200 on the next)."""
    from excel_helpers import one_sheet_xlsx

    from kjcg_desktop.ui.main_window import MainWindow

    rows = [["成果名称", "成果类型", "申请号", "经费来源"]]
    rows += [[f"成果{i}", "发明", app_no(2020, 1, 5000 + i), "某基金会" if i % 100 == 0 else "纵向"] for i in range(1200)]
    wizard = to_preview(qtbot, db, one_sheet_xlsx(tmp_path / "大台账.xlsx", rows))
    counts = wizard.preview_page.counts.text()
    assert "将新增 1,200 条" in counts and "12 条成果共 12 处待核对" in counts
    assert wizard.preview_page.records_title.text().endswith("1,200 条")
    wizard.next()
    assert "新增 1,200 条" in wizard.result_page.text.text() and "12 条成果共 12 处待核对" in wizard.result_page.text.text()
    win = MainWindow(db)
    qtbot.addWidget(win)
    ledger = win.show_section("ledger")
    ledger.review_box.setChecked(True)
    qtbot.waitUntil(lambda: ledger.count_label.text() == "筛选结果 12 条 / 全部 1,200 条")
    qtbot.waitUntil(lambda: not ledger._chip_timer.isActive())  # the chip's count, before the database closes


def test_the_column_mapping_and_its_profile_are_reached_with_tab(qtbot, db, tmp_path, boxes, typist):
    """On the mapping page Tab goes from the sheet to each column's field, in column order, then to
    the profile's name and 保存为映射方案, and on to the wizard's buttons — the table of columns is no trap."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kjcg_desktop.storage import imports as repo

    wizard = ImportWizard(db, None, trial_ledger(tmp_path / "messy.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.sheet.setFocus()
    reached = []
    for _ in range(page.table.rowCount() + 3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    combos = [page.combo(c) for c in range(page.table.rowCount())]
    assert reached == [*combos, page.profile_name, page.save_button, wizard.button(QWizard.WizardButton.BackButton)]
    remark = [page.table.item(r, 1).text() for r in range(page.table.rowCount())].index("备用字段X")
    combos[remark].setFocus()
    QTest.keyClick(combos[remark], Qt.Key.Key_Up)  # 附加列 → the field above it in the list
    assert wizard.layouts["专利台账"].mapping[remark] not in ("extra",)
    page.profile_name.setFocus()
    typist(page.profile_name, "键盘方案")
    QTest.keyClick(page.profile_name, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.save_button and "键盘方案" in repo.load_profiles(db)


def test_the_result_of_a_second_import_says_how_many_records_the_ledger_filter_will_show(qtbot, db, tmp_path, boxes):
    """Week two: the office's next file brings one new flag while last week's are still open. The
    result page tells this import's flags apart from what the ledger's 待核对 filter will list."""
    from excel_helpers import one_sheet_xlsx

    from kjcg_desktop.ui.main_window import MainWindow

    header = ["成果名称", "成果类型", "申请号", "经费来源"]
    first = [[f"成果{i}", "发明", app_no(2020, 1, 700 + i), "某基金会" if i < 3 else "纵向"] for i in range(6)]
    ei.import_file(db, one_sheet_xlsx(tmp_path / "v1.xlsx", [header, *first]))
    second = [*first, ["成果新", "发明", app_no(2021, 1, 800), "某协会"]]
    wizard = to_preview(qtbot, db, one_sheet_xlsx(tmp_path / "v2.xlsx", [header, *second]))
    wizard.next()
    text = wizard.result_page.text.text()
    assert "1 条成果共 1 处待核对" in text and "台账中现有 4 条成果待核对" in text
    win = MainWindow(db)
    qtbot.addWidget(win)
    ledger = win.show_section("ledger")
    ledger.review_box.setChecked(True)
    qtbot.waitUntil(lambda: ledger.count_label.text().startswith("筛选结果 4 条"))
    qtbot.waitUntil(lambda: not ledger._chip_timer.isActive())  # the chip's count, before the database closes


def test_a_later_sheets_name_and_cells_are_not_cut_off_in_the_preview(qtbot, db, tmp_path, boxes):
    """The lists fit their columns to the first rows; the 工作表 and 单元格 columns also fit the
    sheets further down (软件著作权 after 20 rows of 专利), so the clerk reads where each row is."""
    from excel_helpers import write_xlsx

    patents = [["专利名称", "专利类型", "申请号"]] + [[f"专利{i}", "发明", app_no(2020, 1, 300 + i)] for i in range(20)]
    software = [["软件名称", "登记号", "经费来源"], ["分析软件V1.0", "2023SR0123456", "某基金会"]]
    wizard = to_preview(qtbot, db, write_xlsx(tmp_path / "两表.xlsx", {"专利": patents, "软件著作权": software}))
    page = wizard.preview_page
    metrics = page.records.fontMetrics()
    assert page.records.text(page.records.rowCount() - 1, 1) == "软件著作权"
    assert page.records.columnWidth(1) > metrics.horizontalAdvance("软件著作权")
    assert flag_cells(wizard) == ["软件著作权!C2"]
    assert page.flags.columnWidth(0) > metrics.horizontalAdvance("软件著作权!C2")


def test_escape_on_the_preview_asks_before_throwing_away_typed_corrections(qtbot, db, tmp_path, monkeypatch):
    """Esc (or 取消) after typing corrections asks first; 否 keeps the wizard and the corrections."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda parent, title, text, *a, **k: asked.append(text) or answer[0]))
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    wizard.preview_page.correct(0, "202120345678.9")
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and asked and "1 处更正" in asked[-1]
    assert wizard.preview_page.flags.text(0, import_preview.CORRECTION) == "202120345678.9"
    answer[0] = QMessageBox.StandardButton.Yes
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and db.scalar("SELECT count(*) FROM achievements") == 0


def test_escape_without_corrections_closes_without_asking(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: pytest.fail("asked")))
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_a_hidden_sheet_with_a_far_cell_does_not_stop_the_wizard(qtbot, db, tmp_path, boxes):
    from test_import_office_files import HEADER, ROWS

    wb = openpyxl.Workbook()
    macro = wb.active
    macro.title = "宏数据"
    macro["A1"], macro["XFD1048576"] = "x", "y"  # a stray cell at the sheet's last cell
    macro.sheet_state = "veryHidden"
    ledger = wb.create_sheet("台账")
    for row in [HEADER, *ROWS]:
        ledger.append(row)
    wb.active = 1
    wb.save(tmp_path / "带宏的台账.xlsx")
    wizard = ImportWizard(db, None, tmp_path / "带宏的台账.xlsx")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.sheet_page
    assert wizard.currentPage() is page and not boxes
    assert page.sheets.item(0).checkState() == Qt.CheckState.Unchecked
    page.sheets.setCurrentRow(0)
    assert "隐藏的工作表" in page.info.text() and "XFD1048576“y” 单独读出" in page.info.text()
    page.sheets.setCurrentRow(1)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and len(wizard.plan.added) == 3
    wizard.reject()


def test_the_records_list_narrows_to_the_real_changes_of_a_re_import(qtbot, db, tmp_path, boxes):
    """Week two: the office's new ledger adds a 合同编号 column (every record updated for it alone),
    changes one school and adds one patent. The list narrows to the update that changes a field,
    to the updates of the new column only, to the additions, and back to all."""
    from excel_helpers import one_sheet_xlsx

    header = ["成果名称", "成果类型", "申请号", "所属学院"]
    first = [[f"成果{i}", "发明", app_no(2020, 1, 900 + i), "材料学院"] for i in range(5)]
    ei.import_file(db, one_sheet_xlsx(tmp_path / "v1.xlsx", [header, *first]))
    second = [[*r, f"HT-{i}"] for i, r in enumerate(first)]
    second[2][3] = "物理学院"
    second.append(["成果新", "发明", app_no(2021, 1, 950), "化学学院", "HT-9"])
    wizard = to_preview(qtbot, db, one_sheet_xlsx(tmp_path / "v2.xlsx", [[*header, "合同编号"], *second]))
    page = wizard.preview_page
    filters = [page.record_filter.itemData(i) for i in range(page.record_filter.count())]

    def names(mode: str) -> list[str]:
        page.record_filter.setCurrentIndex(filters.index(mode))
        return [page.records.text(r, 4) for r in range(page.records.rowCount())]

    assert names("all") == ["成果0", "成果1", "成果2", "成果3", "成果4", "成果新"]
    assert names("fields") == ["成果2"]
    assert names("extra") == ["成果0", "成果1", "成果3", "成果4"]
    assert names("add") == ["成果新"]
    assert "6" not in page.records_title.text() and "1" in page.records_title.text()
    assert names("all")[-1] == "成果新" and len(wizard.plan.rows) == 6  # the plan itself is unchanged
    wizard.reject()


def test_a_profile_saved_in_the_wizard_maps_each_sheet_by_its_own_header(qtbot, db, tmp_path, boxes, typist):
    """The college's workbook: 编号 is the application number on the patents sheet and the
    registration number on the software sheet. The clerk maps both on the mapping page and saves
    one profile; next month's wizard with that profile maps each sheet as she did."""
    from test_import_office_files import college_workbook

    from kjcg_desktop.storage import imports as repo

    def field_of(page, header):
        row = [page.table.item(r, 1).text() for r in range(page.table.rowCount())].index(header)
        return page.table.cellWidget(row, 3)

    wizard = ImportWizard(db, None, college_workbook(tmp_path / "一月.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    for sheet, field in (("专利", "application_no"), ("软著", "registration_no")):
        page.sheet.setCurrentText(sheet)
        box = field_of(page, "编号")
        box.setCurrentIndex(box.findData(field))
    typist(page.profile_name, "某学院台账")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert boxes[-1][0] == "information" and "某学院台账" in repo.load_profiles(db)
    wizard.reject()

    wizard = ImportWizard(db, None, college_workbook(tmp_path / "二月.xlsx", "专利2024", "软件著作权2024", serial=2))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.profile.setCurrentText("某学院台账")
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.sheet.setCurrentText("专利2024")
    assert field_of(page, "编号").currentData() == "application_no"
    page.sheet.setCurrentText("软件著作权2024")
    assert field_of(page, "编号").currentData() == "registration_no"
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page and len(wizard.plan.added) == 2
    wizard.reject()


def test_the_preview_names_the_cells_far_from_the_table(qtbot, db, tmp_path, boxes):
    """A ledger with a note typed at XFD1048576 and a remark at XFD3: the wizard reaches the preview
    (the size guard refused the file before), which names both cells; the remark's record is flagged."""
    from test_import_office_files import FAR, ledger_with_far_cells

    wizard = to_preview(qtbot, db, ledger_with_far_cells(tmp_path / "学院专利台账.xlsx", FAR))
    notices = wizard.preview_page.notices
    assert notices.isVisible() and "XFD1048576“张老师：这条再核一下”" in notices.text() and "Z1048576“2023”" in notices.text()
    assert "XFD3" in flag_cells(wizard)[0] and len(wizard.plan.added) == 3
    wizard.reject()


def test_the_preview_hides_the_notices_of_an_ordinary_file(qtbot, db, tmp_path, boxes):
    wizard = to_preview(qtbot, db, trial_ledger(tmp_path / "messy.xlsx"))
    assert not wizard.preview_page.notices.isVisible()
    wizard.reject()


def test_the_preview_counts_the_payments_and_contracts_of_the_fee_and_deal_lists(qtbot, db, tmp_path, boxes):
    """The office's workbook (台账 + 年费缴纳记录 + 转化合同台账): the preview says how many payments go to the
    fee register and how many contracts to the contract register; the result page says they went."""
    wizard = to_preview(qtbot, db, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    text = wizard.preview_page.counts.text()
    assert "将新增 3 条" in text and "年费缴费记录 3 笔将记入年费台账，合同 3 项将登记到合同台账。" in text
    assert db.scalar("SELECT count(*) FROM fee_payments") == 0  # the preview writes nothing
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.result_page
    assert "年费缴费记录 3 笔已记入年费台账，合同 3 项已登记到合同台账" in wizard.result_page.text.text()
    assert (db.scalar("SELECT count(*) FROM fee_payments"), db.scalar("SELECT count(*) FROM deals"),
            db.scalar("SELECT count(*) FROM tech_contracts")) == (3, 2, 1)
    wizard.close()
    again = to_preview(qtbot, db, tmp_path / "office.xlsx")  # the same file again: nothing recorded twice
    assert "年费缴费记录 0 笔将记入年费台账，合同 0 项将登记到合同台账。6 笔缴费或合同已在台账中，不重复记入。" in \
        again.preview_page.counts.text()


def test_the_mapping_page_says_which_columns_of_a_fee_or_deal_list_go_to_a_register(qtbot, db, tmp_path, boxes):
    """The fee list's 费用种类, 缴费金额 … show as 附加列, which alone reads as "only kept": a note under the
    table says they go to the fee register (the deal list's to the contract register). On every sheet
    the field column reaches the table's right edge."""
    wizard = ImportWizard(db, None, office_fee_and_deal_workbook(tmp_path / "office.xlsx"))
    qtbot.addWidget(wizard)
    wizard.resize(900, 640)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    header = page.table.horizontalHeader()
    assert not page.register_note.isVisible()                    # the ledger sheet feeds no register
    for sheet, register, columns in (("年费缴纳记录", "记入年费台账", "费用种类、缴费金额（元）、缴费日期、收据号"),
                                     ("转化合同台账", "登记到合同台账", "合同编号、合同名称、转化方式")):
        page.sheet.setCurrentText(sheet)
        qtbot.wait(10)
        assert page.register_note.isVisible() and register in page.register_note.text()
        assert columns in page.register_note.text()
        assert header.sectionPosition(3) + header.sectionSize(3) >= page.table.viewport().width() - 2
    wizard.reject()


def test_the_result_page_repeats_the_records_no_longer_in_the_file(qtbot, db, tmp_path, boxes):
    """Next month's file lacks a row (丙) and says 乙 is granted: after the import the result page says the
    record no longer in the file is still there and asks the office to check it (the preview said it before)."""
    rows = [["成果名称", "成果类型", "申请号", "法律状态"], ["甲", "发明", app_no(2023, 1, 61), "审中"],
            ["乙", "发明", app_no(2023, 1, 62), "审中"], ["丙", "发明", app_no(2023, 1, 63), "审中"]]
    next_month = [rows[0], rows[1], ["乙", "发明", app_no(2023, 1, 62), "有效"]]
    for name, kept in (("专利台账_2026-11.xlsx", rows), ("专利台账_2026-12.xlsx", next_month)):
        wb = openpyxl.Workbook()
        for row in kept:
            wb.active.append(row)
        wb.save(tmp_path / name)
    ei.import_file(db, tmp_path / "专利台账_2026-11.xlsx")
    wizard = to_preview(qtbot, db, tmp_path / "专利台账_2026-12.xlsx")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.result_page
    assert "上次导入的 1 条成果本次文件中已没有，系统中未删除" in wizard.result_page.text.text()
    assert db.scalar("SELECT count(*) FROM achievements") == 3
    wizard.close()
