"""Patent maintenance, the core: the fee calendar of each patent, payments, the budget, reminders
and the keep-or-abandon review. Rules in ``domain.fees``; records in ``storage.fees``. Files going in
and out (payment workbooks, the payment list, CNIPA's 应缴费查询) are :mod:`.fees`."""


import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .. import clock
from ..domain import fees as rules
from ..domain.errors import DomainError
from ..domain.money import format_yuan, yuan_to_fen
from ..domain.partial_dates import full_date
from ..domain.publicity import is_working_day
from ..domain.reminders import ARTICLE_ANNUITY, Reminder
from ..storage import fees as repo
from ..storage.db import Database
from ..storage.settings import Settings
from .progress import pause_point

REMINDER_DAYS = (90, 30, 7)
UNIT_REDUCTION_SETTING = "fee_unit_reduction_on_record"
_HOLDER_SPLIT = re.compile(r"[;；、,，/\n]+")
_APP_NO = re.compile(r"^(?:CN|ZL)?(\d{12}|\d{8})\.?([0-9X])?$")



def normalise_application_no(value: str | None) -> str:
    """An application number as ASCII, without CN/ZL prefix, with its check digit
    (``202310123456.7``); other forms are returned stripped."""
    from .excel_import import check_digit, half_width

    if not value:
        return ""
    text = "".join(half_width(str(value)).split()).upper()
    m = _APP_NO.match(text)
    if not m:
        return text
    digits, check = m.group(1), m.group(2)
    return f"{digits}.{check or check_digit(digits)}"


def yuan(fen: int) -> str:
    """Two decimals, no thousands separator: JSON and machine-read columns."""
    return f"{Decimal(fen) / 100:.2f}"


# ---------------------------------------------------------------- the fee calendar

@dataclass
class FeeLine:
    achievement_id: int
    ledger_no: str
    name: str
    department: str
    application_no: str
    fee: rules.Fee
    state: rules.FeeState
    split: rules.PayerSplit
    holders: list[rules.Holder]
    reduction_note: str
    review: dict[str, Any] | None = None
    transfer_status: str = ""
    stage: str = ""
    filing: date | None = None
    term_end: date | None = None
    cost_to_term_fen: int | None = None  # None: not computed
    completers: list[str] = field(default_factory=list)

    @property
    def unpaid_in_grace_without_decision(self) -> bool:
        """Left unpaid into the grace period with no keep-or-abandon decision: flagged red."""
        return self.state.status == "late" and self.review is None

    def payer_amounts(self) -> dict[str, int]:
        return self.split.split(self.state.owed_fen)

    def as_json(self) -> dict[str, Any]:
        f, s = self.fee, self.state
        return {
            "achievement_id": self.achievement_id, "ledger_no": self.ledger_no, "name": self.name,
            "application_no": self.application_no, "type": f.patent_type, "fee_kind": f.kind_label,
            "patent_year": f.year, "due_date": f.due.isoformat(), "full_amount": yuan(f.full_fen),
            "reduction_percent": f"{f.reduction_percent:.0f}", "payable_amount": yuan(f.payable_fen),
            "grace_end": f.grace_end.isoformat(), "status": s.status,
            "surcharge_percent_today": f"{s.surcharge_percent:.0f}", "surcharge_amount_today": yuan(s.surcharge_fen),
            "surcharge_rises_on": s.rises_on.isoformat() if s.rises_on else None,
            "amount_owed_today": yuan(s.owed_fen), "paid_amount": yuan(s.paid_fen), "balance": yuan(s.balance_fen),
            "payer_split": {k: f"{v.normalize():f}" for k, v in self.split.shares.items()},
            "payer_amounts": {k: yuan(v) for k, v in self.payer_amounts().items()},
            "payer_split_source": self.split.source, "reduction_note": self.reduction_note,
            "review_decision": self.review["decision"] if self.review else None,
            "flag": "unpaid_in_grace_without_decision" if self.unpaid_in_grace_without_decision else None,
        }


@dataclass
class _Context:
    rows: list[rules.ScheduleRow]
    filings: dict[str, dict[str, Any]]
    unit: rules.Holder
    payments: dict[tuple[int, int], list[tuple[date, int]]]
    reviews: dict[tuple[int, int], dict[str, Any]]
    # the one holiday calendar, asked once per day within one computation
    is_working_day: rules.WorkingDay = field(default_factory=lambda: lru_cache(maxsize=None)(is_working_day))


def _context(db: Database) -> _Context:
    settings = Settings(db)
    unit_name = str(settings.get("unit_name") or "本单位")
    unit_on_record = settings.get(UNIT_REDUCTION_SETTING, True)
    return _Context(repo.schedule_rows(db), repo.reduction_filings(db), rules.Holder(unit_name, bool(unit_on_record)),
                    repo.payments_by_fee(db), repo.reviews(db))


def _holder(ctx: _Context, name: str) -> rules.Holder:
    rec = ctx.filings.get(name)
    return rules.Holder(name, None if rec is None else bool(rec["eligible"]))


def _holders_for(ctx: _Context, row: dict[str, Any], day: date) -> list[rules.Holder]:
    names = [n.strip() for n in _HOLDER_SPLIT.split(row.get("holder") or "") if n.strip()]
    others = [_holder(ctx, n) for n in names if n != ctx.unit.name and n not in row["completers"]]
    completers = [_holder(ctx, n) for n in row["completers"]]
    grant = row.get("grant")
    partial_on = full_on = None
    if grant is not None:
        on = date.fromisoformat(str(grant["effective_at"])[:10])
        if grant["grant_mode"] == "partial":
            partial_on = on
        elif grant["grant_mode"] in ("full", "remaining"):
            full_on = on
    return rules.holders_on(day, ctx.unit, others, partial_grant_on=partial_on, completers=completers, full_grant_on=full_on)


def payer_split_for(row: dict[str, Any]) -> rules.PayerSplit:
    """The stored split, else the grant agreement's maintenance clause, else the ownership shares
    (方案二(一)), else the unit alone."""
    stored = repo.stored_split(row)
    if stored is not None:
        return stored
    grant = row.get("grant")
    if grant is not None:
        parsed = rules.parse_maintenance_clause(row.get("maintenance_clause") or "")
        if parsed is not None:
            return parsed
        return rules.split_by_ownership(grant["team_share"] if grant["grant_mode"] == "partial" else "100")
    return rules.PayerSplit()


def _grant_year(row: dict[str, Any], filing: date | None) -> int | None:
    """The patent year of the grant, or None when the grant date is missing or not after filing."""
    grant_day = row.get("grant_date")
    if not grant_day or filing is None:
        return None
    try:
        return rules.patent_year_of(filing, date.fromisoformat(str(grant_day)[:10]))
    except (DomainError, ValueError):
        return None


def _lines_for(ctx: _Context, row: dict[str, Any], today: date, start: date | None, end: date | None,
               with_cost: bool = True) -> list[FeeLine]:
    """The fees of one patent due in [start, end]; ``with_cost`` also sums each line's cost to the
    end of the term (every later year is then computed)."""
    try:
        filing = date.fromisoformat(str(row["filing_date"])[:10])
    except ValueError:
        return []
    comp = int(row.get("compensation_days") or 0)
    if row["status"] in rules.LIVE_STATUSES_EXCLUDED:
        return []
    ptype = row["type"]
    grant_year = _grant_year(row, filing)
    try:
        years = rules.fee_years(ptype, filing, grant_year or 1, comp)
    except DomainError:
        return []
    split = payer_split_for(row)
    app_no = normalise_application_no(row.get("application_no") or row.get("patent_no"))
    t_end = rules.term_end(ptype, filing, comp)
    out: list[FeeLine] = []
    built: list[tuple[rules.Fee, list[rules.Holder]]] = []
    for year in years:
        due_nominal = rules.patent_year_start(filing, year)
        if not with_cost:  # a holiday move is at most a few weeks
            if start is not None and rules.add_months(due_nominal, rules.GRACE_MONTHS + 1) < start:
                continue
            if end is not None and due_nominal > end:
                break
        holders = _holders_for(ctx, row, due_nominal)
        try:
            fee = rules.fee_for_year(ctx.rows, ptype, filing, year, grant_year=grant_year, holders=holders,
                                     is_working_day=ctx.is_working_day)
        except DomainError:
            continue
        built.append((fee, holders))
    for i, (fee, holders) in enumerate(built):
        if start is not None and fee.grace_end < start:
            continue
        if end is not None and fee.due > end:
            break
        state = rules.fee_state(fee, ctx.payments.get((row["id"], fee.year), []), today, ctx.is_working_day)
        note = "" if grant_year is not None else "授权日未填：无法确定费减年度，按不减缴计算"
        if fee.reduction_percent == 0 and grant_year is not None and grant_year <= fee.year < grant_year + rules.REDUCTION_YEARS:
            note = rules.reduction_blocker(holders)
        cost = sum(f.payable_fen for f, _ in built[i:]) if with_cost else None
        out.append(FeeLine(row["id"], row.get("ledger_no") or "", row["name"], row.get("department") or "", app_no, fee, state,
                           split, holders, note, ctx.reviews.get((row["id"], fee.year)), row.get("transfer_status") or "",
                           row.get("stage") or "", filing, t_end, cost, row["completers"]))
    return out


def fee_calendar(db: Database, *, start: date | None = None, end: date | None = None, today: date | None = None,
                 include_paid: bool = True, with_cost: bool = False) -> list[FeeLine]:
    """Every annual fee of every live patent due in [start, end] (default: from the oldest fee still
    in its grace period to a year ahead), earliest first."""
    today = today or clock.today()
    if start is None:
        start = rules.add_months(today, -rules.GRACE_MONTHS) - timedelta(days=15)
    if end is None:
        end = today + timedelta(days=365)
    ctx = _context(db)
    lines: list[FeeLine] = []
    for i, row in enumerate(repo.fee_patents(db)):
        if i % 32 == 0:
            pause_point()
        for line in _lines_for(ctx, row, today, start, end, with_cost):
            if line.fee.due < start:
                continue
            if include_paid or line.state.status != "paid":
                lines.append(line)
    lines.sort(key=lambda x: (x.fee.due, x.achievement_id, x.fee.year))
    return lines


def fee_lines_for(db: Database, achievement_id: int, today: date | None = None) -> list[FeeLine]:
    """All annual fees of one patent, from the year after grant to the end of its term."""
    row = repo.patent_facts(db, achievement_id)
    if row is None:
        return []
    return _lines_for(_context(db), row, today or clock.today(), None, None)


def still_owes_fees(row: dict[str, Any], db: Database, today: date | None = None) -> bool:
    """The one question the detail page and the reminders ask (``domain.fees.owes_annual_fees``)."""
    filing = full_date(row.get("filing_date"))  # a month- or year-only filing date names no fee day
    return rules.owes_annual_fees(row.get("type"), row.get("legal_status"), row.get("status"), filing,
                                  today or clock.today(), repo.compensation_days(db, row["id"]) if filing else 0)


def next_unpaid_fee(db: Database, row: dict[str, Any], today: date | None = None) -> FeeLine | None:
    """The next fee the detail page shows: the earliest unpaid one (a late one first); None when the
    patent no longer owes annual fees."""
    today = today or clock.today()
    if not still_owes_fees(row, db, today):
        return None
    for line in fee_lines_for(db, row["id"], today):
        if line.state.status in ("due", "late", "partial"):
            return line
    return None


# ---------------------------------------------------------------- payments

def pay(db: Database, record: str, year: int, paid_on: date, amount: str | Decimal, *, receipt_no: str = "",
        payer: str = "") -> tuple[int, FeeLine]:
    """Record a payment of the fee of patent year ``year`` (RECORD: ledger number, application
    number or id). Returns (achievement id, the fee's new state)."""
    achievement_id = repo.find_achievement(db, record)
    if achievement_id is None:
        raise DomainError(f"找不到成果“{record}”（可用台账编号、申请号或成果编号）")
    lines = {line.fee.year: line for line in fee_lines_for(db, achievement_id, paid_on)}
    if year not in lines:
        known = f"{min(lines)}–{max(lines)}" if lines else "无"
        raise DomainError(f"该专利没有第{year}年的年费（可缴年度：{known}）", article=rules.ARTICLE_PATENT_YEAR, field="year")
    repo.record_payment(db, achievement_id, year, paid_on, yuan_to_fen(str(amount)), receipt_no=receipt_no, payer=payer)
    return achievement_id, {line.fee.year: line for line in fee_lines_for(db, achievement_id, paid_on)}[year]


# ---------------------------------------------------------------- budget

@dataclass
class Budget:
    years: list[int]
    by_year: dict[int, int]
    by_department: dict[tuple[int, str], int]
    by_type: dict[tuple[int, str], int]
    by_payer: dict[tuple[int, str], int]
    lines: list[FeeLine]
    cost_to_term: dict[int, tuple[str, int]]  # achievement → (name, fen)

    def as_json(self) -> dict[str, Any]:
        def table(d: dict[tuple[int, str], int]) -> list[dict[str, Any]]:
            return [{"year": y, "key": k, "amount": yuan(v)} for (y, k), v in sorted(d.items())]
        return {"years": self.years, "by_year": {str(y): yuan(self.by_year.get(y, 0)) for y in self.years},
                "by_department": table(self.by_department), "by_type": table(self.by_type), "by_payer": table(self.by_payer),
                "cost_to_end_of_term": [{"achievement_id": a, "name": n, "amount": yuan(v)}
                                        for a, (n, v) in sorted(self.cost_to_term.items())],
                "total": yuan(sum(self.by_year.values()))}


def budget(db: Database, years: int = 3, today: date | None = None) -> Budget:
    """Fees falling due in the next ``years`` calendar years (from this one), by year, department,
    type and payer, with each patent's cost to the end of its term (1-2 第十二条 state-asset report)."""
    if not 1 <= years <= 20:
        raise DomainError("预算年数须在 1–20 之间", field="years")
    today = today or clock.today()
    first, last = today.year, today.year + years - 1
    b = Budget(list(range(first, last + 1)), defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(int), [], {})
    ctx = _context(db)
    for row in repo.fee_patents(db):
        all_lines = _lines_for(ctx, row, today, None, None, with_cost=False)
        remaining = [x for x in all_lines if x.fee.due >= today and x.state.status != "paid"]
        if remaining:
            b.cost_to_term[row["id"]] = (row["name"], sum(x.fee.payable_fen for x in remaining))
        for x in all_lines:
            if not first <= x.fee.due.year <= last or x.state.status == "lapsed":
                continue
            b.lines.append(x)
            amount = x.state.balance_fen if x.state.status != "paid" else x.state.owed_fen
            y = x.fee.due.year
            b.by_year[y] += amount
            b.by_department[(y, x.department or "（未填部门）")] += amount
            b.by_type[(y, rules.TYPE_LABELS[x.fee.patent_type])] += amount
            for payer, part in x.split.split(amount).items():
                b.by_payer[(y, rules.PAYER_LABELS.get(payer, payer))] += part
    b.lines.sort(key=lambda x: (x.fee.due, x.achievement_id, x.fee.year))
    return b


# ---------------------------------------------------------------- reminders

def fee_reminders(db: Database, today: date | None = None) -> list[Reminder]:
    """Reminders of unpaid annual fees due within 90 days (and those already in their grace
    period), for the dashboard and the calendar export; only for patents that still owe fees."""
    today = today or clock.today()
    items = []
    for x in fee_calendar(db, start=rules.add_months(today, -rules.GRACE_MONTHS) - timedelta(days=15),
                          end=today + timedelta(days=REMINDER_DAYS[0]), today=today, include_paid=False):
        if x.state.status == "lapsed":
            continue
        due = x.fee.due if x.fee.due >= today else x.fee.grace_end
        if x.state.status == "late":
            when = f"已逾期，滞纳金 {x.state.surcharge_percent:.0f}%，宽限至 {x.fee.grace_end.isoformat()}"
        else:
            when = f"{reminder_level((x.fee.due - today).days)}日内到期"
        name = f"{x.name}（{x.fee.kind_label} {format_yuan(x.state.balance_fen)} 元，{when}）"
        items.append(Reminder("annuity", due, (("name", name), ("number", x.application_no),
                                               ("filing", x.filing.isoformat() if x.filing else "")),
                              ARTICLE_ANNUITY, x.achievement_id, f"achievement:{x.achievement_id}"))
    return items


def reminder_level(days_left: int) -> int | None:
    """The reminder step a fee is at: 90, 30 or 7 days before it falls due (None beyond 90)."""
    for days in sorted(REMINDER_DAYS):
        if days_left <= days:
            return days
    return None


# ---------------------------------------------------------------- keep-or-abandon review

def review_list(db: Database, start: date, end: date, today: date | None = None) -> list[FeeLine]:
    """Patents whose fee falls due in [start, end] and is unpaid, with what matters for the decision."""
    return [x for x in fee_calendar(db, start=start, end=end, today=today, include_paid=False, with_cost=True)
            if x.state.status != "lapsed"]


def decide(db: Database, line: FeeLine, decision: str, *, decided_by: str, reason: str, on: date | None = None,
           completers_answer: str = "", publicity_start: date | None = None) -> int:
    """Record a keep-or-abandon decision (1-2 第十一条). "abandon" starts the abandonment with its
    publicity through the abandonment service, then records the decision with the application."""
    from ..storage import abandonment

    on = on or clock.today()
    rules.check_review_decision(decision, reason, decided_by)
    application_id = None
    if decision == "abandon":
        application_id, _ = abandonment.request_abandonment(
            db, line.achievement_id, requested_by="unit", reason="stop_maintenance", on=on,
            publicity_start=publicity_start or on, reason_text=reason, decided_by=decided_by)
    with db.transaction():
        review_id = repo.record_review(db, line.achievement_id, line.fee.year, line.fee.due, decision, decided_by=decided_by,
                                       decided_on=on, reason=reason, completers_answer=completers_answer,
                                       application_id=application_id)
        if decision == "offer" and completers_answer == "accepted":
            repo.set_payer_split(db, line.achievement_id, COMPLETERS_MAINTAIN)
    return review_id


COMPLETERS_MAINTAIN = rules.PayerSplit({"team": rules.HUNDRED}, "维持评审：完成人同意承担维持费")


def record_completers_answer(db: Database, review_id: int, answer: str) -> None:
    """The completers' later answer to an offer; when they take the maintenance on, they pay from
    then on (1-2 第十一条)."""
    with db.transaction():
        repo.set_completers_answer(db, review_id, answer)
        if answer == "accepted":
            row = db.get("fee_reviews", review_id)
            if row is not None:
                repo.set_payer_split(db, row["achievement_id"], COMPLETERS_MAINTAIN)


def grant_fee_outlook(db: Database, achievement_id: int, today: date | None = None) -> list[rules.GrantFeeCase]:
    """When a partial ownership grant is made: the next fee under 70 % with the completers' 费减备案
    and under no reduction without (方案二(一); 专利收费减缴办法)."""
    lines = fee_lines_for(db, achievement_id, today)
    upcoming = [x for x in lines if x.state.status in ("due", "late", "partial")]
    if not upcoming:
        return []
    x = upcoming[0]
    ctx = _context(db)
    grant_year = _grant_year(repo.patent_facts(db, achievement_id) or {}, x.filing)
    return rules.partial_grant_fee_cases(x.fee.full_fen, x.fee.year, grant_year, ctx.unit)


def grant_fee_outlook_rows(db: Database, achievement_id: int, today: date | None = None) -> list[tuple[str, str, str]]:
    """The ownership form's note on annual fees after a partial grant: the next fee with the
    completers' 费减备案 (70 %) and without (none), each with its yearly amount."""
    cases = grant_fee_outlook(db, achievement_id, today)
    if not cases:
        return []
    upcoming = next(x for x in fee_lines_for(db, achievement_id, today) if x.state.status in ("due", "late", "partial"))
    text = "；".join(f"{c.label}：费减 {c.reduction_percent:.0f}%，{upcoming.fee.kind_label} {format_yuan(c.yearly_fen)} 元"
                    for c in cases)
    return [("部分赋权后的专利年费", text + "（共有人均须办理费减备案方可减缴）", f"{rules.ARTICLE_OWNERSHIP}；{rules.ARTICLE_REDUCTION}")]


def lines_by_payer(lines: Iterable[FeeLine]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for x in lines:
        for k, v in x.payer_amounts().items():
            totals[k] += v
    return dict(totals)
