"""Unit settings (key → value). Typed accessors live in :class:`Settings`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .db import Database
from .events import log_event

DEFAULTS: dict[str, Any] = {
    "unit_name": "",
    "tto_name": "",
    "pilot_start": "",
    "operator": "",
    "annual_report_due": "03-31",
    "publicity_days": 15,
    "publicity_working_days": False,
    "publicity_place": "单位官网及公告栏",
    "objection_contact": "",
    "default_team_share": "80",
    "use_right_first_term_years": 5,
    "use_right_min_total_years": 10,
    "approval_levels": [
        {"max_yuan": 2_000_000, "approver": "科研管理部门", "minutes_required": False},
        {"max_yuan": 5_000_000, "approver": "分管副校长", "minutes_required": True},
        {"max_yuan": None, "approver": "校长办公会", "minutes_required": True},
    ],
    "mail_recipients": [],
    "language": "zh_CN",
    "document_font": "",
}


class Settings:
    """Typed access to the settings table; values are stored as JSON."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        if raw is None:
            return DEFAULTS.get(key, default) if default is None else default
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return raw

    def set(self, key: str, value: Any) -> None:
        self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        with self.db.transaction():
            for key, value in values.items():
                old = self.get(key)
                if old == value:
                    continue
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
                log_event(self.db, "settings", None, "update", old={key: old}, new={key: value})

    def has_unit_settings(self) -> bool:
        """Whether the unit's name was ever saved (false on a new database: first-run welcome)."""
        return bool(self.db.scalar("SELECT value FROM settings WHERE key = 'unit_name' AND value NOT IN ('\"\"', '')"))

    def pilot_start(self) -> date | None:
        text = self.get("pilot_start")
        return date.fromisoformat(text) if text else None

    def all(self) -> dict[str, Any]:
        result = dict(DEFAULTS)
        for row in self.db.query("SELECT key, value FROM settings"):
            try:
                result[row["key"]] = json.loads(row["value"])
            except (json.JSONDecodeError, TypeError):
                result[row["key"]] = row["value"]
        return result
