"""History events as sentences for people ("张三 将发明人份额由 50% 改为 40%").

The event log keeps old and new values as JSON with internal keys; this module turns one event into
a Chinese sentence: labels for keys, labels for codes, yuan for amounts, record names for ids, and
nothing of the storage (ids, hashes, stored paths). No Qt: the dossier and the history tab use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from ... import domain as d
from . import fields as f

ENTITY_LABELS = {"achievement": "成果", "application": "申请", "deal": "交易", "publicity": "公示", "settings": "设置",
                 "counterparty": "交易对方", "tech_contract": "技术合同", "spinoff": "衍生企业", "staff_mobility": "人员兼职",
                 "fee_reduction_filing": "费减备案", "demo": "示例数据", "project": "项目", "batch": "批次"}
ACTION_LABELS = {
    "create": "创建", "update": "修改", "submit": "提交申请", "approve": "审批通过", "reject": "驳回", "withdraw": "撤回",
    "start_publicity": "开始公示", "end_publicity": "公示期满", "objection": "公示期内提出异议，退回审核",
    "sign_agreement": "签署协议", "make_effective": "生效", "start": "开始公示", "end": "公示期满结束",
    "objection_resolved": "处理异议", "attachment": "添加附件", "evidence": "登记阶段证据", "expenditure": "登记支出",
    "tags": "变更标记", "stage_override": "人工调整阶段标记", "inventors": "修改完成人", "complete": "完成交易",
    "receipt": "登记收入到账及分配", "declaration": "签署声明", "declarations": "签署行为承诺",
    "diligence_record": "登记尽职记录", "fee_payer_split": "确定维持费分担", "fee_review": "审查维持费",
    "distribution_paid": "发放收益分配", "equity_reward": "登记股权奖励", "record": "登记", "fee_payments": "登记缴费",
    "reverse": "撤销决定", "void": "作废", "issue": "出具文书",
    "decide": "作出决定", "review_flag_resolved": "核对待核对标记",
    "import_update": "导入更新", "import_undo": "撤销导入",
}
KEY_LABELS = {
    "state": "状态", "amount_fen": "金额", "value_fen": "价值", "funding_fen": "经费", "date": "日期", "note": "备注",
    "kind": "类型", "start": "开始日期", "end": "届满日期", "days": "天数", "working_days": "按工作日计算",
    "counterparty": "交易对方", "contract_no": "合同编号", "contract_date": "合同日期", "transfer_status": "转化状态",
    "transfer_count": "转化次数", "stage": "阶段", "attribute": "属性", "filename": "文件", "by": "经办人", "on": "日期",
    "content": "内容", "outcome": "处理结果", "upheld": "异议成立", "reason": "理由", "pricing_method": "定价方式",
    "description": "说明", "treatment": "处理方式", "company": "作价投资企业", "counterparty_region": "交易对方地区",
    "counterparty_state_owned": "交易对方为国有全资企业", "related_party": "关联交易", "valuation_decision": "资产评估决定",
    "tech_contract_reg_no": "技术合同登记号", "applicant": "申请人", "title": "标题", "grant_mode": "赋权方式",
    "team_share": "团队份额", "term_years": "期限（年）", "share": "份额", "name": "名称", "department": "所属单位",
    "actor": "决定机构", "approver": "审批机构", "person": "签署人", "kinds": "事项", "recipient": "获奖励人",
    "distribution": "分配金额", "answer": "答复", "decision": "决定", "label": "结论", "due": "期限", "year": "年度",
    "team": "团队承担比例", "eligible": "符合费减条件", "holder": "权利人", "founders": "创办人", "unit_holding": "单位持股",
    "organisation": "单位", "address": "地址", "industry": "行业", "size": "规模", "state_owned": "国有全资",
    "uscc": "统一社会信用代码", "funder": "资助方", "licence_type": "许可类型", "territory": "许可地域",
    "field_of_use": "许可领域", "equity_shares": "股权", "unit_share": "单位收益比例", "inventors": "完成人",
    "representative": "指定代表", "is_representative": "指定代表", "seed": "示例种子", "achievements": "成果数",
    "payments": "缴费笔数", "unit_name": "单位名称", "unit_uscc": "单位统一社会信用代码", "number": "编号",
    # decisions on the record (services/decisions.py)
    "step": "事项", "body": "决定机构", "decider": "决定人", "opinion": "意见", "paper": "附件", "numbers": "作废文号",
    "publicity": "撤销公示", "record": "撤回", "decided_on": "原决定日期",
}
DEAL_STATES = {"draft": "草拟", "signed": "已签约", "completed": "已完成", "terminated": "已终止"}
_ENUMS = {"state": (d.ApplicationState, d.PublicityState), "stage": (d.Stage,), "attribute": (d.Attribute,),
          "transfer_status": (d.TransferStatus,), "kind": (d.PublicityKind, d.DealKind, d.ApplicationKind,
                                                           d.EvidenceKind, d.ExpenditureKind),
          "pricing_method": (d.PricingMethod,), "treatment": (d.Treatment,), "grant_mode": (d.GrantMode,),
          "licence_type": (d.LicenceType,)}
# storage details never printed: ids are named by the record they point to, hashes live in the log itself
_HIDDEN = re.compile(r"(^|_)(id|sha256|hash|stored_path|path|code)$|^(attachment_id|receipt_id|batch_id|parent_id)$")
_CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$")

# the ledger's own fields and actions (an achievement edited, archived or deleted in the detail window)
ACTION_LABELS.update({"delete": "删除", "archive": "归档"})
KEY_LABELS.update({
    "ledger_no": "台账编号", "type": "类型", "legal_status": "法律状态", "application_no": "申请号", "patent_no": "专利号",
    "registration_no": "登记号", "filing_date": "申请日", "grant_date": "授权日", "keywords": "关键词", "summary": "成果简介",
    "rd_status": "研发状况", "market_prospects": "市场前景", "disclosure_date": "披露日期", "registration_date": "登记日期",
    "status": "状态", "confidential": "涉密", "secret_level": "密级", "is_intangible_asset": "无形资产",
    "asset_value_fen": "资产价值", "stage_override_reason": "阶段人工调整理由", "ends_ownership": "转让后单位不再持有",
    "asset_formed": "形成无形资产", "stage_override": "阶段人工标记", "valuation_reason": "评估决定理由", "minutes_required": "须会议纪要",
    "party_type": "交易对方类型", "people": "人员", "term_start": "开始日期", "term_end": "结束日期",
    "tto_name": "技术转移机构名称", "pilot_start": "试点启动日期", "unit_address": "单位地址", "unit_short_name": "单位简称",
    "start_date": "开始日期", "end_date": "结束日期", "grant_mode_note": "赋权方式说明",
})
_ENUMS["stage_override"] = (d.Stage,)
# the 文号 schemes in settings (services/documents/numbering.py)
KEY_LABELS.update({f"number_scheme.{kind}": f"{label}文号格式" for kind, label in (
    ("notice", "赋权公示"), ("agreement", "赋权协议"), ("extension-agreement", "延长长期使用权协议"),
    ("abandonment-notice", "放弃公示"), ("decision", "审批决定"), ("price-notice", "协议定价公示"), ("related-party-notice", "关联交易公示"),
    ("reward-notice", "现金奖励公示"))})
# stored as 0/1: printed 是/否
_YES_NO = {"confidential", "is_intangible_asset", "working_days", "ends_ownership", "counterparty_state_owned",
           "related_party", "is_representative", "asset_formed", "upheld", "state_owned", "minutes_required", "eligible"}


def _code_labels() -> dict[str, str]:
    from ...domain.diligence import DECLARATION_SHORT, EVIDENCE_LABELS

    labels = {**EVIDENCE_LABELS, **DECLARATION_SHORT, "accepted": "已接受", "declined": "已拒绝", "offer": "提供给完成人维持",
              "decision": "单位决定", "part_time": "兼职", "medium": "中型", "small": "小型", "large": "大型", "micro": "微型",
              "full": "全部赋权", "partial": "部分赋权", "remaining": "转让剩余份额", "alone": "单独实施", "joint": "共同实施",
              "unit": "单位", "team": "团队", "none": "无"}
    try:
        from ...storage.abandonment import REASONS

        labels.update(REASONS)
    except ImportError:  # pragma: no cover - storage is always there in the application
        pass
    return labels


def value_text(key: str, value: Any) -> str:
    """One stored value in words: yes/no, yuan, enum labels, code labels; '' for a code without a label."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or (key in _YES_NO and value in (0, 1, "0", "1")):
        return "是" if value not in (False, 0, "0") else "否"
    if key.endswith("_fen") and isinstance(value, int):
        return f.yuan(value)
    if isinstance(value, list):
        parts = [value_text(key[:-3] if key.endswith("_fen") else key, v) if not isinstance(v, int) or not key.endswith("_fen")
                 else f.yuan(v) for v in value]
        if key == "distribution":
            parts = [f.yuan(v) for v in value if isinstance(v, int)]
        return "、".join(p for p in parts if p)
    if isinstance(value, Mapping):
        return "，".join(f"{KEY_LABELS.get(str(k), '')}{value_text(str(k), v)}" for k, v in value.items()
                        if KEY_LABELS.get(str(k)) and value_text(str(k), v))
    if key in ("share", "team_share", "unit_share", "team") and isinstance(value, (int, float, str)):
        return f.percent(value)
    if key == "type" and isinstance(value, str) and value in d.AchievementType._value2member_map_:
        return d.AchievementType(value).label
    if key == "legal_status" and isinstance(value, str) and value in d.LegalStatus._value2member_map_:
        return d.LegalStatus(value).label
    for enum in _ENUMS.get(key, ()):
        if isinstance(value, str) and value in enum._value2member_map_:
            return enum(value).label
    if key == "state" and value in DEAL_STATES:
        return DEAL_STATES[value]
    text = f.text(value)
    if _CODE.match(text) and key not in ("name", "title", "note", "description", "reason", "content", "filename"):
        return _code_labels().get(text, "")
    return text


def _parse(raw: Any) -> Any:
    if raw in (None, ""):
        return None
    if isinstance(raw, (Mapping, list)):
        return raw
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return raw


def flag_resolution(old: Any, new: Any) -> str | None:
    """“核对了“申请号”的待核对标记（台账!D7）：已按受理通知书核对（原理由：…）” for the event of a
    resolved 待核对 flag (old: the flag's field, cell and reason; new: the clerk's note); else None."""
    old, new = _parse(old), _parse(new)
    if not isinstance(old, Mapping) or "flag" not in old or not isinstance(new, Mapping) or "resolution" not in new:
        return None
    from ..importing.synonyms import field_label

    field = str(old.get("field") or "")
    label = field_label(field)
    label = KEY_LABELS.get(field, label) if label == field else label
    text = f"核对了“{label}”的待核对标记" + (f"（{old['cell']}）" if old.get("cell") else "")
    note = f.text(new.get("resolution")).strip()
    if note:
        text += f"：{note}"
    if old.get("reason"):
        text += f"（原理由：{f.text(old['reason'])}）"
    return text


def extra_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """The changes of a record's extra fields (the ledger's own columns), each by its header."""
    parts = []
    for header in dict.fromkeys([*new, *old]):
        before, after = f.text(old.get(header)).strip(), f.text(new.get(header)).strip()
        if before == after:
            continue
        if before and after:
            parts.append(f"将{header}由 {before} 改为 {after}")
        elif after:
            parts.append(f"{header}：{after}")
        else:
            parts.append(f"删除{header}（原为 {before}）")
    return parts


def changes(old: Any, new: Any, *, limit: int = 8) -> str:
    """“将状态由 已提交 改为 已审批通过；日期：2026-12-05” from two stored values."""
    old, new = _parse(old), _parse(new)
    resolved = flag_resolution(old, new)
    if resolved is not None:
        return resolved
    if not isinstance(old, Mapping) and not isinstance(new, Mapping):
        before, after = value_text("", old), value_text("", new)
        if before and after:
            return f"由 {before} 改为 {after}"
        return after or (f"原为 {before}" if before else "")
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    parts = []
    for key in list(dict.fromkeys([*new, *old])):
        if key == "extra" and isinstance(old.get(key, {}), Mapping) and isinstance(new.get(key, {}), Mapping):
            parts.extend(extra_changes(old.get(key) or {}, new.get(key) or {}))
            continue
        if _HIDDEN.search(str(key)) or not KEY_LABELS.get(str(key)):
            continue
        label = KEY_LABELS[str(key)]
        before, after = value_text(str(key), old.get(key)), value_text(str(key), new.get(key))
        if key in old and key in new:
            if before == after:
                continue
            parts.append(f"将{label}由 {before or '空'} 改为 {after or '空'}")
        elif after:
            parts.append(f"{label}：{after}")
        elif before and not new:  # a deletion: what was there
            parts.append(f"删除{label}（原为 {before}）")
        elif before:  # a value only in ``old`` of a change is its context (the number voided, the stage before)
            parts.append(f"原{label}：{before}")
        if len(parts) >= limit:
            break
    return "；".join(parts)


def event_sentence(event: Mapping[str, Any], name_of: Callable[[str, int], str] | None = None) -> str:
    """An event-log row (entity, entity_id, action, operator, old, new) as one sentence, e.g.
    “张三 修改完成人：将份额由 50% 改为 40%”."""
    entity, action = str(event.get("entity") or ""), str(event.get("action") or "")
    who = f.text(event.get("operator")).strip()
    target = name_of(entity, int(event["entity_id"])) if name_of and event.get("entity_id") is not None else ""
    target = target or ENTITY_LABELS.get(entity, "记录")
    verb = ACTION_LABELS.get(action, "记录变更")
    detail = changes(event.get("old"), event.get("new"))
    if action == "review_flag_resolved" and detail.startswith("核对了"):  # “张三 核对了“申请号”的待核对标记（…）：…”
        return f"{who + ' ' if who else ''}{detail}"
    sentence = f"{who + ' ' if who else ''}{verb}（{target}）"
    return f"{sentence}：{detail}" if detail else sentence


def import_text(new: Any) -> str:
    """An import batch's event as its records' history tells it: “从 台账.xlsx（工作表“专利”）导入：新增 550 条，更新 0 条”."""
    new = _parse(new)
    if not isinstance(new, Mapping):
        return ""
    source = str(new.get("source") or "").replace("\\", "/").rpartition("/")[2]
    sheets = "、".join(f"“{s}”" for s in str(new.get("sheet") or "").split("、") if s)
    where = f"（工作表{sheets}）" if sheets else ""
    return f"从 {source}{where}导入：新增 {int(new.get('added') or 0):,} 条，更新 {int(new.get('updated') or 0):,} 条"


def achievement_names(db: Any, achievement_id: int) -> Callable[[str, int], str]:
    """``name_of`` for the events of one achievement and its applications, deals and publicities:
    each record by its number (成果 KJCG-…, 申请 SQ-…, 交易 JY-…) or its title, never its id."""
    from ...storage import documents as q
    from ...storage.achievements import get_achievement

    ach = get_achievement(db, achievement_id)
    names: dict[tuple[str, int], str] = {}
    if ach is not None:
        names[("achievement", achievement_id)] = f"成果 {ach.get('ledger_no') or ach.get('name') or ''}".strip()
    apps = q.applications_of(db, achievement_id)
    deals = q.deals_of(db, achievement_id)
    names.update({("application", int(a["id"])): f"申请 {a.get('number') or ''}".strip() for a in apps})
    names.update({("deal", int(x["id"])): f"交易 {x.get('number') or ''}".strip() for x in deals})
    for p in q.publicities_for(db, achievement_id, [int(a["id"]) for a in apps], [int(x["id"]) for x in deals]):
        names[("publicity", int(p["id"]))] = f"公示“{p['title']}”" if p.get("title") else "公示"

    def name_of(entity: str, entity_id: int) -> str:
        if entity == "import_batch":
            return f"导入批次 {entity_id}"
        return names.get((entity, int(entity_id)), "")

    return name_of
