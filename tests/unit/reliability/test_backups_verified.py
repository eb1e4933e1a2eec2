"""Backups: written with the online backup API and verified before they count; the daily backup
once a day; the newest GOOD backup is found; restore keeps what it replaces, even a damaged file."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.backups import backup_to, daily_backup, list_backups
from kjcg_desktop.services.startup import backups_of, check_at_start, newest_good_backup
from kjcg_desktop.storage import Settings, StorageError, open_database
from kjcg_desktop.storage import backup as backup_module


def test_unverifiable_copy_is_not_kept(db, monkeypatch):
    def fails(path):
        raise StorageError("校验失败")

    monkeypatch.setattr(backup_module, "verify_database_file", fails)
    with pytest.raises(StorageError):
        backup_to(db)
    folder = db.path.parent / "backups"
    assert not list(folder.glob("*"))  # neither the copy nor its .part


def test_daily_backup_once_a_day_holds_committed_data(db):
    Settings(db).set("unit_name", "某研究院")  # committed, still in the WAL
    first = daily_backup(db)
    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert daily_backup(db) is None
    copy = sqlite3.connect(first)
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert "某研究院" in copy.execute("SELECT value FROM settings WHERE key = 'unit_name'").fetchone()[0]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # a single self-contained file
    copy.close()


def test_newest_good_backup_skips_broken_ones(db):
    good = backup_to(db)
    broken = backup_to(db)
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    now = time.time()
    os.utime(good, (now - 60, now - 60))
    assert [b.path for b in backups_of(db.path)] == [broken, good]
    info = newest_good_backup(db.path)
    assert info is not None and info.path == good and info.kind == "manual" and info.size > 0


def test_cli_restore_over_a_damaged_database_keeps_it(db_path, tmp_path, capsys):
    db = open_database(db_path)
    Settings(db).set("unit_name", "好的")
    good = backup_to(db, tmp_path / "good.sqlite3")
    db.close()
    with open(db_path, "r+b") as fh:
        fh.seek(0)
        fh.write(b"\x00" * 100)  # the header is gone
    damaged = db_path.read_bytes()
    assert check_at_start(db_path)
    assert main(["--db", str(db_path), "restore", str(good)]) == 0
    kept = list((db_path.parent / "backups" / "damaged").glob("*-damaged.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert kept[0] not in list_backups(db_path)  # never offered for restore
    assert not check_at_start(db_path)
    assert main(["--db", str(db_path), "check"]) == 0


def test_rotation_keeps_7_daily_4_weekly_12_monthly(db):
    from datetime import date, datetime, timedelta

    from kjcg_desktop.services.backups import rotate

    folder = db.path.parent / "backups"
    folder.mkdir()
    today = date(2026, 11, 25)
    for i in range(400):  # a year and more of daily backups, one a day
        day = today - timedelta(days=i)
        p = folder / f"kjcg-{day:%Y%m%d}-daily.sqlite3"
        p.write_bytes(b"")
        stamp = datetime(day.year, day.month, day.day, 9).timestamp()
        os.utime(p, (stamp, stamp))
    rotate(db.path)
    kept = sorted(date.fromisoformat(f"{p.name[5:9]}-{p.name[9:11]}-{p.name[11:13]}") for p in folder.glob("*-daily.sqlite3"))
    days = {d for d in kept if (today - d).days < 7}
    weeks = {d.isocalendar()[:2] for d in kept}
    months = {(d.year, d.month) for d in kept}
    assert len(days) == 7
    assert len(kept) <= 7 + 4 + 12
    assert len(months) == 12 and min(kept) >= date(2025, 12, 1)
    assert {(today - timedelta(weeks=w)).isocalendar()[:2] for w in range(4)} <= weeks


def test_backups_of_another_database_in_the_same_folder_are_left_alone(db, data_dir):
    other = open_database(data_dir / "kjcg-demo.sqlite3")
    theirs = [backup_to(other), daily_backup(other)]
    other.close()
    mine = daily_backup(db)
    assert list_backups(db.path) == [mine]
    assert set(list_backups(data_dir / "kjcg-demo.sqlite3")) == set(theirs)
    assert all(p.exists() for p in theirs)
