"""Achievements whose dates are stored to the month or the year ("2023-05", "2021"), for the ledger
export, which writes such a date as text the import reads back with the same precision."""

from __future__ import annotations

from .db import Database

PARTIAL_DATES_SELECT = (
    "SELECT id, filing_date, grant_date, disclosure_date, registration_date FROM achievements "
    "WHERE length(filing_date) < 10 OR length(grant_date) < 10 OR length(disclosure_date) < 10 "
    "OR length(registration_date) < 10"
)


def partial_dates(db: Database) -> dict[int, tuple[str | None, str | None, str | None, str | None]]:
    """By achievement id: (filing, grant, disclosure, registration) date as stored, for the
    achievements with at least one date stored to the month or the year."""
    return {int(r[0]): (r[1], r[2], r[3], r[4]) for r in db.query(PARTIAL_DATES_SELECT)}
