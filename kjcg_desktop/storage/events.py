"""The append-only, hash-chained event log (who, when, what, old → new, article)."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .db import Database

GENESIS = "0" * 64
HASHED_FIELDS = ("ts", "operator", "entity", "entity_id", "action", "old", "new", "article", "prev_hash")


def default_operator() -> str:
    """The operator recorded on events: the settings' display name, else the OS user name."""
    try:
        return os.environ.get("KJCG_OPERATOR") or getpass.getuser()
    except Exception:  # pragma: no cover - getuser can fail without a login name
        return "unknown"


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def row_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row.get(k) for k in HASHED_FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def log_event(
    db: Database,
    entity: str,
    entity_id: int | None,
    action: str,
    *,
    old: Any = None,
    new: Any = None,
    article: str | None = None,
    operator: str | None = None,
    ts: datetime | None = None,
) -> int:
    """Append one event. Call inside the transaction of the change it records."""
    prev = db.scalar("SELECT hash FROM events ORDER BY id DESC LIMIT 1") or GENESIS
    row = {
        "ts": (ts or datetime.now()).isoformat(timespec="seconds"),
        "operator": operator or operator_name(db),
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "old": _json(old),
        "new": _json(new),
        "article": article,
        "prev_hash": prev,
    }
    row["hash"] = row_hash(row)
    return db.insert("events", row)


def operator_name(db: Database) -> str:
    name = db.scalar("SELECT value FROM settings WHERE key = 'operator'")
    return name or default_operator()


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    message: str


def verify_chain(db: Database) -> ChainBreak | None:
    """Recompute the chain; return the first broken entry or None."""
    prev = GENESIS
    expected_id = None
    for r in db.conn.execute("SELECT * FROM events ORDER BY id"):
        row = dict(r)
        if expected_id is not None and row["id"] != expected_id:
            return ChainBreak(expected_id, f"事件日志第 {expected_id} 条缺失（可能在软件外被删除）")
        if row["prev_hash"] != prev:
            return ChainBreak(row["id"], f"事件日志第 {row['id']} 条的前序哈希不符（前一条可能在软件外被修改或删除）")
        if row_hash(row) != row["hash"]:
            return ChainBreak(row["id"], f"事件日志第 {row['id']} 条内容与哈希不符（可能在软件外被修改）")
        prev = row["hash"]
        expected_id = row["id"] + 1
    return None
