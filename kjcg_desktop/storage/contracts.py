"""The contract register beyond the deals: counterparties entered once and reused, technology
development/consulting/service contracts (四技) with their receipts, registration facts of a
deal, equity rewards, spin-off companies and staff mobility — and the year's records the national
annual report counts (促进科技成果转化法第二十一条).

四技 contracts live in their own table: they never touch an achievement's transfer tags, transfer
count or publicities (those belong to deals, R5/R9)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from .. import clock
from .. import domain as d
from ..domain import contracts as c
from .db import Database, must_exist
from .events import log_event

COUNTERPARTY_FIELDS = ("name", "uscc", "region_code", "country_code", "party_type", "size", "industry", "state_owned",
                       "address", "contact")
TECH_CONTRACT_FIELDS = ("kind", "name", "contract_no", "counterparty_id", "amount_fen", "technology_amount_fen",
                        "contract_date", "term_start", "term_end", "department", "people", "funding_fen", "achievement_id",
                        "project_id", "tech_field", "tech_contract_reg_no", "state", "note", "review", "raw", "import_id")
REGISTRATION_FIELDS = ("counterparty_id", "tech_field", "technology_amount_fen", "expected_investment_fen",
                       "expected_output_fen", "term_start", "term_end")


def _now() -> str:
    """The change time stamp, in UTC with its zone."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _year(value: Any) -> str:
    return f"{int(value):04d}"


# -- counterparties ----------------------------------------------------------------------------------

def save_counterparty(db: Database, values: Mapping[str, Any], counterparty_id: int | None = None) -> int:
    """Create or change a counterparty (checked by :func:`domain.contracts.check_counterparty`).
    With ``counterparty_id`` the record is replaced by ``values``; a new one whose name is already on
    record completes that record instead (the values given fill or change its fields, the ones left
    empty keep what is on record), so each party exists once and nothing entered is lost."""
    now = _now()
    with db.transaction():
        old: dict[str, Any] | None = None
        if counterparty_id is None:
            name = str(values.get("name") or "").strip()
            found = db.scalar("SELECT id FROM counterparties WHERE name = ?", (name,)) if name else None
            if found is not None:
                old = must_exist(db.get("counterparties", found), f"交易对方“{name}”")
                given = {k: v for k, v in values.items() if k in COUNTERPARTY_FIELDS and v not in (None, "")}
                if given.get("uscc") and not values.get("region_code"):
                    given["region_code"] = None  # taken from the new credit code
                values = {**{k: old[k] for k in COUNTERPARTY_FIELDS}, **given}
                counterparty_id = found
        else:
            old = db.get("counterparties", counterparty_id)
            if old is None:
                raise d.DomainError(f"交易对方 {counterparty_id} 不存在")
        facts = c.check_counterparty(dict(values))
        row = {k: values.get(k) for k in COUNTERPARTY_FIELDS if k in values}
        row.update(name=facts.name, uscc=facts.uscc, region_code=facts.region_code, country_code=facts.country_code,
                   party_type=facts.party_type, size=facts.size, industry=facts.industry)
        row["state_owned"] = 1 if row.get("state_owned") else 0
        if old is None or counterparty_id is None:  # both None for a new party, both set otherwise
            counterparty_id = db.insert("counterparties", {**row, "created_at": now, "updated_at": now})
            log_event(db, "counterparty", counterparty_id, "create", new=row, article=c.ARTICLE_REGISTRATION)
        else:
            if db.scalar("SELECT id FROM counterparties WHERE name = ? AND id <> ?", (facts.name, counterparty_id)):
                raise d.DomainError(f"已有名为“{facts.name}”的交易对方", field="name")
            db.update("counterparties", counterparty_id, {**row, "updated_at": now})
            log_event(db, "counterparty", counterparty_id, "update", old={k: old[k] for k in row}, new=row,
                      article=c.ARTICLE_REGISTRATION)
    return counterparty_id


def get_counterparty(db: Database, counterparty_id: int) -> dict[str, Any] | None:
    return db.get("counterparties", counterparty_id)


def find_counterparties(db: Database, text: str = "", limit: int = 50) -> list[dict[str, Any]]:
    like = f"%{text.strip()}%"
    return [dict(r) for r in db.query("SELECT * FROM counterparties WHERE name LIKE ? OR uscc LIKE ? ORDER BY name LIMIT ?",
                                      (like, like, limit))]


def link_deal_counterparty(db: Database, deal_id: int, counterparty_id: int) -> None:
    """The deal's counterparty as a record (its name stays the deal's counterparty text)."""
    with db.transaction():
        cp = db.get("counterparties", counterparty_id)
        if cp is None or db.get("deals", deal_id) is None:
            raise d.DomainError("交易或交易对方不存在")
        db.update("deals", deal_id, {"counterparty_id": counterparty_id, "counterparty": cp["name"], "updated_at": _now()})
        log_event(db, "deal", deal_id, "counterparty", new={"counterparty_id": counterparty_id})


# -- technology contracts (四技) ------------------------------------------------------------------------

def next_contract_number(db: Database, year: int) -> str:
    prefix = f"HT-{year}-"
    last = db.scalar("SELECT number FROM tech_contracts WHERE number LIKE ? ORDER BY number DESC LIMIT 1", (prefix + "%",))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def check_tech_contract(values: Mapping[str, Any]) -> None:
    kind = values.get("kind")
    if kind not in c.TECH_CONTRACT_KINDS:
        raise d.DomainError(f"合同类别“{kind}”不是技术开发、咨询或服务", field="kind")
    if not str(values.get("name") or "").strip():
        raise d.DomainError("请填写合同名称", field="name")
    if not values.get("counterparty_id") and not values.get("review"):
        raise d.DomainError("请选择交易对方", field="counterparty_id")
    for key, label in (("amount_fen", "合同金额"), ("technology_amount_fen", "技术交易额"), ("funding_fen", "到校经费")):
        if values.get(key) is not None and int(values[key]) < 0:
            raise d.DomainError(f"{label}不能为负", field=key)
    tech = values.get("technology_amount_fen")
    if tech is not None and int(tech) > int(values.get("amount_fen") or 0):
        raise d.DomainError("技术交易额不能大于合同总额", field="technology_amount_fen")
    reg = values.get("tech_contract_reg_no")
    if reg:
        c.check_registration_number(reg)


def create_tech_contract(db: Database, values: Mapping[str, Any]) -> int:
    """Register a technology development, consulting or service contract. It may name the ledger
    achievement it used; the achievement's tags and transfer count are not touched."""
    row = {k: v for k, v in values.items() if k in TECH_CONTRACT_FIELDS}
    check_tech_contract(row)
    if row.get("tech_contract_reg_no"):
        row["tech_contract_reg_no"] = c.check_registration_number(row["tech_contract_reg_no"])
    signed = row.get("contract_date")
    if isinstance(signed, str) and signed:
        signed = date.fromisoformat(signed)
    year = signed.year if isinstance(signed, date) else clock.today().year
    now = _now()
    with db.transaction():
        if row.get("counterparty_id") and db.get("counterparties", int(row["counterparty_id"])) is None:
            raise d.DomainError(f"交易对方 {row['counterparty_id']} 不存在", field="counterparty_id")
        if row.get("achievement_id") and db.get("achievements", int(row["achievement_id"])) is None:
            raise d.DomainError(f"成果 {row['achievement_id']} 不存在", field="achievement_id")
        contract_id = db.insert("tech_contracts", {**row, "number": next_contract_number(db, year),
                                                   "created_at": now, "updated_at": now})
        log_event(db, "tech_contract", contract_id, "create", new=row, article=c.ARTICLE_REPORT)
    return contract_id


def add_tech_receipt(db: Database, contract_id: int, on: date, amount_fen: int, voucher_no: str | None = None) -> int:
    if int(amount_fen) <= 0:
        raise d.DomainError("到账金额须大于0", field="amount_fen")
    with db.transaction():
        if db.get("tech_contracts", contract_id) is None:
            raise d.DomainError(f"合同 {contract_id} 不存在")
        rid = db.insert("tech_contract_receipts", {"contract_id": contract_id, "date": on, "amount_fen": int(amount_fen),
                                                   "voucher_no": voucher_no})
        log_event(db, "tech_contract", contract_id, "receipt", new={"date": on, "amount_fen": int(amount_fen)})
    return rid


def list_tech_contracts(db: Database, *, year: int | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    where, params = ["1 = 1"], []
    if year:
        where.append("substr(t.contract_date, 1, 4) = ?")
        params.append(_year(year))
    if kind:
        where.append("t.kind = ?")
        params.append(kind)
    rows = db.query("SELECT t.*, cp.name AS counterparty, "
                    "(SELECT coalesce(sum(amount_fen), 0) FROM tech_contract_receipts r WHERE r.contract_id = t.id) AS received_fen "
                    "FROM tech_contracts t LEFT JOIN counterparties cp ON cp.id = t.counterparty_id "
                    f"WHERE {' AND '.join(where)} ORDER BY t.contract_date DESC, t.id DESC", params)
    return [dict(r) for r in rows]


def totals_by_kind(db: Database, year: int | None = None) -> list[dict[str, Any]]:
    """Signed contracts of every kind (deals and 四技) per contract year and kind: count, amount."""
    year_filter = "AND substr(contract_date, 1, 4) = ?" if year else ""
    params = [_year(year)] * 2 if year else []
    rows = db.query(
        "SELECT year, kind, count(*) AS contracts, sum(amount_fen) AS amount_fen FROM ("
        " SELECT substr(contract_date, 1, 4) AS year, kind, amount_fen, contract_date FROM deals"
        f"  WHERE state IN ('signed', 'completed') {year_filter}"
        " UNION ALL SELECT substr(contract_date, 1, 4), kind, amount_fen, contract_date FROM tech_contracts"
        f"  WHERE state IN ('signed', 'completed') {year_filter}"
        ") GROUP BY year, kind ORDER BY year DESC, CASE kind WHEN 'assignment' THEN 1 WHEN 'licence' THEN 2 "
        "WHEN 'equity' THEN 3 WHEN 'development' THEN 4 WHEN 'consulting' THEN 5 ELSE 6 END", params)
    return [dict(r) for r in rows]


# -- registration ------------------------------------------------------------------------------------

def find_contract(db: Database, number: str) -> tuple[str, dict[str, Any]] | None:
    """('deal' | 'tech', row) for a deal number (JY-…), a 四技 contract number (HT-…) or a contract no."""
    number = number.strip()
    row = db.one("SELECT * FROM deals WHERE number = ? OR contract_no = ? ORDER BY number = ? DESC LIMIT 1",
                 (number, number, number))
    if row is not None:
        return "deal", dict(row)
    row = db.one("SELECT * FROM tech_contracts WHERE number = ? OR contract_no = ? ORDER BY number = ? DESC LIMIT 1",
                 (number, number, number))
    return ("tech", dict(row)) if row is not None else None


def save_deal_registration_facts(db: Database, deal_id: int, values: Mapping[str, Any]) -> None:
    """The registration-form facts of a deal (technology field, technology-transaction amount,
    term, for an assignment the expected new investment and output)."""
    row = {k: v for k, v in values.items() if k in REGISTRATION_FIELDS}
    with db.transaction():
        deal = db.get("deals", deal_id)
        if deal is None:
            raise d.DomainError(f"交易 {deal_id} 不存在")
        tech = row.get("technology_amount_fen")
        if tech is not None and int(tech) > int(deal["amount_fen"] or 0):
            raise d.DomainError("技术交易额不能大于合同总额", field="technology_amount_fen")
        db.update("deals", deal_id, {**row, "updated_at": _now()})
        log_event(db, "deal", deal_id, "registration_facts", old={k: deal[k] for k in row}, new=row,
                  article=c.ARTICLE_REGISTRATION)


def record_registration_number(db: Database, source: str, record_id: int, number: str) -> str:
    """The registration number granted (16 digits, 14 on older certificates), kept as text."""
    number = c.check_registration_number(number)
    table = "deals" if source == "deal" else "tech_contracts"
    with db.transaction():
        old = db.get(table, record_id)
        if old is None:
            raise d.DomainError("合同不存在")
        db.update(table, record_id, {"tech_contract_reg_no": number, "updated_at": _now()})
        log_event(db, "deal" if source == "deal" else "tech_contract", record_id, "registration_number",
                  old={"tech_contract_reg_no": old["tech_contract_reg_no"]}, new={"tech_contract_reg_no": number},
                  article=c.ARTICLE_REGISTRATION)
    return number


def deals_awaiting_registration(db: Database) -> list[dict[str, Any]]:
    """Assignment and licence deals with income received (a cash reward is due or paid) and no
    registration number: the halved tax on their rewards waits for it (财税〔2018〕58号)."""
    rows = db.query(
        "SELECT dl.id, dl.number, dl.kind, dl.counterparty, dl.amount_fen, dl.achievement_id, a.name AS achievement_name, "
        "(SELECT min(r.date) FROM income_receipts r WHERE r.deal_id = dl.id) AS first_receipt "
        "FROM deals dl JOIN achievements a ON a.id = dl.achievement_id "
        "WHERE dl.kind IN ('assignment', 'licence') AND dl.state IN ('signed', 'completed') "
        "AND coalesce(trim(dl.tech_contract_reg_no), '') = '' "
        "AND EXISTS (SELECT 1 FROM income_receipts r WHERE r.deal_id = dl.id) ORDER BY first_receipt, dl.number")
    return [dict(r) for r in rows]


# -- rewards and registers -------------------------------------------------------------------------------

def add_equity_reward(db: Database, deal_id: int, recipient: str, value_fen: int, granted_on: date, *,
                      shares: str | None = None, person_id: int | None = None, tax_treatment: str = "deferred") -> int:
    if not str(recipient or "").strip():
        raise d.DomainError("请填写获奖励人", field="recipient")
    if tax_treatment not in c.EQUITY_TAX_LABELS:
        raise d.DomainError("股权奖励的计税方式不正确", field="tax_treatment")
    with db.transaction():
        deal = db.get("deals", deal_id)
        if deal is None:
            raise d.DomainError(f"交易 {deal_id} 不存在")
        if deal["kind"] != "equity":
            raise d.DomainError("股权奖励只来自作价投资交易", field="deal_id")
        rid = db.insert("equity_rewards", {"deal_id": deal_id, "recipient": recipient.strip(), "person_id": person_id,
                                           "shares": shares, "value_fen": int(value_fen), "granted_on": granted_on,
                                           "tax_treatment": tax_treatment, "created_at": _now()})
        log_event(db, "deal", deal_id, "equity_reward", new={"recipient": recipient, "value_fen": int(value_fen)},
                  article=c.ARTICLE_EQUITY_TAX)
    return rid


def add_spinoff(db: Database, company: str, founded_on: date | None, **fields: Any) -> int:
    if not str(company or "").strip():
        raise d.DomainError("请填写企业名称", field="company")
    if fields.get("uscc"):
        fields["uscc"] = c.check_uscc(fields["uscc"])
    allowed = {k: v for k, v in fields.items() if k in ("uscc", "achievement_id", "deal_id", "unit_holding", "founders", "note")}
    with db.transaction():
        sid = db.insert("spinoffs", {"company": company.strip(), "founded_on": founded_on, **allowed, "created_at": _now()})
        log_event(db, "spinoff", sid, "create", new={"company": company, **allowed})
    return sid


MOBILITY_KINDS = {"leave": "离岗创业", "part_time": "兼职"}


def add_staff_mobility(db: Database, person: str, kind: str, organisation: str, start: date, end: date | None = None,
                       **fields: Any) -> int:
    if kind not in MOBILITY_KINDS:
        raise d.DomainError("类别应为离岗创业或兼职", field="kind")
    if not str(person or "").strip() or not str(organisation or "").strip():
        raise d.DomainError("请填写人员和所在单位（企业）", field="person")
    if end is not None and end < start:
        raise d.DomainError("结束日期不能早于开始日期", field="end_date")
    allowed = {k: v for k, v in fields.items() if k in ("person_id", "department", "note")}
    with db.transaction():
        mid = db.insert("staff_mobility", {"person": person.strip(), "kind": kind, "organisation": organisation.strip(),
                                           "start_date": start, "end_date": end, **allowed, "created_at": _now()})
        log_event(db, "staff_mobility", mid, "create", new={"person": person, "kind": kind, "organisation": organisation})
    return mid


# -- the national report's records of a year ---------------------------------------------------------------



def year_contracts(db: Database, year: int) -> list[dict[str, Any]]:
    """Every signed contract (deals and 四技) whose signing date falls in ``year``, with its
    counterparty's classification (the counterparty record, else the deal's own columns) and
    whether it carries a publicly funded achievement; ``confidential`` marks the ones the report
    leaves out."""
    y = _year(year)
    deals = db.query(
        "SELECT 'deal' AS source, dl.id, dl.number, dl.contract_no, dl.kind, a.name AS name, dl.counterparty, "
        "dl.amount_fen, dl.contract_date, dl.tech_contract_reg_no, a.ledger_no, a.confidential, "
        "coalesce(cp.region_code, cpn.region_code, dl.counterparty_region) AS region_code, "
        "coalesce(cp.country_code, cpn.country_code) AS country_code, "
        "coalesce(cp.party_type, cpn.party_type) AS party_type, "
        "coalesce(cp.size, cpn.size, CASE dl.counterparty_small WHEN 1 THEN 'small' END) AS size, "
        "coalesce(cp.industry, cpn.industry, CASE WHEN length(dl.counterparty_industry) = 1 "
        "  THEN upper(dl.counterparty_industry) END) AS industry, "
        "(p.funding_source = 'government') AS public_funded, a.department, NULL AS review "
        "FROM deals dl JOIN achievements a ON a.id = dl.achievement_id "
        "LEFT JOIN counterparties cp ON cp.id = dl.counterparty_id "
        "LEFT JOIN counterparties cpn ON dl.counterparty_id IS NULL AND cpn.name = dl.counterparty "
        "LEFT JOIN projects p ON p.id = a.project_id "
        "WHERE dl.state IN ('signed', 'completed') AND substr(dl.contract_date, 1, 4) = ?", (y,))
    techs = db.query(
        "SELECT 'tech' AS source, t.id, t.number, t.contract_no, t.kind, t.name, cp.name AS counterparty, t.amount_fen, "
        "t.contract_date, t.tech_contract_reg_no, a.ledger_no, coalesce(a.confidential, 0) AS confidential, "
        "cp.region_code, cp.country_code, cp.party_type, cp.size, cp.industry, "
        "(coalesce(p.funding_source, pa.funding_source) = 'government') AS public_funded, t.department, t.review "
        "FROM tech_contracts t LEFT JOIN counterparties cp ON cp.id = t.counterparty_id "
        "LEFT JOIN achievements a ON a.id = t.achievement_id LEFT JOIN projects p ON p.id = t.project_id "
        "LEFT JOIN projects pa ON pa.id = a.project_id "
        "WHERE t.state IN ('signed', 'completed') AND substr(t.contract_date, 1, 4) = ?", (y,))
    rows = [dict(r) for r in deals] + [dict(r) for r in techs]
    for r in rows:
        r["public_funded"] = bool(r["public_funded"])
        r["confidential"] = bool(r["confidential"])
    rows.sort(key=lambda r: (str(r["contract_date"]), r["number"]))
    return rows


def year_receipts(db: Database, year: int) -> list[dict[str, Any]]:
    """Income received in ``year`` (到账金额, by receipt date) on deals and 四技 contracts."""
    y = _year(year)
    rows = db.query(
        "SELECT 'deal' AS source, dl.number, dl.contract_no, dl.kind, r.date, r.amount_fen, a.confidential FROM income_receipts r "
        "JOIN deals dl ON dl.id = r.deal_id JOIN achievements a ON a.id = dl.achievement_id WHERE substr(r.date, 1, 4) = ? "
        "UNION ALL SELECT 'tech', t.number, t.contract_no, t.kind, r.date, r.amount_fen, coalesce(a.confidential, 0) "
        "FROM tech_contract_receipts r JOIN tech_contracts t ON t.id = r.contract_id "
        "LEFT JOIN achievements a ON a.id = t.achievement_id WHERE substr(r.date, 1, 4) = ? ORDER BY 5, 2", (y, y))
    return [dict(r) for r in rows]


def year_rewards(db: Database, year: int) -> list[dict[str, Any]]:
    """Rewards to individuals paid out in ``year``: the cash shares of distributions by payout
    date, with the tax treatment from the deal's registration; equity rewards by grant date."""
    y = _year(year)
    cash = db.query(
        "SELECT 'cash' AS form, x.id, dl.number AS deal_no, dl.contract_no, dl.kind, dl.tech_contract_reg_no, x.recipient, x.person_id, "
        "x.amount_fen, x.paid_date AS date, a.confidential, a.ledger_no FROM distributions x "
        "JOIN income_receipts r ON r.id = x.receipt_id JOIN deals dl ON dl.id = r.deal_id "
        "JOIN achievements a ON a.id = dl.achievement_id "
        "WHERE x.is_unit = 0 AND x.amount_fen > 0 AND substr(x.paid_date, 1, 4) = ?", (y,))
    equity = db.query(
        "SELECT 'equity' AS form, e.id, dl.number AS deal_no, dl.contract_no, dl.kind, dl.tech_contract_reg_no, e.recipient, e.person_id, "
        "e.value_fen AS amount_fen, e.granted_on AS date, a.confidential, a.ledger_no, e.tax_treatment, e.shares "
        "FROM equity_rewards e JOIN deals dl ON dl.id = e.deal_id JOIN achievements a ON a.id = dl.achievement_id "
        "WHERE substr(e.granted_on, 1, 4) = ?", (y,))
    out = []
    for r in cash:
        row = dict(r)
        row["tax_treatment"] = c.cash_reward_tax(row["kind"], row["tech_contract_reg_no"])
        out.append(row)
    out += [dict(r) for r in equity]
    for item in out:
        item["confidential"] = bool(item["confidential"])
    out.sort(key=lambda r: (str(r["date"]), r["deal_no"], r["id"]))
    return out


def year_achievements(db: Database, year: int) -> list[dict[str, Any]]:
    """Achievements legally obtained in ``year``: registered in the ledger that year (登记日期),
    with type, legal status and the funding of their project (the source)."""
    rows = db.query(
        "SELECT a.id, a.ledger_no, a.name, a.type, a.legal_status, a.confidential, a.department, "
        "coalesce(p.funding_source, 'unknown') AS funding_source FROM achievements a "
        "LEFT JOIN projects p ON p.id = a.project_id "
        "WHERE a.status <> 'disclosed' AND substr(a.registration_date, 1, 4) = ? ORDER BY a.registration_date, a.id",
        (_year(year),))
    return [dict(r) | {"confidential": bool(r["confidential"])} for r in rows]


def year_spinoffs(db: Database, year: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT s.*, a.ledger_no, coalesce(a.confidential, 0) AS confidential FROM spinoffs s "
                    "LEFT JOIN achievements a ON a.id = s.achievement_id "
                    "WHERE s.founded_on IS NULL OR substr(s.founded_on, 1, 4) <= ? ORDER BY s.founded_on, s.id", (_year(year),))
    return [dict(r) for r in rows]


def year_mobility(db: Database, year: int) -> list[dict[str, Any]]:
    """Staff on leave or in part-time posts at any time during ``year``."""
    y = _year(year)
    rows = db.query("SELECT * FROM staff_mobility WHERE substr(start_date, 1, 4) <= ? "
                    "AND (end_date IS NULL OR substr(end_date, 1, 4) >= ?) ORDER BY kind, start_date, id", (y, y))
    return [dict(r) for r in rows]


def confidential_left_out(db: Database, year: int) -> int:
    """Classified achievements on record at the end of ``year`` (registered, or disclosed, by then):
    the number the reports say they left out."""
    return int(db.scalar(
        "SELECT count(*) FROM achievements WHERE confidential = 1 "
        "AND coalesce(registration_date, disclosure_date, substr(created_at, 1, 10)) <= ?", (f"{int(year):04d}-12-31",)))


# -- workbook imports of 四技 contracts ------------------------------------------------------------------

def start_contract_import(db: Database, source: str, sheet: str | None) -> int:
    return db.insert("contract_imports", {"source": source, "sheet": sheet, "imported_at": _now(), "summary": {}})


def finish_contract_import(db: Database, import_id: int, summary: dict[str, int]) -> None:
    db.update("contract_imports", import_id, {"summary": summary})
    log_event(db, "contract_import", import_id, "create", new=summary)


def known_contract_numbers(db: Database) -> set[str]:
    return {r[0] for r in db.query("SELECT contract_no FROM tech_contracts WHERE contract_no IS NOT NULL")}


def counterparty_id_by_name(db: Database, name: str) -> int | None:
    found: int | None = db.scalar("SELECT id FROM counterparties WHERE name = ?", (name,))
    return found


def mark_counterparty_imported(db: Database, counterparty_id: int, import_id: int) -> None:
    db.update("counterparties", counterparty_id, {"import_id": import_id})


def achievement_name(db: Database, achievement_id: int | None) -> str:
    return str(db.scalar("SELECT name FROM achievements WHERE id = ?", (achievement_id,)) or "")


def achievement_id_by_ledger_no(db: Database, ledger_no: str) -> int | None:
    found: int | None = db.scalar("SELECT id FROM achievements WHERE ledger_no = ?", (ledger_no,))
    return found


def undo_contract_import(db: Database, import_id: int) -> int:
    """Remove the contracts of an import (refused once one has receipts) and the counterparties it
    created that nothing else uses. Returns the number of contracts removed."""
    with db.transaction():
        batch = db.get("contract_imports", import_id)
        if batch is None or batch["undone_at"]:
            raise d.DomainError("该导入不存在或已撤销")
        if db.scalar("SELECT count(*) FROM tech_contract_receipts r JOIN tech_contracts t ON t.id = r.contract_id "
                     "WHERE t.import_id = ?", (import_id,)):
            raise d.DomainError("该批合同已登记到账，不能整体撤销")
        removed = db.execute("DELETE FROM tech_contracts WHERE import_id = ?", (import_id,)).rowcount
        db.execute("DELETE FROM counterparties WHERE import_id = ? AND id NOT IN (SELECT counterparty_id FROM tech_contracts "
                   "WHERE counterparty_id IS NOT NULL) AND id NOT IN (SELECT counterparty_id FROM deals "
                   "WHERE counterparty_id IS NOT NULL)", (import_id,))
        db.update("contract_imports", import_id, {"undone_at": _now()})
        log_event(db, "contract_import", import_id, "undo", new={"removed": removed})
    return removed


def list_mobility(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM staff_mobility ORDER BY start_date DESC, id DESC")]


def list_spinoffs(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT s.*, a.ledger_no, dl.number AS deal_no FROM spinoffs s "
                                      "LEFT JOIN achievements a ON a.id = s.achievement_id "
                                      "LEFT JOIN deals dl ON dl.id = s.deal_id ORDER BY s.founded_on DESC, s.id DESC")]


def list_equity_rewards(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT e.*, dl.number AS deal_no, dl.company FROM equity_rewards e "
                                      "JOIN deals dl ON dl.id = e.deal_id ORDER BY e.granted_on DESC, e.id DESC")]


def equity_deals(db: Database) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT dl.id, dl.number, dl.company, a.name AS achievement_name FROM deals dl "
                                      "JOIN achievements a ON a.id = dl.achievement_id WHERE dl.kind = 'equity' "
                                      "AND dl.state IN ('signed', 'completed') ORDER BY dl.number DESC")]
