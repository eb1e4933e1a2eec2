"""Reminders for the dashboard and the calendar export: rows from storage, rules from the domain."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from .. import clock
from ..domain import reminders as rules
from ..storage import contracts as contracts_repo
from ..storage import reminders as repo
from ..storage.db import Database
from ..storage.publicities import KIND_ARTICLE
from ..storage.settings import Settings


def collect_reminders(db: Database, today: date | None = None) -> list[rules.Reminder]:
    """Everything due soon, earliest first: publicities ending within 7 days, use rights expiring
    within 180 days, unpaid patent annual fees within 90 days (and those in their grace period), the annual report, the pilot marks."""
    today = today or clock.today()
    settings = Settings(db)
    items: list[rules.Reminder] = []
    for row in repo.publicities_ending(db, today, today + timedelta(days=rules.PUBLICITY_WINDOW_DAYS)):
        items.append(rules.publicity_reminder(row, KIND_ARTICLE.get(row["kind"], "")))
    for row in repo.use_rights_expiring(db, today, today + timedelta(days=rules.USE_RIGHT_WINDOW_DAYS)):
        items.append(rules.use_right_reminder(row))
    for row in repo.use_right_terms_ending(db, today, today + timedelta(days=rules.USE_RIGHT_WINDOW_DAYS)):
        items.append(rules.use_right_term_reminder(row))
    from .fees import fee_reminders  # annual fees at 90/30/7 days, only for patents that still owe them

    items += fee_reminders(db, today)
    try:
        items.append(rules.annual_report_reminder(today, str(settings.get("annual_report_due") or "03-31")))
    except ValueError:
        items.append(rules.annual_report_reminder(today))
    with contextlib.suppress(ValueError):
        items += rules.pilot_reminders(settings.pilot_start(), today)
    for row in contracts_repo.deals_awaiting_registration(db):
        items.append(rules.Reminder("contract_registration", date.fromisoformat(row["first_receipt"]),
                                    (("number", row["number"]), ("name", row["achievement_name"]),
                                     ("received", row["first_receipt"])), "财税〔2018〕58号",
                                    achievement_id=row["achievement_id"], record=f"deal:{row['id']}"))
    items.sort(key=lambda r: (r.due, r.kind, r.title))
    return items
