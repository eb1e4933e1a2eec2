"""Small reads the pages use to decide whether to re-query, and counts they show."""
from __future__ import annotations

from .db import Database


def data_stamp(db: Database) -> tuple[int, int]:
    """Changes made through this connection and SQLite's data version (which moves when another connection
    commits): equal stamps mean nothing changed in between."""
    return (db.conn.total_changes, int(db.scalar("PRAGMA data_version")))


def running_publicity_count(db: Database) -> int:
    """Publicities in their window now."""
    return int(db.scalar("SELECT count(*) FROM publicities WHERE state = 'running'"))


def written_off_achievement_ids(db: Database) -> set[int]:
    """Achievements whose intangible asset has been passed to finance for write-off."""
    return {r[0] for r in db.query("SELECT achievement_id FROM finance_queue WHERE kind = 'write_off'")}


def application_state(db: Database, app_id: int) -> str | None:
    """The state of one application (None when it does not exist)."""
    state = db.scalar("SELECT state FROM applications WHERE id = ?", (app_id,))
    return None if state is None else str(state)


def deal_counterparty(db: Database, deal_id: int) -> str | None:
    """The counterparty of one deal."""
    counterparty = db.scalar("SELECT counterparty FROM deals WHERE id = ?", (deal_id,))
    return None if counterparty is None else str(counterparty)
