"""When an imported row is 授权成果: the legal status a source row gives, read from its status
column and the other evidence beside it (1-2 第五条: 按法律程序已申请取得的成果).

Evidence of a grant: a granted or in-force status, a 授权(公告)日, a ZL patent number, an
announcement number with kind code B/C/U/Y/S/D, a certificate number, a software registration number.
A kind-A publication number or a 公开日 alone means published, not granted. The status column wins
over conflicting evidence, and the conflict is flagged; a status the vocabulary does not know is
flagged and the evidence decides; a bare "失效" with no evidence of a grant is flagged (it may be a
lapsed patent or a withdrawn application).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import LegalStatus
from .legal_status import ARTICLE, StatusCategory, StatusReading

__all__ = ["ARTICLE", "GrantDecision", "decide_legal_status"]

_END_WORDS = ("终止", "失效", "届满", "放弃", "无效", "撤回", "驳回")


@dataclass
class GrantDecision:
    status: LegalStatus
    problems: list[str] = field(default_factory=list)   # Chinese reasons for 待核对 flags


def decide_legal_status(
    reading: StatusReading | None,
    *,
    grant_evidence: list[str],
    filing_evidence: bool,
) -> GrantDecision:
    """The legal status of a row. ``grant_evidence``: names of what says the right was granted
    (e.g. ["授权日", "专利号 ZL…"]); ``filing_evidence``: an application number, a filing date, a
    kind-A publication or a publication date is present."""
    if reading is not None and reading.status is not None:
        status = reading.status
        category = reading.category
        problems = []
        if category in (StatusCategory.PENDING, StatusCategory.NOT_GRANTED) and grant_evidence:
            problems.append(f"法律状态“{reading.raw}”表示未授权，但本行有授权证据（{'、'.join(grant_evidence)}）；"
                            "已按法律状态列记录，请核对")
        if category is StatusCategory.LAPSED and not reading.says_granted and not grant_evidence:
            problems.append(f"法律状态“{reading.raw}”未说明是否曾获授权（可能是授权后失效，也可能是申请被撤回或驳回），"
                            "本行也没有授权日、专利号、授权公告号或证书号；已记为失效，请核对是否曾获授权")
        return GrantDecision(status, problems)
    problems = []
    if reading is not None and reading.raw:
        problems.append(f"无法识别的法律状态“{reading.raw}”；已按本行其他信息推断，原文保留")
    if grant_evidence:
        # The right was obtained; while its status is 待核对 it is not taken to be in force when the
        # text speaks of an end (no fee reminders for a right that may be gone)
        raw = reading.raw if reading is not None else ""
        ended = any(word in raw for word in _END_WORDS)
        return GrantDecision(LegalStatus.LAPSED if ended else LegalStatus.GRANTED, problems)
    if filing_evidence:
        return GrantDecision(LegalStatus.PENDING, problems)
    return GrantDecision(LegalStatus.NOT_FILED, problems)
