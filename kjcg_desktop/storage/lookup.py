"""A record named the way people name it: its number (KJCG-2026-00012, SQ-2026-0003, JY-2026-0002)
or its database id."""

from __future__ import annotations

from .. import domain as d
from .db import Database

# kind -> (table, number column, Chinese name, example number)
RECORD_KINDS = {
    "achievement": ("achievements", "ledger_no", "成果", "KJCG-2026-00012"),
    "application": ("applications", "number", "申请", "SQ-2026-0003"),
    "deal": ("deals", "number", "交易", "JY-2026-0002"),
    "publicity": ("publicities", None, "公示", ""),
}


def record_id(db: Database, kind: str, text: str | int) -> int:
    """The id of the ``kind`` record whose number or id is ``text``; a Chinese :class:`DomainError`
    naming what was looked for when neither matches."""
    table, column, label, example = RECORD_KINDS[kind]
    raw = str(text).strip()
    if column:
        found = db.scalar(f"SELECT id FROM {table} WHERE upper({column}) = upper(?)", (raw,))  # noqa: S608
        if found is not None:
            return int(found)
    if raw.isdigit():
        found = db.scalar(f"SELECT id FROM {table} WHERE id = ?", (int(raw),))  # noqa: S608
        if found is not None:
            return int(found)
    hint = f"编号（如 {example}）或 ID" if column else "ID"
    raise d.DomainError(f"找不到{label} {raw}：请用{label}{hint}，可用 kjcg-desktop list 查看")
