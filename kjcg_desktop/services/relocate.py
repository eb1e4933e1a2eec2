"""Where the data lives: moving the data folder safely, and starting afresh after the demo.

Steps: a backup of the database in its current backups/ folder; a copy with the SQLite online
backup API (:func:`storage.backup.copy_database`, verified with ``quick_check``); the attachments
copied and checked by size; the new location recorded in ``location.json`` (paths.location_file) so
the next start opens it. The old files stay where they were (renamed ``*.moved-<date>``
by :func:`retire_old_database` once the new one is open) — nothing is deleted.

:func:`start_fresh` replaces the demo data by an empty database in the same place (backup first).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..paths import DB_FILENAME, attachments_dir_for, location_file
from ..storage.attachments import file_sha256
from ..storage.backup import anchors_path, backup_database, copy_database, verify_database_file
from ..storage.db import Database, StorageError
from ..storage.events import log_event
from ..storage.opening import open_database
from ..storage.settings import Settings
from ..storage.stats import event_count


@dataclass(frozen=True)
class MoveResult:
    old_path: Path
    new_path: Path
    backup: Path
    attachments: int


def move_database(db: Database, folder: Path) -> tuple[Database, MoveResult]:
    """Copy ``db`` into ``folder`` and return the newly opened database there (``db`` stays open;
    the caller switches over and closes it)."""
    if db.path is None:
        raise StorageError("内存数据库不能移动")
    old_path = Path(db.path).resolve()
    folder = Path(folder).resolve()
    target = folder / DB_FILENAME
    if target == old_path:
        raise StorageError(f"数据库已经在文件夹 {folder} 中")
    if target.exists():
        raise StorageError(f"目标文件夹 {folder} 中已有数据库文件 {DB_FILENAME}，请选择空文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".kjcg-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise StorageError(f"无法写入文件夹 {folder}：{exc}") from exc
    backup = backup_database(db, reason="before-move")
    copy_database(db.conn, target)
    verify_database_file(target)
    copied = _copy_attachments(attachments_dir_for(old_path), attachments_dir_for(target))
    _carry_anchors(old_path, target)
    new_db = open_database(target)
    try:
        if event_count(new_db) != event_count(db):
            raise StorageError(f"复制到 {target} 的数据库与原数据库不一致，未切换")
        with new_db.transaction():
            log_event(new_db, "settings", None, "move_data_folder", old={"db_path": str(old_path)},
                      new={"db_path": str(target), "backup": str(backup), "attachments": copied})
    except BaseException:
        new_db.close()
        raise
    record_location(target)
    return new_db, MoveResult(old_path, target, backup, copied)


def _copy_attachments(source: Path, target: Path) -> int:
    if not source.exists():
        return 0
    count = 0
    for path in source.rglob("*"):
        if not path.is_file():
            continue
        dest = target / path.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        if dest.stat().st_size != path.stat().st_size or (_is_sha_name(dest) and file_sha256(dest) != dest.stem):
            raise StorageError(f"附件 {path.name} 复制到 {dest} 后校验不一致")
        count += 1
    return count


def _is_sha_name(path: Path) -> bool:
    return len(path.stem) == 64 and all(c in "0123456789abcdef" for c in path.stem)


def record_location(db_path: Path) -> Path:
    """Remember ``db_path`` as the database to open on the next start."""
    path = location_file()
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps({"db_path": str(Path(db_path).resolve())}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    return path


def retire_old_database(old_path: Path) -> Path | None:
    """Rename the old database file (after it was closed) so it is not mistaken for the current one."""
    old_path = Path(old_path)
    if not old_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    retired = old_path.with_name(f"{old_path.name}.moved-{stamp}")
    old_path.replace(retired)
    for suffix in ("-wal", "-shm"):
        Path(str(old_path) + suffix).unlink(missing_ok=True)
    return retired


def start_fresh(db: Database) -> tuple[Database, Path]:
    """Replace the (demo) data with an empty database in the same place, keeping the settings.

    The current database is first backed up (``-before-clear``), then closed and renamed
    ``*.cleared-<date>`` together with its attachments folder, so nothing is deleted. Returns the new
    database and the backup. ``db`` is closed afterwards; on failure the old file is put back.
    """
    if db.path is None:
        raise StorageError("内存数据库不能清空")
    path = Path(db.path).resolve()
    keep = {key: value for key, value in Settings(db).all().items() if key != "demo_data"}
    backup = backup_database(db, reason="before-clear")
    db.close()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    retired = path.with_name(f"{path.name}.cleared-{stamp}")
    path.replace(retired)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    attachments = attachments_dir_for(path)
    if attachments.exists():
        attachments.replace(attachments.with_name(f"attachments.cleared-{stamp}"))
    try:
        new_db = open_database(path)
        Settings(new_db).set_many(keep)
        with new_db.transaction():
            log_event(new_db, "settings", None, "start_fresh", new={"backup": str(backup), "previous": str(retired)})
    except BaseException:
        path.unlink(missing_ok=True)
        retired.replace(path)
        raise
    return new_db, backup


def _carry_anchors(old_path: Path, target: Path) -> None:
    """The event-log heads recorded by the backups in the old folder follow the database, so
    ``check`` at the new place still compares the log with them."""
    import shutil

    old, new = anchors_path(old_path), anchors_path(target)
    if old.is_file():
        new.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(old, new)
