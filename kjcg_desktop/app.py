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


def run_gui(db_path: Path, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .storage import StorageError, open_database
    from .ui.main_window import MainWindow

    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("KJCG Desktop")
    app.setApplicationDisplayName("科技成果转化管理")
    app.setApplicationVersion(__version__)
    install_excepthook()
    try:
        db = open_database(db_path)
    except StorageError as exc:
        QMessageBox.critical(None, "无法打开数据库", str(exc))
        return 1
    window = MainWindow(db)
    from .ui.deals_page import schedule_abandonment_checks  # automatic abandonment, 1-2 第十一条

    schedule_abandonment_checks(window, db)
    window.show()
    from .forms_engine import load_forms_lenient

    _, form_errors = load_forms_lenient()
    if form_errors:  # a malformed forms/*.toml: say which file, line and field; the other forms still work
        QMessageBox.warning(window, "表单定义有误", "\n".join(str(e) for e in form_errors))
    return app.exec()
