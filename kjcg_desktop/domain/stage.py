"""R6, R7 — R&D start point and stage classification (1-2 第八条、第九条)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
    """The example starting point of R&D activity by funding source (1-2 第八条(一); the office may
    set another with a reason, see :func:`rd_start`).

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


@dataclass(frozen=True)
class RdStart:
    day: date
    basis: str
    office_set: bool = False
    reason: str = ""


def rd_start(
    funding_source: FundingSource | str,
    *,
    approval_date: date | None = None,
    contract_date: date | None = None,
    decision_date: date | None = None,
    plan_approved_date: date | None = None,
    office_start: date | None = None,
    office_reason: str | None = None,
) -> RdStart:
    """The R&D start point (1-2 第八条(一)): "技术转移机构（部门）可根据项目进展情况判断科技成果开展研发活动的
    起始点。例如 …" — the start points by funding source are examples; the office may set another
    with a written reason, which then applies."""
    if office_start is not None:
        if not (office_reason or "").strip():
            raise DomainError("另行确定研发起点须填写理由", article=ARTICLE_RD_START, field="rd_start_reason")
        return RdStart(office_start, "技术转移机构（部门）根据项目进展情况确定", True, (office_reason or "").strip())
    day = rd_start_date(funding_source, approval_date=approval_date, contract_date=contract_date,
                        decision_date=decision_date, plan_approved_date=plan_approved_date)
    return RdStart(day, RD_START_BASIS[FundingSource(funding_source)])


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


# The conditions of the development stage (1-2 第八条(二): "根据《政府会计准则制度解释第4号》规定，当
# 科技成果同时满足进入开发阶段条件时，试点单位可以认定该科技成果进入开发阶段"): all must be met; the
# evidence only supports the judgement ("应当有相关证据支持作为辅助判断").
DEVELOPMENT_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("feasible", "完成该成果以使其能够使用或出售在技术上具有可行性"),
    ("intent", "具有完成该成果并使用或出售的意图"),
    ("benefit", "能够证明运用该成果产生服务潜力或经济利益的方式"),
    ("resources", "有足够的技术、财务和其他资源支持完成开发，并有能力使用或出售该成果"),
    ("measurable", "归属于开发阶段的支出能够可靠计量"),
)


@dataclass(frozen=True)
class StageDecision:
    stage: Stage
    article: str
    reason: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    conflict: str = ""  # a disagreement between 第八条(二) and 第九条(一), shown for the office to decide


def unmet_conditions(conditions: Mapping[str, bool] | None) -> list[str]:
    """Labels of the development-stage conditions not confirmed (1-2 第八条(二))."""
    conditions = conditions or {}
    return [label for key, label in DEVELOPMENT_CONDITIONS if not conditions.get(key)]


def classify_stage(evidence: Iterable[Evidence], conditions: Mapping[str, bool] | None = None) -> StageDecision:
    """Stage tag from the development-stage conditions and the evidence (1-2 第八条(二), 第九条).

    Development only when ALL the conditions are confirmed (第八条(二) "同时满足进入开发阶段条件") and
    evidence supports the judgement (an assessment report for transformation, a named transferee or an
    intent/transfer contract, technology-exchange material); evidence alone does not make development.
    With a clear intent or a contract the judgement is 第九条(二). With the conditions met but only an
    assessment report or exchange material — no clear intent — 第九条(一) says research: the
    achievement is kept in the research stage and the conflict is shown for the office to decide
    (an override with a written reason), never resolved silently. Without conditions and evidence,
    or with an IP certificate alone, research (第八条(二) last paragraph, 第九条(一)).
    "Indistinguishable" is never derived: it is set by an override with a reason.
    """
    items = tuple(e if isinstance(e, Evidence) else Evidence(**e) for e in evidence)
    supporting = tuple(e for e in items if e.kind in DEVELOPMENT_EVIDENCE)
    unmet = unmet_conditions(conditions)
    if supporting:
        kinds = "、".join(sorted({e.kind.label for e in supporting}))
        intent = any(e.kind in CLEAR_INTENT for e in supporting)
        if unmet:
            return StageDecision(Stage.RESEARCH, ARTICLE_STAGE,
                                 f"有辅助证据（{kinds}），但开发阶段条件未全部满足（{'；'.join(unmet)}），认定为研究阶段", ())
        if intent:
            return StageDecision(Stage.DEVELOPMENT, ARTICLE_STAGE,
                                 f"开发阶段条件全部满足，且有明确转化意向或已签订转化合同（证据：{kinds}），标记为开发阶段", supporting)
        conflict = (f"开发阶段条件全部满足且有辅助证据（{kinds}）（第八条(二)），但无明确转化意向或转化合同，"
                    "第九条(一)标记为研究阶段：两条不一致，请技术转移机构（部门）判断，如认定开发阶段请以书面理由修改阶段标记")
        return StageDecision(Stage.RESEARCH, ARTICLE_STAGE, "无明确转化意向，按第九条(一)暂标记为研究阶段", (), conflict)
    if any(e.kind is EvidenceKind.IP_CERTIFICATE for e in items):
        reason = "已获知识产权证书但无明确转化意向，标记为研究阶段"
    elif not unmet:
        reason = "开发阶段条件已确认，但没有证据支持开发阶段判断，认定为研究阶段"
    else:
        reason = "没有明确证据支持开发阶段判断，认定为研究阶段"
    return StageDecision(Stage.RESEARCH, ARTICLE_STAGE, reason, ())


def check_stage_override(stage: Stage | str, reason: str | None) -> Stage:
    """A user may override the computed stage only with a written reason (1-2 第九条)."""
    if not (reason or "").strip():
        raise DomainError("修改阶段标记须填写书面理由", article=ARTICLE_STAGE, field="reason")
    return Stage(stage)
