"""What undoing an import batch will do, worked out before it is done.

Undo deletes the records the batch added and puts back the values of the fields it updated. Between
the import and the undo the office goes on working, so undo looks first:

- a field of an updated record changed since the import (by a form, the command line, another
  program) keeps its current value: putting the old value back would silently undo that work;
- the added records worked on since (edited, a 待核对 flag checked with a note) are named, because
  the undo deletes them with that work;
- an earlier batch is not undone while a later batch, still in force, updated its records (undo the
  later one first), so undoing never leaves a later batch pointing at records that are gone.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import domain as d
from .db import Database

# what an import writes beside the fields it read: put back with their field, never reported alone
_DERIVED = frozenset({"attribute", "stage", "import_source", "import_key", "updated_at"})
# events on an added record that are not the office's own work since the import
_NOT_WORK = ("import_update", "import_undo")


class UndoError(d.DomainError):
    pass


@dataclass
class UndoImpact:
    batch_id: int
    deleted: int
    restored: int
    edited_added: list[tuple[int, str]] = field(default_factory=list)   # (id, record) worked on since the import
    kept: list[tuple[int, str, str]] = field(default_factory=list)      # (id, record, field) changed since: kept
    blocked_by: list[int] = field(default_factory=list)                 # later batches that updated its records
    payments: int = 0                  # fee payments the batch recorded from a fee list: removed
    contracts: int = 0                 # deals and technology contracts it registered from a deal list: removed


def record_label(ledger_no: str | None, name: str | None) -> str:
    return f"{ledger_no or ''}“{name or ''}”"


def _main_field(column: str) -> str:
    for suffix in ("_precision", "_as_written"):
        if column.endswith(suffix):
            return column[: -len(suffix)]
    return column


def _same(current: Any, written: Any) -> bool:
    if isinstance(written, Mapping):  # extra: JSON in the record, an object in the batch's summary
        try:
            return bool(json.loads(current or "{}") == dict(written))
        except (TypeError, ValueError):
            return False
    return bool(current == written)


def fields_changed_since(db: Database, row_id: int, written: Mapping[str, Any]) -> set[str]:
    """The fields (and ``inventors``) an import wrote into record ``row_id`` that hold something else now."""
    row = db.one("SELECT * FROM achievements WHERE id = ?", (row_id,))
    if row is None:
        return set()
    columns = set(row.keys())
    changed = set()
    for key, value in written.items():
        if key in _DERIVED or key.endswith(("_precision", "_as_written")):
            continue
        if key == "inventors":
            names = [r[0] for r in db.query("SELECT name FROM inventors WHERE achievement_id = ? ORDER BY position", (row_id,))]
            if names != list(value or []):
                changed.add(key)
        elif key in columns and not _same(row[key], value):
            changed.add(key)
    return changed


def restorable(old: Mapping[str, Any], kept: set[str]) -> dict[str, Any]:
    """The old values undo puts back: every field the import changed except those changed since
    (with their companions: a date's precision, a number as written)."""
    return {k: v for k, v in old.items() if k not in ("inventors", "updated_at") and _main_field(k) not in kept}


def _summary(batch: Any) -> dict[str, Any]:
    summary = json.loads(batch["summary"] or "{}")
    return summary if isinstance(summary, dict) else {}


def later_batches(db: Database, batch_id: int, touched: set[int]) -> list[int]:
    """Batches after ``batch_id``, still in force, that updated one of the records in ``touched`` or
    recorded a payment or contract for one of them."""
    later = []
    for row in db.query("SELECT id, summary FROM import_batches WHERE id > ? AND undone_at IS NULL ORDER BY id", (batch_id,)):
        summary = _summary(row)
        updated = {int(k) for k in summary.get("updated", {})} | set((summary.get("registers") or {}).get("achievements") or ())
        if updated & touched:
            later.append(int(row["id"]))
    return later


def _worked_on_since(db: Database, batch_id: int, ids: Sequence[int]) -> list[int]:
    """The records of ``ids`` with an event of the office's own after the batch was written (a payment a
    later import recorded is that import's, not the office's)."""
    after = db.scalar("SELECT max(id) FROM events WHERE entity = 'import_batch' AND entity_id = ? AND action = 'import'",
                      (batch_id,))
    if after is None or not ids:
        return []
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        found.update(int(r[0]) for r in db.query(
            f"SELECT entity_id, action, new FROM events WHERE entity = 'achievement' AND id > ? "
            f"AND action NOT IN ({', '.join('?' * len(_NOT_WORK))}) AND entity_id IN ({', '.join('?' * len(chunk))})",
            [after, *_NOT_WORK, *chunk]) if not _imported_payment(r[1], r[2]))
    return sorted(found)


def _imported_payment(action: str, new: Any) -> bool:
    """An annual-fee payment an import recorded (its event names the batch)."""
    if action != "fee_payment" or not new:
        return False
    value = new if isinstance(new, Mapping) else json.loads(new)
    return isinstance(value, Mapping) and value.get("batch_id") is not None


def _labels(db: Database, ids: Sequence[int]) -> dict[int, str]:
    labels: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for r in db.query(f"SELECT id, ledger_no, name FROM achievements WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            labels[int(r["id"])] = record_label(r["ledger_no"], r["name"])
    return labels


def undo_impact(db: Database, batch_id: int) -> UndoImpact:
    """What :func:`~kjcg_desktop.storage.imports.undo_import` of ``batch_id`` would do now."""
    batch = db.get("import_batches", batch_id)
    if batch is None:
        raise UndoError(f"导入批次 {batch_id} 不存在")
    if batch["undone_at"]:
        raise UndoError(f"导入批次 {batch_id} 已于 {batch['undone_at']} 撤销，不能重复撤销")
    summary = _summary(batch)
    added = [int(i) for i in summary.get("added_ids", [])]
    updated = {int(k): v for k, v in summary.get("updated", {}).items()}
    present = set(_labels(db, list(updated)))
    impact = UndoImpact(batch_id, len(added), len(present & set(updated)))
    registers = summary.get("registers") or {}
    impact.payments = len(registers.get("payments") or ())
    impact.contracts = len(registers.get("deals") or ()) + len(registers.get("tech_contracts") or ())
    impact.blocked_by = later_batches(db, batch_id, set(added) | set(updated))
    edited = _worked_on_since(db, batch_id, added)
    labels = _labels(db, [*edited, *updated])
    impact.edited_added = [(i, labels[i]) for i in edited if i in labels]
    for row_id, change in updated.items():
        if row_id in labels:
            for key in sorted(fields_changed_since(db, row_id, change.get("new") or {})):
                impact.kept.append((row_id, labels[row_id], key))
    return impact
