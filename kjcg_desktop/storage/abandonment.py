"""Abandonment (放弃, 1-2 第十一条): the inventors' request or the unit's decision, its publicity,
and the automatic abandonment when the publicity period ends."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .. import domain as d
from . import applications as apps
from . import diligence
from . import publicities as pubs
from .db import Database
from .events import log_event

ARTICLE = d.deals.ARTICLE_DISPOSAL
REASONS = {
    "stop_maintenance": "完成人放弃维持（不再缴纳维持费）",
    "no_prospect": "经评估无转化前景",
    "other": "其他原因主动放弃",
}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def request_abandonment(
    db: Database,
    achievement_id: int,
    *,
    requested_by: str,
    reason: str,
    on: date,
    publicity_start: date,
    days: int = 15,
    working_days: bool = False,
    reason_text: str = "",
    notice_on: date | None = None,
    notice_to: str = "",
    decided_by: str = "",
) -> tuple[int, int]:
    """Record the request (application kind ``abandonment``), the unit's review, the notice to the
    inventors (1-1 第六条(二)) and start the abandonment publicity. Returns (application, publicity).
    One transaction."""
    if reason not in REASONS:
        raise d.DomainError("请选择放弃原因", article=ARTICLE, field="reason")
    d.check_abandonment_applicant(requested_by)
    d.check_abandonment_publicity_start(on, publicity_start)
    with db.transaction():
        ach = db.one("SELECT name, status FROM achievements WHERE id = ?", (achievement_id,))
        if ach is None:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        if ach["status"] in ("abandoned", "disposed"):
            raise d.DomainError(f"成果“{ach['name']}”已{d.AchievementStatus(ach['status']).label}，不能再申请放弃", article=ARTICLE)
        running = db.scalar("SELECT count(*) FROM publicities WHERE achievement_id = ? AND kind = 'abandonment' "
                            "AND state = 'running'", (achievement_id,))
        if running:
            raise d.DomainError(f"成果“{ach['name']}”已有进行中的放弃公示", article=ARTICLE)
        form = {"requested_by": requested_by, "reason": reason, "reason_text": reason_text, "request_date": on.isoformat(),
                "publicity_start": publicity_start.isoformat(), "publicity_days": days, "working_days": working_days,
                "notice_date": notice_on.isoformat() if notice_on else None, "notice_to": notice_to,
                "decided_by": decided_by}
        app_id = apps.create_application(db, "abandonment", achievement_id=achievement_id, form=form,
                                         title=f"{ach['name']}放弃申请", applicant=requested_by)
        apps.transition(db, app_id, "submit", on=on, article=ARTICLE)
        apps.transition(db, app_id, "approve", on=on, note=decided_by or None, article=ARTICLE)
        if decided_by.strip():
            diligence.add_record(db, "achievement", achievement_id, "decision", on, actor=decided_by,
                                 description=f"同意放弃：{REASONS[reason]}")
        if notice_on is not None:
            diligence.add_record(db, "achievement", achievement_id, "notice", notice_on, actor=notice_to,
                                 description="拟放弃成果的通知、告知")
        pub_id = pubs.create_publicity(db, "abandonment", f"关于拟放弃“{ach['name']}”的公示", publicity_start, days,
                                       working_days=working_days, achievement_id=achievement_id, application_id=app_id)
    return app_id, pub_id


def due_abandonments(db: Database, today: date) -> list[dict[str, Any]]:
    """Running abandonment publicities whose period has run out by ``today`` (last day before
    today: 民法典第二百零一条至第二百零四条, see :func:`domain.period_elapsed`)."""
    rows = db.query("SELECT id, achievement_id, application_id, end_date FROM publicities WHERE kind = 'abandonment' "
                    "AND state = 'running' AND end_date < ? AND achievement_id IS NOT NULL ORDER BY end_date, id",
                    (today.isoformat(),))
    return [dict(r) for r in rows]


def make_abandonment_effective(db: Database, publicity_id: int, today: date) -> dict[str, Any]:
    """"公示期满即为自动放弃" (1-2 第十一条): close the publicity, mark the achievement 已放弃 with
    an event, make the application effective, and queue a write-off line for finance when the
    achievement was booked as an intangible asset. One transaction."""
    with db.transaction():
        pub = db.get("publicities", publicity_id)
        if pub is None or pub["kind"] != "abandonment":
            raise d.DomainError(f"放弃公示 {publicity_id} 不存在")
        if pub["state"] != "running":
            raise d.DomainError("该放弃公示已结束或已撤销", article=ARTICLE)
        d.check_period_elapsed(date.fromisoformat(pub["end_date"]), today, "认定自动放弃")
        d.check_step(diligence.achievement_evidence(db, pub["achievement_id"], today), "abandon")
        pubs.close_publicity(db, publicity_id, today)
        ach = db.get("achievements", pub["achievement_id"]) if pub["achievement_id"] is not None else None
        if ach is None:
            raise d.DomainError(f"放弃公示 {publicity_id} 所放弃的成果不存在")
        result = {"achievement_id": ach["id"], "name": ach["name"], "write_off": False, "publicity_id": publicity_id}
        if ach["status"] != "abandoned":
            db.update("achievements", ach["id"], {"status": "abandoned", "updated_at": _now()})
            log_event(db, "achievement", ach["id"], "abandoned", old={"status": ach["status"]},
                      new={"status": "abandoned", "date": today, "publicity_id": publicity_id}, article=ARTICLE)
            if d.write_off_needed(bool(ach["is_intangible_asset"])):
                db.insert("finance_queue", {"achievement_id": ach["id"], "kind": "write_off", "amount_fen": ach["asset_value_fen"],
                                            "article": ARTICLE, "created_at": _now()})
                log_event(db, "achievement", ach["id"], "write_off_queued", new={"amount_fen": ach["asset_value_fen"]},
                          article=ARTICLE)
                result["write_off"] = True
        app_id = pub["application_id"]
        if app_id is not None:
            state = db.scalar("SELECT state FROM applications WHERE id = ?", (app_id,))
            if d.ApplicationState(state) not in d.FINAL_STATES:
                apps.transition(db, app_id, "make_effective", on=today, note="公示期满即为自动放弃", article=ARTICLE)
    return result


def list_abandonments(db: Database) -> list[dict[str, Any]]:
    """Abandonment publicities with their achievement and application, newest first."""
    rows = db.query(
        "SELECT p.id, p.start_date, p.end_date, p.state, p.working_days, p.days, p.achievement_id, p.application_id, "
        "a.ledger_no, a.name, a.status, a.is_intangible_asset, ap.state AS application_state, ap.applicant, "
        "(SELECT count(*) FROM objections o WHERE o.publicity_id = p.id) AS objections "
        "FROM publicities p JOIN achievements a ON a.id = p.achievement_id "
        "LEFT JOIN applications ap ON ap.id = p.application_id WHERE p.kind = 'abandonment' "
        "ORDER BY p.start_date DESC, p.id DESC")
    return [dict(r) for r in rows]
