"""待核对 in the app: the ledger filter, the flags on the detail page and their resolution in the
history, and the import reachable from the 文件 menu and the ledger page."""

import json
import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
from excel_helpers import app_no  # noqa: E402

from kjcg_desktop.services import excel_import as ei  # noqa: E402
from kjcg_desktop.services.documents import history as history_text  # noqa: E402
from kjcg_desktop.ui.excel_pages import ImportWizard  # noqa: E402
from kjcg_desktop.ui.ledger import LedgerPage  # noqa: E402
from kjcg_desktop.ui.main_window import MainWindow  # noqa: E402


def _ledger_with_a_bad_check_digit(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利清单"
    ws.append(["专利名称", "专利类型", "申请号", "申请日"])
    ws.append(["好的一行", "发明", app_no(2023, 1, 1), "2023-01-02"])
    ws.append(["校验位错", "发明", "202310000004.0", "2023-01-02"])
    wb.save(path)
    return path


def test_review_filter_detail_flags_and_resolution(qtbot, db, tmp_path):
    ei.import_file(db, _ledger_with_a_bad_check_digit(tmp_path / "l.xlsx"))
    page = LedgerPage(db)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.review_box.setChecked(True)
    flagged = db.scalar("SELECT id FROM achievements WHERE name = '校验位错'")
    qtbot.waitUntil(lambda: page.model.ids == [flagged])
    dialog = page.open_detail(flagged)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    box = detail.tab("basic").findChild(QGroupBox, "review_flags")
    assert box is not None and "专利清单!C3" in " ".join(w.text() for w in box.findChildren(type(detail.title)))
    assert [b.text() for b in box.findChildren(QPushButton)] == ["已核对"]
    flag_id = db.scalar("SELECT id FROM review_flags")
    assert detail.resolve_flag(flag_id, "已按受理通知书核对") is True
    assert detail.tab("basic").findChild(QGroupBox, "review_flags") is None
    assert db.scalar("SELECT count(*) FROM events WHERE action = 'review_flag_resolved' AND entity_id = ?", (flagged,)) == 1
    page.reload()
    assert page.model.ids == []  # the filter 待核对 now shows nothing
    qtbot.waitUntil(lambda: not page._chip_timer.isActive())  # the chip counts query the database once more


def test_import_from_the_file_menu_and_the_ledger_page(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert win.import_action in win.file_menu.actions()
    wizard = win.open_import()
    qtbot.addWidget(wizard)
    assert isinstance(wizard, ImportWizard) and win.current_section() == "ledger"
    wizard.reject()
    page = win.pages["ledger"]
    second = page.open_import()
    qtbot.addWidget(second)
    assert isinstance(second, ImportWizard)
    second.reject()


def test_a_cancelled_import_writes_nothing(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kjcg_desktop.ui import import_wizard, tasks

    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(import_wizard, "PROGRESS_STEP", 10)
    check = tasks.Task.check

    def press_cancel(task):  # the clerk presses 取消 in the progress dialog at the first step of the write
        if wizard.currentPage() is wizard.preview_page:
            task.token.cancel()
        check(task)
    monkeypatch.setattr(tasks.Task, "check", press_cancel)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "成果类型", "申请号"])
    for i in range(450):
        ws.append([f"成果{i}", "发明", app_no(2023, 1, i + 1)])
    wb.save(tmp_path / "big.xlsx")
    wizard = ImportWizard(db, None, tmp_path / "big.xlsx")
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    wizard.next()  # write: cancelled at the first progress step
    assert wizard.currentPage() is wizard.preview_page and "已取消导入" in shown[-1]
    assert db.scalar("SELECT count(*) FROM achievements") == 0 and db.scalar("SELECT count(*) FROM import_batches") == 0
    wizard.reject()


def test_editing_an_achievement_keeps_a_month_only_date(qtbot, db, tmp_path):
    from kjcg_desktop.storage import achievements as repo
    from kjcg_desktop.ui.achievement_form import achievement_dialog

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["专利名称", "专利类型", "申请号", "申请日"])
    ws.append(["只到月", "发明", app_no(2023, 1, 1), "2023年12月"])
    wb.save(tmp_path / "m.xlsx")
    ei.import_file(db, tmp_path / "m.xlsx")
    achievement_id = db.scalar("SELECT id FROM achievements")
    from kjcg_desktop.forms_engine import validate_form

    dialog = achievement_dialog(db, achievement_id)
    qtbot.addWidget(dialog)
    from kjcg_desktop.ui.wizard import DateField

    fields = [w for w in dialog.findChildren(DateField) if w.value() == "2023-12"]
    assert len(fields) == 1  # kept, not emptied, until a day is chosen
    assert fields[0].edit.edit.text() == "2023-12"  # shown as it is
    answers = {**dialog.values, "filing_date": "2023-12"}
    assert not [e for e in validate_form(dialog.form, answers) if "YYYY-MM-DD" in str(e)]
    assert repo.get_achievement(db, achievement_id)["filing_date"] == "2023-12"


def test_resolving_a_flag_records_who_and_the_note_in_a_sentence(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QInputDialog

    from kjcg_desktop.storage.settings import Settings

    Settings(db).set("operator", "张三")
    ei.import_file(db, _ledger_with_a_bad_check_digit(tmp_path / "l.xlsx"))
    flagged = db.scalar("SELECT id FROM achievements WHERE name = '校验位错'")
    page = LedgerPage(db)
    qtbot.addWidget(page)
    dialog = page.open_detail(flagged)
    qtbot.addWidget(dialog)
    detail = dialog.detail
    seen = {}

    def clerk_answers(box):  # the clerk reads the flag, types a sentence and presses OK
        box.show()
        seen.update(width=box.width(), label=box.labelText())
        box.setTextValue("已按受理通知书核对，校验位应为 4")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QInputDialog, "exec", clerk_answers)
    box = detail.tab("basic").findChild(QGroupBox, "review_flags")
    qtbot.mouseClick(box.findChildren(QPushButton)[0], Qt.MouseButton.LeftButton)
    assert seen["width"] >= 480 and "专利清单!C3" in seen["label"] and "校验位不符" in seen["label"]
    assert db.scalar("SELECT resolved_by FROM review_flags") == "张三"
    assert json.loads(db.scalar("SELECT new FROM events WHERE action = 'review_flag_resolved'"))["by"] == "张三"
    history = detail.history_table
    row = [history.model().index(0, c).data() for c in range(history.model().columnCount())]
    assert row[1] == "张三" and row[3] == "核对待核对标记"
    assert row[4].startswith("核对了“申请号”的待核对标记（专利清单!C3）：已按受理通知书核对，校验位应为 4")
    event = dict(db.query("SELECT * FROM events WHERE action = 'review_flag_resolved'")[0])
    assert history_text.event_sentence(event).startswith("张三 核对了“申请号”的待核对标记（专利清单!C3）：已按受理通知书核对")


def test_the_review_filter_shows_why_a_record_is_listed(qtbot, db, tmp_path):
    from kjcg_desktop.ui.ledger import COLUMN_KEYS

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利清单"
    ws.append(["专利名称", "专利类型", "申请号", "申请日", "法律状态"])
    ws.append(["好的一行", "发明", app_no(2023, 1, 1), "2023-01-02", "授权"])
    ws.append(["两处存疑", "发明", "202310000004.0", "2022.1", "无"])
    wb.save(tmp_path / "l.xlsx")
    ei.import_file(db, tmp_path / "l.xlsx")
    page = LedgerPage(db)
    qtbot.addWidget(page)
    column = COLUMN_KEYS.index("review")
    header = page.view.horizontalHeader()
    assert header.isSectionHidden(column)
    page.review_box.setChecked(True)
    flagged = db.scalar("SELECT id FROM achievements WHERE name = '两处存疑'")
    qtbot.waitUntil(lambda: page.model.ids == [flagged])
    assert not header.isSectionHidden(column)
    assert header.visualIndex(column) == header.visualIndex(COLUMN_KEYS.index("name")) + 1
    index = page.model.index(0, column)
    assert index.data().startswith("申请号") and index.data().endswith("等 3 处")
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0].startswith("专利清单!C3　申请号") and "专利清单!D3" in tip and "专利清单!E3" in tip
    page.review_box.setChecked(False)
    assert header.isSectionHidden(column)
    qtbot.waitUntil(lambda: not page._chip_timer.isActive())


def test_a_ledger_layout_saved_before_the_review_column_is_kept(qtbot, db):
    from kjcg_desktop.ui.ledger import COLUMN_KEYS, ui_settings

    page = LedgerPage(db)
    qtbot.addWidget(page)
    name = COLUMN_KEYS.index("name")
    page.view.horizontalHeader().resizeSection(name, 444)
    page.review_box.setChecked(True)  # the 待核对 column shows while the filter is on
    page.save_view_state()
    ui_settings().setValue("ledger/columns", COLUMN_KEYS.index("review"))  # as the version without the column saved it
    again = LedgerPage(db)
    qtbot.addWidget(again)
    header = again.view.horizontalHeader()
    assert header.sectionSize(name) == 444 and header.isSectionHidden(COLUMN_KEYS.index("review"))
    qtbot.waitUntil(lambda: not page._chip_timer.isActive() and not again._chip_timer.isActive())


def test_the_history_of_a_record_says_which_import_changed_it_and_what(qtbot, db, tmp_path):
    """Week two: the office's new ledger moved a record to another school and filled a new column;
    the record's history names the import as the change and lists both, the new column by its
    header. Undoing the import is in the history too, and so is the import the record came from."""
    from excel_helpers import one_sheet_xlsx

    header = ["专利名称", "专利类型", "申请号", "学院"]
    ei.import_file(db, one_sheet_xlsx(tmp_path / "v1.xlsx", [header, ["甲", "发明", app_no(2023, 1, 5), "材料学院"]]))
    _, batch = ei.import_file(db, one_sheet_xlsx(tmp_path / "v2.xlsx", [[*header, "合同编号"],
                                                                         ["甲", "发明", app_no(2023, 1, 5), "物理学院", "HT-7"]]))
    ei.undo_batch(db, batch)
    page = LedgerPage(db)
    qtbot.addWidget(page)
    dialog = page.open_detail(db.scalar("SELECT id FROM achievements"))
    qtbot.addWidget(dialog)
    history = dialog.detail.history_table
    rows = [[history.model().index(r, c).data() for c in range(history.model().columnCount())]
            for r in range(history.model().rowCount())]
    assert [r[3] for r in rows] == ["撤销导入", "导入更新", "导入新增"]
    assert "材料学院 改为 物理学院" in rows[1][4] and "合同编号：HT-7" in rows[1][4]
    assert "物理学院 改为 材料学院" in rows[0][4] and "删除合同编号（原为 HT-7）" in rows[0][4]
    # where the record came from: the first import, its file and sheet
    assert rows[2][2] == "导入批次 1" and rows[2][4] == "从 v1.xlsx（工作表“台账”）导入：新增 1 条，更新 0 条"
