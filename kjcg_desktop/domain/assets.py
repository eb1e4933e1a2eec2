"""R8 — asset value recognition of expenditures (1-2 第十条)."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import ExpenditureKind, Stage, Treatment

ARTICLE_ASSETS = "1-2 第十条"
RIGHT_OBTAINING_KINDS = frozenset({ExpenditureKind.REGISTRATION, ExpenditureKind.LEGAL})


@dataclass(frozen=True)
class TreatmentDecision:
    treatment: Treatment
    article: str
    reason: str


def treatment_decision(
    stage: Stage | str,
    kind: ExpenditureKind | str,
    *,
    asset_formed: bool | None = None,
    right_obtained: bool = False,
) -> TreatmentDecision:
    """How finance books one expenditure (1-2 第十条), with the reason.

    - Research stage: no intangible asset, expensed in the period.
    - Development stage: accumulated; capitalised if an intangible asset is finally formed,
      expensed if not.
    - Not yet in development, or research/development spending indistinguishable, but the right
      was legally obtained: the registration fee, lawyer fee and similar costs of obtaining it are
      capitalised.
    """
    stage = Stage(stage)
    kind = ExpenditureKind(kind)
    if stage is Stage.DEVELOPMENT:
        if asset_formed is None:
            return TreatmentDecision(Treatment.ACCUMULATE, ARTICLE_ASSETS, "开发阶段支出先按合理方法归集")
        if asset_formed:
            return TreatmentDecision(Treatment.CAPITALIZE, ARTICLE_ASSETS, "开发阶段支出，最终形成无形资产，确认为无形资产")
        return TreatmentDecision(Treatment.EXPENSE, ARTICLE_ASSETS, "开发阶段支出，最终未形成无形资产，计入当期费用")
    if right_obtained and kind in RIGHT_OBTAINING_KINDS:
        return TreatmentDecision(
            Treatment.CAPITALIZE, ARTICLE_ASSETS, "按法律程序已申请取得无形资产，依法取得时发生的注册费、律师费等确认为无形资产"
        )
    if stage is Stage.INDISTINGUISHABLE:
        return TreatmentDecision(Treatment.EXPENSE, ARTICLE_ASSETS, "无法区分研究与开发阶段支出，计入当期费用")
    return TreatmentDecision(Treatment.EXPENSE, ARTICLE_ASSETS, "研究阶段不确认无形资产，支出直接计入当期费用")


def expenditure_treatment(
    stage: Stage | str,
    kind: ExpenditureKind | str,
    *,
    asset_formed: bool | None = None,
    right_obtained: bool = False,
) -> Treatment:
    """R8 (1-2 第十条): the treatment of one expenditure. See :func:`treatment_decision`."""
    return treatment_decision(stage, kind, asset_formed=asset_formed, right_obtained=right_obtained).treatment


def reclassification_on_grant(stage: Stage | str, kind: ExpenditureKind | str, treatment: Treatment | str
                              ) -> TreatmentDecision | None:
    """1-2 第十条: "科技成果尚未进入开发阶段，或者确实无法区分研究阶段支出和开发阶段支出，但按法律程序已
    申请取得无形资产的，应当将依法取得时发生的注册费、聘请律师费等费用确认为无形资产". The registration
    (application, agent) and lawyer fees booked as expenses while the application was pending are
    reclassified as an intangible asset when the right is granted; returns the new decision, or
    None when the expenditure stays as it is (development-stage spending follows its own rule)."""
    stage, kind, treatment = Stage(stage), ExpenditureKind(kind), Treatment(treatment)
    if stage is Stage.DEVELOPMENT or kind not in RIGHT_OBTAINING_KINDS or treatment is Treatment.CAPITALIZE:
        return None
    return treatment_decision(stage, kind, right_obtained=True)
