"""The ledger queries: search index kept in sync (also for executemany), short and long terms,
facets, sorting, and the delete-only-drafts rule."""

import json
from datetime import datetime

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as repo
from kjcg_desktop.storage import ledger, open_database


def _new(db, name="一种锂离子电池正极材料的制备方法", **fields):
    values = {"name": name, "type": "invention", "legal_status": "pending", "status": "registered", **fields}
    return repo.create_achievement(db, values, [{"name": "王小明", "share": "60"}, {"name": "李四", "share": "40"}])


def test_search_long_and_short_terms_and_inventors(db):
    a = _new(db, application_no="CN202310123456.7", keywords="储能、正极")
    b = _new(db, name="智能电网调度软件V1.0", type="software", registration_no="2024SR0123456")
    assert ledger.ledger_ids(db, search="锂离子") == [a]          # trigram MATCH
    assert ledger.ledger_ids(db, search="电池") == [a]            # 2 chars: LIKE path
    assert set(ledger.ledger_ids(db, search="电")) == {a, b}      # 1 char
    assert ledger.ledger_ids(db, search="310123") == [a]         # application number substring
    assert ledger.ledger_ids(db, search="sr0123") == [b]         # case-insensitive
    assert ledger.ledger_ids(db, search="Sr0123") == [b] == ledger.ledger_ids(db, search="sR")
    assert ledger.ledger_ids(db, search="智能电网调度软件v1.0") == [b]
    assert set(ledger.ledger_ids(db, search="王小明")) == {a, b}   # inventor, 3 chars
    assert set(ledger.ledger_ids(db, search="李四")) == {a, b}     # inventor, 2 chars
    assert ledger.ledger_ids(db, search="王小明 储能") == [a]       # AND of terms
    assert ledger.ledger_ids(db, search='100% "_') == []          # LIKE wildcards and quotes are literal
    assert ledger.count(db, search="电池") == 1


def test_index_follows_updates_inventors_extra_and_deletes(db):
    a = _new(db, status="disclosed")
    repo.update_achievement(db, a, {"name": "海洋平台防腐涂层", "extra": '{"备注": "重点培育项目", "合作方": "上海电气"}'})
    assert ledger.ledger_ids(db, search="锂离子") == []
    assert ledger.ledger_ids(db, search="防腐涂层") == [a]
    assert ledger.ledger_ids(db, search="重点培育") == [a]       # imported extra column, trigram
    assert ledger.ledger_ids(db, search="电气") == [a]           # imported extra column, LIKE
    repo.set_inventors(db, a, [{"name": "赵钱孙"}])
    assert ledger.ledger_ids(db, search="王小明") == []
    assert ledger.ledger_ids(db, search="赵钱孙") == [a]
    ledger.delete_draft(db, a)
    assert ledger.ledger_ids(db, search="防腐") == []
    assert db.scalar("SELECT count(*) FROM achievement_fts") == 0


def test_executemany_bulk_insert_is_indexed(db):
    now = datetime.now().isoformat(timespec="seconds")
    rows = [(i, f"批量导入成果{i:03d}号", "other", now, now) for i in range(1, 51)]
    db.conn.executemany("INSERT INTO achievements (id, name, type, created_at, updated_at) VALUES (?,?,?,?,?)", rows)
    db.conn.executemany("INSERT INTO inventors (achievement_id, name) VALUES (?, ?)", [(i, "欧阳明月") for i in range(1, 51)])
    assert ledger.count(db, search="导入成果007") == 1
    assert ledger.count(db, search="欧阳明月") == 50
    db.execute("DELETE FROM achievement_fts")
    ledger.rebuild_search_index(db)
    assert ledger.count(db, search="导入成果007") == 1


def test_facets_sort_and_fetch(demo_db):
    db = demo_db
    total = ledger.count(db)
    inventions = ledger.count(db, {"type": "invention"})
    assert inventions == db.scalar("SELECT count(*) FROM achievements WHERE type = 'invention'") > 0
    both = ledger.count(db, {"type": "invention", "attribute": "granted"})
    assert both == db.scalar("SELECT count(*) FROM achievements WHERE type = 'invention' AND attribute = 'granted'") < inventions
    counts = ledger.facet_counts(db, "type", {"type": "invention", "attribute": "granted"})
    assert counts["invention"] == both and sum(counts.values()) == ledger.count(db, {"attribute": "granted"})
    years = ledger.facet_counts(db, "year")
    assert sum(years.values()) == total
    year = max(years)
    assert ledger.count(db, {"year": year}) == years[year]
    running = ledger.count(db, {"running_publicity": True})
    assert running == db.scalar("SELECT count(DISTINCT achievement_id) FROM publicities WHERE state = 'running'") > 0
    names = ledger.ledger_ids(db, sort="name")
    fetched = ledger.fetch_rows(db, names, ["name"])
    assert [fetched[i][0] for i in names] == sorted(fetched[i][0] for i in names)
    stages = ledger.ledger_ids(db, sort="stage", descending=True)
    order = [m.value for m in d.Stage]
    values = [ledger.fetch_rows(db, [i], ["stage"])[i][0] for i in stages]
    assert [order.index(v) for v in values] == sorted((order.index(v) for v in values), reverse=True)


def test_only_drafts_are_deleted_others_archived(db):
    registered = _new(db)
    with pytest.raises(d.DomainError, match="只能归档"):
        ledger.delete_draft(db, registered)
    ledger.archive(db, registered)
    assert db.scalar("SELECT status FROM achievements WHERE id = ?", (registered,)) == "archived"
    history = ledger.history_of(db, registered)
    assert history[0]["action"] == "archive" and history[0]["old"] == {"status": "registered"}
    draft = _new(db, name="草稿成果", status="disclosed")
    ledger.delete_draft(db, draft)
    assert db.get("achievements", draft) is None
    assert db.scalar("SELECT count(*) FROM events WHERE entity_id = ? AND action = 'delete'", (draft,)) == 1


def test_longer_terms_need_their_characters_in_order(db):
    """A text holding every trigram of a term, but not the term, is not found."""
    whole = _new(db, name="锂离子电池正极材料")
    scattered = _new(db, name="正极材A 极材料B")
    assert ledger.ledger_ids(db, search="正极材") == [whole, scattered]  # one trigram
    assert ledger.ledger_ids(db, search="正极材料") == [whole]
    assert ledger.ledger_ids(db, search="正极材料", descending=True) == [whole]
    assert ledger.count(db, {"type": "invention"}, search="正极材料") == 1


def test_python_search_document_matches_the_sql_one(db):
    from kjcg_desktop.storage.migrations import LEDGER_SEARCH_DOC

    a = _new(db, application_no="CN202310123456.7", keywords="储能、正极")
    claims = "1. 一种正极材料，其特征在于" + "包括镍钴锰前驱体" * 30
    repo.update_achievement(db, a, {"extra": json.dumps({"合作方": "上海电气", "备注": "重点培育项目", "空": None,
                                                         "权利要求": claims}, ensure_ascii=False)})
    row = dict(db.one("SELECT * FROM achievements WHERE id = ?", (a,)))
    row["extra"] = json.loads(row["extra"])
    names = [r[0] for r in db.query("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position, id", (a,))]
    in_sql = db.scalar(f"SELECT {LEDGER_SEARCH_DOC.format(p='a')} FROM achievements a WHERE a.id = ?", (a,))
    assert ledger.search_document(row, names) == in_sql
    server = getattr(db, "dialect", "sqlite") == "postgresql"  # the server keeps its search text in lower case
    assert db.scalar("SELECT doc FROM achievement_fts WHERE rowid = ?", (a,)) == (in_sql.lower() if server else in_sql)
    assert "王小明 李四" in in_sql and "重点培育项目" in in_sql
    assert "镍钴锰" not in in_sql  # a long text (over SEARCH_TEXT_MAX characters) is kept, not searched


def test_long_texts_are_kept_on_the_record_but_not_searched(db):
    """An export's 摘要/权利要求 columns (hundreds or thousands of characters) stay in the record's
    extra fields; the search finds the record by its short fields, as it never searched the summary."""
    from kjcg_desktop.storage.migrations import SEARCH_TEXT_MAX

    a = _new(db, name="一种储能装置")
    repo.update_achievement(db, a, {"extra": json.dumps({"代理机构": "上海华东专利事务所", "主权项": "一种储能装置" + "包括壳体" * 60,
                                                         "短文本": "甲" * SEARCH_TEXT_MAX}, ensure_ascii=False)})
    assert ledger.ledger_ids(db, search="华东专利") == [a]
    assert ledger.ledger_ids(db, search="包括壳体") == []
    assert ledger.ledger_ids(db, search="甲甲甲") == [a]  # exactly SEARCH_TEXT_MAX characters: searched
    assert "包括壳体" in json.loads(db.scalar("SELECT extra FROM achievements WHERE id = ?", (a,)))["主权项"]


def test_migration_to_one_search_table_reindexes_the_ledger(db_path, monkeypatch):
    from kjcg_desktop.storage import migrations

    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:5])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 5)
    db = open_database(db_path)
    a = _new(db)
    assert db.scalar("SELECT count(*) FROM inventor_fts") == 2
    db.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(full))
    db = open_database(db_path)
    tables = {r[0] for r in db.query("SELECT name FROM sqlite_master")}
    assert "inventor_fts" not in tables and "inventors_name" not in tables
    assert ledger.ledger_ids(db, search="王小明") == [a] == ledger.ledger_ids(db, search="锂离子电池")
    repo.set_inventors(db, a, [{"name": "赵钱孙"}])
    assert ledger.ledger_ids(db, search="王小明") == [] and ledger.ledger_ids(db, search="赵钱孙") == [a]
    db.close()


def test_the_review_column_lists_the_open_flags_with_their_cells_and_resolving_records_the_operator(db):
    from kjcg_desktop.storage import review_flags
    from kjcg_desktop.storage.settings import Settings

    a = _new(db)
    b = _new(db, name="没有待核对项")
    with db.transaction():
        for cell, reason in (("台账!D7", "申请号的校验位不符"), ("台账!E7", "申请日有歧义")):
            db.insert("review_flags", {"achievement_id": a, "field": "application_no", "kind": "check_digit", "reason": reason,
                                       "sheet": "台账", "cell": cell, "original": "x", "created_at": "2026-01-05T10:00:00"})
    rows = ledger.fetch_rows(db, [a, b], ("review",))
    assert rows[a][0] == "台账!D7　申请号的校验位不符\n台账!E7　申请日有歧义" and rows[b][0] is None
    Settings(db).set("operator", "张三")
    first = db.scalar("SELECT min(id) FROM review_flags")
    review_flags.resolve_flag(db, first, "已按受理通知书核对")
    assert ledger.fetch_rows(db, [a], ("review",))[a][0] == "台账!E7　申请日有歧义"
    if getattr(db, "dialect", "sqlite") == "sqlite":  # on the server the operator is the signed-in role
        assert db.scalar("SELECT resolved_by FROM review_flags WHERE id = ?", (first,)) == "张三"
    assert db.scalar("SELECT resolved_by FROM review_flags WHERE id = ?", (first,))
