"""The form engine, Qt part: field widgets, wizard pages and plain edit dialogs built from a
definition in ``forms/`` (see :mod:`kjcg_desktop.forms_engine`).

Validation runs the domain rules named in the definition; their Chinese messages appear under the
field, and a page with a problem keeps the Next/Finish button disabled. A wizard autosaves its
answers into its draft application on every page change, on a short timer after each edit and when
its window closes, so it can be resumed later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import clock
from .. import domain as d
from ..forms_engine import (
    FieldDef,
    FieldError,
    FormDef,
    PageDef,
    empty,
    field_visible,
    page_visible,
    validate_form,
    validate_page,
)
from ..services import wizard_flows as flows
from ..storage import applications as apps
from ..storage import overview
from ..storage.attachments import add_attachment, safe_file_name
from ..storage.db import Database
from .date_input import AmountInput, DateInput

EMPTY_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b00020;"
HELP_STYLE = "color: #555;"


class FieldWidget(QWidget):
    """One input of a definition: ``value()``/``set_value()`` in the stored form, ``changed``."""

    changed = Signal()

    def __init__(self, f: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.setObjectName(f"field_{f.key}")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QPlainTextEdit)):
                child.setReadOnly(read_only)
            elif not isinstance(child, QLabel):
                child.setEnabled(not read_only)


class TextField(FieldWidget):
    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(f.placeholder)
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit)
        if f.suffix:
            self.layout_.addWidget(QLabel(f.suffix))

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class IntegerField(TextField):
    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.edit.setValidator(QIntValidator(-10**9, 10**9))

    def value(self) -> Any:
        text = self.edit.text().strip()
        try:
            return int(text)
        except ValueError:
            return None


class MoneyField(FieldWidget):
    """Yuan typed by the user (120万, 1,200,000, ¥1200000 …), stored as integer fen; unreadable
    text is kept so the form names it under the field, and said beside the field at once."""

    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.amount = AmountInput(label=f.label, allow_negative=f.min is None or f.min < 0, unit=f.suffix or "元",
                                  errors_beside=False)
        self.edit = self.amount.edit
        self.edit.setPlaceholderText(f.placeholder or "0.00")
        self.amount.changed.connect(self.changed)
        self.layout_.addWidget(self.amount, 1)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return d.parse_amount_text(text)
        except d.DomainError:
            return text  # named under the field by the form's type check

    def set_value(self, value: Any) -> None:
        self.amount.setText("" if value is None else (str(d.fen_to_yuan(int(value))) if isinstance(value, int) else str(value)))


class MultilineField(FieldWidget):
    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(f.placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(28 + 20 * (f.rows or 3))
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class DateField(FieldWidget):
    """A date typed in any of the office's forms or picked from a calendar (:class:`DateInput`)."""

    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.edit = DateInput(errors_beside=False)
        self.edit.changed.connect(self.changed)
        self.layout_.addWidget(self.edit, 1)

    def value(self) -> Any:
        return self.edit.value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)


class ChoiceField(FieldWidget):
    def __init__(self, f: FieldDef, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(f, parent)
        self.combo = QComboBox()
        empty_text = "— 请选择 —"
        if not choices and f.choices_from == "batches":
            empty_text = "— 尚无受理中的批次，请先在“赋权申请 › 批次管理”中新增 —"
        self.combo.addItem(empty_text, None)
        for value, label in choices:
            self.combo.addItem(label, value)
        self.combo.currentIndexChanged.connect(self.changed)
        self.layout_.addWidget(self.combo, 1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class YesNoField(FieldWidget):
    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        self.yes = QRadioButton("是")
        self.no = QRadioButton("否")
        self.yes.setObjectName(f"yes_{f.key}")
        self.no.setObjectName(f"no_{f.key}")
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.layout_.addWidget(self.yes)
        self.layout_.addWidget(self.no)
        self.layout_.addStretch(1)

    def value(self) -> Any:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)


class PersonRow(QWidget):
    def __init__(self, owner: PeopleField) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText("姓名")
        self.department = QLineEdit()
        self.department.setPlaceholderText("部门")
        self.share = QLineEdit()
        self.share.setPlaceholderText("比例")
        self.share.setMaximumWidth(80)
        self.representative = QRadioButton("代表")
        self.remove = QPushButton("删除")
        owner.rep_group.addButton(self.representative)
        for w in (self.name, self.department, self.share):
            w.textChanged.connect(owner.changed)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.department, 3)
        layout.addWidget(self.share)
        layout.addWidget(QLabel("%"))
        layout.addWidget(self.representative)
        layout.addWidget(self.remove)
        self.remove.clicked.connect(lambda: owner.remove_row(self))


class PeopleField(FieldWidget):
    """A list of people with department, share (%) and one designated representative."""

    def __init__(self, f: FieldDef, parent=None) -> None:
        super().__init__(f, parent)
        column = QVBoxLayout()
        self.layout_.addLayout(column)
        self.layout_ = column
        self.rep_group = QButtonGroup(self)
        self.rep_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.rows: list[PersonRow] = []
        self.rows_box = QVBoxLayout()
        self.layout_.addLayout(self.rows_box)
        bottom = QHBoxLayout()
        self.add_button = QPushButton("添加完成人")
        self.add_button.setObjectName(f"add_{f.key}")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.total = QLabel()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.total)
        self.layout_.addLayout(bottom)
        self.changed.connect(self._update_total)

    def add_row(self, person: dict | None = None) -> PersonRow:
        row = PersonRow(self)
        if person:
            row.name.setText(person.get("name") or "")
            row.department.setText(person.get("department") or "")
            row.share.setText("" if person.get("share") in (None, "") else str(person["share"]))
            row.representative.setChecked(bool(person.get("is_representative")))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: PersonRow) -> None:
        self.rows.remove(row)
        self.rep_group.removeButton(row.representative)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def value(self) -> Any:
        people = []
        for row in self.rows:
            name, dept, share = row.name.text().strip(), row.department.text().strip(), row.share.text().strip()
            if not (name or dept or share):
                continue
            people.append({"name": name, "department": dept, "share": share, "is_representative": row.representative.isChecked()})
        return people or None

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for person in value or []:
            self.add_row(person)
        if not self.rows:
            self.add_row()

    def _update_total(self) -> None:
        total = Decimal(0)
        for p in self.value() or []:
            try:
                total += Decimal(str(p["share"]) or "0")
            except ArithmeticError:
                continue
        self.total.setText(f"合计 {total.normalize():f}%")


class AttachmentField(FieldWidget):
    """Files picked by the user go straight into the attachment store, owned by the draft."""

    def __init__(self, f: FieldDef, store: Callable[[Path, str | None], dict], parent=None) -> None:
        super().__init__(f, parent)
        self.store = store
        self.items: list[dict] = []
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.add_button = QPushButton("添加文件…")
        self.add_button.setObjectName(f"add_{f.key}")
        self.remove_button = QPushButton("移除")
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)

    def pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, f"选择{self.field.label}", "", "所有文件 (*)")
        for p in paths:
            try:
                self.items.append(self.store(Path(p), self.field.kind or self.field.key))
            except (OSError, ValueError) as exc:
                QMessageBox.warning(self, "无法添加附件", f"{Path(p).name}：{exc}")
        self._show()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.items[row]
            self._show()

    def _show(self) -> None:
        self.list.clear()
        for a in self.items:
            self.list.addItem(safe_file_name(a.get("filename", "")))
        self.changed.emit()

    def value(self) -> Any:
        return list(self.items) or None

    def set_value(self, value: Any) -> None:
        self.items = list(value or [])
        self._show()


def store_attachment(db: Database, app_id: int, path: Path, kind: str | None) -> dict:
    """Copy a picked file into the attachment store, owned by the application; the form keeps a
    reference to it."""
    att_id = add_attachment(db, "application", app_id, path, kind=kind)
    row = db.get("attachments", att_id)
    return {"attachment_id": att_id, "filename": row["filename"], "sha256": row["sha256"], "stored_path": row["stored_path"]}


def make_field(f: FieldDef, *, choices: Callable[[str], list[tuple[str, str]]], store: Callable) -> FieldWidget:
    if f.type == "text" or f.type == "percentage":
        return TextField(f)
    if f.type == "integer":
        return IntegerField(f)
    if f.type == "money":
        return MoneyField(f)
    if f.type == "multiline":
        return MultilineField(f)
    if f.type == "date":
        return DateField(f)
    if f.type == "choice":
        return ChoiceField(f, choices(f.choices_from) if f.choices_from else f.choices)
    if f.type == "yesno":
        return YesNoField(f)
    if f.type == "people":
        return PeopleField(f)
    if f.type == "attachment":
        return AttachmentField(f, store)
    raise ValueError(f.type)  # pragma: no cover - rejected by the loader


class FormSection(QWidget):
    """The fields of one page with their help and error lines; shared by wizard pages and dialogs."""

    changed = Signal()

    def __init__(self, form: FormDef, page: PageDef, values: dict, *, choices, store, computed=None,
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.page = page
        self.values = values
        self.computed = computed
        self.touched: set[str] = set()
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, list[QWidget]] = {}
        layout = QVBoxLayout(self)
        if page.help:
            help_label = QLabel(page.help)
            help_label.setWordWrap(True)
            help_label.setObjectName("page_help")
            help_label.setStyleSheet("background: #eef4fb; border: 1px solid #c8d8ea; padding: 6px;")
            layout.addWidget(help_label)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form_layout)
        for f in page.fields:
            widget = make_field(f, choices=choices, store=store)
            try:
                widget.set_value(values.get(f.key))
            except (TypeError, ValueError, AttributeError):  # a stored answer of another shape: start empty
                widget.set_value(None)
            if not read_only:  # keep the answers in the shape the widgets give them
                shaped = widget.value()
                if shaped is None:
                    values.pop(f.key, None)
                else:
                    values[f.key] = shaped
            widget.setToolTip(f.help)
            if f.readonly or read_only:
                widget.set_read_only(True)
            label = QLabel(f.label + (" *" if f.required else ""))
            label.setWordWrap(True)
            label.setToolTip(f.help)
            if f.type in ("yesno",):
                label.setMinimumWidth(360)
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(widget)
            if f.help and f.type != "yesno":
                hl = QLabel(f.help)
                hl.setWordWrap(True)
                hl.setStyleSheet(HELP_STYLE + " font-size: 11px;")
                col.addWidget(hl)
            err = QLabel()
            err.setObjectName(f"error_{f.key}")
            err.setWordWrap(True)
            err.setStyleSheet(ERROR_STYLE)
            err.hide()
            col.addWidget(err)
            self.form_layout.addRow(label, box)
            self.widgets[f.key] = widget
            self.errors[f.key] = err
            self.rows[f.key] = [label, box]
            widget.changed.connect(lambda k=f.key: self._edited(k))
        # an empty date's calendar opens on the date filled in just above it (项目结束日期 on the
        # start date), else on today
        dates = [w for w in self.widgets.values() if isinstance(w, DateField)]
        for before, after in zip(dates, dates[1:], strict=False):
            after.edit.set_related(before.edit.date_value)
        self.computed_box = QGroupBox("规则计算结果")
        self.computed_layout = QFormLayout(self.computed_box)
        self.computed_box.setVisible(bool(page.computed))
        layout.addWidget(self.computed_box)
        self.page_error = QLabel()
        self.page_error.setObjectName("page_error")
        self.page_error.setWordWrap(True)
        self.page_error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.page_error)
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(HELP_STYLE)
        layout.addWidget(self.missing)
        layout.addStretch(1)
        self.refresh()

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.values[key] = self.widgets[key].value()
        self.refresh()
        self.changed.emit()

    def collect(self) -> None:
        for key, widget in self.widgets.items():
            value = widget.value()
            if value is None:
                self.values.pop(key, None)
            else:
                self.values[key] = value

    def problems(self) -> list[FieldError]:
        return validate_page(self.form, self.page, self.values)

    def refresh(self) -> list[FieldError]:
        """Show/hide fields by their conditions and put each message under its field."""
        for f in self.page.fields:
            visible = field_visible(f, self.values)
            for w in self.rows[f.key]:
                w.setVisible(visible)
        errors = self.problems()
        by_key: dict[str, list[str]] = {}
        for e in errors:
            by_key.setdefault(e.key, []).append(e.message)
        missing = []
        for f in self.page.fields:
            messages = by_key.pop(f.key, [])
            untouched_empty = f.key not in self.touched and empty(self.values.get(f.key))
            label = self.errors[f.key]
            if messages and untouched_empty:
                missing.append(f.label)
                messages = []
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        page_messages = [m for ms in by_key.values() for m in ms]
        self.page_error.setText("\n".join(page_messages))
        self.page_error.setVisible(bool(page_messages))
        self.missing.setText("尚需填写：" + "、".join(missing) if missing else "")
        self.missing.setVisible(bool(missing))
        if self.page.computed and self.computed:
            self._show_computed()
        return errors

    def _show_computed(self) -> None:
        while self.computed_layout.rowCount():
            self.computed_layout.removeRow(0)
        for label, text, article in self.computed(self.page.computed, self.values):
            value = QLabel(f"{text}<br><span style='color:#555'>依据：{article}</span>")
            value.setWordWrap(True)
            value.setObjectName(f"computed_{label}")
            value.setToolTip(f"依据：{article}")
            name = QLabel(label)
            self.computed_layout.addRow(name, value)
            name.show()
            value.show()


class FormPage(QWizardPage):
    def __init__(self, wizard: FormWizard, page: PageDef) -> None:
        super().__init__()
        self.definition = page
        self.setTitle(page.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.section = FormSection(wizard.form, page, wizard.values, choices=wizard.choices, store=wizard.store,
                                   computed=wizard.computed)
        scroll.setWidget(self.section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.section.changed.connect(self.completeChanged)
        self.section.changed.connect(wizard.edited)

    def initializePage(self) -> None:
        self.section.refresh()

    def isComplete(self) -> bool:
        return not self.section.problems()

    def validatePage(self) -> bool:
        self.section.touched.update(self.section.widgets)
        return not self.section.refresh()


class FormWizard(QWizard):
    """A wizard over one definition, bound to its draft application ``app_id``."""

    AUTOSAVE_MS = 1500
    completed = Signal(int)

    def __init__(self, db: Database, form: FormDef, app_id: int, *, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.app_id = app_id
        self.today = today
        self.finished_ok = False
        app = apps.get_application(db, app_id)
        self.achievement_id = app["achievement_id"]
        self.values: dict[str, Any] = dict(app["form"])
        self.setWindowTitle(f"{form.title}（{app['number']}）")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Pages can be skipped by their conditions, so which page is last changes with the answers:
        # keep both buttons in place, each enabled only when it applies.
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setButtonText(QWizard.WizardButton.NextButton, "下一步 >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< 上一步")
        self.setButtonText(QWizard.WizardButton.FinishButton, "完成并提交")
        self.setButtonText(QWizard.WizardButton.CancelButton, "稍后继续")
        self.resize(860, 640)
        self.form_pages: list[FormPage] = []
        for i, page in enumerate(form.pages):
            fp = FormPage(self, page)
            self.setPage(i, fp)
            self.form_pages.append(fp)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_draft)
        self.currentIdChanged.connect(lambda page_id: self.save_draft() if page_id >= 0 else None)
        self.restart()
        self._resume(int(app["form_page"] or 0))

    # -- context for the fields ------------------------------------------------------------
    def choices(self, source: str) -> list[tuple[str, str]]:
        if source == "batches":  # only batches still open (and the one already chosen)
            from ..storage.batches import open_batches

            keep = self.values.get("batch_id")
            rows = open_batches(self.db, self.today(), int(keep) if keep else None)
            return [(str(b["id"]), b["name"] + (f"（截止 {b['deadline']}）" if b["deadline"] else "")) for b in rows]
        return []

    def store(self, path: Path, kind: str | None) -> dict:
        return store_attachment(self.db, self.app_id, path, kind)

    def computed(self, name: str, values: dict) -> list[tuple[str, str, str]]:
        func = flows.COMPUTED.get(name)
        if func is None or self.achievement_id is None:
            return []
        return func(self.db, self.achievement_id, values)

    # -- navigation --------------------------------------------------------------------------
    def nextId(self) -> int:
        i = self.currentId() + 1
        while i < len(self.form.pages) and not page_visible(self.form, self.form.pages[i], self.values):
            i += 1
        return i if i < len(self.form.pages) else -1

    def _resume(self, target: int) -> None:
        while self.currentId() < target and self.currentPage().isComplete() and self.nextId() != -1:
            self.next()

    def edited(self) -> None:
        self.timer.start()
        page = self.currentPage()
        if page is not None:
            # Which page comes next may depend on the answer just given; this makes QWizard
            # recompute it (and the Next/Finish buttons).
            page.setFinalPage(False)

    def page_index(self) -> int:
        return max(self.currentId(), 0)

    def save_draft(self) -> None:
        """Autosave (page change, timer, close). A finished or no longer draft application is left alone."""
        self.timer.stop()
        if self.finished_ok:
            return
        if overview.application_state(self.db, self.app_id) != "draft":
            return
        for p in self.form_pages:
            p.section.collect()
        apps.save_draft(self.db, self.app_id, self.values, self.page_index())

    # -- finishing ---------------------------------------------------------------------------
    def accept(self) -> None:
        for p in self.form_pages:
            p.section.collect()
        try:
            flows.finish(self.db, self.form, self.app_id, self.values, today=self.today())
        except d.DomainError as exc:
            QMessageBox.warning(self, "无法提交", str(exc))
            return
        self.finished_ok = True
        self.completed.emit(self.app_id)
        super().accept()

    def done(self, result: int) -> None:
        if not self.finished_ok:
            self.save_draft()
        super().done(result)

    def closeEvent(self, event) -> None:
        if not self.finished_ok:
            self.save_draft()
        super().closeEvent(event)


class FormDialog(QDialog):
    """A plain dialog over a whole definition (all pages as groups): view, or edit and save.

    Bound to an application (``app_id``: its stored answers, saved back with ``update_form``), or to
    something else: pass ``values``, ``title`` and ``on_save`` (called with the answers; what it
    returns is kept in ``saved_id``; a :class:`DomainError` it raises is shown and the dialog stays
    open), and ``choices`` for the definition's ``choices_from`` sources.
    """

    def __init__(self, db: Database, form: FormDef, app_id: int | None = None, *, read_only: bool = False,
                 values: dict | None = None, title: str | None = None,
                 choices: Callable[[str], list[tuple[str, str]]] | None = None,
                 on_save: Callable[[dict], Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.app_id = app_id
        self.on_save = on_save
        self.saved_id: Any = None
        self._choices_source = choices
        if app_id is not None:
            app = apps.get_application(db, app_id)
            self.values: dict[str, Any] = dict(app["form"])
            title = f"{form.title}（{app['number']}，{d.ApplicationState(app['state']).label}）"
        else:
            self.values = dict(values or {})
        self.setWindowTitle(title or form.title)
        self.resize(820, 680)
        inner = QWidget()
        col = QVBoxLayout(inner)
        self.sections: list[FormSection] = []
        for page in form.pages:
            if not page_visible(form, page, self.values):
                continue
            box = QGroupBox(page.title)
            bl = QVBoxLayout(box)
            section = FormSection(form, page, self.values, choices=self._choices, store=self._store, read_only=read_only)
            section.touched.update(section.widgets)
            section.refresh()
            section.changed.connect(self._check)
            bl.addWidget(section)
            col.addWidget(box)
            self.sections.append(section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close if read_only else
                                   QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        for button, text in ((QDialogButtonBox.StandardButton.Save, "保存"), (QDialogButtonBox.StandardButton.Cancel, "取消"),
                             (QDialogButtonBox.StandardButton.Close, "关闭")):
            if buttons.button(button) is not None:
                buttons.button(button).setText(text)
        self.buttons = buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self._check()

    def widget(self, key: str) -> FieldWidget:
        """The input of field ``key``."""
        return next(s.widgets[key] for s in self.sections if key in s.widgets)

    def _choices(self, source: str) -> list[tuple[str, str]]:
        if self._choices_source is not None:
            return self._choices_source(source)
        if source == "batches":
            from ..storage.batches import list_batches

            return [(str(b["id"]), b["name"]) for b in list_batches(self.db)]
        return []

    def _store(self, path: Path, kind: str | None) -> dict:
        if self.app_id is None:
            raise ValueError("此表单不能添加附件")
        return store_attachment(self.db, self.app_id, path, kind)

    def _check(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not validate_form(self.form, self.values))

    def save(self) -> None:
        for s in self.sections:
            s.collect()
        errors = validate_form(self.form, self.values)
        if errors:
            label = next((f.label for f in self.form.fields() if f.key == errors[0].key), "")
            message = errors[0].message if not label or label in errors[0].message else f"「{label}」：{errors[0].message}"
            QMessageBox.warning(self, "无法保存", message)
            return
        if self.on_save is not None:
            try:
                self.saved_id = self.on_save(dict(self.values))
            except d.DomainError as exc:
                QMessageBox.warning(self, "无法保存", str(exc))
                return
        else:
            apps.update_form(self.db, self.app_id, self.values, article=self.form.article or None)
        self.accept()


def achievement_choice_label(row: Any) -> str:
    return f"{row['ledger_no'] or row['id']} {row['name']}"


class UnboundFormDialog(QDialog):
    """The base of a dialog over one definition that is not bound to a draft application (the deal
    registration, the abandonment request): one :class:`FormSection` per page sharing one answers
    dict, ``choices_from = "achievements"`` with a search box, the pages' computed rows from
    :data:`services.wizard_flows.COMPUTED`, and a problem shown under its field (and in ``error``)
    with its page brought into view. Subclasses lay the sections out, and store the answers."""

    def __init__(self, db: Database, form: FormDef, *, today: Callable[[], date] = clock.today,
                 achievement_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..forms_engine import initial_values

        self.db = db
        self.form = form
        self.today = today
        self.setWindowTitle(form.title)
        self.answers: dict[str, Any] = initial_values(form, flows.resolver(db, today=today()), today())
        if achievement_id is not None:
            self.answers["achievement_id"] = str(achievement_id)
        self.achievement_search = QLineEdit()
        self.achievement_search.setPlaceholderText("输入台账编号或名称查找成果")
        self.sections = [FormSection(form, page, self.answers, choices=self.choices, store=self.store,
                                     computed=self.computed) for page in form.pages]
        self.fields: dict[str, FieldWidget] = {k: w for s in self.sections for k, w in s.widgets.items()}
        self.page_of = {f.key: i for i, p in enumerate(form.pages) for f in p.fields}
        self.page_of.update({p.id: i for i, p in enumerate(form.pages)})
        self.achievement_search.textChanged.connect(self.search_achievements)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

    def section_widget(self, index: int) -> QWidget:
        """The section of page ``index``, with the achievement search above it when it asks for one."""
        section = self.sections[index]
        if "achievement_id" not in section.widgets:
            return section
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.achievement_search)
        box.addWidget(section)
        return holder

    # -- context for the fields ------------------------------------------------------------
    def choices(self, source: str) -> list[tuple[str, str]]:
        if source == "achievements":
            from ..storage.achievements import get_achievement
            from ..storage.deals import find_achievements

            rows = find_achievements(self.db)
            chosen = self.answers.get("achievement_id")
            if chosen and all(str(r["id"]) != str(chosen) for r in rows):  # started on one beyond the first page
                row = get_achievement(self.db, int(chosen))
                rows = [row, *rows] if row else rows
            return [(str(r["id"]), achievement_choice_label(r)) for r in rows]
        return []

    def store(self, path: Path, kind: str | None) -> dict:  # pragma: no cover - forms without attachments
        raise ValueError("此表单不接收附件")

    def computed(self, name: str, values: dict) -> list[tuple[str, str, str]]:
        func = flows.COMPUTED.get(name)
        achievement_id = values.get("achievement_id")
        return func(self.db, int(achievement_id) if achievement_id else 0, values) if func else []

    def search_achievements(self, text: str) -> None:
        """Narrow the achievement list (ledger number or name); a single match is chosen."""
        from ..storage.deals import find_achievements

        field = self.fields["achievement_id"]
        combo = field.combo
        current = combo.currentData()
        rows = find_achievements(self.db, text)
        combo.blockSignals(True)
        while combo.count() > 1:  # keep the "请选择" entry
            combo.removeItem(1)
        for row in rows:
            combo.addItem(achievement_choice_label(row), str(row["id"]))
        keep = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(keep if keep > 0 else (1 if len(rows) == 1 else 0))
        combo.blockSignals(False)
        if combo.currentData() != current:
            field.changed.emit()

    # -- answers ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every key of the definition (None when empty); ``achievement_id`` as an integer."""
        for s in self.sections:
            s.collect()
        form = {f.key: self.answers.get(f.key) for f in self.form.fields()}
        if form.get("achievement_id") is not None:
            form["achievement_id"] = int(form["achievement_id"])
        return form

    def check(self) -> bool:
        """Validate the whole form with every message shown; the first problem is revealed."""
        self.error.clear()
        for s in self.sections:
            s.collect()
            s.touched.update(s.widgets)
            s.refresh()
        problems = validate_form(self.form, self.answers)
        if problems:
            self.show_error(problems[0].key, problems[0].message)
        return not problems

    def reveal(self, index: int) -> None:
        """Bring page ``index`` into view (subclasses)."""

    def show_error(self, key: str | None, message: str) -> None:
        index = self.page_of.get(key or "")
        if index is None:
            self.error.setText(message)
            return
        self.error.setText(f"「{self.form.pages[index].title}」：{message}")
        self.reveal(index)
        section = self.sections[index]
        label = section.errors.get(key) or section.page_error
        if message not in label.text():
            label.setText("\n".join(t for t in (label.text(), message) if t))
        label.setVisible(True)
        if key in self.fields:
            self.fields[key].setFocus()
