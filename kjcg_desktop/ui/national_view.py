"""The national report's indicator tables on screen, each row traceable to the records it counts
(the numbers of the contracts, receipts, rewards, achievements, people or companies behind it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.report import national
from ..storage import Database


class NationalIndicatorsDialog(QDialog):
    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} 年度国家年度报告指标").format(year))
        self.report = national.compute_national(db, year)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("项目"), self.tr("指标值"), "", "", ""])
        for table in self.report.tables:
            top = QTreeWidgetItem([table.title])
            top.setToolTip(0, table.basis)
            for line in table.lines:
                values = [f"{h}：{national.cell_text(u, v)}" for h, u, v in zip(table.headers, table.units, line.values,
                                                                                strict=True)]
                item = QTreeWidgetItem([line.label, *values])
                item.setData(0, Qt.ItemDataRole.UserRole, line.records)
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.records = QListWidget()
        self.records_label = QLabel(self.tr("选择一行查看其对应记录"))
        self.tree.currentItemChanged.connect(self._show_records)
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.records_label)
        box.addWidget(self.records)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([640, 260])
        left = self.report.left_out
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("涉密成果不予报告：已排除成果 {0} 项、合同 {1} 项、到账 {2} 笔、奖励 {3} 人次").format(
            left["achievements"], left["contracts"], left["receipts"], left["rewards"])))
        layout.addWidget(splitter, 1)
        self.resize(960, 640)

    def _show_records(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.records.clear()
        records = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not records:
            self.records_label.setText(self.tr("选择一行查看其对应记录"))
            return
        self.records_label.setText(self.tr("对应记录 {0} 条").format(len(records)))
        self.records.addItems(records)
