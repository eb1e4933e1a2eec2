"""Technology development, consulting and service contracts (四技合同) and their counterparties, a
tab of the deals section; staff mobility and spin-off companies beside them. The rules are in
domain.contracts and storage.contracts; this module only asks and shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..domain import contracts as c
from ..storage import Database
from ..storage import contracts as sc
from .deal_dialog import Clock, DateDialog, date_edit
from .dialogs import RecordsPanel
from .diligence_pages import _achievement_combo, _EntryDialog
from .file_dialogs import open_file_name, save_file_name
from .text_table import TextTable


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
                "contract_date": self.signed.require(self.tr("签订日期")), "term_start": self.start.require(self.tr("开始日期")),
                "term_end": self.end.require(self.tr("结束日期")), "department": self.department.text().strip() or None,
                "people": self.people.text().strip() or None, "funding_fen": _fen(self.funding.text()),
                "achievement_id": self.achievement.currentData()})
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class TechContractsPanel(RecordsPanel):
    """技术开发、咨询、服务合同 — the rest of the contract register."""

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today=today, run_dialog=run_dialog, parent=parent)
        self.table = TextTable([self.tr("编号"), self.tr("类别"), self.tr("合同名称"), self.tr("交易对方"), self.tr("签订日期"), self.tr("合同金额（元）"), self.tr("已到账（元）"), self.tr("负责部门"), self.tr("登记编号"), self.tr("待核对")])
        self.table.align_right(5, 6)
        self.add_button = QPushButton(self.tr("新建合同…"))
        self.add_button.clicked.connect(self.add)
        self.counterparty_button = QPushButton(self.tr("新建交易对方…"))
        self.counterparty_button.clicked.connect(self.add_counterparty)
        self.receipt_button = QPushButton(self.tr("登记到账…"))
        self.receipt_button.clicked.connect(self.add_receipt)
        self.registration_button = QPushButton(self.tr("登记表信息（Excel）…"))
        self.registration_button.clicked.connect(lambda: self.export_registration())
        self.import_button = QPushButton(self.tr("导入横向合同工作簿…"))
        self.import_button.setToolTip(self.tr("无法识别的单元格保留原值并标记待核对；合同编号已在册的不重复导入"))
        self.import_button.clicked.connect(lambda: self.import_workbook())
        buttons = QHBoxLayout()
        note = QLabel(self.tr("技术开发、咨询、服务合同不改变成果的转化标签、转化次数和公示（计入国家年度报告）"))
        note.setWordWrap(True)
        buttons.addWidget(note, 1)
        for b in (self.add_button, self.counterparty_button, self.receipt_button, self.registration_button, self.import_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = sc.list_tech_contracts(self.db)
        self.table.set_rows([[row["number"], self.tr(c.TECH_CONTRACT_KINDS[row["kind"]]), row["name"],  # i18n: dynamic
                              row["counterparty"], row["contract_date"] or "", d.format_yuan(row["amount_fen"]),
                              d.format_yuan(row["received_fen"]), row["department"] or "", row["tech_contract_reg_no"] or "",
                              row["review"] or ""] for row in rows], ids=[row["id"] for row in rows])

    def selected(self) -> tuple[int, str] | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        return self.table.row_id(row), self.table.text(row, 0)

    def select(self, contract_id: int) -> None:
        row = self.table.cells.row_of(contract_id)
        if row is not None:
            self.table.selectRow(row)

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

    def import_workbook(self, path: str | None = None) -> bool:
        """Import the research office's 横向 contract workbook (all or nothing; undoable)."""
        from ..services.contract_import import import_contracts

        if path is None:
            path = open_file_name(self, self.tr("选择横向合同工作簿"), "Excel (*.xlsx *.xlsm *.xls *.ods *.csv)")
            if not path:
                return False
        try:
            result = import_contracts(self.db, Path(path))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("导入合同"), str(exc))
            return False
        self.refresh()
        text = self.tr("已导入合同 {0} 项，新建交易对方 {1} 个。").format(result.added, result.counterparties_added)
        if result.skipped_duplicates:
            text += self.tr("\n已在册、未重复导入：{0}").format("、".join(result.skipped_duplicates[:20]))
        if result.review:
            text += self.tr("\n待核对 {0} 行：\n{1}").format(len(result.review), "\n".join(result.review[:20]))
        if result.skipped:
            text += self.tr("\n不是合同、未导入 {0} 行：\n{1}").format(len(result.skipped), "\n".join(result.skipped[:20]))
        QMessageBox.information(self, self.tr("导入合同"), text)
        return True

    def export_registration(self, path: str | None = None) -> bool:
        from ..services.registration import write_registration

        chosen = self.selected()
        if chosen is None:
            return False
        if path is None:
            path = save_file_name(self, self.tr("保存技术合同登记表信息"),
                                  self.tr("技术合同登记表信息_{0}.xlsx").format(chosen[1]), "Excel (*.xlsx)")
            if not path:
                return False
        try:
            write_registration(self.db, chosen[1], Path(path))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("技术合同登记"), str(exc))
            return False
        return True


class MobilityDialog(_EntryDialog):
    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记兼职或离岗创业人员"), parent)
        self.db = db
        self.person = QLineEdit()
        self.department = QLineEdit()
        self.kind = QComboBox()
        for key, label in sc.MOBILITY_KINDS.items():
            self.kind.addItem(self.tr(label), key)  # i18n: dynamic
        self.organisation = QLineEdit()
        self.start = date_edit(today)
        self.open_ended = QCheckBox(self.tr("尚未结束"))
        self.open_ended.setChecked(True)
        self.end = date_edit(today)
        self.end.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.form.addRow(self.tr("姓名"), self.person)
        self.form.addRow(self.tr("所在部门"), self.department)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("兼职或创业单位"), self.organisation)
        self.form.addRow(self.tr("开始日期"), self.start)
        self.form.addRow("", self.open_ended)
        self.form.addRow(self.tr("结束日期"), self.end)
        self.finish_layout()

    def save(self) -> None:
        try:
            sc.add_staff_mobility(self.db, self.person.text(), self.kind.currentData(), self.organisation.text(),
                                  self.start.require(self.tr("开始日期")),
                                  None if self.open_ended.isChecked() else self.end.require(self.tr("结束日期")),
                                  department=self.department.text().strip() or None)
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class SpinoffDialog(_EntryDialog):
    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记衍生（参股）企业"), parent)
        self.db = db
        self.company = QLineEdit()
        self.uscc = QLineEdit()
        self.founded = date_edit(today)
        self.achievement = _achievement_combo(db)
        self.holding = QLineEdit()
        self.holding.setPlaceholderText(self.tr("单位持股比例，如 15%"))
        self.founders = QLineEdit()
        self.form.addRow(self.tr("企业名称"), self.company)
        self.form.addRow(self.tr("统一社会信用代码"), self.uscc)
        self.form.addRow(self.tr("成立日期"), self.founded)
        self.form.addRow(self.tr("所用成果"), self.achievement)
        self.form.addRow(self.tr("单位持股"), self.holding)
        self.form.addRow(self.tr("创办人"), self.founders)
        self.finish_layout()

    def save(self) -> None:
        try:
            sc.add_spinoff(self.db, self.company.text(), self.founded.require(self.tr("成立日期")), uscc=self.uscc.text().strip() or None,
                           achievement_id=self.achievement.currentData(), unit_holding=self.holding.text().strip() or None,
                           founders=self.founders.text().strip() or None)
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class EquityRewardDialog(_EntryDialog):
    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记股权奖励"), parent)
        self.db = db
        self.deal = QComboBox()
        for row in sc.equity_deals(db):
            self.deal.addItem(f"{row['number']} {row['company'] or ''} {row['achievement_name']}", row["id"])
        self.recipient = QLineEdit()
        self.shares = QLineEdit()
        self.shares.setPlaceholderText(self.tr("股份数或比例"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("折合金额（元）"))
        self.granted = date_edit(today)
        self.tax = QComboBox()
        for key, label in c.EQUITY_TAX_LABELS.items():
            self.tax.addItem(self.tr(label), key)  # i18n: dynamic
        self.form.addRow(self.tr("作价投资交易"), self.deal)
        self.form.addRow(self.tr("获奖励人"), self.recipient)
        self.form.addRow(self.tr("股份"), self.shares)
        self.form.addRow(self.tr("折合金额（元）"), self.value)
        self.form.addRow(self.tr("授予日期"), self.granted)
        self.form.addRow(self.tr("计税方式"), self.tax)
        self.finish_layout()

    def save(self) -> None:
        try:
            if self.deal.currentData() is None:
                raise d.DomainError(self.tr("尚无已签约的作价投资交易"))
            sc.add_equity_reward(self.db, self.deal.currentData(), self.recipient.text(), _fen(self.value.text()) or 0,
                                 self.granted.require(self.tr("授予日期")), shares=self.shares.text().strip() or None,
                                 tax_treatment=self.tax.currentData())
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class RegistersPanel(RecordsPanel):
    """人员兼职与离岗创业、衍生企业、股权奖励 — the registers the national report counts."""

    def __init__(self, db: Database, *, today: Clock = clock.today, run_dialog: Callable[[QDialog], int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today=today, run_dialog=run_dialog, parent=parent)
        self.mobility = TextTable([self.tr("姓名"), self.tr("部门"), self.tr("类别"), self.tr("兼职或创业单位"), self.tr("开始日期"), self.tr("结束日期")])
        self.spinoffs = TextTable([self.tr("企业名称"), self.tr("成立日期"), self.tr("所用成果"), self.tr("单位持股"), self.tr("创办人")])
        self.equity = TextTable([self.tr("交易"), self.tr("获奖励人"), self.tr("股份"), self.tr("折合金额（元）"), self.tr("授予日期"), self.tr("计税方式")])
        self.mobility_button = QPushButton(self.tr("登记人员…"))
        self.mobility_button.clicked.connect(lambda: self._add(MobilityDialog))
        self.spinoff_button = QPushButton(self.tr("登记企业…"))
        self.spinoff_button.clicked.connect(lambda: self._add(SpinoffDialog))
        self.equity_button = QPushButton(self.tr("登记股权奖励…"))
        self.equity_button.clicked.connect(lambda: self._add(EquityRewardDialog))
        layout = QVBoxLayout(self)
        for title, button, table in ((self.tr("人员兼职与离岗创业"), self.mobility_button, self.mobility),
                                     (self.tr("衍生（参股）企业"), self.spinoff_button, self.spinoffs),
                                     (self.tr("股权奖励（财税〔2016〕101号）"), self.equity_button, self.equity)):
            row = QHBoxLayout()
            row.addWidget(QLabel(title), 1)
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(table)

    def _add(self, dialog_class) -> None:
        if self.run_dialog(dialog_class(self.db, self.today(), self)) == QDialog.DialogCode.Accepted:
            self.refresh()

    @staticmethod
    def _fill(table: TextTable, rows: list[list[str]]) -> None:
        table.set_rows([[str(value or "") for value in values] for values in rows], as_text=True)

    def refresh(self) -> None:
        self._fill(self.mobility, [[m["person"], m["department"], self.tr(sc.MOBILITY_KINDS[m["kind"]]),  # i18n: dynamic
                                    m["organisation"], m["start_date"], m["end_date"]] for m in sc.list_mobility(self.db)])
        self._fill(self.spinoffs, [[s["company"], s["founded_on"], s["ledger_no"], s["unit_holding"], s["founders"]]
                                   for s in sc.list_spinoffs(self.db)])
        self._fill(self.equity, [[e["deal_no"], e["recipient"], e["shares"], d.format_yuan(e["value_fen"]), e["granted_on"],
                                  self.tr(c.EQUITY_TAX_LABELS[e["tax_treatment"]])] for e in sc.list_equity_rewards(self.db)])  # i18n: dynamic


class RegistrationFactsDialog(_EntryDialog):
    """The registration-form facts of a deal: the counterparty record (entered once), technology
    field, technology-transaction amount, term and, for an assignment, expected investment and output."""

    def __init__(self, db: Database, deal: dict, parent: QWidget | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None) -> None:
        super().__init__(self.tr("技术合同登记表信息"), parent)
        self.db = db
        self.deal = deal
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.counterparty = QComboBox()
        new_cp = QPushButton(self.tr("新建…"))
        new_cp.clicked.connect(self.new_counterparty)
        cp_row = QHBoxLayout()
        cp_row.addWidget(self.counterparty, 1)
        cp_row.addWidget(new_cp)
        self._fill_counterparties(deal.get("counterparty_id") or sc.counterparty_id_by_name(db, deal.get("counterparty") or ""))
        self.tech_field = QLineEdit(deal.get("tech_field") or "")
        self.tech_field.setPlaceholderText(self.tr("如 电子信息、生物医药、新材料"))
        self.technology_amount = QLineEdit(_yuan_text(deal.get("technology_amount_fen")))
        self.investment = QLineEdit(_yuan_text(deal.get("expected_investment_fen")))
        self.output = QLineEdit(_yuan_text(deal.get("expected_output_fen")))
        signed = deal.get("contract_date")
        start = date.fromisoformat(str(deal.get("term_start") or signed or clock.today().isoformat())[:10])
        end = date.fromisoformat(str(deal.get("term_end") or date(start.year + 5, start.month, min(start.day, 28)))[:10])
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.form.addRow(self.tr("交易对方（买方）"), cp_row)
        self.form.addRow(self.tr("技术领域"), self.tech_field)
        self.form.addRow(self.tr("技术交易额（元）"), self.technology_amount)
        self.form.addRow(self.tr("合同有效期自"), self.start)
        self.form.addRow(self.tr("合同有效期至"), self.end)
        if deal.get("kind") == "assignment":
            self.form.addRow(self.tr("预计新增投入（元）"), self.investment)
            self.form.addRow(self.tr("预计新增产值（元）"), self.output)
        self.finish_layout()

    def _fill_counterparties(self, select: int | None = None) -> None:
        self.counterparty.clear()
        self.counterparty.addItem(self.tr("（未关联交易对方记录）"), None)
        for row in sc.find_counterparties(self.db, limit=2000):
            self.counterparty.addItem(row["name"], row["id"])
        if select is not None:
            self.counterparty.setCurrentIndex(max(0, self.counterparty.findData(select)))

    def new_counterparty(self) -> None:
        dialog = CounterpartyDialog(self.db, self)
        dialog.name.setText(self.deal.get("counterparty") or "")
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._fill_counterparties(dialog.counterparty_id)

    def save(self) -> None:
        try:
            facts = {"tech_field": self.tech_field.text().strip() or None,
                     "technology_amount_fen": _fen(self.technology_amount.text()),
                     "term_start": self.start.require(self.tr("开始日期")), "term_end": self.end.require(self.tr("结束日期"))}
            if self.deal.get("kind") == "assignment":
                facts["expected_investment_fen"] = _fen(self.investment.text())
                facts["expected_output_fen"] = _fen(self.output.text())
            if facts["term_end"] < facts["term_start"]:
                raise d.DomainError(self.tr("合同有效期的结束日期不能早于开始日期"))
            if self.counterparty.currentData() is not None:
                sc.link_deal_counterparty(self.db, self.deal["id"], self.counterparty.currentData())
            sc.save_deal_registration_facts(self.db, self.deal["id"], facts)
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def _yuan_text(fen: int | None) -> str:
    return "" if fen is None else str(d.fen_to_yuan(int(fen)))


class NarrativeDialog(QDialog):
    """The six sections' text of the national report for one year: each starts from the drafted
    paragraph with the year's numbers; what the office writes is kept per year (a section left as
    drafted follows the numbers when they change)."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit, QScrollArea

        from ..services.report import national
        from .deal_dialog import ok_cancel

        super().__init__(parent)
        self.db = db
        self.year = year
        self.setWindowTitle(self.tr("{0} 年度国家年度报告正文").format(year))
        report = national.compute_national(db, year)
        self.drafts = {key: national.draft_paragraph(report, key) for key, _ in national.SECTIONS}
        self.edits: dict[str, QPlainTextEdit] = {}
        body = QWidget()
        form = QVBoxLayout(body)
        for key, title in national.SECTIONS:
            form.addWidget(QLabel(title))
            edit = QPlainTextEdit(report.narrative[key])
            edit.setMinimumHeight(90)
            self.edits[key] = edit
            form.addWidget(edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("各部分先给出含本年度数据的草稿，修改后按年度保存；保存后生成的 Word 报告使用此处文字。")))
        layout.addWidget(scroll, 1)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def save(self) -> None:
        from ..services.report import national

        texts = {k: e.toPlainText().strip() for k, e in self.edits.items()}
        national.save_narrative(self.db, self.year, {k: v for k, v in texts.items() if v and v != self.drafts[k]})
        self.accept()
