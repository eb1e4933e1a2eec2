"""The SQL of the two-way exchange with finance: what the finance workbook lists (achievements,
expenditures, intangible assets, the queue of entries to book) and finance's confirmations
(voucher number, booked amount and date) written back, each change logged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from .. import clock
from .db import Database
from .events import log_event


def _now() -> str:
    return clock.now().isoformat(timespec="seconds")


def finance_achievements(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT id, ledger_no, name, type, attribute, stage, stage_override_reason, transfer_status, "
        "is_intangible_asset, asset_value_fen, status FROM achievements ORDER BY id")]


def finance_expenditures(db: Database, year: int) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT e.id, a.ledger_no, a.name, e.date, e.kind, e.amount_fen, e.stage, e.treatment, e.article, "
        "e.voucher_no, e.booked_amount_fen, e.booked_date FROM expenditures e JOIN achievements a ON a.id = e.achievement_id "
        "WHERE substr(e.date, 1, 4) = ? ORDER BY e.date, e.id", (f"{year:04d}",))]


def finance_queue_rows(db: Database, year: int, kinds: Sequence[str]) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(kinds))
    return [dict(r) for r in db.query(
        "SELECT q.id, a.ledger_no, a.name, q.kind, q.amount_fen, q.article, q.created_at, q.exported_at, "
        "q.voucher_no, q.booked_amount_fen, q.booked_date FROM finance_queue q JOIN achievements a ON a.id = q.achievement_id "
        f"WHERE q.kind IN ({marks}) AND substr(q.created_at, 1, 4) = ? ORDER BY q.id", (*kinds, f"{year:04d}"))]


def intangible_assets(db: Database, year: int) -> list[dict[str, Any]]:
    """Achievements carried as intangible assets with capitalised spending booked up to the year's end."""
    return [dict(r) for r in db.query(
        "SELECT a.id, a.ledger_no, a.name, a.type, a.attribute, "
        "CASE WHEN length(a.grant_date) = 10 THEN a.grant_date END AS grant_date, a.asset_value_fen, "
        "(SELECT coalesce(sum(amount_fen), 0) FROM expenditures e WHERE e.achievement_id = a.id "
        " AND e.treatment = 'capitalize' AND e.date <= ?) AS capitalised_fen "
        "FROM achievements a WHERE a.is_intangible_asset = 1 ORDER BY a.id", (f"{year:04d}-12-31",))]


def mark_queue_exported(db: Database, queue_ids: Sequence[int]) -> None:
    if not queue_ids:
        return
    with db.transaction():
        now = _now()
        db.conn.executemany("UPDATE finance_queue SET exported_at = ? WHERE id = ? AND exported_at IS NULL",
                            [(now, i) for i in queue_ids])
        log_event(db, "finance_queue", None, "export", new={"ids": list(queue_ids)}, article="1-2 第十二条")


def booking_of(db: Database, table: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if table not in ("expenditures", "finance_queue"):
        raise ValueError(table)
    result: dict[int, dict[str, Any]] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(f"SELECT id, amount_fen, voucher_no, booked_amount_fen, booked_date FROM {table} "
                          f"WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            result[r["id"]] = dict(r)
    return result


def apply_bookings(db: Database, changes: Sequence[tuple[str, int, Mapping[str, Any], Mapping[str, Any]]]) -> int:
    """Apply finance's confirmations: (table, id, old, new) with voucher_no / booked_amount_fen /
    booked_date. One transaction, one event per changed row."""
    with db.transaction():
        for table, row_id, old, new in changes:
            if table not in ("expenditures", "finance_queue"):
                raise ValueError(table)
            values = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in new.items()
                      if k in ("voucher_no", "booked_amount_fen", "booked_date")}
            db.update(table, row_id, values)
            log_event(db, "expenditure" if table == "expenditures" else "finance_queue", row_id, "booking",
                      old=dict(old), new=values, article="1-2 第十条、第十二条")
    return len(changes)
