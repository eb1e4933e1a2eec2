"""转化交易 — the deals page: list with filters and yearly totals, and a deal's detail with its
receipts, the distribution sheet of each receipt and its due-diligence evidence checklist.

Also the timer that applies automatic abandonments while the app is open (1-2 第十一条).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..services import decisions
from ..storage import Database, diligence, overview
from ..storage import deals as deals_repo
from .abandonment_panel import AbandonmentPanel
from .contracts_panel import RegistersPanel, TechContractsPanel
from .deal_dialog import (
    Clock,
    DealDialog,
    DeclarationDialog,
    PublicityDialog,
    ReceiptDialog,
    RecordDialog,
    recipient_label,
    share_text,
)
from .decision_dialog import DecisionDialog, ReverseDialog
from .diligence_pages import AgenciesPanel, RectificationsPanel
from .file_dialogs import save_file_name
from .i18n import current_language, label_text
from .rows_model import RowsTable

DEAL_STATES = deals_repo.DEAL_STATE_LABELS
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ID = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
MISSING = QColor("#b00020")
PRESENT = QColor("#1b7f3b")


class DealsModel(QAbstractTableModel):
    """The deal list: rows as loaded from :func:`storage.deals.list_deals`, cells formatted lazily."""

    COLUMNS = [QT_TRANSLATE_NOOP("DealsModel", "编号"), QT_TRANSLATE_NOOP("DealsModel", "方式"), QT_TRANSLATE_NOOP("DealsModel", "成果"), QT_TRANSLATE_NOOP("DealsModel", "交易对方"), QT_TRANSLATE_NOOP("DealsModel", "合同日期"), QT_TRANSLATE_NOOP("DealsModel", "合同金额（元）"), QT_TRANSLATE_NOOP("DealsModel", "已到账（元）"), QT_TRANSLATE_NOOP("DealsModel", "审批"), QT_TRANSLATE_NOOP("DealsModel", "状态")]
    COL_AMOUNT, COL_RECEIVED = 5, 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])  # i18n: dynamic
        return None

    def text(self, row: int, column: int) -> str:
        r = self.rows[row]
        if column == 0:
            return r["number"] or ""
        if column == 1:
            return label_text(d.DealKind(r["kind"]).label)
        if column == 2:
            return r["achievement_name"] or ""
        if column == 3:
            return r["counterparty"] or ""
        if column == 4:
            return r["contract_date"] or ""
        if column == self.COL_AMOUNT:
            return d.format_yuan(r["amount_fen"])
        if column == self.COL_RECEIVED:
            return d.format_yuan(r["received_fen"])
        if column == 7:
            return r["approver"] or ""
        return self.tr(DEAL_STATES.get(r["state"], r["state"]))  # i18n: dynamic

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        # asked about eight roles per cell whenever a column is sized or painted: int comparisons
        if role == _DISPLAY:
            return self.text(index.row(), index.column()) if index.isValid() else None
        if role == _ID:
            return self.rows[index.row()]["id"] if index.isValid() else None
        if role == _ALIGNMENT and index.column() in (self.COL_AMOUNT, self.COL_RECEIVED):
            return _RIGHT
        return None

    def row_of(self, deal_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == deal_id), -1)


class DealsPage(QWidget):
    """The deals section. ``today`` is the clock (injected in tests); ``run_dialog`` runs a modal
    dialog and returns its result (tests replace it to fill the dialog in)."""

    def __init__(self, db: Database, *, today: Clock = clock.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.deal_id: int | None = None

        # filters
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部方式"), None)
        for value, label in d.DealKind.choices():
            self.kind_filter.addItem(self.tr(label), value)  # i18n: dynamic
        self.year_filter = QComboBox()
        self.counterparty_filter = QLineEdit()
        self.counterparty_filter.setPlaceholderText(self.tr("交易对方"))
        self.counterparty_filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("新建交易…"))
        self.new_button.clicked.connect(self.new_deal)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("筛选：")))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.counterparty_filter, 1)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.year_filter.currentIndexChanged.connect(self.reload)
        self.counterparty_filter.textChanged.connect(self.reload)

        # list and totals
        self.model = DealsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.totals = RowsTable([self.tr("年度"), self.tr("笔数"), self.tr("合同金额（元）"), self.tr("到账金额（元）")], right=(1, 2, 3))
        self.totals.setMaximumHeight(150)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(QLabel(self.tr("按年度汇总（按当前方式和交易对方筛选）")))
        left_box.addWidget(self.totals)

        # detail
        self.detail = self._build_detail()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 620])
        deals_tab = QWidget()
        deals_box = QVBoxLayout(deals_tab)
        deals_box.addLayout(filters)
        deals_box.addWidget(splitter, 1)
        self.rectifications = RectificationsPanel(db, today=today, run_dialog=lambda dlg: self.run_dialog(dlg))
        self.agencies = AgenciesPanel(db, today=today, run_dialog=lambda dlg: self.run_dialog(dlg))
        self.sections = QTabWidget()
        self.sections.addTab(deals_tab, self.tr("转化交易"))
        self.tech_contracts = TechContractsPanel(db, today=today, run_dialog=lambda dlg: self.run_dialog(dlg))
        self.sections.addTab(self.tech_contracts, self.tr("技术开发、咨询、服务合同"))
        self.registers = RegistersPanel(db, today=today, run_dialog=lambda dlg: self.run_dialog(dlg))
        self.sections.addTab(self.registers, self.tr("兼职、离岗创业与衍生企业"))
        self.sections.addTab(self.rectifications, self.tr("创业企业合规整改"))
        self.sections.addTab(self.agencies, self.tr("第三方服务机构"))
        self.abandonments = AbandonmentPanel(db, today=today, run_dialog=lambda dlg: self.run_dialog(dlg))
        self.sections.addTab(self.abandonments, self.tr("成果放弃"))
        self.sections.currentChanged.connect(self._refresh_section)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        self._fill_years()
        self.show_deal(None)

    # -- detail panel --------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        box = QGroupBox(self.tr("交易详情"))
        outer = QVBoxLayout(box)
        self.title = QLabel()
        self.title.setObjectName("deal_title")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        actions = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("签约…"))
        self.sign_button.setToolTip(self.tr("签约前须具备：评估决定、定价证明或期满的拟交易价格公示、关联交易程序、审批决定（1-1 第六条）"))
        self.sign_button.clicked.connect(self.sign_deal)
        self.complete_button = QPushButton(self.tr("完成交易…"))
        self.complete_button.setToolTip(self.tr("完成后成果标记为已转化、转化次数加一（1-2 第七条）；须先具备尽职证据（1-1 第六条）"))
        self.complete_button.clicked.connect(self.complete_deal)
        self.approve_button = QPushButton(self.tr("审批…"))
        self.approve_button.setToolTip(self.tr("按单位审批权限表作出审批决定；超过纪要门槛或由会议决定的须附会议纪要（1-1 第六条）"))
        self.approve_button.clicked.connect(self.approve_deal)
        self.reverse_button = QPushButton(self.tr("撤销决定…"))
        self.reverse_button.setToolTip(self.tr("以撤销记录更正误操作的决定，须填写理由（1-1 第八条）"))
        self.reverse_button.clicked.connect(self.reverse_decision)
        self.receipt_button = QPushButton(self.tr("登记到账…"))
        self.receipt_button.clicked.connect(self.add_receipt)
        self.publicity_button = QToolButton()
        self.publicity_button.setText(self.tr("发起公示"))
        self.publicity_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.publicity_button)
        for kind, label in deals_repo.DEAL_PUBLICITY_KINDS.items():
            action = menu.addAction(self.tr(label))  # i18n: dynamic
            action.triggered.connect(lambda _checked=False, k=kind: self.start_publicity(k))
        self.publicity_button.setMenu(menu)
        self.evidence_button = QToolButton()
        self.evidence_button.setText(self.tr("登记证据"))
        self.evidence_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.evidence_button)
        for kind in RecordDialog.KINDS[:3]:
            action = menu.addAction(self.tr(diligence.RECORD_KINDS[kind]))  # i18n: dynamic
            action.triggered.connect(lambda _checked=False, k=kind: self.add_record(k))
        menu.addAction(self.tr("行为承诺")).triggered.connect(self.add_declarations)
        self.evidence_button.setMenu(menu)
        self.registration_button = QToolButton()
        self.registration_button.setText(self.tr("技术合同登记"))
        self.registration_button.setToolTip(self.tr("技术合同认定登记：登记表信息与材料清单；登记后现金奖励可减半计税（财税〔2018〕58号）"))
        self.registration_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.registration_button)
        menu.addAction(self.tr("填写登记表信息…")).triggered.connect(lambda: self.edit_registration_facts())
        menu.addAction(self.tr("生成登记表信息（Excel）…")).triggered.connect(lambda: self.export_registration())
        menu.addAction(self.tr("记录登记编号…")).triggered.connect(lambda: self.record_registration())
        self.registration_button.setMenu(menu)
        for w in (self.approve_button, self.sign_button, self.complete_button, self.receipt_button, self.publicity_button,
                  self.evidence_button, self.registration_button, self.reverse_button):
            actions.addWidget(w)
        actions.addStretch(1)
        outer.addLayout(actions)

        self.tabs = QTabWidget()
        summary = QWidget()
        self.summary = QGridLayout(summary)
        self.summary.setColumnStretch(1, 1)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tabs.addTab(summary, self.tr("概况"))

        income = QWidget()
        income_box = QVBoxLayout(income)
        self.receipts = RowsTable([self.tr("到账日期"), self.tr("金额（元）"), self.tr("付款方"), self.tr("凭证号"), self.tr("发放")],
                                  right=(1,))
        self.receipts.selection_changed.connect(self._receipt_changed)
        self.sheet_label = QLabel(self.tr("分配表"))
        self.sheet = RowsTable([self.tr("收益人"), self.tr("比例（%）"), self.tr("金额（元）"), self.tr("发放日期")], right=(1, 2))
        self.sheet.setObjectName("distribution_sheet")
        self.pay_button = QPushButton(self.tr("发放本笔分配…"))
        self.pay_button.setToolTip(self.tr("须先完成收益分配及现金奖励公示"))
        self.pay_button.clicked.connect(self.pay_distribution)
        income_box.addWidget(self.receipts, 2)
        income_box.addWidget(self.sheet_label)
        income_box.addWidget(self.sheet, 3)
        income_box.addWidget(self.pay_button, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(income, self.tr("到账与分配"))

        self.evidence = QTreeWidget()
        self.evidence.setHeaderLabels([self.tr("证据"), self.tr("依据"), self.tr("情况")])
        self.evidence.setColumnWidth(0, 290)
        self.evidence.setColumnWidth(1, 120)
        self.evidence.setWordWrap(True)
        self.tabs.addTab(self.evidence, self.tr("尽职证据"))
        outer.addWidget(self.tabs, 1)
        return box

    # -- list ----------------------------------------------------------------------------------
    def _fill_years(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("全部年度"), None)
        for year in deals_repo.deal_years(self.db):
            self.year_filter.addItem(self.tr("{0}年").format(year), year)
        index = self.year_filter.findData(current)
        self.year_filter.setCurrentIndex(max(index, 0))
        self.year_filter.blockSignals(False)

    def refresh(self) -> None:
        """Reload the deals, unless nothing changed since the last time (same day, same data, same
        language); the other sections reload when they are shown (thousands of technology contracts
        need not be listed on every visit of the deals list)."""
        stamp = (self.today(), current_language(), *overview.data_stamp(self.db))
        if stamp == getattr(self, "_stamp", None):
            return
        self._stamp = stamp
        self._fill_years()
        self.reload()
        self._stale = {self.rectifications, self.agencies, self.abandonments, self.tech_contracts, self.registers}
        self._refresh_section()

    def _refresh_section(self, _index: int = -1) -> None:
        panel = self.sections.currentWidget()
        stale: set = getattr(self, "_stale", set())
        if panel in stale:
            stale.discard(panel)
            panel.refresh()

    def reload(self) -> None:
        kind = self.kind_filter.currentData()
        counterparty = self.counterparty_filter.text().strip() or None
        rows = deals_repo.list_deals(self.db, kind=kind, year=self.year_filter.currentData(), counterparty=counterparty)
        keep = self.deal_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.table.resizeColumnsToContents()
        select_row = self.model.row_of(keep)
        totals = deals_repo.totals_by_year(self.db, kind=kind, counterparty=counterparty)
        self.totals.set_rows([(row["year"], [row["year"], row["deals"], d.format_yuan(row["amount_fen"]),
                                             d.format_yuan(row["received_fen"])]) for row in totals])
        if select_row >= 0:
            self.table.selectRow(select_row)  # shows the deal through selectionChanged
        else:
            self.show_deal(None)

    def select_deal(self, deal_id: int) -> None:
        row = self.model.row_of(deal_id)
        if row >= 0:
            self.table.selectRow(row)
            if self.deal_id != deal_id:
                self.show_deal(deal_id)
            return
        self.show_deal(deal_id)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.show_deal(self.model.rows[rows[0].row()]["id"] if rows else None)

    # -- detail --------------------------------------------------------------------------------
    def show_deal(self, deal_id: int | None) -> None:
        self.deal_id = deal_id
        deal = deals_repo.get_deal(self.db, deal_id) if deal_id is not None else None
        for w in (self.approve_button, self.sign_button, self.complete_button, self.receipt_button, self.publicity_button,
                  self.evidence_button, self.reverse_button):
            w.setEnabled(deal is not None)
        while self.summary.count():
            self.summary.takeAt(0).widget().deleteLater()
        self.receipts.set_rows([])
        self.sheet.set_rows([])
        self.evidence.clear()
        self.pay_button.setEnabled(False)
        if deal is None:
            self.title.setText(self.tr("请选择一项交易，或点击“新建交易”。"))
            return
        self.complete_button.setEnabled(deal["state"] not in ("completed", "terminated"))
        self.sign_button.setEnabled(deal["state"] == "draft")
        self.approve_button.setEnabled(deal["state"] == "draft")
        found = decisions.reversible(self.db, "deal", deal["id"], today=self.today())
        self.reverse_button.setEnabled(found.decision is not None)
        if found.problem and found.decision is not None:
            self.reverse_button.setToolTip(found.problem)
        self.title.setText(f"<b>{deal['number']}</b> {label_text(d.DealKind(deal['kind']).label)} · {deal['achievement_name']}"
                           f" → {deal['counterparty']}（{self.tr(DEAL_STATES.get(deal['state'], deal['state']))}）")  # i18n: dynamic
        for i, (label, value) in enumerate(self._summary_rows(deal)):
            key = QLabel(self.tr(label))  # i18n: dynamic
            key.setStyleSheet("color: #555;")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addWidget(key, i, 0, Qt.AlignmentFlag.AlignTop)
            self.summary.addWidget(text, i, 1)
        self._fill_receipts()
        self._fill_evidence(deal)

    def _summary_rows(self, deal: dict[str, Any]) -> list[tuple[str, str]]:
        rows = [(self.tr("成果"), f"{deal['ledger_no'] or ''} {deal['achievement_name']}".strip()),
                (self.tr("转化方式"), label_text(d.DealKind(deal["kind"]).label))]
        if deal["kind"] == "licence":
            term = self.tr("{0}年").format(deal['term_years']) if deal["term_years"] else self.tr("未约定")
            rows.append((self.tr("许可条款"), "；".join([label_text(d.LicenceType(deal["licence_type"]).label) if deal["licence_type"] else self.tr("未选择"),
                                            self.tr("地域：{0}").format(deal['territory'] or self.tr('未约定')),
                                            self.tr("领域：{0}").format(deal['field_of_use'] or self.tr('未约定')),
                                            self.tr("期限：{0}").format(term)])))
        elif deal["kind"] == "equity":
            rows.append((self.tr("作价投资"), self.tr("{0}，股份：{1}").format(deal['company'] or '', deal['equity_shares'] or self.tr('未填写'))))
        elif deal["ends_ownership"]:
            rows.append((self.tr("资产处置"), self.tr("转让后单位不再拥有权利，完成时按资产处置办理（1-2 第十一条）")))
        rows.append((self.tr("交易对方"), deal["counterparty"] + (self.tr("（国有全资企业）") if deal["counterparty_state_owned"] else "")))
        valuation = {"not_needed": self.tr("无需评估（国有全资企业，方案二(三)）"), "yes": self.tr("单位决定评估"), "no": self.tr("单位决定不评估")}
        rows.append((self.tr("资产评估"), valuation.get(deal["valuation_decision"], "") +
                     (f"：{deal['valuation_reason']}" if deal["valuation_reason"] else "")))
        method = label_text(d.PricingMethod(deal["pricing_method"]).label)
        if d.price_publicity_required(deal["pricing_method"]):
            method += self.tr("（须公示拟交易价格，1-1 第六条(四)）")
        rows.append((self.tr("定价方式"), method))
        signed = self.tr("{0} 签订").format(deal['contract_date']) if deal["contract_date"] else self.tr("尚未签订")
        rows.append((self.tr("合同"), "，".join(x for x in (deal["contract_no"], signed, self.tr("金额 {0} 元").format(d.format_yuan(deal['amount_fen']))) if x)))
        rows.append((self.tr("审批层级"), (deal["approver"] or "") + (self.tr("，须附会议纪要") if deal["minutes_required"] else "")))
        rows.append((self.tr("技术合同登记号"), deal["tech_contract_reg_no"] or self.tr("未登记")))
        rows.append((self.tr("关联交易"), (self.tr("是：") + (deal["related_party_note"] or "")) if deal["related_party"] else self.tr("否")))
        rows.append((self.tr("单位留存比例"), f"{deal['unit_share'] or '30'}%"))
        rows.append((self.tr("已到账"), self.tr("{0} 元").format(d.format_yuan(deal['received_fen']))))
        if deal["completed_date"]:
            rows.append((self.tr("完成日期"), deal["completed_date"]))
        return rows

    def _fill_receipts(self) -> None:
        receipts = deals_repo.list_receipts(self.db, self.deal_id)
        self.receipts.blockSignals(True)
        table_rows = []
        for row in receipts:
            paid = self.tr("未发放") if row["unpaid"] else self.tr("已发放")
            table_rows.append((row["id"], [row["date"], d.format_yuan(row["amount_fen"]), row["payer"] or "",
                                           row["voucher_no"] or "", paid]))
        self.receipts.set_rows(table_rows)
        self.receipts.blockSignals(False)
        if receipts:
            self.receipts.selectRow(len(receipts) - 1)

    def selected_receipt(self) -> int | None:
        return self.receipts.selected_id()

    def _receipt_changed(self) -> None:
        receipt_id = self.selected_receipt()
        self.sheet.set_rows([])
        self.pay_button.setEnabled(False)
        if receipt_id is None:
            self.sheet_label.setText(self.tr("分配表"))
            return
        rows = deals_repo.distribution_sheet(self.db, receipt_id)
        table_rows: list[tuple[Any, list[Any]]] = [
            (i, [recipient_label(row["recipient"], bool(row["is_unit"])), share_text(row["share"]),
                 d.format_yuan(row["amount_fen"]), row["paid_date"] or ""]) for i, row in enumerate(rows)]
        total = sum(row["amount_fen"] for row in rows)
        table_rows.append((None, [self.tr("合计"), "100", d.format_yuan(total), ""]))
        self.sheet.set_rows(table_rows, bold_rows=[len(rows)])
        receipt = self.db.get("income_receipts", receipt_id)
        self.sheet_label.setText(self.tr("分配表：{0} 到账 {1} 元").format(receipt["date"], d.format_yuan(receipt["amount_fen"])))
        self.pay_button.setEnabled(any(row["paid_date"] is None for row in rows))

    def _fill_evidence(self, deal: dict[str, Any]) -> None:
        today = self.today()
        groups = [(self.tr("本项交易"), diligence.deal_evidence(self.db, deal["id"], today)),
                  (self.tr("成果"), diligence.achievement_evidence(self.db, deal["achievement_id"], today))]
        missing_total = 0
        for title, items in groups:
            parent = QTreeWidgetItem([title])
            self.evidence.addTopLevelItem(parent)
            for item in items:
                mark = "✓ " if item.present else "✗ "
                detail = item.detail
                if item.missing and item.needed_for:
                    detail += self.tr("（{0}前须具备）").format(d.diligence.STEP_LABELS[item.needed_for])
                child = QTreeWidgetItem([mark + item.label, item.clause, detail])
                child.setData(0, Qt.ItemDataRole.UserRole, item.key)
                child.setForeground(0, QBrush(PRESENT if item.present else MISSING))
                child.setToolTip(0, self.tr("{0}（依据：{1}）").format(item.label, item.clause))
                child.setToolTip(2, detail)
                parent.addChild(child)
                if title == groups[0][0]:
                    missing_total += item.missing
            parent.setExpanded(True)
        self.tabs.setTabText(2, self.tr("尽职证据（缺 {0} 项）").format(missing_total) if missing_total else self.tr("尽职证据"))

    def evidence_items(self) -> dict[str, bool]:
        """key → present for the deal's checklist as shown (used by tests and the status text)."""
        top = self.evidence.topLevelItem(0)
        if top is None:
            return {}
        return {top.child(i).data(0, Qt.ItemDataRole.UserRole): top.child(i).text(0).startswith("✓")
                for i in range(top.childCount())}

    # -- actions -------------------------------------------------------------------------------
    def _warn(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr(title), str(exc))  # i18n: dynamic

    def _after_change(self, deal_id: int | None = None) -> None:
        if deal_id is not None:
            self.deal_id = deal_id
        self._fill_years()
        self.reload()
        if self.deal_id is not None:
            self.select_deal(self.deal_id)

    def new_deal(self) -> int | None:
        dialog = DealDialog(self.db, today=self.today, parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.deal_id is None:
            return None
        self.kind_filter.setCurrentIndex(0)
        self.year_filter.setCurrentIndex(0)
        self.counterparty_filter.clear()
        self._after_change(dialog.deal_id)
        return dialog.deal_id

    def edit_registration_facts(self) -> bool:
        """The registration-form facts of this deal, and its counterparty record."""
        from .contracts_panel import RegistrationFactsDialog

        if self.deal_id is None:
            return False
        deal = deals_repo.get_deal(self.db, self.deal_id) or {}
        dialog = RegistrationFactsDialog(self.db, deal, self, run_dialog=self.run_dialog)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._after_change()
        return True

    def export_registration(self, path: str | None = None) -> bool:
        """The registration form data and papers of this deal as a workbook."""

        from ..services.registration import write_registration

        if self.deal_id is None:
            return False
        deal = deals_repo.get_deal(self.db, self.deal_id) or {}
        if path is None:
            path = save_file_name(self, self.tr("保存技术合同登记表信息"),
                                  self.tr("技术合同登记表信息_{0}.xlsx").format(deal.get('number', '')), "Excel (*.xlsx)")
            if not path:
                return False
        try:
            _written, form = write_registration(self.db, deal["number"], Path(path))
        except d.DomainError as exc:
            self._warn(self.tr("不能生成登记表信息"), exc)
            return False
        if form.missing:
            QMessageBox.information(self, self.tr("技术合同登记"), self.tr("已生成。尚待补充：{0}").format("、".join(form.missing)))
        return True

    def record_registration(self, number: str | None = None) -> bool:
        """Record the registration number granted (16 digits, 14 on older certificates)."""
        from PySide6.QtWidgets import QInputDialog

        from ..storage import contracts as contracts_repo

        if self.deal_id is None:
            return False
        if number is None:
            number, ok = QInputDialog.getText(self, self.tr("记录登记编号"), self.tr("技术合同登记编号（16位，旧证书14位）"))
            if not ok:
                return False
        try:
            contracts_repo.record_registration_number(self.db, "deal", self.deal_id, number)
        except d.DomainError as exc:
            self._warn(self.tr("不能记录登记编号"), exc)
            return False
        self._after_change()
        return True

    def _decide(self, step: str, *, rows: tuple[tuple[str, QWidget], ...] = (), prepare=None, tab: int = 2) -> bool:
        """Open the confirmation of one of the deal's decisions (1-1 第六条、第八条); recorded on OK."""
        if self.deal_id is None:
            return False
        try:
            dialog = DecisionDialog(self.db, "deal", self.deal_id, step, today=self.today(), parent=self, prepare=prepare)
        except d.DomainError as exc:
            self._warn(self.tr("不能办理"), exc)
            return False
        for label, widget in rows:
            dialog.add_row(label, widget)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(tab)
            return False
        self._after_change()
        return True

    def sign_deal(self) -> bool:
        if self.deal_id is None:
            return False
        deal = deals_repo.get_deal(self.db, self.deal_id) or {}
        contract_no = QLineEdit(deal.get("contract_no") or "")
        contract_no.setObjectName("contract_no")
        reg_no = QLineEdit(deal.get("tech_contract_reg_no") or "")

        def prepare(entry) -> None:
            entry.contract_no, entry.tech_contract_reg_no = contract_no.text(), reg_no.text()

        return self._decide("sign", rows=((self.tr("合同编号"), contract_no), (self.tr("技术合同登记号"), reg_no)),
                            prepare=prepare)

    def complete_deal(self) -> bool:
        return self._decide("effective")

    def approve_deal(self) -> bool:
        """The approval decision by the body the approval table names (minutes above its threshold)."""
        return self._decide("approve")

    def reverse_decision(self) -> bool:
        if self.deal_id is None:
            return False
        dialog = ReverseDialog(self.db, "deal", self.deal_id, today=self.today(), parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self._after_change()
        return True

    def add_receipt(self) -> int | None:
        if self.deal_id is None:
            return None
        dialog = ReceiptDialog(self.db, self.deal_id, today=self.today, parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        self._after_change()
        self.tabs.setCurrentIndex(1)
        return dialog.receipt_id

    def start_publicity(self, kind: str) -> int | None:
        if self.deal_id is None:
            return None
        dialog = PublicityDialog(self.db, self.deal_id, kind, today=self.today, parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        self._after_change()
        return dialog.publicity_id

    def add_record(self, kind: str) -> int | None:
        if self.deal_id is None:
            return None
        if kind == "decision":  # the approval is a decision on the record, with its confirmation
            return self.deal_id if self.approve_deal() else None
        actor = (deals_repo.get_deal(self.db, self.deal_id) or {}).get("approver") or "" if kind == "decision" else ""
        dialog = RecordDialog(self.db, "deal", self.deal_id, kind, today=self.today, actor=actor, parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        self._after_change()
        self.tabs.setCurrentIndex(2)
        return dialog.record_id

    def add_declarations(self) -> None:
        if self.deal_id is None:
            return
        dialog = DeclarationDialog(self.db, "deal", self.deal_id, today=self.today, parent=self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._after_change()
            self.tabs.setCurrentIndex(2)

    def pay_distribution(self) -> bool:
        receipt_id = self.selected_receipt()
        if receipt_id is None:
            return False
        return self._decide("approve-distribution", prepare=lambda entry: setattr(entry, "receipt_id", receipt_id), tab=1)


def schedule_abandonment_checks(parent: QObject, db: Database, *, today: Clock = clock.today,
                                interval_ms: int = 60 * 60 * 1000) -> QTimer:
    """Apply due abandonments now and then every ``interval_ms`` while the app is open (the
    check is idempotent, so an hourly timer also catches the change of day) — 1-2 第十一条
    "公示期满即为自动放弃"."""
    import logging

    from ..services.abandonment import process_due_abandonments

    def run() -> None:
        try:
            process_due_abandonments(db, today())
        except Exception:  # a failed check must not stop the app from starting; it runs again later
            logging.getLogger(__name__).exception("automatic abandonment check failed")

    run()
    timer = QTimer(parent)
    timer.setObjectName("abandonment_timer")
    timer.timeout.connect(run)
    timer.start(interval_ms)
    return timer
