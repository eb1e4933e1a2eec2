"""The document kinds: which record each is made from, which template, placeholders and tables it
offers, and the function that gathers its data from the database."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ... import clock
from ... import domain as d
from ...domain import contracts as dc
from ...storage import documents as q
from ...storage.achievements import get_achievement, inventors_of
from ...storage.attachments import safe_file_name
from ...storage.db import Database
from ...storage.publicities import KIND_ARTICLE
from . import decision_paper, history, readiness
from . import fields as f
from .errors import DocumentError
from .forms import form_rows
from .render import DocTable, DocumentData


@dataclass
class Request:
    db: Database
    record_id: int
    settings: Mapping[str, Any]
    today: date
    of: str = ""  # dossier: "achievement" or "deal"
    start: date | None = None  # planned publicity start when no publicity is recorded yet


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    subject: str  # application | deal | achievement
    id_help: str
    templates: tuple[str, ...]
    placeholders: Mapping[str, str]
    tables: Mapping[str, str]
    build: Callable[[Request], DocumentData]
    app_kinds: tuple[str, ...] = ()
    where: str = ""
    subjects: tuple[str, ...] = field(default=())
    app_states: tuple[str, ...] = ()  # the application states in which the paper means something (readiness)


# -- shared pieces -------------------------------------------------------------------------------
def _achievement(req: Request, achievement_id: int | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    ach: Mapping[str, Any] | None = get_achievement(req.db, achievement_id) if achievement_id else None
    if ach is None:
        raise DocumentError(f"找不到成果 {achievement_id}（请用 kjcg-desktop list achievements 查看成果ID）")
    return dict(ach), inventors_of(req.db, ach["id"])


def _application(req: Request, kinds: tuple[str, ...], doc_label: str) -> dict[str, Any]:
    app = q.application(req.db, req.record_id)
    if app is None:
        raise DocumentError(f"找不到申请 {req.record_id}：{doc_label}的 --id 应为申请ID（kjcg-desktop list applications 第一列）")
    if kinds and app["kind"] not in kinds:
        wanted = "、".join(d.ApplicationKind(k).label for k in kinds)
        raise DocumentError(
            f"申请 {req.record_id}（{app.get('number') or ''}）是“{d.ApplicationKind(app['kind']).label}”申请，"
            f"{doc_label}只能用于{wanted}申请")
    if not app.get("achievement_id"):
        raise DocumentError(f"申请 {req.record_id} 未关联成果，无法生成{doc_label}")
    return app


def _deal(req: Request, doc_label: str) -> dict[str, Any]:
    deal = q.deal(req.db, req.record_id)
    if deal is None:
        raise DocumentError(f"找不到交易 {req.record_id}：{doc_label}的 --id 应为交易ID（kjcg-desktop list deals 第一列）")
    return deal


def _inventor_table(inventors: Sequence[Mapping[str, Any]], share_header: str = "收益分配比例") -> DocTable:
    rows = [[str(n), i["name"], f.text(i.get("department")), f.percent(i.get("share")), "是" if i.get("is_representative") else ""]
            for n, i in enumerate(inventors, start=1)]
    return DocTable(["序号", "姓名", "所在单位", share_header, "指定代表"], rows, (0.6, 1.2, 3, 1.3, 1))


def _publicity(req: Request, kinds: tuple[str, ...], *, grant: bool, data_notes: list[str], **link: int) -> dict[str, str]:
    row = q.latest_publicity(req.db, kinds, **link)
    place = f.text(req.settings.get("publicity_place"))
    contact = f.text(req.settings.get("objection_contact"))
    values = _publicity_values(req, row, place, contact, grant=grant, data_notes=data_notes)
    if not values["publicity.contact"]:
        data_notes.append("未设置异议受理联系方式：公示中“联系方式”留有空线供手写；如需打印，请在“设置”中填写（电话、邮箱、地址）后重新生成")
    return values


def _publicity_values(req: Request, row: Mapping[str, Any] | None, place: str, contact: str, *, grant: bool, data_notes: list[str]) -> dict[str, str]:
    if row is not None:
        window = d.publicity_window(date.fromisoformat(row["start_date"]), int(row["days"]),
                                    working_days=bool(row["working_days"])).with_stored_end(row.get("end_date"))
        return f.publicity_values(window, title=row["title"], place=row.get("place") or place,
                                  contact=row.get("contact") or contact, state=f.label(d.PublicityState, row["state"]))
    start = req.start or req.today
    days = int(req.settings.get("publicity_days") or d.publicity.DEFAULT_DAYS)
    if grant:
        days = max(days, d.publicity.GRANT_MIN_DAYS)
    window = d.publicity_window(start, days, working_days=bool(req.settings.get("publicity_working_days")))
    data_notes.append(f"尚未登记公示，按拟定开始日期 {start.isoformat()}、{days}"
                      f"{'个工作日' if window.working_days else '日'}计算届满日期 {window.end.isoformat()}")
    return f.publicity_values(window, title="", place=place, contact=contact, state="拟公示")


def _base(req: Request, ach: Mapping[str, Any], inventors: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    return {**f.common_values(req.settings, req.today), **f.achievement_values(ach, inventors)}


def _achievement_summary(ach: Mapping[str, Any], values: Mapping[str, str]) -> list[list[str]]:
    rows = [["成果名称", values["achievement.name"]], ["成果类型", values["achievement.type"]]]
    if ach.get("patent_no"):
        rows.append(["专利号", ach["patent_no"]])
    elif ach.get("application_no"):
        rows.append(["专利申请号", ach["application_no"]])
    if ach.get("registration_no"):
        rows.append(["登记号", ach["registration_no"]])
    rows += [["法律状态", values["achievement.legal_status"]], ["完成人", values["achievement.inventors"]],
             ["所属单位", values["achievement.department"]]]
    return rows


# -- grant notice, agreements --------------------------------------------------------------------
GRANT_KINDS = ("ownership", "use_right", "extension")


def build_notice(req: Request) -> DocumentData:
    app = _application(req, GRANT_KINDS, "赋权公示")
    ach, inventors = _achievement(req, app["achievement_id"])
    notes: list[str] = []
    values = {**_base(req, ach, inventors), **f.application_values(app), **f.grant_values(app),
              **_publicity(req, ("grant",), grant=True, data_notes=notes, application_id=app["id"])}
    summary = _achievement_summary(ach, values)
    summary.append(["赋予权利", values["grant.right"]])
    if app["kind"] == "ownership":
        summary.append(["赋权方式", f"{values['grant.mode']}（团队 {values['grant.team_share']}，单位 {values['grant.unit_share']}）"])
    else:
        term = values["grant.term_years"]
        summary.append(["使用权期限", (f"{term}年" if term else "") + (
            f"（{values['grant.start_date']}至{values['grant.end_date']}）" if values["grant.start_date"] else "")])
    summary.append(["指定代表", values["achievement.representative"]])
    tables = {"summary": DocTable([], summary, (1, 3.2), key_value=True), "inventors": _inventor_table(inventors)}
    return DocumentData("notice", "notice", values, tables, f"申请 {app['number']}", notes)


def build_agreement(req: Request) -> DocumentData:
    app = _application(req, ("ownership", "use_right"), "赋权协议")
    ach, inventors = _achievement(req, app["achievement_id"])
    values = {**_base(req, ach, inventors), **f.application_values(app), **f.grant_values(app), **f.terms_values(app)}
    tables = {"inventors": _inventor_table(inventors, "团队内部收益分配比例"),
              "summary": DocTable([], _achievement_summary(ach, values), (1, 3.2), key_value=True)}
    template = "agreement" if app["kind"] == "ownership" else "use-right-agreement"
    return DocumentData("agreement", template, values, tables, f"申请 {app['number']}")


def build_extension(req: Request) -> DocumentData:
    app = _application(req, ("extension", "use_right"), "延长长期使用权协议")
    ach, inventors = _achievement(req, app["achievement_id"])
    notes: list[str] = []
    if app["kind"] == "extension":
        original = q.application(req.db, app["parent_id"]) if app.get("parent_id") else None
        form: Mapping[str, Any] = app.get("form") or {}
        found = form.get("conditions")
        conditions: Mapping[str, Any] = found if isinstance(found, Mapping) else form
        years = f.text(app.get("term_years") or form.get("extension_years"))
        new_end = f.day(app.get("end_date") or form.get("new_end_date"))
        rows = [[label, "是" if conditions.get(key) else "未确认"] for key, label in d.EXTENSION_CONDITIONS]
    else:  # an extension of this use right, terms to be filled in by hand
        original, years, new_end = app, "____", "____年__月__日"
        rows = [[label, "□是　□否"] for _, label in d.EXTENSION_CONDITIONS]
        notes.append("所选为长期使用权申请：延长年限与届满日期留空，签署时填写")
    original = original or {}
    values = {**_base(req, ach, inventors), **f.application_values(app), **f.grant_values(original or app),
              "extension.years": years, "extension.new_end": new_end,
              "extension.conditions": "；".join(f"{a}：{b}" for a, b in rows),
              "original.number": f.text(original.get("number")),
              "original.start_date": f.day(original.get("start_date")),
              "original.end_date": f.day(original.get("end_date")),
              "original.term_years": f.text(original.get("term_years"))}
    tables = {"conditions": DocTable(["延长条件（方案二(二)）", "核实情况"], rows, (3, 1.2)),
              "inventors": _inventor_table(inventors),
              "summary": DocTable([], _achievement_summary(ach, values), (1, 3.2), key_value=True)}
    return DocumentData("extension-agreement", "extension-agreement", values, tables, f"申请 {app['number']}", notes)


def build_decision(req: Request) -> DocumentData:
    return decision_paper.build(req.db, req.record_id, req.of, req.settings, req.today)


# -- other notices --------------------------------------------------------------------------------
def build_abandonment(req: Request) -> DocumentData:
    app = _application(req, ("abandonment",), "放弃公示")
    ach, inventors = _achievement(req, app["achievement_id"])
    notes: list[str] = []
    form = app.get("form") or {}
    values = {**_base(req, ach, inventors), **f.application_values(app),
              **_publicity(req, ("abandonment",), grant=False, data_notes=notes, application_id=app["id"]),
              "abandonment.reason": _abandonment_reason(form),
              "abandonment.asset_note": ("该成果已确认为无形资产，公示期满后由技术转移机构（部门）审核，交财务部门进行无形资产账务处理"
                                         "（1-2 第十一条）。") if ach.get("is_intangible_asset") else ""}
    tables = {"summary": DocTable([], _achievement_summary(ach, values), (1, 3.2), key_value=True),
              "inventors": _inventor_table(inventors)}
    return DocumentData("abandonment-notice", "abandonment-notice", values, tables, f"申请 {app['number']}", notes)


def _abandonment_reason(form: Mapping[str, Any]) -> str:
    from ...storage.abandonment import REASONS

    code = f.text(form.get("reason"))
    label = REASONS.get(code, code)
    extra = f.text(form.get("reason_text")).strip()
    return f"{label}：{extra}" if label and extra else (label or extra)


def _deal_summary(deal_values: Mapping[str, str], values: Mapping[str, str], deal: Mapping[str, Any]) -> list[list[str]]:
    rows = [["成果名称", values["achievement.name"]], ["成果类型", values["achievement.type"]]]
    if values["achievement.number"]:
        rows.append(["专利号/申请号", values["achievement.number"]])
    rows += [["完成人", values["achievement.inventors"]], ["转化方式", deal_values["deal.kind"] + (
        f"（{deal_values['deal.licence_type']}）" if deal_values["deal.licence_type"] else "")],
             ["交易对方", f"{deal_values['deal.counterparty']}（{deal_values['deal.counterparty_type']}）"],
             ["定价方式", deal_values["deal.pricing_method"]], ["交易价格", deal_values["deal.amount"]]]
    if deal.get("kind") == "licence" and (deal.get("territory") or deal.get("term_years")):
        rows.append(["许可地域与期限", f"{deal_values['deal.territory']} {deal_values['deal.term_years']}年".strip()])
    if deal.get("kind") == "equity":
        rows.append(["作价投资", f"{deal_values['deal.company']} {deal_values['deal.equity_shares']}".strip()])
    return rows


def _deal_doc(req: Request, doc_label: str, publicity_kind: str) -> tuple[dict[str, Any], dict[str, str], dict[str, Any], list[dict[str, Any]], list[str]]:
    deal = _deal(req, doc_label)
    ach, inventors = _achievement(req, deal["achievement_id"])
    notes: list[str] = []
    dv = f.deal_values(deal)
    values = {**_base(req, ach, inventors), **dv,
              **_publicity(req, (publicity_kind,), grant=False, data_notes=notes, deal_id=deal["id"])}
    return deal, values, ach, inventors, notes


def build_price(req: Request) -> DocumentData:
    deal, values, ach, inventors, notes = _deal_doc(req, "协议定价公示", "price")
    if deal["pricing_method"] != "negotiated":
        raise DocumentError(f"交易 {deal['number']} 的定价方式为{values['deal.pricing_method']}，"
                            "协议定价公示只用于协议定价的交易（1-1 第六条(四)）")
    table = DocTable([], _deal_summary(values, values, deal), (1, 3.2), key_value=True)
    return DocumentData("price-notice", "price-notice", values, {"summary": table}, f"交易 {deal['number']}", notes)


def build_related(req: Request) -> DocumentData:
    deal, values, ach, inventors, notes = _deal_doc(req, "关联交易公示", "related_party")
    if not deal["related_party"]:
        raise DocumentError(f"交易 {deal['number']} 未标记为关联交易，无需关联交易公示（1-1 第六条(三)）")
    rows = _deal_summary(values, values, deal)
    rows.append(["关联关系", values["deal.related_party_note"] or "（见关联交易审查材料）"])
    return DocumentData("related-party-notice", "related-party-notice", values,
                        {"summary": DocTable([], rows, (1, 3.2), key_value=True)}, f"交易 {deal['number']}", notes)


def build_reward(req: Request) -> DocumentData:
    deal, values, ach, inventors, notes = _deal_doc(req, "现金奖励公示", "reward")
    rewards = q.individual_rewards(req.db, deal["id"])
    if not rewards:
        raise DocumentError(f"交易 {deal['number']} 尚无个人收益分配记录（先登记到账收入并分配），无法生成现金奖励公示")
    departments = {i["name"]: i.get("department") for i in inventors}
    receipts = q.receipts_of(req.db, deal["id"])
    total = sum(r["amount_fen"] for r in rewards)
    values.update({"reward.total": f.yuan(total), "reward.count": str(len(rewards)),
                   "reward.income": f.yuan(sum(r["amount_fen"] for r in receipts)),
                   "reward.unit_income": f.yuan(q.unit_income(req.db, deal["id"]))})
    rows = [[str(n), r["recipient"], f.text(departments.get(r["recipient"])), f.percent(r["share"]),
             f.yuan(r["amount_fen"])] for n, r in enumerate(rewards, start=1)]
    rows.append(["", "合计", "", "", f.yuan(total)])
    info = _deal_summary(values, values, deal)
    info += [["合同编号", values["deal.contract_no"]], ["合同签订日期", values["deal.contract_date"]],
             ["技术合同认定登记号", values["deal.tech_contract_reg_no"] or "（尚未登记）"],
             ["个人所得税", dc.CASH_TAX_LABELS[dc.cash_reward_tax(deal["kind"], deal.get("tech_contract_reg_no"))]],
             ["已到账收入", values["reward.income"]]]
    tables = {"transformation": DocTable([], info, (1, 3.2), key_value=True),
              "rewards": DocTable(["序号", "姓名", "所在单位", "分配比例", "奖励金额"], rows, (0.6, 1.2, 2.8, 1.1, 1.6)),
              "receipts": DocTable(["到账日期", "金额", "付款方", "凭证号"],
                                   [[f.day(r["date"]), f.yuan(r["amount_fen"]), f.text(r["payer"]), f.text(r["voucher_no"])]
                                    for r in receipts], (1, 1.3, 2.6, 1.2))}
    return DocumentData("reward-notice", "reward-notice", values, tables, f"交易 {deal['number']}", notes)


# -- forms ------------------------------------------------------------------------------------------
_ACHIEVEMENT_FORM_KEYS = ("name", "type", "legal_status", "application_no", "patent_no", "registration_no", "filing_date",
                          "grant_date", "holder", "department", "keywords", "summary", "rd_status", "market_prospects",
                          "disclosure_date")


def _achievement_source(ach: Mapping[str, Any]) -> dict[str, Any]:
    source = {k: ach.get(k) for k in _ACHIEVEMENT_FORM_KEYS}
    source["type"] = f.label(d.AchievementType, ach.get("type"))
    source["legal_status"] = f.label(d.LegalStatus, ach.get("legal_status"))
    extra = ach.get("extra") or {}
    return {**{k: v for k, v in extra.items() if isinstance(k, str)}, **source}


def _project_rows(req: Request, ach: Mapping[str, Any]) -> list[list[str]]:
    project = q.project(req.db, ach.get("project_id"))
    if not project:
        return []
    try:
        start = d.rd_start(project["funding_source"], approval_date=_date(project.get("approval_date")),
                           contract_date=_date(project.get("contract_date")),
                           decision_date=_date(project.get("decision_date")),
                           plan_approved_date=_date(project.get("plan_approved_date")),
                           office_start=_date(project.get("rd_start_override")),
                           office_reason=project.get("rd_start_reason")).day
    except d.DomainError:
        start = None
    return [["依托项目", f"{project['name']}（{project.get('number') or ''}）"],
            ["经费来源", f"{f.label(d.FundingSource, project['funding_source'])} {project.get('funder') or ''}".strip()],
            ["研发起始点", f"{f.day(start)}（{d.stage.ARTICLE_RD_START}）" if start else ""]]


def _date(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def build_disclosure(req: Request) -> DocumentData:
    ach, inventors = _achievement(req, req.record_id)
    disclosure = q.disclosure_application(req.db, ach["id"])
    sources = [disclosure["form"]] if disclosure else []
    sources.append(_achievement_source(ach))
    rows, note = form_rows("disclosure", sources, skip={"inventors", "shares"})
    values = {**_base(req, ach, inventors), "form.source": note}
    tables = {"fields": DocTable([], rows, (1, 3), key_value=True), "inventors": _inventor_table(inventors),
              "project": DocTable([], _project_rows(req, ach), (1, 3), key_value=True, empty="（未关联项目）")}
    return DocumentData("disclosure-form", "disclosure-form", values, tables, f"成果 {ach['id']}", [note])


def build_application_form(req: Request) -> DocumentData:
    app = _application(req, (), "申请表")
    ach, inventors = _achievement(req, app["achievement_id"])
    columns = {k: app.get(k) for k in ("title", "applicant", "grant_mode", "team_share", "term_years", "start_date", "end_date")}
    if columns.get("grant_mode"):
        columns["grant_mode"] = f.label(d.GrantMode, columns["grant_mode"])
    if columns.get("team_share"):
        columns["team_share"] = f.percent(columns["team_share"])
    form = dict(app.get("form") or {})
    if form.get("grant_mode"):
        form["grant_mode"] = f.label(d.GrantMode, form["grant_mode"])
    rows, note = form_rows(app["kind"], [form, columns], skip={"inventors", "shares"})
    values = {**_base(req, ach, inventors), **f.application_values(app), "form.source": note}
    tables = {"fields": DocTable([], rows, (1, 3), key_value=True), "inventors": _inventor_table(inventors),
              "summary": DocTable([], _achievement_summary(ach, values), (1, 3), key_value=True)}
    return DocumentData("application-form", "application-form", values, tables, f"申请 {app['number']}", [note])


# -- dossier -----------------------------------------------------------------------------------------
ENTITY_LABELS = history.ENTITY_LABELS
ACTION_LABELS = history.ACTION_LABELS


ATTACHMENT_KINDS = {"minutes": "会议纪要", "request_letter": "申请函", "agreement": "协议", "contract": "合同",
                    "notice": "公示文件", "evaluation": "评估报告", "declaration": "声明", "": "其他材料"}


def _attachment_title(row: Mapping[str, Any]) -> str:
    """What the paper calls an attachment: its file name without the extension, and its page count when known."""
    name = safe_file_name(row["filename"])
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    pages = row.get("pages")
    return f"{stem}（{pages}页）" if pages else stem


def _size_text(size: Any) -> str:
    size = f.as_int(size)
    if size is None:
        return ""
    return f"{max(1, round(size / 1024))} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


Row = Mapping[str, Any]
Owner = tuple[str, int]


@dataclass
class _Scope:
    """What one dossier covers: the achievement, its (or the one deal's) applications, deals and publicities."""
    ach: dict[str, Any]
    inventors: list[dict[str, Any]]
    apps: list[dict[str, Any]]
    deals: list[dict[str, Any]]
    publicities: list[dict[str, Any]]
    subject: str
    owners: list[Owner]


def _dossier_scope(req: Request) -> _Scope:
    db = req.db
    if req.of == "deal":
        deal = _deal(req, "证据卷宗")
        ach, inventors = _achievement(req, deal["achievement_id"])
        found = q.application(db, deal["application_id"]) if deal.get("application_id") else None
        apps = [found] if found else []
        publicities = q.publicities_for(db, None, [], [deal["id"]])
        subject = f"转化交易 {deal['number']}（{f.label(d.DealKind, deal['kind'])}，{deal['counterparty']}）"
        scope = _Scope(ach, inventors, apps, [deal], publicities, subject, [("deal", deal["id"])])
    else:
        ach, inventors = _achievement(req, req.record_id)
        apps = q.applications_of(db, ach["id"])
        deals = q.deals_of(db, ach["id"])
        publicities = q.publicities_for(db, ach["id"], [a["id"] for a in apps], [x["id"] for x in deals])
        subject = f"科技成果 {ach.get('ledger_no') or ach['id']}"
        scope = _Scope(ach, inventors, apps, deals, publicities, subject,
                       [("achievement", ach["id"])] + [("deal", x["id"]) for x in deals])
    scope.owners += [("application", a["id"]) for a in scope.apps] + [("publicity", p["id"]) for p in scope.publicities]
    return scope


def _dossier_names(scope: _Scope) -> dict[Owner, str]:
    """Each record by the name an auditor knows it by: its number, a publicity by its kind and first day."""
    ach = scope.ach
    names = {("achievement", int(ach["id"])): f"成果 {ach.get('ledger_no') or ach['id']}"}
    names.update({("application", a["id"]): f"申请 {a.get('number') or a['id']}" for a in scope.apps})
    names.update({("deal", x["id"]): f"交易 {x.get('number') or x['id']}" for x in scope.deals})
    names.update({("publicity", p["id"]): f"{f.label(d.PublicityKind, p['kind'])}（{f.day(p['start_date'])}起）"
                  for p in scope.publicities})
    return names


def _window(p: Row) -> d.PublicityWindow:
    return d.publicity_window(date.fromisoformat(p["start_date"]), int(p["days"]),
                              working_days=bool(p["working_days"])).with_stored_end(p.get("end_date"))


def _ledger_facts(req: Request, ach: Row) -> list[tuple[Any, str, str, str, str]]:
    facts = [(ach.get("disclosure_date"), "成果披露", "", "1-2 第六条", "台账"),
             (ach.get("registration_date"), f"审核登记（{f.label(d.Attribute, ach.get('attribute'))}、"
              f"{f.label(d.Stage, ach.get('stage'))}）", "", "1-2 第七条", "台账"),
             (ach.get("filing_date"), "提出知识产权申请", "", "", "台账"),
             (ach.get("grant_date"), "获得授权", "", "1-2 第五条", "台账")]
    facts += [(ev.get("date"), f"阶段证据：{f.label(d.EvidenceKind, ev['kind'])}", "", d.stage.ARTICLE_STAGE, "台账")
              for ev in q.evidence_rows(req.db, ach["id"])]
    return facts


def _record_facts(req: Request, scope: _Scope, objections: list[dict[str, Any]],
                  names: Mapping[Owner, str]) -> list[tuple[Any, str, str, str, str]]:
    facts = []
    for x in scope.deals:
        facts.append((x.get("contract_date"), f"签订{f.label(d.DealKind, x['kind'])}合同 {x.get('contract_no') or ''}"
                      f"（{x['counterparty']}，{f.yuan(x['amount_fen'])}）", "", d.deals.ARTICLE_PRICING, f"交易 {x['number']}"))
        facts += [(r["date"], f"收入到账 {f.yuan(r['amount_fen'])}（凭证 {r.get('voucher_no') or ''}）", "", "",
                   f"交易 {x['number']}") for r in q.receipts_of(req.db, x["id"])]
    for p in scope.publicities:
        window = _window(p)
        shifted = f"，名义届满 {window.nominal_end.isoformat()} 顺延" if window.shifted else ""
        facts.append((p["start_date"], f"{f.label(d.PublicityKind, p['kind'])}：{p['title']}（{p['days']}"
                      f"{'个工作日' if p['working_days'] else '日'}，至 {window.end.isoformat()}{shifted}）", "",
                      KIND_ARTICLE.get(p["kind"], ""), names[("publicity", p["id"])]))
    facts += [(o["raised_on"], f"异议：{o['raised_by']}——{o['content']}" + (f"；处理：{o['outcome']}" if o.get("outcome") else ""),
               o["raised_by"], d.publicity.ARTICLE_COUNTING, names.get(("publicity", o["publicity_id"]), "公示"))
              for o in objections]
    return facts


def _timeline(req: Request, scope: _Scope, objections: list[dict[str, Any]], events: list[dict[str, Any]],
              names: Mapping[Owner, str]) -> list[list[str]]:
    """Dated facts from the records, then every event-log entry, in date order."""
    facts = _ledger_facts(req, scope.ach) if req.of != "deal" else []
    facts += _record_facts(req, scope, objections, names)
    timeline = [(f.day(when), 0, [f.day(when), what, who, article, source]) for when, what, who, article, source in facts if when]
    for e in events:
        record = names.get((e["entity"], e["entity_id"])) or ENTITY_LABELS.get(e["entity"], "记录")
        what = f"{ACTION_LABELS.get(e['action'], '记录变更')}（{record}）"
        when = clock.display_time(e["ts"])  # stored in UTC, read in local time
        timeline.append((when[:10], 1, [when, what, e["operator"], f.text(e.get("article")),
                                           f"事件日志 #{e['id']}"]))
    timeline.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in timeline]


def _publicity_rows(publicities: list[dict[str, Any]], objections: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for p in publicities:
        window = _window(p)
        count = sum(1 for o in objections if o["publicity_id"] == p["id"])
        rows.append([f.label(d.PublicityKind, p["kind"]), p["title"], p["start_date"],
                     window.end.isoformat() + (f"（名义 {window.nominal_end.isoformat()}）" if window.shifted else ""),
                     f.label(d.PublicityState, p["state"]), str(count)])
    return rows


def _overview(scope: _Scope) -> list[list[str]]:
    ach = scope.ach
    overview = _achievement_summary(ach, f.achievement_values(ach, scope.inventors)) + [
        ["台账编号", f.text(ach.get("ledger_no"))],
        ["标记", f"{f.label(d.Attribute, ach.get('attribute'))}；{f.label(d.Stage, ach.get('stage'))}；"
                 f"{f.label(d.TransferStatus, ach.get('transfer_status'))}（转化 {ach.get('transfer_count') or 0} 次）"],
    ]
    if ach.get("stage_override"):
        overview.append(["阶段人工调整理由", f.text(ach.get("stage_override_reason"))])
    overview += [[f"交易 {x['number']}", f"{f.label(d.DealKind, x['kind'])}；{x['counterparty']}；{f.yuan(x['amount_fen'])}；"
                                        f"{f.label(d.PricingMethod, x['pricing_method'])}"] for x in scope.deals]
    overview += [[f"申请 {a.get('number') or a['id']}", f"{f.label(d.ApplicationKind, a['kind'])}；"
                                                      f"{f.label(d.ApplicationState, a['state'])}"] for a in scope.apps]
    return overview


def build_dossier(req: Request) -> DocumentData:
    db = req.db
    scope = _dossier_scope(req)
    owners = scope.owners
    events = q.events_for(db, owners)
    attachments = q.attachments_for(db, owners)
    declarations = q.declarations_for(db, [o for o in owners if o[0] in ("achievement", "application", "deal")])
    objections = q.objections_of(db, [p["id"] for p in scope.publicities])
    names = _dossier_names(scope)
    attachment_rows = [[_attachment_title(a), ATTACHMENT_KINDS.get(a.get("kind") or "", "其他材料"),
                        names.get((a["owner_type"], a["owner_id"]), "其他记录"), f.day_cn_text(a["added_at"]),
                        _size_text(a.get("size"))] for a in attachments]
    declaration_rows = [[x["person"], history.value_text("kind", x["kind"]) or "行为承诺", x["clause"], f.day_cn_text(x["signed_on"])]
                        for x in declarations]

    def name_of(entity: str, entity_id: int) -> str:
        return names.get((entity, entity_id), "")

    event_rows = [[f"#{e['id']}", clock.display_time(e["ts"]), e["operator"],  # the operator has a column of its own
                   history.event_sentence({**e, "operator": ""}, name_of),
                   f.text(e.get("article"))] for e in events]
    decisions = decision_paper.dossier_table(db, owners, names)
    checklist = _exemption_checklist(scope.ach, scope.apps, scope.deals, scope.publicities, attachments, declarations,
                                     decision_paper.decision_count(decisions))
    values = {**_base(req, scope.ach, scope.inventors),
              "dossier.subject": scope.subject,
              "dossier.scope": "、".join(dict.fromkeys(names.get(o, "其他记录") for o in owners)),  # the achievement first
              "dossier.event_count": str(len(events)), "dossier.attachment_count": str(len(attachments)),
              "dossier.publicity_count": str(len(scope.publicities)),
              "dossier.generated_at": clock.now().isoformat(sep=" ", timespec="seconds")}
    tables = {
        "overview": DocTable([], _overview(scope), (1, 3.2), key_value=True),
        "timeline": DocTable(["日期", "事项", "经办人", "依据", "来源"], _timeline(req, scope, objections, events, names),
                             (1.3, 3.6, 0.9, 1.5, 1.1)),
        "publicities": DocTable(["类型", "标题", "开始", "届满", "状态", "异议"], _publicity_rows(scope.publicities, objections),
                                (1, 2.6, 1, 1.3, 0.8, 0.5)),
        "attachments": DocTable(["材料", "类别", "所属", "添加日期", "大小"], attachment_rows, (3, 1.2, 1.4, 1.5, 0.9)),
        "declarations": DocTable(["声明人", "类型", "条款", "签署日期"], declaration_rows, (1.1, 3, 1.2, 1.3)),
        "decisions": decisions,
        "checklist": DocTable(["尽职免责情形（1-1 第六条）", "所需证明", "本卷宗中的记录"], checklist, (2.2, 2.2, 2.4)),
        "events": DocTable(["条目", "时间", "操作人", "事项", "依据"], event_rows, (0.7, 1.5, 1, 4.6, 1.2)),
    }
    return DocumentData("dossier", "dossier", values, tables, scope.subject)


def _exemption_checklist(ach: Mapping[str, Any], apps: Sequence[Row], deals: Sequence[Row], publicities: Sequence[Row],
                         attachments: Sequence[Row], declarations: Sequence[Row], decided: tuple[int, int] = (0, 0)) -> list[list[str]]:
    kinds = {p["kind"] for p in publicities}
    states = {a["state"] for a in apps}
    found = {
        "disclosure": f"披露日期 {ach['disclosure_date']}" if ach.get("disclosure_date") else "",
        "review_decision": f"登记日期 {ach['registration_date']}" if ach.get("registration_date") else "",
        "notice": "放弃公示" if "abandonment" in kinds else "",
        "publicity": f"公示 {len(publicities)} 次" if publicities else "",
        "related_party_procedure": "关联交易公示" if "related_party" in kinds else (
            f"声明 {len(declarations)} 份" if declarations else ""),
        "pricing_evidence": "、".join(sorted({f.label(d.PricingMethod, x["pricing_method"]) for x in deals})),
        "price_publicity": "协议定价公示" if "price" in kinds else "",
        "grant_procedure": "赋权申请已审批" if states & {"approved", "in_publicity", "publicity_ended", "agreement_signed",
                                                         "effective"} else "",
        "agreement": "协议已签署" if states & {"agreement_signed", "effective"} else "",
        "decision_record": "；".join(x for x in (
            f"决定 {decided[0]} 项" + (f"（撤销 {decided[1]} 项）" if decided[1] else "") if decided[0] else "",
            f"附件 {len(attachments)} 份" if attachments else "") if x),
    }
    rows = []
    for situation in d.EXEMPTION_SITUATIONS:
        needed = "、".join(d.EVIDENCE_LABELS[e] for e in situation.evidence)
        have = "；".join(f"{d.EVIDENCE_LABELS[e]}：{found[e]}" for e in situation.evidence if found.get(e))
        rows.append([f"{situation.clause} {situation.summary}", needed, have or "—"])
    return rows


# -- registry ---------------------------------------------------------------------------------------
def _ph(*groups: Mapping[str, str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for group in groups:
        result.update(group)
    return result


KINDS: dict[str, Kind] = {k.key: k for k in (
    Kind("notice", "赋权公示", "application", "赋权申请ID（所有权、长期使用权或延长申请）", ("notice",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.APPLICATION, f.GRANT, f.PUBLICITY), {"summary": "成果与赋权概要", "inventors": "完成人"},
         build_notice, app_kinds=GRANT_KINDS, app_states=readiness.FROM_APPROVAL),
    Kind("agreement", "赋权协议（所有权或长期使用权）", "application", "赋权申请ID（所有权或长期使用权申请）",
         ("agreement", "use-right-agreement"), _ph(f.COMMON, f.ACHIEVEMENT, f.APPLICATION, f.GRANT, f.TERMS),
         {"summary": "成果概要", "inventors": "完成人及内部分配比例"}, build_agreement, app_kinds=("ownership", "use_right"),
         app_states=readiness.AFTER_PUBLICITY),
    Kind("extension-agreement", "延长长期使用权协议", "application", "延长申请ID或长期使用权申请ID", ("extension-agreement",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.APPLICATION, f.GRANT, f.EXTENSION),
         {"conditions": "延长条件", "inventors": "完成人", "summary": "成果概要"}, build_extension,
         app_kinds=("extension", "use_right"), app_states=readiness.AFTER_PUBLICITY),
    Kind("abandonment-notice", "放弃公示", "application", "放弃申请ID", ("abandonment-notice",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.APPLICATION, f.PUBLICITY, f.ABANDONMENT), {"summary": "成果概要", "inventors": "完成人"},
         build_abandonment, app_kinds=("abandonment",), app_states=readiness.FROM_APPROVAL),
    Kind("decision", "审批决定", "application", "申请ID（赋权、延长或放弃申请，须已登记审批通过或驳回的决定）",
         ("decision",), _ph(f.COMMON, f.ACHIEVEMENT, decision_paper.PLACEHOLDERS), {}, build_decision,
         app_kinds=(*GRANT_KINDS, "abandonment"), app_states=readiness.DECIDED, subjects=("application", "deal")),
    Kind("price-notice", "协议定价公示", "deal", "交易ID（协议定价）", ("price-notice",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.DEAL, f.PUBLICITY), {"summary": "交易概要"}, build_price, where="negotiated"),
    Kind("related-party-notice", "关联交易公示", "deal", "交易ID（关联交易）", ("related-party-notice",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.DEAL, f.PUBLICITY), {"summary": "交易概要"}, build_related, where="related"),
    Kind("reward-notice", "现金奖励公示", "deal", "交易ID（已有收入分配）", ("reward-notice",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.DEAL, f.PUBLICITY, f.REWARD),
         {"transformation": "转化情况", "rewards": "奖励人员及金额", "receipts": "到账记录"}, build_reward, where="rewarded"),
    Kind("disclosure-form", "成果披露表", "achievement", "成果ID", ("disclosure-form",), _ph(f.COMMON, f.ACHIEVEMENT, f.FORM),
         {"fields": "表单内容", "inventors": "完成人", "project": "依托项目"}, build_disclosure),
    Kind("application-form", "申请表", "application", "申请ID", ("application-form",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.APPLICATION, f.FORM), {"fields": "表单内容", "inventors": "完成人", "summary": "成果概要"},
         build_application_form, app_states=readiness.SUBMITTED_ON),
    Kind("dossier", "尽职免责证据卷宗", "achievement", "成果ID（--of deal 时为交易ID）", ("dossier",),
         _ph(f.COMMON, f.ACHIEVEMENT, f.DOSSIER),
         {"overview": "概况", "timeline": "时间线", "publicities": "公示", "attachments": "附件", "declarations": "声明",
          "decisions": "决策记录", "checklist": "尽职免责证据清单", "events": "事件日志"}, build_dossier, subjects=("achievement", "deal")),
)}
