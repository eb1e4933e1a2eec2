"""Backups with rotation (7 daily, 4 weekly, 12 monthly) and restore that keeps what it replaces."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

from ..paths import backup_dir_for
from ..storage import migrations
from ..storage.backup import (
    backup_database,
    copy_database,
    database_file_version,
    file_problems,
    last_event_of_file,
    migration_problem,
    record_restore_anchor,
    restorable_problem,
    verify_database_file,
)
from ..storage.db import Database, StorageError, connect
from ..storage.events import log_event
from ..storage.lock import acquire as acquire_lock
from ..storage.opening import open_database

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def list_backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path`` (``<stem>-<timestamp>-<reason>.sqlite3``), newest first. Backups of
    other databases kept in the same folder (``demo.sqlite3`` beside ``kjcg.sqlite3``) are not
    listed, so neither restored by mistake nor rotated away."""
    folder = backup_dir_for(db_path)
    if not folder.exists():
        return []
    prefix = Path(db_path).stem + "-"
    mine = [p for p in folder.glob("*.sqlite3") if p.name.startswith(prefix) and p.name[len(prefix):][:1].isdigit()]
    return sorted(mine, key=lambda p: p.stat().st_mtime, reverse=True)


def backup_due(db: Database, today: date | None = None) -> bool:
    """Whether today's daily backup is still to be made (by the system clock: backups are kept by
    the files' real times, whatever day the application is set to)."""
    today = today or date.today()
    if db.path is None:  # a database in memory has no backups
        return False
    return not any(p.name.endswith("-daily.sqlite3") and datetime.fromtimestamp(p.stat().st_mtime).date() == today
                   for p in list_backups(db.path))


def daily_backup(db: Database, today: date | None = None) -> Path | None:
    """Once a day on first start: back up unless a daily backup of today exists; then rotate."""
    if not backup_due(db, today):
        return None
    path = backup_database(db, reason="daily")
    if db.path is not None:
        rotate(db.path)
    return path


def rotate(db_path: Path) -> list[Path]:
    """Keep the newest daily backup of each of the last 7 days, of 4 weeks and of 12 months;
    delete other automatic (``-daily``) backups. Manual and pre-migration backups are kept."""
    daily = [p for p in list_backups(db_path) if p.name.endswith("-daily.sqlite3")]
    keep: set[Path] = set()
    seen_days: list[date] = []
    seen_weeks: list[tuple[int, int]] = []
    seen_months: list[tuple[int, int]] = []
    for p in daily:  # newest first
        day = datetime.fromtimestamp(p.stat().st_mtime).date()
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        month = (day.year, day.month)
        if day not in seen_days and len(seen_days) < KEEP_DAILY:
            seen_days.append(day)
            keep.add(p)
        if week not in seen_weeks and len(seen_weeks) < KEEP_WEEKLY:
            seen_weeks.append(week)
            keep.add(p)
        if month not in seen_months and len(seen_months) < KEEP_MONTHLY:
            seen_months.append(month)
            keep.add(p)
    removed = [p for p in daily if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def backup_to(db: Database, target: Path | None = None) -> Path:
    if getattr(db, "dialect", "sqlite") == "postgresql":  # the office server: a pg_dump copy
        from ..storage.pg.dump import dump_server

        return dump_server(db, Path(target) if target else None)
    return backup_database(db, reason="manual", target=Path(target) if target else None)


def restore(db_path: Path, source: Path) -> Path:
    """Replace the database at ``db_path`` with ``source`` after verifying it; the replaced file
    is first backed up (returned)."""
    source = Path(source)
    if not source.exists():
        raise StorageError(f"备份文件不存在：{source}")
    db_path = Path(db_path)
    from .output_paths import same_file

    if same_file(source, db_path):
        raise StorageError(f"不能用数据库文件 {source} 恢复它自己，请选择一个备份文件")
    # Everything about the source is verified before the live file is touched.
    problem = restorable_problem(source) or migration_problem(source)
    if problem:
        raise StorageError(f"不能恢复：{problem}。当前数据库未作任何改动。")
    verify_database_file(source)
    version = database_file_version(source)
    if version > migrations.SCHEMA_VERSION:
        raise StorageError(f"备份文件 {source} 来自更新版本的软件（数据库版本 {version}，本软件支持 {migrations.SCHEMA_VERSION}），"
                           "请升级 KJCG Desktop 后再恢复")
    # Never replace a file another instance has open (raises DatabaseInUse); re-entrant for the
    # GUI, which holds the lock of the database it restores.
    with acquire_lock(db_path):
        return _restore_locked(db_path, source)


def keep_damaged(db_path: Path) -> Path:
    """Copy a damaged database file byte for byte (with its -wal/-shm) to ``backups/damaged/``,
    where it is kept but not offered for restore; returns the copy."""
    db_path = Path(db_path)
    folder = backup_dir_for(db_path) / "damaged"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = folder / f"{db_path.stem}-{stamp}-damaged{db_path.suffix}"
    shutil.copy2(db_path, kept)  # the online backup API may refuse a damaged file
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(kept) + suffix))
    return kept


def _restore_locked(db_path: Path, source: Path) -> Path:
    kept = None
    if db_path.exists() and file_problems(db_path):
        kept = keep_damaged(db_path)  # restoring because it is damaged: keep it as it is
    elif db_path.exists():
        conn = connect(db_path)
        try:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            kept = copy_database(conn, backup_dir_for(db_path) / f"{db_path.stem}-{stamp}-before-restore.sqlite3")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    src = connect(source, read_only=True)
    try:
        copy_database(src, db_path)
    finally:
        src.close()
    # The restore is itself history (who put which copy in place, and what was kept); it also
    # tells `check` that backups taken before it are to agree with the kept copy, not with the
    # restored log — and the restored log must continue the source's head.
    head = last_event_of_file(source)
    db = open_database(db_path)
    try:
        with db.transaction():
            log_event(db, "database", None, "restore",
                      new={"source": source.name, "kept": kept.name if kept else None,
                           "kept_damaged": bool(kept and kept.parent.name == "damaged"),
                           "source_head": list(head) if head else None})
    finally:
        db.close()
    record_restore_anchor(db_path, source, head, kept)
    return kept or db_path


__all__ = ["list_backups", "daily_backup", "rotate", "backup_to", "restore", "keep_damaged"]
