"""The whitelisted placeholders: groups of names with their Chinese descriptions, and the
functions that fill them from database rows. A template may use only names listed here for its kind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ... import domain as d

COMMON = {
    "unit_name": "单位名称（设置）",
    "tto_name": "技术转移机构名称（设置）",
    "objection_contact": "异议受理联系方式（设置）",
    "today": "生成日期，YYYY-MM-DD",
    "today_cn": "生成日期，如 2025年3月3日",
    "doc.number": "文号，如 示范大学赋权公字〔2026〕007号（按设置中的文号格式在出具时编号；草稿无文号）",
    "doc.date": "成文日期，如 2026年12月6日（公示为公示开始日）",
}
ACHIEVEMENT = {
    "achievement.id": "成果ID",
    "achievement.name": "成果名称",
    "achievement.ledger_no": "台账编号",
    "achievement.type": "成果类型",
    "achievement.number": "专利号/申请号/登记号（有哪个用哪个）",
    "achievement.application_no": "专利申请号",
    "achievement.patent_no": "专利号",
    "achievement.registration_no": "登记号",
    "achievement.filing_date": "申请日",
    "achievement.grant_date": "授权日",
    "achievement.legal_status": "法律状态",
    "achievement.holder": "权利人",
    "achievement.department": "所属单位（院系）",
    "achievement.summary": "成果简介",
    "achievement.inventors": "完成人姓名（以顿号分隔）",
    "achievement.representative": "完成人指定代表",
    "achievement.attribute": "属性标记",
    "achievement.stage": "阶段标记",
    "achievement.transfer_status": "转化状态",
    "achievement.disclosure_date": "披露日期",
    "achievement.registration_date": "登记日期",
}
APPLICATION = {
    "application.id": "申请ID",
    "application.number": "申请编号",
    "application.kind": "申请类型",
    "application.title": "申请标题",
    "application.applicant": "申请人（完成人代表）",
    "application.state": "申请状态",
    "application.batch": "批次",
    "application.submitted_at": "提交日期",
    "application.decided_at": "审批日期",
    "application.effective_at": "生效日期",
}
GRANT = {
    "grant.right": "赋予的权利：所有权 / 长期使用权",
    "grant.mode": "赋权方式（全部赋权、部分赋权、转让留存份额）",
    "grant.team_share": "团队所有权份额，如 80%",
    "grant.unit_share": "单位保留份额，如 20%",
    "grant.term_years": "长期使用权期限（年）",
    "grant.start_date": "使用权起始日",
    "grant.end_date": "使用权届满日",
    "grant.term_end_date": "首期协议届满日",
    "grant.description": "赋权内容的一句话说明",
}
TERMS = {
    "terms.income_split": "转化收益分配比例（申请表填写，空则用模板默认文字）",
    "terms.decision_mechanism": "转化决策机制",
    "terms.cost_sharing": "转化费用分担",
    "terms.ip_maintenance": "知识产权维持费用",
    "terms.rights_obligations": "各方的权利和义务",
    "terms.plan": "成果转化实施方案（长期使用权）",
    "terms.implementer": "实施方式（单独实施或与其他单位共同实施）",
}
PUBLICITY = {
    "publicity.title": "公示标题",
    "publicity.start": "公示开始日期",
    "publicity.start_cn": "公示开始日期，如 2025年3月3日（落款日期）",
    "publicity.end": "公示届满日期（依民法典第二百零一条、第二百零三条计算）",
    "publicity.nominal_end": "名义届满日期（未顺延前）",
    "publicity.days": "公示期天数",
    "publicity.day_unit": "“日”或“个工作日”",
    "publicity.shift_note": "届满日因节假日顺延时的说明（未顺延则为空）",
    "publicity.warning": "节假日数据未知时的提示（否则为空）",
    "publicity.place": "公示地点",
    "publicity.contact": "异议受理联系方式",
    "publicity.state": "公示状态",
}
DEAL = {
    "deal.id": "交易ID",
    "deal.number": "交易编号",
    "deal.kind": "转化方式（转让、许可、作价投资）",
    "deal.licence_type": "许可类型",
    "deal.counterparty": "交易对方",
    "deal.counterparty_type": "交易对方性质（国有全资企业 / 其他）",
    "deal.amount": "合同金额（元）",
    "deal.pricing_method": "定价方式",
    "deal.contract_date": "合同签订日期",
    "deal.contract_no": "合同编号",
    "deal.tech_contract_reg_no": "技术合同认定登记号",
    "deal.related_party_note": "关联关系说明",
    "deal.valuation": "资产评估决定",
    "deal.territory": "许可地域",
    "deal.field_of_use": "许可领域",
    "deal.term_years": "许可期限（年）",
    "deal.company": "作价投资企业",
    "deal.equity_shares": "作价投资股权",
    "deal.unit_share": "单位收益比例",
    "deal.state": "交易状态",
    "deal.completed_date": "交易完成日期",
}
REWARD = {
    "reward.total": "奖励个人的现金合计（元）",
    "reward.count": "获得奖励人数",
    "reward.income": "已到账转化收入合计（元）",
    "reward.unit_income": "单位留存收入（元）",
}
EXTENSION = {
    "extension.years": "延长年限",
    "extension.new_end": "延长后届满日期",
    "extension.conditions": "延长条件（三项）核实情况",
    "original.number": "原长期使用权申请编号",
    "original.start_date": "原使用权起始日",
    "original.end_date": "原使用权届满日",
    "original.term_years": "原使用权期限（年）",
}
ABANDONMENT = {
    "abandonment.reason": "放弃理由",
    "abandonment.asset_note": "已确认为无形资产时的账务处理说明（否则为空）",
}
FORM = {
    "form.source": "表单字段来源说明",
}
DOSSIER = {
    "dossier.subject": "卷宗对象（成果或交易）",
    "dossier.scope": "卷宗包含的记录范围",
    "dossier.event_count": "事件日志条数",
    "dossier.attachment_count": "附件数量",
    "dossier.publicity_count": "公示次数",
    "dossier.generated_at": "卷宗生成时间",
}


# -- formatting ---------------------------------------------------------------------------------
def text(value: Any) -> str:
    return "" if value is None else str(value)


def day(value: Any) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def day_cn(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def day_cn_text(value: Any) -> str:
    """A stored date or timestamp as 2026年12月6日 ('' when empty, the text itself when unreadable)."""
    if value in (None, ""):
        return ""
    if isinstance(value, date):
        return day_cn(value)
    try:
        return day_cn(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def percent(value: Any) -> str:
    if value in (None, ""):
        return ""
    try:
        number = d.money.to_decimal(value)
    except d.DomainError:
        return str(value)
    if number == number.to_integral():
        return f"{number.quantize(Decimal(1))}%"
    return f"{number.normalize():f}%"


def yuan(fen: int | None) -> str:
    return "" if fen is None else f"{d.format_yuan(int(fen))}元"


def label(enum: Any, value: Any) -> str:
    if value in (None, ""):
        return ""
    try:
        return str(enum(value).label)
    except ValueError:
        return str(value)


def as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def share_decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).strip().rstrip("%"))
    except (InvalidOperation, ValueError):
        return None


# -- value groups --------------------------------------------------------------------------------
def common_values(settings: Mapping[str, Any], today: date) -> dict[str, str]:
    return {
        "unit_name": text(settings.get("unit_name")),
        "tto_name": text(settings.get("tto_name")),
        "objection_contact": text(settings.get("objection_contact")),
        "today": today.isoformat(),
        "today_cn": day_cn(today),
        "doc.number": "",
        "doc.date": day_cn(today),
    }


def achievement_values(ach: Mapping[str, Any], inventors: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    number = ach.get("patent_no") or ach.get("application_no") or ach.get("registration_no") or ""
    representative = next((i["name"] for i in inventors if i.get("is_representative")), inventors[0]["name"] if inventors else "")
    return {
        "achievement.id": text(ach["id"]),
        "achievement.name": text(ach["name"]),
        "achievement.ledger_no": text(ach.get("ledger_no")),
        "achievement.type": label(d.AchievementType, ach.get("type")),
        "achievement.number": text(number),
        "achievement.application_no": text(ach.get("application_no")),
        "achievement.patent_no": text(ach.get("patent_no")),
        "achievement.registration_no": text(ach.get("registration_no")),
        "achievement.filing_date": day(ach.get("filing_date")),
        "achievement.grant_date": day(ach.get("grant_date")),
        "achievement.legal_status": label(d.LegalStatus, ach.get("legal_status")),
        "achievement.holder": text(ach.get("holder")),
        "achievement.department": text(ach.get("department")),
        "achievement.summary": text(ach.get("summary")),
        "achievement.inventors": "、".join(i["name"] for i in inventors),
        "achievement.representative": text(representative),
        "achievement.attribute": label(d.Attribute, ach.get("attribute")),
        "achievement.stage": label(d.Stage, ach.get("stage")),
        "achievement.transfer_status": label(d.TransferStatus, ach.get("transfer_status")),
        "achievement.disclosure_date": day(ach.get("disclosure_date")),
        "achievement.registration_date": day(ach.get("registration_date")),
    }


def application_values(app: Mapping[str, Any]) -> dict[str, str]:
    return {
        "application.id": text(app["id"]),
        "application.number": text(app.get("number")),
        "application.kind": label(d.ApplicationKind, app.get("kind")),
        "application.title": text(app.get("title")),
        "application.applicant": text(app.get("applicant")),
        "application.state": label(d.ApplicationState, app.get("state")),
        "application.batch": text(app.get("batch_name")),
        "application.submitted_at": day(app.get("submitted_at")),
        "application.decided_at": day(app.get("decided_at")),
        "application.effective_at": day(app.get("effective_at")),
    }


def grant_values(app: Mapping[str, Any]) -> dict[str, str]:
    form = app.get("form") or {}
    kind = app.get("kind")
    mode = app.get("grant_mode") or form.get("grant_mode")
    team = app.get("team_share") or form.get("team_share")
    if mode in ("full", "remaining"):
        team = "100"
    team_dec = share_decimal(team)
    unit = "" if team_dec is None else percent(Decimal(100) - team_dec)
    term = app.get("term_years") or form.get("term_years")
    start, end = day(app.get("start_date") or form.get("start_date")), day(app.get("end_date") or form.get("end_date"))
    term_end = day(app.get("term_end_date"))
    if kind == "use_right" and start and term and not (end and term_end):
        # a draft or an older record: both ends from the term (方案二(二)), never left blank
        try:
            dates = d.use_right_term(date.fromisoformat(start), int(term),
                                     int(form.get("first_term_years") or d.grants.DEFAULT_FIRST_TERM_YEARS))
        except (d.DomainError, ValueError, TypeError):
            dates = None
        if dates is not None:
            end = end or dates.granted_end.isoformat()
            term_end = term_end or dates.term_end.isoformat()
    if kind == "ownership":
        right = "所有权"
        if mode == "full":
            description = "将该职务科技成果的全部所有权赋予成果完成人（团队）"
        elif mode == "remaining":
            description = "将单位持有的该职务科技成果剩余所有权份额转让给成果完成人（团队）"
        else:
            description = (f"将该职务科技成果{percent(team)}的所有权赋予成果完成人（团队），单位保留{unit}，"
                           "双方共同所有") if team_dec is not None else "将该职务科技成果的部分所有权赋予成果完成人（团队）"
    elif kind in ("use_right", "extension"):
        right = "长期使用权"
        period = f"（{start}至{end}）" if start and end else ""
        years = f"{term}年" if term else "不低于10年"
        description = (f"赋予成果完成人（团队）该职务科技成果{years}的长期使用权{period}" if kind == "use_right"
                       else f"延长成果完成人（团队）对该职务科技成果的长期使用权{period}")
    else:
        right, description = label(d.ApplicationKind, kind), ""
    return {
        "grant.right": right,
        "grant.mode": label(d.GrantMode, mode) if kind == "ownership" else "",
        "grant.team_share": percent(team) if kind == "ownership" else "",
        "grant.unit_share": unit if kind == "ownership" else "",
        "grant.term_years": text(term) if kind != "ownership" else "",
        "grant.start_date": start,
        "grant.end_date": end,
        "grant.term_end_date": term_end if kind == "use_right" else "",
        "grant.description": description,
    }


def _form_value(form: Mapping[str, Any], key: str) -> str:
    for container in (form, form.get("terms") or {}, form.get("agreement") or {}):
        if isinstance(container, Mapping) and container.get(key) not in (None, ""):
            return text(container.get(key))
    return ""


def terms_values(app: Mapping[str, Any]) -> dict[str, str]:
    form = app.get("form") or {}
    values = {f"terms.{key}": _form_value(form, key) for key, _ in d.OWNERSHIP_AGREEMENT_TERMS}
    values["terms.plan"] = _form_value(form, "plan") or _form_value(form, "implementation_plan")
    values["terms.implementer"] = _form_value(form, "implementer") or _form_value(form, "implementation_mode")
    return values


def publicity_values(window: d.PublicityWindow, *, title: str, place: str, contact: str, state: str) -> dict[str, str]:
    unit = "个工作日" if window.working_days else "日"
    note = ""
    if window.shifted:
        note = (f"（{window.days}{unit}期满之日{window.nominal_end.isoformat()}为法定节假日或休息日，"
                f"依民法典第二百零三条顺延至{window.end.isoformat()}）")
    return {
        "publicity.title": title,
        "publicity.start": window.start.isoformat(),
        "publicity.start_cn": day_cn(window.start),
        "publicity.end": window.end.isoformat(),
        "publicity.nominal_end": window.nominal_end.isoformat(),
        "publicity.days": str(window.days),
        "publicity.day_unit": unit,
        "publicity.shift_note": note,
        "publicity.warning": window.warning,
        "publicity.place": place,
        "publicity.contact": contact,
        "publicity.state": state,
    }


def deal_values(deal: Mapping[str, Any]) -> dict[str, str]:
    valuation = {"not_needed": "交易对方为国有全资企业，无需进行资产评估（方案二(三)）",
                 "yes": "经单位决定进行资产评估", "no": "经单位决定不进行资产评估"}.get(deal.get("valuation_decision") or "", "")
    if deal.get("valuation_reason") and deal.get("valuation_decision") != "not_needed":
        valuation += f"（{deal['valuation_reason']}）"
    return {
        "deal.id": text(deal["id"]),
        "deal.number": text(deal.get("number")),
        "deal.kind": label(d.DealKind, deal.get("kind")),
        "deal.licence_type": label(d.LicenceType, deal.get("licence_type")),
        "deal.counterparty": text(deal.get("counterparty")),
        "deal.counterparty_type": "国有全资企业" if deal.get("counterparty_state_owned") else "非国有全资企业",
        "deal.amount": yuan(deal.get("amount_fen")),
        "deal.pricing_method": label(d.PricingMethod, deal.get("pricing_method")),
        "deal.contract_date": day(deal.get("contract_date")),
        "deal.contract_no": text(deal.get("contract_no")),
        "deal.tech_contract_reg_no": text(deal.get("tech_contract_reg_no")),
        "deal.related_party_note": text(deal.get("related_party_note")),
        "deal.valuation": valuation,
        "deal.territory": text(deal.get("territory")),
        "deal.field_of_use": text(deal.get("field_of_use")),
        "deal.term_years": text(deal.get("term_years")),
        "deal.company": text(deal.get("company")),
        "deal.equity_shares": text(deal.get("equity_shares")),
        "deal.unit_share": percent(deal.get("unit_share")),
        "deal.state": {"draft": "草拟", "signed": "已签约", "completed": "已完成", "terminated": "已终止"}.get(
            deal.get("state") or "", text(deal.get("state"))),
        "deal.completed_date": day(deal.get("completed_date")),
    }
