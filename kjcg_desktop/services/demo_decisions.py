"""Demo decisions on the record (1-1 第六条、第八条): each step the demo's applications and deals
have taken gets its decision — the date of the step, the deciding body, a person, an opinion, and
the minutes of a meeting or the signed agreement — so the decision papers and the dossiers of the
demo data read as a properly run office's would. One approval was taken by the wrong body and is
reversed with its reason, as a real record sometimes shows."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import clock
from ..storage import decisions as repo
from ..storage.attachments import add_attachment, keeps_attachments
from ..storage.db import Database

PEOPLE = {"技术转移中心": "陈立新", "分管校领导": "周建华", "分管副校长": "周建华", "校长办公会": "李明远", "科研管理部门": "孙卫东",
          "技术转移中心主任办公会": "陈立新"}
APPROVE_OPINION = {
    "ownership": "同意赋权，成果不属于负面清单情形",
    "use_right": "同意，成果转化实施方案可行",
    "extension": "同意延长，使用期内已实施转化",
    "abandonment": "同意放弃，该成果已无维持价值",
}
REJECT_OPINION = "团队内部收益分配尚未形成一致意见，请补充后重新申请"


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


class _Papers:
    """Sample minutes and signed agreements, stored as attachments (where the database keeps any)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.count = 0

    def add(self, owner_type: str, owner_id: int, title: str, text: str, kind: str) -> int | None:
        if not keeps_attachments(self.db):
            return None
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{title}.txt"
            path.write_text(f"演示数据：{text}\n", encoding="utf-8")
            self.count += 1
            return add_attachment(self.db, owner_type, owner_id, path, kind=kind)


def record_demo_decisions(db: Database, today: date | None = None) -> dict[str, int]:
    """Record the decisions of every demo application and deal that has none yet; returns counts."""
    today = today or clock.today()
    papers = _Papers(db)
    made = 0
    with db.transaction():
        reversal_done = False
        for app in repo.undecided_steps(db):
            made += _application(db, papers, app)
            if app["state"] == "submitted" and not reversal_done and app["submitted_at"]:
                made += _reversed_approval(db, app, today)
                reversal_done = True
        for deal in repo.undecided_deals(db):
            made += _deal(db, papers, deal)
    return {"decisions": made, "decision_attachments": papers.count}


def _body_of(app: dict[str, Any]) -> str:
    if app["kind"] == "abandonment":
        return "技术转移中心主任办公会"
    return "校长办公会" if app["kind"] == "ownership" and int(app["achievement_id"] or 0) % 2 == 0 else "分管校领导"


def _application(db: Database, papers: _Papers, app: dict[str, Any]) -> int:
    """The approval or rejection, the publicity's start and close, the signature and the effect."""
    state, app_id = app["state"], int(app["id"])
    decided = _day(app["decided_at"]) or _day(app["publicity_start"])
    if state in ("draft", "submitted", "withdrawn") or decided is None:
        return 0
    body = _body_of(app)
    person = PEOPLE[body]
    if state == "rejected":
        repo.record(db, "application", app_id, "reject", decided, body=body, person=person, opinion=REJECT_OPINION,
                    state_before="submitted", state_after="rejected")
        return 1
    minutes = None
    if body.endswith("会"):
        minutes = papers.add("application", app_id, f"{body}会议纪要（{decided.year}年{decided.month}月{decided.day}日）",
                             f"{body}会议纪要：审议赋权申请并同意", "minutes")
    steps: list[tuple[str, date | None, str, str, str, int | None]] = [
        ("approve", decided, body, person, APPROVE_OPINION.get(app["kind"], "同意"), minutes)]
    start, closed, effective = _day(app["publicity_start"]), _day(app["publicity_closed"]), _day(app["effective_at"])
    if state != "approved" and start:
        steps.append(("start-publicity", start, "技术转移中心", PEOPLE["技术转移中心"], "在单位官网及公告栏公示", None))
    if state in ("publicity_ended", "agreement_signed", "effective") and closed:
        steps.append(("close-publicity", closed, "技术转移中心", PEOPLE["技术转移中心"], "公示期满，未收到异议", None))
    if state in ("agreement_signed", "effective") and closed:
        signed = effective or closed
        agreement = papers.add("application", app_id, "赋权协议（双方签署）", "赋权协议签署页", "agreement")
        steps.append(("sign", signed, "分管校领导", PEOPLE["分管校领导"], "协议文本经法务审核，同意签署", agreement))
        if state == "effective" and effective:
            steps.append(("effective", effective, "技术转移中心", PEOPLE["技术转移中心"], "协议生效", None))
    before = "submitted"
    after_of = {"approve": "approved", "start-publicity": "in_publicity", "close-publicity": "publicity_ended",
                "sign": "agreement_signed", "effective": "effective"}
    for step, on, who, name, opinion, paper in steps:
        assert on is not None
        after = after_of[step]
        repo.record(db, "application", app_id, step, on, body=who, person=name, opinion=opinion, attachment_id=paper,
                    state_before=before, state_after=after,
                    publicity_id=app["publicity_id"] if step == "start-publicity" else None)
        before = after
    return len(steps)


def _reversed_approval(db: Database, app: dict[str, Any], today: date) -> int:
    """An approval by the wrong body, reversed before the publicity started: the record keeps both."""
    submitted = _day(app["submitted_at"])
    assert submitted is not None
    on = min(submitted + timedelta(days=3), today)
    decision_id = repo.record(db, "application", int(app["id"]), "approve", on, body="技术转移中心", person=PEOPLE["技术转移中心"],
                              opinion="同意", state_before="submitted", state_after="approved")
    decision = next(r for r in repo.decisions_of(db, "application", int(app["id"])) if r["id"] == decision_id)
    repo.add_reversal(db, decision, min(on + timedelta(days=1), today), "审批机构有误：部分赋权须经校长办公会审议",
                      {"state": "submitted"})
    return 2


def _deal(db: Database, papers: _Papers, deal: dict[str, Any]) -> int:
    """The approval (the approval table's body, with its minutes), the signature and the completion."""
    approved, signed = _day(deal["approved_on"]), _day(deal["contract_date"])
    if approved is None:
        return 0
    body = deal["approved_by"] or deal["approver"] or "技术转移中心"
    deal_id = int(deal["id"])
    repo.record(db, "deal", deal_id, "approve", approved, body=body, person=PEOPLE.get(body, "周建华"),
                opinion=deal["opinion"] or "同意该项转化交易", attachment_id=deal["minutes_id"], state_before="draft",
                state_after="draft", record_id=deal["record_id"])
    made = 1
    if signed and deal["state"] in ("signed", "completed"):
        contract = papers.add("deal", deal_id, f"技术合同{deal['contract_no'] or ''}（双方签署）", "技术合同签署页", "contract")
        repo.record(db, "deal", deal_id, "sign", signed, body="分管校领导", person=PEOPLE["分管校领导"],
                    opinion="合同经法务审核，同意签约", attachment_id=contract, state_before="draft", state_after="signed")
        made += 1
        completed = _day(deal["completed_date"])
        if completed and deal["state"] == "completed":
            repo.record(db, "deal", deal_id, "effective", completed, body="技术转移中心", person=PEOPLE["技术转移中心"],
                        opinion="合同履行完毕，成果标记为已转化", state_before="signed", state_after="completed")
            made += 1
    return made
