"""Operator identity: every event records who did it — the display name from settings, else the
OS (Windows) user name; the operator is part of the hashed content."""

from __future__ import annotations

import getpass

from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.storage import Settings
from kjcg_desktop.storage import achievements as ach
from kjcg_desktop.storage.events import default_operator, log_event, operator_name, verify_chain


def _new(db, no="KJCG-2025-00001"):
    return ach.create_achievement(db, {"name": "一种传感器", "type": "invention", "ledger_no": no}, [{"name": "张伟", "share": "100"}])


def test_os_user_name_by_default(db, monkeypatch):
    monkeypatch.delenv("KJCG_OPERATOR")
    monkeypatch.setattr(getpass, "getuser", lambda: "zhangwei")
    _new(db)
    assert db.scalar("SELECT operator FROM events ORDER BY id DESC LIMIT 1") == "zhangwei"


def test_display_name_from_settings_wins_and_is_stored_plain(db, monkeypatch):
    monkeypatch.delenv("KJCG_OPERATOR")
    monkeypatch.setattr(getpass, "getuser", lambda: "zhangwei")
    Settings(db).set("operator", "张伟（成果转化办）")
    _new(db)
    # settings hold JSON; the event carries the name itself, not '"张伟…"'
    assert db.scalar("SELECT operator FROM events ORDER BY id DESC LIMIT 1") == "张伟（成果转化办）"
    assert operator_name(db) == "张伟（成果转化办）"


def test_blank_display_name_falls_back_to_user_name(db, monkeypatch):
    monkeypatch.delenv("KJCG_OPERATOR")
    monkeypatch.setattr(getpass, "getuser", lambda: "lina")
    Settings(db).set("operator", "   ")
    Settings(db).set("operator", "")  # the settings page saves "" when the field is left empty
    _new(db)
    assert db.scalar("SELECT operator FROM events ORDER BY id DESC LIMIT 1") == "lina"


def test_user_name_unavailable(monkeypatch):
    monkeypatch.delenv("KJCG_OPERATOR")

    def fail():
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", fail)
    assert default_operator() == "unknown"


def test_every_event_has_an_operator(db, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "wangqiang")
    monkeypatch.delenv("KJCG_OPERATOR")
    build_demo(db, size=20, seed=2)
    operators = {r[0] for r in db.query("SELECT DISTINCT operator FROM events")}
    assert operators == {"wangqiang"}
    assert db.scalar("SELECT count(*) FROM events") > 20


def test_explicit_operator_and_hash_covers_it(db):
    with db.transaction():
        log_event(db, "settings", None, "update", operator="代理人")
    assert db.scalar("SELECT operator FROM events") == "代理人"
    db.execute("DROP TRIGGER events_no_update")
    db.execute("UPDATE events SET operator = '别人'")
    brk = verify_chain(db)
    assert brk is not None and brk.event_id == 1
