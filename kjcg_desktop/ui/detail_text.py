"""How the detail window and its history tab write stored values and logged actions: field names,
enum labels, yes/no, amounts in yuan. The changes themselves are written as sentences by
services/documents/history.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .. import domain as d
from ..storage import ledger
from .i18n import label_text

FIELD_LABELS = {
    "ledger_no": QT_TRANSLATE_NOOP("AchievementDetail", "台账编号"), "name": QT_TRANSLATE_NOOP("AchievementDetail", "成果名称"), "type": QT_TRANSLATE_NOOP("AchievementDetail", "类型"), "legal_status": QT_TRANSLATE_NOOP("AchievementDetail", "法律状态"), "application_no": QT_TRANSLATE_NOOP("AchievementDetail", "申请号"),
    "patent_no": QT_TRANSLATE_NOOP("AchievementDetail", "专利号"), "registration_no": QT_TRANSLATE_NOOP("AchievementDetail", "登记号"), "filing_date": QT_TRANSLATE_NOOP("AchievementDetail", "申请日"), "grant_date": QT_TRANSLATE_NOOP("AchievementDetail", "授权日"), "holder": QT_TRANSLATE_NOOP("AchievementDetail", "权利人"),
    "department": QT_TRANSLATE_NOOP("AchievementDetail", "所属部门"), "keywords": QT_TRANSLATE_NOOP("AchievementDetail", "关键词"), "summary": QT_TRANSLATE_NOOP("AchievementDetail", "成果简介"), "rd_status": QT_TRANSLATE_NOOP("AchievementDetail", "研发状况"),
    "market_prospects": QT_TRANSLATE_NOOP("AchievementDetail", "市场前景"), "project_id": QT_TRANSLATE_NOOP("AchievementDetail", "项目"), "disclosure_date": QT_TRANSLATE_NOOP("AchievementDetail", "披露日期"), "registration_date": QT_TRANSLATE_NOOP("AchievementDetail", "登记日期"),
    "status": QT_TRANSLATE_NOOP("AchievementDetail", "状态"), "confidential": QT_TRANSLATE_NOOP("AchievementDetail", "涉密"), "secret_level": QT_TRANSLATE_NOOP("AchievementDetail", "密级"), "is_intangible_asset": QT_TRANSLATE_NOOP("AchievementDetail", "无形资产"),
    "asset_value_fen": QT_TRANSLATE_NOOP("AchievementDetail", "资产价值（分）"), "extra": QT_TRANSLATE_NOOP("AchievementDetail", "导入的其他列"), "attribute": QT_TRANSLATE_NOOP("AchievementDetail", "属性"), "stage": QT_TRANSLATE_NOOP("AchievementDetail", "阶段"),
    "stage_override": QT_TRANSLATE_NOOP("AchievementDetail", "阶段人工标记"), "stage_override_reason": QT_TRANSLATE_NOOP("AchievementDetail", "人工标记理由"), "reason": QT_TRANSLATE_NOOP("AchievementDetail", "理由"),
    "transfer_status": QT_TRANSLATE_NOOP("AchievementDetail", "转化状态"), "transfer_count": QT_TRANSLATE_NOOP("AchievementDetail", "转化频次"), "inventors": QT_TRANSLATE_NOOP("AchievementDetail", "完成人"), "kind": QT_TRANSLATE_NOOP("AchievementDetail", "类型"),
    "description": QT_TRANSLATE_NOOP("AchievementDetail", "说明"), "date": QT_TRANSLATE_NOOP("AchievementDetail", "日期"), "amount_fen": QT_TRANSLATE_NOOP("AchievementDetail", "金额（分）"), "treatment": QT_TRANSLATE_NOOP("AchievementDetail", "处理方式"), "filename": QT_TRANSLATE_NOOP("AchievementDetail", "文件名"),
    "sha256": "SHA-256", "state": QT_TRANSLATE_NOOP("AchievementDetail", "状态"), "counterparty": QT_TRANSLATE_NOOP("AchievementDetail", "交易对方"), "contract_date": QT_TRANSLATE_NOOP("AchievementDetail", "合同签订日期"), "contract_no": QT_TRANSLATE_NOOP("AchievementDetail", "合同编号"),
    "company": QT_TRANSLATE_NOOP("AchievementDetail", "被投资企业"), "start": QT_TRANSLATE_NOOP("AchievementDetail", "开始日期"), "end": QT_TRANSLATE_NOOP("AchievementDetail", "届满日"), "days": QT_TRANSLATE_NOOP("AchievementDetail", "期限（日）"), "working_days": QT_TRANSLATE_NOOP("AchievementDetail", "按工作日计算"),
    "distribution": QT_TRANSLATE_NOOP("AchievementDetail", "分配金额（分）"), "equity_shares": QT_TRANSLATE_NOOP("AchievementDetail", "股权比例"), "ends_ownership": QT_TRANSLATE_NOOP("AchievementDetail", "转让后单位不再持有"),
    "counterparty_region": QT_TRANSLATE_NOOP("AchievementDetail", "交易对方地区"), "counterparty_state_owned": QT_TRANSLATE_NOOP("AchievementDetail", "交易对方为国有独资企业"), "achievement_id": QT_TRANSLATE_NOOP("AchievementDetail", "成果编号"),
    "pricing_method": QT_TRANSLATE_NOOP("AchievementDetail", "定价方式"), "valuation_decision": QT_TRANSLATE_NOOP("AchievementDetail", "资产评估决定"), "valuation_reason": QT_TRANSLATE_NOOP("AchievementDetail", "评估决定理由"),
    "tech_contract_reg_no": QT_TRANSLATE_NOOP("AchievementDetail", "技术合同登记号"), "related_party": QT_TRANSLATE_NOOP("AchievementDetail", "关联交易"), "unit_share": QT_TRANSLATE_NOOP("AchievementDetail", "单位份额（%）"),
    "term_years": QT_TRANSLATE_NOOP("AchievementDetail", "期限（年）"), "territory": QT_TRANSLATE_NOOP("AchievementDetail", "地域范围"), "licence_type": QT_TRANSLATE_NOOP("AchievementDetail", "许可类型"), "note": QT_TRANSLATE_NOOP("AchievementDetail", "备注"), "on": QT_TRANSLATE_NOOP("AchievementDetail", "日期"),
    "by": QT_TRANSLATE_NOOP("AchievementDetail", "提出人"), "content": QT_TRANSLATE_NOOP("AchievementDetail", "内容"), "outcome": QT_TRANSLATE_NOOP("AchievementDetail", "处理结果"), "upheld": QT_TRANSLATE_NOOP("AchievementDetail", "异议成立"), "share": QT_TRANSLATE_NOOP("AchievementDetail", "份额"),
    "is_representative": QT_TRANSLATE_NOOP("AchievementDetail", "指定代表"), "asset_formed": QT_TRANSLATE_NOOP("AchievementDetail", "形成无形资产"),
    # decisions on the record (services/decisions.py)
    "step": QT_TRANSLATE_NOOP("AchievementDetail", "事项"), "body": QT_TRANSLATE_NOOP("AchievementDetail", "决定机构"),
    "decider": QT_TRANSLATE_NOOP("AchievementDetail", "决定人"), "opinion": QT_TRANSLATE_NOOP("AchievementDetail", "意见"),
    "paper": QT_TRANSLATE_NOOP("AchievementDetail", "附件"),
    "numbers": QT_TRANSLATE_NOOP("AchievementDetail", "作废文号"), "publicity": QT_TRANSLATE_NOOP("AchievementDetail", "撤销公示"),
    "record": QT_TRANSLATE_NOOP("AchievementDetail", "撤回"), "decided_on": QT_TRANSLATE_NOOP("AchievementDetail", "原决定日期"),
}
VALUE_ENUMS = {"stage_override": d.Stage, "pricing_method": d.PricingMethod, "licence_type": d.LicenceType,
               "treatment": d.Treatment}
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("AchievementDetail", "新建"), "update": QT_TRANSLATE_NOOP("AchievementDetail", "修改"), "tags": QT_TRANSLATE_NOOP("AchievementDetail", "标记更新"), "stage_override": QT_TRANSLATE_NOOP("AchievementDetail", "修改阶段标记"), "evidence": QT_TRANSLATE_NOOP("AchievementDetail", "添加证据"),
    "expenditure": QT_TRANSLATE_NOOP("AchievementDetail", "登记支出"), "inventors": QT_TRANSLATE_NOOP("AchievementDetail", "修改完成人"), "attachment": QT_TRANSLATE_NOOP("AchievementDetail", "添加附件"), "archive": QT_TRANSLATE_NOOP("AchievementDetail", "归档"), "delete": QT_TRANSLATE_NOOP("AchievementDetail", "删除"),
    "submit": QT_TRANSLATE_NOOP("AchievementDetail", "提交"), "approve": QT_TRANSLATE_NOOP("AchievementDetail", "审批通过"), "reject": QT_TRANSLATE_NOOP("AchievementDetail", "驳回"), "withdraw": QT_TRANSLATE_NOOP("AchievementDetail", "撤回"), "start_publicity": QT_TRANSLATE_NOOP("AchievementDetail", "开始公示"),
    "end_publicity": QT_TRANSLATE_NOOP("AchievementDetail", "公示期满"), "sign_agreement": QT_TRANSLATE_NOOP("AchievementDetail", "签署协议"), "make_effective": QT_TRANSLATE_NOOP("AchievementDetail", "生效"), "objection": QT_TRANSLATE_NOOP("AchievementDetail", "异议"),
    "start": QT_TRANSLATE_NOOP("AchievementDetail", "开始公示"), "end": QT_TRANSLATE_NOOP("AchievementDetail", "结束公示"), "complete": QT_TRANSLATE_NOOP("AchievementDetail", "交易完成"), "receipt": QT_TRANSLATE_NOOP("AchievementDetail", "收款"), "objection_resolved": QT_TRANSLATE_NOOP("AchievementDetail", "异议处理"),
    "decide": QT_TRANSLATE_NOOP("AchievementDetail", "作出决定"), "reverse": QT_TRANSLATE_NOOP("AchievementDetail", "撤销决定"),
    "review_flag_resolved": QT_TRANSLATE_NOOP("AchievementDetail", "核对待核对标记"),
    "import_update": QT_TRANSLATE_NOOP("AchievementDetail", "导入更新"), "import_undo": QT_TRANSLATE_NOOP("AchievementDetail", "撤销导入"),
    "import": QT_TRANSLATE_NOOP("AchievementDetail", "导入新增"),
}
ENTITY_LABELS = {"achievement": QT_TRANSLATE_NOOP("AchievementDetail", "成果"), "application": QT_TRANSLATE_NOOP("AchievementDetail", "申请"), "deal": QT_TRANSLATE_NOOP("AchievementDetail", "交易"), "publicity": QT_TRANSLATE_NOOP("AchievementDetail", "公示")}
DEAL_STATES = {"draft": QT_TRANSLATE_NOOP("AchievementDetail", "草稿"), "signed": QT_TRANSLATE_NOOP("AchievementDetail", "已签约"), "completed": QT_TRANSLATE_NOOP("AchievementDetail", "已完成"), "terminated": QT_TRANSLATE_NOOP("AchievementDetail", "已终止")}
ARTICLE_ATTRIBUTE = QT_TRANSLATE_NOOP("AchievementDetail", "1-2 第五条、第七条")


def detail_tr(text: str) -> str:
    return QCoreApplication.translate("AchievementDetail", text)  # i18n: dynamic


def _yes_no(value: Any) -> str:
    return QCoreApplication.translate("AchievementDetail", "是") if value else QCoreApplication.translate("AchievementDetail", "否")


def value_text(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _yes_no(value)
    if key.endswith("_fen") and isinstance(value, int):
        return QCoreApplication.translate("AchievementDetail", "{0} 元").format(d.format_yuan(value))
    enum = ledger.ENUM_COLUMNS.get(key) or VALUE_ENUMS.get(key)
    if enum is not None:
        try:
            return label_text(enum(value).label)
        except ValueError:
            return str(value)
    if key in ("kind", "state") and isinstance(value, str):
        if key == "state" and value in DEAL_STATES:
            return detail_tr(DEAL_STATES[value])
        kinds = (d.PublicityKind, d.DealKind, d.ApplicationKind, d.EvidenceKind, d.ExpenditureKind) if key == "kind" \
            else (d.ApplicationState, d.PublicityState)
        for enum in kinds:
            try:
                return label_text(enum(value).label)
            except ValueError:
                continue
    if key in ("confidential", "is_intangible_asset", "working_days", "ends_ownership", "counterparty_state_owned",
               "related_party", "is_representative", "asset_formed", "upheld"):
        return _yes_no(value)
    if isinstance(value, dict):  # e.g. the imported columns kept with the row: “列名：值” one after another
        return "；".join(f"{k}：{value_text(str(k), v)}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(value_text(key, v) for v in value)
    return str(value)


# a value longer than HISTORY_LONG characters is quoted in the history table by its first
# HISTORY_QUOTE characters and its length; the row's window has it whole
HISTORY_LONG = 100
HISTORY_QUOTE = 40


def short_text(text: str) -> str:
    """A value as the history table quotes it: whole when short, else its start and its length."""
    if len(text) <= HISTORY_LONG:
        return text
    return QCoreApplication.translate("AchievementDetail", "{0}…（共 {1} 字）").format(text[:HISTORY_QUOTE], f"{len(text):,}")


def quoted(values: Any) -> Any:
    """An event's old or new values with their long texts quoted by :func:`short_text`."""
    if isinstance(values, Mapping):
        return {k: short_text(v) if isinstance(v, str) else v for k, v in values.items()}
    return short_text(values) if isinstance(values, str) else values


def without_extra(values: Any) -> Any:
    """An event's old or new values without the imported columns (:func:`extra_changes` tells those)."""
    if isinstance(values, Mapping) and "extra" in values:
        return {k: v for k, v in values.items() if k != "extra"}
    return values


def extra_changes(old: Any, new: Any, *, whole: bool = False) -> str:
    """What an import changed in the imported columns kept with the record (“将权利要求由 … 改为 …”);
    long values are quoted by their start and length unless ``whole``."""
    quote = (lambda text: text) if whole else short_text
    before = old.get("extra") if isinstance(old, Mapping) else None
    after = new.get("extra") if isinstance(new, Mapping) else None
    if not isinstance(before, Mapping) and not isinstance(after, Mapping):
        return ""
    before = before if isinstance(before, Mapping) else {}
    after = after if isinstance(after, Mapping) else {}
    parts = []
    for key in dict.fromkeys([*after, *before]):
        was, now = value_text("", before.get(key)), value_text("", after.get(key))
        if was == now:
            continue
        if key not in before:
            parts.append(QCoreApplication.translate("AchievementDetail", "{0}：{1}").format(key, quote(now)))
        elif key not in after:
            parts.append(QCoreApplication.translate("AchievementDetail", "删除{0}（原为 {1}）").format(key, quote(was)))
        else:
            parts.append(QCoreApplication.translate("AchievementDetail", "将{0}由 {1} 改为 {2}").format(
                key, quote(was), quote(now)))
    return "；".join(parts)
