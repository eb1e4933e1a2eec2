"""The payments and contracts a ledger import takes from a workbook's fee list and deal list
(:mod:`kjcg_desktop.services.importing.registers`): written inside the import's transaction, kept
by id in the import batch's summary, and removed again by its undo.

A payment goes to the fee register (``fee_payments``, through :func:`.fees.record_payment`); a
transfer, licence or equity investment to the deals (signed on its 签订日期, else registered); a
technology development, consulting or service contract to ``tech_contracts``. A counterparty is
found by name or created once. An imported deal moves its achievement to 意向转化 as a registered
deal does (R5), unless the file's own transfer column says where it stands; it is never marked
completed (已转化, the transfer count) on the file's word alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import PurePath
from typing import Any

from .. import clock
from .. import domain as d
from . import contracts as sc
from . import fees as fee_repo
from .db import Database
from .events import log_event
from .import_undo import UndoError

ARTICLE_IMPORT = "1-2 第六条、第七条"
KEYS = ("payments", "deals", "tech_contracts", "counterparties")


def _now() -> str:
    return clock.now().isoformat(timespec="seconds")


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else (str(value) if value else None)


def item_key(kind: str, values: Mapping[str, Any]) -> tuple[Any, ...]:
    """What tells a payment or contract already on record: a payment by patent year, day and amount;
    a contract by its number, else by kind, counterparty, signing day and amount."""
    if kind == "payment":
        return ("payment", int(values["patent_year"]), _iso(values["paid_on"]), int(values["amount_fen"]))
    if values.get("contract_no"):
        return ("contract", str(values["contract_no"]))
    return (kind, values.get("kind"), str(values.get("counterparty") or ""), _iso(values.get("contract_date")),
            int(values.get("amount_fen") or 0))


def fee_facts(db: Database, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """What the fee rule needs of the given achievements (type, legal status, status, filing and grant
    dates, term compensation) and their transfer status (a deal moves it, R5)."""
    wanted = sorted(set(ids))
    result: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for r in db.query("SELECT a.id, a.type, a.legal_status, a.status, a.filing_date, a.grant_date, a.transfer_status, "
                          "tc.days AS compensation_days FROM achievements a "
                          "LEFT JOIN term_compensations tc ON tc.achievement_id = a.id "
                          f"WHERE a.id IN ({','.join('?' * len(chunk))})", chunk):
            result[int(r["id"])] = dict(r)
    return result


def known_items(db: Database, ids: Iterable[int]) -> tuple[dict[int, set[tuple[Any, ...]]], set[tuple[Any, ...]]]:
    """The payments and contracts on record: per achievement (of ``ids``) their keys, and the keys of
    every contract with a number (a number names one contract, whichever achievement it is under)."""
    wanted = sorted(set(ids))
    per: dict[int, set[tuple[Any, ...]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT achievement_id, patent_year, paid_on, amount_fen FROM fee_payments WHERE achievement_id IN ({marks})",
                          chunk):
            per.setdefault(int(r[0]), set()).add(("payment", int(r[1]), str(r[2])[:10], int(r[3])))
        for table, kind in (("deals", "deal"), ("tech_contracts", "tech_contract")):
            for r in db.query(f"SELECT t.achievement_id, t.kind, cp.name, t.counterparty_id, t.contract_date, t.amount_fen, "
                              f"{'t.counterparty' if table == 'deals' else 'NULL'} AS text FROM {table} t "
                              f"LEFT JOIN counterparties cp ON cp.id = t.counterparty_id WHERE t.achievement_id IN ({marks})", chunk):
                per.setdefault(int(r[0]), set()).add((kind, r[1], str(r[6] or r[2] or ""), _iso(r[4]), int(r[5] or 0)))
    numbered = {("contract", str(r[0])) for table in ("deals", "tech_contracts")
                for r in db.query(f"SELECT contract_no FROM {table} WHERE coalesce(contract_no, '') <> ''")}
    return per, numbered


def write_items(db: Database, batch_id: int, source: str, items: Sequence[Mapping[str, Any]],
                added_ids: Sequence[int]) -> dict[str, list[int]]:
    """Write the payments and contracts of one import (inside its transaction); the ids written, by
    table, and the achievements they belong to ("achievements"), for the batch's summary and its undo."""
    written: dict[str, list[int]] = {k: [] for k in (*KEYS, "achievements")}
    note = f"导入：{PurePath(source).name}（导入批次 {batch_id}）"
    for item in items:
        achievement_id = int(item["achievement_id"]) if "achievement_id" in item else added_ids[int(item["added"])]
        values = item["values"]
        if achievement_id not in written["achievements"]:
            written["achievements"].append(achievement_id)
        if item["kind"] == "payment":
            written["payments"].append(fee_repo.record_payment(
                db, achievement_id, int(values["patent_year"]), values["paid_on"], int(values["amount_fen"]),
                receipt_no=values.get("receipt_no") or "", payer=values.get("payer") or "", note=note, import_batch=batch_id))
            continue
        counterparty_id = _counterparty(db, values, written["counterparties"])
        if item["kind"] == "deal":
            written["deals"].append(_deal(db, achievement_id, counterparty_id, values, batch_id))
        else:
            row = {"kind": values["kind"], "name": values.get("name") or f"（{item['sheet']}第 {item['row']} 行）",
                   "contract_no": values.get("contract_no"), "counterparty_id": counterparty_id,
                   "amount_fen": int(values["amount_fen"]), "technology_amount_fen": values.get("technology_amount"),
                   "contract_date": values.get("contract_date"), "term_start": values.get("term_start"),
                   "term_end": values.get("term_end"), "department": values.get("department"), "people": values.get("people"),
                   "funding_fen": values.get("funding"), "achievement_id": achievement_id, "note": note}
            if row["technology_amount_fen"] is not None and row["technology_amount_fen"] > row["amount_fen"]:
                row["technology_amount_fen"] = None
            written["tech_contracts"].append(sc.create_tech_contract(db, row))
    return written


def _counterparty(db: Database, values: Mapping[str, Any], created: list[int]) -> int:
    """The counterparty by name, else a new one with the details the file gives (its name alone when
    those do not pass the checks)."""
    name = str(values["counterparty"]).strip()
    found = sc.counterparty_id_by_name(db, name)
    if found is not None:
        return found
    details = {"name": name, "uscc": values.get("uscc"), "region_code": values.get("region_code"),
               "size": values.get("size"), "industry": values.get("industry")}
    try:
        d.contracts.check_counterparty(details)
    except d.DomainError:
        details = {"name": name}
    counterparty_id = sc.save_counterparty(db, details)
    created.append(counterparty_id)
    return counterparty_id


def _deal(db: Database, achievement_id: int, counterparty_id: int, values: Mapping[str, Any], batch_id: int) -> int:
    """A deal as the deal list records it: signed on its 签订日期 (else registered), with its
    approval level from the unit's table. (The achievement's transfer status is the import's own
    change, :func:`kjcg_desktop.services.importing.registers.settle`, so undo puts it back.)"""
    from .deals import approval_for, next_deal_number

    signed = values.get("contract_date")
    level = approval_for(db, int(values["amount_fen"]))
    now = _now()
    row = {"achievement_id": achievement_id, "kind": values["kind"], "licence_type": values.get("licence_type"),
           "counterparty": str(values["counterparty"]).strip(), "counterparty_id": counterparty_id,
           "pricing_method": values["pricing_method"], "contract_date": signed, "contract_no": values.get("contract_no"),
           "amount_fen": int(values["amount_fen"]), "technology_amount_fen": values.get("technology_amount"),
           "company": str(values["counterparty"]).strip() if values["kind"] == "equity" else None,
           "term_start": values.get("term_start"), "term_end": values.get("term_end"),
           "state": "signed" if signed else "draft", "approver": level.approver, "minutes_required": level.minutes_required,
           "form": {"import_batch_id": batch_id, "name": values.get("name")}}
    if row["technology_amount_fen"] is not None and row["technology_amount_fen"] > row["amount_fen"]:
        row["technology_amount_fen"] = None
    year = signed.year if isinstance(signed, date) else clock.today().year
    deal_id = db.insert("deals", {**row, "number": next_deal_number(db, year), "created_at": now, "updated_at": now})
    log_event(db, "deal", deal_id, "create", new={k: v for k, v in row.items() if k != "form"}, article=ARTICLE_IMPORT)
    return deal_id


def undo_items(db: Database, batch_id: int, written: Mapping[str, Sequence[int]]) -> dict[str, int]:
    """Remove what :func:`write_items` wrote for ``batch_id`` (inside the undo's transaction). Refused
    when work has been done on an imported deal or contract since (a receipt, a publicity, a reward)."""
    deals, contracts = list(written.get("deals") or ()), list(written.get("tech_contracts") or ())
    for table, column, ids, label in (("income_receipts", "deal_id", deals, "到账"), ("publicities", "deal_id", deals, "公示"),
                                      ("equity_rewards", "deal_id", deals, "股权奖励"),
                                      ("tech_contract_receipts", "contract_id", contracts, "到账")):
        if ids and _count(db, table, column, ids):
            raise UndoError(f"导入批次 {batch_id} 登记的合同已有后续{label}记录，不能整体撤销；请先处理这些记录")
    removed = {}
    for key, table in (("payments", "fee_payments"), ("deals", "deals"), ("tech_contracts", "tech_contracts")):
        ids = list(written.get(key) or ())
        removed[key] = _delete(db, table, ids)
        for row_id in ids:
            log_event(db, {"payments": "fee_payment", "deals": "deal", "tech_contracts": "tech_contract"}[key], row_id,
                      "import_undo", new={"batch": batch_id}, article=ARTICLE_IMPORT)
    unused = [i for i in written.get("counterparties") or () if not db.scalar(
        "SELECT 1 FROM deals WHERE counterparty_id = ? UNION ALL SELECT 1 FROM tech_contracts WHERE counterparty_id = ?",
        (i, i))]
    removed["counterparties"] = _delete(db, "counterparties", unused)
    return removed


def _count(db: Database, table: str, column: str, ids: Sequence[int]) -> int:
    total = 0
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        total += int(db.scalar(f"SELECT count(*) FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk))
    return total


def _delete(db: Database, table: str, ids: Sequence[int]) -> int:
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        db.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(ids)
