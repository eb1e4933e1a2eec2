"""One writer: a second process is told who has the database open (never allowed to replace it);
the OS drops the lock when the holder dies, even by SIGKILL; network locations are recognised."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.backups import backup_to, restore
from kjcg_desktop.storage import open_database
from kjcg_desktop.storage.location import DRIVE_REMOTE, is_network_path
from kjcg_desktop.storage.lock import DatabaseInUse, acquire, is_locked_by_other, lock_path_for, read_holder

HOLDER = "import sys; from kjcg_desktop.storage.lock import acquire; lock = acquire(sys.argv[1]); " \
         "print('locked', flush=True); sys.stdin.read()"
ROOT = str(Path(__file__).resolve().parents[3])


def _env():
    return {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}


@pytest.fixture
def holder(db_path):
    open_database(db_path).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=10)


def test_second_process_is_told_who_holds_it(holder, db_path):
    with pytest.raises(DatabaseInUse) as info:
        acquire(db_path)
    assert info.value.holder["pid"] == holder.pid
    assert "已由另一个 KJCG Desktop 打开" in str(info.value) and f"进程 {holder.pid}" in str(info.value)
    assert is_locked_by_other(db_path)
    # the other instance can still read: read-only opening works while it is held
    ro = open_database(db_path, read_only=True)
    assert ro.scalar("SELECT count(*) FROM events") == 0
    ro.close()


def test_restore_refused_while_another_instance_has_it(holder, db_path, tmp_path, capsys):
    db = open_database(db_path)
    copy = backup_to(db, tmp_path / "copy.sqlite3")
    db.close()
    with pytest.raises(DatabaseInUse):
        restore(db_path, copy)
    assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    assert "已由另一个 KJCG Desktop 打开" in capsys.readouterr().err
    assert not list((db_path.parent / "backups").glob("*before-restore*"))


def test_lock_released_when_holder_is_killed(holder, db_path):
    assert is_locked_by_other(db_path)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    lock = acquire(db_path)  # no stale lock after a crash
    assert lock.held and read_holder(db_path)["pid"] == os.getpid()
    lock.release()


def test_holder_in_this_process_blocks_a_child_and_is_reentrant(db_path, tmp_path):
    db = open_database(db_path)
    copy = backup_to(db, tmp_path / "copy.sqlite3")
    db.close()
    lock = acquire(db_path)
    try:
        again = acquire(db_path)  # same process: re-entrant (the GUI restoring its own file)
        assert again is lock
        again.release()
        assert lock.held
        child = subprocess.run([sys.executable, "-c", "import sys; from kjcg_desktop.storage.lock import "
                                "is_locked_by_other; sys.exit(3 if is_locked_by_other(sys.argv[1]) else 0)", str(db_path)],
                               env=_env(), timeout=30)
        assert child.returncode == 3
        restore(db_path, copy)  # allowed: this process holds the lock
    finally:
        lock.release()
    assert not lock.held and not is_locked_by_other(db_path)
    assert lock_path_for(db_path).exists()


def test_two_writers_ignoring_the_lock_cannot_corrupt(db_path):
    """Even without the app lock (CLI beside the GUI), SQLite's own locking keeps concurrent
    writers consistent: both processes' edits are all there and the check passes."""
    open_database(db_path).close()
    code = ("import sys; from kjcg_desktop.storage import open_database, Settings; db = open_database(sys.argv[1]); "
            "s = Settings(db)\nfor i in range(60): s.set(sys.argv[2] + str(i), i)\ndb.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db_path), tag], env=_env()) for tag in ("a", "b")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    db = open_database(db_path)
    assert db.scalar("SELECT count(*) FROM settings") == 120
    assert db.scalar("SELECT count(*) FROM events") == 120
    db.close()
    assert main(["--db", str(db_path), "check"]) == 0


@pytest.mark.parametrize(("path", "expected"), [
    (r"\\fileserver\kjcg\kjcg.sqlite3", True),
    ("//fileserver/kjcg/kjcg.sqlite3", True),
    (r"\\?\UNC\fileserver\kjcg\kjcg.sqlite3", True),
])
def test_unc_paths_are_network(path, expected):
    assert is_network_path(path, platform="win32", drive_type=lambda root: 3) is expected
    assert is_network_path(path, platform="linux", mounts=[]) is expected


def test_mapped_drive_letters_use_get_drive_type():
    asked = []

    def drive_type(root):
        asked.append(root)
        return DRIVE_REMOTE if root == "Z:\\" else 3  # 3 = DRIVE_FIXED

    assert is_network_path(r"Z:\台账\kjcg.sqlite3", platform="win32", drive_type=drive_type)
    assert not is_network_path(r"C:\Users\张伟\AppData\kjcg.sqlite3", platform="win32", drive_type=drive_type)
    assert asked == ["Z:\\", "C:\\"]


def test_network_mounts_on_linux():
    mounts = [("/", "ext4"), ("/mnt/office", "cifs"), ("/mnt/office/local", "ext4"), ("/srv/nfs", "nfs4")]
    assert is_network_path("/mnt/office/kjcg.sqlite3", platform="linux", mounts=mounts)
    assert is_network_path("/srv/nfs/a/b.sqlite3", platform="linux", mounts=mounts)
    assert not is_network_path("/mnt/office/local/kjcg.sqlite3", platform="linux", mounts=mounts)
    assert not is_network_path("/mnt/officex/kjcg.sqlite3", platform="linux", mounts=mounts)
    assert not is_network_path("/home/u/kjcg.sqlite3", platform="linux", mounts=mounts)


def test_local_test_folder_is_not_network(db_path):
    assert not is_network_path(db_path)


def test_cli_warns_about_network_locations(db_path, monkeypatch, capsys):
    from kjcg_desktop.storage import location

    monkeypatch.setattr(location, "is_network_path", lambda path: True)
    assert main(["--db", str(db_path), "init"]) == 0
    assert "网络驱动器" in capsys.readouterr().err


def test_windows_branch_locks_one_byte_past_the_info(db_path, monkeypatch):
    """The msvcrt branch, with a stand-in for msvcrt that behaves like Windows byte-range locks
    (one holder per byte, across handles), so the Windows code path runs on every platform."""
    import types

    from kjcg_desktop.storage import lock as lock_module

    held: dict[tuple[str, int], int] = {}
    calls = []

    def locking(fd, mode, nbytes):
        key = (os.path.realpath(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else str(fd), os.lseek(fd, 0, os.SEEK_CUR))
        calls.append((mode, key[1], nbytes))
        if mode == fake.LK_UNLCK:
            held.pop(key, None)
        elif key in held:
            raise PermissionError(13, "locked")
        else:
            held[key] = fd

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module.sys, "platform", "win32")
    first = acquire(db_path)
    assert calls == [(fake.LK_NBLCK, lock_module._LOCK_OFFSET, 1)]
    assert read_holder(db_path)["pid"] == os.getpid()  # the info is readable: it is not the locked byte
    monkeypatch.setattr(lock_module, "_held", {})  # pretend to be another process
    with pytest.raises(DatabaseInUse):
        acquire(db_path)
    monkeypatch.setattr(lock_module, "_held", {lock_module._key(db_path): first})
    first.release()
    assert calls[-1] == (fake.LK_UNLCK, lock_module._LOCK_OFFSET, 1) and not held
