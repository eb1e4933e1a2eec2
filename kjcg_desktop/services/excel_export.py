"""Excel export of the ledger and the two-way exchange with finance — Qt-free.

- :func:`export_ledger`: the whole ledger (or the ids of a filtered view) in the layout the importer
  reads back: Chinese headers from ``resources/import_synonyms.toml``, a frozen header row, column
  widths, ``yyyy-mm-dd`` dates, an autofilter and the ``extra`` columns. Export → import round-trips
  with no change.
- :func:`export_finance`: the view finance books from (1-2 第九条、第十条、第十二条): achievements
  with stage and attribute, expenditures with their treatment and article, intangible assets
  recognised, disposals and write-offs.
- :func:`read_finance_confirmations` / :func:`apply_finance_confirmations`: finance's voucher
  numbers, booked amounts and booking dates back, with the differences, applied in one transaction.
- :func:`export_import_problems`: what an import plan found in the file (errors, tags that differ
  from the rules, skipped rows), each with its sheet and row, so the office can fix the file.

Written with openpyxl's write_only mode (lxml when installed). No user text ever becomes a formula:
strings are always written as text cells, and a value starting with = + - @ also gets Excel's
quote prefix so editing the cell keeps it text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .. import domain as d
from ..storage import imports as repo
from ..storage.db import Database
from .excel_import import (
    ImportFileError,
    ImportPlan,
    ImportValueError,
    header_key,
    open_workbook,
    synonyms,
    to_code,
    to_date,
    to_fen,
    without_control_characters,
)

FORMULA_STARTS = ("=", "+", "-", "@")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"

# (field, width); headers come from the synonym table so the importer recognises them.
LEDGER_COLUMNS: tuple[tuple[str, int], ...] = (
    ("ledger_no", 18), ("name", 40), ("type", 14), ("legal_status", 14), ("application_no", 18), ("patent_no", 18),
    ("registration_no", 18), ("filing_date", 12), ("grant_date", 12), ("holder", 24), ("department", 22),
    ("inventors", 28), ("keywords", 20), ("summary", 40), ("registration_date", 14), ("disclosure_date", 12),
    ("transfer_status", 10), ("transfer_count", 10), ("asset_value_fen", 16), ("file_attribute", 12), ("file_stage", 12),
)
_TYPE_LABELS = {m.value: m.label for m in d.AchievementType}
_LEGAL_LABELS = {m.value: m.label for m in d.LegalStatus}
_TRANSFER_LABELS = {m.value: m.label for m in d.TransferStatus}
_ATTRIBUTE_LABELS = {m.value: m.label for m in d.Attribute}
_STAGE_LABELS = {m.value: m.label for m in d.Stage}
_TREATMENT_LABELS = {m.value: m.label for m in d.Treatment}
_KIND_LABELS = {m.value: m.label for m in d.ExpenditureKind}
_QUEUE_LABELS = {"recognize": "确认无形资产", "dispose": "资产处置", "write_off": "资产核销"}


class _Sheet:
    """A write_only sheet with a styled, frozen, filtered header and text-safe cells."""

    def __init__(self, wb: Workbook, title: str, headers: Sequence[str], widths: Sequence[int]) -> None:
        self.ws = wb.create_sheet(title)
        self.width = len(headers)
        self.rows = 1
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.freeze_panes = "A2"
        font, fill, align = Font(bold=True), PatternFill("solid", fgColor="DDEBF7"), Alignment(vertical="center", wrap_text=True)
        cells = []
        for h in headers:
            cell = WriteOnlyCell(self.ws, value=h)
            cell.font, cell.fill, cell.alignment = font, fill, align
            cells.append(cell)
        self.ws.append(cells)

    def append(self, values: list[Any]) -> None:
        for i, v in enumerate(values):
            if v.__class__ is str:
                if not v.isprintable():
                    v = values[i] = without_control_characters(v)
                if v[:1] in _FORMULA_FIRST:
                    values[i] = text_cell(self.ws, v)
            elif v.__class__ is float and not math.isfinite(v):
                values[i] = str(v)
        self.ws.append(values)
        self.rows += 1

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(max(self.width, 1))}{self.rows}"


def text_cell(ws, value: str) -> WriteOnlyCell:
    """A cell that shows ``value`` as text even if it looks like a formula."""
    cell = WriteOnlyCell(ws, value=None)
    cell._value = value
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def _new_workbook() -> Workbook:
    return Workbook(write_only=True)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def ledger_headers(db: Database) -> tuple[list[str], list[str]]:
    labels = synonyms().labels
    core = [labels[f] for f, _ in LEDGER_COLUMNS]
    extras = [k for k in repo.extra_keys(db) if k not in core]
    return core, extras


def ledger_rows(db: Database, extras: Sequence[str], ids: Sequence[int] | None = None) -> Iterator[list[Any]]:
    """The ledger's cell values, one list per achievement, in the export's column order."""
    type_l, legal_l, transfer_l, attr_l, stage_l = _TYPE_LABELS, _LEGAL_LABELS, _TRANSFER_LABELS, _ATTRIBUTE_LABELS, _STAGE_LABELS
    fromiso = date.fromisoformat
    loads = json.loads
    for r in repo.iter_ledger(db, ids):
        (_id, ledger_no, name, typ, legal, app_no, patent_no, reg_no, filing, grant, holder, dept, keywords, summary,
         disclosure, registration, transfer, count, asset, attribute, stage, extra, inventors) = r
        row = [ledger_no, name, type_l.get(typ, typ), legal_l.get(legal, legal), app_no, patent_no, reg_no,
               fromiso(filing) if filing else None, fromiso(grant) if grant else None, holder, dept, inventors,
               keywords, summary, fromiso(registration) if registration else None,
               fromiso(disclosure) if disclosure else None, transfer_l.get(transfer, transfer), count,
               None if asset is None else asset / 100, attr_l.get(attribute, attribute), stage_l.get(stage, stage)]
        if extras:
            if extra and extra != "{}":
                data = loads(extra)
                row.extend([_extra_value(data.get(k)) for k in extras])
            else:
                row.extend([None] * len(extras))
        yield row


def export_ledger(db: Database, out: Path | str, *, ids: Sequence[int] | None = None) -> int:
    """Write the ledger (or the achievements ``ids`` of a filtered view) to ``out``; returns the count."""
    out = Path(out)
    core, extras = ledger_headers(db)
    wb = _new_workbook()
    sheet = _Sheet(wb, "成果台账", core + extras, [w for _, w in LEDGER_COLUMNS] + [16] * len(extras))
    append = sheet.append
    n = 0
    for row in ledger_rows(db, extras, ids):
        append(row)
        n += 1
    sheet.finish()
    _save(wb, out)
    return n


def _extra_value(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def _save(wb: Workbook, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise d.DomainError(f"无法写入“{out}”：{exc.strerror or exc}（文件可能正被 Excel 打开）") from None


# -- an import's problems -------------------------------------------------------------------------
PROBLEM_SHEETS = {
    "错误": (["工作表", "行", "列", "值", "问题"], [16, 7, 16, 28, 60]),
    "标记不一致": (["工作表", "行", "台账编号", "成果名称", "标记", "文件中", "按规则", "依据"], [16, 7, 18, 36, 8, 14, 14, 24]),
    "跳过的行": (["工作表", "行", "原因"], [16, 7, 20]),
}


def export_import_problems(plan: ImportPlan, out: Path | str) -> dict[str, int]:
    """Write every problem of ``plan`` to ``out``, a sheet each for errors, tag differences and
    skipped rows; returns how many rows each sheet got."""
    out = Path(out)
    rows: dict[str, list[list[Any]]] = {
        "错误": [[e.sheet, e.row, e.column, e.as_dict()["value"], e.message] for e in plan.errors],
        "标记不一致": [[t.sheet, t.row, t.ledger_no, t.name, t.tag, t.in_file, t.computed, t.article]
                  for t in plan.tag_differences],
        "跳过的行": [list(skip) for skip in plan.skipped],
    }
    wb = _new_workbook()
    for title, (headers, widths) in PROBLEM_SHEETS.items():
        sheet = _Sheet(wb, title, headers, widths)
        for row in rows[title]:
            sheet.append(row)
        sheet.finish()
    _save(wb, out)
    return {title: len(found) for title, found in rows.items()}


# -- finance ------------------------------------------------------------------------------------
EXPENDITURE_SHEET = "支出处理"
RECOGNISE_SHEET = "无形资产确认"
DISPOSAL_SHEET = "处置与核销"
BOOKING_HEADERS = ("凭证号", "入账金额（元）", "入账日期")


def export_finance(db: Database, out: Path | str, *, year: int) -> dict[str, int]:
    """The finance workbook for ``year``; returns rows per sheet. Marks the queued items exported."""
    out = Path(out)
    wb = _new_workbook()
    counts: dict[str, int] = {}

    sheet = _Sheet(wb, "成果阶段与属性", ["台账编号", "成果名称", "成果类型", "属性", "阶段", "阶段依据", "转化状态", "无形资产", "资产价值（元）"],
                   [18, 40, 14, 12, 12, 24, 10, 10, 16])
    for r in repo.finance_achievements(db):
        basis = f"人工认定：{r['stage_override_reason']}" if r["stage_override_reason"] else d.stage.ARTICLE_STAGE
        sheet.append([r["ledger_no"], r["name"], _TYPE_LABELS[r["type"]], _ATTRIBUTE_LABELS[r["attribute"]],
                      _STAGE_LABELS[r["stage"]], basis, _TRANSFER_LABELS[r["transfer_status"]],
                      "是" if r["is_intangible_asset"] else "否", _yuan(r["asset_value_fen"])])
    sheet.finish()
    counts["achievements"] = sheet.rows - 1

    sheet = _Sheet(wb, EXPENDITURE_SHEET, ["支出编号", "台账编号", "成果名称", "支出日期", "支出类别", "金额（元）", "所处阶段",
                                           "会计处理", "依据条款", *BOOKING_HEADERS], [10, 18, 36, 12, 10, 14, 10, 10, 14, 16, 14, 12])
    for r in repo.finance_expenditures(db, year):
        sheet.append([r["id"], r["ledger_no"], r["name"], _date(r["date"]), _KIND_LABELS[r["kind"]], _yuan(r["amount_fen"]),
                      _STAGE_LABELS[r["stage"]], _TREATMENT_LABELS[r["treatment"]], r["article"], r["voucher_no"],
                      _yuan(r["booked_amount_fen"]), _date(r["booked_date"])])
    sheet.finish()
    counts["expenditures"] = sheet.rows - 1

    sheet = _Sheet(wb, "无形资产台账", ["台账编号", "成果名称", "成果类型", "属性", "授权日", "资本化支出累计（元）", "资产价值（元）"],
                   [18, 40, 14, 12, 12, 18, 16])
    for r in repo.intangible_assets(db, year):
        sheet.append([r["ledger_no"], r["name"], _TYPE_LABELS[r["type"]], _ATTRIBUTE_LABELS[r["attribute"]], _date(r["grant_date"]),
                      _yuan(r["capitalised_fen"]), _yuan(r["asset_value_fen"])])
    sheet.finish()
    counts["intangible_assets"] = sheet.rows - 1

    queue_ids: list[int] = []
    for title, kinds in ((RECOGNISE_SHEET, ("recognize",)), (DISPOSAL_SHEET, ("dispose", "write_off"))):
        sheet = _Sheet(wb, title, ["事项编号", "台账编号", "成果名称", "事项", "金额（元）", "依据条款", "登记时间", *BOOKING_HEADERS],
                       [10, 18, 36, 12, 14, 16, 20, 16, 14, 12])
        for r in repo.finance_queue_rows(db, year, kinds):
            sheet.append([r["id"], r["ledger_no"], r["name"], _QUEUE_LABELS[r["kind"]], _yuan(r["amount_fen"]), r["article"],
                          r["created_at"].replace("T", " "), r["voucher_no"], _yuan(r["booked_amount_fen"]), _date(r["booked_date"])])
            queue_ids.append(r["id"])
        sheet.finish()
        counts[title] = sheet.rows - 1
    _save(wb, out)
    repo.mark_queue_exported(db, queue_ids)
    return counts


@dataclass
class BookingChange:
    sheet: str
    row: int
    table: str          # expenditures | finance_queue
    record_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "table": self.table, "id": self.record_id,
                "old": {k: _plain(v) for k, v in self.old.items()}, "new": {k: _plain(v) for k, v in self.new.items()},
                "note": self.note}


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


@dataclass
class FinanceConfirmations:
    changes: list[BookingChange] = field(default_factory=list)
    unchanged: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {"changes": [c.as_dict() for c in self.changes], "unchanged": self.unchanged, "errors": self.errors}


def read_finance_confirmations(db: Database, path: Path | str) -> FinanceConfirmations:
    """Read finance's workbook (the one :func:`export_finance` wrote, filled in) and compare."""
    workbook = open_workbook(path)
    result = FinanceConfirmations()
    try:
        found = False
        for title, table, key in ((EXPENDITURE_SHEET, "expenditures", "支出编号"), (RECOGNISE_SHEET, "finance_queue", "事项编号"),
                                  (DISPOSAL_SHEET, "finance_queue", "事项编号")):
            if title not in workbook.sheet_names:
                continue
            found = True
            _read_booking_sheet(db, workbook.rows(title), title, table, key, result)
        if not found:
            raise ImportFileError(f"“{Path(path).name}”中没有财务回执工作表（{EXPENDITURE_SHEET}、{RECOGNISE_SHEET}、{DISPOSAL_SHEET}）")
    finally:
        workbook.close()
    return result


def _read_booking_sheet(db: Database, rows: list[list[Any]], sheet: str, table: str, key: str, result: FinanceConfirmations) -> None:
    if not rows:
        return
    index = {header_key(v): c for c, v in enumerate(rows[0]) if isinstance(v, str)}
    wanted = {"id": key, "voucher_no": "凭证号", "booked_amount_fen": "入账金额（元）", "booked_date": "入账日期"}
    cols = {f: index.get(header_key(h)) for f, h in wanted.items()}
    missing = [wanted[f] for f, c in cols.items() if c is None]
    if missing:
        result.errors.append({"sheet": sheet, "row": 1, "column": "、".join(missing), "value": "", "message": "缺少列"})
        return
    parsed: list[tuple[int, int, dict[str, Any]]] = []
    for i, row in enumerate(rows[1:], 2):
        def cell(f: str, row=row) -> Any:
            c = cols[f]
            return row[c] if c < len(row) else ""
        raw_id = cell("id")
        if raw_id in ("", None):
            continue
        try:
            record_id = int(float(raw_id))
        except (TypeError, ValueError):
            result.errors.append({"sheet": sheet, "row": i, "column": wanted["id"], "value": raw_id, "message": "编号不是数字"})
            continue
        new: dict[str, Any] = {}
        bad = False
        for f, conv in (("voucher_no", to_code), ("booked_amount_fen", to_fen), ("booked_date", to_date)):
            try:
                new[f] = conv(cell(f))
            except ImportValueError as exc:
                result.errors.append({"sheet": sheet, "row": i, "column": wanted[f], "value": _plain(cell(f)), "message": str(exc)})
                bad = True
        if not bad:
            parsed.append((i, record_id, new))
    stored = repo.booking_of(db, table, [p[1] for p in parsed])
    for i, record_id, new in parsed:
        old = stored.get(record_id)
        if old is None:
            result.errors.append({"sheet": sheet, "row": i, "column": wanted["id"], "value": record_id, "message": "本系统中没有该编号的记录"})
            continue
        old_values = {"voucher_no": old["voucher_no"], "booked_amount_fen": old["booked_amount_fen"],
                      "booked_date": _date(old["booked_date"])}
        diff = {k: v for k, v in new.items() if v != old_values[k]}
        if not diff:
            result.unchanged += 1
            continue
        note = ""
        booked = new.get("booked_amount_fen")
        if booked is not None and old["amount_fen"] is not None and booked != old["amount_fen"]:
            note = f"入账金额 {d.format_yuan(booked)} 元与本系统金额 {d.format_yuan(old['amount_fen'])} 元不同"
        result.changes.append(BookingChange(sheet, i, table, record_id, {k: old_values[k] for k in diff}, diff, note))


def apply_finance_confirmations(db: Database, confirmations: FinanceConfirmations) -> int:
    """Apply all differences in one transaction (with one event per changed record)."""
    return repo.apply_bookings(db, [(c.table, c.record_id, c.old, c.new) for c in confirmations.changes])


def default_year() -> int:
    return datetime.now().year
