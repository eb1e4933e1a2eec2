"""The 文书 page: generate and preview, save as, print to A4, batch on a worker thread."""

from __future__ import annotations

from pathlib import Path

import reportlab
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from kjcg_desktop.ui.documents_page import CHOICES, DocumentsPage
from kjcg_desktop.ui.main_window import MainWindow


def choose(page: DocumentsPage, kind: str, of: str = "") -> None:
    page.kind_combo.setCurrentIndex([(k, o) for k, o, _ in CHOICES].index((kind, of)))


def test_generate_preview_save_and_print(qtbot, demo_db, tmp_path, monkeypatch):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    page = win.show_section("documents")
    assert isinstance(page, DocumentsPage)
    assert not page.print_button.isEnabled()
    choose(page, "notice")
    assert page.records.count() > 0
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.pdf.pageCount() >= 1 and page.pdf_bytes.startswith(b"%PDF")
    assert "赋权公示" in page.title_label.text() and page.print_button.isEnabled()

    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes() == page.pdf_bytes

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert page.print_document(printer)
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == page.pdf.pageCount()
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4 in points


def test_wrong_record_shows_chinese_message(qtbot, demo_db, monkeypatch):
    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    choose(page, "price-notice")
    listing = demo_db.scalar("SELECT id FROM deals WHERE pricing_method = 'listing' ORDER BY id")
    offered = [page.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.records.count())]
    assert offered and listing not in offered  # the list offers negotiated-price deals only
    page.search.setText(str(listing))
    page.records.clear()
    item = QListWidgetItem(f"#{listing}")
    item.setData(Qt.ItemDataRole.UserRole, listing)
    page.records.addItem(item)
    page.records.setCurrentRow(0)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    assert page.generate() is False
    assert messages and "协议定价公示只用于协议定价的交易" in messages[-1] and "1-1 第六条(四)" in messages[-1]


def test_batch_generation_with_progress(qtbot, demo_db, tmp_path, monkeypatch):
    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    choose(page, "dossier")
    page.refresh()
    for row in range(3):
        page.records.item(row).setSelected(True)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    worker = page.generate_batch(str(tmp_path))
    assert worker is not None
    qtbot.waitUntil(lambda: bool(shown) and page.batch_button.isEnabled(), timeout=30000)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 3 and all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert shown and "已生成 3 份文书" in shown[-1]


def test_choose_document_font(qtbot, demo_db, monkeypatch):
    from kjcg_desktop.storage import Settings

    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not page.choose_font(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    assert warnings and "不含中文字形" in warnings[0]
    droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
    assert page.choose_font(droid)
    assert Settings(demo_db).get("document_font") == droid


def _offered(page: DocumentsPage) -> list[int]:
    return [page.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.records.count())]


def _select(page: DocumentsPage, record_id: int) -> None:
    page.records.setCurrentRow(_offered(page).index(record_id))


def test_the_page_asks_only_what_the_kind_needs(qtbot, demo_db):
    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    choose(page, "notice")
    assert page.start_date.isVisible() and page.draft_check.isVisible()
    choose(page, "agreement")
    assert not page.start_date.isVisible() and page.draft_check.isVisible()
    choose(page, "price-notice")
    assert page.start_date.isVisible() and not page.draft_check.isVisible()  # a deal's paper has no draft step
    choose(page, "disclosure-form")
    assert not page.start_date.isVisible()


def test_agreement_offered_when_ready_drafted_otherwise(qtbot, demo_db, monkeypatch):
    from pypdf import PdfReader

    from kjcg_desktop.storage import document_numbers as numbers

    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    choose(page, "agreement")
    in_publicity = demo_db.scalar("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'in_publicity' ORDER BY id")
    rejected = demo_db.scalar("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'rejected' ORDER BY id")
    offered = _offered(page)
    assert offered and in_publicity not in offered and rejected not in offered
    states = {demo_db.scalar("SELECT state FROM applications WHERE id = ?", (i,)) for i in offered}
    assert states <= {"publicity_ended", "agreement_signed", "effective"}

    qtbot.mouseClick(page.draft_check, Qt.MouseButton.LeftButton, pos=QPoint(8, page.draft_check.height() // 2))
    assert page.draft_check.isChecked()
    assert in_publicity in _offered(page) and rejected not in _offered(page)
    _select(page, in_publicity)
    item = page.records.currentItem()
    assert "草稿" in item.text() and "公示中" in item.text() and "只能生成草稿：须待公示期满" in item.toolTip()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    texts = [p.extract_text() for p in PdfReader(__import__("io").BytesIO(page.pdf_bytes)).pages]
    assert texts and all("草稿" in t for t in texts)
    assert "草稿，未编号" in page.title_label.text() and numbers.listing(demo_db, "agreement") == []

    # without 草稿 the same record is refused, naming the missing step
    qtbot.mouseClick(page.draft_check, Qt.MouseButton.LeftButton, pos=QPoint(8, page.draft_check.height() // 2))
    page.records.clear()
    item = QListWidgetItem(f"#{in_publicity}")
    item.setData(Qt.ItemDataRole.UserRole, in_publicity)
    page.records.addItem(item)
    page.records.setCurrentRow(0)
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    assert page.generate() is False
    assert messages and "须待公示期满" in messages[-1] and "草稿" in messages[-1]


def test_numbers_are_issued_kept_on_reprint_and_voided_with_a_reason(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from kjcg_desktop.storage import Settings

    Settings(demo_db).set("unit_short_name", "示范大学")
    page = DocumentsPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    choose(page, "agreement")
    ready = demo_db.scalar("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'publicity_ended' ORDER BY id")
    _select(page, ready)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    number = page.title_label.text().split()[-1]
    assert number.startswith("示范大学赋权协字〔") and number.endswith("〕001号")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)  # a reprint keeps its number
    assert page.title_label.text().endswith(number)

    panel = page.numbers
    page.tabs.setCurrentWidget(panel)
    panel.show_kind("agreement")
    assert panel.table.rowCount() == 1 and panel.table.text(0, 0) == number and panel.table.text(0, 4) == "已出具"
    assert panel.table.text(0, 2).startswith("SQ")  # the application's number, not its id
    panel.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "exec", lambda self: QInputDialog.DialogCode.Rejected)
    assert not panel.void_selected()  # cancelled: nothing voided
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not panel.void_selected("  ") and "理由" in warnings[-1]

    def answer(dialog):
        dialog.setTextValue("协议条款有误，重新签署")
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    qtbot.mouseClick(panel.void_button, Qt.MouseButton.LeftButton)
    assert panel.table.text(0, 4) == "作废" and panel.table.text(0, 5) == "协议条款有误，重新签署"

    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.title_label.text().endswith("〕002号")  # a voided number is never given again
    assert [panel.table.text(r, 4) for r in range(panel.table.rowCount())] == ["已出具", "作废"]
    panel.year_filter.setCurrentIndex(panel.year_filter.findData(int(number.split("〔")[1][:4])))
    assert panel.table.rowCount() == 2 and "作废 1 个" in panel.summary.text()


def test_a_character_no_font_covers_is_reported(qtbot, db, monkeypatch):
    from kjcg_desktop.storage.achievements import create_achievement

    aid = create_achievement(db, {"name": "表情\U0001FAE8合金", "type": "invention", "legal_status": "granted"},
                             [{"name": "王𠇔", "department": "材料学院", "share": "100", "is_representative": True}])
    page = DocumentsPage(db)
    qtbot.addWidget(page)
    choose(page, "disclosure-form")
    page.refresh()
    _select(page, aid)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append((a[1], a[2])))
    assert page.generate()
    assert warnings and warnings[0][0] == "文书中有无法打印的字符" and "U+1FAE8" in warnings[0][1]
    assert "U+1FAE8" in page.status.text()


def test_a_number_voided_elsewhere_shows_on_the_next_visit(qtbot, demo_db):
    from kjcg_desktop.storage import document_numbers as numbers

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    page = win.show_section("documents")
    choose(page, "agreement")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    number = page.title_label.text().split()[-1]
    page.tabs.setCurrentWidget(page.numbers)
    assert page.numbers.table.text(0, 0) == number and page.numbers.table.text(0, 4) == "已出具"
    win.show_section("ledger")
    numbers.void(demo_db, number, "协议撤销，重新签署")  # e.g. a signature reversed on the applications page
    win.show_section("documents")
    assert page.numbers.table.text(0, 4) == "作废" and page.numbers.table.text(0, 5) == "协议撤销，重新签署"
