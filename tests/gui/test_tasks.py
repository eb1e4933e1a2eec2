"""The one task runner: work off the GUI thread, results and errors back on it, cancel, owner closed."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from kjcg_desktop.domain import DomainError
from kjcg_desktop.services.progress import Cancelled
from kjcg_desktop.storage import Settings, open_database
from kjcg_desktop.ui.tasks import ImmediatePool, run_task


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot, owner, db):
    Settings(db).set("unit_name", "某大学")
    seen = {}

    def work(task):
        seen["worker"] = threading.get_ident()
        task.progress(1, 2, "一半")
        return Settings(task.db).get("unit_name"), task.db is not db

    results = []
    run_task(owner, work, lambda result: results.append((result, threading.get_ident())), db=db)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    (value, own_connection), thread = results[0]
    assert value == "某大学" and own_connection
    assert thread == threading.get_ident() != seen["worker"]


def test_an_error_becomes_a_chinese_message_and_the_traceback_is_logged(qtbot, owner, caplog):
    def domain_error(task):
        raise DomainError("公示期未满，不能关闭")

    def bug(task):
        raise KeyError("x")

    errors = []
    run_task(owner, domain_error, lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    assert "公示期未满" in errors[0]
    with caplog.at_level(logging.ERROR):
        run_task(owner, bug, lambda r: None, on_error=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 2, timeout=10000)
    assert "内部错误：KeyError" in errors[1] and "Traceback" not in errors[1]
    assert any(r.exc_info for r in caplog.records)


def test_cancel_stops_the_work_and_nothing_is_written(qtbot, owner, db):
    started = threading.Event()

    def work(task):
        with task.db.transaction():
            Settings(task.db).set("half", "written")
            started.set()
            while True:
                task.check()
                time.sleep(0.01)

    cancelled, done = [], []
    handle = run_task(owner, work, done.append, db=db, title="导入", on_cancelled=lambda: cancelled.append(1))
    assert started.wait(10)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10000)
    assert not done and Settings(db).get("half") is None


def test_a_result_after_the_owner_was_closed_is_dropped(qtbot, db):
    owner = QWidget()
    release = threading.Event()
    delivered = []

    def work(task):
        release.wait(10)
        return 1

    run_task(owner, work, delivered.append, db=db)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    release.set()
    qtbot.wait(200)
    assert delivered == []


def _alive(widget):
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_read_only_window_gets_a_read_only_worker(qtbot, owner, db_path):
    open_database(db_path).close()
    ro = open_database(db_path, read_only=True)
    errors = []
    run_task(owner, lambda task: Settings(task.db).set("x", "y"), lambda r: None, on_error=errors.append, db=ro)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    ro.close()
    assert "只读" in errors[0]


def test_immediate_pool_runs_at_once(owner):
    results = []
    handle = run_task(owner, lambda task: 42, results.append, pool=ImmediatePool())
    assert results == [42] and not handle.running
    with pytest.raises(Cancelled):
        from kjcg_desktop.services.progress import CancelToken

        token = CancelToken()
        token.cancel()
        token.check()
