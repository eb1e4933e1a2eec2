"""The database: opening, pragmas, transactions and the few query helpers every repository uses.

All SQL of the application lives in ``kjcg_desktop.storage``. The connection runs in autocommit
mode and every write goes through :meth:`Database.transaction`, one ``BEGIN IMMEDIATE`` … ``COMMIT``,
so a failure or a killed process leaves the last committed state and nothing half-done.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StorageError

__all__ = ["BUSY_TIMEOUT_MS", "Database", "ReadOnlyLocation", "StorageError", "connect", "explain_error", "is_busy",
           "like_contains", "like_escape", "must_exist", "read_only_reason", "sqlite_code"]

if TYPE_CHECKING:  # imported lazily: sqlite-utils costs ~0.2 s of start-up
    import sqlite_utils


# The parameters of one statement: positional (a list or tuple, as sqlite3 takes — not any iterable)
# or named.
Params = Sequence[Any] | Mapping[str, Any]

# How long a write waits for another program's transaction before "database is locked".
BUSY_TIMEOUT_MS = 5000


def sqlite_code(exc: BaseException) -> str:
    """The SQLite error name (``SQLITE_FULL``, ``SQLITE_BUSY_SNAPSHOT`` …) of an error, or ''."""
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and sqlite_code(exc).startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def explain_error(exc: BaseException, db_path: Path | str | None = None) -> str | None:
    """A Chinese message for a database or file-system failure the user can act on (a full disk,
    a read-only folder, the database locked by another program, a damaged file), recognised by
    the SQLite error code or errno, never by English message text; None for anything else."""
    if isinstance(exc, sqlite3.Error):
        return _explain_sqlite(exc, db_path)
    if isinstance(exc, OSError):
        return _explain_os(exc)
    return None


def _explain_sqlite(exc: sqlite3.Error, db_path: Path | str | None) -> str | None:
    where = f"数据库 {db_path}" if db_path else "数据库"
    code = sqlite_code(exc)
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        holder = ""
        if db_path:
            import os
            import socket

            from .lock import read_holder

            info = read_holder(Path(db_path))
            if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
                info = {}  # this process holds the lock file; the writer is someone else
            if info:
                holder = (f"（正在使用它的是：用户 {info.get('user') or '未知'}，计算机 {info.get('host') or '未知'}，"
                          f"进程 {info.get('pid') or '?'}，自 {info.get('since') or '未知时间'} 起）")
        return (f"{where}正被另一个程序写入{holder}，等待 {BUSY_TIMEOUT_MS // 1000} 秒后仍未释放。"
                "操作未完成，数据未改动，请稍后重试。")
    if code.startswith("SQLITE_FULL"):
        return f"磁盘空间已满，{where}的修改未能写入，已全部撤销（数据库保持原样）。请清理磁盘空间后重试。"
    if code.startswith("SQLITE_READONLY"):
        return (f"{where}或其所在文件夹是只读的，不能修改。请检查文件和文件夹的权限"
                "（或是否位于只读的网络盘、光盘），或以只读方式查看。")
    if code.startswith("SQLITE_IOERR") and db_path and _disk_nearly_full(Path(db_path)):
        return f"磁盘空间已满，{where}的修改未能写入（{code}），数据库保持原样。请清理磁盘空间后重试。"
    if code.startswith("SQLITE_IOERR"):
        return f"读写{where}时发生磁盘错误（{code}），操作未完成。请检查磁盘或网络盘连接后重试。"
    if code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return f"{where}文件已损坏或不是本软件的数据库（{code}）。请运行 kjcg-desktop check，或从备份恢复。"
    if code.startswith("SQLITE_CANTOPEN"):
        return f"无法打开{where}（{code}）：请确认文件所在的文件夹存在且可写。"
    return None


def _explain_os(exc: OSError) -> str | None:
    name = f" {exc.filename}" if getattr(exc, "filename", None) else ""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"磁盘空间已满，无法写入{name}。操作未完成，请清理磁盘空间后重试。"
    if exc.errno == errno.EROFS:
        return f"无法写入{name}：所在的磁盘或文件夹是只读的。"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"无法写入{name}：没有权限（文件或文件夹是只读的，或正被其他程序占用）。"
    return None


def _disk_nearly_full(path: Path) -> bool:
    """Whether the file system of ``path`` has (almost) no free space left: SQLite reports a full
    disk as an I/O error when the -wal or -shm file cannot grow."""
    import shutil

    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def like_contains(text: str) -> str:
    """A LIKE pattern (use with ``ESCAPE '\\'``) matching ``text`` anywhere; ``%`` and ``_`` in
    the text are literal."""
    return f"%{like_escape(text)}%"


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
        the inner part on error).

        When SQLite has already rolled the transaction back itself (a full disk, an I/O error),
        the error that caused it is raised, not the failure of a second rollback."""
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):  # the transaction is gone; the original error says why
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
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with suppress(sqlite3.Error):  # the original error says why
                    self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- queries -------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        """Insert one row and return its id. Dicts and lists are stored as JSON text."""
        cols = list(values)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        cur = self.conn.execute(sql, [_to_sql(values[c]) for c in cols])
        return _inserted_id(cur)

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


_Record = TypeVar("_Record")


def must_exist(record: _Record | None, what: str) -> _Record:
    """``record``, read by an id that this transaction has just found, written or checked, so it
    cannot be missing; if it ever is (the file changed under the program), a StorageError naming the
    record rather than a crash on None further down."""
    if record is None:
        raise StorageError(f"{what}刚才还在，现在读取不到了：数据库可能被其他程序改动，请重新打开后再试")
    return record


def _inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made: sqlite3 sets ``lastrowid`` after every successful
    INSERT (it is None only before any statement has run on the cursor)."""
    row_id = cur.lastrowid
    if row_id is None:
        raise StorageError("数据库没有返回新记录的编号，写入未完成")
    return row_id


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
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL database in a folder nobody may write (no -shm can be made): read it as it is.
            conn.close()
            conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True, isolation_level=None,
                                   check_same_thread=False)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:
        # WAL is not safe on network file systems; keep the rollback journal there.
        network = _is_network_path(path)
        conn.execute("PRAGMA journal_mode = DELETE" if network else "PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL" if network else "PRAGMA synchronous = NORMAL")
    return conn


class ReadOnlyLocation(StorageError):
    """The database file or its folder cannot be written (permissions, a read-only disk)."""


def read_only_reason(path: Path | str) -> str | None:
    """Why the database at ``path`` cannot be opened for writing, in Chinese; None if it can.
    (SQLite would say "unable to open database file" or "attempt to write a readonly database".)"""
    import os

    path = Path(path)
    folder = path.parent if path.parent != Path("") else Path(".")
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return (f"数据文件夹 {folder} 是只读的（没有写入权限，或位于只读的磁盘/网络盘），不能修改数据库。"
                "请把数据文件夹放在可写的位置，或请管理员开放写入权限。")
    if path.exists() and not os.access(path, os.W_OK):
        return (f"数据库文件 {path} 是只读的，不能修改。请去掉文件的只读属性，或请管理员开放写入权限。")
    for side in (Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        if side.exists() and not os.access(side, os.W_OK):
            return f"数据库的附属文件 {side} 是只读的，不能修改数据库。请去掉它的只读属性。"
    return None
