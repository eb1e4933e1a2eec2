"""R5 — ledger tags (1-2 第五条、第七条): attribute and transfer status."""

from __future__ import annotations

from .enums import Attribute, LegalStatus, TransferStatus

ARTICLE_ATTRIBUTE = "1-2 第五条、第七条"
ARTICLE_TRANSFER = "1-2 第七条"


def attribute_for(legal_status: LegalStatus | str) -> Attribute:
    """授权成果 when the right has been legally granted (专利权, 软件著作权, 植物新品种权,
    集成电路布图设计专有权); otherwise 未授权成果 — patent application rights, know-how and rights
    no longer in force (1-2 第五条)."""
    return Attribute.GRANTED if LegalStatus(legal_status) is LegalStatus.GRANTED else Attribute.UNGRANTED


def after_intent(status: TransferStatus | str) -> TransferStatus:
    """A transfer intent moves 未转化 to 意向转化; an already transferred result stays 已转化."""
    status = TransferStatus(status)
    return TransferStatus.TRANSFERRED if status is TransferStatus.TRANSFERRED else TransferStatus.INTENDED


def after_deal_completed(status: TransferStatus | str, count: int) -> tuple[TransferStatus, int]:
    """Each completed deal marks 已转化 and increments the transfer count (1-2 第七条: 转化频次,
    e.g. several licences or technology iterations)."""
    TransferStatus(status)
    return TransferStatus.TRANSFERRED, count + 1


# Chinese legal-status words seen in ledgers and patent-database exports → LegalStatus.
_LEGAL_STATUS_WORDS: tuple[tuple[tuple[str, ...], LegalStatus], ...] = (
    (("未缴年费", "期限届满", "失效", "终止", "无效"), LegalStatus.LAPSED),
    (("驳回",), LegalStatus.REJECTED),
    (("撤回", "视撤"), LegalStatus.WITHDRAWN),
    (("放弃",), LegalStatus.ABANDONED),
    (("审中", "实质审查", "实审", "公开", "受理", "申请中", "待审"), LegalStatus.PENDING),
    (("有效", "授权", "已登记", "登记", "维持"), LegalStatus.GRANTED),
    (("未申请", "专有技术", "技术秘密"), LegalStatus.NOT_FILED),
)


def parse_legal_status(text: str | None) -> LegalStatus | None:
    """Map a legal-status cell (有效, 审中, 未缴年费 …) to :class:`LegalStatus`; None if unknown."""
    if not text:
        return None
    value = str(text).replace(" ", "").strip()
    try:
        return LegalStatus(value)
    except ValueError:
        pass
    for words, status in _LEGAL_STATUS_WORDS:
        if any(w in value for w in words):
            return status
    return None
