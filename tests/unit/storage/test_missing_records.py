"""A change to a record that is no longer there says which record is missing (and writes nothing),
never a crash on None."""

from datetime import date

import pytest

from kjcg_desktop.domain import DomainError
from kjcg_desktop.storage import StorageError, deals
from kjcg_desktop.storage import achievements as achs
from kjcg_desktop.storage import applications as apps
from kjcg_desktop.storage import publicities as pubs
from kjcg_desktop.storage.db import must_exist


def _events(db) -> int:
    return db.scalar("SELECT count(*) FROM events")


@pytest.mark.parametrize(("change", "message"), [
    (lambda db: apps.update_application(db, 999, {"title": "新题目"}), "申请 999 不存在"),
    (lambda db: apps.update_form(db, 999, {"q1": "答"}), "申请 999 不存在"),
    (lambda db: achs.override_stage(db, 999, "development", "已进入开发阶段"), "成果 999 不存在"),
    (lambda db: achs.add_expenditure(db, 999, on=date(2025, 3, 1), kind="rd", amount_fen=100), "成果 999 不存在"),
    (lambda db: pubs.add_objection(db, 999, "王强", date(2025, 3, 5), "未列入完成人"), "公示 999 不存在"),
    (lambda db: pubs.resolve_objection(db, 999, "驳回", False, date(2025, 3, 6)), "异议 999 不存在"),
    (lambda db: deals.default_recipients(db, 999), "交易 999 不存在"),
])
def test_a_missing_record_is_named_and_nothing_is_written(db, change, message):
    before = _events(db)
    with pytest.raises(DomainError, match=message):
        change(db)
    assert _events(db) == before
    assert db.scalar("SELECT count(*) FROM objections") == 0


def test_must_exist_passes_a_record_and_names_a_vanished_one():
    assert must_exist({"id": 1}, "成果 1") == {"id": 1}
    with pytest.raises(StorageError, match="成果 1"):
        must_exist(None, "成果 1")
