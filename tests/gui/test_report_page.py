"""The 年度报告 page: indicators with the comparison year, the records behind a number, free text,
generating the files and the e-mail draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from report_fixture import build_report_fixture

from kjcg_desktop.services.report import indicators as ind
from kjcg_desktop.storage import Settings
from kjcg_desktop.ui import report_page
from kjcg_desktop.ui.main_window import MainWindow


def _open_page(qtbot, db):
    build_report_fixture(db)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    page = win.show_section("report")
    page.year.setValue(2024)
    page.year.setValue(2025)
    qtbot.waitUntil(lambda: not page.busy and page.report is not None and page.report.year == 2025, timeout=20000)
    return win, page


def test_indicators_and_the_records_behind_them(qtbot, db):
    win, page = _open_page(qtbot, db)
    row = page.row_of("deals.count")
    assert [page.table.text(row, c) for c in range(5)] == ["合同总数", "项", "2", "0", "+2"]
    assert page.table.header_texts()[2] == "2025年"
    assert "方案三(四)" in page.table.tooltip(row, 0)
    page.table.selectRow(page.row_of("distributions.team.count"))
    assert "共 2 条" in page.records_label.text()
    names = {page.records.text(r, 4) for r in range(page.records.rowCount())}
    assert names == {"张三", "李四"}
    page.table.selectRow(page.row_of("year_end.attribute.granted"))
    assert page.records.rowCount() == 3


def test_free_text_generate_and_email_draft(qtbot, db, typist, tmp_path, monkeypatch):
    win, page = _open_page(qtbot, db)
    typist(page.measures, "建立披露制度")
    typist(page.problems, "评估能力不足")
    qtbot.mouseClick(page.save_text_button, Qt.MouseButton.LeftButton)
    assert ind.free_text(db, 2025) == {"measures": "建立披露制度", "problems": "评估能力不足"}

    opened: list[str] = []
    monkeypatch.setattr(report_page.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(report_page.QMessageBox, "exec", lambda self: 0)
    out = tmp_path / "年报"
    page.out_dir.setText(str(out))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.files is not None, timeout=20000)
    assert sorted(p.name for p in out.iterdir()) == sorted(page.file_names())
    assert Settings(db).get("report_output_dir") == str(out)

    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.endswith(".eml") for p in opened), timeout=20000)
    assert (out / "2025年度科技成果转化年度报告（邮件草稿）.eml").exists()
    assert "邮件草稿" in page.status.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(out)


def test_unwritable_folder_is_reported_in_chinese(qtbot, db, tmp_path, monkeypatch):
    win, page = _open_page(qtbot, db)
    warnings: list[str] = []
    monkeypatch.setattr(report_page.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
                        or QMessageBox.StandardButton.Ok)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    page.out_dir.setText(str(blocker / "sub"))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert "年度报告操作失败" in warnings[0] and "无法读写文件" in warnings[0]
    assert not page.busy and page.generate_button.isEnabled()


def test_smtp_dialog_keeps_settings_but_not_the_password(qtbot, db, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(report_page.QMessageBox, "warning", lambda *a: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    dialog = report_page.SmtpDialog(Settings(db))
    qtbot.addWidget(dialog)
    assert dialog.ssl.isChecked() and dialog.port.value() == 465
    dialog._accept()
    assert warnings and "授权码" in warnings[0]
    dialog.host.setText("smtp.qq.com")
    dialog.user.setText("tto@qq.com")
    dialog.password.setText("abcd")
    dialog._accept()
    assert dialog.result() == report_page.QDialog.DialogCode.Accepted
    stored = Settings(db).all()
    assert stored["smtp_host"] == "smtp.qq.com" and stored["smtp_user"] == "tto@qq.com"
    assert "abcd" not in str([tuple(r) for r in db.query("SELECT key, value FROM settings")])
    assert "abcd" not in str([tuple(r) for r in db.query("SELECT old, new FROM events")])


def test_national_report_button_writes_word_and_excel(qtbot, db, tmp_path):
    import docx

    from kjcg_desktop.services.report.national import SECTIONS

    win, page = _open_page(qtbot, db)
    out = tmp_path / "国家年报"
    page.out_dir.setText(str(out))
    qtbot.mouseClick(page.national_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.national_files is not None, timeout=20000)
    assert sorted(p.name for p in out.iterdir()) == ["2025年度科技成果转化年度报告（国家）.docx",
                                                     "2025年度科技成果转化年度报告（国家）.xlsx"]
    headings = [p.text for p in docx.Document(str(out / "2025年度科技成果转化年度报告（国家）.docx")).paragraphs
                if p.style.name == "Heading 1"]
    assert headings == [t for _, t in SECTIONS]
    assert "涉密记录" in page.status.text()   # the fixture's classified achievement was left out


def test_national_narrative_starts_from_the_draft_and_is_kept_per_year(qtbot, db, typist):
    from kjcg_desktop.services.report import national

    win, page = _open_page(qtbot, db)

    def edit(dialog):
        dialog.show()
        assert "依法取得并登记科技成果" in dialog.edits["obtained"].toPlainText()
        dialog.edits["work"].clear()
        typist(dialog.edits["work"], "建立了转化专班。")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    assert page.edit_narrative(edit)
    assert national.narrative_text(db, 2025) == {"work": "建立了转化专班。"}   # drafts left as they were are not frozen
    assert national.compute_national(db, 2025).narrative["work"] == "建立了转化专班。"


def test_roll_up_of_a_part_counts_nothing_twice(qtbot, db, tmp_path):
    from kjcg_desktop.services.report import national

    win, page = _open_page(qtbot, db)
    part = national.generate_national_report(db, 2025, tmp_path / "材料学院")   # the same records as the unit's
    page.out_dir.setText(str(tmp_path / "汇总"))
    assert page.roll_up([str(part.xlsx)])
    qtbot.waitUntil(lambda: not page.busy and page.national_files is not None, timeout=20000)
    report = page.national_files.report
    assert report.parts and "剔除重复" in page.status.text()
    assert report.table("all_modes").line("合计").values == part.report.table("all_modes").line("合计").values
    assert len(report.duplicates) == len(part.report.contracts) + len(part.report.receipts) + len(part.report.rewards) \
        + len(part.report.achievements) + len(part.report.mobility) + len(part.report.spinoffs)


def test_national_indicators_trace_to_their_records(qtbot, db):
    win, page = _open_page(qtbot, db)
    seen = {}

    def look(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        top = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                   if "100万元及以上" in dialog.tree.topLevelItem(i).text(0))
        dialog.tree.setCurrentItem(top.child(0))
        seen["records"] = [dialog.records.item(i).text() for i in range(dialog.records.count())]
        seen["left"] = dialog.layout().itemAt(0).widget().text()
        return 0

    page.show_national(look)
    assert seen["records"] == ["JY-2025-0001"]          # the 1,500,000 yuan licence
    assert "已排除成果 1 项" in seen["left"]
