"""The 文书 page: generate and preview, save as, print to A4, batch on a worker thread."""

from __future__ import annotations

from pathlib import Path

import reportlab
from PySide6.QtCore import Qt
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
