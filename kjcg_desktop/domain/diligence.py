"""R11 — due-diligence exemption (尽职免责, 1-1 第六条): the nine situations and the proof each
depends on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .errors import DomainError


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


# -- evidence checklists (1-1 第六条、第八条) ------------------------------------------------------
# A checklist is derived from what an achievement or a deal went through: each item says which
# proof it needs, whether the proof is on file, and which step cannot go ahead without it.

ARTICLE_DILIGENCE = "1-1 第六条、第八条"
ARTICLE_CONDUCT = "1-1 第七条(五)至(九)"
ARTICLE_REWARD = "国科发政〔2018〕103号"

STEP_LABELS = {"sign": "签约", "complete": "完成交易", "pay": "发放收益分配/现金奖励", "abandon": "放弃成果"}
# A deal's steps in order: what signing needs, completion and payout need too.
DEAL_STEPS = ("sign", "complete", "pay")


@dataclass(frozen=True)
class PublicityFact:
    """One publicity as the checklist sees it."""

    kind: str
    start: date
    end: date
    state: str  # running | ended | withdrawn
    objections: int = 0
    unresolved: int = 0
    upheld: int = 0

    def finished(self, today: date) -> bool:
        """Ran its full period — closed, or its last day over (from the next day on, 民法典第二百零一条
        至第二百零四条) — without a pending or upheld objection."""
        from .publicity import period_elapsed

        if self.state == "withdrawn" or self.unresolved or self.upheld:
            return False
        return self.state == "ended" or period_elapsed(self.end, today)

    def describe(self) -> str:
        text = f"{self.start.isoformat()} 至 {self.end.isoformat()}"
        if self.objections:
            text += f"，异议 {self.objections} 件" + (f"（{self.unresolved} 件未处理）" if self.unresolved else "（已处理）")
        else:
            text += "，无异议"
        return text


@dataclass(frozen=True)
class RecordFact:
    """A diligence record: a notice sent, a decision taken, the related-party review, pricing proof."""

    kind: str  # notice | decision | related_party_procedure | pricing_evidence | review_decision | other
    on: date
    actor: str = ""
    has_attachment: bool = False


@dataclass(frozen=True)
class EvidenceItem:
    key: str
    label: str
    clause: str
    present: bool
    detail: str = ""
    needed_for: str | None = None  # a step in STEP_LABELS that is refused while this is missing

    @property
    def missing(self) -> bool:
        return not self.present


@dataclass(frozen=True)
class DealFacts:
    pricing_method: str
    related_party: bool = False
    counterparty_state_owned: bool = False
    valuation_decision: str | None = None
    valuation_reason: str | None = None
    approver: str = ""
    minutes_required: bool = False
    tech_contract_reg_no: str = ""
    contract_date: date | None = None
    receipts: int = 0
    last_receipt: date | None = None
    publicities: tuple[PublicityFact, ...] = ()
    records: tuple[RecordFact, ...] = ()
    declarations: frozenset[str] = frozenset()


def _best(pubs: Sequence[PublicityFact], kind: str, today: date, after: date | None = None) -> PublicityFact | None:
    chosen = [p for p in pubs if p.kind == kind and (after is None or p.start >= after)]
    finished = [p for p in chosen if p.finished(today)]
    best = finished or chosen
    return best[-1] if best else None


def _publicity_item(key: str, label: str, clause: str, pub: PublicityFact | None, today: date, needed_for: str | None,
                    *, before: date | None = None) -> EvidenceItem:
    """``before``: the publicity must have run its course by this date (the contract date for
    the publicities that precede signing): the contract is signed on the day after its last day
    at the earliest (民法典第二百零一条至第二百零四条)."""
    from .publicity import end_of_day_message, period_elapsed

    if pub is None:
        return EvidenceItem(key, label, clause, False, "尚未公示", needed_for)
    if pub.finished(today):
        if before is not None and not period_elapsed(pub.end, before):
            return EvidenceItem(key, label, clause, False,
                                f"{pub.describe()}；{end_of_day_message(pub.end)}，合同签订日期为 {before.isoformat()}",
                                needed_for)
        return EvidenceItem(key, label, clause, True, pub.describe(), needed_for)
    if pub.state == "withdrawn":
        why = "公示已撤销"
    elif pub.unresolved or pub.upheld:
        why = "公示期内有异议未处理或异议成立"
    else:
        why = f"公示中，{end_of_day_message(pub.end)}"
    return EvidenceItem(key, label, clause, False, f"{pub.describe()}；{why}", needed_for)


def _declaration_items(declared: frozenset[str], needed_for: str | None = None) -> list[EvidenceItem]:
    from .grants import CONDUCT_DECLARATIONS

    return [EvidenceItem(f"declaration_{key}", f"行为承诺：{DECLARATION_SHORT.get(key, text)}", clause, key in declared,
                         "已签署" if key in declared else "参与人员尚未签署", needed_for)
            for key, clause, text in CONDUCT_DECLARATIONS]


# Short labels for the checklists; the declaration itself is the article's wording (CONDUCT_DECLARATIONS).
DECLARATION_SHORT = {
    "ethics_confidentiality": "无违反道德规范、保密要求或未经允许创办企业的行为",
    "no_appropriation": "无将成果占为己有或侵占他人成果的行为",
    "no_interference": "无干扰阻碍转化或擅自披露、使用、转让关键技术的行为",
    "no_gifts": "无玩忽职守、以权谋私、索要收受礼品礼金、为亲属等提供便利或滥用职权违规审批采购的行为",
    "recusal": "无违反任职回避和履职回避规定的行为",
}


def deal_evidence(facts: DealFacts, today: date) -> list[EvidenceItem]:
    """The evidence checklist of one deal (1-1 第六条(三)(四), 第七条(五)–(九), 方案二(三)).

    Items marked ``needed_for="sign"`` — valuation decision, pricing proof or the finished price
    publicity, the related-party procedure and publicity, the approval decision with minutes above
    the threshold — must be on file before the contract is signed (and so before completion); the
    income-distribution publicity must have run before the distribution is paid out."""
    from .deals import ARTICLE_PRICING, ARTICLE_RELATED_PARTY, ARTICLE_VALUATION, price_publicity_required

    items: list[EvidenceItem] = []
    records = facts.records
    if facts.counterparty_state_owned and facts.valuation_decision == "yes":
        items.append(EvidenceItem("valuation", "资产评估决定", ARTICLE_VALUATION, True,
                                  "交易对方为国有全资企业，可以不评估；单位决定评估"
                                  + (f"：{facts.valuation_reason}" if facts.valuation_reason else "")))
    elif facts.counterparty_state_owned:
        items.append(EvidenceItem("valuation", "资产评估决定", ARTICLE_VALUATION, True, "交易对方为国有全资企业，无需评估"))
    else:
        ok = facts.valuation_decision in ("yes", "no") and bool((facts.valuation_reason or "").strip())
        detail = ({"yes": "单位决定评估", "no": "单位决定不评估"}.get(facts.valuation_decision or "", "未记录")
                  + (f"：{facts.valuation_reason}" if facts.valuation_reason else ""))
        items.append(EvidenceItem("valuation", "资产评估决定（单位自主决定）", ARTICLE_VALUATION, ok, detail, "sign"))
    if price_publicity_required(facts.pricing_method):
        items.append(_publicity_item("price_publicity", "拟交易价格公示（本单位及技术交易市场）", ARTICLE_PRICING,
                                     _best(facts.publicities, "price", today), today, "sign",
                                     before=facts.contract_date))
    else:
        proof = [r for r in records if r.kind == "pricing_evidence"]
        method = {"listing": "挂牌交易", "auction": "拍卖"}.get(facts.pricing_method, facts.pricing_method)
        items.append(EvidenceItem("pricing_evidence", f"定价方式证明（{method}凭证）", ARTICLE_PRICING, bool(proof),
                                  f"{proof[-1].on.isoformat()} {proof[-1].actor}".strip() if proof else "尚未登记", "sign"))
    if facts.related_party:
        proc = [r for r in records if r.kind == "related_party_procedure"]
        items.append(EvidenceItem("related_party_procedure", "关联交易审查程序记录", ARTICLE_RELATED_PARTY, bool(proc),
                                  f"{proc[-1].on.isoformat()} {proc[-1].actor}".strip() if proc else "尚未登记", "sign"))
        items.append(_publicity_item("related_party_publicity", "关联交易公示", ARTICLE_RELATED_PARTY,
                                     _best(facts.publicities, "related_party", today), today, "sign",
                                     before=facts.contract_date))
    decisions = [r for r in records if r.kind == "decision"]
    approver = facts.approver or "单位"
    items.append(EvidenceItem("decision", f"审批决定（{approver}）", ARTICLE_DILIGENCE, bool(decisions),
                              f"{decisions[-1].on.isoformat()} {decisions[-1].actor}".strip() if decisions else "尚未登记",
                              "sign"))
    if facts.minutes_required:
        minutes = [r for r in decisions if r.has_attachment]
        items.append(EvidenceItem("minutes", f"会议纪要（{approver}，民主决策）", ARTICLE_DILIGENCE, bool(minutes),
                                  "已附会议纪要" if minutes else "合同金额超过阈值，须附会议纪要", "sign"))
    items.append(EvidenceItem("tech_contract", "技术合同登记", "方案三(四)", bool((facts.tech_contract_reg_no or "").strip()),
                              facts.tech_contract_reg_no or "尚未登记"))
    items += _declaration_items(facts.declarations)
    if facts.receipts:
        items.append(_publicity_item("reward_publicity", "收益分配及现金奖励公示（到账后）", ARTICLE_REWARD,
                                     _best(facts.publicities, "reward", today, after=facts.last_receipt), today, "pay"))
    return items


@dataclass(frozen=True)
class AchievementFacts:
    disclosure_date: date | None = None
    publicities: tuple[PublicityFact, ...] = ()
    records: tuple[RecordFact, ...] = ()
    declarations: frozenset[str] = frozenset()
    deals: int = 0
    grant_applications: int = 0


def achievement_evidence(facts: AchievementFacts, today: date) -> list[EvidenceItem]:
    """The evidence checklist of one achievement, derived from what it went through
    (1-1 第六条(一)(二)(七), 第七条(五)–(九))."""
    items: list[EvidenceItem] = []
    items.append(EvidenceItem("disclosure", "成果披露记录", "1-1 第六条(一)", facts.disclosure_date is not None,
                              facts.disclosure_date.isoformat() if facts.disclosure_date else "未记录披露日期"))
    reviews = [r for r in facts.records if r.kind == "review_decision"]
    if reviews:
        items.append(EvidenceItem("review_decision", "审核决定", "1-1 第六条(一)", True,
                                  f"{reviews[-1].on.isoformat()} {reviews[-1].actor}".strip()))
    if facts.grant_applications or any(p.kind == "grant" for p in facts.publicities):
        items.append(_publicity_item("grant_publicity", "赋权公示（不少于15日）", "1-1 第六条(七)",
                                     _best(facts.publicities, "grant", today), today, None))
    if any(p.kind == "abandonment" for p in facts.publicities):
        notices = [r for r in facts.records if r.kind == "notice"]
        items.append(EvidenceItem("notice", "通知、告知完成人记录", "1-1 第六条(二)", bool(notices),
                                  f"{notices[-1].on.isoformat()} {notices[-1].actor}".strip() if notices else "尚未登记",
                                  "abandon"))
        items.append(_publicity_item("abandonment_publicity", "放弃公示", "1-1 第六条(二)、1-2 第十一条",
                                     _best(facts.publicities, "abandonment", today), today, "abandon"))
    decisions = [r for r in facts.records if r.kind == "decision"]
    if decisions:
        items.append(EvidenceItem("decision", "民主决策记录", ARTICLE_DILIGENCE, True,
                                  f"{decisions[-1].on.isoformat()} {decisions[-1].actor}".strip()
                                  + ("（附会议纪要）" if decisions[-1].has_attachment else "")))
    if facts.deals or facts.grant_applications:
        items += _declaration_items(facts.declarations)
    return items


def check_step(items: Sequence[EvidenceItem], step: str) -> None:
    """Refuse ``step`` while an item it needs is missing; for a deal a step also needs what the
    steps before it needed (:data:`DEAL_STEPS`). The message names each item and its article
    (1-1 第六条: the exemption depends on the procedure having been followed)."""
    steps = set(DEAL_STEPS[: DEAL_STEPS.index(step) + 1]) if step in DEAL_STEPS else {step}
    missing = [i for i in items if i.needed_for in steps and i.missing]
    if missing:
        lines = "；".join(f"{i.label}（{i.clause}）：{i.detail}" for i in missing)
        raise DomainError(f"不能{STEP_LABELS.get(step, step)}，缺少尽职证据：{lines}",
                          article=missing[0].clause)
