"""The database: opening, pragmas, transactions and the few query helpers every repository uses.

All SQL of the application lives in ``kjcg_desktop.storage``. The connection runs in autocommit
mode and every write goes through :meth:`Database.transaction`, one ``BEGIN IMMEDIATE`` … ``COMMIT``,
so a failure or a killed process leaves the last committed state and nothing half-done.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported lazily: sqlite-utils costs ~0.2 s of start-up
    import sqlite_utils


class StorageError(RuntimeError):
    """A database problem with a Chinese message for the user."""


def _adapt_date(value: date) -> str:
    return value.isoformat()


sqlite3.register_adapter(date, _adapt_date)
sqlite3.register_adapter(datetime, lambda v: v.isoformat(timespec="seconds"))


def _is_network_path(path: Path) -> bool:
    from .location import is_network_path  # UNC paths, mapped network drives, NFS/SMB mounts

    return is_network_path(path)


class Database:
    """One open SQLite file. Create with :func:`open_database`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = False
        self._depth = 0

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested use joins the outer transaction (a savepoint rolls back
        the inner part on error)."""
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- queries -------------------------------------------------------------------------
    def query(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        """Insert one row and return its id. Dicts and lists are stored as JSON text."""
        cols = list(values)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        cur = self.conn.execute(sql, [_to_sql(values[c]) for c in cols])
        return int(cur.lastrowid)

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return
        sets = ", ".join(f"{c} = ?" for c in values)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*(_to_sql(v) for v in values.values()), row_id])

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return dict(row) if row else None

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils view of the same connection, for introspection (tables, columns, counts)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        self.conn.close()


def _to_sql(value: Any) -> Any:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # str enums
        return value.value
    return value


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """Open a connection with the pragmas the application relies on."""
    path = Path(path)
    if read_only:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # WAL is not safe on network file systems; keep the rollback journal there.
        network = _is_network_path(path)
        conn.execute("PRAGMA journal_mode = DELETE" if network else "PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL" if network else "PRAGMA synchronous = NORMAL")
    return conn


def open_database(path: Path | str, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    An existing file at an older schema version is backed up before the migration runs.
    """
    from .migrations import migrate as run_migrations

    path = Path(path)
    try:
        conn = connect(path, read_only=read_only)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"无法打开数据库文件 {path}：{exc}（文件可能已损坏或不是本软件的数据库）") from exc
    db = Database(conn, path)
    db.read_only = read_only
    if migrate and not read_only:
        run_migrations(db)
    _install_holidays(db)
    return db


def _install_holidays(db: Database) -> None:
    """The office's holiday notices become the calendar of every publicity count (R4)."""
    from .holidays import install

    try:
        install(db)
    except sqlite3.DatabaseError:  # an older file opened read-only: the built-in calendar applies
        from .. import domain

        domain.install_calendar(None)


def open_memory() -> Database:
    from .migrations import migrate as run_migrations

    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn, None)
    run_migrations(db)
    _install_holidays(db)
    return db
