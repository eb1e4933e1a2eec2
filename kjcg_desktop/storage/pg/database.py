"""The office server: a PostgreSQL database behind the same :class:`~kjcg_desktop.storage.db.Database`
interface as the SQLite file.

:class:`PgConnection` stands where ``sqlite3.Connection`` stands: ``execute`` / ``executemany`` /
``cursor`` with the repositories' SQL (rewritten by :mod:`.sql`), rows that read by position and
by name (like ``sqlite3.Row``), and the few ``PRAGMA`` statements the repositories ask answered
from the server. :class:`PgDatabase` is the :class:`Database` with that connection, so
transactions, savepoints, ``one``/``query``/``scalar``/``execute``/``insert``/``update`` behave
the same on both backends.

Writers take turns. ``BEGIN IMMEDIATE`` (SQLite: one writer at a time) becomes ``BEGIN`` and a
transaction-level advisory lock, held until ``COMMIT``: the event log's hash chain, the ledger
numbers (KJCG-YYYY-NNNNN, gap-free per year) and every read-modify-write of a use case see the
last committed state and no other writer in between, while readers never wait. Statements run
in READ COMMITTED, so each one after the lock sees what the previous writer committed.

Errors become :class:`PgError` subclasses that are also the matching ``sqlite3`` exception
classes (callers that catch ``sqlite3.IntegrityError`` keep working) and
:class:`~kjcg_desktop.storage.errors.StorageError` with a Chinese message.

Timestamps (``created_at`` …) are ``timestamptz`` on the server (stored in UTC); the session's
time zone is the computer's, so they are written and read as the local ISO text the SQLite file
holds (``2026-12-06T13:43:08``).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from ..db import Database
from ..errors import StorageError
from .sql import translate

# The key of the advisory lock every write transaction holds ("KJCG").
WRITE_LOCK_KEY = 0x4B4A4347
# How long a writer waits for another colleague's transaction (SQLite: BUSY_TIMEOUT_MS).
LOCK_TIMEOUT_MS = 5000


class PgError(StorageError):
    """A server error with a Chinese message (also the matching ``sqlite3`` class)."""

    sqlite_errorname = ""


class PgIntegrityError(PgError, sqlite3.IntegrityError):
    pass


class PgBusyError(PgError, sqlite3.OperationalError):
    sqlite_errorname = "SQLITE_BUSY"


class PgReadOnlyError(PgError, sqlite3.OperationalError):
    sqlite_errorname = "SQLITE_READONLY"


class PgConnectionLost(PgError, sqlite3.OperationalError):
    sqlite_errorname = "SQLITE_IOERR"


class PgOperationalError(PgError, sqlite3.OperationalError):
    pass


def is_pg_url(text: str | None) -> bool:
    return bool(text) and str(text).split(":", 1)[0].lower() in ("postgresql", "postgres")


def describe_url(url: str) -> str:
    """The server and database of a connection URL without its password, for messages and the
    status bar: ``postgresql://clerk1@tto-server:5432/kjcg``."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"postgresql://{user}{parts.hostname or 'localhost'}{port}{parts.path or ''}"


def map_error(exc: BaseException, where: str = "办公室服务器") -> BaseException:
    """The :class:`PgError` for a psycopg error (anything else is returned as it is)."""
    import psycopg
    from psycopg import errors as e

    if not isinstance(exc, psycopg.Error) or isinstance(exc, PgError):
        return exc
    detail = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc).strip()
    if isinstance(exc, e.UniqueViolation):
        return PgIntegrityError(f"UNIQUE constraint failed：{detail}（{where}拒绝了重复的值，数据未改动）")
    if isinstance(exc, (e.ForeignKeyViolation, e.CheckViolation, e.NotNullViolation, e.IntegrityError, e.DataError)):
        return PgIntegrityError(f"{where}拒绝了这次修改：数据不符合数据库约束（{detail}），数据未改动")
    if isinstance(exc, (e.LockNotAvailable, e.QueryCanceled, e.DeadlockDetected, e.SerializationFailure)):
        return PgBusyError(f"数据库正被另一位同事写入，等待 {LOCK_TIMEOUT_MS // 1000} 秒后仍未轮到。"
                           "操作未完成，数据未改动，请稍后重试。")
    if isinstance(exc, (e.InsufficientPrivilege, e.ReadOnlySqlTransaction)):
        return PgReadOnlyError(f"您登录{where}所用的数据库账号只能查看，不能修改（{detail}）。"
                               "如需修改，请请管理员授予写入权限，或换用有写入权限的账号登录。")
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)):
        return PgConnectionLost(f"与{where}的连接已断开（{detail}）。这次操作未完成，数据未改动；"
                                "请检查网络后重试，软件会自动重新连接。")
    if isinstance(exc, e.UndefinedTable):
        return PgOperationalError(f"no such table：{detail}")
    return PgOperationalError(f"{where}执行失败：{detail}")


class Row(tuple[Any, ...]):
    """One result row: by position like a tuple, by column name like ``sqlite3.Row``."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_class(names: Sequence[str]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


def adapt(value: Any) -> Any:
    """A parameter as the SQLite backend stores it: dates and moments as ISO text, booleans as 0/1,
    enums by value, containers as JSON text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _params(params: Iterable[Any] | Mapping[str, Any] | None) -> Any:
    if params is None:
        return None
    if isinstance(params, Mapping):
        return {k: adapt(v) for k, v in params.items()}
    return [adapt(v) for v in params]


class PgCursor:
    """The part of ``sqlite3.Cursor`` the repositories use."""

    def __init__(self, owner: PgConnection) -> None:
        self._owner = owner
        self._rows: list[Any] = []
        self._pos = 0
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.description: Any = None
        self.row_factory: Any = None  # accepted and ignored: rows read by position and by name either way

    def execute(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> PgCursor:
        self._rows, self.rowcount, self.description = self._owner._run(sql, params)
        self._pos = 0
        return self

    def executemany(self, sql: str, seq: Iterable[Any]) -> PgCursor:
        self.rowcount = self._owner._run_many(sql, seq)
        self._rows, self._pos = [], 0
        return self

    def fetchone(self) -> Any:
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        return row

    def fetchall(self) -> list[Any]:
        rows = self._rows[self._pos:]
        self._pos = len(self._rows)
        return rows

    def fetchmany(self, size: int = 100) -> list[Any]:
        rows = self._rows[self._pos:self._pos + size]
        self._pos += len(rows)
        return rows

    def __iter__(self) -> Iterator[Any]:
        while self._pos < len(self._rows):
            yield self.fetchone()

    def close(self) -> None:
        self._rows = []


_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)\s*(?:=\s*(.+?)|\((.*)\))?\s*;?\s*$", re.IGNORECASE | re.DOTALL)


class PgConnection:
    """A psycopg connection that speaks like ``sqlite3.Connection`` to the repositories."""

    def __init__(self, url: str, *, timezone: str | None = None) -> None:
        self.url = url
        self.timezone = timezone or local_timezone()
        self.in_transaction = False
        self.total_changes = 0
        self.where = "办公室服务器 " + describe_url(url)
        self._conn: Any = None
        self._connect()

    # -- connection ------------------------------------------------------------------------
    def _connect(self) -> None:
        import psycopg

        try:
            if (self.url, self.timezone) not in _POOLS:
                # one direct attempt first: a wrong password or database is said at once, in the
                # server's words, where the pool would keep retrying until its timeout
                psycopg.connect(self.url, connect_timeout=10, application_name="kjcg-desktop").close()
            conn = _pool(self.url, self.timezone).getconn()
        except psycopg.Error as exc:
            detail = str(exc).strip()
            if getattr(exc, "sqlstate", None) in ("28P01", "28000") or "password authentication failed" in detail:
                raise PgConnectionLost(f"无法登录{self.where}：账号或密码不正确（{detail}）") from None
            raise PgConnectionLost(f"无法连接{self.where}（{detail}）。请检查服务器地址、端口、数据库名和网络。") from None
        except Exception as exc:  # the pool's timeout: the server did not answer
            raise PgConnectionLost(f"无法连接{self.where}（{exc}）。请检查服务器地址、端口和网络。") from None
        self._conn = conn

    def _live(self) -> Any:
        """The connection, taken again from the pool if the server went away between transactions."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            if self.in_transaction:
                self.in_transaction = False
                self._give_back()
                raise PgConnectionLost(f"与{self.where}的连接在事务中断开，这次操作未完成，数据未改动；请重试。")
            self._give_back()
            self._connect()
        return self._conn

    def _give_back(self) -> None:
        if self._conn is not None:
            with suppress(Exception):
                _pool(self.url, self.timezone).putconn(self._conn)  # a broken one is discarded by the pool
            self._conn = None

    @property
    def raw(self) -> Any:
        """The psycopg connection itself (COPY, large transfers)."""
        return self._live()

    def close(self) -> None:
        if self._conn is not None and self.in_transaction:
            with suppress(Exception):
                self._conn.execute("ROLLBACK")
            self.in_transaction = False
        self._give_back()

    # -- statements ------------------------------------------------------------------------
    def execute(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> PgCursor:
        return PgCursor(self).execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Any]) -> PgCursor:
        return PgCursor(self).executemany(sql, seq)

    def cursor(self) -> PgCursor:
        return PgCursor(self)

    def _control(self, sql: str) -> bool:
        """Transaction control as the SQLite backend issues it; True when ``sql`` was one."""
        word = sql.strip().rstrip(";").upper()
        conn = self._live()
        try:
            if word.startswith("BEGIN"):
                conn.execute("BEGIN")
                self.in_transaction = True
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
                return True
            if word in ("COMMIT", "END", "ROLLBACK"):
                try:
                    conn.execute(word if word != "END" else "COMMIT")
                finally:
                    self.in_transaction = False
                return True
            if word.startswith(("SAVEPOINT ", "RELEASE ", "ROLLBACK TO ")):
                conn.execute(sql)
                return True
        except Exception as exc:
            if word.startswith("BEGIN") and self.in_transaction:
                with suppress(Exception):
                    conn.execute("ROLLBACK")
                self.in_transaction = False
            raise map_error(exc, self.where) from None
        return False

    def _run(self, sql: str, params: Iterable[Any] | Mapping[str, Any] | None) -> tuple[list[Any], int, Any]:
        if self._control(sql):
            return [], -1, None
        pragma = _PRAGMA.match(sql)
        if pragma:
            return self._pragma(pragma.group(1).lower(), pragma.group(2), pragma.group(3)), -1, None
        conn = self._live()
        text = translate(sql)
        try:
            cur = conn.execute(text, _params(params) or None)
        except Exception as exc:
            raise map_error(exc, self.where) from None
        rows: list[Any] = []
        if cur.description is not None:
            row_type = _row_class([c.name for c in cur.description])
            rows = [row_type(r) for r in cur.fetchall()]
        elif cur.rowcount > 0:
            self.total_changes += cur.rowcount
        return rows, cur.rowcount, cur.description

    def _run_many(self, sql: str, seq: Iterable[Any]) -> int:
        conn = self._live()
        text = translate(sql)
        batch = [_params(p) for p in seq]
        if not batch:
            return 0
        try:
            with conn.cursor() as cur:
                cur.executemany(text, batch)
                count = cur.rowcount
        except Exception as exc:
            raise map_error(exc, self.where) from None
        self.total_changes += max(count, 0)
        return int(count)

    def _pragma(self, name: str, assigned: str | None, argument: str | None) -> list[Any]:
        """The answer to a SQLite ``PRAGMA`` the repositories ask (settings are ignored: the
        server has its own)."""
        one = _row_class([name])
        if assigned is not None:
            return []
        if name == "user_version":
            return [one((int(self.scalar("SELECT coalesce(max(version), 0) FROM kjcg_schema")),))]
        if name == "data_version":  # changes when anyone commits a write
            return [one((int(self.scalar("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")),))]
        if name == "application_id":
            from ..migrations import APPLICATION_ID

            return [one((APPLICATION_ID,))]
        if name in ("quick_check", "integrity_check"):
            return [one(("ok",))]
        if name in ("foreign_key_check",):
            return []  # the server enforces every foreign key on every write
        if name == "table_info" and argument:
            rows = self.execute(
                "SELECT ordinal_position - 1 AS cid, column_name AS name, data_type AS type, "
                "CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS notnull, column_default AS dflt_value, 0 AS pk "
                "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
                "ORDER BY ordinal_position", (argument.strip("'\" "),)).fetchall()
            return rows
        return [one((0,))]

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]


_POOLS: dict[tuple[str, str], Any] = {}


def _pool(url: str, timezone: str) -> Any:
    """The connection pool of one server and time zone (psycopg_pool): the window's connection and
    the background tasks' connections come from it, and a connection the server dropped is
    replaced by a fresh one."""
    key = (url, timezone)
    pool = _POOLS.get(key)
    if pool is None:
        from psycopg_pool import ConnectionPool

        def configure(conn: Any) -> None:
            conn.autocommit = True
            # every statement planned with its values (a search pattern must be known to use the
            # trigram index), never a generic prepared plan
            conn.prepare_threshold = None
            register_loaders(conn)
            conn.execute("SELECT set_config('TimeZone', %s, false), set_config('lock_timeout', %s, false)",
                         (timezone, f"{LOCK_TIMEOUT_MS}ms"))

        pool = ConnectionPool(url, min_size=0, max_size=8, open=True, configure=configure, timeout=15,
                              check=ConnectionPool.check_connection,
                              kwargs={"connect_timeout": 10, "application_name": "kjcg-desktop"})
        _POOLS[key] = pool
    return pool


def close_pools() -> None:
    """Close every pool (the application quits; a test's server stops)."""
    while _POOLS:
        _key, pool = _POOLS.popitem()
        with suppress(Exception):
            pool.close()


def local_timezone() -> str:
    """The computer's time zone as PostgreSQL names it (an IANA name where one is known, else the
    current UTC offset)."""
    import os

    name = os.environ.get("TZ", "").lstrip(":")
    if name and "/" in name:
        return name
    with suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    with suppress(Exception):
        import tzlocal

        return str(tzlocal.get_localzone_name())
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "-" if minutes < 0 else "+"
    # POSIX zone strings count west of Greenwich as positive: UTC+8 is "<+08>-08".
    return f"<{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}>{'-' if sign == '+' else '+'}{abs(minutes) // 60}:{abs(minutes) % 60:02d}"


def register_loaders(conn: Any) -> None:
    """Values come back as the SQLite backend gives them: a moment as local ISO text, a whole
    ``numeric`` (a ``sum`` of integers) as ``int``, other ``numeric`` as ``float``, ``bytea`` as
    ``bytes``."""
    from psycopg.adapt import Loader

    class MomentLoader(Loader):
        def load(self, data: Any) -> str:  # "2026-12-06 13:43:08+08" / "…08.5+05:30"
            text = bytes(data).decode()
            cut = max(text.rfind("+"), text.rfind("-"))
            if cut > 10:
                text = text[:cut]
            return text.replace(" ", "T", 1)

    class NumericLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            if "." in text or "e" in text.lower() or "N" in text:
                return float(text)
            return int(text)

    conn.adapters.register_loader("timestamptz", MomentLoader)
    conn.adapters.register_loader("numeric", NumericLoader)


class PgDatabase(Database):
    """One database on an office server (see the module's description)."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(PgConnection(url), None)  # type: ignore[arg-type]
        self.url = url

    @property
    def pg(self) -> PgConnection:
        return self.conn  # type: ignore[return-value]

    @property
    def location(self) -> str:
        return describe_url(self.url)

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        """Insert one row and return its id (0 for a table keyed by something else)."""
        cols = list(values)
        key = _KEYS.get(table, "id")
        sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
               + (" RETURNING id" if key == "id" else ""))
        cur = self.conn.execute(sql, [_json_or_value(values[c]) for c in cols])
        row = cur.fetchone()
        return int(row[0]) if row is not None else 0

    @property
    def utils(self) -> Any:
        raise StorageError("办公室服务器上的数据库不支持 SQLite 的表结构工具")

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def current_user(self) -> str:
        return str(self.scalar("SELECT current_user"))

    def close(self) -> None:
        self.pg.close()


_KEYS = {"settings": "key", "stage_conditions": "achievement_id", "holiday_years": "year", "holiday_days": "day",
         "term_compensations": "achievement_id", "fee_payer_splits": "achievement_id", "event_head": "id"}


def _json_or_value(value: Any) -> Any:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return adapt(value)


@contextmanager
def search_deferred(db: Database) -> Iterator[None]:
    """Inside the caller's transaction: new achievements and inventors are not indexed one by one
    (the caller indexes them at the end)."""
    db.execute("SELECT set_config('kjcg.defer_search', 'on', true)")
    yield  # after an error the transaction is rolled back, and the setting with it
    db.execute("SELECT set_config('kjcg.defer_search', 'off', true)")


def wait_for_server(url: str, seconds: float = 10.0) -> None:
    """Wait until the server at ``url`` accepts connections (a server just started)."""
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
