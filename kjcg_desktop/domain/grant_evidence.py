"""When an imported row is 授权成果: the legal status a source row gives, read from its status
column and the other evidence beside it (1-2 第五条: 按法律程序已申请取得的成果).

Evidence of a grant: a granted or in-force status, a 授权(公告)日, a ZL patent number, an
announcement number with kind code B/C/U/Y/S/D, a certificate number, a software registration number.
A kind-A publication number, a 公开日 or a bare application number (even in a 专利号 column) alone
means filed, not granted. The status column wins over conflicting evidence, and the conflict is
flagged; a status the vocabulary does not know is flagged and the evidence decides.

A row is 授权成果 only when the source says the right was granted: a bare "失效"/"无效"/"无权"/"非有效"
(PatSnap and incoPat write them for withdrawn and rejected *applications* too) with no grant evidence
is an application that ended before grant — recorded as withdrawn (未授权成果) and flagged; with grant
evidence it is a lapsed right (授权成果, never "in force"). A patent declared wholly invalid is deemed
never to have existed (专利法第四十七条): recorded as lapsed (not in force) and flagged. Its attribute
stays 授权成果 because the attribute follows the legal status (1-2 第七条) and the right *was* obtained
by legal procedure (1-2 第五条) before the invalidation; the flag tells the clerk the right cannot be
transferred, licensed or invested any more.

The patent number of a CN patent is ZL + its application number, and exists only once the patent is
granted (:func:`patent_number`).

When one application appears on two rows of a file (PatSnap lists the A publication and the B grant
separately), :func:`combine` joins both rows' evidence and the later legal event wins
(:func:`later_reading`); the decision is then taken again by :func:`decide_legal_status`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .enums import LegalStatus
from .legal_status import ARTICLE, StatusCategory, StatusReading, right_obtained
from .legal_status_terms import BARE_GIVE_UP

__all__ = ["ARTICLE", "INVALIDATION_ARTICLE", "GrantDecision", "RowEvidence", "combine", "decide_legal_status",
           "later_reading", "patent_number", "unread_status_note"]

INVALIDATION_ARTICLE = "专利法第四十七条"
GIVE_UP_ARTICLE = "专利法第四十四条"

_END_WORDS = ("终止", "失效", "届满", "放弃", "无效", "撤回", "驳回", "无权")
# a negation before an in-force word inside a text the vocabulary does not know ("专利权非有效（待查）")
_NEGATED_RIGHT = re.compile(r"(不再|没有|并非|非|无|不|未)(有效|有权|授权|维持)")

# The order of legal events in one application's life: a grant can follow a refusal or a withdrawal
# (复审, 恢复权利), never the reverse; a lapse follows the grant.
_LIFECYCLE = {LegalStatus.NOT_FILED: 0, LegalStatus.PENDING: 1, LegalStatus.REJECTED: 2, LegalStatus.WITHDRAWN: 2,
              LegalStatus.ABANDONED: 2, LegalStatus.GRANTED: 3, LegalStatus.LAPSED: 4}


@dataclass
class GrantDecision:
    status: LegalStatus
    problems: list[str] = field(default_factory=list)   # Chinese reasons for 待核对 flags

    @property
    def right_obtained(self) -> bool:
        """The right was granted (in force or since lapsed): the row is 授权成果 and has a patent number."""
        return right_obtained(self.status)


@dataclass(frozen=True)
class RowEvidence:
    """What one source row says about a grant: its status reading, the names of its grant evidence
    (e.g. "授权日", "专利号 ZL…") and whether it shows a filing."""

    reading: StatusReading | None
    grant: tuple[str, ...] = ()
    filing: bool = False
    bare_patent_no: str | None = None   # an application number without ZL written in a 专利号 column

    def decide(self) -> GrantDecision:
        return decide_legal_status(self.reading, grant_evidence=list(self.grant), filing_evidence=self.filing,
                                   bare_patent_no=self.bare_patent_no)


def later_reading(first: StatusReading | None, other: StatusReading | None) -> StatusReading | None:
    """Of two readings of one application, the one with the later legal event (pending → refused or
    withdrawn → granted → lapsed; a known status beats an unknown one). On a tie the first stands.

    >>> from .legal_status import read_legal_status
    >>> later_reading(read_legal_status("审中"), read_legal_status("有效")).raw
    '有效'
    """
    if other is None or other.status is None:
        return first if first is not None else other
    if first is None or first.status is None:
        return other
    rank_first, rank_other = _LIFECYCLE[first.status], _LIFECYCLE[other.status]
    if rank_other > rank_first or (rank_other == rank_first and other.says_granted and not first.says_granted):
        return other
    return first


def combine(first: RowEvidence, other: RowEvidence) -> RowEvidence:
    """Two rows of one application in one file: the later legal event and the evidence of both."""
    grant = first.grant + tuple(g for g in other.grant if g not in first.grant)
    return RowEvidence(later_reading(first.reading, other.reading), grant, first.filing or other.filing,
                       first.bare_patent_no or other.bare_patent_no)


def patent_number(application_no: str | None, status: LegalStatus | str) -> str | None:
    """The patent number of a granted CN patent: ZL + its application number. None before a grant
    (a pending, refused or withdrawn application has no patent number, 1-2 第五条)."""
    if not application_no or not right_obtained(status):
        return None
    return f"ZL{application_no}"


def unread_status_note(reading: StatusReading) -> str:
    """The 待核对 reason for a status text the vocabulary does not turn into a status."""
    if reading.event_only:
        return f"“{reading.raw}”是事件，不说明权利是否有效；已按本行其他信息判断"
    if reading.raw.strip().lower().replace(" ", "") in _SOURCE_DOES_NOT_KNOW:
        return f"来源未给出法律状态（“{reading.raw}”）；已按本行其他信息推断，请核对"
    return f"无法识别的法律状态“{reading.raw}”；已按本行其他信息推断，原文保留"


# A status cell saying the source does not know (Lens.org writes UNKNOWN; PatSnap and incoPat 未确认-Undetermined)
_SOURCE_DOES_NOT_KNOW = frozenset({"unknown", "未知", "不详", "不明", "未确认", "undetermined", "待确认"})

# an end word denied ("未失效", "非无效", "尚未终止"): it does not speak of an end
_DENIED_END = re.compile(r"(不再|没有|并非|尚未|从未|未|非|不|没)(被)?(" + "|".join(_END_WORDS) + ")")


def _speaks_of_an_end(raw: str) -> bool:
    """Whether a status text the vocabulary does not know speaks of an end (终止, 失效 …) or denies the
    right (非有效) — an end word behind a negation ("未失效") does not."""
    if _NEGATED_RIGHT.search(raw) is not None:
        return True
    rest = _DENIED_END.sub("", raw)
    return any(word in rest for word in _END_WORDS)


def decide_legal_status(
    reading: StatusReading | None,
    *,
    grant_evidence: list[str],
    filing_evidence: bool,
    bare_patent_no: str | None = None,
) -> GrantDecision:
    """The legal status of a row. ``grant_evidence``: names of what says the right was granted
    (e.g. ["授权日", "专利号 ZL…"]); ``filing_evidence``: an application number, a filing date, a
    kind-A publication or a publication date is present; ``bare_patent_no``: an application number
    without ZL written in a 专利号 column (no grant evidence; flagged when nothing else tells the
    status). See the module docstring for the rules."""
    if reading is not None and reading.status is not None:
        return _decide_known(reading, grant_evidence)
    if reading is not None and reading.alive:  # Derwent "Alive": in force when granted, else pending
        return GrantDecision(LegalStatus.GRANTED if grant_evidence else LegalStatus.PENDING)
    problems = []
    evidence = list(grant_evidence)
    if reading is not None and reading.event_only:
        if reading.granted_evidence:  # 质押, 部分无效 … happen only to a granted patent
            # a patent declared partly invalid stands on the claims kept (in force); a pledge or a
            # transfer does not say whether the right is still in force
            if not evidence and not reading.partly_invalid:
                problems.append(f"“{reading.raw}”是事件：说明专利权曾获授权，但不说明权利现在是否有效；"
                                "已记为有效（已授权），请核对")
            evidence.append(f"法律状态“{reading.raw}”")
        elif not evidence:
            problems.append(unread_status_note(reading))
    elif reading is not None and reading.raw:
        problems.append(unread_status_note(reading))
    if evidence:
        # The right was obtained; while its status is 待核对 it is not taken to be in force when the
        # text speaks of an end or denies the right (no fee reminders for a right that may be gone)
        raw = reading.raw if reading is not None and not reading.event_only else ""
        ended = _speaks_of_an_end(raw)
        return GrantDecision(LegalStatus.LAPSED if ended else LegalStatus.GRANTED, problems)
    if bare_patent_no and not problems:
        problems.append(f"专利号列中是不带 ZL 的申请号“{bare_patent_no}”，本行没有法律状态、授权日等授权证据；"
                        "已按申请（审中）记录，如已授权请补授权日或法律状态")
    if filing_evidence:
        return GrantDecision(LegalStatus.PENDING, problems)
    return GrantDecision(LegalStatus.NOT_FILED, problems)


def _decide_known(reading: StatusReading, grant_evidence: list[str]) -> GrantDecision:
    assert reading.status is not None
    status, category = reading.status, reading.category
    problems = []
    if status is LegalStatus.ABANDONED and grant_evidence and reading.term in BARE_GIVE_UP:
        return GrantDecision(LegalStatus.LAPSED, [
            f"法律状态“{reading.raw}”未说明放弃的是申请还是专利权，本行有授权证据（{'、'.join(grant_evidence)}）；"
            f"已按授权后放弃专利权（{GIVE_UP_ARTICLE}）记为失效，属性为授权成果，请核对"])
    if category in (StatusCategory.PENDING, StatusCategory.NOT_GRANTED) and grant_evidence:
        problems.append(f"法律状态“{reading.raw}”表示未授权，但本行有授权证据（{'、'.join(grant_evidence)}）；"
                        "已按法律状态列记录，请核对")
    if category is StatusCategory.LAPSED and not reading.says_granted and not grant_evidence:
        # 1-2 第五条: 授权成果 only when the source says the right was granted
        status = LegalStatus.WITHDRAWN
        problems.append(f"法律状态“{reading.raw}”未说明是否曾获授权，本行也没有授权日、ZL 专利号、授权公告号（B/U/S）或证书号；"
                        "已按授权前终止的申请（撤回、驳回等）记为“撤回”（未授权成果）。如曾获授权，请补授权日或专利号")
    if reading.invalidated:
        problems.append(f"专利权已被宣告全部无效（“{reading.raw}”）：依{INVALIDATION_ARTICLE}，宣告无效的专利权视为自始即不存在。"
                        "已记为失效（不再有效）；属性按法律状态仍为授权成果（曾依法律程序授予），"
                        "该专利权不能再转让、许可或作价投资，请核对")
    return GrantDecision(status, problems)
