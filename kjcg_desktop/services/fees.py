"""Patent maintenance use cases: the fee calendar, payments, the budget, the payment list for an
agent or CNIPA's online payment, the comparison with CNIPA's 应缴费查询, reminders and the
keep-or-abandon review. Rules in ``domain.fees``; records in ``storage.fees``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
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
    for row in repo.fee_patents(db):
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


_PAYMENT_HEADERS = {
    "record": ("申请号", "专利申请号", "专利号", "台账编号", "成果编号"),
    "kind": ("费用种类", "费用名称"),
    "year": ("专利年度", "年度", "缴费年度"),
    "paid_on": ("缴费日期", "缴费日", "付款日期", "日期"),
    "amount": ("金额", "缴费金额", "实缴金额", "金额（元）"),
    "receipt": ("收据号", "票据号", "收据编号"),
    "payer": ("缴费人", "付款人", "承担方"),
}


@dataclass
class PaymentBatch:
    written: int = 0
    errors: list[str] = field(default_factory=list)


def import_payments(db: Database, path: Path | str) -> PaymentBatch:
    """Payments from a workbook (申请号 or 台账编号, 专利年度 or 费用种类, 缴费日期, 金额, optional 收据号,
    缴费人). All or nothing: every row is checked first and each problem named by sheet, row and
    column; only a file without problems is written, in one transaction."""
    from .excel_import import header_key, open_workbook, to_date, to_fen

    wanted = {header_key(h): key for key, names in _PAYMENT_HEADERS.items() for h in names}
    result = PaymentBatch()
    planned: list[tuple[int, int, date, int, str, str]] = []
    book = open_workbook(path)
    try:
        for sheet in book.sheet_names:
            rows = book.rows(sheet)
            header_at, columns = None, {}
            for i, r in enumerate(rows[:20]):
                found: dict[str, int] = {}
                for j, c in enumerate(r):
                    key = wanted.get(header_key(c)) if c is not None else None
                    if key and key not in found:
                        found[key] = j
                if {"record", "paid_on", "amount"} <= set(found) and ({"year", "kind"} & set(found)):
                    header_at, columns = i, found
                    break
            if header_at is None:
                continue
            headers = rows[header_at]
            for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
                def cell(key: str, r=r, columns=columns) -> Any:
                    j = columns.get(key)
                    return r[j] if j is not None and j < len(r) else None

                def problem(key: str, message: str, i=i, sheet=sheet, columns=columns, headers=headers) -> None:
                    result.errors.append(f"工作表“{sheet}”第{i}行“{headers[columns[key]]}”列：{message}")

                if all(v is None or str(v).strip() == "" for v in r):
                    continue
                record = str(cell("record") or "").strip()
                achievement_id = repo.find_achievement(db, record) if record else None
                if achievement_id is None:
                    problem("record", f"找不到专利“{record}”")
                    continue
                year: int | None = None
                if "year" in columns and str(cell("year") or "").strip():
                    try:
                        year = int(float(str(cell("year")).strip().rstrip("年").lstrip("第")))
                    except ValueError:
                        problem("year", f"专利年度应为整数：{cell('year')}")
                        continue
                elif "kind" in columns:
                    m = _KIND.search(str(cell("kind") or ""))
                    if not m:
                        problem("kind", "费用种类无法识别（应为“发明专利第5年年费”之类）")
                        continue
                    year = int(m.group(2))
                try:
                    paid_on = to_date(cell("paid_on"))
                except Exception as exc:  # the importer's value errors carry a Chinese message
                    problem("paid_on", str(exc))
                    continue
                try:
                    amount = to_fen(cell("amount"))
                except Exception as exc:
                    problem("amount", str(exc))
                    continue
                if paid_on is None or not amount or amount <= 0 or year is None:
                    problem("amount" if paid_on else "paid_on", "缴费日期、金额和年度均须填写，金额须大于0")
                    continue
                years = {x.fee.year for x in fee_lines_for(db, achievement_id, paid_on)}
                if year not in years:
                    problem("year" if "year" in columns else "kind", f"该专利没有第{year}年的年费")
                    continue
                planned.append((achievement_id, year, paid_on, amount, str(cell("receipt") or "").strip(),
                                str(cell("payer") or "").strip()))
    finally:
        book.close()
    if result.errors:
        return result
    if not planned:
        result.errors.append("文件中没有可识别的缴费记录（需要 申请号、专利年度或费用种类、缴费日期、金额 列）")
        return result
    with db.transaction():
        for achievement_id, year, paid_on, amount, receipt, payer in planned:
            repo.record_payment(db, achievement_id, year, paid_on, amount, receipt_no=receipt, payer=payer,
                                note=f"批量导入：{Path(path).name}")
    result.written = len(planned)
    return result


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
        def table(d: dict[tuple[int, str], int]) -> list[dict[str, str]]:
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


FINANCE_SHEET = "专利年费预算"
FINANCE_HEADERS = ["台账编号", "专利名称", "申请号", "部门", "费用种类", "缴费期限", "标准金额（元）", "费减比例", "应缴金额（元）",
                   "承担方", "状态"]
FINANCE_WIDTHS = [18, 36, 18, 16, 24, 12, 14, 10, 14, 30, 10]


def finance_rows(db: Database, year: int, today: date | None = None) -> list[list[Any]]:
    """The fees due in ``year`` with their payer split: the rows of the finance workbook's sheet."""
    rows = []
    for x in fee_calendar(db, start=date(year, 1, 1), end=date(year, 12, 31), today=today or clock.today()):
        parts = "；".join(f"{rules.PAYER_LABELS.get(k, k)} {format_yuan(v)}" for k, v in x.payer_amounts().items())
        rows.append([x.ledger_no, x.name, x.application_no, x.department, x.fee.kind_label, x.fee.due,
                     Decimal(x.fee.full_fen) / 100, f"{x.fee.reduction_percent:.0f}%", Decimal(x.state.owed_fen) / 100, parts,
                     rules.STATUS_LABELS[x.state.status]])
    return rows


def write_finance_sheet(wb: Any, db: Database, *, year: int, today: date | None = None) -> int:
    """Add the sheet "专利年费预算" (the fees due in ``year``, with payer split) to the finance
    workbook; returns the number of rows. ``wb`` is the project's formula-safe writer
    (``xlsx_writer.Workbook``, which has ``sheet(title, headers, widths)``) or an openpyxl workbook.
    Hook: ``fees.write_finance_sheet(wb, db, year=year)`` in ``excel_export.export_finance``."""
    rows = finance_rows(db, year, today)
    if hasattr(wb, "sheet"):
        sheet = wb.sheet(FINANCE_SHEET, FINANCE_HEADERS, FINANCE_WIDTHS)
        for row in rows:
            sheet.append(row)
        sheet.finish()
    else:
        ws = wb.create_sheet(FINANCE_SHEET)
        for row in [FINANCE_HEADERS, *rows]:
            ws.append([_safe_cell(ws, v) for v in row])
    return len(rows)


def _safe_cell(ws: Any, value: Any) -> Any:
    """openpyxl: text that Excel would read as a formula stays text."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=None)
        cell._value, cell.data_type, cell.quotePrefix = value, "s", True
        return cell
    return value


def _write_workbook(out: Path, title: str, headers: list[str], widths: list[int], rows: list[list[Any]]) -> None:
    """One formula-safe sheet, written to ``out`` through ``out.part`` (never half a file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    header = []
    for h in headers:
        cell = _safe_cell(ws, h)
        if not hasattr(cell, "font"):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(ws, value=h)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([_safe_cell(ws, v) for v in row])
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError(f"无法写入“{out}”：{exc.strerror or exc}（文件可能正被 Excel 打开）") from None


# ---------------------------------------------------------------- payment list and CNIPA comparison

PAYMENT_LIST_HEADERS = ["申请号", "专利名称", "费用种类", "金额", "期限"]


def export_payment_list(db: Database, out: Path | str, *, start: date | None = None, end: date | None = None,
                        today: date | None = None) -> int:
    """The payment list an agent or CNIPA's online payment needs: 申请号, 专利名称, 费用种类
    (发明专利第5年年费), 金额 (payable today, with any surcharge as its own line), 期限. Unpaid fees only."""
    today = today or clock.today()
    rows: list[list[Any]] = []
    for x in fee_calendar(db, start=start, end=end, today=today, include_paid=False):
        if x.state.status == "lapsed":
            continue
        fee_due = max(x.fee.payable_fen - x.state.paid_fen, 0)
        rows.append([x.application_no, x.name, x.fee.kind_label, Decimal(fee_due) / 100, x.fee.due])
        if x.state.surcharge_fen:
            rows.append([x.application_no, x.name, f"{rules.TYPE_LABELS[x.fee.patent_type]}第{x.fee.year}年年费滞纳金",
                         Decimal(x.state.surcharge_fen) / 100, x.fee.grace_end])
    _write_workbook(Path(out), "缴费清单", PAYMENT_LIST_HEADERS, [18, 40, 26, 12, 12], rows)
    return len(rows)


_IMPORT_HEADERS = {
    "application_no": ("申请号", "专利申请号", "专利号", "申请号/专利号", "专利（申请）号"),
    "kind": ("费用种类", "费用名称", "缴费种类", "费用类型"),
    "due": ("缴费期限届满日", "缴费截止日", "截止日期", "期限", "缴费期限"),
    "amount": ("金额", "应缴金额", "费用金额", "金额（元）", "应缴金额（元）"),
}
_KIND = re.compile(r"(发明专利|实用新型专利|实用新型|外观设计专利|外观设计)第(\d+)年(年费)?(滞纳金)?")


@dataclass
class Difference:
    sheet: str
    row: int
    application_no: str
    kind: str
    message: str


@dataclass
class CnipaComparison:
    checked: int = 0
    differences: list[Difference] = field(default_factory=list)


def compare_cnipa(db: Database, path: Path | str, today: date | None = None) -> CnipaComparison:
    """Read CNIPA's 应缴费查询 result (费用种类, 缴费期限届满日, 金额; the 申请号 beside them in a
    collected workbook, or in the file name / a line above the table for a single query) and list
    every difference from the app's own calculation: amount, due date, a fee the app does not
    expect, a patent not in the ledger."""
    from .excel_import import header_key, open_workbook, to_date, to_fen

    today = today or clock.today()
    wanted = {header_key(h): key for key, names in _IMPORT_HEADERS.items() for h in names}
    result = CnipaComparison()
    book = open_workbook(path)
    try:
        for sheet in book.sheet_names:
            rows = book.rows(sheet)
            header_at, columns = None, {}
            for i, r in enumerate(rows[:20]):
                found = {wanted[header_key(c)]: j for j, c in enumerate(r) if c is not None and header_key(c) in wanted}
                if {"kind", "due", "amount"} <= set(found):
                    header_at, columns = i, found
                    break
            if header_at is None:
                continue
            fallback_no = ""
            if "application_no" not in columns:
                for r in rows[:header_at]:
                    for c in r:
                        m = re.search(r"(\d{12}|\d{8})\.?[0-9X]?", str(c or ""))
                        if m:
                            fallback_no = normalise_application_no(m.group(0))
                if not fallback_no:
                    m = re.search(r"(\d{12}|\d{8})\.?[0-9X]?", Path(path).stem)
                    fallback_no = normalise_application_no(m.group(0)) if m else ""
            cache: dict[str, dict[int, FeeLine] | None] = {}
            for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
                def cell(key: str, r=r, columns=columns) -> Any:
                    j = columns.get(key)
                    return r[j] if j is not None and j < len(r) else None
                kind_text = str(cell("kind") or "").strip()
                if not kind_text:
                    continue
                app_no = normalise_application_no(str(cell("application_no") or "")) if "application_no" in columns else fallback_no
                result.checked += 1

                def diff(message: str, app_no=app_no, kind_text=kind_text, i=i, sheet=sheet) -> None:
                    result.differences.append(Difference(sheet, i, app_no, kind_text, message))

                if not app_no:
                    diff("缺少申请号，无法核对")
                    continue
                if app_no not in cache:
                    achievement_id = repo.find_achievement(db, app_no)
                    cache[app_no] = ({x.fee.year: x for x in fee_lines_for(db, achievement_id, today)}
                                     if achievement_id is not None else None)
                lines = cache[app_no]
                if lines is None:
                    diff("台账中没有该申请号的有效专利")
                    continue
                m = _KIND.search(kind_text)
                if not m:
                    diff("费用种类无法识别（应为“发明专利第5年年费”之类）")
                    continue
                year, is_surcharge = int(m.group(2)), bool(m.group(4))
                line = lines.get(year)
                if line is None:
                    diff(f"本软件计算中没有第{year}年年费（不在授权后至保护期届满的年度内）")
                    continue
                try:
                    their_due = to_date(cell("due"))
                    their_fen = to_fen(cell("amount"))
                except Exception as exc:  # the importer's value errors carry a Chinese message
                    diff(f"无法读取：{exc}")
                    continue
                ours_fen = line.state.surcharge_fen if is_surcharge else line.fee.payable_fen
                ours_due = line.fee.grace_end if is_surcharge else line.fee.due
                if their_fen != ours_fen:
                    diff(f"金额不一致：国知局 {format_yuan(their_fen)} 元，本软件 {format_yuan(ours_fen)} 元"
                         f"（标准 {format_yuan(line.fee.full_fen)} 元，费减 {line.fee.reduction_percent:.0f}%）")
                if their_due is not None and their_due != ours_due:
                    diff(f"缴费期限不一致：国知局 {their_due.isoformat()}，本软件 {ours_due.isoformat()}")
    finally:
        book.close()
    return result


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


def import_schedule_defaults(db: Database) -> None:  # pragma: no cover - thin wrapper used by settings
    """Put back the defaults of resources/fee_schedule.toml (rows added by hand stay)."""
    from ..paths import resources_dir

    existing = {(r.patent_type, r.year_from, r.year_to, r.amount_fen, r.valid_from) for r in repo.schedule_rows(db)}
    for r in rules.parse_schedule_toml((resources_dir() / "fee_schedule.toml").read_text(encoding="utf-8")):
        if (r.patent_type, r.year_from, r.year_to, r.amount_fen, r.valid_from) not in existing:
            repo.add_schedule_row(db, r)


def lines_by_payer(lines: Iterable[FeeLine]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for x in lines:
        for k, v in x.payer_amounts().items():
            totals[k] += v
    return dict(totals)


__all__: Sequence[str] = ("FeeLine", "fee_calendar", "pay", "budget", "export_payment_list", "compare_cnipa",
                          "fee_reminders", "review_list", "decide", "still_owes_fees", "next_unpaid_fee",
                          "normalise_application_no", "write_finance_sheet")
