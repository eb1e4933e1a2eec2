"""Settings for patent annual fees: the fee table as dated rows (国家知识产权局专利收费标准 — a fee whose
due date is on or after a row's valid-from date uses that row), the unit's own 费减备案, and each
other holder's 费减备案 (专利收费减缴办法). Every change is written at once and logged."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..domain import fees as rules
from ..domain.errors import DomainError
from ..domain.money import format_yuan, yuan_to_fen
from ..services.fees import UNIT_REDUCTION_SETTING
from ..storage import Database
from ..storage import fees as repo
from ..storage.settings import Settings


def _pydate(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class FeeScheduleBox(QGroupBox):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("专利年费标准与费减备案"))
        self.setObjectName("fee_settings")
        self.db = db
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("fee_schedule_table")
        self.table.setHorizontalHeaderLabels([self.tr("专利类型"), self.tr("年度"), self.tr("年费（元）"), self.tr("适用于缴费期限自")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(180)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.type = QComboBox()
        self.type.setObjectName("fee_type")
        for key, label in rules.TYPE_LABELS.items():
            self.type.addItem(label, key)  # i18n: dynamic
        self.year_from = QSpinBox()
        self.year_from.setRange(1, 30)
        self.year_from.setObjectName("fee_year_from")
        self.year_to = QSpinBox()
        self.year_to.setRange(1, 30)
        self.year_to.setObjectName("fee_year_to")
        self.amount = QLineEdit()
        self.amount.setObjectName("fee_amount")
        self.amount.setPlaceholderText(self.tr("金额（元）"))
        today = clock.today()
        self.valid_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd")
        self.valid_from.setObjectName("fee_valid_from")
        add = QPushButton(self.tr("添加一行"))
        add.setObjectName("fee_add_row")
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("删除选中行"))
        remove.clicked.connect(self.remove_row)
        for w in (self.type, self.year_from, self.year_to, self.amount, self.valid_from, add, remove):
            row.addWidget(w)
        layout.addLayout(row)

        self.unit_on_record = QCheckBox(self.tr("本单位已办理费减备案（事业单位通常已备案）"))
        self.unit_on_record.setObjectName("unit_reduction")
        self.unit_on_record.setChecked(bool(Settings(db).get(UNIT_REDUCTION_SETTING, True)))
        self.unit_on_record.toggled.connect(lambda on: Settings(db).set(UNIT_REDUCTION_SETTING, bool(on)))
        layout.addWidget(self.unit_on_record)
        holder = QFormLayout()
        self.holder_name = QLineEdit()
        self.holder_name.setObjectName("holder_name")
        self.holder_eligible = QCheckBox(self.tr("符合费减条件（个人收入低于每月5000元、每年6万元；企业为小微企业）"))
        self.holder_eligible.setChecked(True)
        record = QPushButton(self.tr("记录费减备案"))
        record.setObjectName("record_filing")
        record.clicked.connect(self.record_filing)
        holder.addRow(self.tr("共有人或完成人"), self.holder_name)
        holder.addRow("", self.holder_eligible)
        holder.addRow("", record)
        layout.addLayout(holder)
        self.refresh()

    def refresh(self) -> None:
        self.rows = repo.schedule_rows(self.db)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for j, text in enumerate((rules.TYPE_LABELS[r.patent_type], f"{r.year_from}–{r.year_to}", format_yuan(r.amount_fen),
                                      r.valid_from.isoformat())):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_row(self) -> bool:
        try:
            repo.add_schedule_row(self.db, rules.ScheduleRow(self.type.currentData(), self.year_from.value(), self.year_to.value(),
                                                             yuan_to_fen(self.amount.text() or "0"), _pydate(self.valid_from)))
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("年费标准"), str(exc))
            return False
        self.refresh()
        return True

    def remove_row(self) -> None:
        i = self.table.currentRow()
        if 0 <= i < len(self.rows) and self.rows[i].id is not None:
            repo.delete_schedule_row(self.db, self.rows[i].id)
            self.refresh()

    def record_filing(self) -> bool:
        try:
            repo.record_reduction_filing(self.db, self.holder_name.text(), eligible=self.holder_eligible.isChecked(),
                                         recorded_on=clock.today())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("费减备案"), str(exc))
            return False
        self.holder_name.clear()
        return True
