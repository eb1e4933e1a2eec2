"""设置—节假日安排 and the dashboard (R4, 民法典第二百零三条 "期间的最后一日是法定休假日的，以法定休假日
结束的次日为期间的最后一日")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kjcg_desktop import clock
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.ui.main_window import MainWindow

NOTICE_2027 = """2027-01-01 元旦
2027-01-04 元旦
2027-02-05 至 2027-02-08 春节
2027-01-30 调休上班
2027-04-05 清明节
2027-05-01 至 2027-05-02 劳动节
2027-06-09 端午节
2027-09-15 中秋节
2027-10-01 至 2027-10-03 国庆节"""



@pytest.fixture(autouse=True)
def library_without_2027(monkeypatch):
    """The scenario of this file: the calendar library's release does not carry 2027 (as
    chinesecalendar 1.11 does not), whatever version is installed."""
    from kjcg_desktop.domain import holidays

    known = holidays.library_knows
    monkeypatch.setattr(holidays, "library_knows", lambda year: year != 2027 and known(year))

def test_office_enters_the_notice_and_the_dashboard_lists_the_moved_end(qtbot, db, typist):
    with clock.frozen(date(2026, 12, 20)):
        pub = pubs.create_publicity(db, "grant", "关于某成果赋权的公示", date(2026, 12, 17), 15)
        assert db.get("publicities", pub)["end_date"] == "2027-01-04"  # 元旦 2027 (statutory) then the weekend
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        dashboard = win.show_section("dashboard")
        warning = dashboard.findChild(type(dashboard.holiday_warning), "holiday_warning")
        assert "尚未录入2027年国务院节假日安排通知" in warning.text() and warning.isVisible()
        publicity_page = win.show_section("publicities")
        assert "尚未录入2027年" in publicity_page.holiday_warning.text()

        page = win.show_section("settings")
        box = page.holidays
        assert box.year.value() == 2027 and "2027年：仅法定节日及周末" in box.summary.text()
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)  # nothing entered yet
        assert "无法识别" in box.state.text() or "未填写2027年的放假日期" in box.state.text()
        qtbot.mouseClick(box.statutory_button, Qt.MouseButton.LeftButton)
        assert "2027-02-05 春节" in box.table.toPlainText()
        box.table.setPlainText(NOTICE_2027)  # pasted from the notice
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
        assert "须注明来源" in box.state.text() and db.get("publicities", pub)["end_date"] == "2027-01-04"
        typist(box.source, "国务院办公厅关于2027年部分节假日安排的通知（测试）")
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
        assert "届满日由 2027-01-04 改为 2027-01-05" in box.state.text()
        assert db.get("publicities", pub)["end_date"] == "2027-01-05"
        assert "2027年：本单位录入的国务院放假通知" in box.summary.text()

        dashboard = win.show_section("dashboard")
        dashboard.refresh()
        assert not dashboard.holiday_warning.isVisible()
        tree = dashboard.moved_tree
        assert tree.topLevelItemCount() == 1
        row = [tree.topLevelItem(0).text(c) for c in range(4)]
        assert row[:3] == ["关于某成果赋权的公示", "2027-01-04", "2027-01-05"]
        qtbot.mouseClick(dashboard.moved_seen_button, Qt.MouseButton.LeftButton)
        assert tree.topLevelItemCount() == 0 and not dashboard.holiday_box.isVisible()
