"""Opening a database file for work: refuse another program's file or a read-only location, connect
with the application's pragmas, back up an older file and migrate it, and install the office's
holiday calendar. :mod:`.db` is the connection alone; :mod:`.migrations` the schema steps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import migrations
from .backup import backup_database
from .db import (
    Database,
    ReadOnlyLocation,
    StorageError,
    connect,
    explain_error,
    read_only_reason,
    sqlite_code,
)
from .holidays import install
from .migrations import APPLICATION_ID, apply_migrations


def migrate(db: Database, *, backup_dir: Path | None = None) -> list[int]:
    """Bring ``db`` to :data:`.migrations.SCHEMA_VERSION`; return the versions applied. An existing file behind
    the current version is first copied (verified) to the backup folder."""
    current, target = db.user_version, migrations.SCHEMA_VERSION
    if 0 < current < target and db.path is not None:
        backup_database(db, reason=f"before-migration-v{current}-to-v{target}", folder=backup_dir)
    return apply_migrations(db)


_migrate = migrate  # open_database's own ``migrate`` argument hides the name


def open_database(path: Path | str, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    An existing file at an older schema version is backed up before the migration runs. A
    ``postgresql://`` URL opens that database on the office server instead (:mod:`.pg`).
    """
    if isinstance(path, str) and path.split(":", 1)[0].lower() in ("postgresql", "postgres"):
        from .pg import open_server

        return open_server(path, migrate=migrate, read_only=read_only)
    path = Path(path)
    if not read_only:
        refusal = read_only_reason(path)
        if refusal:
            raise ReadOnlyLocation(refusal)
    foreign = _foreign_file(path)
    if foreign:  # checked before anything (even the journal mode) is written to it
        raise StorageError(f"{path} {foreign}，不是 KJCG Desktop 的数据库，本软件不会打开或改动它。请用 --db 指定本软件的数据库文件。")
    try:
        conn = connect(path, read_only=read_only)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        known = explain_error(exc, path)
        if known and not sqlite_code(exc).startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            raise StorageError(f"无法打开数据库文件 {path}：{known}") from exc
        raise StorageError(f"无法打开数据库文件 {path}：{exc}（文件可能已损坏或不是本软件的数据库）") from exc
    db = Database(conn, path)
    db.read_only = read_only
    if migrate and not read_only:
        try:
            _migrate(db)
        except sqlite3.Error as exc:
            conn.close()
            raise StorageError(explain_error(exc, path) or f"数据库 {path} 升级失败：{exc}") from exc
    _install_holidays(db)
    return db


def _install_holidays(db: Database) -> None:
    """The office's holiday notices become the calendar of every publicity count (R4)."""
    try:
        install(db)
    except sqlite3.DatabaseError:  # an older file opened read-only: the built-in calendar applies
        from .. import domain

        domain.install_calendar(None)


def _foreign_file(path: Path) -> str | None:
    """Why the SQLite file at ``path`` is another program's database (a different application id,
    or tables but no schema version of ours), or None. A missing or empty file is ours to create;
    a file that cannot be read is left to the caller's own error."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return None
    if app_id and app_id != APPLICATION_ID:
        return f"是其他程序的数据库（application_id {app_id:#x}）"
    if app_id == 0 and version == 0 and tables:
        return "已含有其他程序的数据表"
    return None


def open_memory() -> Database:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn, None)
    migrate(db)
    _install_holidays(db)
    return db
