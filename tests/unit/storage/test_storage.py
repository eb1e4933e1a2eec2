"""Storage: schema, transactions, migrations with backup, the event hash chain."""

import sqlite3
from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.domain import DomainError
from kjcg_desktop.paths import backup_dir_for
from kjcg_desktop.storage import SCHEMA_VERSION, open_database
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.storage.events import verify_chain


def _new(db, **kw):
    fields = {"name": "一种高强度铝合金的制备方法", "type": "invention", "legal_status": "pending", "ledger_no": "KJCG-2025-00001"}
    fields.update(kw)
    return ach.create_achievement(db, fields, [{"name": "张伟", "share": "60", "is_representative": True}, {"name": "李娜", "share": "40"}])


@pytest.mark.sqlite_only
def test_pragmas_and_version(db):
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.user_version == SCHEMA_VERSION


def test_check_constraints_refuse_bad_enum(db):
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute("INSERT INTO achievements (name, type, created_at, updated_at) VALUES ('x', 'bogus', '', '')")


def test_transaction_rolls_back_everything(db):
    with pytest.raises(RuntimeError), db.transaction():
        _new(db)
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM achievements") == 0
    assert db.scalar("SELECT count(*) FROM inventors") == 0
    assert db.scalar("SELECT count(*) FROM events") == 0


def test_create_derives_tags_and_logs(db):
    aid = _new(db, legal_status="granted")
    row = ach.get_achievement(db, aid)
    assert row["attribute"] == "granted" and row["stage"] == "research"
    assert [r["name"] for r in ach.inventors_of(db, aid)] == ["张伟", "李娜"]
    event = db.one("SELECT * FROM events WHERE entity = 'achievement' AND entity_id = ?", (aid,))
    # the file records the settings' operator; the office server the database role signed in
    operator = "postgres" if getattr(db, "dialect", "sqlite") == "postgresql" else "测试员"
    assert event["action"] == "create" and event["operator"] == operator


def test_evidence_moves_stage_and_override_needs_reason(db):
    aid = _new(db)
    ach.add_evidence(db, aid, "intent_contract", "与某公司签订意向书", date(2025, 1, 1))
    # 1-2 第八条(二): the evidence supports; development needs all the conditions confirmed
    assert ach.get_achievement(db, aid)["stage"] == "research"
    conditions = {key: True for key, _ in d.stage.DEVELOPMENT_CONDITIONS}
    with pytest.raises(DomainError, match="确认人"):
        ach.set_stage_conditions(db, aid, conditions, confirmed_by=" ")
    decision = ach.set_stage_conditions(db, aid, conditions, confirmed_by="技术转移中心 王老师", note="评审会确认")
    assert decision.stage.value == "development" and ach.get_achievement(db, aid)["stage"] == "development"
    assert ach.stage_conditions_of(db, aid)["confirmed_by"] == "技术转移中心 王老师"
    ach.set_stage_conditions(db, aid, {**conditions, "resources": False}, confirmed_by="技术转移中心 王老师")
    assert ach.get_achievement(db, aid)["stage"] == "research"
    ach.set_stage_conditions(db, aid, conditions, confirmed_by="技术转移中心 王老师")
    assert ach.get_achievement(db, aid)["stage"] == "development"
    with pytest.raises(DomainError, match="书面理由"):
        ach.override_stage(db, aid, "indistinguishable", "")
    ach.override_stage(db, aid, "indistinguishable", "经费混用无法区分")
    row = ach.get_achievement(db, aid)
    assert row["stage"] == "indistinguishable" and row["stage_override_reason"] == "经费混用无法区分"
    actions = [r["action"] for r in db.query("SELECT action FROM events WHERE entity_id = ? ORDER BY id", (aid,))]
    assert "stage_override" in actions


def test_update_logs_old_and_new(db):
    aid = _new(db)
    ach.update_achievement(db, aid, {"legal_status": "granted", "grant_date": "2025-06-01"})
    assert ach.get_achievement(db, aid)["attribute"] == "granted"
    ev = db.one("SELECT old, new FROM events WHERE action = 'update'")
    assert '"pending"' in ev["old"] and '"granted"' in ev["new"]


def test_expenditure_carries_treatment_and_article(db):
    aid = _new(db, legal_status="granted")
    eid = ach.add_expenditure(db, aid, on=date(2025, 1, 1), kind="registration", amount_fen=120000)
    row = db.get("expenditures", eid)
    assert row["treatment"] == "capitalize" and row["article"] == "1-2 第十条"


def test_grant_workflow_with_publicity(db):
    aid = _new(db)
    app_id = apps.create_application(db, "ownership", achievement_id=aid, grant_mode="partial", team_share="80")
    apps.transition(db, app_id, "submit")
    apps.transition(db, app_id, "approve")
    with pytest.raises(DomainError, match="不少于15日"):
        pubs.create_publicity(db, "grant", "公示", date(2025, 3, 3), 10, application_id=app_id)
    pub_id = pubs.create_publicity(db, "grant", "公示", date(2025, 3, 3), 15, application_id=app_id, achievement_id=aid)
    assert apps.get_application(db, app_id)["state"] == "in_publicity"
    assert db.get("publicities", pub_id)["end_date"] == "2025-03-18"
    with pytest.raises(DomainError, match="2025-03-19 起可办理"):
        pubs.close_publicity(db, pub_id, date(2025, 3, 18))  # 民法典第二百零三条: the last day ends at 24:00
    pubs.close_publicity(db, pub_id, date(2025, 3, 19))
    assert apps.get_application(db, app_id)["state"] == "publicity_ended"


def test_objection_sends_application_back(db):
    aid = _new(db)
    app_id = apps.create_application(db, "use_right", achievement_id=aid, term_years=10, state="approved")
    pub_id = pubs.create_publicity(db, "grant", "公示", date(2025, 3, 3), 15, application_id=app_id)
    pubs.add_objection(db, pub_id, "王强", date(2025, 3, 5), "本人亦为完成人但未列入")
    assert apps.get_application(db, app_id)["state"] == "submitted"


@pytest.mark.sqlite_only
def test_event_log_is_append_only_and_chained(db):
    _new(db)
    assert verify_chain(db) is None
    with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
        db.execute("UPDATE events SET operator = 'x'")
    # tampering outside the app (triggers dropped) is detected
    db.execute("DROP TRIGGER events_no_update")
    db.execute("UPDATE events SET new = '{}' WHERE id = 1")
    broken = verify_chain(db)
    assert broken is not None and broken.event_id == 1


def test_migration_from_v1_file_keeps_rows_and_backs_up(db_path, monkeypatch):
    from kjcg_desktop.storage import migrations

    db = open_database(db_path)
    for i in range(5):
        _new(db, ledger_no=f"KJCG-2025-{i:05d}")
    db.close()
    calls = []

    def v2(database):
        calls.append(1)
        database.execute("ALTER TABLE achievements ADD COLUMN note TEXT")

    cur = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", cur + 1)
    db = open_database(db_path)
    assert calls == [1] and db.user_version == cur + 1
    assert db.scalar("SELECT count(*) FROM achievements") == 5
    assert db.scalar("SELECT count(*) FROM inventors") == 10
    backups = list(backup_dir_for(db_path).glob(f"*before-migration-v{cur}-to-v{cur + 1}*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM achievements").fetchone()[0] == 5
    assert copy.execute("PRAGMA user_version").fetchone()[0] == cur
    db.close()


def test_failed_migration_leaves_previous_version(db_path, monkeypatch):
    from kjcg_desktop.storage import migrations

    open_database(db_path).close()

    def broken(database):
        database.execute("ALTER TABLE achievements ADD COLUMN note TEXT")
        raise RuntimeError("half-way")

    cur = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", cur + 1)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == cur
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(achievements)")]


def test_newer_database_refused(db_path):
    from kjcg_desktop.storage import StorageError

    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StorageError, match="高于本软件支持的版本"):
        open_database(db_path)


def test_migration_16_takes_long_texts_out_of_the_search(db_path, monkeypatch):
    """A ledger imported before v16 has an export's claims in its search index; after the upgrade the
    record is found by its short fields only, and every record is still indexed."""
    import json

    from kjcg_desktop.storage import ledger, migrations

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:15])
        m.setattr(migrations, "SCHEMA_VERSION", 15)
        db = open_database(db_path)
        a = _new(db, ledger_no="KJCG-2025-00001", name="一种储能装置")
        b = _new(db, ledger_no="KJCG-2025-00002", name="一种电池壳体")
        db.execute("UPDATE achievements SET extra = ? WHERE id = ?",
                   (json.dumps({"权利要求": "包括壳体" * 80, "代理机构": "华东专利事务所"}, ensure_ascii=False), a))
        assert ledger.ledger_ids(db, search="包括壳体") == [a]
        db.close()
    db = open_database(db_path)
    assert db.user_version == migrations.SCHEMA_VERSION
    assert ledger.ledger_ids(db, search="包括壳体") == []
    assert ledger.ledger_ids(db, search="华东专利") == [a]
    assert ledger.ledger_ids(db, search="电池壳体") == [b]
    assert db.scalar("SELECT count(*) FROM achievement_fts") == 2
    db.execute("UPDATE achievements SET extra = json_set(extra, '$.备注', '重点项目') WHERE id = ?", (a,))
    assert ledger.ledger_ids(db, search="重点项目") == [a] and ledger.ledger_ids(db, search="包括壳体") == []
    db.close()
