"""The register of document numbers (文号): every number given, per kind and year, voided ones shown
作废 with their reason; 作废 asks for the reason. A voided number is never given again."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.documents import numbering
from ..storage import Database
from ..storage import document_numbers as numbers
from .text_table import TextTable

KIND_LABELS = {
    "notice": QT_TRANSLATE_NOOP("DocumentNumbers", "赋权公示"),
    "agreement": QT_TRANSLATE_NOOP("DocumentNumbers", "赋权协议"),
    "extension-agreement": QT_TRANSLATE_NOOP("DocumentNumbers", "延长长期使用权协议"),
    "abandonment-notice": QT_TRANSLATE_NOOP("DocumentNumbers", "放弃公示"),
    "decision": QT_TRANSLATE_NOOP("DocumentNumbers", "审批决定"),
    "price-notice": QT_TRANSLATE_NOOP("DocumentNumbers", "协议定价公示"),
    "related-party-notice": QT_TRANSLATE_NOOP("DocumentNumbers", "关联交易公示"),
    "reward-notice": QT_TRANSLATE_NOOP("DocumentNumbers", "现金奖励公示"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("DocumentNumbers", KIND_LABELS.get(kind, kind))  # i18n: dynamic


class DocumentNumbersPanel(QWidget):
    """文号登记: filter by kind and year; 作废 with a reason."""

    voided = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部文书"), "")
        for kind in numbering.NUMBERED:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.year_filter = QComboBox()
        self.kind_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.year_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.table = TextTable([self.tr("文号"), self.tr("文书"), self.tr("对象"), self.tr("成文日期"), self.tr("状态"),
                                self.tr("作废理由")])
        self.table.setObjectName("document_numbers")
        self.table.mark_rows_with(QColor("#777777"), QColor("#f1f1f1"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.setToolTip(self.tr("作废所选文号（须填写理由）；作废的文号保留在登记中，不再使用"))
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("文书")))
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(QLabel(self.tr("年度")))
        filters.addWidget(self.year_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.rows: list[dict] = []
        self._fill_years()
        self.refresh()

    def _fill_years(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("全部"), 0)
        for year in numbers.years(self.db):
            self.year_filter.addItem(str(year), year)
        index = self.year_filter.findData(chosen) if chosen else 0
        self.year_filter.setCurrentIndex(max(index, 0))
        self.year_filter.blockSignals(False)

    def show_kind(self, kind: str) -> None:
        """Filter the register to ``kind`` (when it is numbered; else all kinds)."""
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind if kind in numbering.NUMBERED else ""), 0))

    def refresh(self) -> None:
        self._fill_years()
        self.rows = numbers.register(self.db, self.kind_filter.currentData() or None, self.year_filter.currentData() or None)
        issued, void = self.tr("已出具"), self.tr("作废")
        shown = [[r["number"], kind_label(r["kind"]), r.get("subject") or "", r["issued_on"],
                  void if r["state"] == "void" else issued, r.get("void_reason") or ""] for r in self.rows]
        self.table.set_rows(shown, ids=[int(r["id"]) for r in self.rows],
                            marked={i for i, r in enumerate(self.rows) if r["state"] == "void"})
        count_void = sum(1 for r in self.rows if r["state"] == "void")
        self.summary.setText(self.tr("共 {0} 个文号，其中作废 {1} 个").format(len(self.rows), count_void))
        self.void_button.setEnabled(any(r["state"] == "issued" for r in self.rows))

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select_number(self, number: str) -> bool:
        for row, record in enumerate(self.rows):
            if record["number"] == number:
                self.table.selectRow(row)
                return True
        return False

    def void_selected(self, reason: str | None = None) -> bool:
        """作废 the selected number; without ``reason`` a dialog asks for it (required)."""
        record = self.selected()
        if record is None:
            QMessageBox.information(self, self.tr("作废文号"), self.tr("请先在列表中选择一个文号。"))
            return False
        if record["state"] == "void":
            QMessageBox.information(self, self.tr("作废文号"), self.tr("文号 {0} 已作废。").format(record["number"]))
            return False
        if reason is None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle(self.tr("作废文号"))
            dialog.setLabelText(self.tr("作废 {0}（{1}，{2}）。\n作废后该文号保留在登记中、不再使用；重新出具时编新号。\n作废理由（必填）：")
                                .format(record["number"], kind_label(record["kind"]), record.get("subject") or ""))
            dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return False
            reason = dialog.textValue()
        if not reason.strip():
            QMessageBox.warning(self, self.tr("作废文号"), self.tr("作废文号须填写理由。"))
            return False
        try:
            numbers.void(self.db, record["number"], reason)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("作废文号"), str(exc))
            return False
        self.refresh()
        self.voided.emit(record["number"])
        return True
