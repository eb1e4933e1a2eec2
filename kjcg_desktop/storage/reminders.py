"""The dashboard's SQL: counts by tag and status, activity by year, and the rows reminders are
made from (the rules themselves are in ``domain.reminders``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from .. import clock
from .db import Database

PATENT_TYPES = ("invention", "utility_model", "design")


def tag_counts(db: Database) -> dict[str, dict[str, int]]:
    """Counts per value of each tag and of the status: {"attribute": {"granted": n, …}, …}."""
    result: dict[str, dict[str, int]] = {}
    for column in ("attribute", "stage", "transfer_status", "status", "type"):
        rows = db.query(f"SELECT {column}, count(*) FROM achievements GROUP BY {column}")
        result[column] = {r[0]: r[1] for r in rows}
    return result


def yearly_activity(db: Database, years: int = 10, today: date | None = None) -> list[tuple[int, int, int]]:
    """(year, disclosures, completed transfers) for the last ``years`` years."""
    last = (today or clock.today()).year
    first = last - years + 1
    disclosures = {int(r[0]): r[1] for r in db.query(
        "SELECT substr(disclosure_date, 1, 4) AS y, count(*) FROM achievements WHERE disclosure_date >= ? GROUP BY y",
        (f"{first:04d}-01-01",)) if r[0]}
    transfers = {int(r[0]): r[1] for r in db.query(
        "SELECT substr(completed_date, 1, 4) AS y, count(*) FROM deals WHERE state = 'completed' AND completed_date >= ? "
        "GROUP BY y", (f"{first:04d}-01-01",)) if r[0]}
    return [(y, disclosures.get(y, 0), transfers.get(y, 0)) for y in range(first, last + 1)]


def publicities_ending(db: Database, start: date, end: date) -> list[dict[str, Any]]:
    """Running publicities whose end date falls in [start, end]."""
    return [dict(r) for r in db.query(
        "SELECT id, kind, title, start_date, nominal_end, end_date, achievement_id, application_id, deal_id FROM publicities "
        "WHERE state = 'running' AND end_date BETWEEN ? AND ? ORDER BY end_date, id", (start, end))]


def use_rights_expiring(db: Database, start: date, end: date) -> list[dict[str, Any]]:
    """Effective long-term use rights whose term ends in [start, end]."""
    return [dict(r) for r in db.query(
        "SELECT id, number, title, start_date, end_date, achievement_id FROM applications "
        "WHERE kind = 'use_right' AND state = 'effective' AND end_date BETWEEN ? AND ? ORDER BY end_date, id", (start, end))]


def use_right_terms_ending(db: Database, start: date, end: date) -> list[dict[str, Any]]:
    """Effective long-term use rights whose current agreement term ends in [start, end] before the
    right itself (方案二(二))."""
    return [dict(r) for r in db.query(
        "SELECT id, number, title, start_date, term_end_date, end_date, achievement_id FROM applications "
        "WHERE kind = 'use_right' AND state = 'effective' AND term_end_date BETWEEN ? AND ? "
        "AND (end_date IS NULL OR term_end_date < end_date) ORDER BY term_end_date, id", (start, end))]

