"""An export of a patent database (incoPat-like: many columns, a 3,000-character 权利要求) as the
office sees it after the import: the detail page stays readable, long texts are previewed with the
whole text a click away, the imported columns keep the file's order, and the history tells where
the record came from and what a later import changed."""

import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFormLayout, QGroupBox, QLabel, QPushButton

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
from excel_helpers import app_no  # noqa: E402

from kjcg_desktop.services import excel_export as ee  # noqa: E402
from kjcg_desktop.services import excel_import as ei  # noqa: E402
from kjcg_desktop.storage import achievements as repo  # noqa: E402
from kjcg_desktop.ui.achievement_detail import AchievementDetail  # noqa: E402
from kjcg_desktop.ui.long_text import LongTextDialog, LongTextField, WrappedText  # noqa: E402

HEADER = ["序号", "标题", "申请号", "申请日", "专利类型", "当前法律状态", "申请人", "发明人", "IPC主分类", "摘要", "主权项",
          "权利要求", "代理机构", "代理人", "合享价值度", "CPC"]
# the columns without a field of their own, in the file's order
EXTRA_IN_FILE = ["IPC主分类", "主权项", "权利要求", "代理机构", "代理人", "合享价值度", "CPC"]


def _claims(i: int, n: int = 3000) -> str:
    return (f"{i}. 一种正极材料的制备方法，其特征在于，包括以下步骤：" * 200)[:n]


def _wide_export(path: Path, claims=_claims, abstract: str = "本发明公开了一种正极材料。" * 25) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "incoPat"
    ws.append(HEADER)
    for i in range(1, 4):
        ws.append([i, f"一种正极材料{i}的制备方法", app_no(2021, 1, i), "2021-03-04", "发明申请", "审中", "上海示范大学",
                   "王伟;李娜", "H01M4/36", abstract, "一种正极材料，其特征在于……" * 40, claims(i),
                   "上海专利事务所", "张三", 8, "Y02E60/10"])
    wb.save(path)
    return path


def _first(db) -> int:
    return db.scalar("SELECT id FROM achievements WHERE name = '一种正极材料1的制备方法'")


def test_a_long_imported_text_is_previewed_with_its_whole_text_in_a_viewer(qtbot, db, tmp_path):
    ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    achievement_id = _first(db)
    stored = repo.get_achievement(db, achievement_id)["extra"]["权利要求"]
    assert len(stored) == 3000
    detail = AchievementDetail(db, achievement_id)
    qtbot.addWidget(detail)
    basic = detail.tab("basic")
    # no label on the page carries the 3,000 characters: the page stays a page
    assert max(len(label.text()) for label in basic.findChildren(QLabel)) < 600
    fields = {f.field: f for f in basic.findChildren(LongTextField)}
    assert list(fields) == ["权利要求"]  # 摘要 (325) and 主权项 (520) are short enough to show whole
    claims = fields["权利要求"]
    assert claims.label.text().endswith("…") and stored.startswith(claims.label.text()[:-1])
    assert "3,000" in claims.button.text()  # nothing cut silently: the length is said
    qtbot.mouseClick(claims.button, Qt.MouseButton.LeftButton)
    viewer = claims.dialog
    assert isinstance(viewer, LongTextDialog) and viewer.isVisible()
    assert viewer.text.toPlainText() == stored and viewer.text.isReadOnly()
    assert "权利要求" in viewer.windowTitle() and "一种正极材料1的制备方法" in viewer.windowTitle()
    qtbot.mouseClick(viewer.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == stored
    viewer.close()


def test_the_imported_columns_keep_the_files_order_on_the_page_and_in_the_export(qtbot, db, tmp_path):
    ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    detail = AchievementDetail(db, _first(db))
    qtbot.addWidget(detail)
    box = detail.tab("basic").findChild(QGroupBox, "extra_columns")
    form = box.layout()
    assert isinstance(form, QFormLayout)
    shown = [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]
    assert shown == EXTRA_IN_FILE
    assert ee.ledger_headers(db)[1] == EXTRA_IN_FILE
    out = tmp_path / "ledger.xlsx"
    ee.export_ledger(db, out)
    header = [c.value for c in openpyxl.load_workbook(out, read_only=True).active[1]]
    assert header[-len(EXTRA_IN_FILE):] == EXTRA_IN_FILE


def test_the_history_names_the_import_and_what_a_later_import_changed(qtbot, db, tmp_path):
    _plan, batch = ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    achievement_id = _first(db)
    detail = AchievementDetail(db, achievement_id)
    qtbot.addWidget(detail)
    table = detail.history_table
    assert table.row_count() == 1
    assert table.text(0, 3) == "导入新增"
    assert "incopat.xlsx" in table.text(0, 4) and "incoPat" in table.text(0, 4) and table.text(0, 2) == f"导入批次 {batch}"

    abstract = "本发明涉及一种高容量正极材料。" * 25
    ei.import_file(db, _wide_export(tmp_path / "incopat-2.xlsx", claims=lambda i: _claims(i, 3100), abstract=abstract))
    detail.reload()
    table = detail.history_table
    assert table.row_count() == 2
    assert table.text(0, 3) == "导入更新"
    course = table.text(0, 4)
    assert "将权利要求由" in course and "共 3,000 字" in course and "共 3,100 字" in course
    assert "将成果简介由" in course and "共 325 字" in course and "共 375 字" in course
    assert len(course) < 400  # quoted by their start and length, not 6,800 characters in one cell
    assert table.rowHeight(0) < 200
    table.doubleClicked.emit(table.model().index(0, 4))  # the whole course, in a window
    window = detail.window().findChild(LongTextDialog)
    assert window is not None and window.isVisible()
    whole = window.text.toPlainText()
    assert abstract in whole and _claims(1, 3100) in whole and _claims(1) in whole
    window.close()


def test_the_whole_text_can_be_searched_and_outlives_a_reload_of_the_page(qtbot, db, tmp_path, typist):
    ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    detail = AchievementDetail(db, _first(db))
    qtbot.addWidget(detail)
    detail.show()
    field = detail.tab("basic").findChild(LongTextField)
    viewer = field.show_full()
    typist(viewer.find_box, "特征在于")
    assert viewer.text.textCursor().selectedText() == "特征在于"
    first = viewer.text.textCursor().position()
    assert viewer.found.text() == f"{viewer.text.toPlainText().count('特征在于')} 处"
    qtbot.keyClick(viewer.find_box, Qt.Key.Key_Return)
    assert viewer.text.textCursor().position() > first  # the next one
    typist(viewer.find_box, "不存在的词")
    assert viewer.found.text() == "未找到"
    detail.reload()  # e.g. a 待核对 flag resolved while the text is open
    qtbot.wait(10)
    assert viewer.isVisible() and len(viewer.text.toPlainText()) == 3000
    viewer.close()


def test_angle_brackets_in_imported_texts_are_shown_as_written(qtbot, db, tmp_path):
    """Patent databases write formulas with tags (LiCoO<sub>2</sub>) and ranges with < and >: the
    page shows them as written, never as HTML that drops what is between the brackets."""
    path = tmp_path / "incopat.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["标题", "申请号", "专利类型", "主权项", "IPC主分类", "含量<b>（%）</b>"])
    ws.append(["一种含<A>组分的LiCoO<sub>2</sub>材料", app_no(2021, 1, 1), "发明申请", "其中<b>0<x<1</b>", "H01M<4>", "5"])
    wb.save(path)
    ei.import_file(db, path)
    achievement_id = db.scalar("SELECT id FROM achievements")
    detail = AchievementDetail(db, achievement_id)
    qtbot.addWidget(detail)
    shown = QTextDocument()
    shown.setHtml(detail.title.text())  # what the rich-text title shows
    assert shown.toPlainText().startswith("一种含<A>组分的LiCoO<sub>2</sub>材料 KJCG-")
    texts = {label.text() for label in detail.tab("basic").findChildren(QLabel)
             if label.textFormat() == Qt.TextFormat.PlainText}
    assert {"一种含<A>组分的LiCoO<sub>2</sub>材料", "其中<b>0<x<1</b>", "H01M<4>", "含量<b>（%）</b>"} <= texts


def test_ledger_tooltips_show_angle_brackets_as_written(qtbot, db, tmp_path):
    from kjcg_desktop.ui.ledger import COLUMN_KEYS, LedgerPage

    path = tmp_path / "incopat.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["标题", "申请号", "专利类型", "发明人"])
    ws.append(["一种含<A>组分的LiCoO<sub>2</sub>材料", app_no(2021, 1, 1), "发明申请", "王伟"])
    ws.append(["普通的名称", app_no(2021, 1, 2), "发明申请", "李娜"])
    wb.save(path)
    ei.import_file(db, path)
    page = LedgerPage(db)
    qtbot.addWidget(page)
    tips = {}
    for row in range(page.model.rowCount()):
        index = page.model.index(row, COLUMN_KEYS.index("name"))
        tips[index.data()] = index.data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tips["一种含<A>组分的LiCoO<sub>2</sub>材料"])  # a tooltip that looks like HTML is read as HTML
    assert shown.toPlainText() == "一种含<A>组分的LiCoO<sub>2</sub>材料"
    assert tips["普通的名称"] == "普通的名称"  # plain text stays plain


def test_a_search_that_finds_nothing_says_long_imported_texts_are_not_searched(qtbot, db, tmp_path, typist):
    from kjcg_desktop.ui.ledger import LedgerPage

    ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    page = LedgerPage(db)
    qtbot.addWidget(page)
    page.show()
    assert page.search_note.isHidden()
    typist(page.search, "上海专利事务所")  # a short imported column: searched
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.search_note.isHidden()
    page.search.clear()
    typist(page.search, "其特征在于")  # only in 主权项 and 权利要求, hundreds of characters long
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.search_note.isVisible() and "权利要求" in page.search_note.text() and "200" in page.search_note.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.search_note.isHidden()


def test_lists_without_spaces_wrap_within_the_window(qtbot, db, tmp_path):
    """incoPat writes a family as “CN1A;CN1B;US2A1;…” and IPC codes joined by “;”: no space for a label
    to break at. The page still fits its window, the values whole and selectable."""
    family = ";".join(f"CN{110000000 + i}{'AB'[i % 2]}" for i in range(70))  # 909 characters: the long-text preview
    ipc = ";".join(f"H01M4/{30 + i}" for i in range(20))  # 179 characters, shown whole
    path = tmp_path / "incopat.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["标题", "申请号", "专利类型", "扩展同族", "IPC"])
    ws.append(["一种正极材料", app_no(2021, 1, 1), "发明申请", family, ipc])
    wb.save(path)
    ei.import_file(db, path)
    detail = AchievementDetail(db, db.scalar("SELECT id FROM achievements"))
    qtbot.addWidget(detail)
    detail.resize(980, 640)
    detail.show()
    qtbot.waitExposed(detail)
    scroll = detail.tab("basic")
    qtbot.waitUntil(lambda: scroll.widget().width() > 0)
    assert scroll.widget().minimumSizeHint().width() < 900
    assert not scroll.horizontalScrollBar().isVisible()
    wrapped = {w.text(): w for w in scroll.findChildren(WrappedText)}
    assert ipc in wrapped and wrapped[ipc].height() > wrapped[ipc].fontMetrics().height()  # on more than one line
    assert wrapped[ipc].width() < 900
    field = scroll.findChild(LongTextField)
    assert field.field == "扩展同族" and isinstance(field.label, WrappedText) and field.label.width() < 900
    assert field.show_full().text.toPlainText() == family
    field.dialog.close()


def test_the_detail_window_fits_a_1366_by_768_screen(qtbot, db, tmp_path):
    """Office laptops have 1366×768 screens; with the taskbar and the title bar about 690 pixels are
    left: every tab scrolls within that rather than making the window taller than the screen."""
    from kjcg_desktop.ui.achievement_detail import AchievementDialog

    ei.import_file(db, _wide_export(tmp_path / "incopat.xlsx"))
    dialog = AchievementDialog(db, _first(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= 600
    dialog.resize(980, 600)
    qtbot.waitUntil(lambda: dialog.height() == 600)
    assert dialog.detail.tab("stage").findChild(QPushButton, "override_button") is not None
