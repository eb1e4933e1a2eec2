"""The crash reporter: receives error reports from any thread and shows the crash dialog on the
GUI thread, keeping the dialogs alive until they are closed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .dialogs import show_crash_dialog


class CrashReporter(QObject):
    report = Signal(str)  # an unexpected error: the crash dialog with the report
    notice = Signal(str, str)  # a known error that escaped its action: title, Chinese message

    def __init__(self) -> None:
        super().__init__()
        self.dialogs: list[QDialog] = []
        self.notices: list[tuple[str, str]] = []
        self.report.connect(self._show)
        self.notice.connect(self._notice)

    def _notice(self, title: str, text: str) -> None:
        self.notices.append((title, text))
        QMessageBox.warning(QApplication.activeWindow(), title, text)

    def _show(self, text: str) -> None:
        dialog = show_crash_dialog(text, QApplication.activeWindow())
        if dialog is None:
            return
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)


_reporter: CrashReporter | None = None


def crash_reporter() -> CrashReporter:
    """The one reporter, living on the GUI thread (create it there first)."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter()
        _reporter.moveToThread(QApplication.instance().thread())
    return _reporter
