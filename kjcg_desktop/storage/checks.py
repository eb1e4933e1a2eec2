"""The queries of the integrity check (services/integrity.py): SQLite's own structure and
foreign-key checks, record counts, the stored attachments and the stored ledger marks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from .db import Database

COUNTED_TABLES = ("achievements", "applications", "deals", "publicities", "events", "attachments")


class ForeignKeyProblem(NamedTuple):
    table: str
    row: int
    parent: str


class StoredMarks(NamedTuple):
    id: int
    ledger_no: str | None
    legal_status: str | None
    attribute: str | None
    stage: str | None
    stage_override: str | None


def quick_check(db: Database) -> list[str]:
    """SQLite's quick check: ``["ok"]`` for a sound file, else its findings."""
    return [r[0] for r in db.query("PRAGMA quick_check")]


def foreign_key_problems(db: Database, limit: int = 10) -> list[ForeignKeyProblem]:
    return [ForeignKeyProblem(r[0], r[1], r[2]) for r in db.query("PRAGMA foreign_key_check")[:limit]]


def table_counts(db: Database) -> dict[str, int]:
    return {table: int(db.scalar(f"SELECT count(*) FROM {table}")) for table in COUNTED_TABLES}


def stored_attachments(db: Database) -> list[sqlite3.Row]:
    """Every attachment's id, filename, sha256 and stored_path."""
    return db.query("SELECT id, filename, sha256, stored_path FROM attachments")


def stage_evidence_kinds(db: Database) -> dict[int, list[str]]:
    """The kinds of stage evidence recorded for each achievement."""
    kinds: dict[int, list[str]] = {}
    for r in db.query("SELECT achievement_id, kind FROM stage_evidence"):
        kinds.setdefault(r[0], []).append(r[1])
    return kinds


def stored_marks(db: Database) -> Iterator[StoredMarks]:
    """Each achievement's stored attribute and stage marks with what they derive from."""
    for r in db.conn.execute("SELECT id, ledger_no, legal_status, attribute, stage, stage_override FROM achievements"):
        yield StoredMarks(*r)
