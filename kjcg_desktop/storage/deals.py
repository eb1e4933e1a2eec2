"""Deals (转化交易), income receipts and their distribution."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from .. import clock
from .. import domain as d
from .db import Database, like_contains, like_escape, must_exist
from .events import log_event
from .records import DealRecord

DEAL_FIELDS = (
    "kind", "licence_type", "counterparty", "counterparty_state_owned", "counterparty_region", "counterparty_industry",
    "counterparty_small", "valuation_decision", "valuation_reason", "pricing_method", "related_party", "related_party_note",
    "contract_date", "contract_no", "tech_contract_reg_no", "amount_fen", "territory", "field_of_use", "term_years",
    "company", "equity_shares", "ends_ownership", "unit_share", "application_id", "form",
)


DEAL_STATE_LABELS = {"draft": "登记", "signed": "已签约", "completed": "已完成", "terminated": "已终止"}


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def next_deal_number(db: Database, year: int) -> str:
    prefix = f"JY-{year}-"
    last = db.scalar("SELECT number FROM deals WHERE number LIKE ? ESCAPE '\\' ORDER BY number DESC LIMIT 1", (like_escape(prefix) + "%",))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def approval_levels(db: Database) -> tuple[d.ApprovalLevel, ...]:
    """The unit's approval table (settings ``approval_levels``)."""
    from .settings import Settings

    return d.approval_levels_from_setting(Settings(db).get("approval_levels") or [])


def approval_for(db: Database, amount_fen: int) -> d.ApprovalLevel:
    """Who approves a deal of ``amount_fen`` and whether meeting minutes are required."""
    return d.approval_level(amount_fen, approval_levels(db))


def create_deal(db: Database, achievement_id: int, fields: Mapping[str, Any]) -> int:
    """Register a deal. Valuation (R10) is checked; the approval level comes from the unit's
    table; the achievement moves to 意向转化 (R5)."""
    values = {k: v for k, v in fields.items() if k in DEAL_FIELDS}
    d.check_deal_fields(values)
    if values["kind"] != "licence":
        values["licence_type"] = None
    state_owned = bool(values.get("counterparty_state_owned"))
    if d.valuation_required(state_owned) is False:
        values["valuation_decision"] = d.deals.valuation_decision_to_store(state_owned, values.get("valuation_decision"))
    else:
        d.check_valuation_decision(state_owned, values.get("valuation_decision"), values.get("valuation_reason"))
    d.PricingMethod(values["pricing_method"])
    level = approval_for(db, int(values.get("amount_fen") or 0))
    values["approver"] = level.approver
    values["minutes_required"] = level.minutes_required
    now = _now()
    with db.transaction():
        if db.scalar("SELECT count(*) FROM achievements WHERE id = ?", (achievement_id,)) == 0:
            raise d.DomainError(f"成果 {achievement_id} 不存在")
        signed = values.get("contract_date")
        if isinstance(signed, str) and signed:
            signed = date.fromisoformat(signed)
        year = signed.year if isinstance(signed, date) else clock.today().year
        deal_id = db.insert("deals", {**values, "achievement_id": achievement_id, "number": next_deal_number(db, year),
                                      "created_at": now, "updated_at": now})
        log_event(db, "deal", deal_id, "create", new={**values, "achievement_id": achievement_id}, article=d.deals.ARTICLE_VALUATION)
        status = db.scalar("SELECT transfer_status FROM achievements WHERE id = ?", (achievement_id,))
        new_status = d.after_intent(status).value
        if new_status != status:
            db.update("achievements", achievement_id, {"transfer_status": new_status, "updated_at": now})
            log_event(db, "achievement", achievement_id, "tags", old={"transfer_status": status},
                      new={"transfer_status": new_status}, article=d.tags.ARTICLE_TRANSFER)
    return deal_id


def sign_deal(db: Database, deal_id: int, on: date, *, contract_no: str | None = None,
              tech_contract_reg_no: str | None = None) -> None:
    """Record the signing of the contract. Refused while the evidence signing needs is missing
    (1-1 第六条): the valuation decision (方案二(三)), the pricing proof or a price publicity that
    has run its course by the signing date (第六条(四)), the related-party procedure and
    publicity (第六条(三)), the approval decision and, above the threshold, its minutes."""
    from dataclasses import replace

    from . import diligence

    with db.transaction():
        deal = db.get("deals", deal_id)
        if deal is None:
            raise d.DomainError(f"交易 {deal_id} 不存在")
        if deal["state"] != "draft":
            raise d.DomainError(f"该交易{DEAL_STATE_LABELS[deal['state']]}，不能再签约")
        facts = replace(diligence.deal_facts(db, deal_id), contract_date=on)
        d.check_step(d.deal_evidence(facts, on), "sign")
        changes: dict[str, Any] = {"state": "signed", "contract_date": on, "updated_at": _now()}
        if contract_no:
            changes["contract_no"] = contract_no
        if tech_contract_reg_no:
            changes["tech_contract_reg_no"] = tech_contract_reg_no
        db.update("deals", deal_id, changes)
        log_event(db, "deal", deal_id, "sign", old={"state": deal["state"], "contract_date": deal["contract_date"]},
                  new={k: v for k, v in changes.items() if k != "updated_at"}, article=d.deals.ARTICLE_PRICING)


def complete_deal(db: Database, deal_id: int, on: date) -> None:
    """A completed deal marks the achievement 已转化 and increments its transfer count (R5); an
    assignment that ends the unit's rights records the disposal (1-2 第十一条).

    Refused while evidence the completion needs is missing (1-1 第六条): a negotiated price
    without a finished price publicity (第六条(四)), a related-party deal without its procedure
    and publicity (第六条(三)), a deal without the approval decision or, above the minutes
    threshold, without the meeting minutes."""
    from . import diligence

    with db.transaction():
        deal = db.get("deals", deal_id)
        if deal is None:
            raise d.DomainError(f"交易 {deal_id} 不存在")
        if deal["state"] == "completed":
            raise d.DomainError("该交易已完成")
        if deal["state"] == "terminated":
            raise d.DomainError("该交易已终止，不能完成")
        d.check_step(diligence.deal_evidence(db, deal_id, on), "complete")
        db.update("deals", deal_id, {"state": "completed", "completed_date": on, "updated_at": _now()})
        log_event(db, "deal", deal_id, "complete", old={"state": deal["state"]}, new={"state": "completed", "date": on})
        # the deal's achievement is held by its foreign key
        ach = must_exist(db.one("SELECT transfer_status, transfer_count, is_intangible_asset, asset_value_fen FROM achievements "
                                "WHERE id = ?", (deal["achievement_id"],)), f"交易 {deal_id} 的成果")
        status, count = d.after_deal_completed(ach["transfer_status"], ach["transfer_count"])
        changes: dict[str, Any] = {"transfer_status": status.value, "transfer_count": count}
        if deal["ends_ownership"]:
            changes["status"] = "disposed"
            if ach["is_intangible_asset"]:
                db.insert("finance_queue", {"achievement_id": deal["achievement_id"], "kind": "dispose",
                                            "amount_fen": ach["asset_value_fen"], "article": d.deals.ARTICLE_DISPOSAL,
                                            "created_at": _now()})
        db.update("achievements", deal["achievement_id"], {**changes, "updated_at": _now()})
        log_event(db, "achievement", deal["achievement_id"], "tags",
                  old={"transfer_status": ach["transfer_status"], "transfer_count": ach["transfer_count"]}, new=changes,
                  article=d.tags.ARTICLE_TRANSFER)


def add_receipt(
    db: Database,
    deal_id: int,
    *,
    on: date,
    amount_fen: int,
    payer: str = "",
    voucher_no: str = "",
    recipients: Sequence[tuple[str, Decimal | str, bool]] | None = None,
) -> int:
    """Record income and distribute it. ``recipients`` are (name, percent, is_unit) adding up to
    100 %; the amounts add up to the receipt exactly (no fen lost or created). Without recipients
    the unit's share from the deal and the inventors' agreed shares of the rest are used."""
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise d.DomainError(f"到账金额须为大于0的金额（分），当前为“{amount_fen}”", field="amount_fen")
    for name, share, _is_unit in recipients or ():
        d.share_percent(share, f"{name}的分配比例", article="方案二(一)", field="shares")
    with db.transaction():
        if db.scalar("SELECT count(*) FROM deals WHERE id = ?", (deal_id,)) == 0:
            raise d.DomainError(f"交易 {deal_id} 不存在")
        receipt_id = db.insert("income_receipts", {"deal_id": deal_id, "date": on, "amount_fen": amount_fen,
                                                   "payer": payer, "voucher_no": voucher_no})
        if recipients is None:
            recipients = default_recipients(db, deal_id)
        amounts = d.distribute(amount_fen, [r[1] for r in recipients])
        for (name, share, is_unit), amount in zip(recipients, amounts, strict=True):
            db.insert("distributions", {"receipt_id": receipt_id, "recipient": name, "share": str(share),
                                        "is_unit": is_unit, "amount_fen": amount})
        log_event(db, "deal", deal_id, "receipt", new={"date": on, "amount_fen": amount_fen, "distribution": amounts})
    return receipt_id


def default_recipients(db: Database, deal_id: int) -> list[tuple[str, Decimal, bool]]:
    deal = db.get("deals", deal_id)
    if deal is None:
        raise d.DomainError(f"交易 {deal_id} 不存在")
    unit_share = Decimal(deal["unit_share"] or "30")
    inventors = db.query("SELECT name, share FROM inventors WHERE achievement_id = ? ORDER BY position", (deal["achievement_id"],))
    result: list[tuple[str, Decimal, bool]] = [("单位", unit_share, True)]
    team = Decimal(100) - unit_share
    if not inventors or team == 0:
        return [("单位", Decimal(100), True)]
    shares = [Decimal(r["share"] or 0) for r in inventors]
    total = sum(shares) or Decimal(len(shares))
    if sum(shares) == 0:
        shares = [Decimal(1)] * len(shares)
    parts = [team * s / total for s in shares]
    # keep exact decimal percents adding up to 100: give any rounding residue to the last inventor
    parts = [p.quantize(Decimal("0.0001")) for p in parts]
    parts[-1] += Decimal(100) - unit_share - sum(parts)
    result += [(r["name"], p, False) for r, p in zip(inventors, parts, strict=True)]
    return result


DEAL_PUBLICITY_KINDS = {
    "price": "转化交易及拟交易价格公示（签约前）",
    "related_party": "关联交易公示（签约前）",
    "reward": "收益分配及现金奖励公示（到账后）",
}
DEAL_PUBLICITY_TITLES = {"price": "转化交易及拟交易价格的公示", "related_party": "关联交易的公示",
                         "reward": "转化收益分配及现金奖励的公示"}


def start_deal_publicity(
    db: Database, deal_id: int, kind: str, start: date, days: int | None = None, *, working_days: bool | None = None,
    place: str | None = None, contact: str | None = None,
) -> int:
    """Start one of a deal's publicities: the proposed price (1-1 第六条(四)) or the related-party
    deal (第六条(三)) before signing; the income distribution / cash rewards after payment.
    Days and calendar/working-day counting default to the unit's settings."""
    from . import publicities
    from .settings import Settings

    if kind not in DEAL_PUBLICITY_KINDS:
        raise d.DomainError(f"交易不支持此类公示：{kind}")
    deal = db.get("deals", deal_id)
    if deal is None:
        raise d.DomainError(f"交易 {deal_id} 不存在")
    settings = Settings(db)
    days = int(days if days is not None else settings.get("publicity_days") or 15)
    working = bool(settings.get("publicity_working_days")) if working_days is None else working_days
    if kind in ("price", "related_party") and deal["state"] == "completed":
        raise d.DomainError(f"{DEAL_PUBLICITY_TITLES[kind]}须在签约前进行，该交易已完成", article=publicities.KIND_ARTICLE[kind])
    if kind == "reward" and not db.scalar("SELECT count(*) FROM income_receipts WHERE deal_id = ?", (deal_id,)):
        raise d.DomainError("收益分配公示须在转化收入到账后进行，该交易尚无到账记录", article=publicities.KIND_ARTICLE[kind])
    name = db.scalar("SELECT name FROM achievements WHERE id = ?", (deal["achievement_id"],))
    title = f"关于“{name}”{DEAL_PUBLICITY_TITLES[kind]}"
    return publicities.create_publicity(
        db, kind, title, start, days, working_days=working, achievement_id=deal["achievement_id"], deal_id=deal_id,
        place=place or settings.get("publicity_place"), contact=contact or settings.get("objection_contact") or None)


def mark_distribution_paid(db: Database, receipt_id: int, on: date) -> None:
    """Pay out one receipt's distribution; refused until the income-distribution / cash-reward
    publicity started after that receipt has run its course."""
    from . import diligence

    with db.transaction():
        receipt = db.get("income_receipts", receipt_id)
        if receipt is None:
            raise d.DomainError(f"到账记录 {receipt_id} 不存在")
        facts = diligence.deal_facts(db, receipt["deal_id"], receipt_on=date.fromisoformat(receipt["date"]))
        d.check_step(d.deal_evidence(facts, on), "pay")
        db.execute("UPDATE distributions SET paid_date = ? WHERE receipt_id = ? AND paid_date IS NULL", (on, receipt_id))
        log_event(db, "deal", receipt["deal_id"], "distribution_paid", new={"receipt_id": receipt_id, "date": on},
                  article=d.diligence.ARTICLE_REWARD)


def get_deal(db: Database, deal_id: int) -> DealRecord | None:
    row = db.one("SELECT dl.*, a.name AS achievement_name, a.ledger_no, a.is_intangible_asset, "
                 "(SELECT coalesce(sum(amount_fen), 0) FROM income_receipts r WHERE r.deal_id = dl.id) AS received_fen "
                 "FROM deals dl JOIN achievements a ON a.id = dl.achievement_id WHERE dl.id = ?", (deal_id,))
    if row is None:
        return None
    result = dict(row)
    result["form"] = json.loads(result["form"] or "{}")
    return cast(DealRecord, result)


def list_receipts(db: Database, deal_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT r.*, (SELECT count(*) FROM distributions x WHERE x.receipt_id = r.id AND x.paid_date IS NULL) "
                    "AS unpaid FROM income_receipts r WHERE r.deal_id = ? ORDER BY r.date, r.id", (deal_id,))
    return [dict(r) for r in rows]


def distribution_sheet(db: Database, receipt_id: int) -> list[dict[str, Any]]:
    """One receipt's distribution: recipient, share, amount, paid date (the unit first)."""
    rows = db.query("SELECT recipient, is_unit, share, amount_fen, paid_date FROM distributions WHERE receipt_id = ? "
                    "ORDER BY is_unit DESC, id", (receipt_id,))
    return [dict(r) for r in rows]


_YEAR = "substr(coalesce(dl.contract_date, substr(dl.created_at, 1, 10)), 1, 4)"


def _filters(kind: str | None, year: int | None, counterparty: str | None) -> tuple[str, list[Any]]:
    where, params = ["1 = 1"], []
    if kind:
        where.append("dl.kind = ?")
        params.append(d.DealKind(kind).value)
    if year:
        where.append(f"{_YEAR} = ?")
        params.append(f"{int(year):04d}")
    if counterparty:
        where.append("dl.counterparty LIKE ? ESCAPE '\\'")
        params.append(like_contains(counterparty))
    return " AND ".join(where), params


def list_deals(db: Database, *, kind: str | None = None, year: int | None = None, counterparty: str | None = None) -> list[dict[str, Any]]:
    """Deals, newest contract first, filtered by kind, contract year and counterparty (substring)."""
    where, params = _filters(kind, year, counterparty)
    rows = db.query(
        "SELECT dl.id, dl.number, dl.kind, dl.counterparty, dl.amount_fen, dl.state, dl.contract_date, dl.achievement_id, "
        "a.name AS achievement_name, dl.licence_type, dl.pricing_method, dl.approver, "
        "(SELECT coalesce(sum(amount_fen), 0) FROM income_receipts r WHERE r.deal_id = dl.id) AS received_fen "
        f"FROM deals dl JOIN achievements a ON a.id = dl.achievement_id WHERE {where} "
        "ORDER BY coalesce(dl.contract_date, substr(dl.created_at, 1, 19)) DESC, dl.id DESC", params)
    return [dict(r) for r in rows]


def deal_years(db: Database) -> list[int]:
    return [int(r[0]) for r in db.query(f"SELECT DISTINCT {_YEAR} AS y FROM deals dl ORDER BY y DESC") if r[0]]


SIGNED_STATES = ("signed", "completed")  # a contract exists; drafts and terminated deals are not counted
_SIGNED = "dl.state IN ('signed', 'completed')"


def totals_by_year(db: Database, *, kind: str | None = None, counterparty: str | None = None) -> list[dict[str, Any]]:
    """Per contract year, signed deals only (signed or completed; a draft or a terminated deal
    adds nothing): number of deals, contract amount and income received (fen)."""
    where, params = _filters(kind, None, counterparty)
    rows = db.query(
        f"SELECT {_YEAR} AS year, count(*) AS deals, coalesce(sum(dl.amount_fen), 0) AS amount_fen, "
        "coalesce(sum((SELECT sum(amount_fen) FROM income_receipts r WHERE r.deal_id = dl.id)), 0) AS received_fen "
        f"FROM deals dl WHERE {where} AND {_SIGNED} GROUP BY year ORDER BY year DESC", params)
    return [dict(r) for r in rows]


def uncounted_deals(db: Database, *, kind: str | None = None, counterparty: str | None = None,
                    year: int | None = None) -> list[dict[str, Any]]:
    """The deals the yearly totals leave out (drafts and terminated deals), listed apart by their
    number, newest first."""
    where, params = _filters(kind, year, counterparty)
    rows = db.query(
        f"SELECT {_YEAR} AS year, dl.number, dl.state, dl.kind, dl.counterparty, dl.amount_fen, a.ledger_no, "
        "a.name AS achievement_name FROM deals dl JOIN achievements a ON a.id = dl.achievement_id "
        f"WHERE {where} AND NOT {_SIGNED} ORDER BY year DESC, dl.number", params)
    return [dict(r) for r in rows]


def finance_receipts(db: Database, year: int) -> list[dict[str, Any]]:
    """The income received in ``year``, each with its deal's number and its achievement's ledger
    number (the numbers people use), for the finance workbook."""
    rows = db.query(
        "SELECT r.date, r.amount_fen, r.payer, r.voucher_no, dl.number AS deal_no, dl.contract_no, dl.kind, dl.state, "
        "dl.counterparty, dl.amount_fen AS contract_fen, a.ledger_no, a.name AS achievement_name, "
        "(SELECT coalesce(sum(x.amount_fen), 0) FROM distributions x WHERE x.receipt_id = r.id AND x.is_unit = 0) AS team_fen, "
        "(SELECT coalesce(sum(x.amount_fen), 0) FROM distributions x WHERE x.receipt_id = r.id AND x.is_unit = 1) AS unit_fen "
        "FROM income_receipts r JOIN deals dl ON dl.id = r.deal_id JOIN achievements a ON a.id = dl.achievement_id "
        "WHERE substr(r.date, 1, 4) = ? ORDER BY r.date, dl.number, r.id", (f"{int(year):04d}",))
    return [dict(r) for r in rows]


def finance_distributions(db: Database, year: int) -> list[dict[str, Any]]:
    """Every share of the income received in ``year``: deal and achievement numbers, the receipt,
    the recipient (with the staff number and department when the person is known, through the
    distribution or the achievement's inventor of that name), share, amount and payment date.
    ``person_key`` tells people apart: the person's record when known, else name and department."""
    rows = db.query(
        "SELECT dl.number AS deal_no, dl.contract_no, a.ledger_no, a.name AS achievement_name, r.date AS receipt_date, "
        "r.amount_fen AS receipt_fen, r.voucher_no, x.recipient, x.is_unit, x.share, x.amount_fen, x.paid_date, "
        "p.id AS person_id, p.employee_no, coalesce(i.department, p.department) AS department "
        "FROM distributions x JOIN income_receipts r ON r.id = x.receipt_id JOIN deals dl ON dl.id = r.deal_id "
        "JOIN achievements a ON a.id = dl.achievement_id "
        "LEFT JOIN inventors i ON i.id = (SELECT i2.id FROM inventors i2 WHERE i2.achievement_id = a.id "
        "  AND i2.name = x.recipient ORDER BY i2.position, i2.id LIMIT 1) "
        "LEFT JOIN people p ON p.id = coalesce(x.person_id, i.person_id) "
        "WHERE substr(r.date, 1, 4) = ? ORDER BY r.date, dl.number, r.id, x.is_unit DESC, x.id", (f"{int(year):04d}",))
    result = []
    for r in rows:
        row = dict(r)
        row["person_key"] = ("person", row["person_id"]) if row["person_id"] else ("name", row["recipient"], row["department"] or "")
        result.append(row)
    return result


def register_deal(db: Database, achievement_id: int, form: Mapping[str, Any], *, on: date | None = None) -> int:
    """Register a deal from the deal form (forms/deal.toml): the deal with its whole form as JSON
    and the conduct declarations ticked (1-1 第七条(五)–(九)). One transaction."""
    from . import diligence

    fields, declarant, declared = d.split_deal_form(dict(form))
    if declared and not declarant:
        raise d.DomainError("勾选了行为承诺，请填写承诺人", article=d.diligence.ARTICLE_CONDUCT, field="declarant")
    stored_form = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in form.items()}
    with db.transaction():
        deal_id = create_deal(db, achievement_id, {**fields, "form": stored_form})
        if declared:
            diligence.add_declarations(db, "deal", deal_id, declarant, declared, on or clock.today())
    return deal_id


def find_achievements(db: Database, text: str = "", limit: int = 50) -> list[dict[str, Any]]:
    """Achievements a deal can be registered for (not abandoned or disposed), by ledger number or
    name substring."""
    like = like_contains(text.strip())
    rows = db.query("SELECT id, ledger_no, name, transfer_status FROM achievements WHERE status NOT IN ('abandoned', 'disposed') "
                    "AND (name LIKE ? ESCAPE '\\' OR ledger_no LIKE ? ESCAPE '\\') ORDER BY id DESC LIMIT ?", (like, like, limit))
    return [dict(r) for r in rows]
