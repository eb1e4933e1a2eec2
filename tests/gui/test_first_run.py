"""First start: the welcome asks for the unit and offers demo data, an empty start or the Excel import."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from kjcg_desktop.app import open_main_window
from kjcg_desktop.storage import Settings
from kjcg_desktop.storage.stats import achievement_count
from kjcg_desktop.ui import first_run
from kjcg_desktop.ui.first_run import DEMO, EMPTY, IMPORT, FirstRunDialog, needs_first_run
from kjcg_desktop.ui.main_window import MainWindow


def _fill(dialog: FirstRunDialog, typist) -> None:
    typist(dialog.unit_name, "上海某医学研究院")
    typist(dialog.tto_name, "成果转化办公室")
    dialog.pilot_start.setDate(QDate(2025, 9, 1))


def test_only_a_new_database_needs_the_welcome(db, demo_db):
    assert not needs_first_run(demo_db)  # the demo sets the unit's name


def test_new_database_needs_the_welcome(db):
    assert needs_first_run(db)
    Settings(db).set("unit_name", "某大学")
    assert not needs_first_run(db)


def test_open_with_demo_data(qtbot, db, typist):
    dialog = FirstRunDialog(db, demo_size=30)
    qtbot.addWidget(dialog)
    _fill(dialog, typist)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == DEMO
    assert achievement_count(db) == 30
    settings = Settings(db)
    assert settings.get("unit_name") == "上海某医学研究院"  # what the user typed wins over the demo's
    assert settings.get("tto_name") == "成果转化办公室"
    assert not needs_first_run(db)


def test_start_empty(qtbot, db, typist):
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    _fill(dialog, typist)
    assert "2026-09-01" in dialog.milestones.text() and "2028-09-01" in dialog.milestones.text()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == EMPTY
    settings = Settings(db)
    assert settings.get("unit_name") == "上海某医学研究院"
    assert settings.pilot_start() == date(2025, 9, 1)
    assert achievement_count(db) == 0
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'settings'") == 3


def test_empty_start_needs_the_unit_name(qtbot, db):
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is None and dialog.result() != QDialog.DialogCode.Accepted
    assert "单位名称" in dialog.error.text()
    assert needs_first_run(db)


def test_import_my_excel_ledger_goes_to_the_import(qtbot, db, typist, monkeypatch):
    def answer(dialog: FirstRunDialog) -> int:
        _fill(dialog, typist)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.choice == IMPORT
        return dialog.result()

    monkeypatch.setattr(first_run.FirstRunDialog, "exec", answer)
    calls = []
    original = MainWindow.start_import
    monkeypatch.setattr(MainWindow, "start_import", lambda self: (calls.append(self), original(self)))
    window = open_main_window(db)
    qtbot.addWidget(window)
    assert calls == [window]
    assert Settings(db).get("unit_name") == "上海某医学研究院"
    assert window.current_section() == "finance"
    assert window.stack.currentWidget() is window.pages["finance"]


def test_start_import_signals_the_import_wizard(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_requested, timeout=1000):
        window.start_import()
    assert window.current_section() == "finance"
    wizard = window.pages["finance"].wizard  # the Excel import wizard is open, at its first page
    assert wizard.isVisible() and wizard.currentId() == wizard.startId()
    wizard.reject()


def test_no_welcome_on_a_configured_database(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(first_run.FirstRunDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("shown")))
    window = open_main_window(demo_db)
    qtbot.addWidget(window)
    assert window.current_section() == "dashboard"
