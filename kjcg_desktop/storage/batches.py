"""Grant batches (第N批赋权, with a deadline) and funding projects — small repositories used by the
grant wizards."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from .. import domain as d
from .db import Database
from .events import log_event

PROJECT_FIELDS = ("number", "name", "funding_source", "funder", "approval_date", "contract_date", "decision_date",
                  "plan_approved_date", "start_date", "end_date", "amount_fen")


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _batch_number(text: str) -> int | None:
    """12 from "12" or "十二" (the Chinese numerals units write batch numbers in, up to 99)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(text)


def next_batch_name(db: Database) -> str:
    """第N批赋权 with N one more than the highest batch number so far (第5批 or 第五批)."""
    numbers = [n for (name,) in db.query("SELECT name FROM batches")
               if (m := re.search(r"第([0-9]+|[零一二三四五六七八九十]+)批", name)) and (n := _batch_number(m.group(1)))]
    return f"第{max(numbers, default=0) + 1}批赋权"


def open_batches(db: Database, today: date, keep: int | None = None) -> list[dict[str, Any]]:
    """Batches still taking applications (no deadline, or deadline not passed), plus ``keep``."""
    return [b for b in list_batches(db) if b["id"] == keep or not b["deadline"] or b["deadline"] >= today.isoformat()]


def create_batch(db: Database, name: str, deadline: date | None) -> int:
    name = name.strip()
    if not name:
        raise d.DomainError("请填写批次名称")
    if db.scalar("SELECT id FROM batches WHERE name = ?", (name,)):
        raise d.DomainError(f"批次「{name}」已存在")
    with db.transaction():
        batch_id = db.insert("batches", {"name": name, "deadline": deadline})
        log_event(db, "batch", batch_id, "create", new={"name": name, "deadline": deadline})
    return batch_id


def list_batches(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT b.id, b.name, b.deadline, (SELECT count(*) FROM applications a WHERE a.batch_id = b.id) AS applications "
        "FROM batches b ORDER BY b.id")
    return [dict(r) for r in rows]


def get_batch(db: Database, batch_id: int) -> dict[str, Any] | None:
    return db.get("batches", batch_id)


def create_project(db: Database, fields: Mapping[str, Any]) -> int:
    """Insert a funding project (source, number, dates — 1-2 第六条、第八条(一)); logged."""
    values = {k: v for k, v in fields.items() if k in PROJECT_FIELDS and v not in (None, "")}
    values["funding_source"] = d.FundingSource(values["funding_source"]).value
    with db.transaction():
        project_id = db.insert("projects", values)
        log_event(db, "project", project_id, "create", new=values, article="1-2 第六条")
    return project_id


def get_project(db: Database, project_id: int) -> dict[str, Any] | None:
    return db.get("projects", project_id)
