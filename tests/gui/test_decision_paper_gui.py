"""The decision paper from the 文书 page: offered once the approval is confirmed and on the record,
previewed with its 文号 and printed on A4; a draft before that."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from kjcg_desktop.storage import Settings
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.ui.applications_page import ApplicationsPage
from kjcg_desktop.ui.documents_page import CHOICES, DocumentsPage

pytestmark = pytest.mark.date_sensitive
TODAY = date(2026, 12, 9)


def offered(page: DocumentsPage) -> list[int]:
    return [page.records.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.records.count())]


def test_approve_through_the_confirmation_then_print_the_decision(qtbot, db, decision_filler, tmp_path):
    Settings(db).set_many({"unit_name": "上海示范大学", "unit_short_name": "示范大学", "tto_name": "上海示范大学技术转移中心"})
    aid = ach.create_achievement(db, {"name": "燃料电池催化剂", "type": "invention", "status": "registered"},
                                 [{"name": "周杰", "share": "100", "is_representative": True}])
    app_id = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="full", team_share="100",
                                     applicant="周杰")
    apps.transition(db, app_id, "submit", on=date(2026, 11, 10))

    docs = DocumentsPage(db)
    qtbot.addWidget(docs)
    docs.kind_combo.setCurrentIndex([(k, o) for k, o, _ in CHOICES].index(("decision", "")))
    assert app_id not in offered(docs)  # no decision on the record yet
    docs.draft_check.setChecked(True)
    assert app_id in offered(docs) and docs.records.item(offered(docs).index(app_id)).text().startswith("〔草稿〕")
    docs.draft_check.setChecked(False)

    applications = ApplicationsPage(db, today=lambda: TODAY)
    qtbot.addWidget(applications)
    applications.select(app_id)
    minutes = tmp_path / "2026年第12次校长办公会纪要.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes")
    applications.run_dialog = lambda dialog: decision_filler(dialog, body="校长办公会", person="李校长",
                                                            opinion="同意赋予所有权", paper=minutes, on=date(2026, 12, 4))
    assert applications.run_action("approve") is True
    assert "审批决定可在“文书”页出具" in applications.status.text()

    docs.refresh()
    assert offered(docs) == [app_id]
    qtbot.mouseClick(docs.generate_button, Qt.MouseButton.LeftButton)
    assert "示范大学成果决字〔2026〕001号" in docs.title_label.text() and "审批决定" in docs.title_label.text()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert docs.print_document(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == docs.pdf.pageCount()
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(docs.pdf_bytes)).pages))
    for part in ("关于同意“燃料电池催化剂”赋予科研人员职务科技成果所有权的决定", "2026年12月4日，校长办公会对该申请进行了审议（主持人：李校长）",
                 "附件：2026年第12次校长办公会纪要", "上海示范大学2026年12月4日"):
        assert part in text, part
    docs.tabs.setCurrentWidget(docs.numbers)
    table = docs.numbers.table
    assert table.text(0, 0) == "示范大学成果决字〔2026〕001号" and table.text(0, 1) == "审批决定"

    # the approval was taken by mistake: its reversal says the paper's number goes, and voids it
    said = []

    def reverse(dialog):
        said.append(dialog.what.text())
        dialog.show()
        dialog.reason.setPlainText("应由分管校领导审批")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    applications.run_dialog = reverse
    assert applications.reverse_decision() is True
    assert "撤销后以下文号作废：示范大学成果决字〔2026〕001号" in said[0]
    assert "作废文号 示范大学成果决字〔2026〕001号" in applications.status.text()
    docs.refresh()
    assert table.text(0, 4) == "作废" and "应由分管校领导审批" in table.text(0, 5)
    docs.tabs.setCurrentIndex(0)
    assert app_id not in offered(docs)


def test_a_second_paper_previews_its_own_pages(qtbot, demo_db, tmp_path):
    """A paper printed, the register looked at, then another paper of the same page count and size:
    the preview shows the new one's pages, not the first one's."""
    from kjcg_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1560, 960)
    window.show()
    docs = window.show_section("documents")
    shots = []
    for of in ("", "deal"):
        docs.tabs.setCurrentIndex(0)
        docs.kind_combo.setCurrentIndex([(k, o) for k, o, _ in CHOICES].index(("decision", of)))
        docs.refresh()
        qtbot.mouseClick(docs.generate_button, Qt.MouseButton.LeftButton)
        qtbot.wait(1500)  # the view renders its pages on a worker thread
        shots.append(docs.view.grab().toImage())
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed{of}.pdf"))
        assert docs.print_document(printer)
        docs.tabs.setCurrentWidget(docs.numbers)
        qtbot.wait(200)
    assert docs.view.document() is docs.pdf
    assert shots[0] != shots[1]
