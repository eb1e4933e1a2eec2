"""Due-diligence evidence (尽职免责, 1-1 第六条、第八条): diligence records, conduct declarations,
the facts each evidence checklist is derived from, startup rectifications (方案二(六)) and
third-party TTO agency agreements (方案二(四), 1-2 第十三条)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from .. import domain as d
from .db import Database
from .events import log_event

RECORD_KINDS = {
    "notice": "通知、告知",
    "decision": "审批决定",
    "related_party_procedure": "关联交易审查",
    "pricing_evidence": "定价方式证明",
    "review_decision": "审核决定",
    "other": "其他",
}
RECORD_ARTICLES = {
    "notice": "1-1 第六条(二)",
    "decision": "1-1 第六条、第八条",
    "related_party_procedure": "1-1 第六条(三)",
    "pricing_evidence": "1-1 第六条(四)",
    "review_decision": "1-1 第六条(一)",
    "other": "1-1 第六条(九)",
}
OWNER_TYPES = ("achievement", "application", "deal")


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _day(value: Any) -> date:
    """The date of a NOT NULL date column (a publicity's start and end, a record's date): there is
    always one."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def add_record(
    db: Database,
    owner_type: str,
    owner_id: int,
    kind: str,
    on: date,
    *,
    actor: str = "",
    description: str = "",
    attachment_id: int | None = None,
) -> int:
    """Record a notice sent, a decision taken (who decided; minutes as ``attachment_id``), the
    related-party review or the pricing proof. One transaction with its event."""
    if owner_type not in OWNER_TYPES:
        raise ValueError(owner_type)
    if kind not in RECORD_KINDS:
        raise d.DomainError(f"未知的证据类型：{kind}")
    if kind == "decision" and not actor.strip():
        raise d.DomainError("审批决定须填写决策机构或决定人", article=RECORD_ARTICLES[kind], field="actor")
    with db.transaction():
        rec_id = db.insert("diligence_records", {
            "owner_type": owner_type, "owner_id": owner_id, "kind": kind, "date": on, "actor": actor,
            "description": description, "attachment_id": attachment_id, "created_at": _now()})
        log_event(db, owner_type, owner_id, "diligence_record",
                  new={"kind": kind, "date": on, "actor": actor, "description": description, "attachment_id": attachment_id},
                  article=RECORD_ARTICLES[kind])
    return rec_id


def list_records(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT r.*, a.filename AS attachment_name FROM diligence_records r LEFT JOIN attachments a ON a.id = r.attachment_id "
        "WHERE r.owner_type = ? AND r.owner_id = ? ORDER BY r.date, r.id", (owner_type, owner_id))
    return [dict(r) for r in rows]


def add_declarations(db: Database, owner_type: str, owner_id: int, person: str, kinds: Iterable[str], on: date) -> list[int]:
    """A participant signs conduct declarations (1-1 第七条(五)–(九)); one row per item."""
    clauses = {key: clause for key, clause, _ in d.CONDUCT_DECLARATIONS}
    kinds = list(kinds)
    if not person.strip():
        raise d.DomainError("请填写承诺人姓名", article=d.diligence.ARTICLE_CONDUCT, field="declarant")
    unknown = [k for k in kinds if k not in clauses]
    if unknown:
        raise d.DomainError(f"未知的行为承诺：{'、'.join(unknown)}", article=d.diligence.ARTICLE_CONDUCT)
    ids = []
    with db.transaction():
        for kind in kinds:
            ids.append(db.insert("declarations", {"owner_type": owner_type, "owner_id": owner_id, "person": person,
                                                  "kind": kind, "clause": clauses[kind], "signed_on": on}))
        log_event(db, owner_type, owner_id, "declarations", new={"person": person, "kinds": kinds, "date": on},
                  article=d.diligence.ARTICLE_CONDUCT)
    return ids


def list_declarations(db: Database, owner_type: str, owner_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT * FROM declarations WHERE owner_type = ? AND owner_id = ? ORDER BY signed_on, id",
                    (owner_type, owner_id))
    return [dict(r) for r in rows]


# -- facts for the checklists ------------------------------------------------------------------
def _publicity_facts(db: Database, where: str, params: tuple[Any, ...]) -> tuple[d.PublicityFact, ...]:
    rows = db.query(
        "SELECT p.kind, p.start_date, p.end_date, p.state, "
        "(SELECT count(*) FROM objections o WHERE o.publicity_id = p.id) AS n, "
        "(SELECT count(*) FROM objections o WHERE o.publicity_id = p.id AND o.resolved_on IS NULL) AS open_n, "
        "(SELECT count(*) FROM objections o WHERE o.publicity_id = p.id AND o.upheld = 1) AS upheld_n "
        f"FROM publicities p WHERE {where} ORDER BY p.start_date, p.id", params)
    return tuple(d.PublicityFact(r["kind"], _day(r["start_date"]), _day(r["end_date"]), r["state"], r["n"], r["open_n"],
                                 r["upheld_n"]) for r in rows)


def _record_facts(db: Database, owner_type: str, owner_id: int) -> tuple[d.RecordFact, ...]:
    from .decisions import reversed_record_ids

    rows = db.query("SELECT id, kind, date, actor, attachment_id FROM diligence_records WHERE owner_type = ? AND owner_id = ? "
                    "ORDER BY date, id", (owner_type, owner_id))
    withdrawn = reversed_record_ids(db, owner_type, owner_id)  # a reversed decision no longer counts (1-1 第八条)
    return tuple(d.RecordFact(r["kind"], _day(r["date"]), r["actor"] or "", r["attachment_id"] is not None) for r in rows
                 if r["id"] not in withdrawn)


def _declared(db: Database, owner_type: str, owner_id: int) -> frozenset[str]:
    return frozenset(r[0] for r in db.query("SELECT DISTINCT kind FROM declarations WHERE owner_type = ? AND owner_id = ?",
                                            (owner_type, owner_id)))


def deal_facts(db: Database, deal_id: int, *, receipt_on: date | None = None) -> d.DealFacts:
    deal = db.get("deals", deal_id)
    if deal is None:
        raise d.DomainError(f"交易 {deal_id} 不存在")
    # an aggregate without GROUP BY gives exactly one row
    receipts = db.query("SELECT count(*) AS n, max(date) AS last FROM income_receipts WHERE deal_id = ?", (deal_id,))[0]
    return d.DealFacts(
        pricing_method=deal["pricing_method"], related_party=bool(deal["related_party"]),
        counterparty_state_owned=bool(deal["counterparty_state_owned"]), valuation_decision=deal["valuation_decision"],
        valuation_reason=deal["valuation_reason"], approver=deal["approver"] or "",
        minutes_required=bool(deal["minutes_required"]), tech_contract_reg_no=deal["tech_contract_reg_no"] or "",
        contract_date=_date(deal["contract_date"]),
        receipts=receipts["n"], last_receipt=receipt_on or _date(receipts["last"]),
        publicities=_publicity_facts(db, "p.deal_id = ?", (deal_id,)),
        records=_record_facts(db, "deal", deal_id), declarations=_declared(db, "deal", deal_id),
    )


def deal_evidence(db: Database, deal_id: int, today: date) -> list[d.EvidenceItem]:
    """The deal's evidence checklist (1-1 第六条), derived from its records."""
    return d.deal_evidence(deal_facts(db, deal_id), today)


def achievement_facts(db: Database, achievement_id: int) -> d.AchievementFacts:
    row = db.one("SELECT disclosure_date FROM achievements WHERE id = ?", (achievement_id,))
    if row is None:
        raise d.DomainError(f"成果 {achievement_id} 不存在")
    deal_ids = [r[0] for r in db.query("SELECT id FROM deals WHERE achievement_id = ?", (achievement_id,))]
    declared = set(_declared(db, "achievement", achievement_id))
    for deal_id in deal_ids:
        declared |= _declared(db, "deal", deal_id)
    return d.AchievementFacts(
        disclosure_date=_date(row["disclosure_date"]),
        publicities=_publicity_facts(db, "p.achievement_id = ? AND p.deal_id IS NULL", (achievement_id,)),
        records=_record_facts(db, "achievement", achievement_id), declarations=frozenset(declared), deals=len(deal_ids),
        grant_applications=int(db.scalar("SELECT count(*) FROM applications WHERE achievement_id = ? AND kind IN "
                                          "('ownership', 'use_right', 'extension')", (achievement_id,))),
    )


def achievement_evidence(db: Database, achievement_id: int, today: date) -> list[d.EvidenceItem]:
    """The achievement's evidence checklist (1-1 第六条), derived from what it went through."""
    return d.achievement_evidence(achievement_facts(db, achievement_id), today)


# -- startup rectification (方案二(六)) ----------------------------------------------------------
ARTICLE_RECTIFICATION = "方案二(六)"
ARTICLE_AGENCY = "方案二(四)、1-2 第十三条"


def add_rectification(db: Database, company: str, *, founded_on: date | None = None, founders: str = "",
                      achievement_id: int | None = None, used_how: str = "", measures: str = "") -> int:
    """Record a past startup that used 职务科技成果 without the unit's permission, for its
    compliance rectification (方案二(六) "允许……进行合规整改")."""
    if not company.strip():
        raise d.DomainError("请填写企业名称", article=ARTICLE_RECTIFICATION, field="company")
    now = _now()
    values = {"company": company, "founded_on": founded_on, "founders": founders, "achievement_id": achievement_id,
              "used_how": used_how, "measures": measures, "state": "open", "created_at": now, "updated_at": now}
    with db.transaction():
        rid = db.insert("startup_rectifications", values)
        log_event(db, "startup_rectification", rid, "create", new=values, article=ARTICLE_RECTIFICATION)
    return rid


def complete_rectification(db: Database, rect_id: int, on: date, measures: str) -> None:
    if not measures.strip():
        raise d.DomainError("请填写整改措施", article=ARTICLE_RECTIFICATION, field="measures")
    with db.transaction():
        row = db.get("startup_rectifications", rect_id)
        if row is None:
            raise d.DomainError(f"整改记录 {rect_id} 不存在")
        db.update("startup_rectifications", rect_id, {"state": "rectified", "rectified_on": on, "measures": measures,
                                                      "updated_at": _now()})
        log_event(db, "startup_rectification", rect_id, "rectified", old={"state": row["state"]},
                  new={"state": "rectified", "date": on, "measures": measures}, article=ARTICLE_RECTIFICATION)


def list_rectifications(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM startup_rectifications ORDER BY id")]


def add_agency_agreement(db: Database, agency: str, services: str, *, fee_fen: int | None = None, equity_share: str | None = None,
                         achievement_id: int | None = None, signed_on: date | None = None, start_date: date | None = None,
                         end_date: date | None = None, note: str = "") -> int:
    """A service agreement with a third-party TTO agency paid by fee or equity (方案二(四),
    1-2 第十三条: 收取服务费用、服务换股权)."""
    if not agency.strip() or not services.strip():
        raise d.DomainError("请填写服务机构和服务内容", article=ARTICLE_AGENCY, field="agency")
    if fee_fen is None and not (equity_share or "").strip():
        raise d.DomainError("服务协议须约定服务费用或服务换股权", article=ARTICLE_AGENCY, field="fee_fen")
    if start_date and end_date and end_date < start_date:
        raise d.DomainError("服务期限的结束日期早于开始日期", article=ARTICLE_AGENCY, field="end_date")
    values = {"agency": agency, "services": services, "fee_fen": fee_fen, "equity_share": equity_share,
              "achievement_id": achievement_id, "signed_on": signed_on, "start_date": start_date, "end_date": end_date,
              "note": note, "created_at": _now()}
    with db.transaction():
        aid = db.insert("agency_agreements", values)
        log_event(db, "agency_agreement", aid, "create", new=values, article=ARTICLE_AGENCY)
    return aid


def list_agency_agreements(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM agency_agreements ORDER BY id")]
