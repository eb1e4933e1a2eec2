"""Import of the research office's 横向 contract workbook (技术开发、咨询、服务合同) into the contract
register, reading and normalising cells with the ledger importer's own functions
(:mod:`kjcg_desktop.services.excel_import`): the same file checks, dates, amounts and codes.

Nothing is lost: a row whose cells cannot all be read is imported with what could be read, its raw
cells kept and the problems written to its ``review`` (待核对) — never dropped or guessed. A
contract whose number is already on record is not imported again (so nothing counts twice). One
transaction; an import can be undone as a whole.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import domain as d
from ..domain import contracts as c
from ..storage import contracts as sc
from ..storage.db import Database
from . import excel_import as xi
from .importing.cells import fen_in_unit
from .importing.layout import header_units
from .importing.plan import _skip_reason as skip_reason
from .importing.register_columns import (  # noqa: F401  (the contract columns, shared with the ledger import)
    AMOUNT_FIELDS,
    BY_HEADER,
    HEADERS,
    KIND_WORDS,
    LABELS,
    READERS,
    SIZE_WORDS,
)
from .importing.register_columns import company_size as _size  # noqa: F401
from .importing.register_columns import contract_kind as _kind  # noqa: F401
from .importing.register_columns import field_of as _field_of


@dataclass
class ContractImportResult:
    import_id: int
    added: int = 0
    skipped_duplicates: list[str] = field(default_factory=list)   # contract numbers already on record
    review: list[str] = field(default_factory=list)                # "第 N 行：…" rows flagged 待核对
    counterparties_added: int = 0
    skipped: list[str] = field(default_factory=list)               # "第 N 行：合计行" rows that are no contract


@dataclass
class _Header:
    """Where a contract sheet's header is, the field of each column and its amounts' unit."""

    index: int                      # 0-based row of the header
    fields: list[str | None]
    units: list[int]                # yuan per unit of each column (10000 under 合同金额（万元）)
    data_start: int                 # 0-based row of the first data row (after a units row)


def _find_header(rows: Sequence[Sequence[Any]]) -> _Header:
    best, best_score = -1, 0
    for i, row in enumerate(rows[:xi.HEADER_SCAN_ROWS]):
        score = sum(1 for v in row if _field_of(v) is not None)
        if score > best_score:
            best, best_score = i, score
    if best_score < 3:
        raise xi.ImportFileError("没有找到合同表的表头（至少须有合同名称、委托方、合同金额等列中的三列）")
    fields: list[str | None] = []
    seen: set[str] = set()
    for v in rows[best]:
        f = _field_of(v)
        fields.append(f if f and f not in seen else None)
        if f:
            seen.add(f)
    units, units_row = header_units(rows, best)
    return _Header(best, fields, units, best + 1 + units_row)


def _json_cell(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (int, float, str)) or value is None:
        return value
    return str(value)


def import_contracts(db: Database, path: Path | str, sheet: str | None = None) -> ContractImportResult:
    """Import the contract sheet (the first with a contract header unless named) in one transaction.
    Rows below the header that are no contract — blank, a 合计/小计 row wherever its label stands, a
    note (注：…, 填表人…), a section heading or the header repeated — are left out by the ledger
    importer's rule and listed in ``skipped``."""
    name, rows, header = _find_contract_sheet(path, sheet)
    probes = [(col, "".join(rows[header.index][col].split())) for col, f in enumerate(header.fields) if f][:3]
    with db.transaction():
        import_id = sc.start_contract_import(db, str(Path(path).name), name)
        result = ContractImportResult(import_id)
        known = sc.known_contract_numbers(db)
        for offset, raw_row in enumerate(rows[header.data_start:], start=header.data_start + 1):
            reason = skip_reason(raw_row, probes)
            if reason:
                if reason != "空行":
                    result.skipped.append(f"第 {offset} 行：{reason}")
                continue
            values, problems = _read_values(raw_row, header)
            number = values.get("contract_no")
            if number and number in known:
                result.skipped_duplicates.append(number)
                continue
            cp_id = _counterparty(db, values, import_id, result, problems)
            row = _contract_row(db, values, offset, problems)
            row.update({"counterparty_id": cp_id, "import_id": import_id})
            if problems:
                row["review"] = "；".join(problems)
                row["raw"] = json.dumps([_json_cell(v) for v in raw_row], ensure_ascii=False)
                result.review.append(f"第 {offset} 行：{row['review']}")
            sc.create_tech_contract(db, row)
            if number:
                known.add(number)
            result.added += 1
        summary = {"added": result.added, "duplicates": len(result.skipped_duplicates), "review": len(result.review),
                   "counterparties": result.counterparties_added, "skipped": len(result.skipped)}
        sc.finish_contract_import(db, import_id, summary)
    return result


def _find_contract_sheet(path: Path | str, sheet: str | None) -> tuple[str, list[list[Any]], _Header]:
    """The sheet to import (the named one, else the first with a contract header): its name, rows
    and header."""
    book = xi.open_workbook(path)
    try:
        for name in [sheet] if sheet else book.sheet_names:
            rows = book.rows(name)
            try:
                header = _find_header(rows)
            except xi.ImportFileError:
                if sheet:
                    raise
                continue
            return name, rows, header
    finally:
        book.close()
    raise xi.ImportFileError(f"工作簿“{Path(path).name}”中没有找到合同表（须有合同名称、委托方、合同金额等列）")


def _read_values(raw_row: Sequence[Any], header: _Header) -> tuple[dict[str, Any], list[str]]:
    """The row's cells read by field (amounts in their column's unit), and what could not be read
    (kept for 待核对, never guessed)."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for col, f in enumerate(header.fields):
        if f is None or col >= len(raw_row):
            continue
        try:
            if f in AMOUNT_FIELDS:
                values[f] = fen_in_unit(raw_row[col], header.units[col] if col < len(header.units) else 1)
            else:
                values[f] = READERS[f](raw_row[col])
        except xi.ImportValueError as exc:
            problems.append(f"{LABELS[f]}（{xi.column_letter(col)}列）：{exc}")
    return values, problems


def _counterparty(db: Database, values: dict[str, Any], import_id: int, result: ContractImportResult,
                  problems: list[str]) -> int | None:
    """The counterparty's id: an existing one by name, else a new one (only its name when its details
    do not pass the checks, the reason noted in ``problems``)."""
    cp_name = values.get("counterparty")
    if not cp_name:
        problems.append("未填写委托方（交易对方）")
        return None
    existing = sc.counterparty_id_by_name(db, cp_name)
    if existing is not None:
        return existing
    cp_values = {"name": cp_name, "uscc": values.get("uscc"), "region_code": values.get("region_code"),
                 "size": values.get("size"), "industry": values.get("industry")}
    try:
        c.check_counterparty(cp_values)
    except d.DomainError as exc:
        problems.append(f"交易对方“{cp_name}”：{exc.message}")
        cp_values = {"name": cp_name}
    cp_id = sc.save_counterparty(db, cp_values)
    sc.mark_counterparty_imported(db, cp_id, import_id)
    result.counterparties_added += 1
    return cp_id


def _contract_row(db: Database, values: dict[str, Any], offset: int, problems: list[str]) -> dict[str, Any]:
    """The contract record of one row (without counterparty and import); what is missing or wrong is
    appended to ``problems``."""
    if not values.get("kind"):
        problems.append("合同类别未填写或无法识别，暂按技术服务登记")
    if not values.get("name"):
        problems.append("未填写合同名称")
    if values.get("contract_date") is None:
        problems.append("未填写签订日期（不计入任何年度）")
    achievement_id = None
    if values.get("ledger_no"):
        achievement_id = sc.achievement_id_by_ledger_no(db, values["ledger_no"])
        if achievement_id is None:
            problems.append(f"台账中没有编号为“{values['ledger_no']}”的成果")
    reg_no = values.get("reg_no")
    if reg_no:
        try:
            reg_no = c.check_registration_number(reg_no)
        except d.DomainError as exc:
            problems.append(exc.message)
            reg_no = None
    amount = values.get("amount")
    if amount is None:
        problems.append("未填写合同金额")
        amount = 0
    tech = values.get("technology_amount")
    if tech is not None and tech > amount:
        problems.append("技术交易额大于合同金额")
        tech = None
    if amount < 0:
        problems.append("合同金额为负")
    return {"kind": values.get("kind") or "service", "name": values.get("name") or f"（第 {offset} 行，名称待核对）",
            "contract_no": values.get("contract_no"), "amount_fen": max(amount, 0),
            "technology_amount_fen": tech, "contract_date": values.get("contract_date"),
            "term_start": values.get("term_start"), "term_end": values.get("term_end"),
            "department": values.get("department"), "people": values.get("people"),
            "funding_fen": values.get("funding"), "achievement_id": achievement_id, "tech_contract_reg_no": reg_no}


undo_contract_import = sc.undo_contract_import
