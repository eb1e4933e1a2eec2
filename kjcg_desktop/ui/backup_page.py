"""备份与恢复 (under 设置): the backups of the open database with dates and sizes, a manual backup,
and restore with confirmation — the file being replaced is first backed up itself."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..paths import backup_dir_for, data_dir
from ..services.backups import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, backup_to, restore
from ..services.progress import Cancelled
from ..services.startup import BackupInfo, backups_of
from ..storage import Database, open_database
from ..storage.lock import DatabaseInUse, is_locked_by_other, read_holder
from .tasks import Task, TaskFailed, run_modal
from .text_table import TextTable

if TYPE_CHECKING:
    from ..services.integrity import CheckReport

log = logging.getLogger(__name__)
COL_TAKEN, COL_KIND, COL_SIZE, COL_FILE = range(4)


def format_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BackupPage(QWidget):
    """The list of backups and the restore action for ``db`` (an open, writable database)."""

    restored = Signal(str)  # the file that was restored

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        self.server = getattr(db, "location", None)  # the office server: backed up with pg_dump
        if self.server:
            self.info = QLabel(self.tr(
                "办公室服务器上的数据库由服务器备份（管理员用 pg_dump，见使用说明“办公室共享”）。"
                "“立即备份”在本机另写一份 pg_dump 副本（需要 PostgreSQL 客户端工具）。\n备份文件夹：{0}").format(
                    data_dir() / "backups"))
        else:
            self.info = QLabel(self.tr(
                "每天第一次启动时自动备份，保留最近 {0} 天、{1} 周、{2} 个月各一份；升级数据库前和恢复前也会自动备份。"
                "每个备份写入后都会校验。\n备份文件夹：{3}").format(KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, backup_dir_for(db.path)))
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.info)
        self.table = TextTable([self.tr("备份时间"), self.tr("类型"), self.tr("大小"), self.tr("文件")])
        self.table.align_right(COL_SIZE)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.restore_button.setToolTip(self.tr("用所选备份替换当前数据库；当前数据库会先另存为“恢复前备份”"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("从其他文件恢复…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.check_button = QPushButton(self.tr("检查数据库…"))
        self.check_button.setObjectName("check_database")
        self.check_button.setToolTip(self.tr("检查数据库文件、外键、事件记录链、附件和标记是否与规则一致（只读，不修改数据）"))
        self.check_button.clicked.connect(self.check_now)
        for b in (self.backup_button, self.restore_button, self.restore_file_button, self.check_button):
            buttons.addWidget(b)
        for b in (self.restore_button, self.restore_file_button):  # a server is restored with pg_restore
            b.setVisible(not self.server)
        self.table.setVisible(not self.server)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.backups = backups_of(self.db.path) if self.db.path is not None else []
        self.table.set_rows([[info.taken.strftime("%Y-%m-%d %H:%M:%S"), self.tr(info.kind_label),  # i18n: dynamic
                              format_size(info.size), info.path.name] for info in self.backups], as_text=True)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def backup_now(self) -> None:
        try:
            path = run_modal(self, lambda task: backup_to(task.db), title=self.tr("立即备份"),
                             label=self.tr("正在备份并校验…"), db=self.db)
        except Cancelled:
            return
        except TaskFailed as exc:
            QMessageBox.critical(self, self.tr("备份失败"), self.tr("备份失败：{0}").format(exc))
            return
        self.status.setText(self.tr("已备份并校验：{0}").format(path))
        self.refresh()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.restore_file(info.path, self.tr("{0} 的{1}").format(info.taken.strftime("%Y-%m-%d %H:%M"), self.tr(info.kind_label)))  # i18n: dynamic

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要恢复的数据库文件"), str(backup_dir_for(self.db.path)),
                                              self.tr("KJCG 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if name:
            self.restore_file(Path(name), name)

    def restore_file(self, source: Path, label: str) -> bool:
        """Ask, then replace the open database with ``source``; the connection of ``self.db`` is
        swapped in place so every page keeps working on the restored data."""
        answer = QMessageBox.question(
            self, self.tr("确认恢复"),
            self.tr("确定用 {0} 替换当前数据库吗？\n\n当前数据库会先另存为“恢复前备份”，需要时可以再恢复回来。"
                    "备份之后所做的修改将不在恢复后的数据库中。").format(label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path = Path(self.db.path)
        if is_locked_by_other(path):  # this window is the read-only one beside another instance
            QMessageBox.warning(self, self.tr("不能恢复"), str(DatabaseInUse(path, read_holder(path))) +
                                self.tr("\n请在那个程序中恢复，或先关闭它。"))
            return False
        self.db.close()
        try:
            kept = run_modal(self, lambda _task: restore(path, source), title=self.tr("恢复"),
                             label=self.tr("正在校验并恢复…"))
        except Cancelled:
            kept = None
        except TaskFailed as exc:
            QMessageBox.critical(self, self.tr("恢复失败"), self.tr("恢复失败，当前数据库未改动：{0}").format(exc))
            kept = None
        finally:
            self.db.conn = open_database(path).conn
        if kept is None:
            return False
        log.info("已从 %s 恢复数据库 %s；原文件另存为 %s", source, path, kept)
        self.status.setText(self.tr("已恢复。恢复前的数据库已另存为：{0}").format(kept))
        QMessageBox.information(self, self.tr("恢复完成"), self.tr("已恢复。恢复前的数据库已另存为：\n{0}").format(kept))
        self.refresh()
        self.restored.emit(str(source))
        return True


    def check_now(self) -> CheckReport | None:
        """Run the integrity check (read-only) on the task runner and show what it found."""
        from ..services.integrity import check_database

        def work(task: Task) -> CheckReport:
            task.progress(0, 0, self.tr("正在检查数据库…"))
            return check_database(task.db)
        try:
            report = run_modal(self, work, title=self.tr("检查数据库"), label=self.tr("正在检查数据库…"), db=self.db)
        except Cancelled:
            return None
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("检查数据库"), str(exc))
            return None
        if report.ok:
            self.status.setText(self.tr("检查通过：未发现问题。"))
        else:
            shown = "\n".join(report.problems[:20])
            more = len(report.problems) - 20
            if more > 0:
                shown += "\n" + self.tr("……另有 {0} 处").format(more)
            self.status.setText(self.tr("检查发现 {0} 处问题：\n{1}").format(len(report.problems), shown))
        return report


class BackupDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("备份与恢复"))
        layout = QVBoxLayout(self)
        self.page = BackupPage(db, self)
        layout.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 460)
