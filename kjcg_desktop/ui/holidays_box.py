"""设置 — 节假日安排: the office enters the State Council's holiday notice for a year (holidays and
调休 working days, with the notice as source). Saving recomputes the end date of every running
publicity (R4, 民法典第二百零三条)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from .. import clock
from .. import domain as d
from ..domain.holidays import SOURCE_LABELS, notice_table_text, parse_notice_table, statutory_holidays
from ..storage import Database
from ..storage import holidays as hol


class HolidayScheduleBox(QGroupBox):
    def __init__(self, db: Database, *, today: Callable[[], date] = clock.today, operator: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("节假日安排（国务院办公厅放假通知）"))
        self.setObjectName("holiday_schedule")
        self.db = db
        self.today = today
        self.operator = operator
        form = QFormLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("holiday_summary")
        self.summary.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year + 1)
        self.year.valueChanged.connect(self.load_year)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("通知文号或名称，如：国务院办公厅关于2027年部分节假日安排的通知"))
        self.table = QPlainTextEdit()
        self.table.setPlaceholderText(self.tr("每行一日或一段：2027-01-01 元旦；2027-02-05 至 2027-02-12 春节；2027-02-20 调休上班"))
        self.table.setMinimumHeight(160)
        self.state = QLabel()
        self.state.setObjectName("holiday_state")
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        self.statutory_button = QPushButton(self.tr("填入法定节日"))
        self.statutory_button.setToolTip(self.tr("全国年节及纪念日放假办法第二条：元旦、春节、清明节、劳动节、端午节、中秋节、国庆节"))
        self.statutory_button.clicked.connect(self.fill_statutory)
        self.save_button = QPushButton(self.tr("保存该年安排"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("删除该年录入"))
        self.delete_button.clicked.connect(self.delete)
        for b in (self.statutory_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow(self.summary)
        form.addRow(self.tr("年份"), self.year)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("放假与调休"), self.table)
        form.addRow(buttons)
        form.addRow(self.state)
        self.refresh()
        self.load_year()

    def refresh(self) -> None:
        calendar = d.current_calendar()
        years = range(self.today().year, self.today().year + 2)
        lines = [self.tr("{0}年：{1}").format(y, SOURCE_LABELS[calendar.source(y)]) for y in years]
        warning = calendar.missing_schedule_warning(self.today())
        self.summary.setText("；".join(lines) + (f"<br><span style='color:#b05000'>{warning}</span>" if warning else ""))

    def load_year(self) -> None:
        year = self.year.value()
        entry = next((y for y in hol.list_years(self.db) if y["year"] == year), None)
        days = hol.year_days(self.db, year)
        self.source.setText(entry["source"] if entry else "")
        self.table.setPlainText(notice_table_text((date.fromisoformat(r["day"]), r["kind"], r["name"]) for r in days))
        self.delete_button.setEnabled(entry is not None)
        self.state.setText("")

    def fill_statutory(self) -> None:
        days = statutory_holidays(self.year.value())
        self.table.setPlainText(notice_table_text((day, "holiday", name) for day, name in days.items()))

    def _report(self, changes: list[hol.EndChange], done: str) -> None:
        lines = [done] + [f"{c.title}：{c.message}" for c in changes]
        if not changes:
            lines.append(self.tr("进行中的公示届满日均无变化。"))
        self.state.setText("\n".join(lines))

    def save(self) -> bool:
        year = self.year.value()
        try:
            holidays, workdays = parse_notice_table(year, self.table.toPlainText())
            changes = hol.save_year(self.db, year, holidays, workdays, self.source.text(), today=self.today(),
                                    operator=self.operator)
        except d.DomainError as exc:
            self.state.setText(str(exc))
            return False
        self._report(changes, self.tr("已保存{0}年节假日安排（{1}）。").format(year, self.source.text().strip()))
        self.refresh()
        self.load_year_keep_state()
        return True

    def load_year_keep_state(self) -> None:
        text = self.state.text()
        self.load_year()
        self.state.setText(text)

    def delete(self) -> bool:
        year = self.year.value()
        if QMessageBox.question(self, self.tr("删除节假日安排"),
                                self.tr("删除 {0} 年的录入后，该年按内置安排或仅按法定节日和周末计算。继续？").format(year)) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            changes = hol.delete_year(self.db, year, today=self.today())
        except d.DomainError as exc:
            self.state.setText(str(exc))
            return False
        self._report(changes, self.tr("已删除{0}年节假日安排的录入。").format(year))
        self.refresh()
        self.load_year_keep_state()
        return True
