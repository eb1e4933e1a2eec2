"""Settings: mail recipients, the document font, and moving the data folder from the UI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from kjcg_desktop.paths import default_db_path
from kjcg_desktop.services.fonts import candidate_fonts
from kjcg_desktop.storage import Settings
from kjcg_desktop.storage.stats import achievement_count
from kjcg_desktop.ui.main_window import MainWindow
from kjcg_desktop.ui.settings_page import parse_recipients


def _settings_page(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    return win, win.show_section("settings")


def test_mail_recipients_are_saved_as_a_list(qtbot, db, typist):
    _, page = _settings_page(qtbot, db)
    typist(page.mail_recipients, "财务处 <caiwu@example.edu.cn>；gzc@example.edu.cn")
    page.save_button.click()
    assert Settings(db).get("mail_recipients") == ["财务处 <caiwu@example.edu.cn>", "gzc@example.edu.cn"]
    assert page.status.text() == "已保存"


def test_invalid_mail_recipient_is_refused(qtbot, db, typist):
    _, page = _settings_page(qtbot, db)
    typist(page.mail_recipients, "财务处")
    page.save_button.click()
    assert "财务处" in page.status.text() and "格式不正确" in page.status.text()
    assert Settings(db).get("mail_recipients") == []


def test_parse_recipients_splits_lines_and_separators():
    assert parse_recipients("a@b.cn\n\n c@d.cn ; e@f.cn，") == ["a@b.cn", "c@d.cn", "e@f.cn"]


def test_document_font_is_checked_and_saved(qtbot, db, tmp_path, monkeypatch):
    _, page = _settings_page(qtbot, db)
    font = next(s.path for s in candidate_fonts("body") if s.path.suffix.lower() in (".ttf", ".ttc"))
    monkeypatch.setattr("kjcg_desktop.ui.settings_page.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(font), ""))
    page.choose_font()
    assert page.font_status.text().startswith("可用")
    page.save_button.click()
    expected = f"{font}#0" if font.suffix.lower() == ".ttc" else str(font)
    assert Settings(db).get("document_font") == expected

    bogus = tmp_path / "坏字体.ttf"
    bogus.write_bytes(b"not a font")
    assert not page.set_document_font(str(bogus))
    assert "无法嵌入" in page.font_status.text()
    page.set_document_font("")
    page.save_button.click()
    assert Settings(db).get("document_font") == ""


def test_moving_the_data_folder_switches_the_window_to_the_copy(qtbot, demo_db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    old_path = Path(demo_db.path)
    win, page = _settings_page(qtbot, demo_db)
    target = tmp_path / "共享盘" / "KJCG"
    monkeypatch.setattr("kjcg_desktop.ui.settings_page.QFileDialog.getExistingDirectory", lambda *a, **k: str(target))
    page.move_button.click()
    assert "已移动到" in shown[-1]
    assert Path(win.db.path) == (target / "kjcg.sqlite3").resolve() == default_db_path()
    assert achievement_count(win.db) == 200
    assert not old_path.exists() and list(old_path.parent.glob("kjcg.sqlite3.moved-*"))
    assert str(target.resolve()) in win.db_label.text()
    new_page = win.show_section("settings")
    assert new_page is not page and new_page.data_folder.text() == str(target.resolve())
    win.db.close()



def test_moving_into_a_folder_with_a_database_is_refused(qtbot, db, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    win, page = _settings_page(qtbot, db)
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "kjcg.sqlite3").write_bytes(b"")
    assert not page.move_data_folder(occupied)
    assert "已有数据库文件" in warnings[-1]
    assert win.db is db and win.pages["settings"] is page


def test_clearing_the_demo_data_switches_to_an_empty_database(qtbot, db, typist, monkeypatch):
    from PySide6.QtCore import Qt

    from kjcg_desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(db, demo_size=20)
    qtbot.addWidget(dialog)
    typist(dialog.unit_name, "上海某大学")
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert achievement_count(db) == 20

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    win, page = _settings_page(qtbot, db)
    assert page.fresh_button.isVisibleTo(page)
    page.fresh_button.click()
    assert win.db is not db and achievement_count(win.db) == 0
    assert Settings(win.db).get("unit_name") == "上海某大学"
    win.show_section("dashboard")
    assert win.pages["dashboard"].findChild(type(win.db_label), "count_achievements").text() == "0"
    assert not win.show_section("settings").fresh_button.isVisibleTo(win.pages["settings"])
    win.db.close()


def test_approval_table_is_edited_checked_and_used_for_deals(qtbot, db):
    from PySide6.QtCore import Qt

    from kjcg_desktop.domain import yuan_to_fen
    from kjcg_desktop.storage.deals import approval_for

    _, page = _settings_page(qtbot, db)
    table = page.approval_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["2,000,000", "5,000,000", ""]
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["科研管理部门", "分管副校长", "校长办公会"]
    page.findChild(type(page.save_button), "add_approval_level").click()
    assert table.rowCount() == 4 and table.currentRow() == 2  # above the open-ended last level
    table.item(2, 0).setText("300000")
    table.item(2, 1).setText("副校长（主管科研）")
    table.item(2, 2).setCheckState(Qt.CheckState.Checked)
    page.save_button.click()
    assert "第 3 行不大于第 2 行" in page.status.text()
    assert len(Settings(db).get("approval_levels")) == 3  # nothing saved
    table.item(2, 0).setText("8,000,000")
    page.save_button.click()
    assert page.status.text() == "已保存"
    assert approval_for(db, yuan_to_fen("6000000")).approver == "副校长（主管科研）"
    assert approval_for(db, yuan_to_fen("8000000.01")).approver == "校长办公会"
    table.selectRow(0)
    page.findChild(type(page.save_button), "remove_approval_level").click()
    page.save_button.click()
    assert approval_for(db, yuan_to_fen("100")).approver == "分管副校长"
    table.setRowCount(0)
    page.save_button.click()
    assert "至少要有一级" in page.status.text()


def test_unit_credit_code_is_checked_and_gives_the_region(qtbot, db, typist):
    _, page = _settings_page(qtbot, db)
    typist(page.unit_uscc, "91350100M000100Y44")
    page.save_button.click()
    assert "校验位" in page.status.text() and Settings(db).get("unit_uscc") is None
    page.unit_uscc.clear()
    typist(page.unit_uscc, "91350100M000100Y43")
    typist(page.unit_address, "福州市示例路1号")
    page.save_button.click()
    assert page.status.text() == "已保存"
    assert Settings(db).get("unit_region_code") == "350100" and Settings(db).get("unit_uscc") == "91350100M000100Y43"


def test_number_schemes_are_checked_previewed_and_saved(qtbot, db, typist):
    from kjcg_desktop import clock

    _, page = _settings_page(qtbot, db)
    box = page.number_schemes
    year = clock.today().year
    typist(box.short_name, "示范大学")
    assert box.previews["agreement"].text() == f"示例：示范大学赋权协字〔{year}〕007号"  # the default scheme
    edit = box.schemes["agreement"]
    typist(edit, "{单位简称}协字[{年}]{编号}号")
    assert "格式有误" in box.previews["agreement"].text() and "{编号}" in box.previews["agreement"].text()
    page.save_button.click()
    assert "赋权协议的文号格式" in page.status.text() and Settings(db).get("number_scheme.agreement") is None
    edit.clear()
    typist(edit, "{单位简称}技转协字[{年}]{序号:04}号")
    assert box.previews["agreement"].text() == f"示例：示范大学技转协字〔{year}〕0007号"
    page.save_button.click()
    assert page.status.text() == "已保存"
    assert Settings(db).get("unit_short_name") == "示范大学"
    assert Settings(db).get("number_scheme.agreement") == "{单位简称}技转协字[{年}]{序号:04}号"
    assert Settings(db).get("number_scheme.notice") is None  # left empty: the default, nothing stored


def test_a_saved_scheme_numbers_the_next_agreement(qtbot, demo_db):
    from datetime import date

    from kjcg_desktop.services import documents

    _, page = _settings_page(qtbot, demo_db)
    page.number_schemes.short_name.setText("示大")
    page.number_schemes.schemes["agreement"].setText("{单位简称}协〔{年}〕{序号}号")
    page.save_button.click()
    app_id = demo_db.scalar("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'publicity_ended' ORDER BY id")
    _, data = documents.generate(demo_db, "agreement", app_id, today=date(2026, 12, 6))
    assert data.values["doc.number"] == "示大协〔2026〕1号"
