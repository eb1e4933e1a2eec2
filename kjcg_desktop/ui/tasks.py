"""One way to run long work off the GUI thread (the shape of Picard's ``run_task``).

``run_task(owner, func, on_done)`` runs ``func(task)`` on a thread pool and calls ``on_done(result)``
or ``on_error(message)`` on the GUI thread. ``task`` carries ``progress(done, total, label)``, a
cancel token and, when asked for, the worker's own database connection (read-only when the window
is). With a ``title`` a progress dialog with 取消 appears once the work takes longer than a moment.
A result that arrives after its owner was closed is dropped quietly. ``run_modal`` runs a job the
same way and waits for it with the event loop running, for a step that must finish before the
caller goes on (a wizard's 下一步, an export that then reports what it wrote). The traceback of any
unexpected error is logged; the user sees a Chinese message.

Tests replace the pool with :class:`ImmediatePool`, which runs the work at once on the calling
thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..gc_pause import gc_paused
from ..services.progress import Cancelled, CancelToken, pause_point
from ..storage import Database, open_database
from .preload import share_gil_with_gui

log = logging.getLogger(__name__)


# Work shorter than this shows no dialog at all.
DIALOG_DELAY_MS = 400


class ImmediatePool:
    """A pool that runs each task at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


_pool: Any = None


def default_pool() -> Any:
    return _pool if _pool is not None else QThreadPool.globalInstance()


def set_default_pool(pool: Any) -> None:
    """Use ``pool`` for every task from now on (None: Qt's global pool)."""
    global _pool
    _pool = pool


@dataclass
class Task:
    """What the work function receives."""

    token: CancelToken = field(default_factory=CancelToken)
    db: Database | None = None
    _progress: Callable[[int, int, str], None] | None = None

    def progress(self, done: int, total: int, label: str = "") -> None:
        pause_point()
        if self._progress is not None:
            self._progress(done, total, label)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def check(self) -> None:
        self.token.check()


def error_message(exc: BaseException) -> str:
    """The Chinese message for an error a task ended with."""
    import sqlite3

    from ..domain import DomainError
    from ..storage import StorageError

    if isinstance(exc, (DomainError, StorageError, Cancelled)):
        return str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
        return QCoreApplication.translate("tasks", "数据库以只读方式打开，不能修改数据。")
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return QCoreApplication.translate("tasks", "数据库正被另一个程序写入，操作未完成、数据未改动。请稍后重试。")
    if isinstance(exc, OSError):
        return QCoreApplication.translate("tasks", "无法读写文件：{0} {1}").format(
            exc.filename or "", exc.strerror or exc).strip()
    return QCoreApplication.translate("tasks", "操作未完成（内部错误：{0}），详情已写入日志。").format(type(exc).__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, func: Callable[[Task], Any], task: Task, relay: _Relay, db_path: Path | str | None,
                 read_only: bool) -> None:
        super().__init__()
        self.func, self.task, self.relay = func, task, relay
        self.db_path, self.read_only = db_path, read_only

    def run(self) -> None:
        with gc_paused():  # what the job leaves is then frozen, not walked by the collector (gc_pause)
            self._run()

    def _run(self) -> None:
        try:
            if self.db_path is not None:
                # the window's connection has migrated the file already; a worker never does
                if isinstance(self.db_path, str):  # the office server: another connection from its pool
                    from ..storage.pg import open_server

                    self.task.db = open_server(self.db_path, migrate=False, read_only=self.read_only)
                else:
                    self.task.db = open_database(self.db_path, migrate=False, read_only=self.read_only)
            try:
                result = self.func(self.task)
            finally:
                if self.db_path is not None and self.task.db is not None:
                    self.task.db.close()
                    self.task.db = None
        except BaseException as exc:  # delivered to the GUI thread as a message
            if not isinstance(exc, Cancelled):
                log.exception("后台任务出错")
            self._emit(self.relay.failed, exc)
            return
        self._emit(self.relay.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the relay went with a closed window: nobody waits
            signal.emit(value)


def _progress_dialog(owner: QWidget, title: str, label: str, token: CancelToken) -> QProgressDialog:
    """The dialog with 取消 that appears once the work takes longer than a moment."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("tasks", "取消"), 0, 0, owner)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(DIALOG_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(token.cancel)
    return dialog


@dataclass(eq=False)
class TaskHandle:
    task: Task
    dialog: QProgressDialog | None = None
    running: bool = True
    keep: tuple[Any, ...] = ()

    def cancel(self) -> None:
        self.task.token.cancel()


@dataclass(eq=False)
class _Delivery:
    """What arrives from the worker, handled on the GUI thread; nothing reaches a closed owner."""

    owner: QWidget
    handle: TaskHandle
    on_done: Callable[[Any], None]
    on_error: Callable[[str], None] | None
    on_cancelled: Callable[[], None] | None

    def alive(self) -> bool:
        return shiboken6.isValid(self.owner)

    def progressed(self, done: int, total: int, text: str) -> None:
        dialog = self.handle.dialog
        if dialog is not None and self.alive() and shiboken6.isValid(dialog):
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

    def close_dialog(self) -> None:
        self.handle.running = False
        _running.discard(self.handle)
        dialog = self.handle.dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def finished(self, result: Any) -> None:
        self.close_dialog()
        if self.alive():
            self.on_done(result)

    def failed(self, exc: BaseException) -> None:
        self.close_dialog()
        if not self.alive():
            return
        if isinstance(exc, Cancelled):
            if self.on_cancelled is not None:
                self.on_cancelled()
            return
        if self.on_error is not None:
            self.on_error(error_message(exc))


# Handles of running tasks: their relay and runnable live until the result is delivered.
_running: set[TaskHandle] = set()


def run_task(owner: QWidget, func: Callable[[Task], Any], on_done: Callable[[Any], None], *,
             on_error: Callable[[str], None] | None = None, db: Database | None = None,
             title: str | None = None, label: str = "", pool: Any = None,
             on_cancelled: Callable[[], None] | None = None) -> TaskHandle:
    """Run ``func(task)`` off the GUI thread; see the module docstring.

    With ``db`` the worker opens its own connection to the same file (read-only when ``db`` is) as
    ``task.db``; an in-memory database cannot be opened twice, so its work runs here, on ``db``.
    """
    share_gil_with_gui()
    task = Task()
    handle = TaskHandle(task)
    relay = _Relay()
    if title is not None:
        handle.dialog = _progress_dialog(owner, title, label, task.token)

    delivery = _Delivery(owner, handle, on_done, on_error, on_cancelled)
    relay.progressed.connect(delivery.progressed)
    relay.finished.connect(delivery.finished)
    relay.failed.connect(delivery.failed)
    task._progress = relay.progressed.emit
    db_path: Path | str | None = None
    if db is not None:
        if getattr(db, "url", None):  # the office server: the worker has its own connection
            db_path = str(db.url)
        elif db.path is None:  # in-memory: no second connection possible, so the work runs here
            task.db = db
            pool = ImmediatePool()
        else:
            db_path = Path(db.path)
    runnable = _Runnable(func, task, relay, db_path, bool(db is not None and db.read_only))
    handle.keep = (relay, runnable, delivery)
    _running.add(handle)
    runnable.setAutoDelete(False)
    (pool or default_pool()).start(runnable)
    return handle


class _InputGuard(QObject):
    """While a modal job runs, clicks and keys reach only its progress dialog (before the dialog
    appears, a second click on 下一步 or 导出 would start the job again)."""

    BLOCKED = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                         QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut})

    def __init__(self) -> None:
        super().__init__()
        self.dialog: QProgressDialog | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() not in self.BLOCKED:
            return False
        dialog = self.dialog
        to_dialog = (dialog is not None and shiboken6.isValid(dialog) and isinstance(obj, QWidget)
                     and (obj is dialog or dialog.isAncestorOf(obj)))
        return not to_dialog


class TaskFailed(Exception):
    """A job run by :func:`run_modal` ended with an error; the message is the Chinese one."""


def run_modal(owner: QWidget, func: Callable[[Task], Any], *, title: str, label: str = "",
              db: Database | None = None, pool: Any = None) -> Any:
    """Run ``func(task)`` through :func:`run_task` and wait for it with the event loop running.

    For the steps a caller must finish before it can go on (a wizard page's 下一步, a button that
    then shows its result): the window stays responsive and the progress dialog's 取消 works while
    the job runs on the pool. Returns the result; raises :class:`Cancelled` when the user cancelled
    and :class:`TaskFailed` with the user's message when the job failed.
    """
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    guard = _InputGuard()

    def settle(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    handle = run_task(owner, func, lambda result: settle("result", result), db=db, title=title, label=label,
                      pool=pool, on_error=lambda message: settle("error", message),
                      on_cancelled=lambda: settle("cancelled", True))
    owner.destroyed.connect(loop.quit)
    if handle.running and not outcome:
        guard.dialog = handle.dialog
        app = QApplication.instance()
        app.installEventFilter(guard)
        try:
            loop.exec()
        finally:
            app.removeEventFilter(guard)
    if "cancelled" in outcome:
        raise Cancelled()
    if "error" in outcome:
        raise TaskFailed(outcome["error"])
    if "result" not in outcome:  # the owner went away while the job ran
        raise Cancelled()
    return outcome["result"]
