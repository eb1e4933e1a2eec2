"""Chinese headers and value labels of the report's detail lists (workbook sheets and the GUI's
"records behind an indicator" list)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ... import domain as d

HEADERS: dict[str, str] = {
    "id": "记录号", "ledger_no": "台账编号", "name": "成果名称", "type": "成果类型", "legal_status": "法律状态",
    "department": "所属部门", "disclosure_date": "披露日期", "registration_date": "登记日期",
    "funding_source": "经费来源", "attribute": "属性标记", "stage": "阶段标记", "transfer_status": "转化状态",
    "is_intangible_asset": "无形资产", "asset_value_fen": "资产价值（元）", "number": "编号", "kind": "类型",
    "grant_mode": "赋权方式", "achievement_name": "成果名称", "applicant": "申请人（指定代表）",
    "team_share": "团队份额（%）", "term_years": "期限（年）", "state": "状态", "submitted_at": "提交日期",
    "decided_at": "审批日期", "effective_at": "生效日期", "counterparty": "交易对方", "pricing_method": "定价方式",
    "valuation_decision": "资产评估决定", "contract_date": "合同签订日期", "contract_no": "合同编号",
    "tech_contract_reg_no": "技术合同登记号", "amount_fen": "金额（元）", "deal_state": "交易状态",
    "completed_date": "完成日期", "received_fen": "累计到账（元）", "deal_number": "交易编号", "date": "日期",
    "payer": "付款方", "voucher_no": "凭证号", "recipient": "分配对象", "is_unit": "单位/个人", "share": "比例（%）",
    "paid_date": "支付日期", "expenditure_kind": "支出类型", "treatment": "会计处理", "article": "依据",
    "finance_kind": "财务事项", "publicity_kind": "公示类型", "title": "标题", "start_date": "开始日期",
    "days": "天数", "end_date": "届满日期", "publicity_state": "公示状态", "objections": "异议数",
    "raised_by": "提出人", "raised_on": "提出日期", "content": "异议内容", "upheld": "是否成立", "outcome": "处理结果",
    "resolved_on": "处理日期",
}

_ENUMS: dict[str, Any] = {
    "type": d.AchievementType, "legal_status": d.LegalStatus, "funding_source": d.FundingSource,
    "attribute": d.Attribute, "stage": d.Stage, "transfer_status": d.TransferStatus, "grant_mode": d.GrantMode,
    "state": d.ApplicationState, "pricing_method": d.PricingMethod, "expenditure_kind": d.ExpenditureKind,
    "treatment": d.Treatment, "publicity_kind": d.PublicityKind, "publicity_state": d.PublicityState,
}
_WORDS: dict[str, dict[Any, str]] = {
    "valuation_decision": {"not_needed": "无需评估（国有全资企业）", "yes": "决定评估", "no": "决定不评估"},
    "deal_state": {"draft": "已登记", "signed": "已签订", "completed": "已完成", "terminated": "已终止"},
    "finance_kind": {"recognize": "确认无形资产", "write_off": "核销", "dispose": "处置"},
    "is_intangible_asset": {1: "是", 0: "否"},
    "is_unit": {1: "单位", 0: "个人"},
    "upheld": {1: "成立", 0: "不成立"},
}
ENTITY_TITLES = {
    "achievement": "成果", "application": "申请", "deal": "交易", "receipt": "到账收入", "distribution": "收益分配",
    "expenditure": "支出", "finance": "无形资产变动", "publicity": "公示", "objection": "异议",
}


def is_amount(column: str) -> bool:
    return column.endswith("_fen")


def label(entity: str, column: str, value: Any) -> Any:
    """A stored value as shown to users: enum labels in Chinese, amounts in yuan (Decimal)."""
    if value is None:
        return "待处理" if column == "upheld" else None
    if is_amount(column):
        return d.fen_to_yuan(int(value))
    if column == "kind":
        kinds: type[d.ApplicationKind] | type[d.DealKind] = d.ApplicationKind if entity == "application" else d.DealKind
        try:
            return kinds(value).label
        except ValueError:
            return value
    if column in _WORDS:
        return _WORDS[column].get(value, value)
    enum = _ENUMS.get(column)
    if enum is not None:
        try:
            return enum(value).label
        except ValueError:
            return value
    return value


_PLAIN = {"id", "ledger_no", "name", "achievement_name", "department", "number", "title", "content", "date",
          "counterparty", "contract_no", "voucher_no", "recipient", "article"}


def converter(entity: str, column: str) -> Callable[[Any], Any] | None:
    """A fast per-column converter for long lists: None when the stored value is shown as is."""
    if column in _PLAIN or column.endswith(("_date", "_at", "_no", "_on")):
        return None
    if is_amount(column):
        return lambda v: None if v is None else d.fen_to_yuan(int(v))
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if value not in cache:
            cache[value] = label(entity, column, value)
        return cache[value]
    return convert


def text(entity: str, column: str, value: Any) -> str:
    shown = label(entity, column, value)
    if shown is None:
        return ""
    if isinstance(shown, Decimal):
        return d.format_yuan(int(value))
    return str(shown)
