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
    "decide": "作出决定",
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
    if isinstance(value, bool):
        return "是" if value else "否"
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


def changes(old: Any, new: Any, *, limit: int = 8) -> str:
    """“将状态由 已提交 改为 已审批通过；日期：2026-12-05” from two stored values."""
    old, new = _parse(old), _parse(new)
    if not isinstance(old, Mapping) and not isinstance(new, Mapping):
        before, after = value_text("", old), value_text("", new)
        if before and after:
            return f"由 {before} 改为 {after}"
        return after or (f"原为 {before}" if before else "")
    old = old if isinstance(old, Mapping) else {}
    new = new if isinstance(new, Mapping) else {}
    parts = []
    for key in list(dict.fromkeys([*new, *old])):
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
        elif before:
            parts.append(f"删除{label}（原为 {before}）")
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
    sentence = f"{who + ' ' if who else ''}{verb}（{target}）"
    return f"{sentence}：{detail}" if detail else sentence
