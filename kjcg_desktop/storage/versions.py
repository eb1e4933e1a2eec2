"""Row versions of editable records (migration ``_v14_row_versions``): a form remembers the version
it loaded, and its save is refused when a colleague saved the record since, naming who and when,
instead of silently undoing the colleague's edit. The check runs inside the save's transaction,
where the writers take turns (SQLite: one writer; the office server: the writers' lock)."""

from __future__ import annotations

from typing import Any

from .. import clock
from ..domain import DomainError
from .db import Database

# table -> the entity name its events are logged under
ENTITIES = {"achievements": "achievement", "applications": "application", "deals": "deal", "publicities": "publicity",
            "projects": "project", "tech_contracts": "tech_contract", "counterparties": "counterparty"}


class StaleRecordError(DomainError):
    """The record was saved by someone else after this form loaded it."""

    def __init__(self, message: str, *, who: str, when: str, changed: list[str]) -> None:
        super().__init__(message)
        self.who, self.when, self.changed = who, when, changed


def row_version(db: Database, table: str, record_id: int) -> int | None:
    """The current version of a record (None when it does not exist)."""
    value = db.scalar(f"SELECT row_version FROM {table} WHERE id = ?", (record_id,))
    return None if value is None else int(value)


def last_change(db: Database, table: str, record_id: int) -> tuple[str, str, list[str]]:
    """(who, when as HH:MM — with the date when not today, what fields) of the record's last logged change."""
    import json

    row = db.one("SELECT operator, ts, new FROM events WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
                 (ENTITIES.get(table, table), record_id))
    if row is None:
        return "其他用户", "", []
    stamp = clock.display_time(row["ts"])  # "2026-12-06 14:05", local time
    when = stamp[11:16] if stamp[:10] == clock.now().date().isoformat() else stamp  # a moment: the real day
    try:
        new = json.loads(row["new"]) if row["new"] else {}
    except (TypeError, ValueError):
        new = {}
    fields = sorted(new) if isinstance(new, dict) else []
    return str(row["operator"] or "其他用户"), when, fields


def check_version(db: Database, table: str, record_id: int, expected: int | None, labels: dict[str, str] | None = None) -> None:
    """Refuse the save when the record's version is no longer ``expected`` (None: no check). Call
    inside the save's transaction."""
    if expected is None:
        return
    current = row_version(db, table, record_id)
    if current is None or current == int(expected):
        return
    who, when, fields = last_change(db, table, record_id)
    names = [(labels or {}).get(f, f) for f in fields if f not in ("updated_at", "row_version")]
    changed = f"（改动了：{'、'.join(names[:8])}）" if names else ""
    at = f"于 {when} " if when else ""
    raise StaleRecordError(
        f"此记录已被{who}{at}修改{changed}。您的修改没有保存，表单内容仍保留：请关闭后重新打开该记录以载入最新内容，"
        "对照后再重做您的修改。", who=who, when=when, changed=names)


def versions(db: Database, table: str, ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {int(r[0]): int(r[1]) for r in db.query(f"SELECT id, row_version FROM {table} WHERE id IN ({marks})", ids)}
