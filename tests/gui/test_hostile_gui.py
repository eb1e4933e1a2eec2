"""Hostile paths in the GUI: a save dialog answered with the database (through a link) or the
backup folder is refused with a message; nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kjcg_desktop.ui.main_window import MainWindow


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda parent, title, text, *a, _n=name, **k: shown.append((_n, text))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


def test_export_dialog_answered_with_the_database_is_refused(qtbot, db, tmp_path, boxes, monkeypatch):
    from kjcg_desktop.storage.achievements import create_achievement

    create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    win = MainWindow(db)
    qtbot.addWidget(win)
    page = win.show_section("finance")
    link = tmp_path / "台账.xlsx"
    link.symlink_to(db.path)
    before = db.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(link), "")))
    page.export_ledger()
    assert boxes and boxes[-1][0] == "warning" and "正在使用的数据库" in boxes[-1][1]
    assert db.path.read_bytes() == before
    backups = db.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(backups / "x.xlsx"), "")))
    page.export_ledger()
    assert "备份文件夹" in boxes[-1][1] and not (backups / "x.xlsx").exists()
