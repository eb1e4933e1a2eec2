"""Patent maintenance use cases: the fee calendar, payments, the budget, the payment list for an
agent or CNIPA's online payment, the comparison with CNIPA's 应缴费查询, reminders and the
keep-or-abandon review. Rules in ``domain.fees``; records in ``storage.fees``. The calendar, budget,
reminders and review are :mod:`.fee_calendar`; this module adds the files that go in and out."""


import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import clock
from ..domain import fees as rules
from ..domain.errors import DomainError
from ..domain.money import format_yuan
from ..storage import fees as repo
from ..storage.db import Database
from .fee_calendar import (
    COMPLETERS_MAINTAIN,
    REMINDER_DAYS,
    UNIT_REDUCTION_SETTING,
    Budget,
    FeeLine,
    budget,
    decide,
    fee_calendar,
    fee_lines_for,
    fee_reminders,
    grant_fee_outlook,
    grant_fee_outlook_rows,
    lines_by_payer,
    next_unpaid_fee,
    normalise_application_no,
    pay,
    payer_split_for,
    record_completers_answer,
    reminder_level,
    review_list,
    still_owes_fees,
    yuan,
)
from .importing.register_columns import FEE_KIND as _KIND
from .importing.register_columns import PAYMENT_HEADERS as _PAYMENT_HEADERS
from .importing.register_columns import Cells as _Cells
from .importing.register_columns import payment_year as _payment_year

FINANCE_SHEET = "专利年费预算"
FINANCE_HEADERS = ["台账编号", "专利名称", "申请号", "部门", "费用种类", "缴费期限", "标准金额（元）", "费减比例", "应缴金额（元）",
                   "承担方", "状态"]
FINANCE_WIDTHS = [18, 36, 18, 16, 24, 12, 14, 10, 14, 30, 10]


@dataclass
class PaymentBatch:
    written: int = 0
    errors: list[str] = field(default_factory=list)


def import_payments(db: Database, path: Path | str) -> PaymentBatch:
    """Payments from a workbook (申请号 or 台账编号, 专利年度 or 费用种类, 缴费日期, 金额, optional 收据号,
    缴费人). All or nothing: every row is checked first and each problem named by sheet, row and
    column; only a file without problems is written, in one transaction."""
    from .excel_import import header_key, open_workbook

    wanted = {header_key(h): key for key, names in _PAYMENT_HEADERS.items() for h in names}
    result = PaymentBatch()
    planned: list[tuple[int, int, date, int, str, str]] = []
    book = open_workbook(path)
    try:
        for sheet in book.sheet_names:
            rows = book.rows(sheet)
            found = _payment_columns(rows, wanted)
            if found is None:
                continue
            header_at, columns = found
            headers = rows[header_at]
            for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
                if all(v is None or str(v).strip() == "" for v in r):
                    continue
                payment, problem = _read_payment(db, _Cells(r, columns))
                if problem is not None:
                    key, message = problem
                    result.errors.append(f"工作表“{sheet}”第{i}行“{headers[columns[key]]}”列：{message}")
                elif payment is not None:
                    planned.append(payment)
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


def _payment_columns(rows: Sequence[Sequence[Any]], wanted: dict[str, str]) -> tuple[int, dict[str, int]] | None:
    """The header row of a payment sheet (within its first 20 rows) and each field's column (the first
    column a field's name appears in), or None when the sheet has no payment header."""
    from .excel_import import header_key

    for i, r in enumerate(rows[:20]):
        found: dict[str, int] = {}
        for j, c in enumerate(r):
            key = wanted.get(header_key(c)) if c is not None else None
            if key and key not in found:
                found[key] = j
        if {"record", "paid_on", "amount"} <= set(found) and ({"year", "kind"} & set(found)):
            return i, found
    return None


def _read_payment(db: Database, cells: _Cells) -> tuple[tuple[int, int, date, int, str, str] | None,
                                                        tuple[str, str] | None]:
    """One payment row checked: (achievement, year, paid on, amount, receipt, payer), or the problem as
    (field whose column is named, message)."""
    from .excel_import import to_date, to_fen

    record = cells.text("record")
    achievement_id = repo.find_achievement(db, record) if record else None
    if achievement_id is None:
        return None, ("record", f"找不到专利“{record}”")
    year, problem = _payment_year(cells)
    if problem is not None:
        return None, problem
    try:
        paid_on = to_date(cells["paid_on"])
    except Exception as exc:  # the importer's value errors carry a Chinese message
        return None, ("paid_on", str(exc))
    try:
        amount = to_fen(cells["amount"])
    except Exception as exc:
        return None, ("amount", str(exc))
    if paid_on is None or not amount or amount <= 0 or year is None:
        return None, ("amount" if paid_on else "paid_on", "缴费日期、金额和年度均须填写，金额须大于0")
    years = {x.fee.year for x in fee_lines_for(db, achievement_id, paid_on)}
    if year not in years:
        return None, ("year" if "year" in cells.columns else "kind", f"该专利没有第{year}年的年费")
    return (achievement_id, year, paid_on, amount, cells.text("receipt"), cells.text("payer")), None


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
    from .excel_import import header_key, open_workbook

    today = today or clock.today()
    wanted = {header_key(h): key for key, names in _IMPORT_HEADERS.items() for h in names}
    result = CnipaComparison()
    book = open_workbook(path)
    try:
        for sheet in book.sheet_names:
            rows = book.rows(sheet)
            found = _cnipa_columns(rows, wanted)
            if found is None:
                continue
            header_at, columns = found
            fallback_no = "" if "application_no" in columns else _fallback_application_no(rows[:header_at], path)
            cache: dict[str, dict[int, FeeLine] | None] = {}
            for i, r in enumerate(rows[header_at + 1:], start=header_at + 2):
                cells = _Cells(r, columns)
                kind_text = cells.text("kind")
                if not kind_text:
                    continue
                app_no = normalise_application_no(str(cells["application_no"] or "")) if "application_no" in columns else fallback_no
                result.checked += 1
                for message in _cnipa_differences(db, cells, app_no, kind_text, cache, today):
                    result.differences.append(Difference(sheet, i, app_no, kind_text, message))
    finally:
        book.close()
    return result


def _cnipa_columns(rows: Sequence[Sequence[Any]], wanted: dict[str, str]) -> tuple[int, dict[str, int]] | None:
    """The header row of a CNIPA fee query (within the first 20 rows) and each field's column."""
    from .excel_import import header_key

    for i, r in enumerate(rows[:20]):
        found = {wanted[header_key(c)]: j for j, c in enumerate(r) if c is not None and header_key(c) in wanted}
        if {"kind", "due", "amount"} <= set(found):
            return i, found
    return None


def _fallback_application_no(above: Sequence[Sequence[Any]], path: Path | str) -> str:
    """The application number of a single query: the last one written above the table, else the
    one in the file name ("" when neither has one)."""
    number = ""
    for r in above:
        for c in r:
            m = re.search(r"(\d{12}|\d{8})\.?[0-9X]?", str(c or ""))
            if m:
                number = normalise_application_no(m.group(0))
    if not number:
        m = re.search(r"(\d{12}|\d{8})\.?[0-9X]?", Path(path).stem)
        number = normalise_application_no(m.group(0)) if m else ""
    return number


def _cnipa_differences(db: Database, cells: _Cells, app_no: str, kind_text: str,
                       cache: dict[str, dict[int, FeeLine] | None], today: date) -> list[str]:
    """How one line of CNIPA's query differs from the app's calculation (empty: it agrees).
    ``cache`` keeps each patent's fee lines by year across the rows."""
    from .excel_import import to_date, to_fen

    if not app_no:
        return ["缺少申请号，无法核对"]
    if app_no not in cache:
        achievement_id = repo.find_achievement(db, app_no)
        cache[app_no] = ({x.fee.year: x for x in fee_lines_for(db, achievement_id, today)}
                         if achievement_id is not None else None)
    lines = cache[app_no]
    if lines is None:
        return ["台账中没有该申请号的有效专利"]
    m = _KIND.search(kind_text)
    if not m:
        return ["费用种类无法识别（应为“发明专利第5年年费”之类）"]
    year, is_surcharge = int(m.group(2)), bool(m.group(4))
    line = lines.get(year)
    if line is None:
        return [f"本软件计算中没有第{year}年年费（不在授权后至保护期届满的年度内）"]
    try:
        their_due = to_date(cells["due"])
        their_fen = to_fen(cells["amount"])
    except Exception as exc:  # the importer's value errors carry a Chinese message
        return [f"无法读取：{exc}"]
    ours_fen = line.state.surcharge_fen if is_surcharge else line.fee.payable_fen
    ours_due = line.fee.grace_end if is_surcharge else line.fee.due
    messages = []
    if their_fen != ours_fen:
        messages.append(f"金额不一致：国知局 {format_yuan(their_fen)} 元，本软件 {format_yuan(ours_fen)} 元"
                        f"（标准 {format_yuan(line.fee.full_fen)} 元，费减 {line.fee.reduction_percent:.0f}%）")
    if their_due is not None and their_due != ours_due:
        messages.append(f"缴费期限不一致：国知局 {their_due.isoformat()}，本软件 {ours_due.isoformat()}")
    return messages


def import_schedule_defaults(db: Database) -> None:  # pragma: no cover - thin wrapper used by settings
    """Put back the defaults of resources/fee_schedule.toml (rows added by hand stay)."""
    from ..paths import resources_dir

    existing = {(r.patent_type, r.year_from, r.year_to, r.amount_fen, r.valid_from) for r in repo.schedule_rows(db)}
    for r in rules.parse_schedule_toml((resources_dir() / "fee_schedule.toml").read_text(encoding="utf-8")):
        if (r.patent_type, r.year_from, r.year_to, r.amount_fen, r.valid_from) not in existing:
            repo.add_schedule_row(db, r)


__all__: Sequence[str] = (
    "Budget",
    "COMPLETERS_MAINTAIN",
    "CnipaComparison",
    "Difference",
    "FeeLine",
    "PaymentBatch",
    "REMINDER_DAYS",
    "UNIT_REDUCTION_SETTING",
    "budget",
    "compare_cnipa",
    "decide",
    "export_payment_list",
    "fee_calendar",
    "fee_lines_for",
    "fee_reminders",
    "finance_rows",
    "grant_fee_outlook",
    "grant_fee_outlook_rows",
    "import_payments",
    "import_schedule_defaults",
    "lines_by_payer",
    "next_unpaid_fee",
    "normalise_application_no",
    "pay",
    "payer_split_for",
    "record_completers_answer",
    "reminder_level",
    "review_list",
    "still_owes_fees",
    "write_finance_sheet",
    "yuan",
)
