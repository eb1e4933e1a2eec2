"""What a wizard can be started on: achievements by status, effective use rights, and the
applications already attached to an achievement."""

from __future__ import annotations

from typing import Any, cast

from .db import Database


def achievements_with_status(db: Database, status: str, *, limit: int = 5000) -> list[dict[str, Any]]:
    rows = db.query("SELECT id, ledger_no, name, department, legal_status FROM achievements WHERE status = ? "
                    "ORDER BY id DESC LIMIT ?", (status, limit))
    return [dict(r) for r in rows]


def effective_use_rights(db: Database) -> list[dict[str, Any]]:
    """Long-term use rights in force — what an extension (延长使用权) can be applied for."""
    rows = db.query(
        "SELECT a.id, a.number, a.title, a.achievement_id, a.start_date, a.end_date, a.term_years, ach.name AS achievement_name "
        "FROM applications a LEFT JOIN achievements ach ON ach.id = a.achievement_id "
        "WHERE a.kind = 'use_right' AND a.state = 'effective' ORDER BY a.id DESC")
    return [dict(r) for r in rows]


def applications_of(db: Database, achievement_id: int, kind: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT id, number, kind, state FROM applications WHERE achievement_id = ?"
    params: list[Any] = [achievement_id]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return [dict(r) for r in db.query(sql + " ORDER BY id", params)]


def ledger_no_taken(db: Database, ledger_no: str, achievement_id: int) -> bool:
    return db.scalar("SELECT 1 FROM achievements WHERE ledger_no = ? AND id != ?", (ledger_no, achievement_id)) is not None


def draft_for(db: Database, kind: str, *, achievement_id: int | None = None, parent_id: int | None = None) -> int | None:
    """An unfinished draft of ``kind`` for the same achievement (or use right), if there is one."""
    if parent_id is not None:
        return cast("int | None", db.scalar(
            "SELECT id FROM applications WHERE kind = ? AND state = 'draft' AND parent_id = ? ORDER BY id DESC", (kind, parent_id)))
    if achievement_id is not None:
        return cast("int | None", db.scalar("SELECT id FROM applications WHERE kind = ? AND state = 'draft' AND achievement_id = ? "
                                            "ORDER BY id DESC", (kind, achievement_id)))
    return None
