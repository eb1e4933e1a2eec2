"""工作台 — counts by tag and status, disclosures and transfers by year, and what needs action."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..domain.reminders import MESSAGES, Reminder
from ..services.ics import write_ics
from ..services.reminders import collect_reminders
from ..storage import Database, overview
from ..storage import reminders as repo
from .dialogs import output_refused
from .file_dialogs import save_file_name
from .i18n import label_text

KIND_COLORS = {"publicity_end": "#c62828", "use_right_expiry": "#6a1b9a", "use_right_term": "#6a1b9a", "annuity": "#1565c0",
               "annual_report": "#2e7d32", "pilot_rules": "#ef6c00", "pilot_end": "#ef6c00"}


class YearChart(QWidget):
    """Grouped bars: disclosures and completed transfers per year, drawn with QPainter."""

    SERIES = ((QT_TRANSLATE_NOOP("YearChart", "披露"), QColor("#42a5f5")), (QT_TRANSLATE_NOOP("YearChart", "转化"), QColor("#ff8f00")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year_chart")
        self.data: list[tuple[int, int, int]] = []
        self.setMinimumHeight(220)

    def set_data(self, data: list[tuple[int, int, int]]) -> None:
        self.data = data
        # wide enough for every year's label (at least in its short form '17) under its bars
        self.setMinimumWidth(60 + len(data) * (self.fontMetrics().horizontalAdvance("’00") + 2))
        self.update()

    def axis_labels(self, group: float) -> list[str]:
        """The year under each group of bars: 2017 where it fits, else ’17; thinned only when even
        that does not fit (the latest year is always labelled)."""
        fm = self.fontMetrics()
        years = [year for year, *_ in self.data]
        if all(fm.horizontalAdvance(str(y)) + 4 <= group for y in years):
            return [str(y) for y in years]
        short = [f"’{y % 100:02d}" for y in years]
        every = max(1, math.ceil((fm.horizontalAdvance("’00") + 2) / max(group, 1)))
        return [text if (len(short) - 1 - n) % every == 0 else "" for n, text in enumerate(short)]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(48, 28, -12, -28)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.data or rect.width() <= 0 or rect.height() <= 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            return
        peak = max(max(a, b) for _, a, b in self.data) or 1
        step = _nice_step(peak)
        top = step * ((peak + step - 1) // step)
        fm = painter.fontMetrics()
        grid = QPen(QColor("#e0e0e0"))
        for i in range(0, top + 1, step):
            y = rect.bottom() - rect.height() * i / top
            painter.setPen(grid)
            painter.drawLine(rect.left(), int(y), rect.right(), int(y))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y - 8, rect.left() - 6, 16), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{i:,}")
        group = rect.width() / len(self.data)
        bar = max(min(group * 0.36, 28), 2)
        labels = self.axis_labels(group)
        for n, (_year, *values) in enumerate(self.data):
            x0 = rect.left() + group * n + (group - 2 * bar) / 2
            for s, value in enumerate(values):
                h = rect.height() * value / top
                painter.fillRect(QRectF(x0 + s * bar, rect.bottom() - h, bar - 1, h), self.SERIES[s][1])
                if value and bar >= 14:
                    painter.setPen(self.palette().text().color())
                    small = QFont(painter.font())
                    small.setPointSizeF(max(small.pointSizeF() * 0.75, 6))
                    painter.setFont(small)
                    painter.drawText(QRectF(x0 + s * bar - 10, rect.bottom() - h - 14, bar + 20, 14),
                                     int(Qt.AlignmentFlag.AlignCenter), str(value))
                    painter.setFont(self.font())
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(rect.left() + group * n, rect.bottom() + 4, group, fm.height()),
                             int(Qt.AlignmentFlag.AlignCenter), labels[n])
        x = rect.left()
        for label, color in self.SERIES:
            painter.fillRect(QRectF(x, 8, 12, 12), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(int(x + 16), 19, self.tr(label))  # i18n: dynamic
            x += 24 + fm.horizontalAdvance(self.tr(label)) + 12  # i18n: dynamic
        title = self.tr("按年份：成果披露数与完成转化数")
        if x + fm.horizontalAdvance(title) <= rect.right():  # never drawn over the legend
            painter.drawText(QRectF(rect.left(), 4, rect.width(), 18), int(Qt.AlignmentFlag.AlignRight), title)


def _nice_step(peak: int) -> int:
    raw = max(peak / 4, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


class DashboardPage(QWidget):
    """The first page: the ledger at a glance and the reminders, each opening its record."""

    openRecord = Signal(object)  # the Reminder

    def __init__(self, db: Database, open_record: Callable[[Reminder], None] | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.reminders: list[Reminder] = []
        self._pending = True
        if open_record is not None:
            self.openRecord.connect(open_record)

        counts_box = QGroupBox(self.tr("台账概况"))
        self.grid = QGridLayout(counts_box)
        self.chart = YearChart()
        chart_box = QGroupBox(self.tr("披露与转化（近十年）"))
        QVBoxLayout(chart_box).addWidget(self.chart)

        self.reminder_tree = QTreeWidget()
        self.reminder_tree.setObjectName("reminders")
        self.reminder_tree.setHeaderLabels([self.tr("到期日"), self.tr("剩余"), self.tr("事项"), self.tr("内容"), self.tr("依据")])
        self.reminder_tree.setUniformRowHeights(True)
        self.reminder_tree.setAlternatingRowColors(True)
        self.reminder_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reminder_tree.itemActivated.connect(self._activated)
        self.reminder_tree.itemExpanded.connect(self._populate)
        header = self.reminder_tree.header()
        for col, width in enumerate((125, 70, 130, 460)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reminder_summary = QLabel()
        self.reminder_summary.setObjectName("reminder_summary")
        self.reminder_summary.setWordWrap(True)
        self.ics_button = QPushButton(self.tr("导出提醒到日历（.ics）…"))
        self.ics_button.clicked.connect(self.export_ics)
        open_button = QPushButton(self.tr("打开所选记录"))
        open_button.clicked.connect(lambda: self._activated(self.reminder_tree.currentItem()))
        reminder_box = QGroupBox(self.tr("待办提醒（公示 7 日内届满、长期使用权 180 日内到期、专利年费 90 日内及滞纳期、年度报告、试点节点）"))
        rb = QVBoxLayout(reminder_box)
        rb.addWidget(self.reminder_summary)
        rb.addWidget(self.reminder_tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        rb.addLayout(buttons)

        top = QHBoxLayout()
        top.addWidget(counts_box, 3)
        top.addWidget(chart_box, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._build_holiday_box())
        layout.addWidget(reminder_box, 1)
        self.refresh()

    def _build_holiday_box(self) -> QGroupBox:
        """The missing State Council notice for the coming year, and the publicities whose end date
        moved (or was kept) when holiday data changed (R4, 民法典第二百零三条)."""
        box = QGroupBox(self.tr("节假日安排与公示届满日"))
        box.setObjectName("holiday_box")
        lay = QVBoxLayout(box)
        self.holiday_warning = QLabel()
        self.holiday_warning.setObjectName("holiday_warning")
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setStyleSheet("color:#b05000")
        self.moved_tree = QTreeWidget()
        self.moved_tree.setObjectName("moved_ends")
        self.moved_tree.setRootIsDecorated(False)
        self.moved_tree.setHeaderLabels([self.tr("公示"), self.tr("原届满日"), self.tr("现届满日"), self.tr("说明")])
        self.moved_tree.setMaximumHeight(130)
        self.moved_seen_button = QPushButton(self.tr("已知悉，不再列出"))
        self.moved_seen_button.clicked.connect(self.acknowledge_moved_ends)
        lay.addWidget(self.holiday_warning)
        lay.addWidget(self.moved_tree)
        lay.addWidget(self.moved_seen_button, 0, Qt.AlignmentFlag.AlignRight)
        self.holiday_box = box
        return box

    def _fill_holidays(self) -> None:
        from ..storage import holidays as hol

        warning = d.current_calendar().missing_schedule_warning(self.day())
        self.holiday_warning.setText(warning)
        self.holiday_warning.setVisible(bool(warning))
        self.moved = hol.moved_ends(self.db)
        self.moved_tree.clear()
        for m in self.moved:
            QTreeWidgetItem(self.moved_tree, [m["title"], m["old_end"], m["new_end"], m["message"]])
        self.moved_tree.setVisible(bool(self.moved))
        self.moved_seen_button.setVisible(bool(self.moved))
        self.holiday_box.setVisible(bool(warning or self.moved))

    def acknowledge_moved_ends(self) -> None:
        from ..storage import holidays as hol

        hol.mark_seen(self.db, [m["id"] for m in getattr(self, "moved", [])])
        self._fill_holidays()

    def day(self) -> date:
        return self.today or clock.today()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._pending:
            self.refresh()

    def refresh(self) -> None:
        """Recount when shown, unless nothing changed since the last time (same day, same data).
        While hidden (the window not shown yet, another section open) this waits for the page
        to be shown, so it never delays start-up or another page."""
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        stamp = (self.day(), *overview.data_stamp(self.db))
        if stamp == getattr(self, "_stamp", None):
            return
        self._stamp = stamp
        self._fill_counts()
        self.chart.set_data(repo.yearly_activity(self.db, today=self.day()))
        self._fill_holidays()
        self._fill_reminders()

    def _fill_counts(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        counts = repo.tag_counts(self.db)
        total = sum(counts["status"].values())
        running = overview.running_publicity_count(self.db)
        groups = [
            (self.tr("总计"), [("achievements", self.tr("成果总数"), total), ("running_publicities", self.tr("公示中"), running)]),
            (self.tr("属性（1-2 第五条）"), [(f"attribute_{m.value}", label_text(m.label), counts["attribute"].get(m.value, 0)) for m in d.Attribute]),
            (self.tr("阶段（1-2 第八条、第九条）"), [(f"stage_{m.value}", label_text(m.label), counts["stage"].get(m.value, 0)) for m in d.Stage]),
            (self.tr("转化状态（1-2 第七条）"),
             [(f"transfer_{m.value}", label_text(m.label), counts["transfer_status"].get(m.value, 0)) for m in d.TransferStatus]),
            (self.tr("状态"), [(f"status_{m.value}", label_text(m.label), counts["status"].get(m.value, 0)) for m in d.AchievementStatus]),
        ]
        for row, (title, items) in enumerate(groups):
            heading = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(heading, row, 0)
            for col, (key, label, value) in enumerate(items):
                cell = QLabel(f"{label}")
                cell.setStyleSheet("color: #555;")
                number = QLabel(str(value))
                number.setObjectName(f"count_{key}")
                number.setStyleSheet("font-size: 15px; font-weight: bold;")
                self.grid.addWidget(cell, row, 1 + col * 2)
                self.grid.addWidget(number, row, 2 + col * 2)

    GROUP_ORDER = ("publicity_end", "use_right_expiry", "use_right_term", "annual_report", "pilot_rules", "pilot_end", "annuity")
    COLLAPSE_ABOVE = 30

    def _fill_reminders(self) -> None:
        """One group per kind, soonest due first; a long group (annual fees) starts collapsed."""
        today = self.day()
        self.reminders = collect_reminders(self.db, today)
        tree = self.reminder_tree
        tree.setUpdatesEnabled(False)
        tree.clear()
        groups: dict[str, list[int]] = {}
        for n, r in enumerate(self.reminders):
            groups.setdefault(r.kind, []).append(n)
        for members in groups.values():
            members.sort(key=lambda n: self.reminders[n].due)
        # the group with the soonest due date first, whatever its kind (a fee due today above next
        # year's report); the fixed order only breaks ties
        for kind in sorted(groups, key=lambda k: (self.reminders[groups[k][0]].due,
                                                  self.GROUP_ORDER.index(k) if k in self.GROUP_ORDER else 99)):
            members = groups[kind]
            first = self.reminders[members[0]]
            parent = QTreeWidgetItem([first.due.isoformat(), "", self.tr(first.label), self.tr("{0} 项").format(len(members)),  # i18n: dynamic
                                      first.article])
            parent.setForeground(2, QColor(KIND_COLORS.get(kind, "#000")))
            bold = parent.font(2)
            bold.setBold(True)
            for col in range(5):
                parent.setFont(col, bold)
            parent.setData(0, Qt.ItemDataRole.UserRole, -1)
            parent.setData(1, Qt.ItemDataRole.UserRole, members)
            tree.addTopLevelItem(parent)
            if len(members) <= self.COLLAPSE_ABOVE:
                self._populate(parent)
                parent.setExpanded(True)
            else:  # a long group (annual fees at a large unit) gets its rows when opened
                parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        tree.setUpdatesEnabled(True)
        summary = self.tr("；").join(self.tr("{0} {1} 项").format(self.tr(self.reminders[m[0]].label), len(m))  # i18n: dynamic
                                     for m in groups.values()) or self.tr("暂无需要处理的事项")
        self.reminder_summary.setText(self.tr("共 {0} 项：{1}。双击打开对应记录。").format(len(self.reminders), summary))

    def _populate(self, parent: QTreeWidgetItem) -> None:
        """Create the rows of a group the first time it is expanded."""
        if parent.childCount() or parent.data(0, Qt.ItemDataRole.UserRole) != -1:
            return
        today = self.day()
        children = []
        for n in parent.data(1, Qt.ItemDataRole.UserRole) or []:
            r = self.reminders[n]
            left = r.days_left(today)
            title, detail = (r.fill(self.tr(template)) for template in MESSAGES[r.kind])  # i18n: dynamic
            item = QTreeWidgetItem([r.due.isoformat(), self.tr("今天") if left == 0 else self.tr("{0} 天").format(left),
                                    self.tr(r.label), title, r.article])  # i18n: dynamic
            item.setToolTip(3, f"{title}\n{detail}\n{self.tr('依据：{0}').format(r.article)}")
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            children.append(item)
        parent.addChildren(children)

    def reminder_items(self) -> list[QTreeWidgetItem]:
        """The reminder rows (not the group headings)."""
        result = []
        for i in range(self.reminder_tree.topLevelItemCount()):
            group = self.reminder_tree.topLevelItem(i)
            result += [group.child(j) for j in range(group.childCount())]
        return result

    def _activated(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is None or item.data(0, Qt.ItemDataRole.UserRole) < 0:
            if item is not None:
                item.setExpanded(not item.isExpanded())
            return
        self.openRecord.emit(self.reminders[item.data(0, Qt.ItemDataRole.UserRole)])

    def export_ics(self, path: Path | None = None) -> Path | None:
        if path is None:
            name = save_file_name(self, self.tr("导出提醒"), self.tr("科技成果转化提醒-{0}.ics").format(self.day().isoformat()),
                                                  self.tr("日历文件 (*.ics)"))
            if not name:
                return None
            path = Path(name)
        if output_refused(self, path, self.db.path):
            return None
        try:
            write_ics(path, self.reminders, now=datetime.now())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入 {0}：{1}").format(path, exc))
            return None
        return path


def open_reminder(win, reminder: Reminder) -> None:
    """Open the record a reminder is about: the deal, the achievement's detail, or the settings/report section."""
    if reminder.record.startswith("deal:"):
        win.show_section("deals").select_deal(int(reminder.record.split(":", 1)[1]))
    elif reminder.achievement_id is not None:
        ledger_page = win.show_section("ledger")
        tab = "publicities" if reminder.kind == "publicity_end" else ("legal" if reminder.kind == "annuity" else None)
        ledger_page.open_detail(reminder.achievement_id, tab=tab)
    elif reminder.record in ("settings", "report"):
        win.show_section(reminder.record)


def build_dashboard(win) -> DashboardPage:
    """Factory for the 'dashboard' section of the main window."""
    return DashboardPage(win.db, open_record=lambda reminder: open_reminder(win, reminder))
