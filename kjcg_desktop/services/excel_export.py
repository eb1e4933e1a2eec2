"""Excel export of the ledger and the two-way exchange with finance — Qt-free.

- :func:`export_ledger`: the whole ledger (or the ids of a filtered view) in the layout the importer
  reads back: Chinese headers from ``resources/import_synonyms.toml``, a frozen header row, column
  widths, ``yyyy-mm-dd`` dates, an autofilter and the ``extra`` columns. Export → import round-trips
  with no change.
- :func:`export_finance`: the view finance books from (1-2 第九条、第十条、第十二条): achievements
  with stage and attribute, expenditures with their treatment and article, intangible assets
  recognised, disposals and write-offs; and what finance needs to pay the inventors: the income
  received, its distribution per deal and per person, the year's signed deal totals (drafts and
  terminated deals listed apart), all named by deal and ledger numbers (JY-…, KJCG-…).
- :func:`read_finance_confirmations` / :func:`apply_finance_confirmations`: finance's voucher
  numbers, booked amounts and booking dates back, with the differences, applied in one transaction.
- :func:`export_import_problems`: what an import plan found in the file (errors, tags that differ
  from the rules, skipped rows), each with its sheet and row, so the office can fix the file.

Every workbook is written through :mod:`.xlsx_writer` (XlsxWriter; the ledger in constant_memory
mode): no text from a record or a header ever becomes a formula, a link or a number, and a cell
over Excel's 32,767-character limit is cut with a visible marker and listed in ``truncated``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import domain as d
from ..storage import finance_exchange as finance_repo
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
)
from .importing.cells import to_people
from .importing.synonyms import EXTRA_PREFIX, extra_key, field_of_header
from .xlsx_writer import DATE_FORMAT, FORMULA_STARTS, MONEY_FORMAT, Truncation, Workbook

__all__ = ["DATE_FORMAT", "FORMULA_STARTS", "MONEY_FORMAT", "Truncation"]

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


def _collect(wb: Workbook, truncated: list[Truncation] | None) -> None:
    if truncated is not None:
        truncated.extend(wb.truncated)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def _ledger_date(text: str) -> date | str:
    """A stored date for the ledger: a day as an Excel date; a month or a year ("2023-05", "2021") as
    the text the import reads back with the same precision."""
    return date.fromisoformat(text) if len(text) == 10 else text


# The names of an achievement's inventors as the ledger query joins them (with 、)
_STORED_SEPARATOR = "、"
# A name holding a character the import splits on besides 、 (SMITH, John)
_SEPARATOR_IN_NAME = re.compile(r"[，,;；/|｜\n]")


def _people_cell(joined: str) -> str:
    """Inventors for one cell so that the import splits them back into the same names: joined
    with 、, or with " | " or "; " when a name holds a comma ("SMITH, John | DOE, Jane")."""
    names = joined.split(_STORED_SEPARATOR)
    for separator in (" | ", "; ", "\n"):
        cell = separator.join(names)
        if to_people(cell) == names:
            return cell
    return joined


def ledger_headers(db: Database) -> tuple[list[str], list[str]]:
    """The ledger columns' headers and the extra fields' keys, in order."""
    labels = synonyms().labels
    core = [labels[f] for f, _ in LEDGER_COLUMNS]
    return core, in_file_order(repo.extra_keys(db), imported_column_order(db))


def imported_column_order(db: Database) -> dict[str, int]:
    """Each extra field's place in the files it was imported from (their column order)."""
    order: dict[str, int] = {}
    for header in repo.imported_columns(db):
        order.setdefault(extra_key(header), len(order))
    return order


def in_file_order(keys: Iterable[str], order: Mapping[str, int]) -> list[str]:
    """Extra fields as the imported files had their columns (an export of a patent database keeps
    摘要, 主权项, 权利要求 in its own order); fields no import named follow in their given order."""
    keys = list(keys)
    return sorted(keys, key=lambda k: order.get(k, len(order)))


def extra_header(key: str, core: Sequence[str]) -> str:
    """An extra field's column header: its key, prefixed when the import would read a column of
    that name as a field (法律状态, 当前法律状态 kept as written beside the legal status), so it is
    read back as the same extra field (synonyms.extra_key)."""
    if key in core or field_of_header(header_key(key), synonyms().by_header) is not None:
        return f"{EXTRA_PREFIX}{key}"
    return key


def ledger_rows(db: Database, extras: Sequence[str], ids: Sequence[int] | None = None) -> Iterator[list[Any]]:
    """The ledger's cell values, one list per achievement, in the export's column order."""
    type_l, legal_l, transfer_l, attr_l, stage_l = _TYPE_LABELS, _LEGAL_LABELS, _TRANSFER_LABELS, _ATTRIBUTE_LABELS, _STAGE_LABELS
    fromiso = _ledger_date
    loads = json.loads
    for r in repo.iter_ledger(db, ids):
        (_id, ledger_no, name, typ, legal, app_no, patent_no, reg_no, filing, grant, holder, dept, keywords, summary,
         disclosure, registration, transfer, count, asset, attribute, stage, extra, inventors) = r
        row = [ledger_no, name, type_l.get(typ, typ), legal_l.get(legal, legal), app_no, patent_no, reg_no,
               fromiso(filing) if filing else None, fromiso(grant) if grant else None, holder, dept,
               _people_cell(inventors) if inventors and _SEPARATOR_IN_NAME.search(inventors) else inventors,
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


def export_ledger(db: Database, out: Path | str, *, ids: Sequence[int] | None = None,
                  truncated: list[Truncation] | None = None) -> int:
    """Write the ledger (or the achievements ``ids`` of a filtered view) to ``out``; returns the
    count. Cells cut to Excel's limit are added to ``truncated``."""
    core, extras = ledger_headers(db)
    with Workbook(out, constant_memory=True) as wb:
        money = {i: {"num_format": MONEY_FORMAT} for i, (f, _) in enumerate(LEDGER_COLUMNS) if f.endswith("_fen")}
        sheet = wb.sheet("成果台账", core + [extra_header(k, core) for k in extras],
                         [w for _, w in LEDGER_COLUMNS] + [16] * len(extras), column_formats=money)
        append = sheet.append
        n = 0
        for row in ledger_rows(db, extras, ids):
            append(row)
            n += 1
        sheet.finish()
    _collect(wb, truncated)
    return n


def _extra_value(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


# -- an import's problems -------------------------------------------------------------------------
PROBLEM_SHEETS = {
    "错误": (["工作表", "行", "列", "值", "问题"], [16, 7, 16, 28, 60]),
    "标记不一致": (["工作表", "行", "台账编号", "成果名称", "标记", "文件中", "按规则", "依据"], [16, 7, 18, 36, 8, 14, 14, 24]),
    "跳过的行": (["工作表", "行", "原因"], [16, 7, 20]),
}


def export_import_problems(plan: ImportPlan, out: Path | str, *, truncated: list[Truncation] | None = None) -> dict[str, int]:
    """Write every problem of ``plan`` to ``out``, a sheet each for errors, tag differences and
    skipped rows; returns how many rows each sheet got."""
    rows: dict[str, list[list[Any]]] = {
        "错误": [[e.sheet, e.row, e.column, e.as_dict()["value"], e.message] for e in plan.errors],
        "标记不一致": [[t.sheet, t.row, t.ledger_no, t.name, t.tag, t.in_file, t.computed, t.article]
                  for t in plan.tag_differences],
        "跳过的行": [list(skip) for skip in plan.skipped],
    }
    with Workbook(out) as wb:
        for title, (headers, widths) in PROBLEM_SHEETS.items():
            sheet = wb.sheet(title, headers, widths)
            for row in rows[title]:
                sheet.append(row)
            sheet.finish()
    _collect(wb, truncated)
    return {title: len(found) for title, found in rows.items()}


# -- finance ------------------------------------------------------------------------------------
EXPENDITURE_SHEET = "支出处理"
RECOGNISE_SHEET = "无形资产确认"
DISPOSAL_SHEET = "处置与核销"
BOOKING_HEADERS = ("凭证号", "入账金额（元）", "入账日期")


def export_finance(db: Database, out: Path | str, *, year: int, truncated: list[Truncation] | None = None) -> dict[str, int]:
    """The finance workbook for ``year``; returns rows per sheet. Marks the queued items exported.

    Besides stage, spending and assets, finance gets what it needs to pay the inventors: the income
    received in the year and its distribution per deal and per person, each identified by the deal
    number (JY-…) and the ledger number (KJCG-…), and the year's signed deal totals with the drafts
    and terminated deals listed apart."""
    counts: dict[str, int] = {}
    queue_ids: list[int] = []
    with Workbook(out) as wb:
        sheet = wb.sheet("成果阶段与属性", ["台账编号", "成果名称", "成果类型", "属性", "阶段", "阶段依据", "转化状态", "无形资产",
                                     "资产价值（元）"], [18, 40, 14, 12, 12, 24, 10, 10, 16], column_formats={8: _MONEY})
        for r in finance_repo.finance_achievements(db):
            basis = f"人工认定：{r['stage_override_reason']}" if r["stage_override_reason"] else d.stage.ARTICLE_STAGE
            sheet.append([r["ledger_no"], r["name"], _TYPE_LABELS[r["type"]], _ATTRIBUTE_LABELS[r["attribute"]],
                          _STAGE_LABELS[r["stage"]], basis, _TRANSFER_LABELS[r["transfer_status"]],
                          "是" if r["is_intangible_asset"] else "否", _yuan(r["asset_value_fen"])])
        sheet.finish()
        counts["achievements"] = sheet.rows - 1

        sheet = wb.sheet(EXPENDITURE_SHEET, ["支出编号", "台账编号", "成果名称", "支出日期", "支出类别", "金额（元）", "所处阶段",
                                             "会计处理", "依据条款", *BOOKING_HEADERS], [10, 18, 36, 12, 10, 14, 10, 10, 14, 16, 14, 12],
                         column_formats={5: _MONEY, 10: _MONEY})
        for r in finance_repo.finance_expenditures(db, year):
            sheet.append([r["id"], r["ledger_no"], r["name"], _date(r["date"]), _KIND_LABELS[r["kind"]], _yuan(r["amount_fen"]),
                          _STAGE_LABELS[r["stage"]], _TREATMENT_LABELS[r["treatment"]], r["article"], r["voucher_no"],
                          _yuan(r["booked_amount_fen"]), _date(r["booked_date"])])
        sheet.finish()
        counts["expenditures"] = sheet.rows - 1

        sheet = wb.sheet("无形资产台账", ["台账编号", "成果名称", "成果类型", "属性", "授权日", "资本化支出累计（元）", "资产价值（元）"],
                         [18, 40, 14, 12, 12, 18, 16], column_formats={5: _MONEY, 6: _MONEY})
        for r in finance_repo.intangible_assets(db, year):
            sheet.append([r["ledger_no"], r["name"], _TYPE_LABELS[r["type"]], _ATTRIBUTE_LABELS[r["attribute"]],
                          _date(r["grant_date"]), _yuan(r["capitalised_fen"]), _yuan(r["asset_value_fen"])])
        sheet.finish()
        counts["intangible_assets"] = sheet.rows - 1

        for title, kinds in ((RECOGNISE_SHEET, ("recognize",)), (DISPOSAL_SHEET, ("dispose", "write_off"))):
            sheet = wb.sheet(title, ["事项编号", "台账编号", "成果名称", "事项", "金额（元）", "依据条款", "登记时间", *BOOKING_HEADERS],
                             [10, 18, 36, 12, 14, 16, 20, 16, 14, 12], column_formats={4: _MONEY, 8: _MONEY})
            for r in finance_repo.finance_queue_rows(db, year, kinds):
                sheet.append([r["id"], r["ledger_no"], r["name"], _QUEUE_LABELS[r["kind"]], _yuan(r["amount_fen"]), r["article"],
                              r["created_at"].replace("T", " "), r["voucher_no"], _yuan(r["booked_amount_fen"]),
                              _date(r["booked_date"])])
                queue_ids.append(r["id"])
            sheet.finish()
            counts[title] = sheet.rows - 1

        counts.update(_write_income(wb, db, year))
        counts[RECLASSIFY_SHEET] = _write_reclassifications(wb, db, year)

        from .fees import FINANCE_SHEET, write_finance_sheet

        counts[FINANCE_SHEET] = write_finance_sheet(wb, db, year=year)  # annual fees due, with who pays
    _collect(wb, truncated)
    finance_repo.mark_queue_exported(db, queue_ids)
    return counts


RECLASSIFY_SHEET = "支出重新分类"


def _write_reclassifications(wb: Workbook, db: Database, year: int) -> int:
    """Expenditures booked while an application was pending and reclassified when it was granted
    (1-2 第十条): before and after, so finance can correct its books."""
    from ..storage import achievements as achievements_repo

    sheet = wb.sheet(RECLASSIFY_SHEET, ["台账编号", "成果名称", "支出日期", "支出类别", "金额（元）", "凭证号", "原处理方式",
                                        "现处理方式", "重新分类日期", "依据条款", "说明"],
                     [18, 36, 12, 10, 14, 16, 10, 10, 14, 16, 40], column_formats={4: _MONEY})
    for r in achievements_repo.reclassifications(db):
        if not str(r["on_date"] or "").startswith(f"{year:04d}"):
            continue
        sheet.append([r["ledger_no"], r["name"], _date(r["expenditure_date"]), _KIND_LABELS.get(r["kind"], r["kind"]),
                      _yuan(r["amount_fen"]), r["voucher_no"], _TREATMENT_LABELS.get(r["old_treatment"], r["old_treatment"]),
                      _TREATMENT_LABELS.get(r["new_treatment"], r["new_treatment"]), _date(r["on_date"]), r["article"], r["reason"]])
    sheet.finish()
    return sheet.rows - 1


RECEIPT_SHEET = "到账收入"
DISTRIBUTION_SHEET = "收益分配明细"
PERSON_SHEET = "个人分配汇总"
DEAL_TOTALS_SHEET = "交易年度汇总"
_MONEY = {"num_format": MONEY_FORMAT}
_DEAL_KIND_LABELS = {m.value: m.label for m in d.DealKind}
_DEAL_STATE_LABELS = {"draft": "草稿", "signed": "已签约", "completed": "已完成", "terminated": "已终止"}


def _write_income(wb: Workbook, db: Database, year: int) -> dict[str, int]:
    """The income sheets of the finance workbook: receipts, distribution per receipt and recipient,
    the sum per person, and the signed deal totals with the uncounted deals apart."""
    from ..storage import deals as deals_repo

    counts: dict[str, int] = {}
    sheet = wb.sheet(RECEIPT_SHEET, ["交易编号", "合同编号", "台账编号", "成果名称", "交易方式", "交易对方", "交易状态", "到账日期",
                                     "到账金额（元）", "付款方", "凭证号", "单位留存（元）", "分配给个人（元）"],
                     [16, 16, 18, 36, 10, 24, 10, 12, 16, 24, 16, 16, 16], column_formats={8: _MONEY, 11: _MONEY, 12: _MONEY})
    for r in deals_repo.finance_receipts(db, year):
        sheet.append([r["deal_no"], r["contract_no"], r["ledger_no"], r["achievement_name"],
                      _DEAL_KIND_LABELS.get(r["kind"], r["kind"]), r["counterparty"], _DEAL_STATE_LABELS.get(r["state"], r["state"]),
                      _date(r["date"]), _yuan(r["amount_fen"]), r["payer"], r["voucher_no"], _yuan(r["unit_fen"]),
                      _yuan(r["team_fen"])])
    sheet.finish()
    counts["receipts"] = sheet.rows - 1

    shares = deals_repo.finance_distributions(db, year)
    sheet = wb.sheet(DISTRIBUTION_SHEET, ["交易编号", "台账编号", "成果名称", "到账日期", "到账金额（元）", "到账凭证号", "分配对象",
                                          "类别", "工号", "所在单位", "分配比例（%）", "分配金额（元）", "发放日期", "发放状态"],
                     [16, 18, 36, 12, 16, 16, 16, 8, 12, 20, 12, 16, 12, 10], column_formats={4: _MONEY, 11: _MONEY})
    for r in shares:
        sheet.append([r["deal_no"], r["ledger_no"], r["achievement_name"], _date(r["receipt_date"]), _yuan(r["receipt_fen"]),
                      r["voucher_no"], r["recipient"], "单位" if r["is_unit"] else "个人", r["employee_no"], r["department"],
                      _share(r["share"]), _yuan(r["amount_fen"]), _date(r["paid_date"]), "已发放" if r["paid_date"] else "待发放"])
    sheet.finish()
    counts["distributions"] = sheet.rows - 1

    people: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in shares:
        if r["is_unit"]:
            continue
        p = people.setdefault(r["person_key"], {"name": r["recipient"], "employee_no": r["employee_no"],
                                                "department": r["department"], "deals": [], "ledger": [],
                                                "total": 0, "paid": 0})
        for key, value in (("deals", r["deal_no"]), ("ledger", r["ledger_no"])):
            if value and value not in p[key]:
                p[key].append(value)
        p["total"] += r["amount_fen"]
        p["paid"] += r["amount_fen"] if r["paid_date"] else 0
    sheet = wb.sheet(PERSON_SHEET, ["姓名", "工号", "所在单位", "交易编号", "台账编号", "分配金额合计（元）", "已发放（元）", "待发放（元）"],
                     [12, 12, 20, 30, 30, 18, 16, 16], column_formats={5: _MONEY, 6: _MONEY, 7: _MONEY})
    for p in sorted(people.values(), key=lambda p: (p["department"] or "", p["name"], p["employee_no"] or "")):
        sheet.append([p["name"], p["employee_no"], p["department"], "、".join(p["deals"]), "、".join(p["ledger"]),
                      _yuan(p["total"]), _yuan(p["paid"]), _yuan(p["total"] - p["paid"])])
    sheet.finish()
    counts["people"] = sheet.rows - 1

    sheet = wb.sheet(DEAL_TOTALS_SHEET, ["年度", "已签约交易（笔）", "合同金额（元）", "到账金额（元）"], [10, 16, 18, 18],
                     column_formats={2: _MONEY, 3: _MONEY})
    totals = [r for r in deals_repo.totals_by_year(db) if r["year"] == f"{year:04d}"]
    for r in totals:
        sheet.append([int(r["year"]), r["deals"], _yuan(r["amount_fen"]), _yuan(r["received_fen"])])
    if not totals:
        sheet.append([year, 0, 0.0, 0.0])
    uncounted = deals_repo.uncounted_deals(db, year=year)
    sheet.append([])
    sheet.append([f"未计入合计的交易（草稿、已终止）：{len(uncounted)} 笔"], [wb.format({"bold": True})])
    sheet.append(["交易编号", "交易状态", "台账编号", "成果名称", "交易方式", "交易对方", "合同金额（元）"],
                 [wb.format({"bold": True})] * 7)
    money = [None] * 6 + [wb.format(_MONEY)]
    for r in uncounted:
        sheet.append([r["number"], _DEAL_STATE_LABELS.get(r["state"], r["state"]), r["ledger_no"], r["achievement_name"],
                      _DEAL_KIND_LABELS.get(r["kind"], r["kind"]), r["counterparty"], _yuan(r["amount_fen"])], money)
    counts["uncounted_deals"] = len(uncounted)
    return counts


def _record_id(raw: Any) -> int | None:
    """A record number as finance sends it back (a whole number, maybe as 12.0 or "12"); None for
    anything else — text, a fraction, inf/NaN, or a number beyond SQLite's 64-bit integers."""
    try:
        value = float(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(value) or value != int(value) or not 0 < value < 2**63:
        return None
    return int(value)


def _share(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


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
        def cell(f: str, row: list[Any] = row) -> Any:
            c = cols[f]
            return row[c] if c is not None and c < len(row) else ""
        raw_id = cell("id")
        if raw_id in ("", None):
            continue
        record_id = _record_id(raw_id)
        if record_id is None:
            result.errors.append({"sheet": sheet, "row": i, "column": wanted["id"], "value": _plain(raw_id),
                                  "message": "编号不是本系统导出的记录编号（应为正整数）"})
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
    stored = finance_repo.booking_of(db, table, [p[1] for p in parsed])
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
    return finance_repo.apply_bookings(db, [(c.table, c.record_id, c.old, c.new) for c in confirmations.changes])


def default_year() -> int:
    return datetime.now().year
