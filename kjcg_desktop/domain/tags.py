"""R5 — ledger tags (1-2 第五条、第七条): attribute and transfer status."""

from __future__ import annotations

from .enums import Attribute, LegalStatus, TransferStatus
from .legal_status import read_legal_status, right_obtained

ARTICLE_ATTRIBUTE = "1-2 第五条、第七条"
ARTICLE_TRANSFER = "1-2 第七条"


def attribute_for(legal_status: LegalStatus | str) -> Attribute:
    """授权成果 when the right has been obtained by legal procedure (专利权, 软件著作权, 植物新品种权,
    集成电路布图设计专有权 — 1-2 第五条 "按法律程序已申请取得的成果"), also when it has since lapsed
    (未缴年费, 期限届满: the right was obtained; its legal status says it is no longer in force);
    otherwise 未授权成果 — pending applications (专利申请权), rejected or withdrawn ones, know-how."""
    return Attribute.GRANTED if right_obtained(legal_status) else Attribute.UNGRANTED


def after_intent(status: TransferStatus | str) -> TransferStatus:
    """A transfer intent moves 未转化 to 意向转化; an already transferred result stays 已转化."""
    status = TransferStatus(status)
    return TransferStatus.TRANSFERRED if status is TransferStatus.TRANSFERRED else TransferStatus.INTENDED


def after_deal_completed(status: TransferStatus | str, count: int) -> tuple[TransferStatus, int]:
    """Each completed deal marks 已转化 and increments the transfer count (1-2 第七条: 转化频次,
    e.g. several licences or technology iterations)."""
    TransferStatus(status)
    return TransferStatus.TRANSFERRED, count + 1


def parse_legal_status(text: str | None) -> LegalStatus | None:
    """Map a legal-status cell (有效, 审中, 未缴年费 …) to :class:`LegalStatus` by the one vocabulary
    of :mod:`.legal_status` (whole terms, never substrings); None if unknown."""
    return read_legal_status(text).status
