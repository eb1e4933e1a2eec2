"""Moving the data folder: backup, verified copy with attachments, the new location remembered."""

from __future__ import annotations

import json

import pytest

from kjcg_desktop.paths import default_db_path, location_file
from kjcg_desktop.services.relocate import move_database, retire_old_database
from kjcg_desktop.storage import StorageError
from kjcg_desktop.storage.attachments import add_attachment, attachment_path, attachments_of
from kjcg_desktop.storage.stats import achievement_count


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_move_copies_database_and_attachments_and_remembers_the_place(demo_db, tmp_path):
    source = tmp_path / "合同.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    achievement_id = demo_db.scalar("SELECT min(id) FROM achievements")
    add_attachment(demo_db, "achievement", achievement_id, source)
    stored_files = demo_db.scalar("SELECT count(DISTINCT stored_path) FROM attachments")  # the demo's minutes + this one
    assert stored_files >= 1
    old_path = demo_db.path
    assert default_db_path() == old_path
    stored_files = demo_db.scalar("SELECT count(DISTINCT stored_path) FROM attachments")  # the demo's own + this one

    new_db, result = move_database(demo_db, tmp_path / "新文件夹")
    try:
        assert result.new_path == (tmp_path / "新文件夹" / "kjcg.sqlite3").resolve()
        assert result.backup.exists() and result.backup.name.endswith("-before-move.sqlite3")
        assert result.attachments == stored_files
        assert achievement_count(new_db) == achievement_count(demo_db) == 200
        stored = attachments_of(new_db, "achievement", achievement_id)[0]["stored_path"]
        assert attachment_path(new_db, stored).read_bytes() == b"%PDF-1.4 test"
        assert new_db.scalar("SELECT count(*) FROM events WHERE action = 'move_data_folder'") == 1
        assert json.loads(location_file().read_text(encoding="utf-8"))["db_path"] == str(result.new_path)
        assert default_db_path() == result.new_path
    finally:
        new_db.close()
    demo_db.close()
    retired = retire_old_database(old_path)
    assert retired.exists() and not old_path.exists()


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_refuses_a_folder_that_already_has_a_database(db, tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "kjcg.sqlite3").write_bytes(b"")
    with pytest.raises(StorageError, match="已有数据库文件"):
        move_database(db, tmp_path / "other")
    with pytest.raises(StorageError, match="已经在文件夹"):
        move_database(db, db.path.parent)
    assert not location_file().exists()


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_start_fresh_keeps_settings_and_a_backup(demo_db):
    from kjcg_desktop.services.relocate import start_fresh
    from kjcg_desktop.storage import Settings

    Settings(demo_db).set_many({"unit_name": "上海某大学", "demo_data": True, "mail_recipients": ["a@b.cn"]})
    path = demo_db.path
    new_db, backup = start_fresh(demo_db)
    try:
        assert new_db.path == path.resolve() and achievement_count(new_db) == 0
        settings = Settings(new_db)
        assert settings.get("unit_name") == "上海某大学" and settings.get("mail_recipients") == ["a@b.cn"]
        assert not settings.get("demo_data")
        assert backup.exists() and backup.name.endswith("-before-clear.sqlite3")
        assert list(path.parent.glob("kjcg.sqlite3.cleared-*"))
        assert new_db.scalar("SELECT count(*) FROM events WHERE action = 'start_fresh'") == 1
    finally:
        new_db.close()


def test_a_moved_database_that_is_gone_is_not_recreated_silently(tmp_path):
    from kjcg_desktop.paths import moved_database_missing
    from kjcg_desktop.services.relocate import record_location

    target = tmp_path / "网络盘" / "kjcg.sqlite3"
    record_location(target)
    assert default_db_path() == target.resolve()
    assert moved_database_missing(default_db_path())
    target.parent.mkdir()
    target.write_bytes(b"")
    assert not moved_database_missing(default_db_path())


@pytest.mark.sqlite_only  # drives the SQLite file by its path
def test_the_backups_recorded_heads_follow_the_move(demo_db, tmp_path):
    from kjcg_desktop.services.backups import backup_to
    from kjcg_desktop.services.integrity import check_database
    from kjcg_desktop.storage.backup import read_anchors

    backup_to(demo_db)
    new_db, result = move_database(demo_db, tmp_path / "新文件夹")
    demo_db.close()
    try:
        heads = read_anchors(result.new_path)
        assert len(heads) == 2  # the manual backup and the one before the move
        assert check_database(new_db, tags=False).ok
        last = heads[-1]["last_id"]
        new_db.conn.execute("DROP TRIGGER events_no_update")
        new_db.execute("UPDATE events SET operator = '别人' WHERE id = ?", (last,))
        new_db.execute("UPDATE events SET hash = ? WHERE id = ?", ("0" * 64, last))
        report = check_database(new_db, tags=False)
        assert not report.ok
    finally:
        new_db.close()
