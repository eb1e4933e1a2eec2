"""The import plan: every data row of the chosen sheets normalised, interpreted and matched.

The rule: **a non-blank row always becomes a record, or updates the record it matches**. What
cannot be read is kept raw (in the record's extra fields) and flagged 待核对 with the reason, the
cell ("专利清单!C12") and the original text. Refused only: empty rows, 合计/小计/总计 rows and a
repeated header; a note row under the table (说明：…, 注：…, 填表人…) is reported by name.

Columns are normalised one at a time, each distinct value once (ledger columns repeat the same few
values); the row rules (:mod:`.rows`) then combine a row's readings; :func:`build_plan` matches each
row on its stable key and merges field by field (:mod:`.merge`).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import Any

from ... import clock
from ...domain.review_flags import ReviewFlag, cell_ref
from ...gc_pause import gc_paused
from ...storage import imports as imports_repo
from ...storage.db import Database
from ...storage.ledger import fetch_rows
from ..sheet_size import UncalculatedFormula
from . import cells as c
from .layout import SheetLayout, column_letter
from .merge import resolve
from .model import (
    _VALUE_FLAG_KIND,
    DATE_FIELDS,
    EXTRA_FIELDS,
    GoneRecord,
    ImportPlan,
    PlannedRow,
    RowError,
    TagDifference,
    _merge_duplicate,
)
from .registers import read_row, settle, sheet_register
from .rows import RowContext, interpret_row
from .synonyms import IGNORE, extra_key, synonyms
from .workbook import Workbook, workbook_notices

__all__ = ["DATE_FIELDS", "EXTRA_FIELDS", "NORMALISERS", "ImportPlan", "PlannedRow", "RowError", "TagDifference",
           "_VALUE_FLAG_KIND", "build_plan"]

NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "ledger_no": c.to_code, "name": c.to_line, "type": c.to_type, "legal_status": c.to_legal_status,
    "legal_status_detail": c.to_legal_status, "grant_publication_no": c.to_number,
    "application_no": c.to_number, "patent_no": c.to_number, "publication_no": c.to_number,
    "certificate_no": c.to_certificate, "registration_no": c.to_number,
    "filing_date": c.to_partial_date, "grant_date": c.to_partial_date, "publication_date": c.to_partial_date,
    "disclosure_date": c.to_partial_date, "registration_date": c.to_partial_date,
    "holder": c.to_holder, "department": c.to_line, "inventors": c.to_people, "first_inventor": c.to_people,
    "other_inventors": c.to_people, "keywords": c.to_text, "summary": c.to_text, "funding_source": c.to_funding,
    "project_no": c.to_code, "transfer_status": c.to_transfer, "transfer_count": c.to_count,
    "asset_value_fen": c.to_amount_fen, "file_attribute": c.to_attribute, "file_stage": c.to_stage,
}
# -- normalising a column ---------------------------------------------------------------------------
class _Bad:
    """A cell that fails its field's check; equal cells of a column share one."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


# Excel's error values: what a formula shows when it fails (calamine reads an .xlsx error cell as
# empty; the sheet-size scan puts the value back, services/sheet_size.py)
EXCEL_ERRORS = {"#N/A": "公式没有取到数据", "#REF!": "公式引用的单元格已不存在", "#VALUE!": "公式的参数类型不对",
                "#DIV/0!": "公式除以零", "#NAME?": "公式中有无法识别的名称", "#NUM!": "公式的数值无效",
                "#NULL!": "公式的区域不相交", "#SPILL!": "公式结果无法展开", "#CALC!": "公式无法计算",
                "#GETTING_DATA": "公式的数据尚未取回"}


def _checked(normalise: Callable[[Any], Any], raw: Any) -> Any:
    """One cell of a field column: its value, None when empty, or a :class:`_Bad`."""
    if raw.__class__ is str:
        if not raw:
            return None
        if raw[0] == "#" and raw.strip() in EXCEL_ERRORS:
            return _Bad(f"单元格是 Excel 错误值“{raw.strip()}”（{EXCEL_ERRORS[raw.strip()]}），不是有效的值")
        if not raw.isprintable():  # a zero-width space copied from a web page is not part of a date or number
            raw = c.without_control_characters(raw)
    elif raw is None:
        return None
    elif raw.__class__ is float and not math.isfinite(raw):
        return _Bad("不是有效的数字（单元格为错误值或无穷大）")
    elif raw.__class__ is UncalculatedFormula:
        return _Bad(f"单元格是公式“{raw}”，文件中没有它的计算结果（文件由程序生成，未在 Excel 或 WPS 中打开保存过）；"
                    "请在 Excel 或 WPS 中打开、保存后重新导入，或在预览中更正")
    try:
        return normalise(raw)
    except c.ImportValueError as exc:
        return _Bad(str(exc))
    except (ValueError, ArithmeticError, TypeError, OverflowError):
        return _Bad("无法识别的值")


def _extra_text(raw: Any) -> str | None:
    """One cell of a column without a field: text as written (trimmed); numbers and dates as text."""
    if raw.__class__ is str:
        return c.without_control_characters(raw).strip() or None
    return c.to_text(raw)


_NUMBER_TYPES = {bool, int, float}
_PROBE_CELLS = 256


def _normalise_column(cells: Sequence[Any], normalise: Callable[[Any], Any] | None) -> tuple[list[Any], bool]:
    """The cells of one column normalised, and whether any failed. Each distinct value is
    normalised once. Where a column mixes number types, values are told apart by type too
    (True == 1 == 1.0). A column whose first cells are nearly all different (titles, numbers,
    inventor lists) is normalised cell by cell: telling its values apart would cost more than it saves."""
    one = _extra_text if normalise is None else partial(_checked, normalise)
    probe = cells[:_PROBE_CELLS]
    if len(set(probe)) * 4 > len(probe) * 3:
        values = list(map(one, cells))
        return values, normalise is not None and _Bad in set(map(type, values))
    if len(set(map(type, cells)) & _NUMBER_TYPES) > 1:
        keys: Sequence[Any] = list(zip(map(type, cells), cells, strict=True))
        distinct = list(set(keys))
        results = dict(zip(distinct, map(one, map(operator.itemgetter(1), distinct)), strict=True))
    else:
        keys = cells
        distinct = list(set(cells))
        results = dict(zip(distinct, map(one, distinct), strict=True))
    failed = normalise is not None and _Bad in set(map(type, results.values()))
    return list(map(results.__getitem__, keys)), failed


# -- rows below the header ------------------------------------------------------------------------
def _data_rows(layout: SheetLayout, rows: Sequence[Sequence[Any]],
               overrides: Mapping[tuple[str, int, int], Any] | None = None,
               ) -> tuple[list[tuple[int, Sequence[Any]]], list[tuple[str, int, str]]]:
    """(Excel row number, cells padded to the header's width) of each data row, and the rows skipped
    as blank, 合计, a note or a repeated header."""
    width = len(layout.headers)
    probes = [(col, h) for col, h in enumerate(layout.headers) if layout.mapping[col] != IGNORE][:3]
    data: list[tuple[int, Sequence[Any]]] = []
    skipped: list[tuple[str, int, str]] = []
    mine = {(r, col): v for (s, r, col), v in (overrides or {}).items() if s == layout.sheet}
    for index in range(layout.data_start, len(rows)):
        row = rows[index]
        if mine:
            fixes = {col: v for (r, col), v in mine.items() if r == index + 1}
            if fixes:
                row = [*row, *([""] * (width - len(row)))] if len(row) < width else list(row)
                for col, v in fixes.items():
                    if col < len(row):
                        row[col] = v
        reason = _skip_reason(row, probes)
        if reason:
            skipped.append((layout.sheet, index + 1, reason))
        else:
            data.append((index + 1, row if len(row) >= width else [*row, *([""] * (width - len(row)))]))
    return data, skipped


# A total row's label: the word alone or followed by a colon, a bracket, a number or at most two more
# characters (合计金额); "总计量检测系统" is a title.
_TOTAL_CELL = re.compile(r"\s*(?:本页|本表|全部|以上)?(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*数|汇\s*总|累\s*计)"
                         r"(?:\s*$|\s*[:：（(\d]|\s+\S|[\u4e00-\u9fff]{1,2}\s*$)")
# A note under the table: a note word with its colon (说明：, 注1：), or a phrase only notes begin with.
_NOTE_CELL = re.compile(r"\s*(?:(?:说明|注|备注|附注|填表人|制表人|填报人|审核人|负责人|联系人|填表日期|制表日期|统计截止"
                        r"(?:日期|时间)?)\s*[:：]|注\s*\d{1,2}\s*[:：.、]|\*\s*注|填表说明|填报说明|数据来源|资料来源|统计截止)")
# A section heading of a ledger grouped by kind: 一、发明专利, （二）实用新型, 第三部分 软件著作权.
_SECTION_CELL = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
                           r"|第[一二三四五六七八九十]{1,3}(?:部分|类|章|节))\s*\S")
# A cell that holds an IP number: a row with one is data, whatever its label says.
_NUMBER_CELL = re.compile(r"\d{8,}|\d{4}\s*SR\s*\d{4,}", re.IGNORECASE)


def _skip_reason(row: Sequence[Any], probes: Sequence[tuple[int, str]]) -> str | None:
    """Why a row below the header is no data row: blank; a 合计/总计 row (one of its first three
    filled cells is such a label, and no cell holds an IP number); a note (说明：, 注：, 填表人 … in
    a row of at most two filled cells) or a section heading (一、发明专利 alone on its row); the
    header repeated (the probe columns hold their own names)."""
    filled = 0
    blank = True
    first_text = None
    for v in row:
        if v is None or v == "":
            continue
        if v.__class__ is str:
            if filled < 3 and _TOTAL_CELL.match(v) and not any(
                    c.__class__ is str and _NUMBER_CELL.search(c) for c in row):
                return "合计行"
            stripped = v.strip()
            if stripped and first_text is None and filled == 0:
                first_text = stripped
            blank = blank and not stripped
        else:
            blank = False
        filled += 1
        if filled >= 3 and not blank:
            break
    if blank:
        return "空行"
    if first_text is not None and filled <= 2:
        if _NOTE_CELL.match(first_text):
            return f"说明行“{first_text[:40]}”"
        if filled == 1 and _SECTION_CELL.match(first_text):
            return f"分节标题行“{first_text[:40]}”"
    hits = 0
    for col, name in probes:
        v = row[col] if col < len(row) else ""
        if v.__class__ is str and name[:1] in v and "".join(v.split()) == name:
            hits += 1
    return "重复的表头行" if hits >= 2 else None


def _ignored_only(layout: SheetLayout, row: Sequence[Any]) -> str:
    """The skip reason of a row whose only content is in columns the import leaves out (序号 …)."""
    headers = [layout.headers[c] or column_letter(c) for c, v in enumerate(row[:len(layout.headers)])
               if v is not None and v != "" and not (v.__class__ is str and not v.strip())]
    return f"只有“{'、'.join(headers[:3])}”列有内容，没有可导入的信息" if headers else "空行"


MAX_FILLED_CELLS = 1 << 24


def _fill_merged_down(rows: Sequence[Any], data_start: int) -> None:
    """A cell merged down over several data rows (a 所属学院 or 专利权人 written once for a group of
    rows) holds its value in its first row only; it is the value of every row it spans, as the sheet
    shows it. Ranges that begin above the data (the header's) are left as they are."""
    budget = MAX_FILLED_CELLS
    for r0, c0, r1, _c1 in getattr(rows, "merged", ()):
        if r0 < data_start or r1 <= r0 or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if value is None or value == "":
            continue
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if c0 < len(row) and (row[c0] is None or row[c0] == "") and any(
                    v is not None and v != "" for v in row):  # a blank row inside the range stays blank
                row[c0] = value
        budget -= r1 - r0
        if budget <= 0:
            return


def _as_filed(ctx: RowContext, raw_row: Sequence[Any], excel_row: int) -> PlannedRow:
    """The file's own row as the importer reads it, cell by cell as the columns are: for a row the
    clerk corrected in the preview, whose record holds the correction (its ``source`` is the merge
    base, its flags those the file's text raised)."""
    layout = ctx.layout
    got: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    problems: list[tuple[int, str, str]] = []
    for col, target in enumerate(layout.mapping):
        if target == IGNORE:
            continue
        raw = raw_row[col] if col < len(raw_row) else ""
        normalise = layout.normaliser(col, target, NORMALISERS)
        if normalise is None:
            text = _extra_text(raw) if raw is not None else None
            if text is not None:
                extra[extra_key(layout.headers[col])] = text
            continue
        value = _checked(normalise, raw)
        if value.__class__ is _Bad:
            problems.append((col, target, value.message))
        elif value is not None:
            got[target] = value
    return interpret_row(ctx, excel_row, raw_row, got, extra, problems)


def _corrections(as_filed: PlannedRow, planned: PlannedRow, fixes: Mapping[int, Any]) -> list[tuple[ReviewFlag, str]]:
    """The flags the file's text raised on the cells the clerk corrected (``fixes``: column → value),
    each with how it was corrected, to be kept as checked."""
    ctx_cells = {cell_ref(planned.sheet, column_letter(col), planned.row): value for col, value in fixes.items()}
    still = {(f.cell, f.kind) for f in planned.flags}
    return [(f, f"导入预览中更正为“{ctx_cells[f.cell]}”") for f in as_filed.flags
            if f.cell in ctx_cells and (f.cell, f.kind) not in still]


# -- building the plan ------------------------------------------------------------------------------
@gc_paused()
def build_plan(
    db: Database,
    workbook: Workbook,
    layouts: Sequence[SheetLayout],
    *,
    today: date | None = None,
    overrides: Mapping[tuple[str, int, int], Any] | None = None,
) -> ImportPlan:
    """Normalise and interpret every data row of ``layouts``; decide add / update / unchanged.

    ``overrides``: cell values the clerk corrected in the preview, by (sheet, Excel row, column index)."""
    plan = ImportPlan(str(workbook.path), list(layouts))
    plan.notices, plan.stray_cells = workbook_notices(workbook, [lay.sheet for lay in layouts])
    syn = synonyms()
    seen: dict[str, PlannedRow] = {}
    for layout in layouts:
        sheet = layout.sheet
        _fill_merged_down(workbook.rows(sheet), layout.data_start)
        data, skipped = _data_rows(layout, workbook.rows(sheet), overrides)
        corrected: dict[int, dict[int, Any]] = {}  # Excel row → {column: the clerk's value}
        for (s, r, col), value in (overrides or {}).items():
            if s == sheet:
                corrected.setdefault(r, {})[col] = value
        columns = list(zip(*(row for _, row in data), strict=False)) if data else []
        normalised: dict[str, list[Any]] = {}
        extras: list[tuple[str, list[Any]]] = []
        bad: dict[int, list[tuple[int, str, str]]] = {}   # row index → [(column, field, message)]
        letters = [column_letter(col) for col in range(len(layout.headers))]
        for col, target in enumerate(layout.mapping):
            if target == IGNORE:
                continue
            normalise = layout.normaliser(col, target, NORMALISERS)
            cells, failed = _normalise_column(columns[col] if columns else [], normalise)
            if normalise is None:
                extras.append((extra_key(layout.headers[col]), cells))
                continue
            if failed:
                for i, v in enumerate(cells):
                    if v.__class__ is _Bad:
                        bad.setdefault(i, []).append((col, target, v.message))
                        cells[i] = None
            normalised[target] = cells
        ctx = RowContext(sheet, layout, letters, syn.labels)
        register = sheet_register(layout)  # a fee or deal list: its payments or contracts
        field_names, extra_names = list(normalised), [h for h, _ in extras]
        # row by row across the columns (zip: no per-cell indexing)
        field_rows = zip(*normalised.values(), strict=True) if normalised else repeat(())
        extra_rows = zip(*(cells for _, cells in extras), strict=True) if extras else repeat(())
        for i, ((excel_row, raw_row), field_row, extra_row) in enumerate(zip(data, field_rows, extra_rows, strict=False)):
            got = {f: v for f, v in zip(field_names, field_row, strict=True) if v is not None}
            extra = {h: v for h, v in zip(extra_names, extra_row, strict=True) if v is not None}
            problems = bad.get(i, ())
            if not got and not extra and not problems:  # only a 序号 or other ignored cells
                skipped.append((sheet, excel_row, _ignored_only(layout, raw_row)))
                continue
            planned = interpret_row(ctx, excel_row, raw_row, got, extra, problems)
            read_row(register, planned, raw_row)
            if excel_row in corrected:  # the merge base is what the file says, not the clerk's correction
                as_filed = _as_filed(ctx, workbook.rows(sheet)[excel_row - 1], excel_row)
                planned.source = as_filed.source
                planned.corrected = True
                planned.corrections = _corrections(as_filed, planned, corrected[excel_row])
            keys = planned.keys
            first = seen.get(keys[0]) if len(keys) == 1 else next((seen[k] for k in keys if k in seen), None)
            if first is not None:
                _merge_duplicate(first, planned, ctx)
                continue
            for k in keys:
                seen[k] = planned
            plan.rows.append(planned)
        plan.skipped.extend(sorted(skipped, key=operator.itemgetter(1)))
    plan.flag_far_cells()
    resolve(db, plan, today or clock.today())
    settle(db, plan.rows)
    plan.gone = _gone_from_file(db, plan)
    return plan


def _gone_from_file(db: Database, plan: ImportPlan) -> list[GoneRecord]:
    """The records that earlier imports of this ledger file (the same name, or the same name with
    another date stamp: :func:`ledger_file_key`; the same sheets) brought in and that this file no
    longer has a row for: the office deleted the row (a patent given up, a record moved). Each earlier
    import counts only when it was this ledger — at least half of the records it brought in that are
    still in the ledger are matched here: another college's file or another search export saved
    under the same default name says nothing about deletions."""
    earlier = imports_repo.earlier_imports_of_file(db, Path(plan.source).name, "、".join(lay.sheet for lay in plan.layouts),
                                                   ledger_file_key)
    matched = {r.target_id for r in plan.rows if r.target_id is not None}
    when: dict[int, str] = {}
    for _source, imported_at, ids in earlier:
        missing = ids - matched
        if not missing:
            continue
        present = set(fetch_rows(db, sorted(ids), ("ledger_no",)))
        if len(present & matched) * 2 >= len(present):
            when.update(dict.fromkeys(missing & present, imported_at))
    if not when:
        return []
    rows = fetch_rows(db, sorted(when), ("ledger_no", "name", "legal_status"))
    return [GoneRecord(i, row[0], row[1], row[2], when[i]) for i, row in rows.items()]


_DATE_STAMP = re.compile(r"[0-9０-９]+\s*(?:年度|年|月份|月|日|号)?")
_NAME_SEPARATORS = re.compile(r"[\s\-_.·,，、()（）\[\]【】]+")


def ledger_file_key(file_name: str) -> str:
    """A ledger file's name less its extension and its date stamps: an office saves each month's
    ledger under its date (专利台账_2026-11.xlsx, 专利台账（2026年12月）.xlsx), and those are versions of
    one file. A name that is nothing but a date stays as it is."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    key = _NAME_SEPARATORS.sub("", _DATE_STAMP.sub("", stem)).lower()
    return key or file_name.lower()
