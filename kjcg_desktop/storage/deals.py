"""Deals (转化交易), income receipts and their distribution."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .. import domain as d
from .db import Database
from .events import log_event

DEAL_FIELDS = (
    "kind", "licence_type", "counterparty", "counterparty_state_owned", "counterparty_region", "counterparty_industry",
    "counterparty_small", "valuation_decision", "valuation_reason", "pricing_method", "related_party", "related_party_note",
    "contract_date", "contract_no", "tech_contract_reg_no", "amount_fen", "territory", "field_of_use", "term_years",
    "company", "equity_shares", "ends_ownership", "unit_share", "application_id", "form",
)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def next_deal_number(db: Database, year: int) -> str:
    prefix = f"JY-{year}-"
    last = db.scalar("SELECT number FROM deals WHERE number LIKE ? ORDER BY number DESC LIMIT 1", (prefix + "%",))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def create_deal(db: Database, achievement_id: int, fields: Mapping[str, Any]) -> int:
    """Register a deal. Valuation (R10) is checked; the achievement moves to 意向转化 (R5)."""
    values = {k: v for k, v in fields.items() if k in DEAL_FIELDS}
    d.DealKind(values["kind"])
    state_owned = bool(values.get("counterparty_state_owned"))
    if d.valuation_required(state_owned) is False:
        values["valuation_decision"] = "not_needed"
    else:
        d.check_valuation_decision(state_owned, values.get("valuation_decision"), values.get("valuation_reason"))
    d.PricingMethod(values["pricing_method"])
    now = _now()
    with db.transaction():
        signed = values.get("contract_date")
        year = signed.year if isinstance(signed, date) else date.today().year
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


def complete_deal(db: Database, deal_id: int, on: date) -> None:
    """A completed deal marks the achievement 已转化 and increments its transfer count (R5); an
    assignment that ends the unit's rights records the disposal (1-2 第十一条)."""
    with db.transaction():
        deal = db.get("deals", deal_id)
        if deal["state"] == "completed":
            raise d.DomainError("该交易已完成")
        db.update("deals", deal_id, {"state": "completed", "completed_date": on, "updated_at": _now()})
        log_event(db, "deal", deal_id, "complete", old={"state": deal["state"]}, new={"state": "completed", "date": on})
        ach = db.one("SELECT transfer_status, transfer_count, is_intangible_asset, asset_value_fen FROM achievements WHERE id = ?",
                     (deal["achievement_id"],))
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
    with db.transaction():
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


def list_deals(db: Database) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT dl.id, dl.number, dl.kind, dl.counterparty, dl.amount_fen, dl.state, dl.contract_date, dl.achievement_id, "
        "a.name AS achievement_name FROM deals dl JOIN achievements a ON a.id = dl.achievement_id ORDER BY dl.id"
    )
    return [dict(r) for r in rows]
