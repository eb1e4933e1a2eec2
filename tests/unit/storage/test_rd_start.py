"""1-2 第八条(一): "技术转移机构（部门）可根据项目进展情况判断科技成果开展研发活动的起始点。例如，利用财政资金
等设立的科研项目，可以将立项之日作为起点 …" — the start points are examples; the office may set another
with a reason, kept in the history."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kjcg_desktop import domain as d
from kjcg_desktop.storage import achievements as achs


def _project(db):
    return db.insert("projects", {"name": "国家重点研发计划课题", "funding_source": "government", "approval_date": "2023-01-05"})


def test_example_start_point_by_funding_source(db):
    pid = _project(db)
    start = achs.rd_start_of_project(db.get("projects", pid))
    assert (start.day, start.office_set, start.basis) == (date(2023, 1, 5), False, "立项之日")


def test_office_sets_another_start_point_with_a_reason_kept_in_history(db):
    pid = _project(db)
    with pytest.raises(d.DomainError, match="另行确定研发起点须填写理由") as info:
        achs.set_rd_start(db, pid, date(2023, 6, 1), " ")
    assert info.value.article == "1-2 第八条(一)"
    achs.set_rd_start(db, pid, date(2023, 6, 1), "立项后半年经费方到位，实际研发自中期检查开始")
    start = achs.rd_start_of_project(db.get("projects", pid))
    assert (start.day, start.office_set, start.reason) == (date(2023, 6, 1), True, "立项后半年经费方到位，实际研发自中期检查开始")
    event = db.one("SELECT old, new, article FROM events WHERE entity = 'project' AND action = 'rd_start'")
    assert json.loads(event["new"]) == {"start": "2023-06-01", "reason": "立项后半年经费方到位，实际研发自中期检查开始"}
    assert event["article"] == "1-2 第八条(一)"
    achs.set_rd_start(db, pid, None, "按立项日期")
    assert achs.rd_start_of_project(db.get("projects", pid)).day == date(2023, 1, 5)
    assert db.scalar("SELECT count(*) FROM events WHERE action = 'rd_start'") == 2
