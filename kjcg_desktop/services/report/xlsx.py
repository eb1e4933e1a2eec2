"""The annual report as an Excel workbook for finance and 国资 (1-2 第十二条): one sheet of
indicators (this year, last year, change, article) and one sheet per detail list.

Written through :mod:`..xlsx_writer` (XlsxWriter, text never a formula): the workbook holds no
formula at all, whatever a record or a header from an imported file says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...storage import report_queries as rq
from ...storage.db import Database
from ..xlsx_writer import Sheet, Truncation, Workbook
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
                   progress: Progress | None = None, truncated: list[Truncation] | None = None) -> Path:
    """Write the workbook to ``path``; cells cut to Excel's limit are added to ``truncated``."""
    tell = progress or (lambda done, total, label: None)
    with Workbook(path) as wb:
        ws = wb.sheet(INDICATOR_SHEET, (), (30, 42, 6, 18, 18, 18, 30, 34))
        ws.ws.freeze_panes(3, 0)
        ws.append([f"{report.unit_name}{report.year}年度科技成果转化年度报告 — 指标"], [wb.format({"bold": True, "font_size": 14})])
        ws.append([f"统计口径：{report.year}-01-01 至 {report.year}-12-31；上年同期 {report.previous_year} 年。"
                   f"涉密成果不纳入统计（本年末涉密成果 {report.confidential_left_out} 项未报告）。生成日期：{report.generated.isoformat()}"])
        header = wb.format({"bold": True, "bg_color": "#DDE7F3", "align": "center"})
        ws.append(["部分", "指标", "单位", f"{report.year}年", f"{report.previous_year}年", "增减", "依据", "指标代码"], [header] * 8)
        for section, rows in report.sections():
            for row in rows:
                ind = row.definition
                number = wb.format({"num_format": _number_format(ind.unit)})
                ws.append([section.title, ind.label, ind.unit,
                           *(excel_value(ind.unit, v) for v in (row.current, row.previous, _change(row.current, row.previous))),
                           ind.article, ind.key], [None, None, None, number, number, number])
        text_sheet = wb.sheet("典型做法与问题", (), (16, 100))
        wrap = wb.format({"text_wrap": True, "valign": "top"})
        for key, caption in (("measures", "典型做法与经验"), ("problems", "存在问题与建议")):
            text_sheet.append([caption, report.free_text.get(key, "")], [None, wrap])

        _write_expenditure_summary(wb, rq.family_values(db, "expenditures", report.year, today))
        _write_fee_budget(wb, db, report.year)
        total = len(DETAIL_LISTS)
        for n, detail in enumerate(DETAIL_LISTS):
            tell(n, total, f"写入{detail.title}")
            _write_detail(wb, detail, detail_list_rows(db, detail, report.year, today))
        tell(total, total, "工作簿已生成")
    if truncated is not None:
        truncated.extend(wb.truncated)
    return path


EXPENDITURE_SUMMARY = "支出处理汇总"
FEE_BUDGET = "专利维持费用预算"
FEE_BUDGET_YEARS = 3


def _write_fee_budget(wb: Workbook, db: Database, year: int) -> None:
    """The state-asset part (1-2 第十二条): the annual fees the unit's patents will cost in the three
    years after the report year, by year and by who bears them, and the cost to the end of term."""
    from ..fees import budget

    plan = budget(db, FEE_BUDGET_YEARS, today=date(year + 1, 1, 1))
    ws = wb.sheet(FEE_BUDGET, ("年度", "承担方", "应缴年费（元）"), (10, 20, 18),
                  column_formats={2: {"num_format": "#,##0.00"}})
    ws.append([f"{year + 1}–{year + FEE_BUDGET_YEARS} 年到期的专利年费（已计费减，依据 1-2 第十二条）"])
    for (y, payer), fen in sorted(plan.by_payer.items()):
        ws.append([y, payer, fen / 100])
    for y in plan.years:
        ws.append([y, "合计", plan.by_year.get(y, 0) / 100])
    ws.append(["至保护期届满", "合计", sum(v for _, v in plan.cost_to_term.values()) / 100])
    ws.finish()


def _write_expenditure_summary(wb: Workbook, groups: rq.GroupValues) -> None:
    """Spending of the year by treatment, stage and kind (1-2 第十条)."""
    ws = wb.sheet(EXPENDITURE_SUMMARY, ("会计处理", "阶段标记", "支出类型", "笔数", "金额（元）"), (14, 14, 14, 10, 20),
                  header_format={"bold": True}, freeze=False, autofilter=False, column_formats={4: {"num_format": YUAN_FORMAT}})
    order = {t: i for i, t in enumerate(("expense", "capitalize", "accumulate"))}
    for (treatment, stage, kind), (count, amount) in sorted(groups.items(), key=lambda g: (order.get(g[0][0], 9), g[0])):
        ws.append([labels.label("expenditure", "treatment", treatment), labels.label("expenditure", "stage", stage),
                   labels.label("expenditure", "expenditure_kind", kind), count, (Decimal(amount) / 100).quantize(Decimal("0.01"))])


def _change(current: Value, previous: Value) -> Value:
    if current is None or previous is None:
        return None
    return current - previous


def _write_detail(wb: Workbook, detail: DetailList, rows: list[dict[str, Any]]) -> None:
    columns = detail.column_names()
    widths = [36 if name in ("name", "achievement_name", "title", "content") else 16 for name in columns]
    header = [labels.HEADERS.get(name, name) for name in columns]
    converters = [labels.converter(detail.entity, name) for name in columns]
    plan = list(zip(columns, converters, strict=True))
    values = [[row[name] if convert is None else convert(row[name]) for name, convert in plan] for row in rows]
    amount_cols = {i for i, name in enumerate(columns) if labels.is_amount(name)}
    ws = wb.sheet(detail.title, header, widths, header_format={"bold": True}, autofilter=False,
                  column_formats={i: {"num_format": YUAN_FORMAT} for i in amount_cols})
    write_table(ws, values)


def write_table(ws: Sheet, rows: list[list[Any]]) -> None:
    """Append ``rows`` to a sheet made with its header and amount formats: every value through
    the formula-safe writer (control characters dropped, formula-like text kept as text)."""
    for values in rows:
        ws.append(values)
