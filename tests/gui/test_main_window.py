"""The main window opens on a database, shows its sections, and the settings page saves."""

from datetime import date

from PySide6.QtCore import QDate, Qt

from kjcg_desktop.storage import Settings
from kjcg_desktop.ui.main_window import SECTIONS, MainWindow


def test_sections_and_status_bar(qtbot, demo_db):
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    titles = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert titles == ["工作台", "成果台账", "赋权申请", "转化交易", "公示", "专利年费", "文书", "财务对接", "年度报告", "设置"]
    assert str(demo_db.path) in win.db_label.text()
    dashboard = win.pages["dashboard"]
    total = dashboard.findChild(type(win.db_label), "count_achievements")
    assert total.text() == "200"
    for key, _, _ in SECTIONS:
        win.show_section(key)
        assert win.stack.currentWidget() is win.pages[key]


def test_settings_page_saves_unit_details(qtbot, db, typist):
    win = MainWindow(db)
    qtbot.addWidget(win)
    page = win.show_section("settings")
    page.unit_name.clear()
    typist(page.unit_name, "上海某研究院")
    typist(page.tto_name, "成果转化办公室")
    page.pilot_start.setDate(QDate(2025, 7, 1))
    assert "2026-07-01" in page.milestones.text() and "2028-07-01" in page.milestones.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settings = Settings(db)
    assert settings.get("unit_name") == "上海某研究院"
    assert settings.pilot_start() == date(2025, 7, 1)
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'settings'") >= 3
