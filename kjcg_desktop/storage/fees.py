"""Patent maintenance records: the fee table rows, payments, 费减备案 per holder, term
compensations, payer splits and the keep-or-abandon review decisions (rules in ``domain.fees``)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from ..domain import fees as rules
from ..domain.errors import DomainError
from .db import Database
from .events import log_event

PATENT_COLUMNS = ("a.id, a.ledger_no, a.name, a.type, a.legal_status, a.status, a.filing_date, a.grant_date, "
                  "a.registration_date, a.application_no, a.patent_no, a.holder, a.department, a.transfer_status, a.stage")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------- fee table

def schedule_rows(db: Database) -> list[rules.ScheduleRow]:
    return [rules.ScheduleRow(r["patent_type"], r["year_from"], r["year_to"], r["amount_fen"], date.fromisoformat(r["valid_from"]),
                              r["id"], r["note"])
            for r in db.query("SELECT * FROM fee_schedule ORDER BY patent_type, year_from, valid_from, id")]


def add_schedule_row(db: Database, row: rules.ScheduleRow) -> int:
    """A new band or a changed amount from ``valid_from`` on (国家知识产权局专利收费标准)."""
    rules.check_schedule_row(row)
    with db.transaction():
        row_id = db.insert("fee_schedule", {"patent_type": row.patent_type, "year_from": row.year_from, "year_to": row.year_to,
                                            "amount_fen": row.amount_fen, "valid_from": row.valid_from, "note": row.note})
        log_event(db, "fee_schedule", row_id, "create", new={"type": row.patent_type, "years": [row.year_from, row.year_to],
                  "amount_fen": row.amount_fen, "valid_from": row.valid_from}, article=rules.ARTICLE_SCHEDULE)
    return row_id


def delete_schedule_row(db: Database, row_id: int) -> None:
    with db.transaction():
        old = db.get("fee_schedule", row_id)
        if old is None:
            raise DomainError(f"年费标准第 {row_id} 行不存在")
        db.execute("DELETE FROM fee_schedule WHERE id = ?", (row_id,))
        log_event(db, "fee_schedule", row_id, "delete", old=old, article=rules.ARTICLE_SCHEDULE)


# ---------------------------------------------------------------- patents and what bears on their fees

def fee_patents(db: Database, achievement_id: int | None = None) -> list[dict[str, Any]]:
    """Granted patents of the unit that may owe annual fees (the rule decides exactly), with the
    term compensation, payer split and the latest effective ownership grant."""
    where = "a.legal_status = 'granted' AND a.type IN ('invention', 'utility_model', 'design') AND a.filing_date IS NOT NULL"
    params: tuple[Any, ...] = ()
    if achievement_id is not None:
        where += " AND a.id = ?"
        params = (achievement_id,)
    rows = [dict(r) for r in db.query(
        f"SELECT {PATENT_COLUMNS}, tc.days AS compensation_days, ps.shares AS split_shares, ps.source AS split_source "
        f"FROM achievements a LEFT JOIN term_compensations tc ON tc.achievement_id = a.id "
        f"LEFT JOIN fee_payer_splits ps ON ps.achievement_id = a.id WHERE {where} ORDER BY a.filing_date, a.id", params)]
    if not rows:
        return rows
    grants: dict[int, dict[str, Any]] = {}
    for grant in db.query("SELECT achievement_id, grant_mode, team_share, effective_at, form FROM applications "
                      "WHERE kind = 'ownership' AND state = 'effective' AND effective_at IS NOT NULL "
                      "ORDER BY effective_at, id"):
        grants[grant["achievement_id"]] = dict(grant)
    team: dict[int, list[str]] = {}
    for p in db.query("SELECT i.achievement_id, i.name FROM inventors i JOIN achievements a ON a.id = i.achievement_id "
                      f"WHERE {where} ORDER BY i.achievement_id, i.position, i.id", params):
        team.setdefault(p["achievement_id"], []).append(p["name"])
    for r in rows:
        g = grants.get(r["id"])
        r["grant"] = g
        r["completers"] = team.get(r["id"], [])
        if g is not None:
            try:
                r["maintenance_clause"] = str(json.loads(g["form"] or "{}").get("ip_maintenance") or "")
            except ValueError:
                r["maintenance_clause"] = ""
    return rows


def patent_facts(db: Database, achievement_id: int) -> dict[str, Any] | None:
    rows = fee_patents(db, achievement_id)
    return rows[0] if rows else None


def compensation_days(db: Database, achievement_id: int) -> int:
    return int(db.scalar("SELECT days FROM term_compensations WHERE achievement_id = ?", (achievement_id,)) or 0)


def set_term_compensation(db: Database, achievement_id: int, days: int, decided_on: date | None = None, note: str = "") -> None:
    """Record a 专利权期限补偿 (专利法第四十二条第二款、第三款); 0 days removes it."""
    if days < 0:
        raise DomainError("专利权期限补偿天数不能为负数", article=rules.ARTICLE_TERM, field="days")
    with db.transaction():
        old = compensation_days(db, achievement_id)
        db.execute("DELETE FROM term_compensations WHERE achievement_id = ?", (achievement_id,))
        if days:
            db.insert("term_compensations", {"achievement_id": achievement_id, "days": days, "decided_on": decided_on, "note": note})
        log_event(db, "achievement", achievement_id, "term_compensation", old={"days": old}, new={"days": days},
                  article=rules.ARTICLE_TERM)


def set_payer_split(db: Database, achievement_id: int, split: rules.PayerSplit) -> None:
    rules.check_split(split.shares)
    with db.transaction():
        db.execute("INSERT INTO fee_payer_splits (achievement_id, shares, source) VALUES (?, ?, ?) "
                   "ON CONFLICT(achievement_id) DO UPDATE SET shares = excluded.shares, source = excluded.source",
                   (achievement_id, json.dumps({k: str(v) for k, v in split.shares.items()}), split.source))
        log_event(db, "achievement", achievement_id, "fee_payer_split", new={k: str(v) for k, v in split.shares.items()},
                  article=rules.ARTICLE_OWNERSHIP)


def stored_split(row: dict[str, Any]) -> rules.PayerSplit | None:
    if not row.get("split_shares"):
        return None
    shares = {k: Decimal(v) for k, v in json.loads(row["split_shares"]).items()}
    return rules.PayerSplit(shares, row.get("split_source") or "手工录入")


# ---------------------------------------------------------------- 费减备案

def reduction_filings(db: Database) -> dict[str, dict[str, Any]]:
    return {r["holder_name"]: dict(r) for r in db.query("SELECT * FROM fee_reduction_filings ORDER BY holder_name")}


def record_reduction_filing(db: Database, holder_name: str, *, eligible: bool, recorded_on: date,
                            holder_kind: str = "person", note: str = "") -> None:
    """A holder's 费减备案 (专利收费减缴办法第五条): on record and eligible, or found ineligible."""
    name = holder_name.strip()
    if not name:
        raise DomainError("请填写专利权人名称", article=rules.ARTICLE_REDUCTION, field="holder_name")
    with db.transaction():
        db.execute("INSERT INTO fee_reduction_filings (holder_name, holder_kind, eligible, recorded_on, note) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(holder_name) DO UPDATE SET holder_kind = excluded.holder_kind, eligible = excluded.eligible, "
                   "recorded_on = excluded.recorded_on, note = excluded.note",
                   (name, holder_kind, int(eligible), recorded_on, note))
        log_event(db, "fee_reduction_filing", None, "record", new={"holder": name, "eligible": eligible, "on": recorded_on},
                  article=rules.ARTICLE_REDUCTION)


# ---------------------------------------------------------------- payments

def payments(db: Database, achievement_id: int | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT p.*, a.name, a.ledger_no, a.application_no, a.type FROM fee_payments p "
           "JOIN achievements a ON a.id = p.achievement_id")
    if achievement_id is not None:
        return [dict(r) for r in db.query(sql + " WHERE p.achievement_id = ? ORDER BY p.patent_year, p.paid_on, p.id",
                                          (achievement_id,))]
    return [dict(r) for r in db.query(sql + " ORDER BY p.paid_on, p.id")]


def payments_by_fee(db: Database) -> dict[tuple[int, int], list[tuple[date, int]]]:
    result: dict[tuple[int, int], list[tuple[date, int]]] = {}
    for r in db.query("SELECT achievement_id, patent_year, paid_on, amount_fen FROM fee_payments ORDER BY paid_on, id"):
        result.setdefault((r[0], r[1]), []).append((date.fromisoformat(r[2]), r[3]))
    return result


def record_payment(db: Database, achievement_id: int, patent_year: int, paid_on: date, amount_fen: int, *,
                   receipt_no: str = "", payer: str = "", note: str = "", import_batch: int | None = None) -> int:
    """Record one annual-fee payment; ``import_batch``: the import that records it (kept in its event, so
    the payment is not taken for the office's own work on the record)."""
    if amount_fen <= 0:
        raise DomainError("缴费金额须大于0", field="amount")
    with db.transaction():
        pay_id = db.insert("fee_payments", {"achievement_id": achievement_id, "patent_year": patent_year, "paid_on": paid_on,
                                            "amount_fen": amount_fen, "receipt_no": receipt_no, "payer": payer, "note": note,
                                            "created_at": _now()})
        log_event(db, "achievement", achievement_id, "fee_payment",
                  new={"year": patent_year, "paid_on": paid_on, "amount_fen": amount_fen, "receipt_no": receipt_no, "payer": payer,
                       **({"batch_id": import_batch} if import_batch is not None else {})},
                  article=rules.ARTICLE_PATENT_YEAR)
    return pay_id


def find_achievement(db: Database, record: str) -> int | None:
    """An achievement by ledger number, application/patent number (any prefix, with or without the
    dot) or id."""
    text = record.strip()
    row = db.one("SELECT id FROM achievements WHERE ledger_no = ?", (text,))
    if row:
        return int(row[0])
    digits = "".join(ch for ch in text.upper() if ch.isdigit() or ch == "X")
    if digits:
        for r in db.query("SELECT id, application_no, patent_no FROM achievements WHERE application_no IS NOT NULL "
                          "AND (replace(replace(replace(upper(application_no), '.', ''), 'CN', ''), 'ZL', '') = ? "
                          "OR replace(replace(replace(upper(patent_no), '.', ''), 'CN', ''), 'ZL', '') = ?)", (digits, digits)):
            return int(r[0])
    if text.isdigit() and db.scalar("SELECT 1 FROM achievements WHERE id = ?", (int(text),)):
        return int(text)
    return None


# ---------------------------------------------------------------- review decisions

def record_review(db: Database, achievement_id: int, patent_year: int, due: date, decision: str, *, decided_by: str,
                  decided_on: date, reason: str, completers_answer: str = "", application_id: int | None = None) -> int:
    """One keep-or-abandon decision (1-2 第十一条): who, when, why; logged in the history."""
    rules.check_review_decision(decision, reason, decided_by)
    if completers_answer not in rules.OFFER_ANSWERS:
        raise DomainError(f"未知的完成人答复：{completers_answer}", field="completers_answer")
    with db.transaction():
        review_id = db.insert("fee_reviews", {
            "achievement_id": achievement_id, "patent_year": patent_year, "due_date": due, "decision": decision,
            "decided_by": decided_by.strip(), "decided_on": decided_on, "reason": reason.strip(),
            "completers_answer": completers_answer, "application_id": application_id, "created_at": _now()})
        log_event(db, "achievement", achievement_id, "fee_review",
                  new={"decision": decision, "label": rules.REVIEW_DECISIONS[decision], "year": patent_year, "due": due,
                       "by": decided_by.strip(), "on": decided_on, "reason": reason.strip(), "answer": completers_answer,
                       "application_id": application_id},
                  article=rules.ARTICLE_ABANDON)
    return review_id


def set_completers_answer(db: Database, review_id: int, answer: str) -> None:
    if answer not in rules.OFFER_ANSWERS:
        raise DomainError(f"未知的完成人答复：{answer}", field="completers_answer")
    with db.transaction():
        row = db.get("fee_reviews", review_id)
        if row is None or row["decision"] != "offer":
            raise DomainError("只有“提供给完成人维持”的决定可记录完成人答复", article=rules.ARTICLE_ABANDON)
        db.execute("UPDATE fee_reviews SET completers_answer = ? WHERE id = ?", (answer, review_id))
        log_event(db, "achievement", row["achievement_id"], "fee_review_answer", old={"answer": row["completers_answer"]},
                  new={"answer": answer, "review_id": review_id}, article=rules.ARTICLE_ABANDON)


def reviews(db: Database) -> dict[tuple[int, int], dict[str, Any]]:
    """The latest decision per (achievement, patent year)."""
    return {(r["achievement_id"], r["patent_year"]): dict(r)
            for r in db.query("SELECT * FROM fee_reviews ORDER BY id")}
