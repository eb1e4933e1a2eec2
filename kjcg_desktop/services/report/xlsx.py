"""The annual report as an Excel workbook for finance and 国资 (1-2 第十二条): one sheet of
indicators (this year, last year, change, article) and one sheet per detail list."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from ...storage import report_queries as rq
from ...storage.db import Database
from . import labels
from .indicators import AnnualReport, Value

INDICATOR_SHEET = "指标"
YUAN_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0"


@dataclass(frozen=True)
class DetailList:
    title: str
    entity: str
    sources: list[tuple[str, Mapping[int, tuple[str, ...]]]] = field(default_factory=list)  # (family, match)
    columns: tuple[str, ...] = ()  # subset of the entity's detail columns; empty: all

    def column_names(self) -> list[str]:
        every = [name for _, name in rq.DETAIL_COLUMNS[self.entity][1]]
        return [c for c in every if c in self.columns] if self.columns else every


DETAIL_LISTS: list[DetailList] = [
    DetailList("成果登记明细", "achievement", [("registrations", {})],
               ("id", "ledger_no", "name", "type", "department", "registration_date", "funding_source", "legal_status")),
    DetailList("赋权明细", "application", [("grants_applied", {}), ("grants_approved", {}), ("grants_effective", {})]),
    DetailList("转化交易明细", "deal", [("deals", {})]),
    DetailList("到账收入明细", "receipt", [("income", {})]),
    DetailList("收益分配明细", "distribution", [("distributions", {})]),
    DetailList("放弃申请明细", "application", [("abandonments_filed", {})]),
    # Expensed spending is a period cost and appears in the summary sheet; the items finance keeps
    # apart (capitalised, or accumulated until the asset forms — 1-2 第十条、第十四条) are listed.
    DetailList("资本化及归集支出明细", "expenditure", [("expenditures", {0: ("capitalize", "accumulate")})],
               ("id", "ledger_no", "achievement_name", "date", "expenditure_kind", "stage", "treatment", "amount_fen")),
    DetailList("无形资产变动明细", "finance", [("finance", {})]),
    DetailList("年末无形资产明细", "achievement", [("year_end", {3: ("1",)})],
               ("id", "ledger_no", "name", "type", "department", "asset_value_fen")),
    DetailList("公示明细", "publicity", [("publicities", {})]),
    DetailList("异议明细", "objection", [("objections", {})]),
]

Progress = Callable[[int, int, str], None]


def detail_list_rows(db: Database, detail: DetailList, year: int, today: date | None = None) -> list[dict[str, Any]]:
    """The rows of one detail list for ``year`` (the records behind its indicators)."""
    if len(detail.sources) == 1:
        family, match = detail.sources[0]
        return rq.family_detail(db, family, year, today, match)
    ids: set[int] = set()
    for family, match in detail.sources:
        ids.update(rq.family_ids(db, family, year, match, today))
    return rq.detail_rows(db, detail.entity, ids)


def excel_value(unit: str, value: Value) -> Any:
    """An indicator value as stored in the workbook: yuan as Decimal, counts as int, shares as
    Decimal percent, missing as None."""
    if value is None:
        return None
    if unit == "元":
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
    return value


def _number_format(unit: str) -> str:
    return YUAN_FORMAT if unit == "元" else PERCENT_FORMAT if unit == "%" else COUNT_FORMAT


def write_workbook(db: Database, report: AnnualReport, path: Path, *, today: date | None = None,
                   progress: Progress | None = None) -> Path:
    """Write the workbook to ``path`` (write-only mode: fast for long detail lists)."""
    tell = progress or (lambda done, total, label: None)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(INDICATOR_SHEET)
    for col, width in zip("ABCDEFGH", (30, 42, 6, 18, 18, 18, 30, 34), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    bold = Font(bold=True)
    title = WriteOnlyCell(ws, value=f"{report.unit_name}{report.year}年度科技成果转化年度报告 — 指标")
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([f"统计口径：{report.year}-01-01 至 {report.year}-12-31；上年同期 {report.previous_year} 年。"
               f"涉密成果不纳入统计。生成日期：{report.generated.isoformat()}"])
    header = []
    fill = PatternFill("solid", fgColor="DDE7F3")
    for text in ("部分", "指标", "单位", f"{report.year}年", f"{report.previous_year}年", "增减", "依据", "指标代码"):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
        header.append(cell)
    ws.append(header)
    for section, rows in report.sections():
        for row in rows:
            ind = row.definition
            values = []
            for value in (row.current, row.previous, _change(row.current, row.previous)):
                cell = WriteOnlyCell(ws, value=excel_value(ind.unit, value))
                cell.number_format = _number_format(ind.unit)
                values.append(cell)
            ws.append([section.title, ind.label, ind.unit, *values, ind.article, ind.key])
    text_sheet = wb.create_sheet("典型做法与问题")
    text_sheet.column_dimensions["A"].width = 16
    text_sheet.column_dimensions["B"].width = 100
    wrap = Alignment(wrap_text=True, vertical="top")
    for key, caption in (("measures", "典型做法与经验"), ("problems", "存在问题与建议")):
        cell = WriteOnlyCell(text_sheet, value=report.free_text.get(key, ""))
        cell.alignment = wrap
        text_sheet.append([caption, cell])

    _write_expenditure_summary(wb, rq.family_values(db, "expenditures", report.year, today))
    total = len(DETAIL_LISTS)
    for n, detail in enumerate(DETAIL_LISTS):
        tell(n, total, f"写入{detail.title}")
        _write_detail(wb, detail, detail_list_rows(db, detail, report.year, today))
    tell(total, total, "工作簿已生成")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


EXPENDITURE_SUMMARY = "支出处理汇总"


def _write_expenditure_summary(wb: Workbook, groups: rq.GroupValues) -> None:
    """Spending of the year by treatment, stage and kind (1-2 第十条)."""
    ws = wb.create_sheet(EXPENDITURE_SUMMARY)
    for col, width in zip("ABCDE", (14, 14, 14, 10, 20), strict=True):
        ws.column_dimensions[col].width = width
    bold = Font(bold=True)
    header = []
    for text in ("会计处理", "阶段标记", "支出类型", "笔数", "金额（元）"):
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    order = {t: i for i, t in enumerate(("expense", "capitalize", "accumulate"))}
    for (treatment, stage, kind), (count, amount) in sorted(groups.items(), key=lambda g: (order.get(g[0][0], 9), g[0])):
        cell = WriteOnlyCell(ws, value=(Decimal(amount) / 100).quantize(Decimal("0.01")))
        cell.number_format = YUAN_FORMAT
        ws.append([labels.label("expenditure", "treatment", treatment), labels.label("expenditure", "stage", stage),
                   labels.label("expenditure", "expenditure_kind", kind), count, cell])


def _change(current: Value, previous: Value) -> Value:
    if current is None or previous is None:
        return None
    return current - previous


def _write_detail(wb: Workbook, detail: DetailList, rows: list[dict[str, Any]]) -> None:
    ws = wb.create_sheet(detail.title)
    columns = detail.column_names()
    for i, name in enumerate(columns):
        ws.column_dimensions[_letter(i)].width = 36 if name in ("name", "achievement_name", "title", "content") else 16
    ws.freeze_panes = "A2"
    header = [labels.HEADERS.get(name, name) for name in columns]
    converters = [labels.converter(detail.entity, name) for name in columns]
    plan = list(zip(columns, converters, strict=True))
    values = [[row[name] if convert is None else convert(row[name]) for name, convert in plan] for row in rows]
    amount_cols = {i for i, name in enumerate(columns) if labels.is_amount(name)}
    write_table(ws, header, values, amount_cols)


def write_table(ws, header: list[str], rows: list[list[Any]], amount_cols: set[int]) -> None:
    """Append a bold header and ``rows`` to a write-only sheet, amounts in yuan format.

    Long lists go through :func:`_append_fast` (rows serialised in bulk, ~5× faster than
    ``ws.append`` cell by cell); if the installed openpyxl is not the one it was written for, the
    plain ``ws.append`` path is used.
    """
    bold = WriteOnlyCell(ws, value=None)
    bold.font = Font(bold=True)
    yuan = WriteOnlyCell(ws, value=None)
    yuan.number_format = YUAN_FORMAT
    if _append_fast(ws, header, rows, amount_cols, bold, yuan):
        return
    header_cells = []
    for text in header:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    ws.append(header_cells)
    # Cells are serialised as soon as a row is appended, so one styled cell per amount column is
    # reused for every row.
    amount_cells: dict[int, WriteOnlyCell] = {}
    for i in amount_cols:
        amount_cells[i] = WriteOnlyCell(ws, value=None)
        amount_cells[i].number_format = YUAN_FORMAT
    for values in rows:
        # control characters (pasted from other programs) are dropped, as the bulk path does
        out = [_ILLEGAL_XML.sub("", v) if isinstance(v, str) else v for v in values]
        for i, cell in amount_cells.items():
            if out[i] is not None:
                cell.value = out[i]
                out[i] = cell
        ws.append(out)


_ILLEGAL_XML = re.compile(r"[\000-\010\013\014\016-\037]")
_SPECIAL = re.compile(r"[&<>\000-\010\013\014\016-\037]")
FAST_CHUNK = 2000


def _cell_xml(ref: str, value: Any, style: int | None) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    elif isinstance(value, int | float | Decimal):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    else:
        text = str(value)
    if _SPECIAL.search(text):
        text = xml_escape(_ILLEGAL_XML.sub("", text))
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t{space}>{text}</t></is></c>'


def _append_fast(ws, header: list[str], rows: list[list[Any]], amount_cols: set[int],
                 bold: WriteOnlyCell, yuan: WriteOnlyCell) -> bool:
    """Write header and rows of an empty write-only sheet as parsed XML chunks.

    Uses openpyxl 3.1's write-only internals (``_get_writer``, ``_writer.xf``, ``_rows``); returns
    False without writing anything when they are not there, so the caller falls back."""
    from openpyxl import xml as openpyxl_xml

    if not (openpyxl_xml.LXML and hasattr(ws, "_get_writer") and getattr(ws, "_rows", 0) is None
            and hasattr(ws, "_writer")):
        return False
    from lxml import etree

    bold_id, yuan_id = bold.style_id, yuan.style_id
    letters = [_letter(i) for i in range(len(header))]
    ws._get_writer()
    if not hasattr(ws._writer, "xf"):
        return False

    def lines():
        yield f'<row r="1">{"".join(_cell_xml(f"{c}1", h, bold_id) for c, h in zip(letters, header, strict=True))}</row>'
        for r, values in enumerate(rows, 2):
            cells = "".join(_cell_xml(f"{letters[i]}{r}", v, yuan_id if i in amount_cols else None)
                            for i, v in enumerate(values) if v is not None)
            yield f'<row r="{r}">{cells}</row>'

    def stream():
        xf = ws._writer.xf.send(True)
        with xf.element("sheetData"):
            chunk: list[str] = []
            for line in lines():
                chunk.append(line)
                if len(chunk) >= FAST_CHUNK:
                    for element in etree.fromstring("<d>" + "".join(chunk) + "</d>"):
                        xf.write(element)
                    chunk = []
            if chunk:
                for element in etree.fromstring("<d>" + "".join(chunk) + "</d>"):
                    xf.write(element)
            try:
                while True:
                    yield
            except GeneratorExit:
                pass
        ws._writer.xf.send(None)

    writer = stream()
    next(writer)
    ws._rows = writer  # ws.close() closes it, which ends sheetData and writes the sheet's tail
    return True


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)
