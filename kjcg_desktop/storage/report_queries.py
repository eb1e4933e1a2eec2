"""SQL behind the annual report (年度报告, 1-2 第十二条, 方案三(四)).

A *family* is one query over one kind of record for a year: it filters the records of the year
and groups them by one or more columns; an indicator of the report is a family plus a filter on
those group columns, measured as a count or an amount. The same ``where`` clause gives both the
numbers (:func:`family_values`) and the record ids behind them (:func:`family_ids`), so every
number of the report can be traced to its records.

Confidential achievements (``achievements.confidential = 1``) are never reported: every family
excludes them and everything hanging off them.

Parameters of every query: ``:start`` (first day of the year), ``:next`` (first day of the next
year), ``:today``. Dates are ISO text, timestamps ISO text with time, so ``>= :start AND < :next``
works for both.

Year-end state (the ``year_end`` family) is reconstructed, not read from today's tags:

- held at year end: registered (status not 已披露) with a registration, disclosure, filing or
  creation date before the year end, not disposed by an ownership-ending deal completed before the
  year end, and not abandoned before it (abandonment application effective date, else the date
  the record last changed — the abandonment date is not stored otherwise);
- attribute: 授权成果 when the legal status at year end was 有效（已授权） and the grant date, if
  known, is before the year end; the legal status at year end is today's, undone by the first
  later legal-status change in the event log;
- stage: a stage override as it stands today; otherwise 开发阶段 when development evidence
  (1-2 第八条(二)) dated before the year end (or undated) exists, else 研究阶段;
- transfer status: 已转化 when a deal was completed before the year end, 意向转化 when a deal
  was signed (or registered) before it, 未转化 otherwise; achievements without any deal keep
  today's tag (e.g. tags imported from a ledger);
- intangible assets at year end: today's flag and value for the achievements held at year end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from .. import clock
from .db import Database

if TYPE_CHECKING:
    import sqlite3

CONFIDENTIAL_IDS = "SELECT id FROM achievements WHERE confidential = 1"


def _open(column: str) -> str:
    """Condition: the record does not belong to a confidential achievement."""
    return f"({column} IS NULL OR {column} NOT IN ({CONFIDENTIAL_IDS}))"


def _in_year(expr: str) -> str:
    return f"({expr} >= :start AND {expr} < :next)"


DEV_EVIDENCE = "('assessment_report', 'transferee', 'intent_contract', 'transfer_contract', 'exchange_certificate')"

# One row per achievement held at year end, with its reconstructed tags (see module docstring).
# The per-achievement facts (development evidence, deals, the first later legal-status change) are
# gathered from the small tables into one grouped subquery and joined once: one lookup per row.
YEAR_END = f"""(
SELECT b.id, b.is_intangible_asset, b.asset_value_fen,
  CASE WHEN coalesce(f.legal_status, b.legal_status) = 'granted' AND (b.grant_date IS NULL OR b.grant_date < :next)
       THEN 'granted' ELSE 'ungranted' END AS attribute_ye,
  CASE WHEN b.stage_override IS NOT NULL THEN b.stage_override
       WHEN f.dev > 0 THEN 'development'
       ELSE 'research' END AS stage_ye,
  CASE WHEN coalesce(f.deals, 0) = 0 THEN b.transfer_status
       WHEN f.completed > 0 THEN 'transferred'
       WHEN f.signed > 0 THEN 'intended'
       ELSE 'none' END AS transfer_ye
FROM achievements b
LEFT JOIN (
  SELECT aid, max(dev) AS dev, sum(deals) AS deals, sum(completed) AS completed, sum(signed) AS signed,
         min(disposed_on) AS disposed_on, max(legal_status) AS legal_status
  FROM (
    SELECT s.achievement_id AS aid, 1 AS dev, 0 AS deals, 0 AS completed, 0 AS signed, NULL AS disposed_on,
           NULL AS legal_status
      FROM stage_evidence s WHERE s.kind IN {DEV_EVIDENCE} AND (s.date IS NULL OR s.date < :next)
    UNION ALL
    SELECT dl.achievement_id, 0, 1,
           CASE WHEN dl.state = 'completed' AND dl.completed_date < :next THEN 1 ELSE 0 END,
           CASE WHEN coalesce(dl.contract_date, substr(dl.created_at, 1, 10)) < :next THEN 1 ELSE 0 END,
           CASE WHEN dl.ends_ownership = 1 AND dl.state = 'completed' THEN dl.completed_date END, NULL
      FROM deals dl
    UNION ALL
    SELECT e.entity_id, 0, 0, 0, 0, NULL, json_extract(e.old, '$.legal_status')
      FROM events e
      WHERE e.id IN (SELECT min(e2.id) FROM events e2 WHERE e2.entity = 'achievement' AND e2.ts >= :next
                       AND json_extract(e2.old, '$.legal_status') IS NOT NULL GROUP BY e2.entity_id)
  ) GROUP BY aid
) f ON f.aid = b.id
WHERE b.confidential <> 1 AND b.status <> 'disclosed'
  AND coalesce(b.registration_date, b.disclosure_date, b.filing_date, substr(b.created_at, 1, 10)) < :next
  AND NOT (b.status = 'disposed' AND coalesce(f.disposed_on, substr(b.updated_at, 1, 10)) < :next)
  AND NOT (b.status = 'abandoned' AND coalesce(
        (SELECT min(ap.effective_at) FROM applications ap WHERE ap.achievement_id = b.id AND ap.kind = 'abandonment'
           AND ap.effective_at IS NOT NULL), substr(b.updated_at, 1, 10)) < :next)
) x"""

GRANT_TYPE = "CASE WHEN x.kind = 'ownership' THEN 'ownership_' || coalesce(x.grant_mode, 'full') ELSE x.kind END"
GRANT_KINDS = "x.kind IN ('ownership', 'use_right', 'extension')"
ONE_MILLION_YUAN_FEN = 100_000_000


@dataclass(frozen=True)
class Family:
    """Records of one kind for a year, grouped by ``groups`` (SQL expressions, in order)."""

    key: str
    entity: str          # what the ids are: achievement, application, deal, receipt, distribution, ...
    source: str          # FROM clause; the record is ``x`` and its id ``x.id``
    where: str
    groups: tuple[str, ...] = ()
    amount: str | None = None  # SQL expression summed for amount indicators (fen)
    # Known values of each group. When given, the family is counted by *margins* (one conditional
    # sum per group value, no GROUP BY sort over 100,000 rows): the result holds one row per
    # (group, value) with ``*`` in the other positions, plus the all-``*`` total.
    domains: tuple[tuple[str, ...], ...] | None = None
    amount_by: tuple[int, ...] = ()  # margin families: groups whose values also get an amount sum


FAMILIES: dict[str, Family] = {f.key: f for f in (
    Family("disclosures", "achievement", "achievements x",
           f"x.confidential <> 1 AND {_in_year('x.disclosure_date')}", ("x.type",)),
    Family("registrations", "achievement", "achievements x LEFT JOIN projects p ON p.id = x.project_id",
           f"x.confidential <> 1 AND {_in_year('x.registration_date')}",
           ("x.type", "coalesce(p.funding_source, 'unknown')")),
    Family("year_end", "achievement", YEAR_END, "1 = 1",
           ("x.attribute_ye", "x.stage_ye", "x.transfer_ye", "CAST(x.is_intangible_asset AS TEXT)"),
           "CASE WHEN x.is_intangible_asset = 1 THEN coalesce(x.asset_value_fen, 0) ELSE 0 END",
           (("granted", "ungranted"), ("research", "development", "indistinguishable"),
            ("none", "intended", "transferred"), ("0", "1")), (3,)),
    Family("grants_applied", "application", "applications x",
           f"{GRANT_KINDS} AND {_open('x.achievement_id')} AND {_in_year('x.submitted_at')}", (GRANT_TYPE,)),
    Family("grants_approved", "application", "applications x",
           f"{GRANT_KINDS} AND {_open('x.achievement_id')} AND {_in_year('x.decided_at')} AND x.state <> 'rejected'",
           (GRANT_TYPE,)),
    Family("grants_effective", "application", "applications x",
           f"{GRANT_KINDS} AND {_open('x.achievement_id')} AND {_in_year('x.effective_at')}", (GRANT_TYPE,)),
    Family("deals", "deal", "deals x",  # signed contracts only: a draft or a terminated deal is no contract
           f"{_open('x.achievement_id')} AND x.state IN ('signed', 'completed') "
           f"AND {_in_year('coalesce(x.contract_date, substr(x.created_at, 1, 10))')}",
           ("x.kind", f"CASE WHEN x.amount_fen >= {ONE_MILLION_YUAN_FEN} THEN 'big' ELSE 'small' END",
            "x.valuation_decision", "CASE WHEN x.counterparty_small = 1 THEN 'sme' ELSE 'other' END"),
           "x.amount_fen"),
    Family("income", "receipt", "income_receipts x JOIN deals dl ON dl.id = x.deal_id",
           f"{_open('dl.achievement_id')} AND {_in_year('x.date')}", ("dl.kind",), "x.amount_fen"),
    Family("distributions", "distribution",
           "distributions x JOIN income_receipts r ON r.id = x.receipt_id JOIN deals dl ON dl.id = r.deal_id",
           f"{_open('dl.achievement_id')} AND {_in_year('coalesce(x.paid_date, r.date)')}",
           ("CASE WHEN x.is_unit = 1 THEN 'unit' ELSE 'team' END",), "x.amount_fen"),
    Family("disposals", "deal", "deals x",
           f"{_open('x.achievement_id')} AND x.ends_ownership = 1 AND x.state = 'completed' AND {_in_year('x.completed_date')}"),
    Family("abandonments_filed", "application", "applications x",
           f"x.kind = 'abandonment' AND {_open('x.achievement_id')} "
           f"AND {_in_year('coalesce(x.submitted_at, substr(x.created_at, 1, 10))')}"),
    Family("abandonments_done", "publicity", "publicities x",
           f"x.kind = 'abandonment' AND x.state <> 'withdrawn' AND {_open('x.achievement_id')} "
           f"AND {_in_year('x.end_date')} AND x.end_date < :today"),
    Family("expenditures", "expenditure", "expenditures x",
           f"{_open('x.achievement_id')} AND {_in_year('x.date')}", ("x.treatment", "x.stage", "x.kind"), "x.amount_fen"),
    Family("finance", "finance", "finance_queue x",
           f"{_open('x.achievement_id')} AND {_in_year('coalesce(x.booked_date, substr(x.created_at, 1, 10))')}",
           ("x.kind",), "coalesce(x.booked_amount_fen, x.amount_fen, 0)"),
    Family("publicities", "publicity", "publicities x",
           f"{_open('x.achievement_id')} AND {_in_year('x.start_date')}", ("x.kind",)),
    Family("objections", "objection", "objections x JOIN publicities p ON p.id = x.publicity_id",
           f"{_open('p.achievement_id')} AND {_in_year('x.raised_on')}",
           ("CASE WHEN x.upheld = 1 THEN 'upheld' WHEN x.upheld = 0 THEN 'dismissed' ELSE 'pending' END",)),
)}


def year_params(year: int, today: date | None = None) -> dict[str, str]:
    return {"start": f"{year:04d}-01-01", "next": f"{year + 1:04d}-01-01", "today": (today or clock.today()).isoformat()}


GroupValues = dict[tuple[str, ...], tuple[int, int]]


def family_values(db: Database, key: str, year: int, today: date | None = None) -> GroupValues:
    """(group values) → (count, amount in fen) for the family's records of ``year``."""
    fam = FAMILIES[key]
    if fam.domains is not None:
        return _margin_values(db, fam, year_params(year, today))
    groups = ", ".join(f"{g} AS g{i}" for i, g in enumerate(fam.groups)) or "'' AS g0"
    by = ", ".join(f"g{i}" for i in range(max(1, len(fam.groups))))
    amount = f"coalesce(sum({fam.amount}), 0)" if fam.amount else "0"
    sql = f"SELECT {groups}, count(*) AS n, {amount} AS amount FROM {fam.source} WHERE {fam.where} GROUP BY {by}"
    result: GroupValues = {}
    for row in db.query(sql, year_params(year, today)):
        values = tuple(row)
        width = max(1, len(fam.groups))
        result[tuple("" if v is None else str(v) for v in values[:width])] = (int(values[width]), int(values[width + 1]))
    return result


def _margin_values(db: Database, fam: Family, params: Mapping[str, str]) -> GroupValues:
    amount = fam.amount or "0"
    cells: list[tuple[str, ...]] = [tuple("*" for _ in fam.groups)]
    exprs = ["count(*)", f"coalesce(sum({amount}), 0)"]
    for i, (group, values) in enumerate(zip(fam.groups, fam.domains or (), strict=True)):
        for value in values:
            quoted = "'" + value.replace("'", "''") + "'"
            exprs.append(f"coalesce(sum(CASE WHEN {group} = {quoted} THEN 1 ELSE 0 END), 0)")
            exprs.append(f"coalesce(sum(CASE WHEN {group} = {quoted} THEN {amount} ELSE 0 END), 0)"
                         if i in fam.amount_by else "0")
            cells.append(tuple(value if j == i else "*" for j in range(len(fam.groups))))
    row = cast("sqlite3.Row", db.one(f"SELECT {', '.join(exprs)} FROM {fam.source} WHERE {fam.where}", params))  # aggregates: one row
    return {cell: (int(row[2 * k]), int(row[2 * k + 1])) for k, cell in enumerate(cells)}


def _match_where(fam: Family, year: int, match: Mapping[int, Sequence[str]] | None,
                 today: date | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = year_params(year, today)
    where = [fam.where]
    for i, allowed in (match or {}).items():
        names = []
        for j, value in enumerate(allowed):
            params[f"m{i}_{j}"] = value
            names.append(f":m{i}_{j}")
        where.append(f"{fam.groups[i]} IN ({', '.join(names)})")
    return " AND ".join(where), params


def family_ids(db: Database, key: str, year: int, match: Mapping[int, Sequence[str]] | None = None,
               today: date | None = None) -> list[int]:
    """Ids of the family's records of ``year`` whose group ``i`` is one of ``match[i]``."""
    fam = FAMILIES[key]
    where, params = _match_where(fam, year, match, today)
    return [r[0] for r in db.query(f"SELECT x.id FROM {fam.source} WHERE {where} ORDER BY x.id", params)]


# -- detail lists ----------------------------------------------------------------------------------

# Columns of each entity's detail list: (SQL expression, header key). Enum values stay raw here;
# the service turns them into Chinese labels.
DETAIL_COLUMNS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "achievement": ("achievements x LEFT JOIN projects p ON p.id = x.project_id", [
        ("x.id", "id"), ("x.ledger_no", "ledger_no"), ("x.name", "name"), ("x.type", "type"),
        ("x.legal_status", "legal_status"), ("x.department", "department"), ("x.disclosure_date", "disclosure_date"),
        ("x.registration_date", "registration_date"), ("p.funding_source", "funding_source"),
        ("x.attribute", "attribute"), ("x.stage", "stage"), ("x.transfer_status", "transfer_status"),
        ("x.is_intangible_asset", "is_intangible_asset"), ("x.asset_value_fen", "asset_value_fen"),
    ]),
    "application": ("applications x LEFT JOIN achievements a ON a.id = x.achievement_id", [
        ("x.id", "id"), ("x.number", "number"), ("x.kind", "kind"), ("x.grant_mode", "grant_mode"),
        ("a.ledger_no", "ledger_no"), ("a.name", "achievement_name"), ("x.applicant", "applicant"),
        ("x.team_share", "team_share"), ("x.term_years", "term_years"), ("x.state", "state"),
        ("x.submitted_at", "submitted_at"), ("x.decided_at", "decided_at"), ("x.effective_at", "effective_at"),
    ]),
    "deal": ("deals x JOIN achievements a ON a.id = x.achievement_id", [
        ("x.id", "id"), ("x.number", "number"), ("x.kind", "kind"), ("a.ledger_no", "ledger_no"),
        ("a.name", "achievement_name"), ("x.counterparty", "counterparty"), ("x.pricing_method", "pricing_method"),
        ("x.valuation_decision", "valuation_decision"), ("x.contract_date", "contract_date"),
        ("x.contract_no", "contract_no"), ("x.tech_contract_reg_no", "tech_contract_reg_no"),
        ("x.amount_fen", "amount_fen"), ("x.state", "deal_state"), ("x.completed_date", "completed_date"),
        ("(SELECT coalesce(sum(r.amount_fen), 0) FROM income_receipts r WHERE r.deal_id = x.id)", "received_fen"),
    ]),
    "receipt": ("income_receipts x JOIN deals dl ON dl.id = x.deal_id JOIN achievements a ON a.id = dl.achievement_id", [
        ("x.id", "id"), ("dl.number", "deal_number"), ("dl.kind", "kind"), ("a.name", "achievement_name"),
        ("x.date", "date"), ("x.payer", "payer"), ("x.voucher_no", "voucher_no"), ("x.amount_fen", "amount_fen"),
    ]),
    "distribution": ("distributions x JOIN income_receipts r ON r.id = x.receipt_id JOIN deals dl ON dl.id = r.deal_id "
                     "JOIN achievements a ON a.id = dl.achievement_id", [
        ("x.id", "id"), ("dl.number", "deal_number"), ("a.name", "achievement_name"), ("r.date", "date"),
        ("x.recipient", "recipient"), ("x.is_unit", "is_unit"), ("x.share", "share"), ("x.amount_fen", "amount_fen"),
        ("x.paid_date", "paid_date"),
    ]),
    "expenditure": ("expenditures x JOIN achievements a ON a.id = x.achievement_id", [
        ("x.id", "id"), ("a.ledger_no", "ledger_no"), ("a.name", "achievement_name"), ("x.date", "date"),
        ("x.kind", "expenditure_kind"), ("x.stage", "stage"), ("x.treatment", "treatment"), ("x.amount_fen", "amount_fen"),
        ("x.article", "article"), ("x.voucher_no", "voucher_no"),
    ]),
    "finance": ("finance_queue x JOIN achievements a ON a.id = x.achievement_id", [
        ("x.id", "id"), ("a.ledger_no", "ledger_no"), ("a.name", "achievement_name"), ("x.kind", "finance_kind"),
        ("coalesce(x.booked_amount_fen, x.amount_fen)", "amount_fen"), ("x.article", "article"),
        ("coalesce(x.booked_date, substr(x.created_at, 1, 10))", "date"), ("x.voucher_no", "voucher_no"),
    ]),
    "publicity": ("publicities x LEFT JOIN achievements a ON a.id = x.achievement_id", [
        ("x.id", "id"), ("x.kind", "publicity_kind"), ("x.title", "title"), ("a.ledger_no", "ledger_no"),
        ("x.start_date", "start_date"), ("x.days", "days"), ("x.end_date", "end_date"), ("x.state", "publicity_state"),
        ("(SELECT count(*) FROM objections o WHERE o.publicity_id = x.id)", "objections"),
    ]),
    "objection": ("objections x JOIN publicities p ON p.id = x.publicity_id", [
        ("x.id", "id"), ("p.title", "title"), ("x.raised_by", "raised_by"), ("x.raised_on", "raised_on"),
        ("x.content", "content"), ("x.upheld", "upheld"), ("x.outcome", "outcome"), ("x.resolved_on", "resolved_on"),
    ]),
}


def detail_rows(db: Database, entity: str, ids: Iterable[int], *, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows of ``entity`` for ``ids`` (in id order), with the columns of :data:`DETAIL_COLUMNS`."""
    source, columns = DETAIL_COLUMNS[entity]
    wanted = sorted(set(ids))
    if limit is not None:
        wanted = wanted[:limit]
    select = ", ".join(f"{expr} AS {name}" for expr, name in columns)
    rows: list[dict[str, Any]] = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        sql = f"SELECT {select} FROM {source} WHERE x.id IN ({', '.join('?' for _ in chunk)}) ORDER BY x.id"
        rows.extend(dict(r) for r in db.query(sql, chunk))
    return rows


def family_detail(db: Database, key: str, year: int, today: date | None = None,
                  match: Mapping[int, Sequence[str]] | None = None) -> list[dict[str, Any]]:
    """Detail rows of the family's records of ``year`` (filtered like :func:`family_ids`), in one query."""
    fam = FAMILIES[key]
    source, columns = DETAIL_COLUMNS[fam.entity]
    select = ", ".join(f"{expr} AS {name}" for expr, name in columns)
    where, params = _match_where(fam, year, match, today)
    # The family's own source names the record ``x``; join the detail columns through its id.
    sql = (f"SELECT {select} FROM {source} WHERE x.id IN (SELECT x.id FROM {fam.source} WHERE {where}) "
           "ORDER BY x.id")
    return [dict(r) for r in db.query(sql, params)]
