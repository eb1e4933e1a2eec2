"""The bulk writes and small look-ups of the demo data (services/demo.py, demo_contracts.py,
fees_demo.py): rows built by the demo are written here, in the caller's transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, cast

from .db import Database

Rows = Sequence[Sequence[Any]]


def achievement_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM achievements"))


def publicity_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM publicities"))


def stored_setting(db: Database, key: str) -> str | None:
    """The raw stored text of a setting (None when never set)."""
    return cast("str | None", db.scalar("SELECT value FROM settings WHERE key = ?", (key,)))


def next_ids(db: Database) -> tuple[int, int]:
    """The first free project id and achievement id."""
    return ((db.scalar("SELECT max(id) FROM projects") or 0) + 1, (db.scalar("SELECT max(id) FROM achievements") or 0) + 1)


def insert_projects(db: Database, rows: Rows) -> None:
    db.conn.executemany(
        "INSERT INTO projects (id, number, name, funding_source, funder, approval_date, contract_date, decision_date, "
        "start_date, end_date, amount_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)


def insert_achievements(db: Database, achievements: Rows, inventors: Rows, evidence: Rows, conditions: Rows,
                        expenditures: Rows, first_id: int) -> None:
    """Achievements with their inventors, stage evidence and conditions, and expenditures; the
    asset value of the intangible assets among them is the sum of their capitalised expenditure."""
    db.conn.executemany(
        "INSERT INTO achievements (id, ledger_no, name, type, legal_status, application_no, patent_no, registration_no, "
        "filing_date, grant_date, holder, department, keywords, summary, rd_status, market_prospects, project_id, "
        "disclosure_date, registration_date, attribute, stage, stage_override, stage_override_reason, status, "
        "confidential, is_intangible_asset, created_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", achievements)
    db.conn.executemany(
        "INSERT INTO inventors (achievement_id, name, department, share, is_representative, position) VALUES (?,?,?,?,?,?)", inventors)
    db.conn.executemany("INSERT INTO stage_evidence (achievement_id, kind, date, description) VALUES (?,?,?,?)", evidence)
    db.conn.executemany("INSERT INTO stage_conditions (achievement_id, conditions, confirmed_by, confirmed_on) "
                        "VALUES (?,?,?,?)", conditions)
    db.conn.executemany(
        "INSERT INTO expenditures (achievement_id, date, kind, amount_fen, treatment, article, stage) VALUES (?,?,?,?,?,?,?)",
        expenditures)
    db.execute("UPDATE achievements SET asset_value_fen = (SELECT coalesce(sum(amount_fen), 0) FROM expenditures e "
               "WHERE e.achievement_id = achievements.id AND e.treatment = 'capitalize') WHERE is_intangible_asset = 1 AND id >= ?",
               (first_id,))


def registered_public_ids(db: Database, first_id: int) -> list[int]:
    """Registered, not confidential achievements with id ≥ ``first_id``."""
    return [r[0] for r in db.query("SELECT id FROM achievements WHERE id >= ? AND status = 'registered' AND confidential = 0",
                                   (first_id,))]


def achievement_of_deal(db: Database, deal_id: int) -> int | None:
    return cast("int | None", db.scalar("SELECT achievement_id FROM deals WHERE id = ?", (deal_id,)))


def batch_named(db: Database, name: str) -> int | None:
    return cast("int | None", db.scalar("SELECT id FROM batches WHERE name = ?", (name,)))


def achievement_name(db: Database, achievement_id: int) -> str | None:
    return cast("str | None", db.scalar("SELECT name FROM achievements WHERE id = ?", (achievement_id,)))


def representative_inventor(db: Database, achievement_id: int) -> str | None:
    """The inventor marked as representative."""
    return cast("str | None", db.scalar("SELECT name FROM inventors WHERE achievement_id = ? AND is_representative = 1", (achievement_id,)))


def first_inventor(db: Database, achievement_id: int) -> str | None:
    return cast("str | None", db.scalar("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position LIMIT 1", (achievement_id,)))


def latest_publicity_of_application(db: Database, application_id: int) -> int | None:
    return cast("int | None", db.scalar("SELECT id FROM publicities WHERE application_id = ? ORDER BY id DESC LIMIT 1", (application_id,)))


def link_deals_to_counterparty(db: Database, counterparty_id: int, name: str) -> None:
    """Point the deals with ``name`` as their counterparty text and no counterparty record at the record."""
    db.execute("UPDATE deals SET counterparty_id = ? WHERE counterparty = ? AND counterparty_id IS NULL", (counterparty_id, name))


def receipts_with_unpaid_rewards(db: Database) -> list[sqlite3.Row]:
    """Income receipts (id, deal_id, date) with a reward distribution not yet paid."""
    return db.query("SELECT r.id, r.deal_id, r.date FROM income_receipts r WHERE EXISTS (SELECT 1 FROM distributions x "
                    "WHERE x.receipt_id = r.id AND x.paid_date IS NULL)")


def completed_equity_deals(db: Database) -> list[sqlite3.Row]:
    """Completed equity deals (id, contract_date, company), oldest first."""
    return db.query("SELECT id, contract_date, company FROM deals WHERE kind = 'equity' AND state = 'completed' ORDER BY id")


def insert_fee_payments(db: Database, rows: Rows) -> None:
    db.conn.executemany("INSERT INTO fee_payments (achievement_id, patent_year, paid_on, amount_fen, receipt_no, payer, note, "
                        "created_at) VALUES (?,?,?,?,?,?,?,?)", rows)


def some_inventor_names(db: Database, limit: int) -> list[str]:
    """The first ``limit`` distinct inventor names in name order."""
    return [r[0] for r in db.query("SELECT DISTINCT name FROM inventors ORDER BY name LIMIT ?", (limit,))]
