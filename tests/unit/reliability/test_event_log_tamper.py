"""Tamper-evident history: an entry edited or deleted outside the app (triggers dropped, plain
sqlite3) is found by ``check``, which names the first broken entry — including deletions at the
END of the log, which the chain alone cannot see (the event head catches them)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.integrity import check_database
from kjcg_desktop.storage import Settings, open_database
from kjcg_desktop.storage.events import log_event, row_hash, verify_chain

N = 8  # events in the fixture log


@pytest.fixture
def logged(db_path):
    db = open_database(db_path)
    for i in range(1, N + 1):
        with db.transaction():
            log_event(db, "achievement", i, "update", old={"n": i - 1}, new={"n": i})
    db.close()
    return db_path


def outside(db_path, *sql: str, params=()) -> None:
    """Tamper as someone with the sqlite3 shell would: drop the guard triggers, then write."""
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER IF EXISTS events_no_update")
    conn.execute("DROP TRIGGER IF EXISTS events_no_delete")
    conn.execute("DROP TRIGGER IF EXISTS event_head_no_delete")
    for statement in sql:
        conn.execute(statement, params if "?" in statement else ())
    conn.commit()
    conn.close()


def rewrite_with_hash(db_path, event_id: int, **changes) -> None:
    """Edit one entry AND recompute its own hash, so only its neighbours can tell."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER events_no_update")
    row = dict(conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone())
    row.update(changes)
    conn.execute("UPDATE events SET operator = ?, new = ?, hash = ? WHERE id = ?",
                 (row["operator"], row["new"], row_hash(row), event_id))
    conn.commit()
    conn.close()


def broken(db_path):
    db = open_database(db_path)
    try:
        return verify_chain(db), check_database(db)
    finally:
        db.close()


def test_untouched_log_verifies(logged):
    brk, report = broken(logged)
    assert brk is None and report.ok


@pytest.mark.parametrize(("tamper", "first", "words"), [
    ("UPDATE events SET operator = '别人' WHERE id = 4", 4, "内容与其哈希不符"),
    ("UPDATE events SET new = '{\"n\": 99}' WHERE id = 1", 1, "内容与其哈希不符"),
    (f"UPDATE events SET ts = '2020-01-01T00:00:00' WHERE id = {N}", N, "内容与其哈希不符"),
    ("DELETE FROM events WHERE id = 1", 1, "第 1 条缺失"),
    ("DELETE FROM events WHERE id = 5", 5, "第 5 条缺失"),
    ("DELETE FROM events WHERE id IN (3, 6)", 3, "第 3 条缺失"),
    (f"DELETE FROM events WHERE id = {N}", N, f"第 {N} 条至第 {N} 条（末尾 1 条）缺失"),
    (f"DELETE FROM events WHERE id > {N - 3}", N - 2, f"第 {N - 2} 条至第 {N} 条（末尾 3 条）缺失"),
    ("DELETE FROM events", 1, f"第 1 条至第 {N} 条（末尾 {N} 条）缺失"),
    ("DELETE FROM event_head", N + 1, "日志头记录缺失"),
])
def test_edit_or_delete_outside_is_named(logged, tamper, first, words):
    outside(logged, tamper)
    brk, report = broken(logged)
    assert brk is not None and brk.event_id == first
    assert words in brk.message
    assert not report.ok and brk.message in report.problems
    assert report.findings[0]["kind"] == "event_chain" and report.findings[0]["event_id"] == first


@pytest.mark.parametrize("event_id", [3, N])
def test_rewrite_with_recomputed_hash_is_named(logged, event_id):
    rewrite_with_hash(logged, event_id, operator="别人", new=json.dumps({"n": 0}))
    brk, _ = broken(logged)
    assert brk is not None and brk.event_id == event_id
    assert "改写" in brk.message


def test_deleting_the_tail_then_using_the_app_still_shows_the_gap(logged):
    outside(logged, f"DELETE FROM events WHERE id > {N - 2}")
    db = open_database(logged)
    Settings(db).set("unit_name", "某单位")  # the app appends after the (forged) end
    brk = verify_chain(db)
    db.close()
    assert brk is not None and brk.event_id == N - 1 and "缺失" in brk.message


def test_rows_forged_without_advancing_the_head(logged):
    conn = sqlite3.connect(logged)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER events_advance_head")
    last = dict(conn.execute("SELECT * FROM events ORDER BY id DESC LIMIT 1").fetchone())
    forged = {**last, "id": N + 1, "new": json.dumps({"n": 1000}), "prev_hash": last["hash"]}
    forged["hash"] = row_hash(forged)
    conn.execute("INSERT INTO events VALUES (:id, :ts, :operator, :entity, :entity_id, :action, :old, :new, :article, "
                 ":prev_hash, :hash)", forged)
    conn.commit()
    conn.close()
    brk, _ = broken(logged)
    assert brk is not None and brk.event_id == N + 1 and "未经本软件追加" in brk.message


def test_check_cli_names_the_entry_in_text_and_json(logged, capsys):
    outside(logged, f"DELETE FROM events WHERE id = {N}")
    assert main(["--db", str(logged), "check"]) == 1
    err = capsys.readouterr().err
    assert f"事件日志第 {N} 条" in err and "1." in err
    assert main(["--db", str(logged), "check", "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    assert result["problems"] == [{"kind": "event_chain", "event_id": N, "message": result["problems"][0]["message"]}]
    assert "末尾 1 条" in result["problems"][0]["message"]


def test_check_json_when_sound(logged, capsys):
    assert main(["--db", str(logged), "check", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result == {"ok": True, "counts": result["counts"], "problems": [], "head": result["head"]}
    assert result["counts"]["events"] == N and result["head"].startswith(f"日志 #{N} ")


def test_head_migration_adopts_an_existing_log(db_path, monkeypatch):
    from kjcg_desktop.storage import migrations

    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:1])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    db = open_database(db_path)
    for i in range(3):
        with db.transaction():
            log_event(db, "achievement", i, "create")
    db.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(full))
    db = open_database(db_path)
    assert tuple(db.one("SELECT last_id, count FROM event_head")) == (3, 3)
    assert verify_chain(db) is None
    db.close()
    outside(db_path, "DELETE FROM events WHERE id = 3")
    brk, _ = broken(db_path)
    assert brk is not None and brk.event_id == 3


def test_app_keeps_working_after_the_head_trigger_was_dropped(logged):
    """Tampering must be reported, never lock the user out of their work."""
    conn = sqlite3.connect(logged)
    conn.execute("DROP TRIGGER events_advance_head")
    conn.commit()
    conn.close()
    db = open_database(logged)
    Settings(db).set("unit_name", "甲")
    Settings(db).set("unit_name", "乙")  # the head is now behind: the next id comes from the rows
    assert db.scalar("SELECT count(*) FROM events") == N + 2
    brk = verify_chain(db)
    db.close()
    assert brk is not None and brk.event_id == N + 1 and "未经本软件追加" in brk.message


# -- a log rewritten consistently (chain and head recomputed) is caught against the backups ----------

def _rechain(conn, from_id: int) -> None:
    """Recompute hashes from ``from_id`` on and the head, as a careful forger would."""
    conn.row_factory = sqlite3.Row
    prev = conn.execute("SELECT hash FROM events WHERE id = ?", (from_id - 1,)).fetchone()
    prev = prev[0] if prev else "0" * 64
    for r in conn.execute("SELECT * FROM events WHERE id >= ? ORDER BY id", (from_id,)).fetchall():
        row = dict(r)
        row["prev_hash"] = prev
        row["hash"] = row_hash(row)
        conn.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?", (row["prev_hash"], row["hash"], row["id"]))
        prev = row["hash"]
    last = conn.execute("SELECT max(id), count(*) FROM events").fetchone()
    conn.execute("UPDATE event_head SET last_id = ?, last_hash = ?, count = ?", (last[0] or 0, prev, last[1]))


def _backup(db_path):
    from kjcg_desktop.services.backups import backup_to

    db = open_database(db_path)
    path = backup_to(db)
    db.close()
    return path


def test_tail_deleted_and_head_forged_is_caught_by_the_backup(logged):
    backup = _backup(logged)
    conn = sqlite3.connect(logged)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute(f"DELETE FROM events WHERE id > {N - 2}")
    _rechain(conn, N - 1)
    conn.commit()
    conn.close()
    db = open_database(logged)
    assert verify_chain(db) is None  # the chain and head alone now look sound
    report = check_database(db)
    db.close()
    assert not report.ok
    finding = report.findings[0]
    assert finding["kind"] == "event_history" and finding["event_id"] == N and finding["backup"] == str(backup)
    assert f"第 {N} 条在当前数据库中不存在" in finding["message"]


def test_middle_entry_rewritten_and_rechained_is_caught_by_the_backup(logged):
    _backup(logged)
    conn = sqlite3.connect(logged)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET operator = '别人' WHERE id = 3")
    _rechain(conn, 3)
    conn.commit()
    conn.close()
    db = open_database(logged)
    assert verify_chain(db) is None
    report = check_database(db)
    db.close()
    assert [f["kind"] for f in report.findings] == ["event_history"] and "内容不同" in report.problems[0]


def test_file_replaced_by_an_older_copy_outside_the_app(logged, tmp_path):
    old_copy = tmp_path / "old.sqlite3"
    old_copy.write_bytes(logged.read_bytes())
    db = open_database(logged)
    Settings(db).set("unit_name", "新")
    db.close()
    _backup(logged)
    logged.write_bytes(old_copy.read_bytes())  # copied over by hand
    db = open_database(logged)
    report = check_database(db)
    db.close()
    assert not report.ok and report.findings[0]["kind"] == "event_history"


def test_restore_through_the_app_is_logged_and_not_a_finding(logged, capsys):
    older = _backup(logged)
    db = open_database(logged)
    Settings(db).set("unit_name", "恢复前")
    db.close()
    _backup(logged)  # newer than what will be restored
    assert main(["--db", str(logged), "restore", str(older)]) == 0
    assert main(["--db", str(logged), "check"]) == 0
    db = open_database(logged)
    event = db.one("SELECT operator, new FROM events WHERE entity = 'database' AND action = 'restore'")
    db.close()
    assert event["operator"] == "测试员" and older.name in event["new"]


def test_restore_refuses_a_backup_from_a_newer_version(logged, tmp_path, capsys):
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(logged.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = logged.read_bytes()
    assert main(["--db", str(logged), "restore", str(newer)]) == 1
    assert "更新版本" in capsys.readouterr().err
    assert logged.read_bytes() == before


# -- anchors: what a forger with a SQLite tool cannot follow ---------------------------------------

def test_dropped_head_table_on_a_current_schema_is_tampering(logged):
    conn = sqlite3.connect(logged)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DROP TABLE event_head")
    conn.execute(f"DELETE FROM events WHERE id > {N - 3}")
    conn.commit()
    conn.close()
    brk, report = broken(logged)
    assert brk is not None and "event_head" in brk.message and "不是旧版本" in brk.message
    assert not report.ok and report.findings[0]["kind"] == "event_chain"


def _forge_restore(db_path, *, kept: str | None, source: str = "kjcg-20260101-000000-000000-manual.sqlite3") -> None:
    """Rewrite an entry, append a forged restore entry, rechain everything and the head."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET operator = '别人' WHERE id = 2")
    _rechain(conn, 2)
    last = conn.execute("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    row = {"ts": "2099-01-01T00:00:00", "operator": "测试员", "entity": "database", "entity_id": None,
           "action": "restore", "old": None,
           "new": json.dumps({"source": source, "kept": kept, "source_head": [last[0], last[1]]}, ensure_ascii=False),
           "article": None, "prev_hash": last[1]}
    row["hash"] = row_hash(row)
    conn.execute("INSERT INTO events (id, ts, operator, entity, entity_id, action, old, new, article, prev_hash, hash) "
                 "VALUES (:id, :ts, :operator, :entity, :entity_id, :action, :old, :new, :article, :prev_hash, :hash)",
                 {"id": last[0] + 1, **row})
    conn.commit()
    conn.close()


def test_a_forged_restore_entry_does_not_hide_a_rewritten_history(logged):
    backup = _backup(logged)
    _forge_restore(logged, kept=None)
    db = open_database(logged)
    assert verify_chain(db) is None  # chain and head are consistent
    report = check_database(db)
    db.close()
    assert not report.ok
    assert any("伪造" in m for m in report.problems)
    assert any(f["kind"] == "event_history" and f["backup"] == str(backup) for f in report.findings) is False


def test_a_forged_restore_naming_a_real_backup_as_kept_is_still_caught(logged):
    backup = _backup(logged)
    _forge_restore(logged, kept=backup.name, source=backup.name)
    db = open_database(logged)
    report = check_database(db)
    db.close()
    assert not report.ok and any("伪造" in m for m in report.problems), report.problems


def test_every_backup_records_the_head_and_it_outlives_rotation(logged):
    from kjcg_desktop.storage.backup import read_anchors

    backup = _backup(logged)
    anchors = read_anchors(logged)
    assert anchors[-1]["last_id"] == N and anchors[-1]["file"] == str(backup.resolve())
    backup.unlink()  # rotated away
    conn = sqlite3.connect(logged)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET operator = '别人' WHERE id = 5")
    _rechain(conn, 5)
    conn.commit()
    conn.close()
    db = open_database(logged)
    report = check_database(db)
    db.close()
    assert not report.ok and report.findings[0]["kind"] == "event_history" and report.findings[0]["event_id"] == N


def test_a_real_restore_from_outside_the_backup_folder_is_on_record(logged, tmp_path):
    outside_copy = tmp_path / "usb" / "copy.sqlite3"
    assert main(["--db", str(logged), "backup", "--to", str(outside_copy)]) == 0
    db = open_database(logged)
    Settings(db).set("unit_name", "之后")
    db.close()
    _backup(logged)
    assert main(["--db", str(logged), "restore", str(outside_copy)]) == 0
    db = open_database(logged)
    report = check_database(db)
    db.close()
    assert report.ok, report.problems


def test_issued_papers_print_the_head_an_auditor_can_compare(logged, tmp_path, capsys):
    from pypdf import PdfReader

    from kjcg_desktop.storage.achievements import create_achievement

    db = open_database(logged)
    aid = create_achievement(db, {"name": "甲", "type": "invention", "legal_status": "granted"})
    db.close()
    out = tmp_path / "披露表.pdf"
    assert main(["--db", str(logged), "doc", "disclosure-form", "--id", str(aid), "--out", str(out)]) == 0
    assert main(["--db", str(logged), "check"]) == 0
    printed = capsys.readouterr().out.split("事件日志头：")[1].split("（")[0]
    db = open_database(logged)
    last = db.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
    db.close()
    assert printed == f"日志 #{last[0]} {last[1][:12]}"
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert last[1][:12] in text


def test_the_annual_report_prints_the_head(logged, tmp_path):
    from pypdf import PdfReader

    assert main(["--db", str(logged), "report", "--year", "2025", "--out", str(tmp_path / "报告")]) == 0
    db = open_database(logged)
    last = db.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
    db.close()
    pdf = next((tmp_path / "报告").glob("*.pdf"))
    assert last[1][:12] in "".join(page.extract_text() for page in PdfReader(pdf).pages)
