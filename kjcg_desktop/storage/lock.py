"""One writer per database: an exclusive OS lock on ``<database>.lock`` held while the app runs.

Design. The lock is a byte-range/whole-file lock taken with ``msvcrt.locking`` on Windows and
``fcntl.flock`` elsewhere, on a small file next to the database. Why this and not the others:

* The operating system releases the lock when the process ends, however it ends (crash,
  SIGKILL, power-off of a laptop lid), so there are never stale locks to clean up by hand; the
  PID, host, user and start time written into the file are only to tell the user who has it open.
* ``PRAGMA locking_mode = EXCLUSIVE`` would also keep a second instance from writing, but it
  locks readers out too, so the second instance could not even open the ledger read-only; and it
  is only taken at the first write, so the second instance would find out late, mid-edit.
* A plain "lock file exists" flag goes stale after a crash and needs PID guessing across machines.

SQLite's own locks still guard every transaction, so even a process that ignores this lock (the
command line while the GUI is open) cannot corrupt the file; this lock is about telling the user
and about operations that replace the file (restore), which must not run under another instance.

On Windows the locked byte lies far past the end of the file, so others can still read the
holder information at the start of the file.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from .errors import StorageError

_LOCK_OFFSET = 1 << 30  # the byte locked on Windows (beyond EOF is allowed), so the info stays readable
_held: dict[str, DatabaseLock] = {}
_guard = threading.Lock()


class DatabaseInUse(StorageError):
    """Another process holds the database open for writing."""

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        self.path = path
        self.holder = holder
        super().__init__(describe_holder(path, holder))


def describe_holder(path: Path, holder: dict[str, Any]) -> str:
    who = holder.get("user") or "未知用户"
    host = holder.get("host") or "未知计算机"
    pid = holder.get("pid") or "?"
    since = holder.get("since") or "未知时间"
    return (f"数据库 {path} 已由另一个 KJCG Desktop 打开（用户 {who}，计算机 {host}，进程 {pid}，自 {since} 起）。"
            "同一时间只能有一个程序修改数据库。")


def lock_path_for(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _key(db_path: Path) -> str:
    return os.path.normcase(str(Path(db_path).resolve()))


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def read_holder(db_path: Path) -> dict[str, Any]:
    """What the current holder wrote into the lock file (may be empty or stale)."""
    try:
        with open(lock_path_for(db_path), "rb") as fh:
            raw = fh.read(4096)
        holder = json.loads(raw.split(b"\n", 1)[0].decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


class DatabaseLock:
    """The exclusive lock of one database file, held by this process until :meth:`release`."""

    def __init__(self, db_path: Path, fh: IO[bytes] | None) -> None:
        self.db_path = Path(db_path)
        self._fh = fh
        self._users = 1

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        with _guard:
            self._users -= 1
            if self._users > 0 or self._fh is None:
                return
            try:
                self._fh.seek(0)
                self._fh.truncate()
                self._fh.flush()
                _unlock(self._fh)
            except OSError:
                pass
            finally:
                self._fh.close()
                self._fh = None
                _held.pop(_key(self.db_path), None)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(db_path: Path) -> DatabaseLock:
    """Take the lock of ``db_path`` or raise :class:`DatabaseInUse`. Re-entrant within a process
    (the GUI holding it may restore the file it holds)."""
    db_path = Path(db_path)
    key = _key(db_path)
    with _guard:
        mine = _held.get(key)
        if mine is not None and mine.held:
            mine._users += 1
            return mine
        path = lock_path_for(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a+b")  # noqa: SIM115 - held open while the lock lives; never truncate before locking
        if not _try_lock(fh):
            fh.close()
            raise DatabaseInUse(db_path, read_holder(db_path))
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                "since": datetime.now().isoformat(timespec="seconds")}
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(info, ensure_ascii=False).encode("utf-8") + b"\n")
            fh.flush()
        except OSError:  # a full disk: the lock holds all the same, only the holder's name is not shown
            pass
        lock = DatabaseLock(db_path, fh)
        _held[key] = lock
        return lock


def is_locked_by_other(db_path: Path) -> bool:
    try:
        lock = acquire(db_path)
    except DatabaseInUse:
        return True
    lock.release()
    return False


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""
