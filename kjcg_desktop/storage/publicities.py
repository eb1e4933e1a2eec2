"""Publicities (公示) and objections (R4)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from .. import domain as d
from . import applications as apps
from .db import Database
from .events import log_event
from .records import PublicityRecord

KIND_ARTICLE = {
    "grant": "方案二(一)、方案二(二)",
    "abandonment": "1-2 第十一条",
    "price": "1-1 第六条(四)",
    "related_party": "1-1 第六条(三)",
    "reward": "国科发政〔2018〕103号",
}


def create_publicity(
    db: Database,
    kind: str,
    title: str,
    start: date,
    days: int = 15,
    *,
    working_days: bool = False,
    achievement_id: int | None = None,
    application_id: int | None = None,
    deal_id: int | None = None,
    place: str | None = None,
    contact: str | None = None,
) -> int:
    """Start a publicity; the end date is computed by :func:`domain.publicity_window`. A grant's
    publicity is never shorter than 15 days (方案二(一)(二)); starting one moves the linked
    application into publicity."""
    kind = d.PublicityKind(kind).value
    if kind == "grant":
        d.check_grant_publicity_days(days)
    window = d.publicity_window(start, days, working_days=working_days)
    with db.transaction():
        pub_id = db.insert("publicities", {
            "kind": kind, "title": title, "start_date": start, "days": days, "working_days": working_days,
            "nominal_end": window.nominal_end, "end_date": window.end, "achievement_id": achievement_id,
            "application_id": application_id, "deal_id": deal_id, "place": place, "contact": contact,
            "created_at": datetime.now().isoformat(timespec="seconds"),
        })
        log_event(db, "publicity", pub_id, "start", new={"kind": kind, "start": start, "days": days, "end": window.end,
                                                          "working_days": working_days}, article=KIND_ARTICLE[kind])
        if application_id is not None:
            state = db.scalar("SELECT state FROM applications WHERE id = ?", (application_id,))
            if state == "approved":
                apps.transition(db, application_id, "start_publicity", on=start, article=KIND_ARTICLE[kind])
    return pub_id


def window_of(row: dict[str, Any]) -> d.PublicityWindow:
    """The publicity's window with its stored end date, the one every gate uses (a posted notice's
    end never moves earlier when holiday data change, see :mod:`.holidays`)."""
    window = d.publicity_window(date.fromisoformat(row["start_date"]), row["days"], working_days=bool(row["working_days"]))
    return window.with_stored_end(row.get("end_date"))


def close_publicity(db: Database, pub_id: int, today: date) -> None:
    """Close a publicity from the day after its last day (民法典第二百零一条至第二百零四条: the last
    day ends at 24:00); the linked application moves on."""
    with db.transaction():
        row = db.get("publicities", pub_id)
        if row is None:
            raise d.DomainError(f"公示 {pub_id} 不存在")
        if row["state"] != "running":
            raise d.DomainError("该公示已结束或已撤销")
        d.check_can_close(date.fromisoformat(row["end_date"]), today)
        db.update("publicities", pub_id, {"state": "ended", "closed_at": today})
        log_event(db, "publicity", pub_id, "end", old={"state": "running"}, new={"state": "ended", "date": today},
                  article=KIND_ARTICLE[row["kind"]])
        if row["application_id"] is not None:
            state = db.scalar("SELECT state FROM applications WHERE id = ?", (row["application_id"],))
            if state == "in_publicity":
                apps.transition(db, row["application_id"], "end_publicity", on=today, article=KIND_ARTICLE[row["kind"]])


def add_objection(db: Database, pub_id: int, raised_by: str, raised_on: date, content: str) -> int:
    """Record an objection; a grant application in publicity goes back to review."""
    if not content.strip() or not raised_by.strip():
        raise d.DomainError("异议须填写提出人和内容", article=d.publicity.ARTICLE_COUNTING)
    with db.transaction():
        row = db.get("publicities", pub_id)
        if row is None:
            raise d.DomainError(f"公示 {pub_id} 不存在")
        obj_id = db.insert("objections", {"publicity_id": pub_id, "raised_by": raised_by, "raised_on": raised_on, "content": content})
        log_event(db, "publicity", pub_id, "objection", new={"by": raised_by, "on": raised_on, "content": content},
                  article=KIND_ARTICLE[row["kind"]])
        if row["application_id"] is not None:
            state = db.scalar("SELECT state FROM applications WHERE id = ?", (row["application_id"],))
            if state == "in_publicity":
                apps.transition(db, row["application_id"], "objection", on=raised_on, note=content)
                db.update("publicities", pub_id, {"state": "withdrawn", "closed_at": raised_on})
    return obj_id


def resolve_objection(db: Database, obj_id: int, outcome: str, upheld: bool, on: date) -> None:
    with db.transaction():
        row = db.get("objections", obj_id)
        if row is None:
            raise d.DomainError(f"异议 {obj_id} 不存在")
        db.update("objections", obj_id, {"outcome": outcome, "upheld": upheld, "resolved_on": on})
        log_event(db, "publicity", row["publicity_id"], "objection_resolved",
                  old={"outcome": row["outcome"]}, new={"outcome": outcome, "upheld": upheld, "on": on})


def list_publicities(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT p.id, p.kind, p.title, p.start_date, p.days, p.working_days, p.nominal_end, p.end_date, p.state, "
        "p.achievement_id, p.application_id, p.deal_id, "
        "(SELECT count(*) FROM objections o WHERE o.publicity_id = p.id) AS objections "
        "FROM publicities p ORDER BY p.start_date DESC, p.id DESC"
    )
    return [dict(r) for r in rows]


def objections_of(db: Database, pub_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT * FROM objections WHERE publicity_id = ? ORDER BY raised_on, id", (pub_id,))
    return [dict(r) for r in rows]


def running_publicity_of_application(db: Database, application_id: int) -> int | None:
    """The id of the application's publicity still running (the newest), or None."""
    found: int | None = db.scalar("SELECT id FROM publicities WHERE application_id = ? AND state = 'running' ORDER BY id DESC LIMIT 1",
                                  (application_id,))
    return found


def get_publicity(db: Database, pub_id: int) -> PublicityRecord | None:
    return cast("PublicityRecord | None", db.get("publicities", pub_id))
