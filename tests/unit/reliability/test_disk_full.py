"""A full disk ends every write path with a Chinese message: the database intact (its last
committed state), no partial files (``.part``) left behind. The disk is a small tmpfs mounted by
the test (root, as in CI); SQLite's own "disk full" is also injected with ``max_page_count``."""

from __future__ import annotations

import sqlite3

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.storage import StorageError, open_database
from kjcg_desktop.storage.achievements import create_achievement
from kjcg_desktop.storage.attachments import add_attachment


def _sound(db_path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM achievements").fetchone()[0]
    finally:
        conn.close()


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and p.name != ".filler" and "kjcg.sqlite3" not in p.name)


def _no_traceback_and_disk_full(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "磁盘空间已满" in err, err
    return err


def test_sqlite_rolls_back_on_a_full_disk_and_the_real_error_is_raised(db):
    """SQLite rolls a transaction back by itself on SQLITE_FULL; the storage layer must raise
    that error, not "cannot rollback - no transaction is active"."""
    pages = db.scalar("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    db.execute("PRAGMA cache_size = 2")
    before = db.scalar("SELECT count(*) FROM settings")
    with pytest.raises(sqlite3.OperationalError) as caught, db.transaction():
        for i in range(500):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "x" * 3000))
    assert caught.value.sqlite_errorname == "SQLITE_FULL"
    assert not db.conn.in_transaction
    assert db.scalar("SELECT count(*) FROM settings") == before
    with db.transaction():  # the connection is usable again
        db.execute("INSERT INTO settings (key, value) VALUES ('after', '1')")


def test_nested_savepoint_after_sqlite_rolled_back(db):
    pages = db.scalar("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    db.execute("PRAGMA cache_size = 2")
    with pytest.raises(sqlite3.OperationalError) as caught, db.transaction(), db.transaction():
        for i in range(500):
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "x" * 3000))
    assert caught.value.sqlite_errorname == "SQLITE_FULL"


def test_demo_on_a_full_disk(mounts, monkeypatch, capsys):
    disk = mounts.disk(size="3m")
    db_path = disk / "kjcg.sqlite3"
    open_database(db_path).close()
    mounts.fill(disk, leave=160 * 1024)  # room to open (the -shm), not for the demo's rows
    assert main(["--db", str(db_path), "demo", "--size", "50", "--quiet"]) == 1
    _no_traceback_and_disk_full(capsys)
    (disk / ".filler").unlink()  # room for SQLite's -shm again, to read the file
    assert _sound(db_path) == 0


def test_backup_on_a_full_disk_leaves_no_part_file(db_path, mounts, capsys):
    db = open_database(db_path)
    build_demo(db, size=12, seed=1)
    db.close()
    count = _sound(db_path)
    backups = mounts.disk(db_path.parent / "backups", size="1m")
    mounts.fill(backups)
    assert main(["--db", str(db_path), "backup"]) == 1
    _no_traceback_and_disk_full(capsys)
    assert _leftovers(backups) == []
    target = mounts.disk(size="1m")
    mounts.fill(target)
    assert main(["--db", str(db_path), "backup", "--to", str(target / "copy.sqlite3")]) == 1
    _no_traceback_and_disk_full(capsys)
    assert _leftovers(target) == []
    assert _sound(db_path) == count


@pytest.mark.parametrize("command", [
    ["export", "ledger", "{out}/台账.xlsx"],
    ["export", "finance", "{out}/财务.xlsx", "--year", "2025"],
    ["doc", "disclosure-form", "--id", "1", "--out", "{out}/披露表.pdf"],
    ["report", "--year", "2025", "--out", "{out}/报告"],
])
def test_exports_documents_and_report_on_a_full_disk(db_path, mounts, capsys, command):
    db = open_database(db_path)
    build_demo(db, size=12, seed=1)
    db.close()
    count = _sound(db_path)
    out = mounts.disk(size="1m")
    mounts.fill(out)
    assert main(["--db", str(db_path), *[c.format(out=out) for c in command]]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("磁盘空间已满" in err or "No space left" in err), err
    assert _leftovers(out) == []
    assert _sound(db_path) == count


def test_attachment_on_a_full_disk(db_path, mounts, tmp_path):
    db = open_database(db_path)
    aid = create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    source = tmp_path / "证书.pdf"
    source.write_bytes(b"%PDF" + bytes(range(256)) * 8000)
    store = mounts.disk(db_path.parent / "attachments", size="1m")
    mounts.fill(store)
    with pytest.raises(OSError):
        add_attachment(db, "achievement", aid, source)
    assert db.scalar("SELECT count(*) FROM attachments") == 0
    db.close()
    assert _leftovers(store) == []


def test_import_on_a_full_disk(mounts, tmp_path, capsys):
    import openpyxl

    from kjcg_desktop.storage.db import explain_error

    book = tmp_path / "台账.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["成果名称", "成果类型", "摘要"])
    for i in range(600):
        ws.append([f"成果{i}", "发明专利", "一种用于测试的方法" * 40])
    wb.save(book)
    disk = mounts.disk(size="3m")
    db_path = disk / "kjcg.sqlite3"
    open_database(db_path).close()
    mounts.fill(disk, leave=160 * 1024)
    code = main(["--db", str(db_path), "import", str(book)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err and "磁盘空间已满" in err, out + err
    (disk / ".filler").unlink()
    assert _sound(db_path) == 0
    assert explain_error(StorageError("x")) is None
