"""The form side of the legal-status vocabulary (1-2 第五条 "按法律程序已申请取得的成果" are 授权成果):
text from a form or any non-import caller is read by whole terms, never by substring."""

from __future__ import annotations

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as achs


@pytest.mark.parametrize(("text", "status", "attribute"), [
    ("未授权", "pending", "ungranted"), ("尚未授权", "pending", "ungranted"), ("待授权", "pending", "ungranted"),
    ("不予授权", "rejected", "ungranted"), ("驳回", "rejected", "ungranted"), ("视为撤回", "withdrawn", "ungranted"),
    ("未登记", "not_filed", "ungranted"),
    ("授权", "granted", "granted"), ("有效", "granted", "granted"), ("专利权维持", "granted", "granted"),
    ("granted", "granted", "granted"), ("pending", "pending", "ungranted"),
])
def test_legal_status_text_from_a_form_sets_status_and_attribute(db, text, status, attribute):
    aid = achs.create_achievement(db, {"name": "成果", "type": "invention", "legal_status": text})
    row = achs.get_achievement(db, aid)
    assert (row["legal_status"], row["attribute"]) == (status, attribute)


def test_editing_to_a_negated_form_makes_the_achievement_ungranted(db):
    aid = achs.create_achievement(db, {"name": "成果", "type": "invention", "legal_status": "有效"})
    achs.update_achievement(db, aid, {"legal_status": "不予授权"})
    row = achs.get_achievement(db, aid)
    assert (row["legal_status"], row["attribute"]) == ("rejected", "ungranted")


def test_unknown_legal_status_text_is_refused_not_guessed(db):
    with pytest.raises(d.DomainError, match="法律状态“授权待定中”无法识别") as info:
        achs.create_achievement(db, {"name": "成果", "type": "invention", "legal_status": "授权待定中"})
    assert info.value.field == "legal_status"
    assert db.scalar("SELECT count(*) FROM achievements") == 0
