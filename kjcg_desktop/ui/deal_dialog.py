"""The deal registration dialog and the small dialogs of the deals page.

Interim, self-contained widgets: the pages and field keys mirror ``forms/deal.toml`` (which the
forms/ wizard engine will drive later), and the answers go to
:func:`kjcg_desktop.storage.deals.register_deal` in the same form-JSON shape.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..storage import Database, diligence
from ..storage import deals as deals_repo

Clock = Callable[[], date]
NO_DATE = QDate(2000, 1, 1)  # shown as the special "not yet" text of optional date fields


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def choice_combo(choices: list[tuple[str, str]], *, blank: str | None = None) -> QComboBox:
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def error_text(exc: d.DomainError) -> str:
    return str(exc)


def ok_cancel(dialog: QDialog, ok_text: str = "确定") -> QDialogButtonBox:
    """OK/Cancel with Chinese texts (the standard buttons are English without a Qt translator)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_text = ok_text if ok_text != "确定" else QT_TRANSLATE_NOOP("deal_dialog", "确定")
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("deal_dialog", ok_text))  # i18n: dynamic (see i18n_catalogue.UI_TABLES)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("deal_dialog", "取消"))
    return buttons


def recipient_label(name: str, is_unit: bool) -> str:
    return name if not is_unit or "单位" in name else f"{name}（单位）"


def share_text(share: Decimal | str) -> str:
    """``70.0000`` → ``70``; ``33.3300`` → ``33.33``."""
    return f"{Decimal(str(share)).normalize():f}"


# The pages of forms/deal.toml: (page id, title, help, field keys).
DEAL_PAGES: list[tuple[str, str, str, list[str]]] = [
    ("kind", "成果与转化方式",
     "选择被转化的成果和转化方式：转让、许可或作价投资。转让致使单位不再拥有权利的，完成后按资产处置办理（1-2 第十一条）。",
     ["achievement_id", "kind", "ends_ownership"]),
    ("terms", "许可或投资条款", "许可须写明许可方式、地域、领域和期限；作价投资须写明被投资企业和取得的股份。",
     ["licence_type", "territory", "field_of_use", "term_years", "company", "equity_shares"]),
    ("counterparty", "交易对方与资产评估",
     "与国有全资企业进行非资产评估的转化交易，无需进行资产评估；与其他主体交易的，由单位自主决定是否评估，并记录决定和理由（方案二(三)）。",
     ["counterparty", "counterparty_state_owned", "counterparty_region", "counterparty_industry", "counterparty_small",
      "valuation_decision", "valuation_reason"]),
    ("pricing", "定价与合同",
     "通过技术交易市场挂牌交易、拍卖等方式确定价格，或协议定价并在本单位及技术交易市场公示拟交易价格（1-1 第六条(四)）。"
     "协议定价的交易须在价格公示期满后才能完成。",
     ["pricing_method", "amount_fen", "contract_date", "contract_no", "tech_contract_reg_no"]),
    ("related", "关联交易审查", "完成人、管理人员或领导人员与交易对方存在关联关系的，履行关联交易程序并公示（1-1 第六条(三)）。",
     ["related_party", "related_party_note"]),
    ("income", "收益分配", "每笔到账收入按约定分配：单位留存比例，其余按完成人约定比例分配，金额精确到分且合计等于到账金额。",
     ["unit_share"]),
    ("declarations", "行为承诺", "成果转化参与人员签署行为承诺（1-1 第七条(五)至(九)），作为尽职免责证据。",
     ["declarant", *(f"declare_{k}" for k, _, _ in d.CONDUCT_DECLARATIONS)]),
]


class DealDialog(QDialog):
    """转化交易登记: seven pages with a page list on the left, 上一步/下一步, and 登记 on any page.
    Errors from the rules are shown under the page with their article, and the page holding the
    field is opened."""

    def __init__(self, db: Database, *, today: Clock = date.today, achievement_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.deal_id: int | None = None
        self.setWindowTitle(self.tr("转化交易登记"))
        self.fields: dict[str, QWidget] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._page_of: dict[str, int] = {}
        self.page_list = QListWidget()
        self.page_list.setFixedWidth(150)
        self.stack = QStackedWidget()
        for index, (_pid, title, help_text, keys) in enumerate(DEAL_PAGES):
            self.page_list.addItem(self.tr(title))  # i18n: dynamic
            page = QWidget()
            box = QVBoxLayout(page)
            heading = QLabel(f"<b>{self.tr(title)}</b>")  # i18n: dynamic
            helper = QLabel(self.tr(help_text))  # i18n: dynamic
            helper.setWordWrap(True)
            helper.setStyleSheet("color: #555;")
            box.addWidget(heading)
            box.addWidget(helper)
            form = QFormLayout()
            box.addLayout(form)
            box.addStretch(1)
            for key in keys:
                self._add_field(form, key)
                self._page_of[key] = index
            self.stack.addWidget(page)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.back_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("下一步"))
        self.save_button = QPushButton(self.tr("登记交易"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("取消"))
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for b in (self.back_button, self.next_button, self.save_button, cancel):
            buttons.addWidget(b)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)
        self._wire()
        self.search_achievements("")
        if achievement_id is not None:
            set_combo(self.fields["achievement_id"], achievement_id)
        self.page_list.setCurrentRow(0)
        self._update_visibility()
        self.resize(860, 520)

    # -- building ------------------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, key: str) -> None:
        tip = ""
        if key == "achievement_id":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            self.achievement_search = QLineEdit()
            self.achievement_search.setPlaceholderText(self.tr("输入台账编号或名称查找"))
            self.achievement_search.textChanged.connect(self.search_achievements)
            widget = QComboBox()
            widget.setMinimumContentsLength(30)
            row.addWidget(self.achievement_search, 1)
            row.addWidget(widget, 2)
            self.fields[key] = widget
            form.addRow(self.tr("成果"), holder)
            self._rows[key] = (form, holder)
            return
        if key == "kind":
            widget, label = choice_combo(d.DealKind.choices()), "转化方式"
            set_combo(widget, "licence")
        elif key == "ends_ownership":
            widget, label = QCheckBox(self.tr("转让后单位不再拥有该成果权利")), ""
            widget.setChecked(True)
            tip = "单位不再拥有权利的，交财务部门进行无形资产账务处理（1-2 第十一条）"
        elif key == "licence_type":
            widget, label = choice_combo(d.LicenceType.choices(), blank=self.tr("（请选择）")), "许可方式"
        elif key == "territory":
            widget, label = QLineEdit(), "许可地域"
        elif key == "field_of_use":
            widget, label = QLineEdit(), "许可领域"
        elif key == "term_years":
            widget, label = QSpinBox(), "许可期限（年）"
            widget.setRange(0, 50)
            widget.setSpecialValueText(self.tr("未约定"))
        elif key == "company":
            widget, label = QLineEdit(), "被投资企业"
        elif key == "equity_shares":
            widget, label = QLineEdit(), "取得股份（股数或比例）"
        elif key == "counterparty":
            widget, label = QLineEdit(), "交易对方"
        elif key == "counterparty_state_owned":
            widget, label = QCheckBox(self.tr("交易对方为国有全资企业")), ""
            tip = "国有全资企业无需资产评估（方案二(三)）"
        elif key == "counterparty_region":
            widget, label = QLineEdit(), "所在地区"
        elif key == "counterparty_industry":
            widget, label = QLineEdit(), "所属行业"
        elif key == "counterparty_small":
            widget, label = QCheckBox(self.tr("中小微企业")), ""
        elif key == "valuation_decision":
            widget, label = choice_combo([("yes", self.tr("进行评估")), ("no", self.tr("不进行评估"))],
                                         blank=self.tr("（请选择）")), "单位是否进行资产评估"
            tip = "由单位自主决定（方案二(三)）"
        elif key in ("valuation_reason", "related_party_note"):
            widget = QPlainTextEdit()
            widget.setFixedHeight(70)
            label = "决定理由" if key == "valuation_reason" else "关联关系说明"
            tip = "记录决定机构和理由（方案二(三)）" if key == "valuation_reason" else "1-1 第六条(三)"
        elif key == "pricing_method":
            widget, label = choice_combo(d.PricingMethod.choices()), "定价方式"
            set_combo(widget, "negotiated")
            tip = "协议定价须在本单位及技术交易市场公示拟交易价格（1-1 第六条(四)）"
        elif key == "amount_fen":
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            widget = QLineEdit()
            widget.setPlaceholderText("0.00")
            widget.setToolTip(self.tr("按单位审批权限表确定审批层级；超过阈值须附会议纪要"))
            self.approval_label = QLabel()
            self.approval_label.setObjectName("approval")
            row.addWidget(widget, 1)
            row.addWidget(self.approval_label, 2)
            self.fields[key] = widget
            form.addRow(self.tr("合同金额（元）"), holder)
            self._rows[key] = (form, holder)
            return
        elif key == "contract_date":
            widget, label = date_edit(self.today()), "合同签订日期"
            widget.setMinimumDate(NO_DATE)
            widget.setSpecialValueText(self.tr("尚未签订"))
            widget.setDate(NO_DATE)
            tip = "尚未签订的留空，签约时在交易详情中填写；协议定价的价格公示须在签约前期满（1-1 第六条(四)）"
        elif key == "contract_no":
            widget, label = QLineEdit(), "合同编号"
        elif key == "tech_contract_reg_no":
            widget, label = QLineEdit(), "技术合同登记号"
            tip = "技术合同认定登记（方案三(四)）"
        elif key == "related_party":
            widget, label = QCheckBox(self.tr("完成人或管理人员与交易对方存在关联关系")), ""
            tip = "是则须登记关联交易审查记录并公示（1-1 第六条(三)）"
        elif key == "unit_share":
            widget, label = QLineEdit("30"), "单位留存比例（%）"
            tip = "其余部分按完成人内部约定比例分配（方案二(一)）"
        elif key == "declarant":
            widget, label = QLineEdit(), "承诺人"
        elif key.startswith("declare_"):
            item = next(x for x in d.CONDUCT_DECLARATIONS if f"declare_{x[0]}" == key)
            widget, label = QCheckBox(self.tr(item[2])), item[1].replace("1-1 ", "")  # i18n: dynamic
            tip = item[1]
        else:  # pragma: no cover - DEAL_PAGES and this method are kept together
            raise KeyError(key)
        widget.setObjectName(key)
        if tip:
            widget.setToolTip(self.tr(tip))  # i18n: dynamic
        self.fields[key] = widget
        form.addRow(self.tr(label) if label else "", widget)  # i18n: dynamic
        self._rows[key] = (form, widget)

    def _wire(self) -> None:
        f = self.fields
        f["kind"].currentIndexChanged.connect(self._update_visibility)
        f["counterparty_state_owned"].toggled.connect(self._update_visibility)
        f["related_party"].toggled.connect(self._update_visibility)
        f["amount_fen"].textChanged.connect(self._show_approval)
        f["pricing_method"].currentIndexChanged.connect(self._show_approval)

    def _update_visibility(self) -> None:
        kind = self.fields["kind"].currentData()
        state_owned = self.fields["counterparty_state_owned"].isChecked()
        related = self.fields["related_party"].isChecked()
        shown = {
            "ends_ownership": kind == "assignment",
            "licence_type": kind == "licence", "territory": kind == "licence", "field_of_use": kind == "licence",
            "term_years": kind == "licence", "company": kind == "equity", "equity_shares": kind == "equity",
            "valuation_decision": not state_owned, "valuation_reason": not state_owned,
            "related_party_note": related,
        }
        for key, visible in shown.items():
            form, widget = self._rows[key]
            form.setRowVisible(widget, visible)

    def _show_approval(self) -> None:
        text = self.fields["amount_fen"].text().strip()
        notes = []
        try:
            fen = d.yuan_to_fen(text) if text else 0
            level = deals_repo.approval_for(self.db, fen)
            notes.append(self.tr("审批：{0}").format(level.approver)
                         + (self.tr("（须附会议纪要）") if level.minutes_required else ""))
        except d.DomainError as exc:
            notes.append(error_text(exc))
        if self.fields["pricing_method"].currentData() == "negotiated":
            notes.append(self.tr("协议定价须公示拟交易价格"))
        self.approval_label.setText("；".join(notes))

    # -- data ----------------------------------------------------------------------------------
    def search_achievements(self, text: str) -> None:
        combo: QComboBox = self.fields["achievement_id"]
        current = combo.currentData()
        combo.clear()
        for row in deals_repo.find_achievements(self.db, text):
            combo.addItem(f"{row['ledger_no'] or row['id']} {row['name']}", row["id"])
        if current is not None:
            set_combo(combo, current)

    def values(self) -> dict[str, Any]:
        """The answers as the deal form stores them (forms/deal.toml keys and types)."""
        f = self.fields
        form: dict[str, Any] = {}
        for key, widget in f.items():
            if isinstance(widget, QComboBox):
                form[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                form[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                form[key] = widget.toPlainText().strip()
            elif isinstance(widget, QSpinBox):
                form[key] = widget.value() or None
            elif isinstance(widget, QDateEdit):
                form[key] = None if widget.date() == widget.minimumDate() else from_qdate(widget.date())
            elif key == "amount_fen":
                text = widget.text().strip()
                form[key] = d.yuan_to_fen(text) if text else None
            else:
                form[key] = widget.text().strip()
        return form

    def go(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.page_list.setCurrentRow(index)

    def show_error(self, exc: d.DomainError) -> None:
        self.error.setText(error_text(exc))
        key = exc.field
        if key in self._page_of:
            self.go(self._page_of[key])
            self.fields[key].setFocus()

    def save(self) -> int | None:
        self.error.clear()
        try:
            form = self.values()
            if form.get("amount_fen") is None:
                raise d.DomainError("请填写合同金额", field="amount_fen")
            achievement_id = form.get("achievement_id")
            if achievement_id is None:
                raise d.DomainError("请选择成果", field="achievement_id")
            self.deal_id = deals_repo.register_deal(self.db, achievement_id, form, on=self.today())
        except d.DomainError as exc:
            self.show_error(exc)
            return None
        self.accept()
        return self.deal_id


class ReceiptDialog(QDialog):
    """登记到账: date, amount, payer, voucher and the distribution of this receipt — the unit's
    share and each inventor's, editable, amounts exact to the fen."""

    def __init__(self, db: Database, deal_id: int, *, today: Clock = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.deal_id = deal_id
        self.receipt_id: int | None = None
        self.setWindowTitle(self.tr("登记到账与收益分配"))
        self.on = date_edit(today())
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.payer = QLineEdit(db.scalar("SELECT counterparty FROM deals WHERE id = ?", (deal_id,)) or "")
        self.voucher = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("到账日期"), self.on)
        form.addRow(self.tr("到账金额（元）"), self.amount)
        form.addRow(self.tr("付款方"), self.payer)
        form.addRow(self.tr("凭证号"), self.voucher)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("收益人"), self.tr("比例（%）"), self.tr("金额（元）")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self._recipients = deals_repo.default_recipients(db, deal_id)
        self.table.setRowCount(len(self._recipients))
        for r, (name, share, is_unit) in enumerate(self._recipients):
            item = QTableWidgetItem(recipient_label(name, is_unit))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, item)
            self.table.setItem(r, 1, QTableWidgetItem(share_text(share)))
            amount = QTableWidgetItem("")
            amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 2, amount)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = ok_cancel(self, "登记")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr("按约定比例分配，每人金额向下取整到分，余下的分按余数从大到小补足，合计与到账金额完全相等。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.textChanged.connect(self.preview)
        self.table.itemChanged.connect(lambda item: self.preview() if item.column() == 1 else None)
        self.preview()
        self.resize(560, 460)

    def recipients(self) -> list[tuple[str, str, bool]]:
        return [(name, self.table.item(r, 1).text().strip(), is_unit)
                for r, (name, _share, is_unit) in enumerate(self._recipients)]

    def preview(self) -> list[int] | None:
        self.error.clear()
        try:
            text = self.amount.text().strip()
            fen = d.yuan_to_fen(text) if text else 0
            parts = d.distribute(fen, [s for _, s, _ in self.recipients()])
        except d.DomainError as exc:
            self.total.setText("")
            self.error.setText(error_text(exc))
            return None
        self.table.blockSignals(True)
        for r, amount in enumerate(parts):
            self.table.item(r, 2).setText(d.format_yuan(amount))
        self.table.blockSignals(False)
        self.total.setText(self.tr("合计 {0} 元（到账 {1} 元）").format(d.format_yuan(sum(parts)), d.format_yuan(fen)))
        return parts

    def save(self) -> int | None:
        try:
            text = self.amount.text().strip()
            if not text:
                raise d.DomainError("请填写到账金额", field="amount_fen")
            self.receipt_id = deals_repo.add_receipt(
                self.db, self.deal_id, on=from_qdate(self.on.date()), amount_fen=d.yuan_to_fen(text),
                payer=self.payer.text().strip(), voucher_no=self.voucher.text().strip(), recipients=self.recipients())
        except d.DomainError as exc:
            self.error.setText(error_text(exc))
            return None
        self.accept()
        return self.receipt_id


class PublicityDialog(QDialog):
    """发起公示 for a deal: the proposed price or related-party deal before signing, the income
    distribution / cash rewards after payment; calendar or working-day counting."""

    def __init__(self, db: Database, deal_id: int, kind: str = "price", *, today: Clock = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..storage import Settings

        self.db = db
        self.deal_id = deal_id
        self.publicity_id: int | None = None
        settings = Settings(db)
        self.setWindowTitle(self.tr("发起公示"))
        self.kind = choice_combo([(k, self.tr(v)) for k, v in deals_repo.DEAL_PUBLICITY_KINDS.items()])  # i18n: dynamic
        set_combo(self.kind, kind)
        self.start = date_edit(today())
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(int(settings.get("publicity_days") or 15))
        self.working = QCheckBox(self.tr("按工作日计算"))
        self.working.setChecked(bool(settings.get("publicity_working_days")))
        self.end = QLabel()
        self.end.setObjectName("end")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("公示类型"), self.kind)
        form.addRow(self.tr("开始日期"), self.start)
        form.addRow(self.tr("公示天数"), self.days)
        form.addRow("", self.working)
        form.addRow(self.tr("公示期满"), self.end)
        form.addRow(self.error)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for signal in (self.start.dateChanged, self.days.valueChanged, self.working.toggled):
            signal.connect(self.preview)
        self.preview()

    def preview(self) -> None:
        window = d.publicity_window(from_qdate(self.start.date()), self.days.value(), working_days=self.working.isChecked())
        text = window.end.isoformat()
        if window.shifted:
            text += self.tr("（末日为休息日，顺延；民法典第二百零三条）")
        self.end.setText(text + (f"\n{window.warning}" if window.warning else ""))

    def save(self) -> int | None:
        try:
            self.publicity_id = deals_repo.start_deal_publicity(
                self.db, self.deal_id, self.kind.currentData(), from_qdate(self.start.date()), self.days.value(),
                working_days=self.working.isChecked())
        except d.DomainError as exc:
            self.error.setText(error_text(exc))
            return None
        self.accept()
        return self.publicity_id


class RecordDialog(QDialog):
    """登记尽职证据: the approval decision (who decided, minutes attached), pricing proof,
    related-party review, notice."""

    KINDS = ("decision", "pricing_evidence", "related_party_procedure", "notice", "other")

    def __init__(self, db: Database, owner_type: str, owner_id: int, kind: str = "decision", *, today: Clock = date.today,
                 actor: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.owner = (owner_type, owner_id)
        self.record_id: int | None = None
        self.setWindowTitle(self.tr("登记尽职证据"))
        self.kind = choice_combo([(k, self.tr(diligence.RECORD_KINDS[k])) for k in self.KINDS])  # i18n: dynamic
        set_combo(self.kind, kind)
        self.on = date_edit(today())
        self.actor = QLineEdit(actor)
        self.actor.setPlaceholderText(self.tr("决策机构/决定人、经办人或出具机构"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(60)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("会议纪要、凭证等（可选）"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("证据类型"), self.kind)
        form.addRow(self.tr("日期"), self.on)
        form.addRow(self.tr("决定人/经办人"), self.actor)
        form.addRow(self.tr("说明"), self.description)
        form.addRow(self.tr("附件"), file_row)
        form.addRow(self.error)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(520, 320)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择附件"))
        if path:
            self.file.setText(path)

    def save(self) -> int | None:
        from ..storage.attachments import add_attachment

        owner_type, owner_id = self.owner
        try:
            path = self.file.text().strip()
            with self.db.transaction():
                attachment_id = None
                if path:
                    if not Path(path).is_file():
                        raise d.DomainError(f"附件文件不存在：{path}")
                    attachment_id = add_attachment(self.db, owner_type, owner_id, Path(path), kind=self.kind.currentData())
                self.record_id = diligence.add_record(
                    self.db, owner_type, owner_id, self.kind.currentData(), from_qdate(self.on.date()),
                    actor=self.actor.text().strip(), description=self.description.toPlainText().strip(),
                    attachment_id=attachment_id)
        except (d.DomainError, OSError, ValueError) as exc:
            self.error.setText(str(exc))
            return None
        self.accept()
        return self.record_id


class DeclarationDialog(QDialog):
    """行为承诺 (1-1 第七条(五)–(九)) signed by one participant."""

    def __init__(self, db: Database, owner_type: str, owner_id: int, *, today: Clock = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.owner = (owner_type, owner_id)
        self.setWindowTitle(self.tr("签署行为承诺"))
        self.person = QLineEdit()
        self.on = date_edit(today())
        self.boxes: dict[str, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("承诺人"), self.person)
        form.addRow(self.tr("签署日期"), self.on)
        for key, clause, text in d.CONDUCT_DECLARATIONS:
            box = QCheckBox(self.tr(text))  # i18n: dynamic
            box.setToolTip(clause)
            box.setChecked(True)
            self.boxes[key] = box
            form.addRow(clause, box)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        self.buttons = ok_cancel(self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        kinds = [k for k, box in self.boxes.items() if box.isChecked()]
        try:
            if not kinds:
                raise d.DomainError("请至少勾选一项承诺", article=d.diligence.ARTICLE_CONDUCT)
            diligence.add_declarations(self.db, *self.owner, self.person.text().strip(), kinds, from_qdate(self.on.date()))
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class DateDialog(QDialog):
    """Asks for one date (completion date, payout date)."""

    def __init__(self, title: str, label: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = date_edit(value)
        form = QFormLayout(self)
        form.addRow(label, self.edit)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> date:
        return from_qdate(self.edit.date())
