"""R11 — due-diligence exemption (尽职免责, 1-1 第六条): the nine situations and the proof each
depends on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExemptionSituation:
    key: str
    clause: str
    summary: str
    evidence: tuple[str, ...]


EXEMPTION_SITUATIONS: tuple[ExemptionSituation, ...] = (
    ExemptionSituation("no_patent_after_disclosure", "1-1 第六条(一)", "及时披露后经审核放弃申请专利", ("disclosure", "review_decision")),
    ExemptionSituation("abandon_granted", "1-1 第六条(二)", "履行通知、告知、公示程序后放弃已授权成果", ("notice", "publicity")),
    ExemptionSituation("related_party", "1-1 第六条(三)", "已履行关联交易程序", ("related_party_procedure", "publicity")),
    ExemptionSituation("market_pricing", "1-1 第六条(四)", "挂牌、拍卖或协议定价并公示拟交易价格", ("pricing_evidence", "price_publicity")),
    ExemptionSituation("ownership_startup", "1-1 第六条(五)", "按规定程序将赋权成果转让给国有全资企业及科研人员", ("grant_procedure", "agreement")),
    ExemptionSituation("grant_to_researchers", "1-1 第六条(六)", "按规定程序将赋权成果许可或转让给科研人员", ("grant_procedure", "agreement")),
    ExemptionSituation("ownership_dispute", "1-1 第六条(七)", "已履行公示等程序仍发生权属或奖酬争议", ("publicity",)),
    ExemptionSituation("pilot_exploration", "1-1 第六条(八)", "按试点要求先行先试", ("decision_record",)),
    ExemptionSituation("other_compliant", "1-1 第六条(九)", "依规章制度、内控机制、规范流程开展的其他活动", ("decision_record",)),
)

EVIDENCE_LABELS = {
    "disclosure": "成果披露记录",
    "review_decision": "审核决定",
    "notice": "通知、告知记录",
    "publicity": "公示记录（含异议处理）",
    "related_party_procedure": "关联交易审查程序记录",
    "pricing_evidence": "定价方式证明（挂牌/拍卖凭证或协议定价材料）",
    "price_publicity": "拟交易价格公示",
    "grant_procedure": "赋权审批程序记录",
    "agreement": "签署的书面协议",
    "decision_record": "民主决策记录（会议纪要）",
}
