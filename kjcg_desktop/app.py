"""Composition root: paths, logging, excepthook, QApplication, database, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from . import __version__
from .paths import log_dir

log = logging.getLogger("kjcg_desktop")


def setup_logging() -> Path:
    path = log_dir() / "kjcg-desktop.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook() -> None:
    """Log unexpected errors and show them in a dialog with a copy-report button."""

    def hook(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("未处理的异常\n%s", text)
        from .ui.dialogs import show_crash_dialog

        show_crash_dialog(text)

    sys.excepthook = hook


def open_main_window(db):
    """The main window on ``db``, after the first-run welcome when the database is new."""
    from .ui.first_run import IMPORT, FirstRunDialog, needs_first_run
    from .ui.main_window import MainWindow

    choice = None
    if needs_first_run(db):
        dialog = FirstRunDialog(db)
        if dialog.exec() == FirstRunDialog.DialogCode.Accepted:
            choice = dialog.choice
    window = MainWindow(db)
    window.show()
    if choice == IMPORT:
        window.start_import()
    return window


def run_gui(db_path: Path, argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .paths import moved_database_missing, resources_dir
    from .storage import Settings, StorageError, open_database
    from .ui.i18n import apply_language

    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("KJCG Desktop")
    app.setApplicationDisplayName("科技成果转化管理")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kjcg.png")))
    install_excepthook()
    if moved_database_missing(db_path):
        apply_language(None)
        QMessageBox.critical(None, QCoreApplication.translate("app", "找不到数据库"), QCoreApplication.translate(
            "app", "数据库文件 {0} 不存在。数据文件夹已移到该位置，请确认所在的磁盘或网络盘已连接。").format(db_path))
        return 1
    try:
        db = open_database(db_path)
    except StorageError as exc:
        apply_language(None)
        QMessageBox.critical(None, QCoreApplication.translate("app", "无法打开数据库"), str(exc))
        return 1
    apply_language(Settings(db).get("language"))
    window = open_main_window(db)  # noqa: F841 (kept alive while the event loop runs)
    return app.exec()
