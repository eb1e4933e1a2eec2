"""The command line and the services behind it, run as a user would."""

import json
import sqlite3
import subprocess
import sys

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.backups import rotate
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.services.integrity import check_database, recompute_all_tags


def run(*args):
    return subprocess.run([sys.executable, "-m", "kjcg_desktop", *args], capture_output=True, text=True, timeout=120)


def test_version_and_init_default_path(data_dir):
    result = run("--version")
    assert result.returncode == 0 and "KJCG Desktop" in result.stdout
    result = run("init")
    assert result.returncode == 0
    assert result.stdout.strip() == str((data_dir / "kjcg.sqlite3").resolve())


def test_demo_then_check_and_list(db_path, capsys):
    assert main(["--db", str(db_path), "demo", "--size", "200", "--seed", "3", "--quiet"]) == 0
    assert main(["--db", str(db_path), "check"]) == 0
    capsys.readouterr()
    for what in ("achievements", "applications", "deals", "publicities"):
        assert main(["--db", str(db_path), "list", what, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows and all("id" in r for r in rows)
    conn = sqlite3.connect(db_path)
    states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM applications")}
    assert {"draft", "submitted", "approved", "in_publicity", "publicity_ended", "agreement_signed", "effective",
            "rejected", "withdrawn"} <= states
    assert {r[0] for r in conn.execute("SELECT DISTINCT kind FROM deals")} == {"assignment", "licence", "equity"}
    assert {r[0] for r in conn.execute("SELECT DISTINCT funding_source FROM projects")} == {"government", "enterprise", "own"}
    assert {r[0] for r in conn.execute("SELECT DISTINCT stage FROM achievements")} == {"research", "development", "indistinguishable"}
    assert conn.execute("SELECT count(*) FROM publicities WHERE state = 'running'").fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM income_receipts").fetchone()[0] >= 1


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_demo_refuses_non_empty_database(demo_db, capsys):
    assert main(["--db", str(demo_db.path), "demo", "--quiet"]) == 1
    assert "已有成果数据" in capsys.readouterr().err


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_check_fails_on_tampering(demo_db, capsys):
    demo_db.execute("UPDATE achievements SET attribute = 'granted' WHERE legal_status = 'pending'")
    demo_db.execute("DROP TRIGGER events_no_delete")
    demo_db.execute("DELETE FROM events WHERE id = 2")
    assert main(["--db", str(demo_db.path), "check"]) == 1
    err = capsys.readouterr().err
    assert "事件日志第 2 条" in err and "属性标记" in err


def test_recompute_tags_repairs(demo_db):
    demo_db.execute("UPDATE achievements SET stage = 'development' WHERE id IN (SELECT id FROM achievements "
                    "WHERE stage = 'research' LIMIT 3)")
    assert not check_database(demo_db).ok
    assert recompute_all_tags(demo_db) == 3
    assert check_database(demo_db).ok


def test_backup_and_restore_keep_replaced_file(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "demo", "--size", "50", "--quiet"]) == 0
    target = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", "--to", str(target)]) == 0
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM stage_evidence")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "原数据库已另存为" in out
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM stage_evidence").fetchone()[0] > 0
    kept = [p for p in (db_path.parent / "backups").glob("*before-restore*")]
    assert kept and sqlite3.connect(kept[0]).execute("SELECT count(*) FROM stage_evidence").fetchone()[0] == 0


def test_restore_refuses_a_broken_file(db_path, tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    assert main(["--db", str(db_path), "restore", str(bad)]) == 1
    assert "无法读取" in capsys.readouterr().err


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_rotation_keeps_seven_daily(db, tmp_path):
    import os
    import time

    folder = db.path.parent / "backups"
    folder.mkdir()
    now = time.time()
    for i in range(20):
        p = folder / f"kjcg-{i:02d}-daily.sqlite3"
        p.write_bytes(b"")
        os.utime(p, (now - i * 86400, now - i * 86400))
    manual = folder / "kjcg-manual.sqlite3"
    manual.write_bytes(b"")
    removed = rotate(db.path)
    left = sorted(p.name for p in folder.glob("*-daily.sqlite3"))
    assert len(left) < 20 and len(removed) == 20 - len(left)
    assert all(f"kjcg-{i:02d}-daily.sqlite3" in left for i in range(7))
    assert manual.exists()


@pytest.mark.parametrize("size", [1, 30])
def test_demo_small_sizes(db, size):
    counts = build_demo(db, size=size, seed=size)
    assert counts["achievements"] == size
    assert check_database(db).ok


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_check_reports_a_stale_publicity_end_date(db, capsys):
    """`kjcg-desktop check`: a stored end date that differs from the one recomputed under the current
    holiday data is reported (R4, 民法典第二百零三条)."""
    from datetime import date

    from kjcg_desktop.storage import publicities as pubs

    pub = pubs.create_publicity(db, "grant", "赋权公示", date(2026, 12, 17), 15)
    assert main(["--db", str(db.path), "check"]) == 0
    db.execute("UPDATE publicities SET end_date = '2027-01-01' WHERE id = ?", (pub,))
    capsys.readouterr()
    assert main(["--db", str(db.path), "check"]) == 1
    err = capsys.readouterr().err
    assert f"公示 {pub}（赋权公示）存储的届满日 2027-01-01 与按当前节假日安排重新计算的 2027-01-04 不一致" in err
