"""Second round of hostile input: an output path that is the database, a backup or the input is
refused before anything is written; restore accepts only a sound KJCG Desktop database, verified
before the live file is touched; "database is locked" is a Chinese message naming the holder."""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.services.output_paths import OutputPathError, check_output_path, safe_output
from kjcg_desktop.storage import Settings, migrations, open_database
from kjcg_desktop.storage import db as db_module


@pytest.fixture
def ledger(db_path):
    db = open_database(db_path)
    build_demo(db, size=12, seed=3)
    count = db.scalar("SELECT count(*) FROM achievements")
    db.close()
    return db_path, count


def _count(db_path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT count(*) FROM achievements").fetchone()[0]
    finally:
        conn.close()


# -- output paths -------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_export_onto_the_database_or_its_side_files_is_refused(ledger, capsys, suffix):
    db_path, count = ledger
    target = f"{db_path}{suffix}"
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "export", "ledger", target]) == 1
    err = capsys.readouterr().err
    assert "不能写入" in err and "Traceback" not in err
    assert db_path.read_bytes() == before
    assert _count(db_path) == count


def test_export_through_a_symlink_or_other_case_to_the_database_is_refused(ledger, tmp_path, capsys):
    db_path, count = ledger
    link = tmp_path / "看起来像台账.xlsx"
    link.symlink_to(db_path)
    assert main(["--db", str(db_path), "export", "ledger", str(link)]) == 1
    assert "正在使用的数据库" in capsys.readouterr().err
    assert _count(db_path) == count


def test_doc_out_onto_the_database_is_refused(ledger, capsys):
    db_path, count = ledger
    conn = sqlite3.connect(db_path)
    app_id = conn.execute("SELECT id FROM applications ORDER BY id LIMIT 1").fetchone()
    conn.close()
    record = str(app_id[0]) if app_id else "1"
    assert main(["--db", str(db_path), "doc", "notice", "--id", record, "--out", str(db_path)]) == 1
    assert "不能写入" in capsys.readouterr().err
    assert _count(db_path) == count


def test_export_into_the_backup_folder_or_over_a_backup_is_refused(ledger, capsys):
    db_path, _ = ledger
    assert main(["--db", str(db_path), "backup"]) == 0
    backup = next((db_path.parent / "backups").glob("*.sqlite3"))
    before = backup.read_bytes()
    assert main(["--db", str(db_path), "export", "ledger", str(backup)]) == 1
    assert main(["--db", str(db_path), "export", "ledger", str(backup.parent / "台账.xlsx")]) == 1
    assert "备份文件夹" in capsys.readouterr().err
    assert backup.read_bytes() == before


def test_export_over_another_database_is_refused(ledger, tmp_path, capsys):
    db_path, _ = ledger
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "export", "ledger", str(other)]) == 1
    assert "数据库文件" in capsys.readouterr().err
    assert other.read_bytes()[:15] == b"SQLite format 3"


def test_import_report_onto_the_input_workbook_is_refused(ledger, tmp_path, capsys):
    db_path, count = ledger
    book = tmp_path / "台账.xlsx"
    assert main(["--db", str(db_path), "export", "ledger", str(book)]) == 0
    before = book.read_bytes()
    assert main(["--db", str(db_path), "import", str(book), "--report", str(book)]) == 1
    err = capsys.readouterr().err
    assert "正在读取的文件" in err and "Traceback" not in err
    assert book.read_bytes() == before
    assert main(["--db", str(db_path), "import", str(book), "--report", str(db_path)]) == 1
    assert _count(db_path) == count


def test_report_out_onto_the_database_or_the_backup_folder_is_refused(ledger, capsys):
    db_path, count = ledger
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "report", "--year", "2025", "--out", str(db_path)]) == 1
    assert "正在使用的数据库" in capsys.readouterr().err
    assert main(["--db", str(db_path), "report", "--year", "2025", "--out", str(db_path.parent / "backups")]) == 1
    err = capsys.readouterr().err
    assert "备份文件夹" in err and "Traceback" not in err
    assert db_path.read_bytes() == before and _count(db_path) == count


def test_backup_to_the_live_database_is_refused(ledger, capsys):
    db_path, count = ledger
    assert main(["--db", str(db_path), "backup", "--to", str(db_path)]) == 1
    assert "正在使用的数据库" in capsys.readouterr().err
    assert _count(db_path) == count


def test_case_insensitive_on_windows(tmp_path, monkeypatch):
    import kjcg_desktop.services.output_paths as op

    db_path = tmp_path / "KJCG.sqlite3"
    db_path.write_bytes(b"")
    monkeypatch.setattr(op.sys, "platform", "win32")
    with pytest.raises(OutputPathError):
        check_output_path(tmp_path / "kjcg.SQLITE3", db_path=db_path)


def test_a_failed_write_leaves_the_old_file_and_no_part_file(tmp_path):
    out = tmp_path / "台账.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), safe_output(out) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["台账.xlsx"]


def test_a_device_is_written_directly(tmp_path):
    with safe_output("/dev/null") as target:
        assert str(target) == "/dev/null"


# -- restore ------------------------------------------------------------------------------------

def _restore_refused(db_path, source, capsys, words: str) -> None:
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(source)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err, err
    assert db_path.read_bytes() == before
    assert not list((db_path.parent / "backups").glob("*before-restore*"))


def test_restore_refuses_an_empty_file(ledger, tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    _restore_refused(ledger[0], empty, capsys, "空文件")


def test_restore_refuses_an_empty_sqlite_database(ledger, tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    conn = sqlite3.connect(empty)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()
    _restore_refused(ledger[0], empty, capsys, "空的数据库")


def test_restore_refuses_another_programs_database(ledger, tmp_path, capsys):
    other = tmp_path / "firefox-places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("PRAGMA user_version = 70")
    conn.commit()
    conn.close()
    _restore_refused(ledger[0], other, capsys, "不是 KJCG Desktop 的数据库")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    _restore_refused(ledger[0], other, capsys, "其他程序的数据库")


def test_restore_refuses_a_file_that_is_not_sqlite(ledger, tmp_path, capsys):
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database " * 100, encoding="utf-8")
    _restore_refused(ledger[0], text, capsys, "不是数据库文件")


def test_restore_refuses_a_corrupted_backup(ledger, tmp_path, capsys):
    db_path, _ = ledger
    assert main(["--db", str(db_path), "backup", "--to", str(tmp_path / "copy.sqlite3")]) == 0
    copy = tmp_path / "copy.sqlite3"
    data = bytearray(copy.read_bytes())
    page = 4096
    for i in range(3 * page, min(len(data), 6 * page)):  # scramble b-tree pages
        data[i] = (data[i] * 7 + 13) % 256
    copy.write_bytes(bytes(data))
    capsys.readouterr()
    _restore_refused(db_path, copy, capsys, "不能恢复")


def test_restore_refuses_a_file_whose_migration_fails(ledger, tmp_path, capsys, monkeypatch):
    db_path, _ = ledger
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--to", str(copy)]) == 0
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA user_version = 5")  # as if written by an older version
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()

    def broken(db):
        raise sqlite3.OperationalError("no such table: whatever")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:5], broken, *migrations.MIGRATIONS[6:]])
    capsys.readouterr()
    _restore_refused(db_path, copy, capsys, "无法升级")


def test_restore_still_accepts_an_old_backup_without_application_id(ledger, tmp_path, capsys, monkeypatch):
    """A backup written before the application id existed: the schema of its time, no id."""
    db_path, _count_before = ledger
    copy = tmp_path / "old.sqlite3"
    older = migrations.MIGRATIONS[:migrations.APPLICATION_ID_VERSION - 1]
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", older)
        m.setattr(migrations, "SCHEMA_VERSION", len(older))
        old = open_database(copy)
        Settings(old).set("unit_name", "旧备份")
        old.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    conn.close()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("SELECT value FROM settings WHERE key = 'unit_name'").fetchone()[0] == '"旧备份"'
    conn.close()


def test_another_programs_database_is_not_opened_or_changed(tmp_path, capsys):
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    assert main(["--db", str(other), "init"]) == 1
    err = capsys.readouterr().err
    assert "不是 KJCG Desktop 的数据库" in err and "Traceback" not in err
    assert other.read_bytes() == before


def test_new_databases_carry_the_application_id(db):
    assert db.scalar("PRAGMA application_id") == migrations.APPLICATION_ID


# -- database is locked ---------------------------------------------------------------------------

def test_a_locked_database_is_a_chinese_message_naming_the_holder(db_path, capsys, monkeypatch):
    """Another KJCG Desktop (here a child process) holds the lock file and a write transaction."""
    import subprocess
    import sys
    from pathlib import Path

    open_database(db_path).close()
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    root = str(Path(__file__).resolve().parents[3])
    code = ("import sqlite3, sys; from kjcg_desktop.storage.lock import acquire; lock = acquire(sys.argv[1]); "
            "c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); "
            "print('locked', flush=True); sys.stdin.read(); c.execute('ROLLBACK'); c.close(); lock.release()")
    with subprocess.Popen([sys.executable, "-c", code, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, env={**os.environ, "PYTHONPATH": root}) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            result = main(["--db", str(db_path), "demo", "--size", "3", "--quiet"])
        finally:
            holder.stdin.close()
            holder.wait(timeout=20)
    err = capsys.readouterr().err
    assert result == 1 and "Traceback" not in err
    assert "正被另一个程序写入" in err and f"进程 {holder.pid}" in err
    assert _count(db_path) == 0


def test_the_lock_file_of_this_very_process_is_not_named_as_the_writer(db_path):
    from kjcg_desktop.storage.lock import acquire

    exc = sqlite3.OperationalError("database is locked")
    exc.sqlite_errorname = "SQLITE_BUSY"
    with acquire(db_path):
        message = db_module.explain_error(exc, db_path)
    assert "正被另一个程序写入" in message and f"进程 {os.getpid()}" not in message


def test_known_error_in_the_gui_recognises_busy_by_code(db_path):
    from kjcg_desktop.app import known_error

    exc = sqlite3.OperationalError("whatever the text")
    exc.sqlite_errorname = "SQLITE_BUSY"
    title, message = known_error(exc)
    assert "正被另一个程序写入" in message


def test_a_thread_waiting_on_a_lock_gets_the_message_too(ledger, monkeypatch):
    """Not only the CLI: the storage layer names the error by code, whatever the message text."""
    db_path, _ = ledger
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    caught: list[BaseException] = []

    def work():
        db = open_database(db_path, migrate=False)
        try:
            with db.transaction():
                db.execute("UPDATE settings SET value = value")
        except sqlite3.Error as exc:
            caught.append(exc)
        finally:
            db.close()

    t = threading.Thread(target=work)
    t.start()
    t.join()
    blocker.execute("ROLLBACK")
    blocker.close()
    assert caught and db_module.is_busy(caught[0])
    assert "正被另一个程序写入" in db_module.explain_error(caught[0], db_path)
