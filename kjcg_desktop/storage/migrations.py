"""Schema migrations, one ordered list, tracked by ``PRAGMA user_version``.

Each migration runs in its own transaction. Before migrating an existing file (user_version > 0
and behind), a verified copy is written with the SQLite online backup API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .db import Database, StorageError

Migration = Callable[[Database], None]


def _run_script(db: Database, script: str) -> None:
    """Execute a SQL script statement by statement inside the current transaction
    (``executescript`` would commit on its own)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise StorageError(f"迁移脚本不完整：{buffer[:80]}")


def _v1_initial_schema(db: Database) -> None:
    _run_script(db, (Path(__file__).with_name("schema_v1.sql")).read_text(encoding="utf-8"))


def _v2_report_indexes(db: Database) -> None:
    """Indexes the annual report's year queries use (confidential filter, registration and
    expenditure dates), so the indicators of a 100,000-achievement ledger take well under a second."""
    db.execute("CREATE INDEX IF NOT EXISTS achievements_confidential ON achievements(confidential)")
    db.execute("CREATE INDEX IF NOT EXISTS achievements_registration ON achievements(registration_date)")
    db.execute("CREATE INDEX IF NOT EXISTS expenditures_date ON expenditures(date)")


MIGRATIONS: list[Migration] = [
    _v1_initial_schema,
    _v2_report_indexes,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database, *, backup_dir: Path | None = None) -> list[int]:
    """Bring ``db`` to :data:`SCHEMA_VERSION`; return the versions applied."""
    current = db.user_version
    if current > SCHEMA_VERSION:
        raise StorageError(
            f"数据库版本（{current}）高于本软件支持的版本（{SCHEMA_VERSION}），请升级 KJCG Desktop 后再打开"
        )
    if current == SCHEMA_VERSION:
        return []
    if current > 0 and db.path is not None:
        from .backup import backup_database

        backup_database(db, reason=f"before-migration-v{current}-to-v{SCHEMA_VERSION}", folder=backup_dir)
    applied = []
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.transaction():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
