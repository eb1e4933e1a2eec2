"""Issued document numbers (文号): one sequence per kind and year, allocated inside the caller's
transaction; a voided number stays listed and is never given again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .. import clock
from .db import Database
from .events import log_event


def issued(db: Database, kind: str, record_type: str, record_id: int) -> dict[str, Any] | None:
    """The number in force for this paper of this record (not voided), if any."""
    row = db.one("SELECT * FROM document_numbers WHERE kind = ? AND record_type = ? AND record_id = ? AND state = 'issued' "
                 "ORDER BY id DESC LIMIT 1", (kind, record_type, record_id))
    return dict(row) if row else None


def allocate(db: Database, kind: str, record_type: str, record_id: int, issued_on: date,
             format_number: Callable[[int, int], str]) -> str:
    """The paper's number: the one already issued for this record, else the next of (kind, year).

    Call inside the transaction that issues the paper, so a failed paper leaves no number used.
    Voided numbers count: the sequence never goes back."""
    assert db.in_transaction, "allocate() belongs inside the issuing transaction"
    current = issued(db, kind, record_type, record_id)
    if current is not None:
        return str(current["number"])
    year = issued_on.year
    seq = int(db.scalar("SELECT coalesce(max(seq), 0) FROM document_numbers WHERE kind = ? AND year = ?", (kind, year))) + 1
    number = format_number(year, seq)
    db.execute(
        "INSERT INTO document_numbers (kind, year, seq, number, record_type, record_id, issued_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, year, seq, number, record_type, record_id, issued_on.isoformat(), clock.now().isoformat(timespec="seconds")),
    )
    log_event(db, record_type, record_id, "issue", new={"number": number, "date": issued_on.isoformat()})
    return number


def void(db: Database, number: str, reason: str) -> dict[str, Any]:
    """Mark ``number`` 作废 with its reason; it stays listed and is never given again."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("作废文号须填写理由")
    with db.transaction():
        row = db.one("SELECT * FROM document_numbers WHERE number = ? ORDER BY id DESC LIMIT 1", (number,))
        if row is None:
            raise ValueError(f"找不到文号 {number}")
        if row["state"] == "void":
            raise ValueError(f"文号 {number} 已作废")
        db.execute("UPDATE document_numbers SET state = 'void', void_reason = ?, voided_at = ? WHERE id = ?",
                   (reason, clock.now().isoformat(timespec="seconds"), row["id"]))
        log_event(db, row["record_type"], row["record_id"], "void", old={"number": number}, new={"reason": reason})
    return dict(row)


def _kind_year_filter(kind: str | None, year: int | None, prefix: str) -> tuple[str, list[Any]]:
    """The WHERE clause (or '') and its parameters for an optional kind and year."""
    clauses: list[str] = []
    params: list[Any] = []
    if kind:
        clauses.append(f"{prefix}kind = ?")
        params.append(kind)
    if year:
        clauses.append(f"{prefix}year = ?")
        params.append(year)
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


def listing(db: Database, kind: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """Every number given, voided ones included (state 'void'), in order."""
    where, params = _kind_year_filter(kind, year, "")
    return [dict(r) for r in db.query(f"SELECT * FROM document_numbers{where} ORDER BY kind, year, seq", params)]


def register(db: Database, kind: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """The register of numbers given (voided ones included), each with ``subject``: the number of the
    application, deal or ledger entry it was issued for."""
    where, params = _kind_year_filter(kind, year, "n.")
    return [dict(r) for r in db.query(
        "SELECT n.*, CASE n.record_type"
        " WHEN 'application' THEN (SELECT a.number FROM applications a WHERE a.id = n.record_id)"
        " WHEN 'deal' THEN (SELECT dl.number FROM deals dl WHERE dl.id = n.record_id)"
        " WHEN 'achievement' THEN (SELECT ach.ledger_no FROM achievements ach WHERE ach.id = n.record_id)"
        f" END AS subject FROM document_numbers n{where} ORDER BY n.year DESC, n.kind, n.seq DESC", params)]


def years(db: Database) -> list[int]:
    """The years that have numbers, newest first."""
    return [int(r[0]) for r in db.query("SELECT DISTINCT year FROM document_numbers ORDER BY year DESC")]
