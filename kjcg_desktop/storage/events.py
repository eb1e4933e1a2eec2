"""The append-only, hash-chained event log (who, when, what, old → new, article)."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from .db import Database

GENESIS = "0" * 64
HASHED_FIELDS = ("ts", "operator", "entity", "entity_id", "action", "old", "new", "article", "prev_hash")


def default_operator() -> str:
    """The operator recorded on events: the settings' display name, else the OS user name."""
    try:
        return os.environ.get("KJCG_OPERATOR") or getpass.getuser() or "unknown"
    except Exception:  # getuser raises without a login name (e.g. a service account)
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
    head = _head(db)
    last = db.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
    last_id, last_hash = (int(last[0]), last[1]) if last else (0, GENESIS)
    if head is not None and head[2] >= 0 and head[0] >= last_id:
        # Continue from the recorded head, not from whatever row is last now: entries deleted
        # at the end outside the app then show as a gap that `check` names.
        next_id, prev = head[0] + 1, head[1]
    else:  # no head (older schema) or rows appended behind its back: never block the user's work
        next_id, prev = last_id + 1, last_hash
    row = {
        "ts": (ts or datetime.now()).isoformat(timespec="seconds"),
        "operator": operator_name(db) if getattr(db, "dialect", "sqlite") == "postgresql" else (operator or operator_name(db)),
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "old": _json(old),
        "new": _json(new),
        "article": article,
        "prev_hash": prev,
    }
    row["hash"] = row_hash(row)
    return db.insert("events", {"id": next_id, **row})


def operator_name(db: Database) -> str:
    """The settings' display name (stored as JSON like every setting), else the OS user name; on
    the office server the database role the user signed in with (the server checks it)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        return str(db.scalar("SELECT current_user"))
    raw = db.scalar("SELECT value FROM settings WHERE key = 'operator'")
    try:
        name = json.loads(raw) if raw is not None else None
    except (json.JSONDecodeError, TypeError):
        name = raw
    name = name.strip() if isinstance(name, str) else None
    return name or default_operator()


@dataclass(frozen=True)
class ChainBreak:
    """The first broken entry of the log: its id and a Chinese message naming it."""

    event_id: int
    message: str


def _head(db: Database) -> tuple[int, str, int] | None:
    try:
        row = db.one("SELECT last_id, last_hash, count FROM event_head WHERE id = 1")
    except sqlite3.OperationalError:  # a database older than the head table
        return None
    return (int(row[0]), str(row[1]), int(row[2])) if row else (-1, "", -1)


def verify_chain(db: Database) -> ChainBreak | None:
    """Recompute the chain and compare its end with the recorded head; return the first broken
    entry or None.

    Ids are dense (1, 2, 3, …) because the log is append-only, so a gap names a deleted entry.
    An entry whose content no longer matches its own hash was edited; an entry whose (self-
    consistent) hash differs from what the next entry recorded was rewritten with a recomputed
    hash; entries missing after the last one present are found through the head (last id, last
    hash, count) that every append advances in the same transaction."""
    prev = GENESIS
    prev_id = 0
    count = 0
    for r in db.conn.execute("SELECT * FROM events ORDER BY id"):
        row = dict(r)
        if row["id"] != prev_id + 1:
            return ChainBreak(prev_id + 1, f"事件日志第 {prev_id + 1} 条缺失（可能在软件外被删除）")
        if row_hash(row) != row["hash"]:
            return ChainBreak(row["id"], f"事件日志第 {row['id']} 条的内容与其哈希不符（可能在软件外被修改）")
        if row["prev_hash"] != prev:
            return ChainBreak(prev_id, f"事件日志第 {prev_id} 条与第 {row['id']} 条记录的哈希不符"
                                       f"（第 {prev_id} 条可能在软件外被改写）")
        prev, prev_id = row["hash"], row["id"]
        count += 1
    head = _head(db)
    if head is None:
        from .migrations import EVENT_HEAD_VERSION

        if db.user_version >= EVENT_HEAD_VERSION:  # this schema has the table: someone dropped it
            return ChainBreak(prev_id + 1, f"事件日志头表（event_head）缺失：数据库版本 {db.user_version} 应有此表，"
                                           "它可能在软件外被删除（日志末尾的记录可能随之被删），不是旧版本的数据库")
        return None
    last_id, last_hash, head_count = head
    if head_count < 0:
        return ChainBreak(prev_id + 1, "事件日志头记录缺失（可能在软件外被删除），无法确认日志末尾是否完整")
    if last_id > prev_id:
        missing = last_id - prev_id
        return ChainBreak(prev_id + 1, f"事件日志第 {prev_id + 1} 条至第 {last_id} 条（末尾 {missing} 条）缺失"
                                       "（可能在软件外被删除）")
    if last_id < prev_id:
        return ChainBreak(last_id + 1, f"事件日志第 {last_id + 1} 条起未经本软件追加（日志头只记到第 {last_id} 条）")
    if head_count != count:
        return ChainBreak(prev_id, f"事件日志实有 {count} 条，日志头记录为 {head_count} 条"
                                   "（可能有记录在软件外被删除后重写）")
    if prev_id and last_hash != prev:
        return ChainBreak(prev_id, f"事件日志第 {prev_id} 条（最后一条）与日志头记录的哈希不符（可能在软件外被改写）")
    return None


def head_stamp(db: Database) -> str:
    """The head of the event log as printed on issued papers and reports, e.g. ``日志 #128 3f9a1c2b7d0e``:
    an auditor compares it with ``kjcg-desktop check`` and with the backups; a history rewritten
    after the paper was issued no longer contains that entry with that hash."""
    row = db.one("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")
    return "" if row is None else f"日志 #{int(row[0])} {str(row[1])[:12]}"


def event_hash(db: Database, event_id: int) -> str | None:
    return cast("str | None", db.scalar("SELECT hash FROM events WHERE id = ?", (event_id,)))


def last_restore_ts(db: Database) -> str | None:
    """When the database was last restored from a backup (the ``restore`` event), if ever."""
    return cast("str | None", db.scalar("SELECT max(ts) FROM events WHERE entity = 'database' AND action = 'restore'"))


def last_restore(db: Database) -> tuple[int, str, str | None] | None:
    """(id, ts, new) of the latest ``restore`` event, if the database was ever restored."""
    row = db.one("SELECT id, ts, new FROM events WHERE entity = 'database' AND action = 'restore' ORDER BY id DESC LIMIT 1")
    return None if row is None else (int(row[0]), str(row[1]), row[2])


def event_before(db: Database, event_id: int) -> tuple[int, str] | None:
    """(id, hash) of the entry before ``event_id``."""
    row = db.one("SELECT id, hash FROM events WHERE id < ? ORDER BY id DESC LIMIT 1", (event_id,))
    return None if row is None else (int(row[0]), str(row[1]))
