"""财务对接 page.

The page offers: import an Excel ledger (the wizard, ui/import_wizard), export the ledger, export
the finance workbook (1-2 第九条、第十条、第十二条), import finance's confirmations, and undo an
import batch. The exports run on the task runner with a progress dialog and 取消.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..services import excel_export as ee
from ..services.output_paths import safe_output
from ..services.progress import Cancelled
from ..storage import Database
from ..storage import imports as repo
from .dialogs import output_refused
from .file_dialogs import open_file_name, save_file_name
from .import_wizard import (
    ERROR_HEADERS,
    ImportWizard,
    _fill,
    _table,
    translated,
    undo_with_confirmation,
    undone_text,
)
from .tasks import Task, TaskFailed, run_modal

__all__ = ["ConfirmationsDialog", "FinancePage", "ImportWizard"]


# -- finance confirmations dialog -------------------------------------------------------------
class ConfirmationsDialog(QDialog):
    """Differences between finance's workbook and the database; 应用 writes them in one transaction."""

    def __init__(self, confirmations: ee.FinanceConfirmations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("财务回执：差异"))
        names = {"voucher_no": self.tr("凭证号"), "booked_amount_fen": self.tr("入账金额"), "booked_date": self.tr("入账日期")}
        table = _table([self.tr("工作表"), self.tr("行"), self.tr("编号"), self.tr("变化"), self.tr("提示")])
        table.setObjectName("confirmation_changes")
        rows = []
        for c in confirmations.changes:
            parts = []
            for k, v in c.new.items():
                old = c.old.get(k)
                if k == "booked_amount_fen":
                    old, v = d.format_yuan(old) if old is not None else None, d.format_yuan(v) if v is not None else None
                empty = self.tr("（空）")
                parts.append(f"{names[k]}：{old or empty} → {v or empty}")
            rows.append([c.sheet, c.row, c.record_id, "；".join(parts), c.note])
        _fill(table, rows)
        errors = _table(translated(ERROR_HEADERS))
        _fill(errors, [[e["sheet"], e["row"], e["column"], e["value"], e["message"]] for e in confirmations.errors])
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("应用 {0} 处变化").format(len(confirmations.changes)),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(confirmations.changes))
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("无变化 {0} 条").format(confirmations.unchanged)))
        layout.addWidget(table, 2)
        layout.addWidget(QLabel(self.tr("错误（不会应用）")))
        layout.addWidget(errors, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)


# -- the page -----------------------------------------------------------------------------------
class FinancePage(QWidget):
    """财务对接: the Excel exchange with the ledger's users and with finance."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>财务对接</h2><p>与财务部门交换阶段标记、支出处理与资产处置（1-2 第九条、第十条、第十二条），"
                                         "以及 Excel 台账的导入与导出。</p>")))
        ledger = QGroupBox(self.tr("成果台账"))
        row = QHBoxLayout(ledger)
        self.import_button = QPushButton(self.tr("导入 Excel 台账…"))
        self.import_button.setToolTip(self.tr("读取已有的 Excel 台账：自动识别表头与列名，预览后一次性写入，可整体撤销"))
        self.import_button.clicked.connect(self.open_import_wizard)
        self.export_ledger_button = QPushButton(self.tr("导出成果台账…"))
        self.export_ledger_button.setToolTip(self.tr("导出的台账可被“导入”原样读回"))
        self.export_ledger_button.clicked.connect(self.export_ledger)
        row.addWidget(self.import_button)
        row.addWidget(self.export_ledger_button)
        row.addStretch(1)
        layout.addWidget(ledger)

        finance = QGroupBox(self.tr("财务"))
        row = QHBoxLayout(finance)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.export_finance_button = QPushButton(self.tr("导出财务对接工作簿…"))
        self.export_finance_button.setToolTip(self.tr("成果阶段与属性、支出的费用化/资本化处理及依据条款、无形资产、处置与核销（1-2 第十条、第十二条）"))
        self.export_finance_button.clicked.connect(self.export_finance)
        self.import_finance_button = QPushButton(self.tr("导入财务回执…"))
        self.import_finance_button.setToolTip(self.tr("读回财务填写的凭证号、入账金额与入账日期，显示差异后一次性写入"))
        self.import_finance_button.clicked.connect(self.import_finance)
        row.addWidget(QLabel(self.tr("年度")))
        row.addWidget(self.year)
        row.addWidget(self.export_finance_button)
        row.addWidget(self.import_finance_button)
        row.addStretch(1)
        layout.addWidget(finance)

        batches = QGroupBox(self.tr("导入记录"))
        box = QVBoxLayout(batches)
        self.batches = _table([self.tr("批次"), self.tr("导入时间"), self.tr("来源文件"), self.tr("新增"), self.tr("更新"), self.tr("状态")])
        self.batches.setObjectName("import_batches")
        self.undo_button = QPushButton(self.tr("撤销所选导入"))
        self.undo_button.clicked.connect(self.undo_selected)
        box.addWidget(self.batches)
        box.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(batches, 1)

    def refresh(self) -> None:
        rows = repo.list_batches(self.db)
        _fill(self.batches, [[r["id"], r["imported_at"].replace("T", " "), Path(r["source"]).name, r["added"], r["updated"],
                              self.tr("已撤销") if r["undone_at"] else self.tr("有效")] for r in rows])

    def open_import_wizard(self, path: Path | None = None) -> ImportWizard:
        wizard = ImportWizard(self.db, self, path if isinstance(path, Path) else None)
        wizard.finished.connect(lambda _r: self.refresh())
        wizard.show()
        self.wizard = wizard
        return wizard

    def _save_path(self, title: str, default: str) -> Path | None:
        path = save_file_name(self, title, default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return None
        out = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        return None if output_refused(self, out, self.db.path) else out

    def export_ledger(self) -> None:
        path = self._save_path(self.tr("导出成果台账"), self.tr("成果台账-{0}.xlsx").format(clock.today().isoformat()))
        if path is None:
            return
        truncated: list = []

        def work(task: Task) -> int:
            with safe_output(path, db_path=self.db.path) as tmp:
                return ee.export_ledger(task.db, tmp, truncated=truncated)
        try:
            n = run_modal(self, work, title=self.tr("导出成果台账"), label=self.tr("正在导出成果台账…"), db=self.db)
        except Cancelled:
            return
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("导出"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出"), self.tr("已导出 {0} 条成果到 {1}").format(n, path))
        self._warn_truncated(truncated)

    def _warn_truncated(self, truncated: list) -> None:
        """Cells cut to Excel's 32,767-character limit are named, never cut silently."""
        if truncated:
            QMessageBox.warning(self, self.tr("导出"), self.tr("以下 {0} 个单元格超出 Excel 上限，已截断并在单元格末尾注明：\n{1}").format(
                len(truncated), "\n".join(t.message() for t in truncated[:20])))

    def export_finance(self) -> None:
        year = self.year.value()
        path = self._save_path(self.tr("导出财务对接工作簿"), self.tr("财务对接-{0}.xlsx").format(year))
        if path is None:
            return
        truncated: list = []

        def work(task: Task) -> dict[str, int]:
            with safe_output(path, db_path=self.db.path) as tmp:
                return ee.export_finance(task.db, tmp, year=year, truncated=truncated)
        try:
            counts = run_modal(self, work, title=self.tr("导出财务对接工作簿"), label=self.tr("正在导出财务对接工作簿…"),
                               db=self.db)
        except Cancelled:
            return
        except TaskFailed as exc:
            QMessageBox.warning(self, self.tr("导出"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出"), self.tr(
            "已导出 {0} 年度财务对接工作簿：支出 {1} 条，处置与核销 {2} 项，到账 {3} 笔，收益分配 {4} 条。\n{5}").format(
            year, counts["expenditures"], counts[ee.DISPOSAL_SHEET], counts["receipts"], counts["distributions"], path))
        self._warn_truncated(truncated)

    def import_finance(self) -> None:
        path = open_file_name(self, self.tr("选择财务回执"), self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            confirmations = ee.read_finance_confirmations(self.db, Path(path))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("财务回执"), str(exc))
            return
        dialog = ConfirmationsDialog(confirmations, self)
        self.confirmations_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        n = ee.apply_finance_confirmations(self.db, confirmations)
        QMessageBox.information(self, self.tr("财务回执"), self.tr("已更新 {0} 条记录的凭证号、入账金额或入账日期。").format(n))

    def undo_selected(self) -> None:
        row = self.batches.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("撤销导入"), self.tr("请先选择一次导入"))
            return
        batch_id = int(self.batches.text(row, 0))
        result = undo_with_confirmation(self, self.db, batch_id)
        if result is None:
            return
        QMessageBox.information(self, self.tr("撤销导入"), undone_text(batch_id, result))
        self.refresh()
