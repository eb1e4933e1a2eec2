"""What happens around a form wizard: starting a draft, the defaults it reads, finishing it (one
flow per kind), and the state-machine actions of the 赋权申请 page. No Qt here.

Flows of other kinds (deal, abandonment) register themselves in :data:`FINISHERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import clock
from .. import domain as d
from ..forms_engine import FormDef, empty, initial_values, validate_form
from ..storage import achievements as ach_repo
from ..storage import applications as apps
from ..storage import batches as batch_repo
from ..storage import publicities as pubs
from ..storage import wizard_targets as targets
from ..storage.attachments import add_attachment, attachment_path
from ..storage.db import Database
from ..storage.records import ApplicationRecord
from ..storage.settings import Settings

GRANT_KINDS = frozenset({"ownership", "use_right", "extension"})
ARTICLE = {"disclosure": "1-2 第六条", "registration": "1-2 第七条", "ownership": "方案二(一)", "use_right": "方案二(二)",
           "extension": "方案二(二)"}
# What a wizard is started on ([form] target): a disclosed achievement, a registered one, an
# effective long-term use right.
TARGET_LABELS = {"disclosed": "待审核登记的成果", "registered": "已登记的成果", "use_right": "已生效的长期使用权"}


@dataclass(frozen=True)
class Action:
    action: str
    label: str
    enabled: bool
    reason: str = ""


def resolver(db: Database, achievement_id: int | None = None, parent_id: int | None = None,
             today: date | None = None) -> Callable[[str, str], Any]:
    """``resolve(source, key)`` for the ``setting:``/``achievement:``/``context:`` defaults."""
    settings = Settings(db)
    today = today or clock.today()

    def resolve(source: str, key: str) -> Any:
        if source == "setting":
            value = settings.get(key)
            return None if value in (None, "") else value
        if source == "achievement" and achievement_id is not None:
            if key == "inventors":
                return [{"name": i["name"], "department": i["department"] or "", "share": i["share"] or "",
                         "is_representative": bool(i["is_representative"])} for i in ach_repo.inventors_of(db, achievement_id)]
            row = ach_repo.get_achievement(db, achievement_id)
            return row.get(key) if row else None
        if source == "context":
            if key == "next_ledger_no":
                return ach_repo.next_ledger_no(db, today.year)
            if key == "current_end_date" and parent_id is not None:
                parent = apps.get_application(db, parent_id)
                return parent.get("end_date") if parent else None
            if key == "today":
                return today.isoformat()
        return None

    return resolve


def start_draft(db: Database, form: FormDef, *, achievement_id: int | None = None, parent_id: int | None = None,
                today: date | None = None) -> int:
    """Create the draft application a wizard autosaves into, with the form's defaults."""
    if form.target and form.target != "use_right" and achievement_id is None:
        raise d.DomainError(f"请先选择{TARGET_LABELS.get(form.target, '成果')}")
    if form.target == "use_right":
        if parent_id is None:
            raise d.DomainError("请先选择要延长的长期使用权", article="方案二(二)")
        parent = apps.get_application(db, parent_id)
        if parent is None:
            raise d.DomainError("要延长的长期使用权不存在", article="方案二(二)")
        achievement_id = parent["achievement_id"]
    values = initial_values(form, resolver(db, achievement_id, parent_id, today), today)
    title = form.title
    if achievement_id is not None:
        row = ach_repo.get_achievement(db, achievement_id)
        if row:
            title = f"{row['name']} — {form.title}"
    return apps.create_application(db, form.kind, achievement_id=achievement_id, form=values, title=title,
                                   parent_id=parent_id)


def _attachments(values: Mapping[str, Any], form: FormDef) -> list[tuple[str, dict[str, Any]]]:
    return [(f.kind or f.key, a) for f in form.fields() if f.type == "attachment" for a in (values.get(f.key) or [])]


def _representative(values: Mapping[str, Any]) -> str | None:
    for key in ("team", "inventors"):
        for p in values.get(key) or []:
            if p.get("is_representative"):
                name = p.get("name")
                return None if name is None else str(name)
    return None


def _finish_disclosure(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    settings = Settings(db)
    project_id = batch_repo.create_project(db, {
        "name": values.get("project_name"), "number": values.get("project_number"), "funding_source": values["funding_source"],
        "funder": values.get("funder"), "approval_date": values.get("approval_date"), "contract_date": values.get("contract_date"),
        "decision_date": values.get("decision_date"), "plan_approved_date": values.get("plan_approved_date"),
        "start_date": values.get("project_start"), "end_date": values.get("project_end"),
    })
    fields = {k: values.get(k) for k in ("name", "type", "legal_status", "department", "keywords", "summary", "rd_status",
                                          "market_prospects")}
    if values.get("application_no"):
        key = "registration_no" if values.get("type") in ("software", "plant_variety", "ic_layout") else "application_no"
        fields[key] = values["application_no"]
    fields.update(project_id=project_id, disclosure_date=today, status="disclosed", holder=settings.get("unit_name") or None)
    inventors = [{"name": p["name"].strip(), "department": p.get("department") or values.get("department"),
                  "share": p.get("share"), "is_representative": bool(p.get("is_representative"))} for p in values["inventors"]]
    achievement_id = ach_repo.create_achievement(db, fields, inventors, article="1-2 第六条")
    for kind, a in _attachments(values, form):
        add_attachment(db, "achievement", achievement_id, attachment_path(db, a["stored_path"]), kind=kind,
                       filename=a["filename"])
    apps.update_application(db, app["id"], {"achievement_id": achievement_id, "title": f"{values['name']} — 成果披露",
                                            "applicant": _representative(values)}, action="link", article="1-2 第六条")
    apps.transition(db, app["id"], "submit", on=today, article="1-2 第六条")


def _finish_registration(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    achievement_id = app["achievement_id"]
    if achievement_id is None:
        raise d.DomainError("登记申请未关联成果", article="1-2 第七条")
    disclosures = [a for a in targets.applications_of(db, achievement_id, "disclosure") if a["state"] == "submitted"]
    passed = values["review_result"] == "pass"
    apps.transition(db, app["id"], "submit", on=today, article="1-2 第七条")
    apps.transition(db, app["id"], "approve" if passed else "reject", on=today, note=values.get("review_opinion"),
                    article="1-2 第七条")
    if passed:
        if targets.ledger_no_taken(db, values["ledger_no"].strip(), achievement_id):
            raise d.DomainError(f"台账编号 {values['ledger_no']} 已被其他成果使用", article="1-2 第七条", field="ledger_no")
        ach_repo.update_achievement(db, achievement_id, {
            "ledger_no": values["ledger_no"].strip(), "registration_date": values["registration_date"],
            "legal_status": values["legal_status"], "status": "registered"}, article="1-2 第七条")
        for a in disclosures:
            apps.transition(db, a["id"], "approve", on=today, note=values.get("review_opinion"), article="1-2 第七条")
    else:
        ach_repo.update_achievement(db, achievement_id, {"status": "archived"}, article="1-2 第七条")
        for a in disclosures:
            apps.transition(db, a["id"], "reject", on=today, note=values.get("review_opinion"), article="1-2 第七条")


def _batch_id(db: Database, values: Mapping[str, Any], today: date) -> int | None:
    """The chosen batch, which must still be open: units take grant applications in batches
    (第N批) until a deadline."""
    value = values.get("batch_id")
    if value is None or empty(value):
        return None
    batch = batch_repo.get_batch(db, int(value))
    if batch is None:
        raise d.DomainError("所选申请批次不存在", field="batch_id")
    if batch["deadline"] and batch["deadline"] < today.isoformat():
        raise d.DomainError(f"{batch['name']}已于{batch['deadline']}截止受理，请选择其他批次", field="batch_id")
    return int(batch["id"])


def _finish_ownership(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    mode = values["grant_mode"]
    team_share = str(values.get("team_share")) if mode == "partial" else "100"
    d.check_ownership_split(mode, team_share)
    apps.update_application(db, app["id"], {"grant_mode": mode, "team_share": team_share, "batch_id": _batch_id(db, values, today),
                                            "applicant": _representative(values)}, article="方案二(一)")
    apps.transition(db, app["id"], "submit", on=today, article="方案二(一)")


def _finish_use_right(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    term = d.use_right_term(date.fromisoformat(values["start_date"]), int(values["term_years"]),
                            int(values.get("first_term_years") or d.grants.DEFAULT_FIRST_TERM_YEARS))
    apps.update_application(db, app["id"], {"term_years": term.term_years, "start_date": term.start,
                                            "end_date": term.granted_end, "term_end_date": term.term_end,
                                            "batch_id": _batch_id(db, values, today), "applicant": _representative(values)},
                            article="方案二(二)")
    apps.transition(db, app["id"], "submit", on=today, article="方案二(二)")


def _finish_extension(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    d.check_extension({k: bool(values.get(k)) for k, _ in d.EXTENSION_CONDITIONS})
    parent = apps.get_application(db, app["parent_id"]) if app["parent_id"] is not None else None
    if parent is None:
        raise d.DomainError("要延长的长期使用权不存在", article="方案二(二)")
    apps.update_application(db, app["id"], {"start_date": parent.get("start_date"), "end_date": values["new_end_date"],
                                            "term_years": parent.get("term_years"), "applicant": parent.get("applicant"),
                                            "batch_id": parent.get("batch_id")}, article="方案二(二)")
    apps.transition(db, app["id"], "submit", on=today, article="方案二(二)")


def _finish_generic(db: Database, form: FormDef, app: ApplicationRecord, values: dict[str, Any], today: date) -> None:
    apps.transition(db, app["id"], "submit", on=today, article=form.article or None)


FINISHERS: dict[str, Callable[[Database, FormDef, ApplicationRecord, dict[str, Any], date], None]] = {
    "disclosure": _finish_disclosure,
    "registration": _finish_registration,
    "ownership": _finish_ownership,
    "use_right": _finish_use_right,
    "extension": _finish_extension,
}


def finish(db: Database, form: FormDef, app_id: int, values: Mapping[str, Any], *, today: date | None = None) -> None:
    """Validate the whole form again and run its flow — all in one transaction."""
    today = today or clock.today()
    values = dict(values)
    errors = validate_form(form, values)
    if errors:
        first = errors[0]
        raise d.DomainError(first.message, field=first.key)
    with db.transaction():
        apps.save_draft(db, app_id, values, len(form.pages) - 1)
        app = apps.get_application(db, app_id)
        if app is None:
            raise d.DomainError(f"申请 {app_id} 不存在")
        if app["state"] != "draft":
            raise d.DomainError(f"申请 {app['number']} 已不是草稿，不能再次提交")
        FINISHERS.get(form.kind, _finish_generic)(db, form, app, values, today)


def registration_summary(db: Database, achievement_id: int, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Tags and R&D start point as the rules compute them: (label, value, article) rows."""
    row = ach_repo.get_achievement(db, achievement_id)
    if row is None:
        return []
    legal = values.get("legal_status") or row["legal_status"]
    rows = [("属性标记", d.attribute_for(legal).label, d.tags.ARTICLE_ATTRIBUTE)]
    decision = ach_repo.stage_decision(db, achievement_id)
    stage = d.Stage(row["stage_override"]).label + "（人工认定）" if row["stage_override"] else decision.stage.label
    rows.append(("阶段标记", f"{stage}：{decision.reason}", decision.article))
    rows.append(("转化状态", d.TransferStatus(row["transfer_status"]).label + f"，转化频次 {row['transfer_count']}", d.tags.ARTICLE_TRANSFER))
    project_id = row.get("project_id")
    project = batch_repo.get_project(db, project_id) if project_id else None
    if project is None:
        rows.append(("研发起始点", "未关联科研项目，无法确定", d.stage.ARTICLE_RD_START))
    else:
        source = d.FundingSource(project["funding_source"])
        kwargs = {k: date.fromisoformat(project[k]) if project.get(k) else None
                  for k in ("approval_date", "contract_date", "decision_date", "plan_approved_date")}
        try:
            start = d.rd_start_date(source, **kwargs)
            text = f"{start.isoformat()}（{source.label}，以{d.RD_START_BASIS[source]}为起点）"
        except d.DomainError as exc:
            text = exc.message
        rows.append(("研发起始点", text, d.stage.ARTICLE_RD_START))
    return rows


def ownership_split(db: Database, achievement_id: int, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """Unit and team ownership after the grant (方案二(一))."""
    mode = values.get("grant_mode")
    if not mode:
        return []
    team: Any = values.get("team_share") if mode == "partial" else "100"
    try:
        unit = d.check_ownership_split(mode, team)
    except d.DomainError as exc:
        return [("所有权份额", exc.message, d.grants.ARTICLE_OWNERSHIP)]
    text = f"团队 {d.money.to_decimal(team).normalize():f}%，单位 {unit.normalize():f}%"
    if mode == "partial":
        text += "（共同所有）"
    rows = [("赋权后所有权", text, d.grants.ARTICLE_OWNERSHIP)]
    if mode == "partial" and achievement_id:
        from .fees import grant_fee_outlook_rows

        rows += grant_fee_outlook_rows(db, achievement_id)
    return rows


def use_right_dates(db: Database, achievement_id: int, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """End of the first agreement term and of the whole term (方案二(二))."""
    try:
        start = date.fromisoformat(values["start_date"])
        first, total = int(values["first_term_years"]), int(values["term_years"])
    except (KeyError, TypeError, ValueError):
        return []
    rows = [("首期到期日", d.add_years(start, first).isoformat(), d.grants.ARTICLE_USE_RIGHT),
            ("总期限到期日", d.add_years(start, total).isoformat() + ("" if d.use_right_term_ok(total) else "（不足10年）"),
             d.grants.ARTICLE_USE_RIGHT)]
    if first > total:
        rows.append(("提示", "首期期限长于总期限，请核对", d.grants.ARTICLE_USE_RIGHT))
    return rows


def deal_approval(db: Database, achievement_id: int, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """The deal form's pricing page: who approves a deal of this amount (the unit's approval table,
    minutes above its threshold) and whether the proposed price must be publicised (1-1 第六条(四))."""
    from ..storage.deals import approval_for

    rows = []
    amount = values.get("amount_fen")
    if isinstance(amount, int):
        level = approval_for(db, amount)
        rows.append(("审批层级", level.approver + ("（须附会议纪要）" if level.minutes_required else ""),
                     "单位审批权限表（设置 › 审批权限）"))
    if values.get("pricing_method") and d.price_publicity_required(values["pricing_method"]):
        rows.append(("价格公示", "协议定价须公示拟交易价格，公示期满后方可完成交易", d.deals.ARTICLE_PRICING))
    return rows


def abandonment_end(db: Database, achievement_id: int, values: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """The abandonment form's publicity page: the publicity's end date — the abandonment takes
    effect then (1-2 第十一条 "公示期满即为自动放弃"); a period ending on a rest day is extended."""
    start, days = values.get("publicity_start"), values.get("publicity_days")
    if not start or not isinstance(days, int) or days < 1:
        return []
    try:
        window = d.publicity_window(date.fromisoformat(str(start)), days, working_days=bool(values.get("working_days")))
    except (ValueError, d.DomainError):
        return []
    text = window.end.isoformat() + ("（末日为休息日，顺延）" if window.shifted else "")
    if window.warning:
        text += f"；{window.warning}"
    return [("公示期满（自动放弃）", text, f"{d.deals.ARTICLE_DISPOSAL}；民法典第二百零一条、第二百零三条")]


COMPUTED: dict[str, Callable[[Database, int, Mapping[str, Any]], list[tuple[str, str, str]]]] = {
    "registration_tags": registration_summary,
    "ownership_split": ownership_split,
    "use_right_dates": use_right_dates,
    "deal_approval": deal_approval,
    "abandonment_end": abandonment_end,
}


# ------------------------------------------------------------------------------------- actions
PAGE_ACTIONS = ("submit", "approve", "reject", "withdraw", "start_publicity", "sign_agreement", "make_effective")
ACTION_LABELS = {"submit": "提交", "approve": "审批通过", "reject": "驳回", "withdraw": "撤回", "start_publicity": "开始公示",
                 "sign_agreement": "签署协议", "make_effective": "生效"}


def actions_for(app: Mapping[str, Any]) -> list[Action]:
    """The buttons of the 赋权申请 page and whether each is allowed now (state machine + kind)."""
    allowed = {t.action for t in d.ApplicationStateMachine.allowed(app["state"])}
    result = []
    for action in PAGE_ACTIONS:
        ok = action in allowed
        reason = "" if ok else f"当前状态「{d.ApplicationState(app['state']).label}」不能{ACTION_LABELS[action]}"
        if ok and app["kind"] in ("disclosure", "registration") and action in ("approve", "reject"):
            ok, reason = False, "成果披露通过“审核登记”向导审核"
        if ok and action == "start_publicity" and app["kind"] not in GRANT_KINDS:
            ok, reason = False, "该类申请的公示在其自身流程中发起"
        result.append(Action(action, ACTION_LABELS[action], ok, reason))
    return result


def perform(db: Database, app_id: int, action: str, *, on: date | None = None, note: str | None = None,
            days: int | None = None, working_days: bool | None = None) -> None:
    """Run one action of the page: a state-machine transition (one transaction, one event), with the
    publicity and the extension's new end date where the action needs them."""
    on = on or clock.today()
    app = apps.get_application(db, app_id)
    if app is None:
        raise d.DomainError(f"申请 {app_id} 不存在")
    article = ARTICLE.get(app["kind"])
    if action == "start_publicity":
        settings = Settings(db)
        days = int(days if days is not None else settings.get("publicity_days") or 15)
        wd = bool(settings.get("publicity_working_days")) if working_days is None else working_days
        d.ApplicationStateMachine(app["state"]).target("start_publicity")
        d.check_grant_publicity_days(days)
        pubs.create_publicity(db, "grant", f"关于{app['title'] or app['number']}的公示", on, days, working_days=wd,
                              achievement_id=app["achievement_id"], application_id=app_id,
                              place=settings.get("publicity_place"), contact=settings.get("objection_contact"))
        return
    if action == "end_publicity":
        # the one gate of the period (民法典第二百零一条至第二百零四条): closed from the day after its last day
        pub_id = pubs.running_publicity_of_application(db, app_id)
        if pub_id is None:
            raise d.DomainError("该申请没有进行中的公示", article=article or "")
        pubs.close_publicity(db, pub_id, on)
        return
    with db.transaction():
        apps.transition(db, app_id, action, on=on, note=note, article=article)
        parent_id = app.get("parent_id")
        if action == "make_effective" and app["kind"] == "extension" and parent_id:
            apps.update_application(db, parent_id, {"end_date": app["end_date"]}, action="extended",
                                    article="方案二(二)")
