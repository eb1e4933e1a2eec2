"""R6, R7 — R&D start point and stage classification (1-2 第八条、第九条)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .enums import EvidenceKind, FundingSource, Stage
from .errors import DomainError

ARTICLE_RD_START = "1-2 第八条(一)"
ARTICLE_STAGE = "1-2 第八条(二)、第九条"

# Evidence that supports the development stage (1-2 第八条(二)): a technology assessment report
# for transformation, a named transferee or an intent/transfer contract, or material from the
# city's technology exchange. An IP certificate alone does not (1-2 第九条(一)).
DEVELOPMENT_EVIDENCE = frozenset({
    EvidenceKind.ASSESSMENT_REPORT,
    EvidenceKind.TRANSFEREE,
    EvidenceKind.INTENT_CONTRACT,
    EvidenceKind.TRANSFER_CONTRACT,
    EvidenceKind.EXCHANGE_CERTIFICATE,
})
CLEAR_INTENT = frozenset({EvidenceKind.TRANSFEREE, EvidenceKind.INTENT_CONTRACT, EvidenceKind.TRANSFER_CONTRACT})


def rd_start_date(
    funding_source: FundingSource | str,
    *,
    approval_date: date | None = None,
    contract_date: date | None = None,
    decision_date: date | None = None,
    plan_approved_date: date | None = None,
) -> date:
    """The starting point of R&D activity by funding source (1-2 第八条(一)).

    Government/financial funds → the project approval date (立项之日); funds of other
    enterprises or institutions → the contract signing date; the unit's own funds → the date the
    decision body approved the project, or else the date the research office approved the R&D plan.
    """
    source = FundingSource(funding_source)
    if source is FundingSource.GOVERNMENT:
        if approval_date is None:
            raise DomainError("财政资金项目以立项之日为研发起点，请填写立项日期", article=ARTICLE_RD_START, field="approval_date")
        return approval_date
    if source is FundingSource.ENTERPRISE:
        if contract_date is None:
            raise DomainError("企事业单位资金项目以合同签订之日为研发起点，请填写合同签订日期", article=ARTICLE_RD_START, field="contract_date")
        return contract_date
    if decision_date is not None:
        return decision_date
    if plan_approved_date is not None:
        return plan_approved_date
    raise DomainError(
        "单位自有资金项目以决策机构批准立项之日或研发计划书审核通过之日为研发起点，请至少填写其一",
        article=ARTICLE_RD_START, field="decision_date",
    )


RD_START_BASIS = {
    FundingSource.GOVERNMENT: "立项之日",
    FundingSource.ENTERPRISE: "合同签订之日",
    FundingSource.OWN: "单位决策机构批准立项之日或研发计划书审核通过之日",
}


@dataclass(frozen=True)
class Evidence:
    kind: EvidenceKind
    description: str = ""
    date: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EvidenceKind(self.kind))


@dataclass(frozen=True)
class StageDecision:
    stage: Stage
    article: str
    reason: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


def classify_stage(evidence: Iterable[Evidence]) -> StageDecision:
    """Stage tag from the evidence at hand (1-2 第八条(二), 第九条).

    Development only with supporting evidence (assessment report for transformation, a named
    transferee or intent/transfer contract, technology-exchange material); a clear intent or a
    signed contract marks development (第九条(二)). Without such evidence — whether or not an IP
    certificate was obtained — the achievement is in the research stage (第八条(二) last paragraph,
    第九条(一)). "Indistinguishable" is never derived: it is set by an override with a reason.
    """
    items = tuple(e if isinstance(e, Evidence) else Evidence(**e) for e in evidence)
    supporting = tuple(e for e in items if e.kind in DEVELOPMENT_EVIDENCE)
    if supporting:
        intent = any(e.kind in CLEAR_INTENT for e in supporting)
        basis = "有明确转化意向或已签订转化合同" if intent else "有以转化为目的的评估报告或技术交易场所证明材料"
        kinds = "、".join(sorted({e.kind.label for e in supporting}))
        return StageDecision(Stage.DEVELOPMENT, ARTICLE_STAGE, f"{basis}（证据：{kinds}），标记为开发阶段", supporting)
    if any(e.kind is EvidenceKind.IP_CERTIFICATE for e in items):
        reason = "已获知识产权证书但无明确转化意向，标记为研究阶段"
    else:
        reason = "没有明确证据支持开发阶段判断，认定为研究阶段"
    return StageDecision(Stage.RESEARCH, ARTICLE_STAGE, reason, ())


def check_stage_override(stage: Stage | str, reason: str | None) -> Stage:
    """A user may override the computed stage only with a written reason (1-2 第九条)."""
    if not (reason or "").strip():
        raise DomainError("修改阶段标记须填写书面理由", article=ARTICLE_STAGE, field="reason")
    return Stage(stage)
