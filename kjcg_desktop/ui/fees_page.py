"""专利年费: the fee calendar (every fee of every live patent with its reduction, payer split, grace
end and today's surcharge), recording a payment, the payment list for an agent or CNIPA's online
payment, and the keep-or-abandon review (1-2 第十一条). Rules in ``domain.fees``; work in
``services.fees``."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from ..domain import fees as rules
from ..domain.errors import DomainError
from ..domain.money import format_yuan
from ..services import fees
from ..storage import Database, overview
from ..storage import fees as repo
from ..storage.events import operator_name
from .deal_dialog import Clock
from .pages import display
from .tasks import Task, run_task
from .text_table import TextTable

RED = QColor("#c62828")
RED_BG = QColor("#fdecea")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setObjectName(name)
    return edit


def _fill(table: TextTable, rows: list[list[str]], red: set[int] | None = None) -> None:
    table.set_rows(rows, as_text=True, marked=red)


def _table(headers: list[str], name: str) -> TextTable:
    table = TextTable(headers)
    table.setObjectName(name)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.mark_rows_with(RED, RED_BG)
    table.horizontalHeader().setStretchLastSection(False)
    return table


class PaymentDialog(QDialog):
    """登记缴费: date, amount, receipt number and payer of one fee (a late or partial payment owes
    the surcharge of the day actually paid)."""

    def __init__(self, line: fees.FeeLine, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记年费缴纳"))
        self.line = line
        form = QFormLayout(self)
        form.addRow(self.tr("专利"), QLabel(f"{line.name}（{line.application_no}）"))
        form.addRow(self.tr("费用种类"), QLabel(line.fee.kind_label))
        self.paid_on = _date_edit(today, "paid_on")
        form.addRow(self.tr("缴费日期"), self.paid_on)
        self.amount = QLineEdit(fees.yuan(max(line.state.balance_fen, 0)))
        self.amount.setObjectName("amount")
        form.addRow(self.tr("金额（元）"), self.amount)
        self.receipt = QLineEdit()
        self.receipt.setObjectName("receipt")
        form.addRow(self.tr("收据号"), self.receipt)
        self.payer = QLineEdit()
        self.payer.setObjectName("payer")
        form.addRow(self.tr("缴费人"), self.payer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class DecisionDialog(QDialog):
    """A keep-or-abandon decision (1-2 第十一条): who decided and why; for an offer the completers'
    answer; for abandonment the day its publicity starts."""

    def __init__(self, decision: str, who: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = decision
        self.setWindowTitle(self.tr("维持评审决定"))
        form = QFormLayout(self)
        form.addRow(self.tr("决定"), QLabel(rules.REVIEW_DECISIONS[decision]))  # i18n: dynamic
        self.decided_by = QLineEdit(who)
        self.decided_by.setObjectName("decided_by")
        form.addRow(self.tr("决定人"), self.decided_by)
        self.decided_on = _date_edit(today, "decided_on")
        form.addRow(self.tr("决定日期"), self.decided_on)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(70)
        form.addRow(self.tr("理由"), self.reason)
        self.answer = QComboBox()
        self.answer.setObjectName("answer")
        for key, label in rules.OFFER_ANSWERS.items():
            self.answer.addItem(label, key)  # i18n: dynamic
        if decision == "offer":
            form.addRow(self.tr("完成人答复"), self.answer)
        self.publicity_start = _date_edit(today, "publicity_start")
        if decision == "abandon":
            form.addRow(self.tr("放弃公示开始日"), self.publicity_start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class FeesPage(QWidget):
    def __init__(self, db: Database, *, today: Clock = clock.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.lines: list[fees.FeeLine] = []
        self.red_rows: set[int] = set()
        self._generation = 0
        self._calendar_key: tuple | None = None  # what the calendar shown (or on its way) was computed from
        self.review_lines: list[fees.FeeLine] = []
        layout = QVBoxLayout(self)
        day = today()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("缴费期限自")))
        self.start = _date_edit(rules.add_months(day, -rules.GRACE_MONTHS), "fees_from")
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("至")))
        self.end = _date_edit(day + timedelta(days=365), "fees_to")
        bar.addWidget(self.end)
        self.unpaid_only = QCheckBox(self.tr("只显示未缴"))
        self.unpaid_only.setObjectName("unpaid_only")
        self.unpaid_only.toggled.connect(self.refresh)
        bar.addWidget(self.unpaid_only)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.recalculate)
        bar.addWidget(refresh)
        bar.addStretch(1)
        self.pay_button = QPushButton(self.tr("登记缴费…"))
        self.pay_button.setObjectName("pay_button")
        self.pay_button.clicked.connect(self.record_payment)
        bar.addWidget(self.pay_button)
        self.export_button = QPushButton(self.tr("导出缴费清单…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export_list)
        bar.addWidget(self.export_button)
        self.batch_button = QPushButton(self.tr("批量登记缴费…"))
        self.batch_button.setObjectName("batch_button")
        self.batch_button.clicked.connect(self.import_payments)
        bar.addWidget(self.batch_button)
        self.cnipa_button = QPushButton(self.tr("核对国知局应缴费…"))
        self.cnipa_button.setObjectName("cnipa_button")
        self.cnipa_button.clicked.connect(self.compare_cnipa)
        bar.addWidget(self.cnipa_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("fees_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.calendar = _table([self.tr("台账编号"), self.tr("专利名称"), self.tr("申请号"), self.tr("费用种类"), self.tr("缴费期限"), self.tr("标准金额"), self.tr("费减"), self.tr("应缴金额"), self.tr("宽限届满"), self.tr("今日滞纳金"), self.tr("滞纳金上调日"), self.tr("已缴"), self.tr("状态"), self.tr("承担方"), self.tr("维持决定")], "fee_calendar")
        self.tabs.addTab(self.calendar, self.tr("缴费日历"))

        review = QWidget()
        rv = QVBoxLayout(review)
        rbar = QHBoxLayout()
        rbar.addWidget(QLabel(self.tr("评审期限在今后")))
        self.window_days = QSpinBox()
        self.window_days.setObjectName("review_window")
        self.window_days.setRange(7, 730)
        self.window_days.setValue(120)
        self.window_days.setSuffix(self.tr(" 日内"))
        self.window_days.valueChanged.connect(self.refresh_review)
        rbar.addWidget(self.window_days)
        rbar.addStretch(1)
        self.decision_buttons: dict[str, QPushButton] = {}
        for key, text in (("keep", self.tr("继续维持…")), ("offer", self.tr("提供给完成人维持…")),
                          ("abandon", self.tr("放弃（启动放弃公示）…"))):
            button = QPushButton(text)
            button.setObjectName(f"decide_{key}")
            button.clicked.connect(lambda _=False, k=key: self.decide(k))
            rbar.addWidget(button)
            self.decision_buttons[key] = button
        self.answer_button = QPushButton(self.tr("记录完成人答复…"))
        self.answer_button.setObjectName("answer_button")
        self.answer_button.clicked.connect(self.record_answer)
        rbar.addWidget(self.answer_button)
        rv.addLayout(rbar)
        self.review = _table([self.tr("台账编号"), self.tr("专利名称"), self.tr("费用种类"), self.tr("缴费期限"), self.tr("应缴金额"), self.tr("状态"), self.tr("转化状态"), self.tr("阶段"), self.tr("已过年度"), self.tr("剩余保护期"), self.tr("至期满费用"), self.tr("完成人"), self.tr("维持决定")], "review_table")
        rv.addWidget(self.review)
        rv.addWidget(QLabel(self.tr("红色：已进入滞纳期仍未缴费且未作维持决定。放弃决定将依 1-2 第十一条启动放弃公示。")))
        self.tabs.addTab(review, self.tr("维持评审"))

        self.payments = _table([self.tr("缴费日期"), self.tr("台账编号"), self.tr("专利名称"), self.tr("专利年度"), self.tr("金额"), self.tr("收据号"), self.tr("缴费人")], "payments_table")
        self.tabs.addTab(self.payments, self.tr("缴费记录"))
        budget = QWidget()
        bv = QVBoxLayout(budget)
        bbar = QHBoxLayout()
        bbar.addWidget(QLabel(self.tr("预算年数")))
        self.budget_years = QSpinBox()
        self.budget_years.setObjectName("budget_years")
        self.budget_years.setRange(1, 5)
        self.budget_years.setValue(3)
        self.budget_years.valueChanged.connect(self.refresh_budget)
        bbar.addWidget(self.budget_years)
        bbar.addStretch(1)
        bv.addLayout(bbar)
        self.budget_table = _table([self.tr("年度"), self.tr("分组"), self.tr("项目"), self.tr("金额（元）")], "budget_table")
        bv.addWidget(self.budget_table)
        self.tabs.addTab(budget, self.tr("年费预算"))
        layout.addWidget(self.tabs, 1)
        self.review_lines, self.review_red_rows, self.review_stale = [], set(), True
        self.tabs.currentChanged.connect(self._tab_shown)
        self.refresh()

    # ------------------------------------------------------------------ data
    def recalculate(self) -> None:
        """刷新: compute the calendar again even when nothing it depends on has changed."""
        self._calendar_key = None
        self.refresh()

    def refresh(self) -> None:
        """Compute the calendar on the task runner (20k achievements take seconds) and show it when
        it arrives; a result overtaken by a later refresh is dropped. A visit with the same dates and
        nothing written since the last computation keeps that one (shown or on its way)."""
        day = self.today()
        start, end, include_paid = _pydate(self.start), _pydate(self.end), not self.unpaid_only.isChecked()
        key = (day, start, end, include_paid, overview.data_stamp(self.db))
        if key == self._calendar_key:
            return
        self._calendar_key = key
        self._generation += 1
        generation = self._generation

        def work(task: Task) -> tuple[list[fees.FeeLine], list[list[str]], set[int], list[list[str]]]:
            lines = fees.fee_calendar(task.db, start=start, end=end, today=day, include_paid=include_paid)
            rows, red = self._calendar_rows(lines)
            prows = [[p["paid_on"], p["ledger_no"] or "", p["name"], str(p["patent_year"]), format_yuan(p["amount_fen"]),
                      p["receipt_no"], p["payer"]] for p in reversed(repo.payments(task.db))]
            return lines, rows, red, prows

        def show(result: tuple[list[fees.FeeLine], list[list[str]], set[int], list[list[str]]]) -> None:
            if generation == self._generation:
                self._show_calendar(*result)
        self.summary.setText(self.tr("正在计算年费……"))
        run_task(self, work, show, on_error=self._failed, db=self.db)

    def _failed(self, message: str) -> None:
        self._calendar_key = None
        self.summary.setText(self.tr("年费计算失败：{0}").format(message))

    @staticmethod
    def _calendar_rows(lines: list[fees.FeeLine]) -> tuple[list[list[str]], set[int]]:
        rows, red = [], set()
        for i, x in enumerate(lines):
            s = x.state
            if x.unpaid_in_grace_without_decision:
                red.add(i)
            rows.append([x.ledger_no, x.name, x.application_no, x.fee.kind_label, x.fee.due.isoformat(), format_yuan(x.fee.full_fen),
                         f"{x.fee.reduction_percent:.0f}%" + (f"（{x.reduction_note}）" if x.reduction_note else ""),
                         format_yuan(x.fee.payable_fen), x.fee.grace_end.isoformat(),
                         f"{s.surcharge_percent:.0f}%（{format_yuan(s.surcharge_fen)}）",
                         s.rises_on.isoformat() if s.rises_on and s.status != "paid" else "",
                         format_yuan(s.paid_fen), rules.STATUS_LABELS[s.status], x.split.text(),
                         rules.REVIEW_DECISIONS[x.review["decision"]] if x.review else ""])
        return rows, red

    def _show_calendar(self, lines: list[fees.FeeLine], rows: list[list[str]], red: set[int],
                       prows: list[list[str]]) -> None:
        self.lines = lines
        _fill(self.calendar, rows, red)
        self.red_rows = red
        unpaid = [x for x in self.lines if x.state.status in ("due", "late", "partial")]
        self.summary.setText(self.tr("共 {0} 笔年费，未缴 {1} 笔合计 {2} 元；滞纳期内未作决定 {3} 笔").format(
            len(self.lines), len(unpaid), format_yuan(sum(x.state.balance_fen for x in unpaid)), len(red)))

        self.review_stale = True
        if self.tabs.currentIndex() == 1:
            self.refresh_review()
        elif self.tabs.currentIndex() == 3:
            self.refresh_budget()
        _fill(self.payments, prows)

    def _tab_shown(self, index: int) -> None:
        if index == 1 and self.review_stale:
            self.refresh_review()
        elif index == 3:
            self.refresh_budget()

    def refresh_budget(self) -> None:
        """Fees due in the next 1–5 years by year, payer, department and type, and the cost of the
        patents to the end of their terms (1-2 第十二条)."""
        b = fees.budget(self.db, self.budget_years.value(), self.today())
        rows: list[list[str]] = []
        for y in b.years:
            rows.append([str(y), self.tr("合计"), "", format_yuan(b.by_year.get(y, 0))])
            for group, table in ((self.tr("承担方"), b.by_payer), (self.tr("部门"), b.by_department), (self.tr("类型"), b.by_type)):
                rows += [[str(y), group, key, format_yuan(v)] for (yy, key), v in sorted(table.items()) if yy == y]
        rows.append(["", self.tr("至保护期届满"), self.tr("全部有效专利"), format_yuan(sum(v for _, v in b.cost_to_term.values()))])
        _fill(self.budget_table, rows)

    def refresh_review(self) -> None:
        """The review list (computed when its tab is shown: it sums every remaining year's fee)."""
        day = self.today()
        self.review_stale = False
        self.review_lines = fees.review_list(self.db, rules.add_months(day, -rules.GRACE_MONTHS),
                                             day + timedelta(days=self.window_days.value()), day)
        rrows, rred = [], set()
        for i, x in enumerate(self.review_lines):
            if x.unpaid_in_grace_without_decision:
                rred.add(i)
            age = rules.patent_year_of(x.filing, day) if x.filing and x.filing <= day else 0
            remaining = (x.term_end - day).days // 365 if x.term_end else 0
            decision = ""
            if x.review:
                decision = f"{rules.REVIEW_DECISIONS[x.review['decision']]}（{x.review['decided_by']} {x.review['decided_on']}）"
            rrows.append([x.ledger_no, x.name, x.fee.kind_label, x.fee.due.isoformat(), format_yuan(x.state.balance_fen),
                          rules.STATUS_LABELS[x.state.status], display("transfer_status", x.transfer_status),
                          display("stage", x.stage), str(age), f"{remaining}",
                          format_yuan(x.cost_to_term_fen) if x.cost_to_term_fen is not None else "", "、".join(x.completers), decision])
        _fill(self.review, rrows, rred)
        self.review_red_rows = rred

    def selected_line(self) -> fees.FeeLine | None:
        row = self.calendar.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def selected_review(self) -> fees.FeeLine | None:
        row = self.review.currentRow()
        return self.review_lines[row] if 0 <= row < len(self.review_lines) else None

    # ------------------------------------------------------------------ actions
    def payment_dialog(self, line: fees.FeeLine) -> PaymentDialog:
        return PaymentDialog(line, self.today(), self)

    def record_payment(self) -> None:
        line = self.selected_line()
        if line is None:
            QMessageBox.information(self, self.tr("登记缴费"), self.tr("请先在缴费日历中选中一笔年费"))
            return
        dialog = self.payment_dialog(line)
        if not dialog.exec():
            return
        self.apply_payment(dialog)

    def apply_payment(self, dialog: PaymentDialog) -> bool:
        try:
            _, after = fees.pay(self.db, str(dialog.line.achievement_id), dialog.line.fee.year, _pydate(dialog.paid_on),
                                dialog.amount.text(), receipt_no=dialog.receipt.text().strip(), payer=dialog.payer.text().strip())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("登记缴费"), str(exc))
            return False
        self.refresh()
        s = after.state
        QMessageBox.information(self, self.tr("登记缴费"), self.tr("已登记。应缴 {0} 元（滞纳金 {1}%），已缴 {2} 元，尚欠 {3} 元").format(
            format_yuan(s.owed_fen), f"{s.surcharge_percent:.0f}", format_yuan(s.paid_fen), format_yuan(max(s.balance_fen, 0))))
        return True

    def export_list(self) -> None:
        default = self.tr("专利年费缴费清单-{0}.xlsx").format(self.today().isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出缴费清单"), default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            n = fees.export_payment_list(self.db, path, start=_pydate(self.start), end=_pydate(self.end), today=self.today())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("导出缴费清单"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出缴费清单"), self.tr("已导出 {0} 行：{1}").format(n, path))

    def _open_workbook_name(self, title: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("Excel 工作簿 (*.xlsx *.xls *.xlsm *.ods *.csv)"))
        return path

    def import_payments(self) -> None:
        path = self._open_workbook_name(self.tr("批量登记缴费"))
        if not path:
            return
        try:
            batch = fees.import_payments(self.db, path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("批量登记缴费"), str(exc))
            return
        if batch.errors:
            QMessageBox.warning(self, self.tr("批量登记缴费"), self.tr("文件有 {0} 处问题，未写入任何记录：\n{1}").format(
                len(batch.errors), "\n".join(batch.errors[:30])))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("批量登记缴费"), self.tr("已登记 {0} 笔缴费").format(batch.written))

    def compare_cnipa(self) -> None:
        path = self._open_workbook_name(self.tr("核对国知局应缴费查询结果"))
        if not path:
            return
        try:
            result = fees.compare_cnipa(self.db, path, self.today())
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("核对国知局应缴费"), str(exc))
            return
        self.cnipa_differences = result.differences
        lines = [self.tr("{0} 第{1}行 {2} {3}：{4}").format(x.sheet, x.row, x.application_no, x.kind, x.message)
                 for x in result.differences[:40]]
        QMessageBox.information(self, self.tr("核对国知局应缴费"), self.tr("核对 {0} 项，差异 {1} 项").format(
            result.checked, len(result.differences)) + ("\n" + "\n".join(lines) if lines else ""))

    def record_answer(self) -> None:
        line = self.selected_review()
        if line is None or not line.review or line.review["decision"] != "offer":
            QMessageBox.information(self, self.tr("维持评审"), self.tr("请先选中一项“提供给完成人维持”的专利"))
            return
        labels = [rules.OFFER_ANSWERS["accepted"], rules.OFFER_ANSWERS["declined"]]
        choice, ok = QInputDialog.getItem(self, self.tr("完成人答复"), self.tr("完成人的答复"), labels, 0, False)
        if not ok:
            return
        answer = "accepted" if choice == labels[0] else "declined"
        try:
            fees.record_completers_answer(self.db, line.review["id"], answer)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("维持评审"), str(exc))
            return
        self.refresh()

    def decision_dialog(self, decision: str) -> DecisionDialog:
        return DecisionDialog(decision, operator_name(self.db), self.today(), self)

    def decide(self, decision: str) -> None:
        line = self.selected_review()
        if line is None:
            QMessageBox.information(self, self.tr("维持评审"), self.tr("请先在评审列表中选中一项专利"))
            return
        dialog = self.decision_dialog(decision)
        if not dialog.exec():
            return
        self.apply_decision(line, dialog)

    def apply_decision(self, line: fees.FeeLine, dialog: DecisionDialog) -> bool:
        try:
            fees.decide(self.db, line, dialog.decision, decided_by=dialog.decided_by.text(), reason=dialog.reason.toPlainText(),
                        on=_pydate(dialog.decided_on), completers_answer=dialog.answer.currentData() if dialog.decision == "offer" else "",
                        publicity_start=_pydate(dialog.publicity_start))
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("维持评审"), str(exc))
            return False
        self.refresh()
        return True
