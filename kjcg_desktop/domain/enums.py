"""Enumerations of the domain. Values are stable English words used in the database, exports and
external checks; ``label`` gives the Chinese text shown to users."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A ``str`` enum whose members carry a Chinese label in ``LABELS``."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def from_label(cls, text: str) -> Self:
        for m in cls:
            if m.label == text or m.value == text:
                return m
        raise ValueError(text)


class FundingSource(LabelledEnum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    OWN = "own"


class Stage(LabelledEnum):
    RESEARCH = "research"
    DEVELOPMENT = "development"
    INDISTINGUISHABLE = "indistinguishable"


class Attribute(LabelledEnum):
    GRANTED = "granted"
    UNGRANTED = "ungranted"


class TransferStatus(LabelledEnum):
    NONE = "none"
    INTENDED = "intended"
    TRANSFERRED = "transferred"


class ExpenditureKind(LabelledEnum):
    RD = "rd"
    REGISTRATION = "registration"
    LEGAL = "legal"
    MAINTENANCE = "maintenance"
    OTHER = "other"


class Treatment(LabelledEnum):
    EXPENSE = "expense"
    CAPITALIZE = "capitalize"
    ACCUMULATE = "accumulate"


class DealKind(LabelledEnum):
    ASSIGNMENT = "assignment"
    LICENCE = "licence"
    EQUITY = "equity"


class LicenceType(LabelledEnum):
    EXCLUSIVE = "exclusive"
    SOLE = "sole"
    NON_EXCLUSIVE = "non_exclusive"


class PricingMethod(LabelledEnum):
    LISTING = "listing"
    AUCTION = "auction"
    NEGOTIATED = "negotiated"


class AchievementType(LabelledEnum):
    INVENTION = "invention"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"
    SOFTWARE = "software"
    PLANT_VARIETY = "plant_variety"
    IC_LAYOUT = "ic_layout"
    KNOW_HOW = "know_how"
    OTHER = "other"


class LegalStatus(LabelledEnum):
    NOT_FILED = "not_filed"
    PENDING = "pending"
    GRANTED = "granted"
    LAPSED = "lapsed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    ABANDONED = "abandoned"


class AchievementStatus(LabelledEnum):
    DISCLOSED = "disclosed"
    REGISTERED = "registered"
    ABANDONED = "abandoned"
    DISPOSED = "disposed"
    ARCHIVED = "archived"


class ApplicationKind(LabelledEnum):
    DISCLOSURE = "disclosure"
    REGISTRATION = "registration"
    OWNERSHIP = "ownership"
    USE_RIGHT = "use_right"
    EXTENSION = "extension"
    ABANDONMENT = "abandonment"
    DEAL = "deal"


class ApplicationState(LabelledEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    IN_PUBLICITY = "in_publicity"
    PUBLICITY_ENDED = "publicity_ended"
    AGREEMENT_SIGNED = "agreement_signed"
    EFFECTIVE = "effective"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class PublicityKind(LabelledEnum):
    GRANT = "grant"
    ABANDONMENT = "abandonment"
    PRICE = "price"
    RELATED_PARTY = "related_party"
    REWARD = "reward"


class PublicityState(LabelledEnum):
    RUNNING = "running"
    ENDED = "ended"
    WITHDRAWN = "withdrawn"


class EvidenceKind(LabelledEnum):
    ASSESSMENT_REPORT = "assessment_report"
    TRANSFEREE = "transferee"
    INTENT_CONTRACT = "intent_contract"
    TRANSFER_CONTRACT = "transfer_contract"
    EXCHANGE_CERTIFICATE = "exchange_certificate"
    IP_CERTIFICATE = "ip_certificate"
    OTHER = "other"


class GrantMode(LabelledEnum):
    FULL = "full"
    PARTIAL = "partial"
    REMAINING = "remaining"


_LABELS: dict[str, dict[str, str]] = {
    "FundingSource": {"government": "财政资金（纵向）", "enterprise": "企事业单位资金（横向）", "own": "单位自有资金（自筹）"},
    "Stage": {"research": "研究阶段", "development": "开发阶段", "indistinguishable": "无法区分"},
    "Attribute": {"granted": "授权成果", "ungranted": "未授权成果"},
    "TransferStatus": {"none": "未转化", "intended": "意向转化", "transferred": "已转化"},
    "ExpenditureKind": {"rd": "研发支出", "registration": "注册费", "legal": "律师费", "maintenance": "维持费", "other": "其他"},
    "Treatment": {"expense": "费用化", "capitalize": "资本化", "accumulate": "归集待定"},
    "DealKind": {"assignment": "转让", "licence": "许可", "equity": "作价投资"},
    "LicenceType": {"exclusive": "独占许可", "sole": "排他许可", "non_exclusive": "普通许可"},
    "PricingMethod": {"listing": "挂牌交易", "auction": "拍卖", "negotiated": "协议定价"},
    "AchievementType": {
        "invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利",
        "software": "软件著作权", "plant_variety": "植物新品种", "ic_layout": "集成电路布图设计",
        "know_how": "专有技术", "other": "其他",
    },
    "LegalStatus": {
        "not_filed": "未申请", "pending": "审中", "granted": "有效（已授权）", "lapsed": "失效",
        "rejected": "驳回", "withdrawn": "撤回", "abandoned": "放弃",
    },
    "AchievementStatus": {"disclosed": "已披露", "registered": "已登记", "abandoned": "已放弃", "disposed": "已处置", "archived": "已归档"},
    "ApplicationKind": {
        "disclosure": "成果披露", "registration": "审核登记", "ownership": "赋予所有权", "use_right": "赋予长期使用权",
        "extension": "延长使用权", "abandonment": "成果放弃", "deal": "转化交易",
    },
    "ApplicationState": {
        "draft": "草稿", "submitted": "已提交", "approved": "已审批", "in_publicity": "公示中",
        "publicity_ended": "公示期满", "agreement_signed": "协议已签署", "effective": "已生效",
        "rejected": "已驳回", "withdrawn": "已撤回",
    },
    "PublicityKind": {"grant": "赋权公示", "abandonment": "放弃公示", "price": "协议定价公示", "related_party": "关联交易公示", "reward": "现金奖励公示"},
    "PublicityState": {"running": "公示中", "ended": "已结束", "withdrawn": "已撤销"},
    "EvidenceKind": {
        "assessment_report": "以转化为目的的技术评估报告", "transferee": "明确的受让单位",
        "intent_contract": "转化意向合同", "transfer_contract": "已签订转化合同",
        "exchange_certificate": "技术交易场所证明材料", "ip_certificate": "知识产权证书", "other": "其他材料",
    },
    "GrantMode": {"full": "全部赋权", "partial": "部分赋权（共有）", "remaining": "转让单位留存份额"},
}
