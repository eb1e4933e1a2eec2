"""Applications (赋权申请 and other wizard records) and their state machine transitions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, cast

from .. import clock
from .. import domain as d
from .db import Database, like_escape
from .events import log_event
from .records import ApplicationRecord
from .versions import check_version

KEY_COLUMNS = ("title", "applicant", "grant_mode", "team_share", "term_years", "start_date", "end_date", "term_end_date",
               "batch_id", "parent_id")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def next_number(db: Database, kind: str, year: int) -> str:
    prefix = {"ownership": "SQ", "use_right": "SY", "extension": "YC", "abandonment": "FQ", "disclosure": "PL",
              "registration": "DJ", "deal": "JY"}[kind] + f"-{year}-"
    last = db.scalar("SELECT number FROM applications WHERE number LIKE ? ESCAPE '\\' ORDER BY number DESC LIMIT 1",
                     (like_escape(prefix) + "%",))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def create_application(
    db: Database,
    kind: str,
    *,
    achievement_id: int | None = None,
    form: Mapping[str, Any] | None = None,
    state: str = "draft",
    **key_columns: Any,
) -> int:
    kind = d.ApplicationKind(kind).value
    now = _now()
    values = {k: v for k, v in key_columns.items() if k in KEY_COLUMNS}
    with db.transaction():
        app_id = db.insert("applications", {
            "kind": kind, "state": d.ApplicationState(state).value, "achievement_id": achievement_id,
            "number": next_number(db, kind, clock.today().year), "form": dict(form or {}),
            "created_at": now, "updated_at": now, **values,
        })
        log_event(db, "application", app_id, "create", new={"kind": kind, "state": state, **values})
    return app_id


def get_application(db: Database, app_id: int) -> ApplicationRecord | None:
    row = db.get("applications", app_id)
    if row:
        row["form"] = json.loads(row["form"] or "{}")
    return cast("ApplicationRecord | None", row)


def save_draft(db: Database, app_id: int, form: Mapping[str, Any], page: int = 0, **key_columns: Any) -> None:
    """Autosave of a wizard draft: the whole form as JSON plus key columns. Not logged per save."""
    values = {k: v for k, v in key_columns.items() if k in KEY_COLUMNS}
    with db.transaction():
        db.update("applications", app_id, {"form": dict(form), "form_page": page, "updated_at": _now(), **values})


def transition(
    db: Database, app_id: int, action: str, *, on: date | None = None, note: str | None = None, article: str | None = None
) -> d.ApplicationState:
    """Apply one state-machine action (one transaction, one event)."""
    with db.transaction():
        row = db.one("SELECT state, kind FROM applications WHERE id = ?", (app_id,))
        if row is None:
            raise d.DomainError(f"申请 {app_id} 不存在")
        machine = d.ApplicationStateMachine(row["state"], row["kind"])
        target = machine.apply(action)
        on = on or clock.today()
        values: dict[str, Any] = {"state": target.value, "updated_at": _now()}
        if action == "submit":
            values["submitted_at"] = on
        elif action in ("approve", "reject"):
            values["decided_at"] = on
        elif action == "make_effective":
            values["effective_at"] = on
        db.update("applications", app_id, values)
        log_event(db, "application", app_id, action, old={"state": row["state"]},
                  new={"state": target.value, "date": on, "note": note}, article=article or d.workflow.ARTICLE_PROCEDURE)
    return target


def update_application(db: Database, app_id: int, changes: Mapping[str, Any], *, action: str = "update",
                       article: str | None = None) -> None:
    """Change key columns (or the linked achievement) of an application; logs old → new."""
    allowed = (*KEY_COLUMNS, "achievement_id")
    values = {k: v for k, v in changes.items() if k in allowed}
    with db.transaction():
        before = db.get("applications", app_id)
        if before is None:
            raise d.DomainError(f"申请 {app_id} 不存在")
        db.update("applications", app_id, {**values, "updated_at": _now()})
        log_event(db, "application", app_id, action, old={k: before.get(k) for k in values}, new=values, article=article)


def update_form(db: Database, app_id: int, form: Mapping[str, Any], *, article: str | None = None,
                expected_version: int | None = None) -> None:
    """Edit the answers of an application after it left the draft state; logs the changed keys.
    ``expected_version``: the row version the form loaded (a save over a newer one is refused)."""
    with db.transaction():
        check_version(db, "applications", app_id, expected_version)
        record = get_application(db, app_id)
        if record is None:
            raise d.DomainError(f"申请 {app_id} 不存在")
        before = record["form"]
        changed = sorted(k for k in set(before) | set(form) if before.get(k) != form.get(k))
        db.update("applications", app_id, {"form": dict(form), "updated_at": _now()})
        log_event(db, "application", app_id, "edit_form", old={k: before.get(k) for k in changed},
                  new={k: form.get(k) for k in changed}, article=article)


def list_applications(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT a.id, a.number, a.kind, a.state, a.title, a.achievement_id, ach.name AS achievement_name, "
        "a.batch_id, b.name AS batch_name, b.deadline AS batch_deadline, a.parent_id, a.applicant, a.end_date, "
        "a.form_page, a.updated_at "
        "FROM applications a LEFT JOIN achievements ach ON ach.id = a.achievement_id "
        "LEFT JOIN batches b ON b.id = a.batch_id ORDER BY a.id"
    )
    return [dict(r) for r in rows]
