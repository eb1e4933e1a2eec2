"""Decisions on the record and their reversal (1-1 第六条、第八条), for the dialogs and the CLI.

:func:`plan` says what a decision step will do, who may take it and which paper it needs;
:func:`decide` checks and records it in one transaction with the state change (the application,
publicity and deal state machines do the change); :func:`reverse` undoes the latest standing
decision with a reason, while the next step has not been taken, and says what it undid.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from .. import clock
from .. import domain as d
from ..domain.decisions import AGREEMENT, ATTACHMENT_LABELS, MINUTES, DecisionStep
from ..storage import applications as apps
from ..storage import deals as deals_repo
from ..storage import decisions as repo
from ..storage import diligence, document_numbers
from ..storage import publicities as pubs
from ..storage.attachments import add_attachment
from ..storage.db import Database
from ..storage.lookup import record_id
from ..storage.settings import Settings
from . import wizard_flows as flows

APPLICATION_PREFIXES = ("SQ", "SY", "YC", "FQ", "PL", "DJ")


@dataclass
class DecisionInput:
    """One decision as entered: the step, its date, body, person, opinion and paper (a file to
    store, or an attachment already stored), and what the step itself needs (publicity days, the
    contract number, the receipt whose distribution is approved)."""

    step: str
    on: date | None
    body: str
    person: str
    opinion: str = ""
    attachment: Path | None = None
    attachment_id: int | None = None
    days: int | None = None
    contract_no: str = ""
    tech_contract_reg_no: str = ""
    receipt_id: int | None = None
    publicity_id: int | None = None
    objection_id: int | None = None
    upheld: bool = False


@dataclass
class Plan:
    """What the confirmation shows: the step, its effect and article, the bodies offered and the
    default, the paper needed ('' / 'minutes' / 'agreement') and the previous step."""

    owner_type: str
    owner_id: int
    number: str
    step: DecisionStep
    bodies: tuple[d.DecisionBody, ...]
    default_body: str
    threshold_minutes: bool
    previous: d.Previous | None
    state: str
    notes: list[str] = field(default_factory=list)

    def paper_for(self, body: str) -> str:
        return d.decisions.attachment_needed(
            self.step, d.minutes_needed(self.step, body, self.bodies, threshold=self.threshold_minutes))

    def paper_label(self, body: str) -> str:
        return ATTACHMENT_LABELS.get(self.paper_for(body), "")


def owner_of(db: Database, number: str) -> tuple[str, int]:
    """('application' | 'deal', id) of the record named by its number (SQ-…, SY-…, FQ-…, JY-…)."""
    text = number.strip()
    kind = "deal" if text.upper().startswith("JY") else "application"
    return kind, record_id(db, kind, text)


def _owner_row(db: Database, owner_type: str, owner_id: int) -> dict[str, Any]:
    row = apps.get_application(db, owner_id) if owner_type == "application" else deals_repo.get_deal(db, owner_id)
    if row is None:
        raise d.DomainError(f"{'申请' if owner_type == 'application' else '交易'} {owner_id} 不存在")
    return dict(row)


def plan(db: Database, owner_type: str, owner_id: int, step_key: str) -> Plan:
    step = d.step_of(owner_type, step_key)
    row = _owner_row(db, owner_type, owner_id)
    settings = Settings(db)
    levels = deals_repo.approval_levels(db)
    bodies = d.decision_bodies(levels, str(settings.get("tto_name") or ""))
    threshold = False
    default = bodies[0].name
    if owner_type == "deal":
        level = deals_repo.approval_for(db, int(row.get("amount_fen") or 0))
        default = row.get("approver") or level.approver  # the approval table chooses the deal's body
        threshold = bool(row.get("minutes_required")) and step_key == "approve"
        if default not in {b.name for b in bodies}:
            bodies = (*bodies, d.DecisionBody(default, threshold or d.decisions.is_meeting(default)))
    previous = repo.previous_date(db, owner_type, owner_id)
    return Plan(owner_type, owner_id, str(row.get("number") or owner_id), step, bodies, default, threshold,
                d.Previous(*previous) if previous else None, str(row.get("state") or ""))


def check_allowed(db: Database, owner_type: str, owner_id: int, step_key: str) -> None:
    """Refuse a step the record's state machine does not allow now (Chinese message naming the state)."""
    row = _owner_row(db, owner_type, owner_id)
    if step_key == "decide-objection":
        return
    if owner_type == "application":
        action = d.decisions.APPLICATION_ACTIONS[step_key]
        found = next((a for a in flows.actions_for(row) if a.action == action), None)
        if found is not None and not found.enabled:
            raise d.DomainError(f"{row['number']}：{found.reason}", article=d.workflow.ARTICLE_PROCEDURE)
        d.ApplicationStateMachine(row["state"], row["kind"]).target(action)
        return
    state = row["state"]
    label = deals_repo.DEAL_STATE_LABELS.get(state, state)
    if step_key in ("approve", "sign") and state != "draft":
        raise d.DomainError(f"{row['number']}：交易{label}，不能再「{d.step_of('deal', step_key).label}」")
    if step_key == "effective" and state in ("completed", "terminated"):
        raise d.DomainError(f"{row['number']}：交易{label}，不能再完成")


def decide(db: Database, owner_type: str, owner_id: int, entry: DecisionInput, *, today: date | None = None) -> str:
    """Check and record one decision with its state change in one transaction; returns the
    Chinese sentence saying what was done."""
    today = today or clock.today()
    check_allowed(db, owner_type, owner_id, entry.step)
    p = plan(db, owner_type, owner_id, entry.step)
    minutes = d.minutes_needed(p.step, entry.body, p.bodies, threshold=p.threshold_minutes)
    has_paper = entry.attachment is not None or entry.attachment_id is not None
    d.check_decision(p.step, on=entry.on, today=today, previous=p.previous, body=entry.body, person=entry.person,
                     has_attachment=has_paper, minutes=minutes)
    on = entry.on
    assert on is not None
    if entry.attachment is not None and not Path(entry.attachment).is_file():
        raise d.DomainError(f"找不到附件文件：{entry.attachment}", field="attachment")
    with db.transaction():
        attachment_id = entry.attachment_id
        if entry.attachment is not None:
            kind = ("contract" if owner_type == "deal" else "agreement") if p.paper_for(entry.body) == AGREEMENT \
                else "minutes" if minutes else "decision"
            try:
                attachment_id = add_attachment(db, owner_type, owner_id, Path(entry.attachment), kind=kind)
            except ValueError as exc:  # too large: the store's own message
                raise d.DomainError(str(exc), field="attachment") from exc
            entry = replace(entry, attachment=None, attachment_id=attachment_id)
        made = (_apply_application if owner_type == "application" else _apply_deal)(db, owner_id, entry, on)
        after = str(_owner_row(db, owner_type, owner_id).get("state") or "")
        repo.record(db, owner_type, owner_id, entry.step, on, body=entry.body, person=entry.person, opinion=entry.opinion,
                    attachment_id=attachment_id, state_before=p.state, state_after=after, article=p.step.article, **made)
    return f"{p.number}：已记录「{p.step.label}」（{on.isoformat()}，{entry.body.strip()}，{entry.person.strip()}）"


def _objection(db: Database, owner_type: str, owner_id: int, entry: DecisionInput, on: date) -> dict[str, Any]:
    """The outcome of an objection (1-1 第六条(七)): the opinion is the outcome."""
    if entry.objection_id is None:
        raise d.DomainError("请选择要处理的异议", article="1-1 第六条(七)")
    if not entry.opinion.strip():
        raise d.DomainError("请填写异议的处理结果（意见）", article="1-1 第六条(七)", field="opinion")
    obj = db.get("objections", entry.objection_id)
    if obj is None:
        raise d.DomainError(f"异议 {entry.objection_id} 不存在")
    if obj["id"] not in {o["id"] for o in repo.objections_of_owner(db, owner_type, owner_id)}:
        raise d.DomainError(f"异议 {entry.objection_id} 不是本记录公示中的异议", article="1-1 第六条(七)")
    if obj["raised_on"] and on < date.fromisoformat(str(obj["raised_on"])):
        raise d.DomainError(f"处理日期 {on.isoformat()} 早于异议提出日期 {obj['raised_on']}", article="1-1 第六条(七)",
                            field="date")
    pubs.resolve_objection(db, entry.objection_id, entry.opinion.strip(), entry.upheld, on)
    return {"publicity_id": obj["publicity_id"]}


def _apply_application(db: Database, app_id: int, entry: DecisionInput, on: date) -> dict[str, Any]:
    if entry.step == "decide-objection":
        return _objection(db, "application", app_id, entry, on)
    action = d.decisions.APPLICATION_ACTIONS[entry.step]
    flows.perform(db, app_id, action, on=on, note=entry.opinion.strip() or None, days=entry.days)
    if entry.step == "start-publicity":
        return {"publicity_id": pubs.running_publicity_of_application(db, app_id)}
    return {}


def _apply_deal(db: Database, deal_id: int, entry: DecisionInput, on: date) -> dict[str, Any]:
    deal = _owner_row(db, "deal", deal_id)
    if entry.step == "approve":
        rec = diligence.add_record(db, "deal", deal_id, "decision", on, actor=entry.body.strip(),
                                   description="；".join(x for x in (entry.person.strip(), entry.opinion.strip()) if x),
                                   attachment_id=entry.attachment_id)
        return {"record_id": rec}
    if entry.step == "sign":
        deals_repo.sign_deal(db, deal_id, on, contract_no=entry.contract_no.strip() or None,
                             tech_contract_reg_no=entry.tech_contract_reg_no.strip() or None)
        return {"restore": {k: deal[k] for k in ("state", "contract_date", "contract_no", "tech_contract_reg_no")}}
    if entry.step == "effective":
        deals_repo.complete_deal(db, deal_id, on)
        return {}
    if entry.step == "decide-objection":
        return _objection(db, "deal", deal_id, entry, on)
    if entry.step == "close-publicity":
        pub_id = entry.publicity_id or repo.running_publicity_of_deal(db, deal_id)
        if pub_id is None:
            raise d.DomainError("该交易没有进行中的公示")
        pubs.close_publicity(db, int(pub_id), on)
        return {"publicity_id": pub_id}
    receipt = entry.receipt_id or _unpaid_receipt(db, deal_id)
    deals_repo.mark_distribution_paid(db, receipt, on)
    return {"receipt_id": receipt}


def _unpaid_receipt(db: Database, deal_id: int) -> int:
    rows = [r for r in deals_repo.list_receipts(db, deal_id) if r["unpaid"]]
    if not rows:
        raise d.DomainError("该交易没有待发放的收益分配", article="国科发政〔2018〕103号")
    return int(rows[0]["id"])


OUTCOMES = {"upheld": True, "成立": True, "异议成立": True, "dismissed": False, "不成立": False, "异议不成立": False}


def objection_to_decide(db: Database, owner_type: str, owner_id: int, chosen: int | None = None) -> dict[str, Any]:
    """The objection a ``decide-objection`` step is about: ``chosen`` (its id) or the record's only
    pending one; a Chinese message lists the pending objections when the choice is not clear."""
    found = repo.objections_of_owner(db, owner_type, owner_id)
    if chosen is not None:
        match = next((o for o in found if o["id"] == chosen), None)
        if match is None:
            raise d.DomainError(f"异议 {chosen} 不是本记录公示中的异议；本记录的异议："
                                + ("、".join(f"{o['id']}（{o['raised_by']}）" for o in found) or "无"), article="1-1 第六条(七)")
        return match
    pending = [o for o in found if not o.get("outcome") and not o.get("resolved_on")]
    if not pending:
        raise d.DomainError("本记录的公示中没有待处理的异议" + ("（已处理的异议如需改变结果，请用 --objection 指定）" if found else ""),
                            article="1-1 第六条(七)")
    if len(pending) > 1:
        listed = "；".join(f"{o['id']}：{o['raised_by']}，{o['raised_on']}" for o in pending)
        raise d.DomainError(f"本记录有 {len(pending)} 条待处理的异议，请用 --objection 指定其编号（{listed}）",
                            article="1-1 第六条(七)")
    return pending[0]


# -- reversal ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reversible:
    """The decision a reversal would undo, and '' or the Chinese reason it cannot be undone now."""

    decision: dict[str, Any] | None
    label: str
    problem: str
    numbers: tuple[str, ...] = ()  # the papers' numbers the reversal voids


def reversible(db: Database, owner_type: str, owner_id: int, *, today: date | None = None) -> Reversible:
    """Whether the latest standing decision of the record may be reversed now (without a reason yet)."""
    today = today or clock.today()
    last = repo.last_standing(db, owner_type, owner_id)
    if last is None:
        return Reversible(None, "", "没有可撤销的决定")
    label = d.step_of(owner_type, last["step"]).label
    try:
        _check(db, owner_type, owner_id, last, "（理由）", today)
    except d.DomainError as exc:
        return Reversible(last, label, str(exc))
    return Reversible(last, label, "", tuple(repo.issued_numbers(db, owner_type, owner_id,
                                                                 repo.VOIDED_KINDS.get(last["step"], ()))))


def _check(db: Database, owner_type: str, owner_id: int, last: dict[str, Any], reason: str, today: date) -> None:
    row = _owner_row(db, owner_type, owner_id)
    start = None
    if last["publicity_id"]:
        pub = pubs.get_publicity(db, int(last["publicity_id"]))
        start = date.fromisoformat(pub["start_date"]) if pub else None
        if pub and pub["state"] != "running":
            raise d.DomainError("「开始公示」只能在公示首日结束前撤销：公示已结束或已撤销", article=d.decisions.ARTICLE_RECORD)
    state = str(row.get("state") or "")
    d.check_reversal(owner_type, last["step"], reason=reason, state_now=state, state_after=str(last["state_after"] or ""),
                     today=today, publicity_start=start, state_label=_state_label(owner_type, state))


def reverse(db: Database, owner_type: str, owner_id: int, reason: str, *, today: date | None = None) -> str:
    """Reverse the latest standing decision with ``reason``: a new entry in the record and the log,
    the state restored, what the step created withdrawn, its papers' numbers voided. Returns the
    Chinese sentence saying what was undone."""
    today = today or clock.today()
    last = repo.last_standing(db, owner_type, owner_id)
    if last is None:
        raise d.DomainError("没有可撤销的决定", article=d.decisions.ARTICLE_RECORD)
    label = d.step_of(owner_type, last["step"]).label
    number = str(_owner_row(db, owner_type, owner_id).get("number") or owner_id)
    with db.transaction():
        _check(db, owner_type, owner_id, last, reason, today)
        undone = _undo(db, owner_type, owner_id, last, today, reason)
        voided = []
        for paper in repo.issued_numbers(db, owner_type, owner_id, repo.VOIDED_KINDS.get(last["step"], ())):
            document_numbers.void(db, paper, f"撤销「{label}」：{reason.strip()}")
            voided.append(paper)
        if voided:
            undone["numbers"] = "、".join(voided)
        repo.add_reversal(db, last, today, reason, undone)
    parts = [f"状态恢复为「{_state_label(owner_type, undone['state'])}」"] if undone.get("state") else []
    if undone.get("publicity"):
        parts.append(f"撤销公示「{undone['publicity']}」")
    if undone.get("record"):
        parts.append(f"撤回{undone['record']}")
    parts.append(f"作废文号 {undone['numbers']}" if undone.get("numbers") else "无已编号文书需作废")
    parts.append("无财务记录需撤回")  # no reversible step makes finance lines: effective and completed steps are never reversed
    return f"{number}：已撤销「{label}」（理由：{reason.strip()}）；" + "；".join(parts)


def _state_label(owner_type: str, state: str) -> str:
    if owner_type == "deal":
        return deals_repo.DEAL_STATE_LABELS.get(state, state)
    return d.ApplicationState(state).label


def _undo(db: Database, owner_type: str, owner_id: int, last: dict[str, Any], today: date, reason: str) -> dict[str, Any]:
    step = last["step"]
    undone: dict[str, Any] = {}
    if owner_type == "application":
        target = d.decisions.state_before(step, last["state_after"])
        if last["publicity_id"]:
            pub = pubs.get_publicity(db, int(last["publicity_id"]))
            repo.withdraw_publicity(db, int(last["publicity_id"]), today, reason)
            undone["publicity"] = pub["title"] if pub else ""
        repo.restore_application_state(db, owner_id, target, step)
        undone["state"] = target
        return undone
    if step == "sign":
        import json

        restore = json.loads(last["restore"] or "{}")
        repo.restore_deal(db, owner_id, restore)
        undone["state"] = restore.get("state") or "draft"
    elif step == "approve":
        undone["record"] = "审批决定（尽职证据）"
    return undone


def history(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    """The record's decisions and reversals for the history tab, newest last."""
    return repo.decisions_of(db, owner_type, owner_id)


__all__ = ["MINUTES", "DecisionInput", "Plan", "Reversible", "check_allowed", "decide", "history", "owner_of", "plan",
           "reversible", "reverse"]


def ui_labels() -> list[tuple[str, str]]:
    """The run-time texts the decision dialogs translate (step labels, effects, papers, previous
    steps), for the translation catalogue (i18n_catalogue.PROVIDERS)."""
    steps = [*d.decisions.STEPS.values(), *d.decisions.DEAL_STEPS.values()]
    texts = [s.label for s in steps] + [s.effect for s in steps] + list(ATTACHMENT_LABELS.values())
    texts += ["提交申请", "审批决定", "生效", "开始公示", "结束公示", "签约"]
    found = [("DecisionDialog", t) for t in texts] + [("ReverseDialog", s.label) for s in steps]
    return list(dict.fromkeys(found))


def record_abandonment_approval(db: Database, app_id: int, *, on: date | None, body: str, person: str, opinion: str = "",
                                minutes: Path | None = None, today: date | None = None) -> int:
    """The unit's approval of an abandonment request (1-2 第十一条), taken in the request dialog:
    checked like every decision (date, body, person, minutes of a meeting) and recorded with the
    publicity the request starts; call inside the request's transaction."""
    today = today or clock.today()
    step = d.step_of("application", "approve")
    app = _owner_row(db, "application", app_id)
    submitted = app.get("submitted_at")
    previous = d.Previous("放弃申请", date.fromisoformat(str(submitted)[:10])) if submitted else None
    levels = deals_repo.approval_levels(db)
    bodies = d.decision_bodies(levels, str(Settings(db).get("tto_name") or ""))
    minutes_required = d.minutes_needed(step, body, bodies)
    d.check_decision(step, on=on, today=today, previous=previous, body=body, person=person,
                     has_attachment=minutes is not None, minutes=minutes_required)
    assert on is not None
    attachment_id = add_attachment(db, "application", app_id, Path(minutes), kind="minutes") if minutes else None
    return repo.record(db, "application", app_id, "approve", on, body=body, person=person, opinion=opinion,
                       attachment_id=attachment_id, state_before="submitted", state_after="approved",
                       publicity_id=pubs.running_publicity_of_application(db, app_id), article="1-2 第十一条")
