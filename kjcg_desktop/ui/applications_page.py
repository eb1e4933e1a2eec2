"""赋权申请 — every application with its state and batch; new wizards, resuming drafts, and the
state-machine actions (each enabled only when the state machine allows it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..forms_engine import FormDef
from ..services import decisions
from ..services import wizard_flows as flows
from ..services.forms import load_forms_lenient
from ..storage import applications as apps
from ..storage import batches as batch_repo
from ..storage import overview
from ..storage import wizard_targets as targets
from ..storage.db import Database
from ..storage.settings import Settings
from .date_input import DateInput
from .decision_dialog import DecisionDialog, ReverseDialog
from .form_dialogs import FormDialog
from .i18n import current_language, label_text
from .rows_model import RowsModel, RowsTable, select_row_id, selected_row_id
from .wizard import FormWizard

# the page's decision buttons → the decision steps (domain/decisions.py) whose confirmation they open
DECISION_STEPS = {"approve": "approve", "reject": "reject", "start_publicity": "start-publicity", "sign_agreement": "sign",
                  "make_effective": "effective"}
COLUMNS = [("number", QT_TRANSLATE_NOOP("ApplicationsPage", "编号")), ("kind", QT_TRANSLATE_NOOP("ApplicationsPage", "类型")), ("title", QT_TRANSLATE_NOOP("ApplicationsPage", "标题")), ("batch", QT_TRANSLATE_NOOP("ApplicationsPage", "批次（截止）")), ("state", QT_TRANSLATE_NOOP("ApplicationsPage", "状态")),
           ("updated_at", QT_TRANSLATE_NOOP("ApplicationsPage", "更新时间"))]


class TargetDialog(QDialog):
    """Choose what a wizard is started on (an achievement, or a use right to extend)."""

    def __init__(self, title: str, rows: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入名称或编号筛选"))
        self.combo = QComboBox()
        self.rows = rows
        self.filter.textChanged.connect(self._fill)
        layout.addWidget(self.filter)
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 120)
        self._fill()

    def _fill(self) -> None:
        text = self.filter.text().strip()
        self.combo.clear()
        for row_id, label in self.rows:
            if not text or text in label:
                self.combo.addItem(label, row_id)

    def chosen(self) -> int | None:
        return self.combo.currentData()


class BatchDialog(QDialog):
    """The grant batches (第N批赋权) with their deadlines; add a new one."""

    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("赋权批次"))
        layout = QVBoxLayout(self)
        self.table = RowsTable([self.tr("批次"), self.tr("截止日期"), self.tr("申请数")], right=(2,))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.name = QLineEdit(batch_repo.next_batch_name(db))
        self.deadline = DateInput(today + timedelta(days=30))
        self.add_button = QPushButton(self.tr("新增批次"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(QLabel(self.tr("名称")))
        row.addWidget(self.name)
        row.addWidget(QLabel(self.tr("截止")))
        row.addWidget(self.deadline)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(520, 360)
        self.refresh()

    def refresh(self) -> None:
        rows = batch_repo.list_batches(self.db)
        self.table.set_rows([(b["id"], [b["name"], b["deadline"] or "", str(b["applications"])]) for b in rows])

    def add(self) -> None:
        try:
            batch_repo.create_batch(self.db, self.name.text(), self.deadline.require(self.tr("截止日期")))
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("无法新增批次"), str(exc))
            return
        self.name.setText(batch_repo.next_batch_name(self.db))
        self.refresh()


class ApplicationsPage(QWidget):
    def __init__(self, db: Database, *, forms: dict[str, FormDef] | None = None, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.form_errors: list = []
        if forms is None:
            forms, self.form_errors = load_forms_lenient()
        self.forms = forms
        self.wizards: list[FormWizard] = []
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("新建申请"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        kinds = [k.value for k in d.ApplicationKind]
        wizard_forms = [f for f in self.forms.values() if f.kind in kinds]  # "achievement" forms are edit dialogs
        for form in sorted(wizard_forms, key=lambda f: kinds.index(f.kind)):
            action = menu.addAction(form.title)
            action.triggered.connect(lambda _=False, fid=form.id: self.new_wizard(fid))
        self.new_button.setMenu(menu)
        bar.addWidget(self.new_button)
        self.resume_button = QPushButton(self.tr("继续填写草稿"))
        self.resume_button.clicked.connect(lambda: self.resume())
        self.view_button = QPushButton(self.tr("查看/修改"))
        self.view_button.clicked.connect(lambda: self.view())
        self.batch_button = QPushButton(self.tr("批次管理"))
        self.batch_button.clicked.connect(self.open_batches)
        bar.addWidget(self.resume_button)
        bar.addWidget(self.view_button)
        bar.addWidget(self.batch_button)
        bar.addStretch(1)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部类型"), None)
        for kind in d.ApplicationKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("全部状态"), None)
        for state in d.ApplicationState:
            self.state_filter.addItem(state.label, state.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、标题、批次"))
        self.search.setClearButtonEnabled(True)
        for w in (self.kind_filter, self.state_filter):
            w.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.state_filter)
        bar.addWidget(self.search)
        layout.addLayout(bar)
        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for action in flows.PAGE_ACTIONS:
            button = QPushButton(label_text(flows.ACTION_LABELS[action]))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.action_buttons[action] = button
            actions.addWidget(button)
        self.reverse_button = QPushButton(self.tr("撤销决定…"))
        self.reverse_button.setObjectName("reverse_decision")
        self.reverse_button.clicked.connect(lambda: self.reverse_decision())
        actions.addWidget(self.reverse_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        if self.form_errors:
            warn = QLabel(self.tr("以下表单定义有误，已停用：\n") + "\n".join(str(e) for e in self.form_errors))
            warn.setStyleSheet("color: #b00020;")
            warn.setWordWrap(True)
            layout.addWidget(warn)
        self.model = RowsModel([self.tr(h) for _, h in COLUMNS], self)  # i18n: dynamic
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.resume() if self._selected_state() == "draft" else self.view())
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.rows: list[dict] = []
        self.by_id: dict[int, dict] = {}
        self.refresh()

    # -- list ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the applications again, unless nothing changed since the last time (data, filters, day and
        language)."""
        stamp = (self.kind_filter.currentData(), self.state_filter.currentData(), self.search.text().strip(),
                 clock.today(), current_language(), *overview.data_stamp(self.db))
        if stamp == getattr(self, "_stamp", None):
            self.update_buttons()
            return
        self._stamp = stamp
        selected = self.selected_id()
        self.rows = apps.list_applications(self.db)
        self.by_id = {row["id"]: row for row in self.rows}
        kind, state, text = self.kind_filter.currentData(), self.state_filter.currentData(), self.search.text().strip()
        shown = []
        for row in self.rows:
            if (kind and row["kind"] != kind) or (state and row["state"] != state):
                continue
            if text and not any(text in (row.get(k) or "") for k in ("number", "title", "batch_name", "achievement_name")):
                continue
            shown.append(row)

        def texts(r: int) -> tuple[list[str], list[int]]:
            row = shown[r]
            batch = row.get("batch_name") or ""
            if batch and row.get("batch_deadline"):
                batch += f"（{row['batch_deadline']}）"
            cells = {"number": row["number"] or "", "kind": label_text(d.ApplicationKind(row["kind"]).label), "title": row["title"] or "",
                     "batch": batch, "state": label_text(d.ApplicationState(row["state"]).label), "updated_at": clock.display_time(row.get("updated_at"))}
            return [cells[key] for key, _ in COLUMNS], []

        self.model.set_rows_lazily([row["id"] for row in shown], texts)  # texts made as the table shows them
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected)
        self.update_buttons()

    def select(self, app_id: int) -> None:
        select_row_id(self.table, self.model, app_id)

    def selected_id(self) -> int | None:
        return selected_row_id(self.table, self.model) if hasattr(self, "table") else None

    def _selected_row(self) -> dict | None:
        app_id = self.selected_id()
        return self.by_id.get(app_id) if app_id is not None else None

    def _selected_state(self) -> str | None:
        row = self._selected_row()
        return row["state"] if row else None

    def update_buttons(self) -> None:
        row = self._selected_row()
        for action, button in self.action_buttons.items():
            if row is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("请先选择一条申请"))
                continue
            found = next(a for a in flows.actions_for(row) if a.action == action)
            button.setEnabled(found.enabled)
            button.setToolTip(found.reason or f"{found.label}（{d.workflow.ARTICLE_PROCEDURE}）")
        self.resume_button.setEnabled(row is not None and row["state"] == "draft" and self._form_for(row["kind"]) is not None)
        found = decisions.reversible(self.db, "application", row["id"], today=self.today()) if row else None
        self.reverse_button.setEnabled(bool(found and found.decision is not None))
        self.reverse_button.setToolTip(found.problem if found and found.problem else
                                       self.tr("以撤销记录更正误操作的决定，须填写理由（1-1 第八条）"))
        self.view_button.setEnabled(row is not None and self._form_for(row["kind"]) is not None)

    def _form_for(self, kind: str) -> FormDef | None:
        return next((f for f in self.forms.values() if f.kind == kind), None)

    # -- wizards ---------------------------------------------------------------------------------
    def choose_target(self, form: FormDef) -> dict | None:
        """Ask what the wizard is for; returns start_draft keyword arguments, or None if cancelled."""
        if not form.target:
            return {}
        if form.target == "use_right":
            rows = [(r["id"], self.tr("{0} {1}（到期 {2}）").format(r['number'], r['achievement_name'] or '', r['end_date'] or self.tr('未定')))
                    for r in targets.effective_use_rights(self.db)]
            key = "parent_id"
        else:
            rows = [(r["id"], f"{r['ledger_no'] or self.tr('未登记')} {r['name']}（{r['department'] or ''}）")
                    for r in targets.achievements_with_status(self.db, form.target)]
            key = "achievement_id"
        label = label_text(flows.TARGET_LABELS[form.target]) if form.target in flows.TARGET_LABELS else self.tr("对象")
        if not rows:
            QMessageBox.information(self, form.title, self.tr("没有{0}。").format(label))
            return None
        dialog = TargetDialog(self.tr("{0}：选择{1}").format(form.title, label), rows, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        return {key: dialog.chosen()}

    def new_wizard(self, form_id: str, **target) -> FormWizard | None:
        form = self.forms[form_id]
        if not target:
            chosen = self.choose_target(form)
            if chosen is None:
                return None
            target = chosen
        existing = targets.draft_for(self.db, form.kind, **target)
        if existing is not None:  # one draft per achievement and kind: carry on with it
            self.status.setText(self.tr("已有未完成的草稿，继续填写（{0}）").format(apps.get_application(self.db, existing)['number']))
            self.select(existing)
            return self.resume(existing)
        try:
            app_id = flows.start_draft(self.db, form, today=self.today(), **target)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("无法新建"), str(exc))
            return None
        self.refresh()
        self.select(app_id)
        return self.open_wizard(form, app_id)

    def open_wizard(self, form: FormDef, app_id: int) -> FormWizard:
        wizard = FormWizard(self.db, form, app_id, today=self.today, parent=self)
        wizard.setWindowFlag(Qt.WindowType.Window, True)
        wizard.finished.connect(lambda _r, w=wizard: self._wizard_closed(w))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.wizards.append(wizard)
        wizard.show()
        return wizard

    def _wizard_closed(self, wizard: FormWizard) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)
        self.refresh()

    def resume(self, app_id: int | None = None) -> FormWizard | None:
        app_id = app_id or self.selected_id()
        if app_id is None:
            return None
        app = apps.get_application(self.db, app_id)
        form = self._form_for(app["kind"])
        if app["state"] != "draft" or form is None:
            return None
        for w in self.wizards:
            if w.app_id == app_id:
                w.raise_()
                return w
        return self.open_wizard(form, app_id)

    def view(self, app_id: int | None = None) -> FormDialog | None:
        app_id = app_id or self.selected_id()
        if app_id is None:
            return None
        app = apps.get_application(self.db, app_id)
        form = self._form_for(app["kind"])
        if form is None:
            return None
        dialog = FormDialog(self.db, form, app_id, read_only=app["state"] != "submitted", parent=self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_batches(self) -> BatchDialog:
        dialog = BatchDialog(self.db, self.today(), self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # -- actions ---------------------------------------------------------------------------------
    def ask_text(self, title: str, label: str) -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label)

    def submit(self, app_id: int) -> bool:
        """Submit a draft whose answers are complete; otherwise say what is missing and open the
        wizard on the page with the problem."""
        app = apps.get_application(self.db, app_id)
        form = self._form_for(app["kind"])
        if form is None:
            return False
        try:
            flows.finish(self.db, form, app_id, app["form"], today=self.today())
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("无法提交"), self.tr("{0}\n请在向导中补充后提交。").format(exc))
            page = next((i for i, p in enumerate(form.pages) if exc.field in {f.key for f in p.fields} or exc.field == p.id), None)
            if page is not None:
                apps.save_draft(self.db, app_id, app["form"], page)
            self.resume(app_id)
            return False
        self.status.setText(self.tr("{0}：已提交").format(app['number']))
        self.refresh()
        return True

    def run_action(self, action: str) -> bool:
        row = self._selected_row()
        if row is None:
            return False
        if action == "submit":
            return self.submit(row["id"])
        if action in DECISION_STEPS:
            return self.decide(row, DECISION_STEPS[action])
        note, ok = self.ask_text(label_text(flows.ACTION_LABELS[action]), self.tr("请填写理由："))
        if not ok:
            return False
        try:
            flows.perform(self.db, row["id"], action, on=self.today(), note=note or None)
        except d.DomainError as exc:
            QMessageBox.warning(self, self.tr("无法执行"), str(exc))
            return False
        self.status.setText(self.tr("{0}：{1}完成").format(row['number'], label_text(flows.ACTION_LABELS[action])))
        self.refresh()
        return True

    def decide(self, row: dict, step: str) -> bool:
        """Open the decision's confirmation (date, body, person, opinion, paper); recorded on OK."""
        dialog = DecisionDialog(self.db, "application", row["id"], step, today=self.today(), parent=self)
        if step == "start-publicity":
            self._publicity_rows(dialog)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        paper = self.tr("；审批决定可在“文书”页出具（文书类型：审批决定（申请））") if step in ("approve", "reject") else ""
        self.status.setText(dialog.message + paper)
        self._stamp = None
        self.refresh()
        return True

    def _publicity_rows(self, dialog: DecisionDialog) -> None:
        """The publicity's length and both its end dates, updated as the date or the days change (R4;
        方案二(一)(二): never below 15 days; 民法典第二百零一条、第二百零三条)."""
        settings = Settings(self.db)
        working = bool(settings.get("publicity_working_days"))
        days = QSpinBox()
        days.setRange(1, 90)
        days.setValue(int(settings.get("publicity_days") or 15))
        days.setObjectName("publicity_days")
        info = QLabel()
        info.setObjectName("publicity_window")
        info.setWordWrap(True)

        def update() -> None:
            start = dialog.date.date_value()
            try:
                d.check_grant_publicity_days(days.value())
                if start is None:
                    raise d.DomainError(self.tr("请填写公示开始日期（如 2023-03-01）"))
                w = d.publicity_window(start, days.value(), working_days=working)
            except d.DomainError as exc:
                info.setText(f"<span style='color:#b00020'>{exc}</span>")
                return
            text = self.tr("名义届满日 {0}，届满日 {1}").format(w.nominal_end.isoformat(), w.end.isoformat())
            if w.shifted:
                text += self.tr("（遇休息日或法定节假日顺延，民法典第二百零三条）")
            if w.warning:
                text += f"<br><span style='color:#b05000'>{w.warning}</span>"
            info.setText(text)

        dialog.add_row(self.tr("公示期（工作日）") if working else self.tr("公示期（天）"), days)
        dialog.add_row("", info)
        dialog.date.changed.connect(update)
        days.valueChanged.connect(lambda _v: update())
        dialog.prepare = lambda entry: setattr(entry, "days", days.value())
        update()

    def reverse_decision(self) -> bool:
        row = self._selected_row()
        if row is None:
            return False
        dialog = ReverseDialog(self.db, "application", row["id"], today=self.today(), parent=self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.status.setText(dialog.message)
        self._stamp = None
        self.refresh()
        return True
