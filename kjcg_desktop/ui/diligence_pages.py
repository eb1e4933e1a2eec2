"""Startup rectification (方案二(六)) and third-party TTO agency agreements (方案二(四),
1-2 第十三条): two small lists with their entry dialogs, shown as tabs of the deals section."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..storage import Database, diligence
from ..storage import deals as deals_repo
from .date_input import AmountInput
from .deal_dialog import Clock, DateDialog, date_edit, ok_cancel
from .dialogs import RecordsPanel
from .rows_model import RowsTable


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _achievement_combo(db: Database) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("deal_dialog", "（不关联具体成果）"), None)
    for row in deals_repo.find_achievements(db, "", limit=500):
        combo.addItem(f"{row['ledger_no'] or row['id']} {row['name']}", row["id"])
    return combo


class _EntryDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.resize(520, 0)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class RectificationDialog(_EntryDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记需合规整改的创业企业"), parent)
        self.db = db
        self.company = QLineEdit()
        self.founded = date_edit(None)
        self.founders = QLineEdit()
        self.achievement = _achievement_combo(db)
        self.used_how = QPlainTextEdit()
        self.used_how.setFixedHeight(60)
        self.used_how.setPlaceholderText(self.tr("如何利用职务科技成果（作价入股、无偿使用等）"))
        help_text = QLabel(self.tr("允许试点单位对过往利用单位职务科技成果自主创办企业进行合规整改（方案二(六)）。"))
        help_text.setWordWrap(True)
        self.form.addRow(help_text)
        self.form.addRow(self.tr("企业名称"), self.company)
        self.form.addRow(self.tr("成立日期"), self.founded)
        self.form.addRow(self.tr("创办人"), self.founders)
        self.form.addRow(self.tr("所用成果"), self.achievement)
        self.form.addRow(self.tr("使用情况"), self.used_how)
        self.finish_layout()

    def _founded(self) -> date | None:
        if problem := self.founded.error():
            raise d.DomainError(self.tr("「成立日期」：{0}").format(problem))
        return self.founded.date_value()

    def save(self) -> None:
        try:
            diligence.add_rectification(self.db, self.company.text().strip(), founded_on=self._founded(),
                                        founders=self.founders.text().strip(), achievement_id=self.achievement.currentData(),
                                        used_how=self.used_how.toPlainText().strip())
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class AgencyDialog(_EntryDialog):
    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记第三方技术转移机构服务协议"), parent)
        self.db = db
        self.agency = QLineEdit()
        self.services = QLineEdit()
        self.services.setPlaceholderText(self.tr("成果披露、价值评估、路径设计、知识产权保护、投融资、托管运营…"))
        self.fee = AmountInput(label=self.tr("服务费用"), unit="")
        self.fee.edit.setPlaceholderText(self.tr("服务费用（元），可空"))
        self.equity = QLineEdit()
        self.equity.setPlaceholderText(self.tr("服务换股权，如 5%，可空"))
        self.achievement = _achievement_combo(db)
        self.signed = date_edit(today)
        self.start = date_edit(today)
        self.end = date_edit(date(today.year + 2, 12, 31))
        help_text = QLabel(self.tr("与第三方专业技术转移机构合作，通过收取服务费用、服务换股权等方式开展服务"
                                   "（方案二(四)、1-2 第十三条）。"))
        help_text.setWordWrap(True)
        self.form.addRow(help_text)
        self.form.addRow(self.tr("服务机构"), self.agency)
        self.form.addRow(self.tr("服务内容"), self.services)
        self.form.addRow(self.tr("服务费用（元）"), self.fee)
        self.form.addRow(self.tr("服务换股权"), self.equity)
        self.form.addRow(self.tr("关联成果"), self.achievement)
        self.form.addRow(self.tr("签订日期"), self.signed)
        self.form.addRow(self.tr("服务期自"), self.start)
        self.form.addRow(self.tr("服务期至"), self.end)
        self.finish_layout()

    def save(self) -> None:
        try:
            fee = d.parse_amount_text(self.fee.text(), allow_negative=False, field=self.tr("服务费用"))
            diligence.add_agency_agreement(
                self.db, self.agency.text().strip(), self.services.text().strip(), fee_fen=fee,
                equity_share=self.equity.text().strip() or None, achievement_id=self.achievement.currentData(),
                signed_on=self.signed.require(self.tr("签订日期")), start_date=self.start.require(self.tr("服务期自")),
                end_date=self.end.require(self.tr("服务期至")))
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class RectificationsPanel(RecordsPanel):
    """创业企业合规整改 (方案二(六))."""

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today=today, run_dialog=run_dialog, parent=parent)
        self.table = RowsTable([self.tr("企业名称"), self.tr("成立日期"), self.tr("创办人"), self.tr("使用情况"), self.tr("状态"),
                                self.tr("整改完成"), self.tr("整改措施")])
        add = QPushButton(self.tr("登记企业…"))
        add.clicked.connect(self.add)
        self.done_button = QPushButton(self.tr("整改完成…"))
        self.done_button.clicked.connect(self.complete)
        buttons = QHBoxLayout()
        note = QLabel(self.tr("过往利用职务科技成果自主创办企业的合规整改（方案二(六)）"))
        buttons.addWidget(note, 1)
        buttons.addWidget(add)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = diligence.list_rectifications(self.db)
        table_rows = []
        for row in rows:
            state = self.tr("已整改") if row["state"] == "rectified" else self.tr("待整改")
            table_rows.append((row["id"], [row["company"], row["founded_on"], row["founders"], row["used_how"], state,
                                           row["rectified_on"], row["measures"]]))
        self.table.set_rows(table_rows)

    def add(self) -> None:
        if self.run_dialog(RectificationDialog(self.db, self)) == QDialog.DialogCode.Accepted:
            self.refresh()

    def complete(self) -> None:
        rect_id = self.table.selected_id()
        if rect_id is None:
            return
        dialog = DateDialog(self.tr("整改完成"), self.tr("完成日期"), self.today(), self)
        measures = QPlainTextEdit()
        measures.setFixedHeight(70)
        dialog.layout().insertRow(1, self.tr("整改措施"), measures)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            diligence.complete_rectification(self.db, rect_id, dialog.value(), measures.toPlainText().strip())
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("不能完成整改"), str(exc))
            return
        self.refresh()


class AgenciesPanel(RecordsPanel):
    """第三方技术转移机构服务协议 (方案二(四), 1-2 第十三条)."""

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today=today, run_dialog=run_dialog, parent=parent)
        self.table = RowsTable([self.tr("服务机构"), self.tr("服务内容"), self.tr("服务费用（元）"), self.tr("服务换股权"),
                                self.tr("签订日期"), self.tr("服务期限")], right=(2,))
        add = QPushButton(self.tr("登记服务协议…"))
        add.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("第三方专业技术转移机构：收取服务费用或服务换股权（方案二(四)、1-2 第十三条）")), 1)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = diligence.list_agency_agreements(self.db)
        table_rows = []
        for row in rows:
            fee = d.format_yuan(row["fee_fen"]) if row["fee_fen"] is not None else ""
            term = self.tr("{0} 至 {1}").format(row['start_date'] or '', row['end_date'] or '')
            table_rows.append((row["id"], [row["agency"], row["services"], fee, row["equity_share"], row["signed_on"], term]))
        self.table.set_rows(table_rows)

    def add(self) -> None:
        if self.run_dialog(AgencyDialog(self.db, self.today(), self)) == QDialog.DialogCode.Accepted:
            self.refresh()
