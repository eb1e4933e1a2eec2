"""待核对 flags of achievements (domain model: :mod:`kjcg_desktop.domain.review_flags`).

Flags are written by imports (:mod:`.imports`); here they are listed, counted for the ledger's
"待核对" filter, and resolved — a resolved flag leaves the 待核对 list, stays in the table with who
resolved it and how, and the resolution is written to the event log.
"""

from __future__ import annotations

from typing import Any

from .. import clock
from ..domain.errors import DomainError
from .db import Database
from .events import log_event, operator_name

ARTICLE_REVIEW = "1-2 第六条、第七条"


def flags_of(db: Database, achievement_id: int, *, open_only: bool = False) -> list[dict[str, Any]]:
    where = " AND resolved_at IS NULL" if open_only else ""
    return [dict(r) for r in db.query(
        f"SELECT * FROM review_flags WHERE achievement_id = ?{where} ORDER BY resolved_at IS NOT NULL, id", (achievement_id,))]


def open_flag_count(db: Database) -> int:
    return int(db.scalar("SELECT count(DISTINCT achievement_id) FROM review_flags WHERE resolved_at IS NULL"))


def flagged_ids(db: Database) -> set[int]:
    """Ids of achievements with at least one open flag (the ledger's 待核对 filter)."""
    return {r[0] for r in db.conn.execute("SELECT DISTINCT achievement_id FROM review_flags WHERE resolved_at IS NULL")}


def open_flags(db: Database, limit: int | None = None) -> list[dict[str, Any]]:
    """Open flags of the whole ledger with the achievement's ledger number and name."""
    sql = ("SELECT f.*, a.ledger_no, a.name FROM review_flags f JOIN achievements a ON a.id = f.achievement_id "
           "WHERE f.resolved_at IS NULL ORDER BY f.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(sql)]


def resolve_flag(db: Database, flag_id: int, resolution: str, *, by: str | None = None) -> None:
    """Mark a flag resolved (it leaves the 待核对 list) and log it in the achievement's history;
    ``by`` defaults to the app's operator (the settings' display name, as every event records it)."""
    resolution = (resolution or "").strip() or "已核对"
    with db.transaction():
        by = (by or "").strip() or operator_name(db)
        row = db.get("review_flags", flag_id)
        if row is None:
            raise DomainError(f"待核对标记 {flag_id} 不存在")
        if row["resolved_at"]:
            raise DomainError(f"待核对标记 {flag_id} 已于 {row['resolved_at']} 处理")
        now = clock.now().isoformat(timespec="seconds")
        db.update("review_flags", flag_id, {"resolved_at": now, "resolved_by": by, "resolution": resolution})
        log_event(db, "achievement", row["achievement_id"], "review_flag_resolved",
                  old={"flag": flag_id, "field": row["field"], "reason": row["reason"], "cell": row["cell"],
                       "original": row["original"]},
                  new={"resolution": resolution, "by": by}, article=ARTICLE_REVIEW, operator=by)
