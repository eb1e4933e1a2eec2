"""Reliability at the GUI: daily backup at start, integrity check with the offer of the newest good
backup, one writer (second instance read-only), network warning, the restore page, and the global
excepthook (log file + crash dialog with copy-report, the app keeps running)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kjcg_desktop import app as app_module
from kjcg_desktop.services.backups import backup_to
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage import Settings, open_database

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
ROOT = str(Path(__file__).resolve().parents[2])


class Boxes:
    """Records QMessageBox calls and answers questions with a fixed button."""

    def __init__(self, monkeypatch, answer=Yes) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = answer
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._record("question"))

    def _record(self, kind):
        def call(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(call)

    def kinds(self) -> list[str]:
        return [k for k, _, _ in self.calls]


@pytest.fixture
def gui(monkeypatch, qtbot):
    """start_gui with the hooks and log handlers it installs undone afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    # these tests are about opening the file; the first-run welcome has tests of its own
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


def _demo(db_path, size=30, unit="上海示范大学"):
    db = open_database(db_path)
    build_demo(db, size=size, seed=3)
    Settings(db).set("unit_name", unit)
    db.close()


def corrupt_middle_of_a_page(path: Path) -> None:
    """Overwrite 512 bytes in the middle of a leaf page of the achievements table."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    try:
        pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'achievements' AND pagetype = 'leaf'")]
    except sqlite3.OperationalError:  # no dbstat: the middle pages of the file
        count = conn.execute("PRAGMA page_count").fetchone()[0]
        pages = list(range(count // 3, 2 * count // 3))
    conn.close()
    with open(path, "r+b") as fh:
        for page in pages[:3]:
            fh.seek((page - 1) * size + size // 2 - 256)
            fh.write(b"\xa5" * 512)


# -- daily backup at start ------------------------------------------------------------------------

def test_daily_backup_on_first_start_only(gui, db_path, monkeypatch):
    _demo(db_path)
    boxes = Boxes(monkeypatch)
    window = gui(db_path)
    assert window is not None and not boxes.calls
    daily = list((db_path.parent / "backups").glob("*-daily.sqlite3"))
    assert len(daily) == 1 and window.opened.daily_backup == daily[0]
    copy = sqlite3.connect(daily[0])
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM achievements").fetchone()[0] == 30
    copy.close()
    window.opened.close()
    window.close()
    window2 = gui(db_path)  # second start the same day: no second daily backup
    assert window2.opened.daily_backup is None
    assert len(list((db_path.parent / "backups").glob("*-daily.sqlite3"))) == 1


def test_a_large_database_says_what_the_start_is_waiting_for(gui, db_path, monkeypatch):
    """Checking (and once a day backing up) a large file takes seconds: a small window says so."""
    from PySide6.QtWidgets import QSplashScreen

    from kjcg_desktop.ui import startup

    _demo(db_path)
    shown = []
    original = QSplashScreen.showMessage
    monkeypatch.setattr(QSplashScreen, "showMessage", lambda self, text, *a: (shown.append((text, self.isVisible())),
                                                                               original(self, text, *a)))
    monkeypatch.setattr(startup, "SPLASH_FROM_BYTES", 1)  # the demo file counts as large
    window = gui(db_path)
    assert window is not None
    assert [text.split("（")[0] for text, _ in shown] == ["正在检查数据库", "正在进行今日自动备份"]
    assert all("KB）" in text or "MB）" in text for text, _ in shown)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QSplashScreen) and w.isVisible()]
    window.opened.close()
    window.close()
    shown.clear()
    window = gui(db_path)  # later the same day: the check only
    assert [text.split("（")[0] for text, _ in shown] == ["正在检查数据库"]
    window.opened.close()
    window.close()
    monkeypatch.setattr(startup, "SPLASH_FROM_BYTES", 10**12)
    shown.clear()
    window = gui(db_path)  # a small file opens without the window
    assert shown == []


def test_failing_daily_backup_warns_and_still_opens(gui, db_path, monkeypatch):
    from kjcg_desktop.storage import StorageError
    from kjcg_desktop.ui import startup

    _demo(db_path)
    boxes = Boxes(monkeypatch)

    def full_disk(db):
        raise StorageError("磁盘已满")

    monkeypatch.setattr(startup, "daily_backup", full_disk)
    window = gui(db_path)
    assert window is not None
    assert boxes.kinds() == ["warning"] and "磁盘已满" in boxes.calls[0][2]


# -- integrity at start ---------------------------------------------------------------------------

def _two_backups_newest_broken(db_path):
    """An older good backup (unit '旧单位') and a newer broken one."""
    _demo(db_path, unit="旧单位")
    db = open_database(db_path)
    good = backup_to(db)
    Settings(db).set("unit_name", "新单位")
    bad = backup_to(db)
    db.close()
    corrupt_middle_of_a_page(bad)
    now = time.time()
    os.utime(good, (now - 3600, now - 3600))
    return good, bad


def test_damaged_database_is_not_opened_and_newest_good_backup_is_offered(gui, db_path, monkeypatch):
    good, bad = _two_backups_newest_broken(db_path)
    corrupt_middle_of_a_page(db_path)
    damaged = db_path.read_bytes()
    boxes = Boxes(monkeypatch, answer=Yes)
    window = gui(db_path)
    assert window is not None
    question = [text for kind, _, text in boxes.calls if kind == "question"][0]
    assert "检查未通过" in question and "不会打开这个文件" in question
    assert "手动备份" in question
    assert "已从备份恢复" in [title for _, title, _ in boxes.calls]
    # the good (older) backup is in place, not the newer broken one
    assert Settings(window.db).get("unit_name") == "旧单位"
    assert check_database(window.db).ok
    kept = list((db_path.parent / "backups" / "damaged").glob("*-damaged.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_damaged_database_declined_stays_closed_and_untouched(gui, db_path, monkeypatch):
    _two_backups_newest_broken(db_path)
    corrupt_middle_of_a_page(db_path)
    damaged = db_path.read_bytes()
    boxes = Boxes(monkeypatch, answer=No)
    assert gui(db_path) is None
    assert boxes.kinds() == ["question"]
    assert db_path.read_bytes() == damaged


def test_damaged_database_without_good_backup(gui, db_path, monkeypatch):
    _demo(db_path)
    corrupt_middle_of_a_page(db_path)
    damaged = db_path.read_bytes()
    boxes = Boxes(monkeypatch)
    assert gui(db_path) is None
    assert boxes.kinds() == ["critical"] and "没有找到可用的完好备份" in boxes.calls[0][2]
    assert db_path.read_bytes() == damaged


def test_foreign_key_damage_is_caught_at_start(gui, db_path, monkeypatch):
    _demo(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM achievements WHERE id = (SELECT achievement_id FROM inventors LIMIT 1)")  # FKs off here
    conn.commit()
    conn.close()
    boxes = Boxes(monkeypatch, answer=No)
    assert gui(db_path) is None
    assert "外键不一致" in boxes.calls[0][2]


# -- one writer, network warning --------------------------------------------------------------------

def test_second_instance_is_offered_read_only(gui, db_path, monkeypatch):
    _demo(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kjcg_desktop.storage.lock import acquire; l = acquire(sys.argv[1]); "
         "print('locked', flush=True); sys.stdin.read()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": ROOT})
    try:
        assert holder.stdout.readline().strip() == "locked"
        boxes = Boxes(monkeypatch, answer=No)
        assert gui(db_path) is None  # declined
        assert f"进程 {holder.pid}" in boxes.calls[0][2] and "只读" in boxes.calls[0][2]
        boxes.answer = Yes
        window = gui(db_path)
        assert window is not None and window.opened.read_only
        assert "只读" in window.windowTitle() and "只读" in window.db_label.text()
        assert window.db.scalar("SELECT count(*) FROM achievements") == 30
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            window.db.execute("DELETE FROM settings")
        assert not list((db_path.parent / "backups").glob("*-daily.sqlite3"))  # the writer's job
    finally:
        holder.kill()
        holder.communicate(timeout=10)


def test_network_location_warns(gui, db_path, monkeypatch):
    from kjcg_desktop.ui import startup

    _demo(db_path)
    monkeypatch.setattr(startup, "is_network_path", lambda path: True)
    boxes = Boxes(monkeypatch)
    window = gui(db_path)
    assert window is not None
    assert boxes.kinds() == ["warning"] and "网络驱动器" in boxes.calls[0][2] and str(db_path) in boxes.calls[0][2]


# -- the restore page ---------------------------------------------------------------------------------

def test_restore_page_lists_backups_and_restores_with_confirmation(gui, db_path, monkeypatch, qtbot):
    _demo(db_path, unit="恢复前的单位")
    boxes = Boxes(monkeypatch, answer=Yes)
    window = gui(db_path)
    settings_page = window.show_section("settings")
    dialog = settings_page.open_backups()
    page = dialog.page
    assert page.table.rowCount() == 1  # today's daily backup
    assert page.table.text(0, 1) == "每日自动备份" and page.table.text(0, 2).endswith("KB")
    assert not page.restore_button.isEnabled()
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2 and "已备份并校验" in page.status.text()
    Settings(window.db).set("unit_name", "改过的单位")
    settings_page.load()
    assert settings_page.unit_name.text() == "改过的单位"
    manual = [r for r in range(2) if page.table.text(r, 1) == "手动备份"][0]
    page.table.selectRow(manual)
    assert page.restore_button.isEnabled()
    boxes.answer = No  # the confirmation is declined: nothing happens
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert Settings(window.db).get("unit_name") == "改过的单位"
    boxes.answer = Yes
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    confirm = [text for kind, _, text in boxes.calls if kind == "question"][-1]
    assert "恢复前备份" in confirm
    # the same Database object now reads the restored file; the settings page reloaded
    assert Settings(window.db).get("unit_name") == "恢复前的单位"
    assert settings_page.unit_name.text() == "恢复前的单位"
    kept = list((db_path.parent / "backups").glob("*-before-restore.sqlite3"))
    assert len(kept) == 1
    copy = sqlite3.connect(kept[0])
    assert "改过的单位" in copy.execute("SELECT value FROM settings WHERE key = 'unit_name'").fetchone()[0]
    copy.close()
    assert page.table.rowCount() == 3
    assert check_database(window.db).ok
    window.db.execute("SELECT count(*) FROM achievements")  # the connection works after the swap


def test_restore_from_broken_file_is_refused(gui, db_path, monkeypatch, tmp_path):
    _demo(db_path)
    boxes = Boxes(monkeypatch, answer=Yes)
    window = gui(db_path)
    dialog = window.show_section("settings").open_backups()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 300)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot_button = dialog.page.restore_file_button
    qtbot_button.click()
    assert boxes.kinds()[-1] == "critical" and "当前数据库未改动" in boxes.calls[-1][2]
    assert window.db.scalar("SELECT count(*) FROM achievements") == 30


# -- unexpected errors ----------------------------------------------------------------------------------

@pytest.mark.qt_no_exception_capture
def test_excepthook_logs_shows_dialog_and_app_keeps_running(gui, db_path, qtbot):
    from kjcg_desktop.ui.crash import crash_reporter

    window = gui(db_path)
    reporter = crash_reporter()
    before = len(reporter.dialogs)

    def broken_slot():
        raise ZeroDivisionError("台账统计除以零")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(reporter.dialogs) > before)
    dialog = reporter.dialogs[-1]
    log_file = Path(os.environ["KJCG_DATA_DIR"]) / "logs" / "kjcg-desktop.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "未处理的异常" in logged and "ZeroDivisionError: 台账统计除以零" in logged and "broken_slot" in logged
    assert dialog.isVisible() and dialog.windowTitle() == "发生意外错误"
    copy = [b for b in dialog.findChildren(QPushButton) if b.text() == "复制报告"][0]
    copy.click()
    clip = QApplication.clipboard().text()
    assert "ZeroDivisionError: 台账统计除以零" in clip and "日志文件" in clip
    # the app keeps running: events are still processed and the window still works
    fired = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1])
    assert window.isVisible()
    window.show_section("ledger")
    assert window.stack.currentWidget() is window.pages["ledger"]
    dialog.reject()
    assert dialog not in reporter.dialogs


@pytest.mark.qt_no_exception_capture
def test_exception_in_worker_thread_reaches_the_gui_thread(gui, db_path, qtbot):
    from kjcg_desktop.ui.crash import crash_reporter

    gui(db_path)
    reporter = crash_reporter()
    before = len(reporter.dialogs)

    def worker():
        raise RuntimeError("后台导出失败")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(reporter.dialogs) > before)
    assert reporter.dialogs[-1].thread() is QApplication.instance().thread()
    log_file = Path(os.environ["KJCG_DATA_DIR"]) / "logs" / "kjcg-desktop.log"
    assert "RuntimeError: 后台导出失败" in log_file.read_text(encoding="utf-8")
    reporter.dialogs[-1].reject()


@pytest.mark.qt_no_exception_capture
def test_known_errors_escaping_an_action_get_a_chinese_message_not_a_traceback(gui, db_path, qtbot, monkeypatch):
    from kjcg_desktop.ui.crash import crash_reporter

    gui(db_path)
    boxes = Boxes(monkeypatch)
    reporter = crash_reporter()
    dialogs = len(reporter.dialogs)

    def write_in_read_only_mode():
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorname = "SQLITE_READONLY"  # as SQLite sets it; the message text is not relied on
        raise exc

    QTimer.singleShot(0, write_in_read_only_mode)
    qtbot.waitUntil(lambda: boxes.calls != [])
    assert boxes.calls[0][:2] == ("warning", "只读模式") and "Traceback" not in boxes.calls[0][2]
    assert len(reporter.dialogs) == dialogs
    log_file = Path(os.environ["KJCG_DATA_DIR"]) / "logs" / "kjcg-desktop.log"
    assert "attempt to write a readonly database" in log_file.read_text(encoding="utf-8")


def test_questions_while_opening_are_asked_in_chinese(gui, db_path, monkeypatch):
    """The read-only offer and the backup warning come before the window exists: Qt's own buttons
    must already be Chinese then (they read Yes/No)."""
    from PySide6.QtWidgets import QMessageBox

    from kjcg_desktop.ui import i18n, startup

    buttons = []

    def ask(path):
        box = QMessageBox(QMessageBox.Icon.Question, "只读", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        buttons.extend(b.text() for b in box.buttons())
        box.deleteLater()
        return None

    i18n.remove_translators()
    monkeypatch.setattr(startup, "open_for_gui", ask)
    assert gui(db_path) is None
    assert sorted(buttons) == sorted(["是(&Y)", "否(&N)"])
