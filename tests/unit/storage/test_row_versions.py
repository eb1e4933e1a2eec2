"""Row versions (migration v14) on both backends, with a second real connection as the colleague:
every update raises the version whoever writes, and a save over a newer version is refused naming
who and when, leaving the colleague's change in place."""

from __future__ import annotations

import pytest

from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage.versions import StaleRecordError, row_version


def _colleague(db):
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from kjcg_desktop.storage.pg import open_server

        return open_server(db.url)
    from kjcg_desktop.storage import open_database

    return open_database(db.path)


def test_every_update_raises_the_version_whoever_writes(db):
    aid = ach.create_achievement(db, {"name": "版本号", "type": "invention"})
    assert row_version(db, "achievements", aid) == 1
    ach.update_achievement(db, aid, {"keywords": "一"})
    db.execute("UPDATE achievements SET keywords = '二' WHERE id = ?", (aid,))  # a write outside the repositories
    assert row_version(db, "achievements", aid) == 3


def test_a_stale_achievement_save_is_refused(db):
    aid = ach.create_achievement(db, {"name": "共同编辑", "type": "invention"})
    loaded = row_version(db, "achievements", aid)
    other = _colleague(db)
    ach.save_achievement(other, aid, {"name": "共同编辑", "keywords": "同事"}, [], expected_version=loaded)
    other.close()
    with pytest.raises(StaleRecordError, match="此记录已被.+修改（改动了：keywords）"):
        ach.save_achievement(db, aid, {"name": "共同编辑", "keywords": "我"}, [], expected_version=loaded)
    assert db.scalar("SELECT keywords FROM achievements WHERE id = ?", (aid,)) == "同事"


def test_a_stale_application_form_save_is_refused(db):
    aid = ach.create_achievement(db, {"name": "申请的成果", "type": "invention"})
    app_id = apps.create_application(db, "use_right", achievement_id=aid, term_years=10, state="approved")
    loaded = apps.get_application(db, app_id)["row_version"]
    other = _colleague(db)
    apps.update_form(other, app_id, {"reason": "同事填写"}, expected_version=loaded)
    other.close()
    with pytest.raises(StaleRecordError, match="此记录已被"):
        apps.update_form(db, app_id, {"reason": "我填写"}, expected_version=loaded)
    assert apps.get_application(db, app_id)["form"] == {"reason": "同事填写"}
    apps.update_form(db, app_id, {"reason": "我填写"}, expected_version=apps.get_application(db, app_id)["row_version"])
    assert apps.get_application(db, app_id)["form"] == {"reason": "我填写"}
