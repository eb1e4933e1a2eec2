"""Read-only queries that feed the document generator (notices, agreements, forms, dossiers).

Nothing here writes; every function returns plain dicts so ``services.documents`` stays free of SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from .db import Database, like_contains

Owner = tuple[str, int]


def _rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(sql, tuple(params))]


def application(db: Database, app_id: int) -> dict[str, Any] | None:
    row = db.one(
        "SELECT a.*, b.name AS batch_name FROM applications a LEFT JOIN batches b ON b.id = a.batch_id WHERE a.id = ?",
        (app_id,),
    )
    if row is None:
        return None
    result = dict(row)
    result["form"] = json.loads(result["form"] or "{}")
    return result


def deal(db: Database, deal_id: int) -> dict[str, Any] | None:
    row = db.get("deals", deal_id)
    if row:
        row["form"] = json.loads(row["form"] or "{}")
    return row


def project(db: Database, project_id: int | None) -> dict[str, Any] | None:
    return db.get("projects", project_id) if project_id else None


def latest_publicity(
    db: Database, kinds: Sequence[str], *, application_id: int | None = None, deal_id: int | None = None,
    achievement_id: int | None = None,
) -> dict[str, Any] | None:
    """The newest publicity of one of ``kinds`` linked to the given record (withdrawn ones last)."""
    marks = ", ".join("?" for _ in kinds)
    value: int | None
    if application_id is not None:
        column, value = "application_id", application_id
    elif deal_id is not None:
        column, value = "deal_id", deal_id
    else:
        column, value = "achievement_id", achievement_id
    row = db.one(
        f"SELECT * FROM publicities WHERE {column} = ? AND kind IN ({marks}) "
        "ORDER BY state = 'withdrawn', start_date DESC, id DESC LIMIT 1",
        (value, *kinds),
    )
    return dict(row) if row else None


def publicities_for(db: Database, achievement_id: int | None, application_ids: Sequence[int] = (),
                    deal_ids: Sequence[int] = ()) -> list[dict[str, Any]]:
    clauses, params = [], []
    if achievement_id is not None:
        clauses.append("achievement_id = ?")
        params.append(achievement_id)
    if application_ids:
        clauses.append(f"application_id IN ({', '.join('?' for _ in application_ids)})")
        params += list(application_ids)
    if deal_ids:
        clauses.append(f"deal_id IN ({', '.join('?' for _ in deal_ids)})")
        params += list(deal_ids)
    if not clauses:
        return []
    return _rows(db, f"SELECT * FROM publicities WHERE {' OR '.join(clauses)} ORDER BY start_date, id", params)


def objections_of(db: Database, publicity_ids: Sequence[int]) -> list[dict[str, Any]]:
    if not publicity_ids:
        return []
    marks = ", ".join("?" for _ in publicity_ids)
    return _rows(db, f"SELECT * FROM objections WHERE publicity_id IN ({marks}) ORDER BY raised_on, id", publicity_ids)


def applications_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    rows = _rows(db, "SELECT * FROM applications WHERE achievement_id = ? ORDER BY id", (achievement_id,))
    for row in rows:
        row["form"] = json.loads(row["form"] or "{}")
    return rows


def disclosure_application(db: Database, achievement_id: int) -> dict[str, Any] | None:
    row = db.one("SELECT id FROM applications WHERE achievement_id = ? AND kind = 'disclosure' ORDER BY id DESC LIMIT 1",
                 (achievement_id,))
    return application(db, row[0]) if row else None


def deals_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM deals WHERE achievement_id = ? ORDER BY id", (achievement_id,))


def receipts_of(db: Database, deal_id: int) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM income_receipts WHERE deal_id = ? ORDER BY date, id", (deal_id,))


def individual_rewards(db: Database, deal_id: int) -> list[dict[str, Any]]:
    """Cash distributed to people (not the unit) from a deal's receipts, one row per recipient:
    name, total amount in fen, the share, how many payments and the last payment date."""
    return _rows(db, (
        "SELECT d.recipient, sum(d.amount_fen) AS amount_fen, max(d.share) AS share, count(*) AS payments, "
        "max(coalesce(d.paid_date, r.date)) AS last_date, min(d.id) AS first_id "
        "FROM distributions d JOIN income_receipts r ON r.id = d.receipt_id "
        "WHERE r.deal_id = ? AND d.is_unit = 0 GROUP BY d.recipient ORDER BY first_id"), (deal_id,))


def unit_income(db: Database, deal_id: int) -> int:
    return int(db.scalar(
        "SELECT coalesce(sum(d.amount_fen), 0) FROM distributions d JOIN income_receipts r ON r.id = d.receipt_id "
        "WHERE r.deal_id = ? AND d.is_unit = 1", (deal_id,)))


def _owner_clause(owners: Sequence[Owner], type_col: str, id_col: str) -> tuple[str, list[Any]]:
    parts, params = [], []
    for owner_type, owner_id in owners:
        parts.append(f"({type_col} = ? AND {id_col} = ?)")
        params += [owner_type, owner_id]
    return " OR ".join(parts) or "0", params


def events_for(db: Database, owners: Sequence[Owner]) -> list[dict[str, Any]]:
    """Event-log entries of the given (entity, id) pairs, oldest first."""
    clause, params = _owner_clause(owners, "entity", "entity_id")
    return _rows(db, f"SELECT * FROM events WHERE {clause} ORDER BY id", params)


def attachments_for(db: Database, owners: Sequence[Owner]) -> list[dict[str, Any]]:
    clause, params = _owner_clause(owners, "owner_type", "owner_id")
    return _rows(db, f"SELECT * FROM attachments WHERE {clause} ORDER BY added_at, id", params)


def declarations_for(db: Database, owners: Sequence[Owner]) -> list[dict[str, Any]]:
    clause, params = _owner_clause(owners, "owner_type", "owner_id")
    return _rows(db, f"SELECT * FROM declarations WHERE {clause} ORDER BY signed_on, id", params)


def expenditures_of(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM expenditures WHERE achievement_id = ? ORDER BY date, id", (achievement_id,))


def evidence_rows(db: Database, achievement_id: int) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM stage_evidence WHERE achievement_id = ? ORDER BY date, id", (achievement_id,))


# -- record pickers for the documents page ------------------------------------------------------
_CANDIDATES = {
    # subject → (SQL, searchable columns)
    "application": ("SELECT a.id, a.number, a.kind, a.state, coalesce(a.title, ach.name, '') AS label "
                    "FROM applications a LEFT JOIN achievements ach ON ach.id = a.achievement_id",
                    ("a.number", "a.title", "ach.name")),
    "deal": ("SELECT dl.id, dl.number, dl.kind, dl.state, ach.name || ' — ' || dl.counterparty AS label "
             "FROM deals dl JOIN achievements ach ON ach.id = dl.achievement_id",
             ("dl.number", "dl.counterparty", "ach.name")),
    "achievement": ("SELECT ach.id, ach.ledger_no AS number, ach.type AS kind, ach.status AS state, ach.name AS label "
                    "FROM achievements ach", ("ach.ledger_no", "ach.name", "ach.application_no")),
}


def candidates(
    db: Database, subject: str, *, kinds: Sequence[str] = (), where: str = "", text: str = "", limit: int = 300,
    states: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Records a document can be made for, newest first: id, number, kind, state, label.

    ``kinds`` filters applications by kind, ``states`` by state; ``where`` is one of the fixed filters below.
    """
    sql, columns = _CANDIDATES[subject]
    clauses: list[str] = []
    params: list[Any] = []
    alias = {"application": "a", "deal": "dl", "achievement": "ach"}[subject]
    if kinds:
        clauses.append(f"{alias}.kind IN ({', '.join('?' for _ in kinds)})")
        params += list(kinds)
    if states and subject == "application":
        clauses.append(f"a.state IN ({', '.join('?' for _ in states)})")
        params += list(states)
    fixed = {
        "negotiated": "dl.pricing_method = 'negotiated'",
        "related": "dl.related_party = 1",
        "rewarded": "EXISTS (SELECT 1 FROM income_receipts r WHERE r.deal_id = dl.id)",
    }
    if where:
        clauses.append(fixed[where])
    if text.strip():
        like = like_contains(text.strip())
        clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + f" OR {alias}.id = ?)")
        params += [like] * len(columns) + [text.strip() if text.strip().isdigit() else -1]
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" ORDER BY {alias}.id DESC LIMIT {int(limit)}"
    return _rows(db, sql, params)
