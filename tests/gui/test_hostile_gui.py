"""Hostile paths in the GUI: a save dialog answered with the database (through a link) or the
backup folder is refused with a message; nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from kjcg_desktop.ui.main_window import MainWindow


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


# -- start-up faults: a read-only folder or file, a full disk for the daily backup -----------------

@pytest.fixture
def gui(monkeypatch, qtbot):
    import logging
    import sys
    import threading
    from logging.handlers import RotatingFileHandler

    from kjcg_desktop import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr("kjcg_desktop.ui.first_run.needs_first_run", lambda db: False)
    windows = []

    def start(db_path):
        window = app_module.start_gui(db_path)
        if window is not None:
            qtbot.addWidget(window)
            windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()
        window.opened.close()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def _demo(db_path, size=12):
    from kjcg_desktop.services.demo import build_demo
    from kjcg_desktop.storage import open_database

    db = open_database(db_path)
    build_demo(db, size=size, seed=3)
    db.close()


def test_gui_starts_and_says_so_when_the_daily_backup_hits_a_full_disk(gui, db_path, boxes, mounts):
    _demo(db_path)
    backups = mounts.disk(db_path.parent / "backups", size="1m")
    mounts.fill(backups)
    window = gui(db_path)
    assert window is not None and not window.opened.read_only
    assert [k for k, _ in boxes] == ["warning"] and "自动备份未能完成" in boxes[0][1] and "磁盘空间已满" in boxes[0][1]
    assert [p.name for p in backups.iterdir() if p.name != ".filler"] == []


def test_gui_opens_a_read_only_data_folder_read_only(gui, db_path, data_dir, boxes, mounts):
    _demo(db_path)
    mounts.read_only(data_dir)  # the database, its folder and logs/ (not created yet) all read-only
    window = gui(db_path)
    assert window is not None and window.opened.read_only
    assert boxes and boxes[0][0] == "warning" and "只读" in boxes[0][1]
    assert "只读" in window.windowTitle() and "不可写" in window.db_label.text()
    assert window.db.scalar("SELECT count(*) FROM achievements") == 12


def test_gui_opens_a_read_only_database_file_read_only(gui, db_path, boxes, mounts):
    _demo(db_path)
    mounts.read_only(db_path)
    window = gui(db_path)
    assert window is not None and window.opened.read_only
    assert "数据库文件" in boxes[0][1] and "只读" in boxes[0][1]
    assert window.db.scalar("SELECT count(*) FROM achievements") == 12


def test_a_tampered_attachment_name_cannot_make_the_gui_write_outside_its_temp_folder(qtbot, db, tmp_path, boxes, monkeypatch):
    import tempfile
    from pathlib import Path
    from unittest import mock

    from kjcg_desktop.storage.achievements import create_achievement
    from kjcg_desktop.storage.attachments import add_attachment
    from kjcg_desktop.ui.ledger import LedgerPage

    aid = create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    source = tmp_path / "报告.txt"
    source.write_text("内容", encoding="utf-8")
    add_attachment(db, "achievement", aid, source)
    escape_to = tmp_path / "escaped"
    escape_to.mkdir()
    temp_root = tmp_path / "tmp"
    temp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_root))
    evil = "../../escaped/evil\x1b[2J\u202etxt.exe"
    db.execute("UPDATE attachments SET filename = ?", (evil,))  # edited outside the app
    page = LedgerPage(db)
    qtbot.addWidget(page)
    dialog = page.open_detail(aid)
    qtbot.addWidget(dialog)
    with mock.patch("kjcg_desktop.ui.achievement_detail.QDesktopServices.openUrl") as opened:
        dialog.detail.open_attachment(0)
    written = Path(opened.call_args.args[0].toLocalFile())
    assert written.parent.parent == temp_root and written.read_text(encoding="utf-8") == "内容"
    assert "\x1b" not in written.name and "\u202e" not in written.name and "/" not in written.name
    assert list(escape_to.iterdir()) == []


def test_a_write_meeting_a_locked_database_is_a_chinese_message_in_the_gui(gui, db_path, boxes, qtbot, monkeypatch):
    import os
    import sqlite3

    from PySide6.QtCore import QTimer

    from kjcg_desktop.storage import Settings
    from kjcg_desktop.storage import db as db_module
    from kjcg_desktop.ui.crash import crash_reporter

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    _demo(db_path)
    window = gui(db_path)
    boxes.clear()
    reporter = crash_reporter()
    dialogs = len(reporter.dialogs)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        QTimer.singleShot(0, lambda: Settings(window.db).set("unit_name", "改名"))
        qtbot.waitUntil(lambda: boxes != [])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    kind, text = boxes[0]
    assert kind == "warning" and "正被另一个程序写入" in text
    assert f"进程 {os.getpid()}" not in text  # the window's own lock file does not name the writer
    assert "Traceback" not in text and len(reporter.dialogs) == dialogs
