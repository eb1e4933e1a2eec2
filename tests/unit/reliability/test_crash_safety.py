"""Crash safety: the command line / storage API run in a subprocess and are SIGKILLed part-way
through a long bulk write, an edit loop and a migration. Afterwards the database opens, holds the
last committed state (everything another connection saw committed before the kill is still there),
has no half operation (every row a service wrote has its event, states agree with the log), and
``kjcg-desktop check`` passes.

Kill points (17): bulk demo write ×1 (20 000 achievements, killed once its uncommitted pages are
in the WAL), demo workflow phase ×2, edit loop ×8 (after 0…150 commits, some with a small delay to
land inside a transaction), edit loop with half a transaction written ×2, migration ×4 (inside the
pre-migration backup, right after ALTER TABLE, after 40 rewritten rows, after the commit) plus a
clean re-run of the interrupted migration.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage import SCHEMA_VERSION, Settings, open_database

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("crash_worker.py")
LIMIT = 60.0  # seconds; a safety net against a hung child, not a timing assertion


def spawn(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=str(ROOT))


class Output:
    """Collects a pipe in a thread (progress lines end in \\r, so no readline)."""

    def __init__(self, pipe) -> None:
        self.text = ""
        self._thread = threading.Thread(target=self._pump, args=(pipe,), daemon=True)
        self._thread.start()

    def _pump(self, pipe) -> None:
        for chunk in iter(lambda: pipe.read1(4096), b""):
            self.text += chunk.decode("utf-8", errors="replace")

    def lines(self) -> list[str]:
        return self.text.replace("\r", "\n").split("\n")


def wait_until(condition, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + LIMIT
    while not condition():
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("child did not reach the kill point")
        time.sleep(0.005)


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the child (on a very slow machine it may have finished first; the checks that
    follow hold either way)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=LIMIT) in (-signal.SIGKILL, 0)
    close_pipes(proc)


def close_pipes(proc: subprocess.Popen) -> None:
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


def committed_count(db_path: Path, sql: str) -> int:
    """What another connection sees committed right now (0 while the schema is being created)."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=0.2)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def assert_consistent(db_path: Path) -> None:
    """The database after a kill: `check` passes and no operation is half done."""
    assert main(["--db", str(db_path), "check"]) == 0
    db = open_database(db_path)
    try:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        for table, entity, action in [("applications", "application", "create"), ("deals", "deal", "create"),
                                      ("publicities", "publicity", "start"), ("income_receipts", "deal", "receipt")]:
            events = db.scalar("SELECT count(*) FROM events WHERE entity = ? AND action = ?", (entity, action))
            assert db.scalar(f"SELECT count(*) FROM {table}") == events, table
        # every application's state is the one its last event that records a state recorded (a decision's
        # own entry — body, person, opinion — follows the state change it confirms)
        assert db.scalar(
            "SELECT count(*) FROM applications a WHERE a.state IS NOT (SELECT json_extract(e.new, '$.state') FROM events e "
            "WHERE e.entity = 'application' AND e.entity_id = a.id AND json_extract(e.new, '$.state') IS NOT NULL "
            "ORDER BY e.id DESC LIMIT 1)") == 0
        # every achievement has its inventors (inserted in the same transaction)
        assert db.scalar("SELECT count(*) FROM achievements a WHERE NOT EXISTS "
                         "(SELECT 1 FROM inventors i WHERE i.achievement_id = a.id)") == 0
    finally:
        db.close()


# -- (a) a long write: the demo generator through the real command line -------------------------

def test_kill_inside_the_bulk_write_of_20000_achievements(db_path):
    proc = spawn("-m", "kjcg_desktop", "--db", str(db_path), "demo", "--size", "20000")
    err = Output(proc.stderr)
    wal = Path(str(db_path) + "-wal")
    # the rows are built, the INSERTs have begun and spilled uncommitted pages into the WAL
    wait_until(lambda: "生成成果 20000/20000" in err.text, proc)
    wait_until(lambda: proc.poll() is not None or (wal.exists() and wal.stat().st_size > 4_000_000), proc)
    kill(proc)
    wal_at_kill = wal.stat().st_size
    # the real command, in its own process, as a user would run it after the crash
    check = spawn("-m", "kjcg_desktop", "--db", str(db_path), "check")
    stdout, stderr = check.communicate(timeout=LIMIT)
    assert check.returncode == 0, stderr.decode("utf-8")
    assert "检查通过" in stdout.decode("utf-8")
    assert_consistent(db_path)
    db = open_database(db_path)
    n = db.scalar("SELECT count(*) FROM achievements")
    print(f"bulk kill: achievements after reopen {n}, WAL at kill {wal_at_kill}")
    assert n in (0, 20000)  # all or nothing
    if n == 0:
        assert db.scalar("SELECT count(*) FROM projects") == 0 and db.scalar("SELECT count(*) FROM inventors") == 0
        assert db.scalar("SELECT count(*) FROM events WHERE entity = 'demo'") == 0
    # the settings committed before the bulk transaction are there (last committed state)
    assert Settings(db).get("unit_name") == "上海示范大学"
    db.close()


@pytest.mark.parametrize(("table", "threshold"), [("applications", 15), ("deals", 5)])
def test_kill_in_the_workflow_phase_keeps_what_was_committed(db_path, table, threshold):
    proc = spawn("-m", "kjcg_desktop", "--db", str(db_path), "demo", "--size", "2000", "--quiet")
    seen = {"n": 0}

    def reached() -> bool:
        seen["n"] = committed_count(db_path, f"SELECT count(*) FROM {table}")
        return seen["n"] >= threshold or proc.poll() is not None

    wait_until(reached, proc)
    kill(proc)
    assert_consistent(db_path)
    db = open_database(db_path)
    print(f"workflow kill: {table} seen committed {seen['n']}, after reopen {db.scalar(f'SELECT count(*) FROM {table}')}")
    assert db.scalar(f"SELECT count(*) FROM {table}") >= seen["n"] >= threshold
    assert db.scalar("SELECT count(*) FROM achievements") == 2000
    db.close()


# -- (b) an edit loop through the storage API ---------------------------------------------------

@pytest.mark.parametrize(("after", "delay"), [
    (0, 0.0), (1, 0.0), (3, 0.001), (10, 0.0), (25, 0.002), (60, 0.0), (100, 0.003), (150, 0.001),
])
def test_kill_in_an_edit_loop(db_path, after, delay):
    proc = spawn(str(WORKER), "edit", str(db_path))
    out = Output(proc.stdout)

    def last_printed() -> int:
        numbers = [int(x) for x in out.lines() if x.strip().isdigit()]
        return numbers[-1] if numbers else 0

    wait_until(lambda: "ready" in out.text and (last_printed() >= after or proc.poll() is not None), proc)
    time.sleep(delay)
    kill(proc)
    printed = last_printed()
    assert_consistent(db_path)
    db = open_database(db_path)
    counter = int(Settings(db).get("edit_counter", 0) or 0)
    print(f"edit kill: last printed {printed}, committed {counter}")
    # every commit the child reported is there; at most the one in flight when killed came on top
    assert printed <= counter <= printed + 1 and counter >= after
    assert db.scalar("SELECT count(*) FROM achievements") == counter
    assert db.scalar("SELECT count(*) FROM inventors") == 2 * counter
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'achievement' AND action = 'create'") == counter
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'settings' AND new LIKE '%edit_counter%'") == counter
    assert db.scalar("SELECT count(*) FROM achievements WHERE legal_status = 'granted'") == max(counter - 1, 0)
    db.close()


@pytest.mark.parametrize("pause_at", [1, 20])
def test_kill_with_half_a_transaction_written(db_path, pause_at):
    """Killed while a transaction has inserted its achievement but not yet done the rest: none of
    it is there afterwards."""
    proc = spawn(str(WORKER), "edit", str(db_path), str(pause_at))
    out = Output(proc.stdout)
    wait_until(lambda: f"inside {pause_at}" in out.lines() or proc.poll() is not None, proc)
    kill(proc)
    assert_consistent(db_path)
    db = open_database(db_path)
    assert int(Settings(db).get("edit_counter", 0) or 0) == pause_at - 1
    assert db.scalar("SELECT count(*) FROM achievements") == pause_at - 1
    assert db.scalar("SELECT count(*) FROM achievements WHERE name = ?", (f"编辑循环成果{pause_at}",)) == 0
    assert db.scalar("SELECT count(*) FROM inventors") == 2 * (pause_at - 1)
    db.close()


# -- (c) a migration ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def migration_source(tmp_path_factory):
    """A database at the current version with 200 demo achievements, closed (no WAL)."""
    from kjcg_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("migration") / "kjcg.sqlite3"
    db = open_database(path)
    build_demo(db, size=200, seed=5)
    db.close()
    return path


def _names(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM achievements ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("point", ["verifying-backup", "altered", "row 40", "migrated"])
def test_kill_during_a_migration(migration_source, db_path, point):
    db_path.write_bytes(migration_source.read_bytes())
    if (migration_source.parent / "attachments").exists():  # the demo stores some attachments
        shutil.copytree(migration_source.parent / "attachments", db_path.parent / "attachments")
    before = _names(db_path)
    proc = spawn(str(WORKER), "migrate", str(db_path), "0.3")
    out = Output(proc.stdout)
    wait_until(lambda: point in out.lines() or proc.poll() is not None, proc)
    kill(proc)
    conn = sqlite3.connect(db_path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(achievements)")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    backups = list((db_path.parent / "backups").glob("*before-migration*.sqlite3"))
    if point == "migrated":
        # committed: the new version, completely
        assert version == SCHEMA_VERSION + 1 and "note" in columns
        assert _names(db_path) == [n + "（迁移）" for n in before]
        db = open_database(db_path, migrate=False)
        assert check_database(db).ok
        db.close()
    else:
        # not committed: the previous version, untouched, and it passes `check`
        assert version == SCHEMA_VERSION and "note" not in columns
        assert _names(db_path) == before
        assert_consistent(db_path)
    if point != "verifying-backup":
        # the pre-migration backup was written and verified before the migration began
        assert len(backups) == 1 and _names(backups[0]) == before
    if point == "altered":
        # and the interrupted migration simply runs again to completion
        proc = spawn(str(WORKER), "migrate", str(db_path), "0")
        out = Output(proc.stdout)
        wait_until(lambda: "migrated" in out.lines() or proc.poll() is not None, proc)
        kill(proc)
        assert _names(db_path) == [n + "（迁移）" for n in before]
