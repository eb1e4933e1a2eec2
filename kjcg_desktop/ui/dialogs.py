"""Small shared dialogs and the scaffolding of panels that list records and open entry dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import clock

if TYPE_CHECKING:
    from ..storage import Database


class RecordsPanel(QWidget):
    """A panel that lists records and opens entry dialogs: its database, its clock and how a
    dialog is run (tests pass a function that fills and accepts it)."""

    def __init__(self, db: Database, *, today: Callable[[], date] = clock.today,
                 run_dialog: Callable[[QDialog], int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())


def output_refused(parent, path, db_path, *, inputs=(), folder: bool = False) -> bool:
    """Check a path the user chose to save to (services.output_paths); when it must not be written
    (the open database, a backup, the input file…) say why and return True."""
    from PySide6.QtWidgets import QMessageBox

    from ..services.output_paths import OutputPathError, check_output_folder, check_output_path

    try:
        if folder:
            check_output_folder(path, db_path=db_path)
        else:
            check_output_path(path, db_path=db_path, inputs=inputs)
    except OutputPathError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("OutputPath", "不能保存到这里"), str(exc))
        return True
    return False


def show_crash_dialog(report: str, parent=None) -> QDialog | None:
    if QApplication.instance() is None:
        return None
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("CrashDialog", "发生意外错误"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(QCoreApplication.translate(
        "CrashDialog", "程序遇到意外错误，已写入日志。您的数据已保存在最近一次操作完成时的状态。\n请复制下面的报告发送给技术支持。")))
    text = QPlainTextEdit(report)
    text.setReadOnly(True)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("CrashDialog", "关闭"))
    copy = buttons.addButton(QCoreApplication.translate("CrashDialog", "复制报告"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 420)
    dialog.open()
    return dialog
