"""The annual report as a print-ready PDF (reportlab): a title page, charts of the main counts by
year, the indicator tables with the comparison year, the free text, the notes on how the numbers
are counted and the list of transformation projects. Chinese TrueType fonts are embedded
(:func:`kjcg_desktop.services.fonts.register_cjk_fonts`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ... import domain as d
from ...storage.db import Database
from ...storage.events import head_stamp
from ...storage.settings import Settings
from ..fonts import register_cjk_fonts
from . import labels
from .indicators import (
    ARTICLE_REPORT,
    BY_KEY,
    CHART_AMOUNTS,
    CHART_COUNTS,
    AnnualReport,
    IndicatorRow,
    change_text,
    format_value,
)

Progress = Callable[[int, int, str], None]

SERIES_COLOURS = [colors.HexColor(c) for c in ("#2F5597", "#C55A11", "#548235", "#7F6000", "#7030A0")]

COUNTING_NOTES = [
    "统计期间为公历年度（1月1日至12月31日），上年同期用于比较；涉密成果及其相关记录一律不纳入统计。",
    "成果披露、审核登记按披露日期、登记日期计；赋权申请、批准、生效分别按提交日期、审批日期、生效日期计。",
    "转化交易按合同签订日期计（未填写时按登记日期），合同金额为合同约定金额；到账收入及收益分配按到账日期（已填写支付日期的按支付日期）计。",
    "年末成果状态按记录重建：属性以授权日期及事件日志中的法律状态变更为准；阶段以年末前取得的开发阶段证据为准"
    "（人工修正的阶段按现状计）；转化状态以年末前签订或完成的交易为准；年末已放弃或已转让处置的成果不计入"
    "（放弃日期未记录时按该成果记录最后修改日期计）。",
    "无形资产确认、处置、核销按财务对接记录的入账日期（未入账的按生成日期）计；年末单列管理的无形资产按年末持有成果的现行账面价值计（1-2 第十四条）。",
]


def _styles(body: str, heading: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=body, fontSize=10.5, leading=16, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "title": ParagraphStyle("title", parent=base, fontName=heading, fontSize=24, leading=34, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=22, alignment=TA_CENTER),
        "centre": ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontName=heading, fontSize=15, leading=22, spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=heading, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4,
                             keepWithNext=1),
    }


def _bar_chart(report: AnnualReport, keys: list[str], font: str, *, scale: int = 1, unit: str = "项") -> Drawing:
    years = sorted(report.series[keys[0]])
    width, height = 170 * mm, 78 * mm
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer's initial state would otherwise reference Helvetica
    chart = VerticalBarChart()
    chart.x, chart.y = 16 * mm, 16 * mm
    chart.width, chart.height = width - 62 * mm, height - 26 * mm
    chart.data = [[int(report.series[k][y] or 0) / scale for y in years] for k in keys]
    chart.categoryAxis.categoryNames = [f"{y}年" for y in years]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for series in chart.data for v in series), default=0)
    chart.valueAxis.valueMax = top * 1.15 if top else 1
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for i in range(len(keys)):
        chart.bars[i].fillColor = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 44 * mm, height - 14 * mm
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.colorNamePairs = [(SERIES_COLOURS[i % len(SERIES_COLOURS)], BY_KEY[k].label) for i, k in enumerate(keys)]
    drawing.add(legend)
    drawing.add(String(2 * mm, height - 6 * mm, f"单位：{unit}", fontName=font, fontSize=8))
    return drawing


def _indicator_table(rows: Sequence[IndicatorRow], styles: dict[str, ParagraphStyle], font: str, year: int) -> Table:
    cell = styles["cell"]
    data = [["指标", "单位", f"{year}年", f"{year - 1}年", "增减", "依据"]]
    for row in rows:
        ind = row.definition
        data.append([
            Paragraph(escape(ind.label), cell), ind.unit, format_value(ind.unit, row.current),
            format_value(ind.unit, row.previous), change_text(ind.unit, row.current, row.previous),
            Paragraph(escape(ind.article), styles["small"]),
        ])
    table = Table(data, colWidths=[50 * mm, 9 * mm, 29 * mm, 29 * mm, 31 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8EA9C1")),
        ("ALIGN", (1, 0), (-2, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F8FB")]),
    ]))
    return table


def _projects_table(deals: list[dict[str, Any]], font: str) -> Table:
    data = [["交易编号", "方式", "成果名称", "交易对方", "签订日期", "合同金额（元）"]]
    for deal in deals:
        name = deal["achievement_name"] or ""
        counterparty = deal["counterparty"] or ""
        data.append([deal["number"] or "", labels.text("deal", "kind", deal["kind"]),
                     name if len(name) <= 18 else name[:17] + "…",
                     counterparty if len(counterparty) <= 14 else counterparty[:13] + "…",
                     deal["contract_date"] or "", d.format_yuan(deal["amount_fen"])])
    table = Table(data, colWidths=[24 * mm, 16 * mm, 54 * mm, 40 * mm, 20 * mm, 26 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F3")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#8EA9C1")),
        ("ALIGN", (-1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    if not parts:
        return [Paragraph("（未填写）", style)]
    return [Paragraph("　　" + escape(p), style) for p in parts]


def write_pdf(db: Database, report: AnnualReport, path: Path, *, deals: list[dict[str, Any]] | None = None,
              progress: Progress | None = None) -> Path:
    """Write the PDF report to ``path``; ``deals`` are the year's transformation projects."""
    tell = progress or (lambda done, total, label: None)
    tell(0, 3, "准备字体")
    settings = Settings(db)
    fonts = register_cjk_fonts(settings.get("document_font") or None)
    body, heading = fonts["body"], fonts["heading"]
    styles = _styles(body, heading)
    unit = report.unit_name or "（单位名称未设置）"
    title = f"{report.year}年度科技成果转化年度报告"
    story: list[Flowable] = [
        Spacer(1, 55 * mm),
        Paragraph(escape(unit), styles["subtitle"]),
        Spacer(1, 8 * mm),
        Paragraph(escape(title), styles["title"]),
        Spacer(1, 6 * mm),
        Paragraph("（职务科技成果国有资产情况及试点执行情况）", styles["subtitle"]),
        Spacer(1, 60 * mm),
        Paragraph(escape(f"报送单位：{settings.get('tto_name') or unit}"), styles["centre"]),
        Paragraph(f"统计期间：{report.year}年1月1日至{report.year}年12月31日", styles["centre"]),
        Paragraph(f"编制日期：{report.generated.isoformat()}", styles["centre"]),
        Spacer(1, 10 * mm),
        Paragraph(escape(f"依据：{ARTICLE_REPORT}。涉密成果不纳入本报告（本年末涉密成果 {report.confidential_left_out} 项未报告）。"),
                  styles["small"]),
        PageBreak(),
        Paragraph("主要指标趋势", styles["h1"]),
        Paragraph("成果披露、登记、交易与公示数量（近五年）", styles["h2"]),
        _bar_chart(report, CHART_COUNTS, body),
        Paragraph("交易金额、到账收入与完成人收益（近五年）", styles["h2"]),
        _bar_chart(report, CHART_AMOUNTS, body, scale=1_000_000, unit="万元"),
        PageBreak(),
        Paragraph("主要指标", styles["h1"]),
    ]
    tell(1, 3, "排版指标表")
    for section, rows in report.sections():
        story.append(Paragraph(escape(f"{section.title}（{section.article}）"), styles["h2"]))
        story.append(_indicator_table(rows, styles, body, report.year))
    story += [Paragraph("试点工作情况", styles["h1"]), Paragraph("典型做法与经验", styles["h2"]),
              *_paragraphs(report.free_text.get("measures", ""), styles["body"]),
              Paragraph("存在问题与建议", styles["h2"]),
              *_paragraphs(report.free_text.get("problems", ""), styles["body"]),
              Paragraph("统计口径说明", styles["h2"]),
              *[Paragraph(f"{i}. " + escape(n), styles["small"]) for i, n in enumerate(COUNTING_NOTES, 1)]]
    if deals:
        story += [PageBreak(), Paragraph(f"附件：{report.year}年度科技成果转化项目清单（{len(deals)}项）", styles["h1"]),
                  _projects_table(deals, body)]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(body, 8)
        if doc.page > 1:
            canvas.drawString(20 * mm, 12 * mm, f"{unit} {title}")
            canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"第 {doc.page} 页")
        if stamp:  # the event-log head when the report was made, for an auditor to compare
            canvas.setFont(body, 6)
            canvas.drawCentredString(A4[0] / 2, 8 * mm, stamp)
        canvas.restoreState()

    stamp = head_stamp(db)

    tell(2, 3, "生成 PDF")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=f"{unit}{title}", author=settings.get("tto_name") or unit,
                            subject=title, creator="KJCG Desktop",
                            # the canvas's initial font is the embedded CJK font: no unembedded Helvetica
                            initialFontName=body)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    tell(3, 3, "PDF 已生成")
    return path
