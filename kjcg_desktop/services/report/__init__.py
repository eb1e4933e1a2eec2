"""The annual report (年度报告, 1-2 第十二条, 方案三(四)): indicators, workbook, PDF and e-mail draft.

Qt-free: the CLI and the GUI page both call :func:`generate_report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ...storage import report_queries as rq
from ...storage.db import Database
from ...storage.settings import Settings
from .indicators import AnnualReport, Progress, compute_report

if TYPE_CHECKING:
    from ..xlsx_writer import Truncation


@dataclass
class ReportFiles:
    report: AnnualReport
    xlsx: Path
    pdf: Path
    eml: Path | None = None
    truncated: list[Truncation] = field(default_factory=list)  # cells cut to Excel's limit


def base_name(year: int) -> str:
    return f"{year}年度科技成果转化年度报告"


def generate_report(db: Database, year: int, out_dir: Path, *, email: bool = False, today: date | None = None,
                    report: AnnualReport | None = None, progress: Progress | None = None) -> ReportFiles:
    """Compute the indicators (unless given) and write the .xlsx and the .pdf into ``out_dir``;
    with ``email`` also the unsent .eml draft addressed to settings ``mail_recipients``."""
    from . import email_draft, pdf, xlsx

    tell = progress or (lambda done, total, label: None)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tell(0, 4, "统计指标")
    if report is None:
        report = compute_report(db, year, today=today)
    tell(1, 4, "生成 Excel 工作簿")
    truncated: list[Truncation] = []
    xlsx_path = xlsx.write_workbook(db, report, out_dir / f"{base_name(year)}.xlsx", today=today, truncated=truncated)
    tell(2, 4, "生成 PDF 报告")
    deals = rq.family_detail(db, "deals", year, today)
    pdf_path = pdf.write_pdf(db, report, out_dir / f"{base_name(year)}.pdf", deals=deals)
    files = ReportFiles(report, xlsx_path, pdf_path, truncated=truncated)
    if email:
        tell(3, 4, "生成邮件草稿")
        files.eml = email_draft.write_draft(report, [xlsx_path, pdf_path], recipients(db), out_dir)
    tell(4, 4, "完成")
    return files


def recipients(db: Database) -> list[str]:
    """Settings ``mail_recipients``: a list, or one string separated by ; , or new lines."""
    value = Settings(db).get("mail_recipients") or []
    if isinstance(value, str):
        value = value.replace("；", ";").replace("，", ",").replace("\n", ";").replace(",", ";").split(";")
    return [str(v).strip() for v in value if str(v).strip()]
