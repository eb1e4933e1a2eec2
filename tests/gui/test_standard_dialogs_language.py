"""Qt's own dialogs used by these pages speak the UI language: the task runner's progress dialog,
QInputDialog's buttons (完成人答复 in 费用), and the integrity check of 备份与恢复 on the runner."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QPushButton, QWidget

from kjcg_desktop.ui.i18n import apply_language
from kjcg_desktop.ui.tasks import Cancelled, run_modal


def _button_texts(widget: QWidget) -> set[str]:
    return {b.text().replace("&", "") for b in widget.findChildren(QPushButton)}


def test_progress_dialog_cancel_is_chinese(qtbot):
    from kjcg_desktop.ui import tasks

    apply_language("zh_CN")
    owner = QWidget()
    qtbot.addWidget(owner)
    handle = tasks.run_task(owner, lambda task: 1, lambda _r: None, title="导出", pool=tasks.ImmediatePool())
    assert handle.dialog is not None and _button_texts(handle.dialog) == {"取消"}
    assert handle.dialog.windowTitle() == "导出"


def test_input_dialog_buttons_are_chinese(qtbot):
    apply_language("zh_CN")
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.setComboBoxItems(["同意", "不同意"])
    dialog.show()
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert _button_texts(box) == {"确定", "取消"}


def test_input_dialog_buttons_follow_english(qtbot):
    apply_language("en")
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert _button_texts(dialog.findChild(QDialogButtonBox)) == {"OK", "Cancel"}


def test_integrity_check_runs_on_the_runner_and_shows_its_result(qtbot, db):
    from kjcg_desktop.ui.backup_page import BackupPage

    page = BackupPage(db)
    qtbot.addWidget(page)
    assert page.check_button.text() == "检查数据库…"
    report = page.check_now()
    assert report is not None and report.ok
    assert "检查通过" in page.status.text()


def test_a_cancelled_modal_job_raises_cancelled(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)

    def work(task):
        task.token.cancel()
        task.check()
    with pytest.raises(Cancelled):
        run_modal(owner, work, title="导出")


def test_a_second_click_while_a_modal_job_runs_does_not_start_it_again(qtbot):
    """Before the progress dialog appears, a click on the button that started the job is swallowed."""
    import threading

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QPushButton

    owner = QWidget()
    qtbot.addWidget(owner)
    button = QPushButton("导出", owner)
    owner.show()
    started: list[int] = []
    release = threading.Event()

    def work(task):
        release.wait(5)
        return len(started)

    def click() -> None:
        started.append(1)
        if len(started) == 1:
            QTimer.singleShot(50, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
            QTimer.singleShot(150, release.set)
            run_modal(owner, work, title="导出")
    button.clicked.connect(click)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert started == [1]
