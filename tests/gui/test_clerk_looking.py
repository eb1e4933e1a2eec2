"""What the clerk looks at: reminders in due order, local times without a 'T', dialogs that start
in Documents or the last folder, the English chart's whole year axis, plausible demo data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from kjcg_desktop.ui.dashboard import DashboardPage
from kjcg_desktop.ui.file_dialogs import documents_folder


@pytest.fixture
def dashboard(qtbot, demo_db):
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_reminders_sort_by_due_date_across_kinds(dashboard):
    tree = dashboard.reminder_tree
    heads = [date.fromisoformat(tree.topLevelItem(i).text(0)) for i in range(tree.topLevelItemCount())]
    assert len(heads) >= 2 and heads == sorted(heads)
    assert heads[0] == min(r.due for r in dashboard.reminders)      # the soonest item of any kind is on top
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        group.setExpanded(True)
        dues = [group.child(j).text(0) for j in range(group.childCount())]
        assert dues == sorted(dues)


def test_save_dialogs_start_in_documents_then_the_last_folder(dashboard, monkeypatch, tmp_path):
    asked: list[str] = []
    target = tmp_path / "我的提醒" / "提醒.ics"
    target.parent.mkdir()

    def fake(_parent, _title, start, _filter):
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert dashboard.export_ics() == target
    assert Path(asked[0]).parent == documents_folder()               # never the program's folder
    dashboard.export_ics()
    assert Path(asked[1]).parent == target.parent                    # the folder used last time


def test_the_english_chart_has_room_for_every_year(qtbot, demo_db):
    from kjcg_desktop.ui.i18n import apply_language
    from kjcg_desktop.ui.main_window import MainWindow

    apply_language("en")
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    chart = win.pages["dashboard"].chart
    qtbot.waitExposed(win)
    group = (chart.width() - 60) / len(chart.data)
    labels = chart.axis_labels(group)
    assert len(labels) == 10 and all(labels)                            # every year is labelled …
    assert all(chart.fontMetrics().horizontalAdvance(t) <= group for t in labels)   # … and fits under its bars
    assert labels[-1] in ("2026", "’26")
    assert win.minimumSizeHint().width() <= 1366                         # the window still fits a 1366-pixel laptop


def test_application_times_are_local_without_a_t(qtbot, demo_db):
    from kjcg_desktop.ui.applications_page import COLUMNS, ApplicationsPage

    page = ApplicationsPage(demo_db)
    qtbot.addWidget(page)
    page.refresh()
    column = [k for k, _ in COLUMNS].index("updated_at")
    stamp = page.model.index(0, column).data()
    assert stamp and "T" not in stamp and len(stamp) == len("2026-12-06 02:22")


def test_excel_export_and_import_dialogs_start_in_documents(qtbot, db, monkeypatch):
    from kjcg_desktop.ui.excel_pages import FinancePage
    from kjcg_desktop.ui.import_wizard import ImportWizard

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, start, _f: (asked.append(start), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: (asked.append(start), ("", ""))[1])
    page = FinancePage(db)
    qtbot.addWidget(page)
    page.import_finance()
    assert page._save_path("导出", "成果台账.xlsx") is None
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.page(wizard.startId())._browse()
    assert len(asked) == 3 and all(Path(a) == documents_folder() or Path(a).parent == documents_folder() for a in asked)
