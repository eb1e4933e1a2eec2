"""The deal registration dialog and the small dialogs of the deals page.

The deal registration is built by the form engine (:mod:`kjcg_desktop.forms_engine`,
:mod:`kjcg_desktop.ui.form_dialogs`) from ``forms/deal.toml``; its answers go to
:func:`kjcg_desktop.storage.deals.register_deal`.
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
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..forms_engine import load_form, page_visible
from ..paths import forms_dir
from ..storage import Database, diligence, overview
from ..storage import deals as deals_repo
from .date_input import AmountInput, DateInput
from .file_dialogs import open_file_name
from .form_dialogs import UnboundFormDialog
from .i18n import label_text

Clock = Callable[[], date]


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None, *, related: Callable[[], date | None] | None = None) -> DateInput:
    """The application's date field (typed in any office form, calendar, clearable)."""
    return DateInput(value, related=related)


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


OK_TEXT = QT_TRANSLATE_NOOP("deal_dialog", "确定")


def ok_cancel(dialog: QDialog, ok_text: str = OK_TEXT) -> QDialogButtonBox:
    """OK/Cancel with Chinese texts (the standard buttons are English without a Qt translator)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("deal_dialog", ok_text))  # i18n: dynamic (see i18n_catalogue.UI_TABLES)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("deal_dialog", "取消"))
    return buttons


def recipient_label(name: str, is_unit: bool) -> str:
    return name if not is_unit or d.deals.UNIT_WORD in name else QCoreApplication.translate("deal_dialog", "{0}（单位）").format(name)


def share_text(share: Decimal | str) -> str:
    """``70.0000`` → ``70``; ``33.3300`` → ``33.33``."""
    return f"{Decimal(str(share)).normalize():f}"


class DealDialog(UnboundFormDialog):
    """转化交易登记, built by the form engine from ``forms/deal.toml``: the engine's section of each
    page in a stack with a page list on the left (pages whose ``show_if`` fails are hidden),
    上一步/下一步, and 登记交易 on any page. The engine's validation (the domain rules named in the
    definition) shows each Chinese message with its article under its field; on 登记 the first
    problem's page is opened. Not bound to a draft application (unlike FormWizard/FormDialog): the
    answers go to :func:`kjcg_desktop.storage.deals.register_deal`."""

    def __init__(self, db: Database, *, today: Clock = clock.today, achievement_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, load_form(forms_dir() / "deal.toml"), today=today, achievement_id=achievement_id,
                         parent=parent)
        self.deal_id: int | None = None
        self.page_list = QListWidget()
        self.page_list.setFixedWidth(150)
        self.stack = QStackedWidget()
        for i, page in enumerate(self.form.pages):
            self.page_list.addItem(page.title)
            self.sections[i].changed.connect(self._update_pages)
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.addWidget(QLabel(f"<b>{page.title}</b>"))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.section_widget(i))
            box.addWidget(scroll, 1)
            self.stack.addWidget(holder)
        self.page_list.currentRowChanged.connect(self._show_page)
        self.back_button = QPushButton(self.tr("上一步"))
        self.next_button = QPushButton(self.tr("下一步"))
        self.save_button = QPushButton(self.tr("登记交易"))
        self.save_button.setDefault(True)
        cancel = QPushButton(self.tr("取消"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
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
        self._update_pages()
        self.page_list.setCurrentRow(0)
        self.resize(860, 600)

    def _visible(self, index: int) -> bool:
        return page_visible(self.form, self.form.pages[index], self.answers)

    def _update_pages(self) -> None:
        for i in range(len(self.sections)):
            self.page_list.item(i).setHidden(not self._visible(i))

    def _show_page(self, index: int) -> None:
        if index >= 0:
            self.stack.setCurrentIndex(index)
            self.sections[index].refresh()  # conditions may depend on answers given on other pages

    def go(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            self.page_list.setCurrentRow(index)

    reveal = go

    def step(self, direction: int) -> None:
        """上一步/下一步, skipping the pages that do not apply."""
        i = self.stack.currentIndex() + direction
        while 0 <= i < self.stack.count() and not self._visible(i):
            i += direction
        self.go(i)

    def save(self) -> int | None:
        if not self.check():
            return None
        form = self.values()
        try:
            self.deal_id = deals_repo.register_deal(self.db, form["achievement_id"], form, on=self.today())
        except d.DomainError as exc:
            self.show_error(exc.field, str(exc))
            return None
        self.accept()
        return self.deal_id


class ReceiptDialog(QDialog):
    """登记到账: date, amount, payer, voucher and the distribution of this receipt — the unit's
    share and each inventor's, editable, amounts exact to the fen."""

    def __init__(self, db: Database, deal_id: int, *, today: Clock = clock.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.deal_id = deal_id
        self.receipt_id: int | None = None
        self.setWindowTitle(self.tr("登记到账与收益分配"))
        self.on = date_edit(today())
        self.amount = AmountInput(label=self.tr("到账金额"), unit="")
        self.amount.setObjectName("amount")
        self.payer = QLineEdit(overview.deal_counterparty(db, deal_id) or "")
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
        self.buttons = ok_cancel(self, self.tr("登记"))
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
        self.amount.changed.connect(self.preview)
        self.table.itemChanged.connect(lambda item: self.preview() if item.column() == 1 else None)
        self.preview()
        self.resize(560, 460)

    def recipients(self) -> list[tuple[str, str, bool]]:
        return [(name, self.table.item(r, 1).text().strip(), is_unit)
                for r, (name, _share, is_unit) in enumerate(self._recipients)]

    def preview(self) -> list[int] | None:
        self.error.clear()
        try:
            fen = d.parse_amount_text(self.amount.text(), allow_negative=False, field=self.tr("到账金额")) or 0
            shares = [d.share_percent(s, self.tr("{0}的分配比例").format(name), article=label_text("方案二(一)"), field="shares")
                      for name, s, _ in self.recipients()]
            parts = d.distribute(fen, shares)
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
            amount_fen = self.amount.require()
            if amount_fen <= 0:
                raise d.DomainError(self.tr("「到账金额」须大于 0"), field="amount_fen")
            self.receipt_id = deals_repo.add_receipt(
                self.db, self.deal_id, on=self.on.require(self.tr("到账日期")), amount_fen=amount_fen,
                payer=self.payer.text().strip(), voucher_no=self.voucher.text().strip(), recipients=self.recipients())
        except d.DomainError as exc:
            self.error.setText(error_text(exc))
            return None
        self.accept()
        return self.receipt_id


class PublicityDialog(QDialog):
    """发起公示 for a deal: the proposed price or related-party deal before signing, the income
    distribution / cash rewards after payment; calendar or working-day counting."""

    def __init__(self, db: Database, deal_id: int, kind: str = "price", *, today: Clock = clock.today,
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
        for signal in (self.start.changed, self.days.valueChanged, self.working.toggled):
            signal.connect(self.preview)
        self.preview()

    def preview(self) -> None:
        start = self.start.date_value()
        if start is None:
            self.end.setText(self.tr("（请先填写公示开始日期）"))
            return
        window = d.publicity_window(start, self.days.value(), working_days=self.working.isChecked())
        text = window.end.isoformat()
        if window.shifted:
            text += self.tr("（末日为休息日，顺延；民法典第二百零三条）")
        self.end.setText(text + (f"\n{window.warning}" if window.warning else ""))

    def save(self) -> int | None:
        try:
            self.publicity_id = deals_repo.start_deal_publicity(
                self.db, self.deal_id, self.kind.currentData(), self.start.require(self.tr("公示开始日期")), self.days.value(),
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

    def __init__(self, db: Database, owner_type: str, owner_id: int, kind: str = "decision", *, today: Clock = clock.today,
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
        path = open_file_name(self, self.tr("选择附件"))
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
                        raise d.DomainError(self.tr("附件文件不存在：{0}").format(path))
                    attachment_id = add_attachment(self.db, owner_type, owner_id, Path(path), kind=self.kind.currentData())
                self.record_id = diligence.add_record(
                    self.db, owner_type, owner_id, self.kind.currentData(), self.on.require(self.tr("日期")),
                    actor=self.actor.text().strip(), description=self.description.toPlainText().strip(),
                    attachment_id=attachment_id)
        except (d.DomainError, OSError, ValueError) as exc:
            self.error.setText(str(exc))
            return None
        self.accept()
        return self.record_id


class DeclarationDialog(QDialog):
    """行为承诺 (1-1 第七条(五)–(九)) signed by one participant."""

    def __init__(self, db: Database, owner_type: str, owner_id: int, *, today: Clock = clock.today,
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
        heading = QLabel(self.tr("本人承诺，在改革试点中不存在下列行为（1-1 第七条，各项为原文）："))
        heading.setWordWrap(True)
        form.addRow(heading)
        for key, clause, text in d.CONDUCT_DECLARATIONS:
            item = QWidget()
            column = QVBoxLayout(item)
            column.setContentsMargins(0, 0, 0, 0)
            wording = QLabel(QCoreApplication.translate("DealDialog", text))  # i18n: dynamic (CONDUCT_DECLARATIONS)
            wording.setWordWrap(True)
            wording.setObjectName(f"declaration_text_{key}")
            box = QCheckBox(self.tr("承诺不存在此行为"))
            box.setToolTip(clause)
            box.setChecked(True)
            self.boxes[key] = box
            column.addWidget(wording)
            column.addWidget(box)
            form.addRow(clause, item)
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
                raise d.DomainError(self.tr("请至少勾选一项承诺"), article=d.diligence.ARTICLE_CONDUCT)
            diligence.add_declarations(self.db, *self.owner, self.person.text().strip(), kinds, self.on.require(self.tr("签署日期")))
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
        self.label = label
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = ok_cancel(self)
        buttons.accepted.connect(self._accept_date)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_date(self) -> None:
        try:
            self.edit.require(self.label)
        except d.DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def value(self) -> date:
        return self.edit.require(self.label)
