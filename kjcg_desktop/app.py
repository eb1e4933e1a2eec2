"""Composition root: paths, logging, excepthook, QApplication, database, main window."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__
from .paths import log_dir

log = logging.getLogger("kjcg_desktop")


def setup_logging() -> Path:
    """Log to ``kjcg-desktop.log`` in the user log folder (rotating, 5 × 2 MB)."""
    try:
        path = log_dir() / "kjcg-desktop.log"
        if path.exists() and not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise PermissionError(path)
    except OSError:  # a read-only data folder: log to the temporary folder instead
        import tempfile

        path = Path(tempfile.gettempdir()) / f"kjcg-desktop-logs-{_user_tag()}" / "kjcg-desktop.log"
        path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == path.resolve():
            return path
        root.removeHandler(old)  # another log folder (tests, a changed KJCG_DATA_DIR)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def _user_tag() -> str:
    try:
        return str(os.getuid())
    except AttributeError:  # Windows: the temporary folder is per user already
        return "user"


def install_excepthook() -> None:
    """Log unexpected errors (with the traceback) to the log file and show them in a dialog with a
    copy-report button; the event loop keeps running. Exceptions in worker threads are logged
    there and their dialog is shown on the GUI thread."""

    def report(text: str, notice: tuple[str, str] | None) -> None:
        try:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is None:
                return
            from .ui.crash import crash_reporter

            # signals are queued to the GUI thread when the error was raised in another thread
            if notice is not None:
                crash_reporter().notice.emit(*notice)
            else:
                crash_reporter().report.emit(text)
        except Exception:  # the hook itself must never fail
            log.exception("无法显示错误对话框")

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        text = (f"KJCG Desktop {__version__}，Python {sys.version.split()[0]}，{sys.platform}\n"
                f"日志文件：{log_dir() / 'kjcg-desktop.log'}\n{text}")
        log.error("未处理的异常\n%s", text)
        for handler in logging.getLogger().handlers:
            handler.flush()
        try:
            notice = known_error(exc)
        except Exception:
            notice = None
        report(text, notice)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from .ui.crash import crash_reporter

        crash_reporter()  # created on the GUI thread


def open_main_window(db, *, first_run: bool = True):
    """The main window on ``db``, after the first-run welcome when the database is new."""
    from .ui.first_run import IMPORT, FirstRunDialog, needs_first_run
    from .ui.main_window import MainWindow

    choice = None
    if first_run and needs_first_run(db):
        dialog = FirstRunDialog(db)
        if dialog.exec() == FirstRunDialog.DialogCode.Accepted:
            choice = dialog.choice
    window = MainWindow(db)
    window.show()
    if choice == IMPORT:
        window.start_import()
    return window


def known_error(exc: BaseException) -> tuple[str, str] | None:
    """A Chinese title and message for errors users can act on (no traceback for those)."""
    import sqlite3

    from .domain import DomainError
    from .storage import StorageError
    from .storage.db import explain_error, sqlite_code

    code = sqlite_code(exc) if isinstance(exc, sqlite3.Error) else ""
    if code.startswith("SQLITE_READONLY"):
        return "只读模式", ("数据库以只读方式打开（另一个实例正在使用它，或数据文件夹是只读的），不能修改数据。"
                         "请在可以修改的地方操作，或关闭另一个实例后重新打开本程序。")
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "数据库忙", explain_error(exc, _current_db_path())
    if isinstance(exc, (DomainError, StorageError)):
        return "操作未完成", str(exc)
    known = explain_error(exc, _current_db_path())
    if known:
        return "操作未完成", known
    return None


def _current_db_path():
    """The database the GUI has open (for naming who holds its lock), if any."""
    try:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            db = getattr(widget, "db", None)
            if db is not None and getattr(db, "path", None) is not None:
                return db.path
    except Exception:
        pass
    return None


def has_display() -> bool:
    """Whether Qt can open a window here: always on Windows and macOS; on Linux a desktop session
    (X11 ``DISPLAY`` or Wayland) or an explicit ``QT_QPA_PLATFORM`` (e.g. offscreen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


NO_DISPLAY_MESSAGE = ("无法启动图形界面：没有可用的桌面会话（未设置 DISPLAY 或 WAYLAND_DISPLAY）。"
                      "请在桌面环境中启动本程序；在服务器上可使用命令行子命令（kjcg-desktop --help）。")


def confirm_new_database(db_path: Path) -> bool:
    """Before a database is created at a path that is not the default one (a mistyped ``--db``),
    the user is asked; True when the file exists, is the default, or the user agrees."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .paths import default_db_path

    if db_path.exists() or db_path.resolve() == default_db_path().resolve():
        return True
    answer = QMessageBox.question(
        None, QCoreApplication.translate("app", "新建数据库？"),
        QCoreApplication.translate("app", "数据库文件 {0} 不存在。\n要在此位置新建一个空数据库吗？"
                                   "（如果路径写错了，请选“否”并检查 --db）").format(db_path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def start_gui(db_path: Path | str, argv: list[str] | None = None):
    """Everything of :func:`run_gui` before the event loop: returns the shown main window, or None
    when the database is not to be opened (damaged without a good backup, the user declined, …)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .paths import moved_database_missing, resources_dir
    from .storage import Settings
    from .ui.i18n import apply_language
    from .ui.startup import open_for_gui

    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("KJCG Desktop")
    app.setApplicationDisplayName("科技成果转化管理")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kjcg.png")))
    install_excepthook()
    if isinstance(db_path, str):  # the office server (postgresql://…)
        return _start_on_server(app, db_path)
    if moved_database_missing(db_path):
        apply_language(None)
        QMessageBox.critical(None, QCoreApplication.translate("app", "找不到数据库"), QCoreApplication.translate(
            "app", "数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。").format(db_path))
        return None
    if not confirm_new_database(Path(db_path)):
        return None
    apply_language(None)  # the questions asked while opening (read-only offer, backup failed) in Chinese
    opened = open_for_gui(Path(db_path))
    if opened is None:
        return None
    apply_language(Settings(opened.db).get("language"))
    # deliver the LanguageChange now, before the window exists, rather than to the new window later
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    window = open_main_window(opened.db, first_run=not opened.read_only)
    window.opened = opened  # keeps the instance lock for the life of the window
    if opened.read_only:
        window.setWindowTitle(window.windowTitle() + window.tr("［只读］"))
        if opened.read_only_location:
            window.db_label.setText(window.db_label.text() + window.tr("（只读：数据文件夹或数据库文件不可写）"))
        else:
            window.db_label.setText(window.db_label.text() + window.tr("（只读：另一个实例正在使用）"))
    else:  # the writing instance applies due abandonments (1-2 第十一条); a read-only one cannot
        from .ui.deals_page import schedule_abandonment_checks

        schedule_abandonment_checks(window, opened.db)
    app.aboutToQuit.connect(opened.close)
    from .services.forms import load_forms_lenient

    _, form_errors = load_forms_lenient()
    if form_errors:  # a malformed forms/*.toml: say which file, line and field; the other forms still work
        QMessageBox.warning(window, "表单定义有误", "\n".join(str(e) for e in form_errors))
    return window


def _start_on_server(app, url: str):
    """The main window on the office server's database (asking for the password when needed)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from .storage import Settings
    from .ui.i18n import apply_language
    from .ui.server_dialog import open_server_for_gui

    apply_language(None)
    opened = open_server_for_gui(url)
    if opened is None:
        return None
    apply_language(Settings(opened.db).get("language"))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    window = open_main_window(opened.db, first_run=not opened.read_only)
    window.opened = opened
    if opened.read_only:
        window.setWindowTitle(window.windowTitle() + window.tr("［只读］"))
        window.db_label.setText(window.db_label.text() + window.tr("（只读：您的账号只能查看）"))
    else:
        from .ui.deals_page import schedule_abandonment_checks

        schedule_abandonment_checks(window, opened.db)
    app.aboutToQuit.connect(opened.close)
    return window


def run_gui(db_path: Path | str, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    window = start_gui(db_path, argv)
    if window is None:
        return 1
    return QApplication.instance().exec()
