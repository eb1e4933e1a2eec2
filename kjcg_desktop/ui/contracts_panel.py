"""Technology development, consulting and service contracts (四技合同) and their counterparties, a
tab of the deals section; staff mobility and spin-off companies beside them. The rules are in
domain.contracts and storage.contracts; this module only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..domain import contracts as c
from ..storage import Database
from ..storage import contracts as sc
from .deal_dialog import Clock, DateDialog, date_edit, from_qdate
from .diligence_pages import _achievement_combo, _EntryDialog, _table


def _combo(items: dict[str, str], empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for key, label in items.items():
        combo.addItem(f"{key} {label}", key)
    return combo


def _fen(text: str) -> int | None:
    text = text.strip()
    return d.yuan_to_fen(text) if text else None


class CounterpartyDialog(_EntryDialog):
    """A counterparty entered once and reused: region from the 统一社会信用代码 when given."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记交易对方"), parent)
        self.db = db
        self.counterparty_id: int | None = None
        self.name = QLineEdit()
        self.uscc = QLineEdit()
        self.uscc.setPlaceholderText(self.tr("18位，第3–8位即登记机关行政区划代码"))
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("6位行政区划代码（GB/T 2260），填了信用代码可空"))
        self.region_hint = QLabel()
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("境外单位填3位国别代码，境内留空"))
        self.party_type = _combo(c.PARTY_TYPES, self.tr("（主体性质）"))
        self.size = QComboBox()
        self.size.addItem(self.tr("（非企业或未知）"), None)
        for key, label in c.SIZES.items():
            self.size.addItem(self.tr(label), key)  # i18n: dynamic
        self.industry = _combo(c.INDUSTRIES, self.tr("（行业门类）"))
        self.state_owned = QCheckBox(self.tr("国有全资"))
        self.address = QLineEdit()
        self.uscc.textChanged.connect(self._show_region)
        self.region.textChanged.connect(self._show_region)
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("统一社会信用代码"), self.uscc)
        self.form.addRow(self.tr("行政区划代码"), self.region)
        self.form.addRow("", self.region_hint)
        self.form.addRow(self.tr("国别代码"), self.country)
        self.form.addRow(self.tr("主体性质"), self.party_type)
        self.form.addRow(self.tr("企业规模"), self.size)
        self.form.addRow(self.tr("行业（GB/T 4754）"), self.industry)
        self.form.addRow("", self.state_owned)
        self.form.addRow(self.tr("地址"), self.address)
        self.finish_layout()

    def _show_region(self) -> None:
        region = self.region.text().strip()
        code = self.uscc.text().strip()
        if not region and len(code) == 18:
            try:
                region = c.region_from_uscc(code)
            except d.DomainError as exc:
                self.region_hint.setText(str(exc))
                return
        province = c.province_of(region)
        self.region_hint.setText(self.tr("所在省份：{0}").format(province) if province else "")

    def save(self) -> None:
        try:
            self.counterparty_id = sc.save_counterparty(self.db, {
                "name": self.name.text(), "uscc": self.uscc.text(), "region_code": self.region.text(),
                "country_code": self.country.text(), "party_type": self.party_type.currentData(),
                "size": self.size.currentData(), "industry": self.industry.currentData(),
                "state_owned": self.state_owned.isChecked(), "address": self.address.text().strip() or None})
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class TechContractDialog(_EntryDialog):
    """A technology development, consulting or service contract (leaves ledger tags alone)."""

    def __init__(self, db: Database, today: date, parent: QWidget | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None) -> None:
        super().__init__(self.tr("登记技术开发、咨询、服务合同"), parent)
        self.db = db
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.contract_id: int | None = None
        self.kind = QComboBox()
        for key, label in c.TECH_CONTRACT_KINDS.items():
            self.kind.addItem(self.tr(label), key)  # i18n: dynamic
        self.name = QLineEdit()
        self.contract_no = QLineEdit()
        self.counterparty = QComboBox()
        new_cp = QPushButton(self.tr("新建…"))
        new_cp.clicked.connect(self.new_counterparty)
        cp_row = QHBoxLayout()
        cp_row.addWidget(self.counterparty, 1)
        cp_row.addWidget(new_cp)
        self._fill_counterparties()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("合同金额（元）"))
        self.technology_amount = QLineEdit()
        self.technology_amount.setPlaceholderText(self.tr("技术交易额（元），可空"))
        self.signed = date_edit(today)
        self.start = date_edit(today)
        self.end = date_edit(date(today.year + 1, today.month, min(today.day, 28)))
        self.department = QLineEdit()
        self.people = QLineEdit()
        self.people.setPlaceholderText(self.tr("项目负责人及成员"))
        self.funding = QLineEdit()
        self.funding.setPlaceholderText(self.tr("到校经费（元），可空"))
        self.achievement = _achievement_combo(db)
        self.form.addRow(self.tr("合同类别"), self.kind)
        self.form.addRow(self.tr("合同名称"), self.name)
        self.form.addRow(self.tr("合同编号"), self.contract_no)
        self.form.addRow(self.tr("交易对方"), cp_row)
        self.form.addRow(self.tr("合同金额（元）"), self.amount)
        self.form.addRow(self.tr("技术交易额（元）"), self.technology_amount)
        self.form.addRow(self.tr("签订日期"), self.signed)
        self.form.addRow(self.tr("履行期自"), self.start)
        self.form.addRow(self.tr("履行期至"), self.end)
        self.form.addRow(self.tr("负责部门"), self.department)
        self.form.addRow(self.tr("项目人员"), self.people)
        self.form.addRow(self.tr("到校经费（元）"), self.funding)
        self.form.addRow(self.tr("使用台账成果"), self.achievement)
        self.finish_layout()

    def _fill_counterparties(self, select: int | None = None) -> None:
        self.counterparty.clear()
        self.counterparty.addItem(self.tr("（请选择交易对方）"), None)
        for row in sc.find_counterparties(self.db, limit=2000):
            self.counterparty.addItem(row["name"], row["id"])
        if select is not None:
            self.counterparty.setCurrentIndex(self.counterparty.findData(select))

    def new_counterparty(self) -> None:
        dialog = CounterpartyDialog(self.db, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._fill_counterparties(dialog.counterparty_id)

    def save(self) -> None:
        try:
            self.contract_id = sc.create_tech_contract(self.db, {
                "kind": self.kind.currentData(), "name": self.name.text().strip(),
                "contract_no": self.contract_no.text().strip() or None, "counterparty_id": self.counterparty.currentData(),
                "amount_fen": _fen(self.amount.text()) or 0, "technology_amount_fen": _fen(self.technology_amount.text()),
                "contract_date": from_qdate(self.signed.date()), "term_start": from_qdate(self.start.date()),
                "term_end": from_qdate(self.end.date()), "department": self.department.text().strip() or None,
                "people": self.people.text().strip() or None, "funding_fen": _fen(self.funding.text()),
                "achievement_id": self.achievement.currentData()})
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class TechContractsPanel(QWidget):
    """技术开发、咨询、服务合同 — the rest of the contract register."""

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.table = _table([self.tr(h) for h in ("编号", "类别", "合同名称", "交易对方", "签订日期", "合同金额（元）",  # i18n: dynamic
                                                  "已到账（元）", "负责部门", "登记编号")])
        self.add_button = QPushButton(self.tr("新建合同…"))
        self.add_button.clicked.connect(self.add)
        self.counterparty_button = QPushButton(self.tr("新建交易对方…"))
        self.counterparty_button.clicked.connect(self.add_counterparty)
        self.receipt_button = QPushButton(self.tr("登记到账…"))
        self.receipt_button.clicked.connect(self.add_receipt)
        self.registration_button = QPushButton(self.tr("登记表信息（Excel）…"))
        self.registration_button.clicked.connect(lambda: self.export_registration())
        buttons = QHBoxLayout()
        note = QLabel(self.tr("技术开发、咨询、服务合同不改变成果的转化标签、转化次数和公示（计入国家年度报告）"))
        note.setWordWrap(True)
        buttons.addWidget(note, 1)
        for b in (self.add_button, self.counterparty_button, self.receipt_button, self.registration_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = sc.list_tech_contracts(self.db)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row["number"], self.tr(c.TECH_CONTRACT_KINDS[row["kind"]]), row["name"], row["counterparty"],  # i18n: dynamic
                      row["contract_date"] or "", d.format_yuan(row["amount_fen"]), d.format_yuan(row["received_fen"]),
                      row["department"] or "", row["tech_contract_reg_no"] or ""]
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row["id"])
                if col in (5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> tuple[int, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole), item.text()

    def select(self, contract_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == contract_id:
                self.table.selectRow(r)
                return

    def add(self) -> None:
        dialog = TechContractDialog(self.db, self.today(), self, run_dialog=self.run_dialog)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select(dialog.contract_id)

    def add_counterparty(self) -> None:
        self.run_dialog(CounterpartyDialog(self.db, self))

    def add_receipt(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = DateDialog(self.tr("登记到账"), self.tr("到账日期"), self.today(), self)
        amount = QLineEdit()
        dialog.layout().insertRow(1, self.tr("到账金额（元）"), amount)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            sc.add_tech_receipt(self.db, chosen[0], dialog.value(), d.yuan_to_fen(amount.text() or "0"))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("登记到账"), str(exc))
            return
        self.refresh()
        self.select(chosen[0])

    def export_registration(self, path: str | None = None) -> bool:
        from ..services.registration import write_registration

        chosen = self.selected()
        if chosen is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存技术合同登记表信息"),
                                                  f"技术合同登记表信息_{chosen[1]}.xlsx", "Excel (*.xlsx)")
            if not path:
                return False
        try:
            write_registration(self.db, chosen[1], Path(path))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("技术合同登记"), str(exc))
            return False
        return True
