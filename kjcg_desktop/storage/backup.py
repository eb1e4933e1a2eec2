"""Copies of the database with the SQLite online backup API, verified after writing."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from ..paths import backup_dir_for
from .db import Database, StorageError


def verify_database_file(path: Path) -> None:
    """Raise :class:`StorageError` unless ``path`` is a sound SQLite file."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"备份文件 {path} 无法读取：{exc}") from exc
    if result != "ok":
        raise StorageError(f"备份文件 {path} 校验失败：{result}")


def restorable_problem(path: Path) -> str | None:
    """Why the file at ``path`` must not replace the database (Chinese), or None when it is a
    sound KJCG Desktop database of this or an older version: not empty, a SQLite file, this
    application's id (or, for files from before the id, its tables), a version this software
    knows, and ``PRAGMA integrity_check`` clean. The file is only read."""
    from .migrations import APPLICATION_ID, APPLICATION_ID_VERSION, CORE_TABLES, SCHEMA_VERSION

    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            magic = fh.read(16)
    except OSError as exc:
        return f"无法读取 {path}：{exc.strerror or exc}"
    if size == 0:
        return f"{path} 是空文件（0 字节），不是数据库备份"
    if magic != b"SQLite format 3\x00":
        return f"{path} 无法读取为数据库：不是数据库文件（不是 SQLite 格式）"
    try:
        conn = _read_only(path)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if app_id not in (0, APPLICATION_ID):
                return f"{path} 是其他程序的数据库（application_id {app_id:#x}），不是 KJCG Desktop 的数据库"
            if version == 0 or not set(CORE_TABLES) <= tables:
                missing = [t for t in CORE_TABLES if t not in tables]
                what = "空的数据库" if not tables else "其他程序的数据库"
                return f"{path} 是{what}，不是 KJCG Desktop 的数据库（缺少数据表：{'、'.join(missing[:5])}）"
            if app_id == 0 and version >= APPLICATION_ID_VERSION:
                return f"{path} 的数据库版本为 {version}，却没有 KJCG Desktop 的标识，不是本软件写出的数据库"
            if version > SCHEMA_VERSION:
                return (f"{path} 来自更新版本的软件（数据库版本 {version}，本软件支持 {SCHEMA_VERSION}），"
                        "请升级 KJCG Desktop 后再恢复")
            result = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"{path} 无法读取（{exc}），文件可能已损坏或不是数据库"
    if result != ["ok"]:
        return f"{path} 完整性检查未通过：{result[0]}"
    return None


def migration_problem(path: Path) -> str | None:
    """Run the migrations on a scratch copy of the database file at ``path`` (the file itself is
    not touched); the reason they fail, or None."""
    import shutil
    import tempfile

    from .migrations import apply_migrations

    with tempfile.TemporaryDirectory(prefix="kjcg-restore-") as folder:
        scratch = Path(folder) / "check.sqlite3"
        src = _read_only(path)
        try:
            dest = sqlite3.connect(str(scratch))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        conn = sqlite3.connect(str(scratch), isolation_level=None)
        conn.row_factory = sqlite3.Row
        try:
            apply_migrations(Database(conn, None))
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except (sqlite3.Error, StorageError) as exc:
            return f"{path} 无法升级到本软件的数据库版本：{exc}"
        finally:
            conn.close()
        shutil.rmtree(folder, ignore_errors=True)
    return None if result == "ok" else f"{path} 升级后检查未通过：{result}"


def file_problems(path: Path, *, limit: int = 10) -> list[str]:
    """``PRAGMA quick_check`` and ``PRAGMA foreign_key_check`` of the file at ``path``, as Chinese
    messages (empty when sound). Used at start-up, before the file is opened for work."""
    path = Path(path)
    from .db import read_only_reason

    try:
        if read_only_reason(path):  # read it without creating -shm/-journal files it may not write
            conn = _read_only(path)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                conn.close()
                conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        else:
            conn = sqlite3.connect(str(path), timeout=5)
        try:
            quick = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if quick != ["ok"]:
                lines = [line.strip() for q in quick for line in str(q).splitlines()
                         if line.strip() and not line.startswith("***")]
                shown = [f"结构检查失败：{line}" for line in lines[:limit]]
                if len(lines) > limit:
                    shown.append(f"……共 {len(lines)} 处错误")
                return shown
            keys = conn.execute("PRAGMA foreign_key_check").fetchmany(limit)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"无法读取：{exc}"]
    return [f"外键不一致：表 {r[0]} 第 {r[1]} 行引用的 {r[2]} 不存在" for r in keys]


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=5)


def database_file_version(path: Path) -> int:
    """``PRAGMA user_version`` of a database file (opened read-only)."""
    conn = _read_only(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def last_event_of_file(path: Path) -> tuple[int, str] | None:
    """(id, hash) of the last event-log entry in a database file, e.g. a backup; None if it has
    none or cannot be read."""
    try:
        conn = _read_only(path)
        try:
            row = conn.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (int(row[0]), str(row[1])) if row else None


ANCHORS_FILE = "anchors.jsonl"


def anchors_path(db_path: Path) -> Path:
    """Where the event-log heads of this database's verified backups are recorded: one JSON line a
    backup (taken, file, last event id and hash), kept when the backup itself is rotated away."""
    return backup_dir_for(db_path) / ANCHORS_FILE


def record_anchor(db_path: Path, backup: Path) -> None:
    """Record the head of the event log in the verified ``backup`` of ``db_path``. A history
    rewritten later outside the app disagrees with it. Never fails the backup itself."""
    import json
    import logging

    head = last_event_of_file(backup)
    line = {"taken": datetime.now().isoformat(timespec="seconds"), "file": str(Path(backup).resolve()),
            "last_id": head[0] if head else 0, "last_hash": head[1] if head else None}
    try:
        path = anchors_path(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as exc:
        logging.getLogger(__name__).warning("无法记录备份的事件日志头：%s", exc)


def record_restore_anchor(db_path: Path, source: Path, head: tuple[int, str] | None, kept: Path | None) -> None:
    """Record a restore made by the app (source, its head, the copy kept), for ``check`` to match
    the ``restore`` entry of the log against."""
    import json
    import logging

    line = {"taken": datetime.now().isoformat(timespec="seconds"), "restore": True, "source": str(source),
            "source_head": list(head) if head else None, "kept": kept.name if kept else None,
            "last_id": head[0] if head else 0, "last_hash": head[1] if head else None}
    try:
        path = anchors_path(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    except OSError as exc:
        logging.getLogger(__name__).warning("无法记录恢复：%s", exc)


def read_anchors(db_path: Path) -> list[dict[str, Any]]:
    """The recorded heads, oldest first (unreadable lines are skipped)."""
    import json

    try:
        lines = anchors_path(db_path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    anchors = []
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and isinstance(item.get("last_id"), int) and item.get("taken"):
            anchors.append(item)
    return anchors


def event_hash_of_file(path: Path, event_id: int) -> str | None:
    """The hash of event ``event_id`` in a database file (e.g. the copy kept before a restore)."""
    try:
        conn = _read_only(path)
        try:
            row = conn.execute("SELECT hash FROM events WHERE id = ?", (event_id,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (online backup API) and verify it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        if tmp.exists():
            tmp.unlink()
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        verify_database_file(tmp)
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        _discard(tmp)  # never leave a partial or unverified copy behind
        from .db import explain_error

        raise StorageError(f"备份未能写入 {target}：{explain_error(exc, target) or exc}") from exc
    except BaseException:
        _discard(tmp)
        raise
    return target


def _discard(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            Path(str(tmp) + suffix).unlink(missing_ok=True)


def backup_database(db: Database, *, reason: str = "manual", folder: Path | None = None, target: Path | None = None) -> Path:
    """Back up ``db`` into its backup folder (or to ``target``); returns the file written."""
    if target is None:
        if db.path is None:
            raise StorageError("内存数据库无法备份")
        folder = folder or backup_dir_for(db.path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = Path(folder) / f"{Path(db.path).stem}-{stamp}-{reason}.sqlite3"
    written = copy_database(db.conn, target)
    if db.path is not None:
        record_anchor(db.path, written)
    return written
