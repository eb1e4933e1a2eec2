"""The office server (PostgreSQL) itself: moving a file's ledger to it, colleagues writing at the same
time on real connections, the server's roles and grants, its search index and attachments.
(Every repository behaviour is also run on it by the storage tests' ``db`` fixture.)"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date

import pytest

from kjcg_desktop.domain import DomainError
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import ledger
from kjcg_desktop.storage.events import verify_chain
from kjcg_desktop.storage.pg import open_server
from kjcg_desktop.storage.pg.database import PgReadOnlyError
from kjcg_desktop.storage.versions import StaleRecordError, row_version
from tests.pg_cluster import with_user


def _registered(db, name: str, **kw) -> int:
    fields = {"name": name, "type": "invention", "legal_status": "pending", "status": "registered",
              "registration_date": "2026-03-01", **kw}
    return ach.save_achievement(db, None, fields, [{"name": "张伟", "share": "100"}])


@pytest.fixture
def file_demo(db_path):
    """The demo ledger (200 achievements) in a SQLite file, as an office has it before the server."""
    from kjcg_desktop.services.demo import build_demo
    from kjcg_desktop.storage import open_database

    database = open_database(db_path)
    build_demo(database, size=200, seed=7)
    yield database
    database.close()


def test_migrate_to_copies_everything_and_verifies_it(file_demo, pg_url, tmp_path):
    demo_db = file_demo
    from kjcg_desktop.storage.attachments import add_attachment, attachment_path, attachments_of
    from kjcg_desktop.storage.pg.database import PgDatabase
    from kjcg_desktop.storage.pg.transfer import copy_to_server

    src = tmp_path / "任务书.pdf"
    src.write_bytes(b"%PDF-1.4 task book")
    add_attachment(demo_db, "achievement", 1, src, kind="task_book")
    server = PgDatabase(pg_url)
    report = copy_to_server(demo_db, server)
    assert report.ok, report.problems
    assert report.chain_ok and report.counts["achievements"] == (200, 200)
    assert report.counts["events"][0] == report.counts["events"][1] > 200
    assert report.attachments >= 1
    server.close()
    db = open_server(pg_url)
    assert verify_chain(db) is None
    row = attachments_of(db, "achievement", 1)[-1]
    assert attachment_path(db, row["stored_path"]).read_bytes() == b"%PDF-1.4 task book"
    name = demo_db.scalar("SELECT name FROM achievements WHERE id = 7")
    assert 7 in ledger.ledger_ids(db, search=name[:4]) and 7 in ledger.ledger_ids(db, search=name[:2])
    # the server goes on from the file's last entry and the next ledger number of the year
    last = db.scalar("SELECT max(id) FROM events")
    expected_no = ach.next_ledger_no(db, 2026)
    new_id = _registered(db, "迁移后新登记的成果")
    assert db.scalar("SELECT max(id) FROM events") == last + 1 and verify_chain(db) is None
    assert db.scalar("SELECT ledger_no FROM achievements WHERE id = ?", (new_id,)) == expected_no
    db.close()


def test_migrate_to_refuses_a_database_that_has_records(db_path, pg_db, pg_url):
    from kjcg_desktop.storage import open_database
    from kjcg_desktop.storage.pg.database import PgDatabase
    from kjcg_desktop.storage.pg.transfer import copy_to_server

    _registered(pg_db, "服务器上已有的成果")
    source = open_database(db_path)
    server = PgDatabase(pg_url)
    with pytest.raises(Exception, match="已有记录"):
        copy_to_server(source, server)
    server.close()
    source.close()
    assert pg_db.scalar("SELECT count(*) FROM achievements") == 1


def test_migrate_to_command_line(db_path, pg_url):
    from kjcg_desktop.storage import open_database

    source = open_database(db_path)
    for i in range(3):
        _registered(source, f"命令行迁移的成果{i}")
    source.close()
    out = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", str(db_path), "migrate-to", pg_url, "--quiet"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "哈希链在服务器上校验通过" in out.stdout and "achievements: 文件 3 行，服务器 3 行" in out.stdout
    listed = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", pg_url, "list", "achievements"],
                            capture_output=True, text=True, check=True).stdout
    assert "命令行迁移的成果2" in listed and "KJCG-2026-00003" in listed


def _in_threads(*jobs):
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(jobs))

    def run(job):
        try:
            barrier.wait()
            job()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def test_ledger_numbers_stay_unique_and_gap_free_with_two_clerks(pg_url):
    first, second = open_server(pg_url), open_server(pg_url)  # two real connections
    _in_threads(lambda: [_registered(first, f"甲登记的成果{i}") for i in range(12)],
                lambda: [_registered(second, f"乙登记的成果{i}") for i in range(12)])
    numbers = [r[0] for r in first.query("SELECT ledger_no FROM achievements ORDER BY ledger_no")]
    assert numbers == [f"KJCG-2026-{n:05d}" for n in range(1, 25)]
    assert verify_chain(first) is None
    assert first.scalar("SELECT count(*) FROM events") == 24
    first.close()
    second.close()


def test_edit_and_abandon_check_at_once_lose_no_update(pg_url):
    from kjcg_desktop.services.abandonment import process_due_abandonments

    clerk, checker = open_server(pg_url), open_server(pg_url)
    ids = [_registered(clerk, f"成果{i}") for i in range(5)]

    def edit():
        for n in range(15):
            ach.update_achievement(clerk, ids[n % 5], {"keywords": f"第{n}次修改"})

    def check():
        for _ in range(15):
            process_due_abandonments(checker, date(2026, 12, 9))

    _in_threads(edit, check)
    kept = {r[0]: r[1] for r in clerk.query("SELECT id, keywords FROM achievements")}
    assert [kept[i] for i in ids] == ["第10次修改", "第11次修改", "第12次修改", "第13次修改", "第14次修改"]
    assert clerk.scalar("SELECT count(*) FROM events WHERE action = 'update'") == 15
    assert verify_chain(clerk) is None
    clerk.close()
    checker.close()


def test_a_save_over_a_colleagues_newer_version_is_refused(pg_url, monkeypatch):
    mine, theirs = open_server(pg_url), open_server(pg_url)
    aid = _registered(mine, "一种高强度铝合金")
    loaded = row_version(mine, "achievements", aid)
    ach.save_achievement(theirs, aid, {"name": "一种高强度铝合金（同事已改）"}, [{"name": "张伟", "share": "100"}],
                         expected_version=loaded)
    with pytest.raises(StaleRecordError, match=r"此记录已被postgres于 \d\d:\d\d 修改（改动了：name）"):
        ach.save_achievement(mine, aid, {"name": "我的修改"}, [{"name": "张伟", "share": "100"}], expected_version=loaded)
    assert mine.scalar("SELECT name FROM achievements WHERE id = ?", (aid,)) == "一种高强度铝合金（同事已改）"
    fresh = row_version(mine, "achievements", aid)
    assert fresh == loaded + 1
    ach.save_achievement(mine, aid, {"name": "我的修改"}, [{"name": "张伟", "share": "100"}], expected_version=fresh)
    assert mine.scalar("SELECT name FROM achievements WHERE id = ?", (aid,)) == "我的修改"
    mine.close()
    theirs.close()


def test_two_imports_an_abandon_check_and_an_edit_at_once_lose_nothing(pg_url, tmp_path):
    from openpyxl import Workbook

    def workbook(name: str, prefix: str):
        wb = Workbook()
        ws = wb.active
        ws.append(["成果名称", "成果类型", "申请号", "发明人"])
        for i in range(40):
            ws.append([f"{prefix}成果{i}", "发明专利", f"CN2025{prefix == '甲' and 1 or 2}{i:07d}", "张伟"])
        path = tmp_path / name
        wb.save(path)
        return path

    files = [workbook("a.xlsx", "甲"), workbook("b.xlsx", "乙")]
    db = open_server(pg_url)
    edited = _registered(db, "导入期间被编辑的成果")
    commands = [["import", str(f)] for f in files] + [["abandon-check"]]
    procs = [subprocess.Popen([sys.executable, "-m", "kjcg_desktop", "--db", pg_url, *c],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    for n in range(10):  # a clerk edits meanwhile, in this process
        ach.update_achievement(db, edited, {"keywords": f"第{n}次"})
    results = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), results
    assert db.scalar("SELECT keywords FROM achievements WHERE id = ?", (edited,)) == "第9次"
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'achievement' AND entity_id = ? AND action = 'update'",
                     (edited,)) == 10
    assert db.scalar("SELECT count(*) FROM events WHERE entity = 'import_batch'") == 2
    assert db.scalar("SELECT count(*) FROM achievements") == 81
    assert db.scalar("SELECT count(DISTINCT ledger_no) FROM achievements") == 81
    assert db.scalar("SELECT count(*) FROM achievement_fts") == 81
    assert len(ledger.ledger_ids(db, search="乙成果3")) == 11
    assert verify_chain(db) is None
    db.close()


def test_a_viewer_can_browse_but_the_server_refuses_changes(pg_db, pg_cluster, pg_url):
    from kjcg_desktop.storage.pg.roles import add_user

    aid = _registered(pg_db, "只读账号可见的成果")
    add_user(pg_db, "viewer1", "pw-viewer", editor=False)
    add_user(pg_db, "clerk1", "pw-clerk", editor=True)
    viewer_url = with_user(pg_url, "viewer1", "pw-viewer")
    viewer = open_server(viewer_url)
    assert viewer.read_only
    assert viewer.scalar("SELECT name FROM achievements WHERE id = ?", (aid,)) == "只读账号可见的成果"
    with pytest.raises(PgReadOnlyError, match="只能查看"):
        ach.update_achievement(viewer, aid, {"keywords": "改不了"})
    with pytest.raises(PgReadOnlyError):
        viewer.execute("DELETE FROM events")
    viewer.close()
    clerk = open_server(with_user(pg_url, "clerk1", "pw-clerk"))
    assert not clerk.read_only
    ach.update_achievement(clerk, aid, {"keywords": "办事员修改"})
    assert clerk.scalar("SELECT operator FROM events ORDER BY id DESC LIMIT 1") == "clerk1"
    with pytest.raises(PgReadOnlyError):  # the log is append-only for the editors too
        clerk.execute("UPDATE events SET operator = 'someone'")
    with pytest.raises(PgReadOnlyError, match="必须是登录的数据库账号"):  # no entry in another's name
        from kjcg_desktop.storage.events import row_hash

        row = {"ts": "2026-12-09T10:00:00", "operator": "postgres", "entity": "achievement", "entity_id": aid,
               "action": "update", "old": None, "new": None, "article": None, "prev_hash": "0" * 64}
        with clerk.transaction():
            clerk.insert("events", {**row, "hash": row_hash(row)})
    clerk.close()
    assert verify_chain(pg_db) is None


def test_tampering_on_the_server_is_detected(pg_db):
    _registered(pg_db, "被篡改的成果")
    assert verify_chain(pg_db) is None
    with pytest.raises(Exception, match="只能追加"):
        pg_db.execute("UPDATE events SET operator = 'x'")
    pg_db.execute("ALTER TABLE events DISABLE TRIGGER events_no_change")  # the owner, outside the app
    pg_db.execute("UPDATE events SET new = '{}' WHERE id = 1")
    broken = verify_chain(pg_db)
    assert broken is not None and broken.event_id == 1


def test_long_terms_use_the_trigram_index_and_short_terms_scan(pg_db):
    ids = [_registered(pg_db, name) for name in ("科技成果转化平台", "高强度铝合金", "铝箔包装")]
    assert ledger.ledger_ids(pg_db, search="成果转化") == [ids[0]]
    assert ledger.ledger_ids(pg_db, search="铝") == [ids[1], ids[2]]
    assert ledger.ledger_ids(pg_db, search="铝合") == [ids[1]]
    raw = pg_db.pg.raw
    raw.execute("SET enable_seqscan = off")
    plan = "\n".join(r[0] for r in raw.execute(
        "EXPLAIN SELECT rowid FROM achievement_fts WHERE doc ~~ lower(kjcg_phrase_pattern('\"成果转化\"'))").fetchall())
    short = "\n".join(r[0] for r in raw.execute("EXPLAIN SELECT id FROM kjcg_short_search('%铝合%')").fetchall())
    raw.execute("RESET enable_seqscan")
    assert "achievement_fts_doc_trgm" in plan
    assert "achievement_fts_doc_chars" in short  # 1-2 characters: the index of each text's characters


def test_an_unreachable_server_is_a_chinese_message():
    from kjcg_desktop.storage.errors import StorageError

    with pytest.raises(StorageError, match="无法连接|连接已断开"):
        open_server("postgresql://nobody@127.0.0.1:9/kjcg?connect_timeout=2")


def test_a_dropped_connection_is_reported_and_the_next_save_reconnects(pg_db, pg_cluster):
    from kjcg_desktop.storage.pg.database import PgConnectionLost

    aid = _registered(pg_db, "断线重连的成果")
    with pg_cluster.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kjcg-desktop' "
                      "AND datname = %s", (pg_db.url.rsplit("/", 1)[1],))
        admin.execute("SELECT 1")
    with pytest.raises(PgConnectionLost, match="连接已断开"):
        ach.update_achievement(pg_db, aid, {"keywords": "断线时的修改"})
    ach.update_achievement(pg_db, aid, {"keywords": "重连后的修改"})
    assert pg_db.scalar("SELECT keywords FROM achievements WHERE id = ?", (aid,)) == "重连后的修改"
    assert verify_chain(pg_db) is None


def test_ledger_number_taken_is_refused(pg_db):
    _registered(pg_db, "甲", ledger_no="KJCG-2026-00001")
    with pytest.raises(DomainError, match="已被成果"):
        _registered(pg_db, "乙", ledger_no="KJCG-2026-00001")


def test_backup_of_the_server_is_a_pg_dump_copy(pg_db, pg_url, tmp_path, monkeypatch):
    from kjcg_desktop.services.backups import backup_to
    from kjcg_desktop.storage.errors import StorageError
    from kjcg_desktop.storage.pg import dump

    _registered(pg_db, "备份中的成果")
    out = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", pg_url, "backup", "--to", str(tmp_path / "o.dump")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    listing = subprocess.run([dump.find_tool("pg_restore"), "--list", str(tmp_path / "o.dump")], capture_output=True,
                             text=True, check=True).stdout
    assert "TABLE DATA public achievements" in listing and "TABLE DATA public events" in listing
    assert "kjcg-test-admin" not in (tmp_path / "o.dump").read_bytes().decode("latin-1")
    monkeypatch.setattr(dump, "find_tool", lambda name: None)
    with pytest.raises(StorageError, match="apt-get install postgresql-client"):
        backup_to(pg_db, tmp_path / "p.dump")


def test_server_user_command_makes_a_viewer_account(pg_db, pg_url):
    out = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", pg_url, "server-user", "add", "lisi", "--viewer"],
                         input="only-look-pw\n", capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "只能查看" in out.stdout
    viewer = open_server(with_user(pg_url, "lisi", "only-look-pw"))
    assert viewer.read_only
    viewer.close()
    short = subprocess.run([sys.executable, "-m", "kjcg_desktop", "--db", pg_url, "server-user", "add", "x", "--editor"],
                           input="short\n", capture_output=True, text=True)
    assert short.returncode == 1 and "至少 8 个字符" in short.stderr


def test_check_verifies_attachments_content_on_the_server(pg_db, tmp_path):
    from kjcg_desktop.services.integrity import check_database
    from kjcg_desktop.storage.attachments import add_attachment

    src = tmp_path / "合同.pdf"
    src.write_bytes(b"%PDF-1.4 contract")
    att = add_attachment(pg_db, "achievement", 1, src, kind="contract")
    assert check_database(pg_db).ok
    pg_db.execute("UPDATE attachment_blobs SET content = 'tampered'::bytea")  # outside the app
    problems = check_database(pg_db).problems
    assert any(f"附件 {att}（合同.pdf）在服务器上的内容与登记的 SHA-256 不符" in p for p in problems)


def test_an_account_without_rights_on_an_empty_database_is_told_to_ask_the_owner(pg_db, pg_cluster, pg_url):
    from kjcg_desktop.storage.errors import StorageError
    from kjcg_desktop.storage.pg.roles import add_user

    add_user(pg_db, "newclerk", "pw-newclerk", editor=True)
    with pg_cluster.admin() as admin:
        admin.execute("DROP DATABASE IF EXISTS empty_office WITH (FORCE)")
        admin.execute("CREATE DATABASE empty_office")
        admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    url = with_user(pg_url, "newclerk", "pw-newclerk").rsplit("/", 1)[0] + "/empty_office"
    try:
        with pytest.raises(StorageError, match="请管理员（数据库的所有者）先用本软件连接一次"):
            open_server(url)
    finally:
        from kjcg_desktop.storage.pg.database import close_pools

        close_pools()
        pg_cluster.drop_database("empty_office")


def test_ids_given_by_the_server_take_the_writers_lock(pg_db):
    from kjcg_desktop.storage.pg.database import WRITE_LOCK_KEY

    source = pg_db.scalar("SELECT prosrc FROM pg_proc WHERE proname = 'kjcg_next_id'")
    assert f"pg_advisory_xact_lock({WRITE_LOCK_KEY})" in source
    first = pg_db.insert("batches", {"name": "第一批"})
    pg_db.execute("INSERT INTO batches (name) VALUES ('第二批')")  # a statement outside a transaction
    assert pg_db.scalar("SELECT id FROM batches WHERE name = '第二批'") == first + 1


def test_an_import_the_server_refuses_says_why_and_writes_nothing(pg_db):
    from kjcg_desktop.storage import imports as repo

    bad = {"values": {"ledger_no": "X-1", "name": "甲", "type": "rocket", "legal_status": "pending", "attribute": "ungranted",
                      "stage": "research", "transfer_status": "none", "transfer_count": 0}, "inventors": ["张三"]}
    with pytest.raises(repo.StorageError, match="拒绝了这次修改：数据不符合数据库约束（.*achievements_type_check"):
        repo.commit_import(pg_db, source="t", sheet="t", added=[bad], updated=[], summary={})
    assert pg_db.scalar("SELECT count(*) FROM achievements") == 0
    assert pg_db.scalar("SELECT count(*) FROM import_batches") == 0
    _registered(pg_db, "之后照常登记")  # the connection is usable again
    assert verify_chain(pg_db) is None


def test_a_wrong_password_is_said_at_once(pg_db, pg_url):
    import time

    from kjcg_desktop.storage.errors import StorageError
    from kjcg_desktop.storage.pg.roles import add_user

    add_user(pg_db, "typo", "the-right-one", editor=True)
    started = time.perf_counter()
    with pytest.raises(StorageError, match="无法登录.*账号或密码不正确"):
        open_server(with_user(pg_url, "typo", "a-wrong-one"))
    assert time.perf_counter() - started < 5  # not after the pool's timeout


def test_the_server_upgrade_to_16_takes_long_texts_out_of_the_search(pg_db):
    import json

    from kjcg_desktop.storage.pg.schema import ensure_schema

    a = _registered(pg_db, "一种储能装置")
    pg_db.execute("UPDATE achievements SET extra = ? WHERE id = ?",
                  (json.dumps({"权利要求": "包括壳体" * 80, "代理机构": "华东专利事务所"}, ensure_ascii=False), a))
    assert ledger.ledger_ids(pg_db, search="包括壳体") == []
    # as a server of version 15 holds it: the long text in the search table
    pg_db.execute("UPDATE achievement_fts SET doc = doc || ' ' || ? WHERE rowid = ?", ("包括壳体" * 80, a))
    pg_db.execute("DELETE FROM kjcg_schema WHERE version = 16")
    assert ledger.ledger_ids(pg_db, search="包括壳体") == [a]
    assert ensure_schema(pg_db) == [16]
    assert ledger.ledger_ids(pg_db, search="包括壳体") == []
    assert ledger.ledger_ids(pg_db, search="华东专利") == [a]
