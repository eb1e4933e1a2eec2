"""Decisions on the record (1-1 第六条、第八条): one row per decision step, one per reversal.

Rows are appended, never edited: a reversal is a new row whose ``reverses`` names the decision it
undoes, and each row is logged in the hash-chained event log in the transaction of the change.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .. import clock
from .. import domain as d
from .db import Database
from .events import log_event

# the papers whose numbers a reversal voids: issued for a step that no longer stands
VOIDED_KINDS = {
    "approve": ("notice", "abandonment-notice", "decision"),
    "reject": ("decision",),
    "start-publicity": ("notice", "abandonment-notice"),
    "sign": ("agreement", "extension-agreement"),
}


def record(db: Database, owner_type: str, owner_id: int, step: str, on: date, *, body: str, person: str,
           opinion: str = "", attachment_id: int | None = None, state_before: str | None = None,
           state_after: str | None = None, publicity_id: int | None = None, record_id: int | None = None,
           receipt_id: int | None = None, restore: dict[str, Any] | None = None, article: str = "") -> int:
    """Append one decision and its event; call inside the transaction of the state change."""
    attachment = _attachment_name(db, attachment_id)
    dec_id = db.insert("decisions", {
        "owner_type": owner_type, "owner_id": owner_id, "step": step, "date": on, "body": body.strip(),
        "person": person.strip(), "opinion": opinion.strip(), "attachment_id": attachment_id,
        "state_before": state_before, "state_after": state_after, "publicity_id": publicity_id, "record_id": record_id,
        "receipt_id": receipt_id, "restore": json.dumps(restore, ensure_ascii=False, default=str) if restore else None,
        "created_at": clock.now().isoformat(timespec="seconds")})
    log_event(db, owner_type, owner_id, "decide",
              new={"step": d.step_of(owner_type, step).label, "date": on, "body": body.strip(), "decider": person.strip(),
                   "opinion": opinion.strip() or None, "paper": attachment},
              article=article or d.decisions.ARTICLE_RECORD)
    return dec_id


def _attachment_name(db: Database, attachment_id: int | None) -> str | None:
    if attachment_id is None:
        return None
    name = db.scalar("SELECT filename FROM attachments WHERE id = ?", (attachment_id,))
    return str(name) if name else None


def decisions_of(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    """Every decision and reversal of the record, oldest first, with ``reversed_by`` (the reversal's
    id or None) and the attachment's file name."""
    rows = db.query(
        "SELECT x.*, a.filename AS attachment_name, "
        "(SELECT r.id FROM decisions r WHERE r.reverses = x.id) AS reversed_by "
        "FROM decisions x LEFT JOIN attachments a ON a.id = x.attachment_id "
        "WHERE x.owner_type = ? AND x.owner_id = ? ORDER BY x.id", (owner_type, owner_id))
    return [dict(r) for r in rows]


def standing(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    """The decisions not reversed, oldest first (reversal rows left out)."""
    return [r for r in decisions_of(db, owner_type, owner_id) if r["reverses"] is None and r["reversed_by"] is None]


def last_standing(db: Database, owner_type: str, owner_id: int) -> dict[str, Any] | None:
    rows = standing(db, owner_type, owner_id)
    return rows[-1] if rows else None


def reversed_record_ids(db: Database, owner_type: str, owner_id: int) -> set[int]:
    """Diligence records (a deal's approval decision) whose decision was reversed."""
    rows = db.query("SELECT x.record_id FROM decisions x WHERE x.owner_type = ? AND x.owner_id = ? AND x.record_id IS NOT NULL "
                    "AND EXISTS (SELECT 1 FROM decisions r WHERE r.reverses = x.id)", (owner_type, owner_id))
    return {int(r[0]) for r in rows}


def add_reversal(db: Database, decision: dict[str, Any], on: date, reason: str, undone: dict[str, Any]) -> int:
    """Append the reversal of ``decision`` and its event (what it undid); inside the caller's transaction."""
    rev_id = db.insert("decisions", {
        "owner_type": decision["owner_type"], "owner_id": decision["owner_id"], "step": decision["step"], "date": on,
        "reverses": decision["id"], "reason": reason.strip(), "state_before": decision["state_after"],
        "state_after": decision["state_before"], "created_at": clock.now().isoformat(timespec="seconds")})
    step = d.step_of(decision["owner_type"], decision["step"])
    log_event(db, decision["owner_type"], decision["owner_id"], "reverse", old={"state": decision["state_after"]},
              new={**undone, "step": step.label, "decided_on": decision["date"], "reason": reason.strip()},
              article=d.decisions.ARTICLE_RECORD)
    return rev_id


def restore_application_state(db: Database, app_id: int, state: str, step: str) -> None:
    """Put the application back in ``state`` (the reversal's event says so); the date columns the
    step had set are cleared."""
    values: dict[str, Any] = {"state": state, "updated_at": clock.now().isoformat(timespec="seconds")}
    if step in ("approve", "reject"):
        values["decided_at"] = None
    db.update("applications", app_id, values)


def withdraw_publicity(db: Database, pub_id: int, on: date, reason: str) -> None:
    db.update("publicities", pub_id, {"state": "withdrawn", "closed_at": on})
    log_event(db, "publicity", pub_id, "withdraw", old={"state": "running"}, new={"state": "withdrawn", "date": on,
                                                                                  "reason": reason.strip()},
              article=d.decisions.ARTICLE_RECORD)


def restore_deal(db: Database, deal_id: int, values: dict[str, Any]) -> None:
    db.update("deals", deal_id, {**values, "updated_at": clock.now().isoformat(timespec="seconds")})


def issued_numbers(db: Database, record_type: str, record_id: int, kinds: tuple[str, ...]) -> list[str]:
    """The numbers in force for these papers of the record."""
    if not kinds:
        return []
    marks = ", ".join("?" for _ in kinds)
    rows = db.query(f"SELECT number FROM document_numbers WHERE record_type = ? AND record_id = ? AND state = 'issued' "
                    f"AND kind IN ({marks}) ORDER BY id", (record_type, record_id, *kinds))
    return [str(r[0]) for r in rows]


def previous_date(db: Database, owner_type: str, owner_id: int) -> tuple[str, date] | None:
    """The latest dated step of the record before a new decision: its standing decisions, and for
    an application recorded before decisions were kept, its submission, decision and publicity dates."""
    candidates: list[tuple[date, int, str]] = []  # (date, order of the step, label): the later step wins a tie
    for n, row in enumerate(standing(db, owner_type, owner_id)):
        candidates.append((date.fromisoformat(row["date"]), 10 + n, d.step_of(owner_type, row["step"]).label))
    if owner_type == "application":
        app = db.one("SELECT submitted_at, decided_at, effective_at FROM applications WHERE id = ?", (owner_id,))
        if app:
            for rank, (key, label) in enumerate((("submitted_at", "提交申请"), ("decided_at", "审批决定"), ("effective_at", "生效"))):
                if app[key]:
                    candidates.append((date.fromisoformat(str(app[key])[:10]), rank * 3, label))
        for pub in db.query("SELECT start_date, closed_at FROM publicities WHERE application_id = ? AND state != 'withdrawn'",
                            (owner_id,)):
            candidates.append((date.fromisoformat(pub["start_date"]), 4, "开始公示"))
            if pub["closed_at"]:
                candidates.append((date.fromisoformat(str(pub["closed_at"])[:10]), 5, "结束公示"))
    else:
        deal = db.one("SELECT contract_date, state FROM deals WHERE id = ?", (owner_id,))
        if deal and deal["contract_date"] and deal["state"] != "draft":
            candidates.append((date.fromisoformat(str(deal["contract_date"])[:10]), 5, "签约"))
    if not candidates:
        return None
    on, _rank, label = max(candidates)
    return label, on


def running_publicity_of_deal(db: Database, deal_id: int) -> int | None:
    found = db.scalar("SELECT id FROM publicities WHERE deal_id = ? AND state = 'running' ORDER BY id LIMIT 1", (deal_id,))
    return None if found is None else int(found)


def undecided_steps(db: Database) -> list[dict[str, Any]]:
    """Applications and their step dates (submitted, decided, publicity start and close, effective)
    that have no decision on the record yet: for filling in a record made before decisions were kept."""
    rows = db.query(
        "SELECT a.id, a.kind, a.state, a.achievement_id, a.applicant, a.submitted_at, a.decided_at, a.effective_at, "
        "p.start_date AS publicity_start, p.closed_at AS publicity_closed, p.id AS publicity_id "
        "FROM applications a LEFT JOIN publicities p ON p.id = (SELECT max(q.id) FROM publicities q "
        "WHERE q.application_id = a.id AND q.state != 'withdrawn') "
        "WHERE NOT EXISTS (SELECT 1 FROM decisions x WHERE x.owner_type = 'application' AND x.owner_id = a.id) ORDER BY a.id")
    return [dict(r) for r in rows]


def undecided_deals(db: Database) -> list[dict[str, Any]]:
    """Deals with no decision on the record yet, with their approval record (diligence 'decision')."""
    rows = db.query(
        "SELECT dl.id, dl.state, dl.approver, dl.minutes_required, dl.contract_date, dl.contract_no, dl.completed_date, "
        "r.id AS record_id, r.date AS approved_on, r.actor AS approved_by, r.description AS opinion, "
        "r.attachment_id AS minutes_id FROM deals dl LEFT JOIN diligence_records r ON r.id = (SELECT max(s.id) "
        "FROM diligence_records s WHERE s.owner_type = 'deal' AND s.owner_id = dl.id AND s.kind = 'decision') "
        "WHERE NOT EXISTS (SELECT 1 FROM decisions x WHERE x.owner_type = 'deal' AND x.owner_id = dl.id) ORDER BY dl.id")
    return [dict(r) for r in rows]


def objections_of_owner(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    """The objections raised in the publicities of an application or a deal, oldest first, each with
    its publicity's title."""
    column = "deal_id" if owner_type == "deal" else "application_id"
    rows = db.query(f"SELECT o.*, p.title AS publicity_title FROM objections o JOIN publicities p ON p.id = o.publicity_id "
                    f"WHERE p.{column} = ? ORDER BY o.raised_on, o.id", (owner_id,))
    return [dict(r) for r in rows]
