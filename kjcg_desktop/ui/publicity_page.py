"""公示 — every publicity (grant, abandonment, negotiated price, related party, reward) with its
start, nominal and actual end date (R4: 民法典第二百零一条、第二百零三条), days left and objections.
A publicity cannot be closed before its end date; closing it moves the linked application on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..storage import overview
from ..storage import publicities as pubs
from ..storage.db import Database
from .date_input import DateInput
from .decision_dialog import DecisionDialog
from .i18n import current_language, label_text
from .rows_model import RowsModel, RowsTable, select_row_id, selected_row_id

COLUMNS = [QT_TRANSLATE_NOOP("PublicityPage", "类型"), QT_TRANSLATE_NOOP("PublicityPage", "标题"), QT_TRANSLATE_NOOP("PublicityPage", "开始日期"), QT_TRANSLATE_NOOP("PublicityPage", "公示期"), QT_TRANSLATE_NOOP("PublicityPage", "名义届满"), QT_TRANSLATE_NOOP("PublicityPage", "届满日"), QT_TRANSLATE_NOOP("PublicityPage", "剩余天数"), QT_TRANSLATE_NOOP("PublicityPage", "状态"), QT_TRANSLATE_NOOP("PublicityPage", "异议"), QT_TRANSLATE_NOOP("PublicityPage", "提示")]
OBJECTION_COLUMNS = [QT_TRANSLATE_NOOP("PublicityPage", "提出人"), QT_TRANSLATE_NOOP("PublicityPage", "提出日期"), QT_TRANSLATE_NOOP("PublicityPage", "异议内容"), QT_TRANSLATE_NOOP("PublicityPage", "处理结果"), QT_TRANSLATE_NOOP("PublicityPage", "处理日期")]


class ObjectionDialog(QDialog):
    """Record an objection: who, when, what."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记异议"))
        form = QFormLayout(self)
        self.raised_by = QLineEdit()
        self.raised_on = DateInput(today)
        self.content = QPlainTextEdit()
        form.addRow(self.tr("提出人"), self.raised_by)
        form.addRow(self.tr("提出日期"), self.raised_on)
        form.addRow(self.tr("异议内容"), self.content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class ResolveDialog(QDialog):
    """Record the outcome of an objection."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("处理异议"))
        form = QFormLayout(self)
        self.outcome = QPlainTextEdit()
        self.upheld = QCheckBox(self.tr("异议成立"))
        self.resolved_on = DateInput(today)
        form.addRow(self.tr("处理结果"), self.outcome)
        form.addRow("", self.upheld)
        form.addRow(self.tr("处理日期"), self.resolved_on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


class PublicityPage(QWidget):
    def __init__(self, db: Database, *, today: Callable[[], date] = clock.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rows: list[dict] = []
        self.objections: list[dict] = []
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("公示期自公示次日起算；届满日遇休息日或法定节假日顺延至下一个工作日；届满日 24:00 期满，"
                      "次日起方可结束公示、认定自动放弃或签约（民法典第二百零一条至第二百零四条）。"
                      "赋权公示不少于15日（方案二(一)、方案二(二)）。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.holiday_warning = QLabel()
        self.holiday_warning.setObjectName("holiday_warning")
        self.holiday_warning.setWordWrap(True)
        self.holiday_warning.setStyleSheet("color: #b05000;")
        layout.addWidget(self.holiday_warning)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = RowsModel([self.tr(h) for h in COLUMNS], self)  # i18n: dynamic
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        splitter.addWidget(self.table)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.close_button = QPushButton(self.tr("结束公示"))
        self.objection_button = QPushButton(self.tr("登记异议"))
        self.resolve_button = QPushButton(self.tr("处理异议"))
        self.close_button.clicked.connect(self.close_selected)
        self.objection_button.clicked.connect(lambda: self.open_objection_dialog())
        self.resolve_button.clicked.connect(lambda: self.open_resolve_dialog())
        for b in (self.close_button, self.objection_button, self.resolve_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        ll.addWidget(self.detail)
        ll.addLayout(bar)
        self.objection_table = RowsTable([self.tr(h) for h in OBJECTION_COLUMNS])  # i18n: dynamic
        self.objection_table.selection_changed.connect(self._update_buttons)
        ll.addWidget(self.objection_table)
        splitter.addWidget(lower)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        """List the publicities again, unless nothing changed since the last time (same day, same data,
        same language)."""
        today = self.today()
        stamp = (today, current_language(), *overview.data_stamp(self.db))
        if stamp == getattr(self, "_stamp", None):
            return
        self._stamp = stamp
        selected = self.selected_id()
        warning = d.current_calendar().missing_schedule_warning(today)
        self.holiday_warning.setText(warning)
        self.holiday_warning.setVisible(bool(warning))
        self.rows = pubs.list_publicities(self.db)
        shifted_hint, over_hint = self.tr("遇休息日或法定节假日顺延"), self.tr("已届满，可结束公示")
        unit = {True: self.tr("个工作日"), False: self.tr("日")}
        kind_labels = {k.value: label_text(k.label) for k in d.PublicityKind}
        state_labels = {s.value: label_text(s.label) for s in d.PublicityState}
        rows = self.rows

        def texts(r: int) -> tuple[list[str], list[int]]:
            """Row ``r``'s texts (its window computed when the table first shows or sizes it)."""
            row = rows[r]
            window = pubs.window_of(row)
            running = row["state"] == "running"
            left = window.days_left(today) if running else None
            hints = []
            if window.shifted:
                hints.append(shifted_hint)
            if window.warning:
                hints.append(window.warning)
            if running and window.is_over(today):
                hints.append(over_hint)
            elif running:
                hints.append(window.message)
            return [
                kind_labels[row["kind"]], row["title"], row["start_date"],
                f"{row['days']}{unit[bool(row['working_days'])]}", window.nominal_end.isoformat(),
                window.end.isoformat(), "" if left is None else str(left), state_labels[row["state"]],
                str(row["objections"]), "；".join(hints),
            ], ([len(COLUMNS) - 1] if window.warning else [])

        self.model.set_rows_lazily([row["id"] for row in rows], texts)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected)
        self.show_selected()

    def select(self, pub_id: int) -> None:
        select_row_id(self.table, self.model, pub_id)

    def selected_id(self) -> int | None:
        return selected_row_id(self.table, self.model)

    def selected(self) -> dict | None:
        pub_id = self.selected_id()
        return next((r for r in self.rows if r["id"] == pub_id), None)

    def show_selected(self) -> None:
        row = self.selected()
        self.objections = pubs.objections_of(self.db, row["id"]) if row else []
        table_rows = []
        for o in self.objections:
            outcome = o["outcome"] or self.tr("待处理")
            if o["upheld"] is not None and o["outcome"]:
                outcome += self.tr("（异议成立）") if o["upheld"] else self.tr("（异议不成立）")
            table_rows.append((o["id"], [o["raised_by"], o["raised_on"], o["content"], outcome, o["resolved_on"] or ""]))
        self.objection_table.set_rows(table_rows)
        if row is None:
            self.detail.setText("")
        else:
            window = pubs.window_of(row)
            text = self.tr("<b>{0}</b>：{1} 起公示 {2}{3}，名义届满日 {4}，届满日 <b>{5}</b>（依据：{6}；{7}）").format(
                row['title'], row['start_date'], row['days'], self.tr('个工作日') if row['working_days'] else self.tr('日'),
                window.nominal_end.isoformat(), window.end.isoformat(), label_text(pubs.KIND_ARTICLE[row['kind']]),
                label_text(d.publicity.ARTICLE_COUNTING))
            if window.warning:
                text += f"<br><span style='color:#b05000'>{window.warning}</span>"
            self.detail.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        running = row is not None and row["state"] == "running"
        over = running and pubs.window_of(row).is_over(self.today())
        self.close_button.setEnabled(bool(over))
        if running and not over:
            self.close_button.setToolTip(f"{pubs.window_of(row).message}（{d.publicity.ARTICLE_END_OF_DAY}）")
        else:
            self.close_button.setToolTip("")
        self.objection_button.setEnabled(running)
        obj = self.selected_objection()
        self.resolve_button.setEnabled(obj is not None and not obj["outcome"])

    def selected_objection(self) -> dict | None:
        rows = self.objection_table.selectionModel().selectedRows() if self.objection_table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.objections[index] if index < len(self.objections) else None

    # -- actions ---------------------------------------------------------------------------------
    @staticmethod
    def owner_of(row: dict) -> tuple[str, int] | None:
        """The application or deal whose decision closing this publicity is (None: a publicity of its own)."""
        if row.get("application_id") is not None:
            return "application", int(row["application_id"])
        if row.get("deal_id") is not None:
            return "deal", int(row["deal_id"])
        return None

    def close_selected(self) -> bool:
        """Close the publicity: for an application's or a deal's publicity through the decision's
        confirmation (date, body, person, opinion; 1-1 第六条、第八条)."""
        row = self.selected()
        if row is None:
            return False
        owner = self.owner_of(row)
        try:
            if owner is None:
                pubs.close_publicity(self.db, row["id"], self.today())
            else:
                dialog = DecisionDialog(self.db, *owner, "close-publicity", today=self.today(), parent=self,
                                        prepare=lambda entry: setattr(entry, "publicity_id", row["id"]))
                if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                    return False
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("不能结束公示"), str(exc))
            return False
        self.refresh()
        return True

    def open_objection_dialog(self) -> ObjectionDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ObjectionDialog(self.today(), self)
        dialog.buttons.accepted.connect(lambda: self._save_objection(dialog, row["id"]))
        dialog.open()
        return dialog

    def _save_objection(self, dialog: ObjectionDialog, pub_id: int) -> None:
        try:
            pubs.add_objection(self.db, pub_id, dialog.raised_by.text().strip(), dialog.raised_on.require(self.tr("提出日期")),
                               dialog.content.toPlainText().strip())
        except d.DomainError as exc:
            QMessageBox.warning(dialog, self.tr("无法登记异议"), str(exc))
            return
        dialog.accept()
        self.refresh()

    def open_resolve_dialog(self) -> QDialog | None:
        """Record an objection's outcome; for an application's or a deal's publicity it is a decision
        (1-1 第六条(七)) confirmed with its date, body, person and the outcome as the opinion."""
        obj = self.selected_objection()
        row = self.selected()
        if obj is None or row is None:
            return None
        owner = self.owner_of(row)
        if owner is None:
            dialog: QDialog = ResolveDialog(self.today(), self)
            dialog.buttons.accepted.connect(lambda: self._save_resolution(dialog, obj["id"]))
            dialog.open()
            return dialog
        upheld = QCheckBox(self.tr("异议成立"))

        def prepare(entry) -> None:
            entry.objection_id, entry.upheld = obj["id"], upheld.isChecked()

        decision = DecisionDialog(self.db, *owner, "decide-objection", today=self.today(), parent=self, prepare=prepare)
        decision.add_row("", upheld)
        decision.upheld = upheld  # type: ignore[attr-defined]
        decision.finished.connect(lambda _r: self.refresh())
        decision.open()
        return decision

    def _save_resolution(self, dialog: ResolveDialog, obj_id: int) -> None:
        outcome = dialog.outcome.toPlainText().strip()
        if not outcome:
            QMessageBox.warning(dialog, self.tr("无法保存"), self.tr("请填写处理结果"))
            return
        try:
            resolved_on = dialog.resolved_on.require(self.tr("处理日期"))
        except d.DomainError as exc:
            QMessageBox.warning(dialog, self.tr("无法保存"), str(exc))
            return
        pubs.resolve_objection(self.db, obj_id, outcome, dialog.upheld.isChecked(), resolved_on)
        dialog.accept()
        self.refresh()
