"""Opening the database for the GUI, safely: network-share warning, one writer (else read-only),
integrity check with the offer of the newest good backup, daily backup with rotation."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.backups import backup_due, daily_backup
from ..services.startup import check_at_start, newest_good_backup, recover_from_backup
from ..storage import Database, StorageError, open_database
from ..storage.db import read_only_reason
from ..storage.location import NETWORK_WARNING, is_network_path
from ..storage.lock import DatabaseInUse, DatabaseLock
from ..storage.lock import acquire as acquire_lock
from .busy import SPLASH_FROM_BYTES, busy_message

log = logging.getLogger(__name__)
Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


def tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)  # i18n: dynamic


@dataclass
class OpenedDatabase:
    db: Database
    lock: DatabaseLock | None  # None when opened read-only beside another instance
    daily_backup: Path | None = None
    read_only_location: str | None = None  # why the file or its folder cannot be written, if so

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def open_for_gui(db_path: Path, parent: QWidget | None = None) -> OpenedDatabase | None:
    """Open ``db_path`` for the main window, asking the user where a decision is needed; None if
    the database is not to be opened."""
    db_path = Path(db_path)
    if is_network_path(db_path):
        QMessageBox.warning(parent, tr("数据库位于网络驱动器"), tr(NETWORK_WARNING).format(path=db_path))
    reason = read_only_reason(db_path) if db_path.exists() else None
    if reason:
        return _open_read_only_location(db_path, reason, parent)
    try:
        lock = acquire_lock(db_path)
    except DatabaseInUse as busy:
        return _open_read_only(db_path, busy, parent)
    except OSError as exc:  # the lock file cannot be made: a folder nobody may write
        return _open_read_only_location(db_path, tr("无法在数据文件夹中创建锁文件：{0}").format(exc), parent)
    try:
        large = db_path.exists() and db_path.stat().st_size >= SPLASH_FROM_BYTES
        size = _size(db_path.stat().st_size) if large else ""
        with busy_message(tr("正在检查数据库（{0}）…").format(size), show_window=large):  # reads the whole file
            started = time.perf_counter()
            problems = check_at_start(db_path)
            log.info("启动检查 %s：%s，用时 %.2f 秒", db_path, "通过" if not problems else "未通过", time.perf_counter() - started)
        if problems and not _offer_backup(db_path, problems, parent):
            lock.release()
            return None
        try:
            db = open_database(db_path)
        except StorageError as exc:
            QMessageBox.critical(parent, tr("无法打开数据库"), str(exc))
            lock.release()
            return None
        opened = OpenedDatabase(db, lock)
        try:
            with busy_message(tr("正在进行今日自动备份（{0}）…").format(size), show_window=large and backup_due(db)):
                opened.daily_backup = daily_backup(db)
        except (StorageError, OSError, sqlite3.Error) as exc:  # a full disk must not keep the ledger closed
            log.warning("每日自动备份失败：%s", exc)
            QMessageBox.warning(parent, tr("自动备份失败"), tr("今天的自动备份未能完成：{0}\n数据库已正常打开，请尽快检查备份文件夹所在磁盘。")
                                .format(exc))
        return opened
    except BaseException:
        lock.release()
        raise


def _open_read_only(db_path: Path, busy: DatabaseInUse, parent: QWidget | None) -> OpenedDatabase | None:
    answer = QMessageBox.question(
        parent, tr("数据库正在使用中"),
        str(busy) + "\n\n" + tr("是否以只读方式打开？只读时可以查看和导出，但不能修改任何数据。"), Yes | No, No)
    if answer != Yes:
        return None
    problems = check_at_start(db_path)
    if problems:
        QMessageBox.critical(parent, tr("数据库检查未通过"), tr("数据库文件 {0} 检查未通过：\n{1}\n\n另一个实例正在使用它，"
                             "请在那里关闭程序后再打开，以便从备份恢复。").format(db_path, "\n".join(problems[:5])))
        return None
    try:
        return OpenedDatabase(open_database(db_path, read_only=True), None)
    except StorageError as exc:
        QMessageBox.critical(parent, tr("无法打开数据库"), str(exc))
        return None


def _open_read_only_location(db_path: Path, reason: str, parent: QWidget | None) -> OpenedDatabase | None:
    """The database file or its folder cannot be written: open it read-only and say why."""
    log.warning("数据库 %s 只读：%s", db_path, reason)
    problems = check_at_start(db_path)
    if problems:
        QMessageBox.critical(parent, tr("数据库检查未通过"), tr("数据库文件 {0} 检查未通过：\n{1}").format(
            db_path, "\n".join(problems[:5])))
        return None
    try:
        db = open_database(db_path, read_only=True)
    except StorageError as exc:
        QMessageBox.critical(parent, tr("无法打开数据库"), str(exc))
        return None
    QMessageBox.warning(parent, tr("以只读方式打开"), tr("{0}\n\n数据库已以只读方式打开：可以查看和导出，但不能修改。").format(reason))
    return OpenedDatabase(db, None, read_only_location=reason)


def _offer_backup(db_path: Path, problems: list[str], parent: QWidget | None) -> bool:
    """The file is damaged: offer the newest good backup. True if it was put in place."""
    log.error("数据库 %s 启动检查未通过：\n%s", db_path, "\n".join(problems))
    listed = "\n".join(problems[:3]) + (tr("\n……（共 {0} 项，详见日志）").format(len(problems)) if len(problems) > 3 else "")
    good = newest_good_backup(db_path)
    if good is None:
        QMessageBox.critical(parent, tr("数据库已损坏"), tr(
            "数据库文件 {0} 检查未通过：\n{1}\n\n没有找到可用的完好备份。为避免进一步损坏，程序不会打开这个文件。"
            "请联系技术支持，并保留该文件。").format(db_path, listed))
        return False
    answer = QMessageBox.question(parent, tr("数据库已损坏"), tr(
        "数据库文件 {0} 检查未通过：\n{1}\n\n为避免进一步损坏，程序不会打开这个文件。\n"
        "是否用最新的完好备份恢复？\n  备份时间：{2}\n  类型：{3}\n  大小：{4}\n"
        "损坏的文件会先另存到备份文件夹的 damaged 子文件夹中。备份之后的修改需要重新录入。").format(
            db_path, listed, good.taken.strftime("%Y-%m-%d %H:%M"), good.kind_label, _size(good.size)), Yes | No, Yes)
    if answer != Yes:
        return False
    try:
        kept = recover_from_backup(db_path, good.path)
    except (StorageError, OSError) as exc:
        QMessageBox.critical(parent, tr("恢复失败"), tr("从备份恢复失败：{0}").format(exc))
        return False
    log.warning("数据库 %s 损坏（%s），已用备份 %s 恢复；损坏的文件保留为 %s", db_path, listed, good.path, kept)
    QMessageBox.information(parent, tr("已从备份恢复"), tr("已用 {0} 的备份恢复数据库。\n损坏的文件已保留为：{1}").format(
        good.taken.strftime("%Y-%m-%d %H:%M"), kept))
    return True
