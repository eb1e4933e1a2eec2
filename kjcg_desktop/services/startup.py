"""Integrity at start: before the app opens a database for work it runs SQLite's quick check and
foreign-key check; a damaged file is not opened — the newest backup that passes the
same checks is offered instead. Restoring it first keeps a byte copy of the damaged file (with its
``-wal``/``-shm``, under ``backups/damaged/``) and then replaces the file atomically, so nothing is
thrown away and a crash in between leaves one whole file or the other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..storage.backup import file_problems
from ..storage.db import StorageError
from .backups import list_backups, restore


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    size: int
    kind: str  # daily / manual / before-migration / before-restore / other

    @property
    def kind_label(self) -> str:
        return {"daily": "每日自动备份", "manual": "手动备份", "before-migration": "升级前备份",
                "before-restore": "恢复前备份"}.get(self.kind, "其他备份")


def backup_info(path: Path) -> BackupInfo:
    path = Path(path)
    stat = path.stat()
    name = path.stem
    kind = "other"
    for candidate in ("before-migration", "before-restore", "daily", "manual"):
        if f"-{candidate}" in name:
            kind = candidate
            break
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, kind)


def backups_of(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    return [backup_info(p) for p in list_backups(db_path)]


def check_at_start(db_path: Path) -> list[str]:
    """Problems of the database file (empty if it is sound or does not exist yet)."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return []
    return file_problems(db_path)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check and the foreign-key check."""
    for info in backups_of(db_path):
        if not file_problems(info.path):
            return info
    return None


def recover_from_backup(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged ``db_path``, keeping the damaged file first (byte
    copy under ``backups/damaged/``). Returns where it was kept. Refused while another instance
    holds the database."""
    db_path, backup = Path(db_path), Path(backup)
    problems = file_problems(backup)
    if problems:
        raise StorageError(f"备份文件 {backup} 也未通过检查：{problems[0]}")
    return restore(db_path, backup)
