"""The form engine, Qt part: one widget per field type of a definition in ``forms/`` (see
:mod:`kjcg_desktop.forms_engine`), and the factory that picks it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..forms_engine import (
    FieldDef,
)
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
        self.amount = AmountInput(label=f.label, allow_negative=f.min is None or f.min < 0, unit=f.suffix or self.tr("元"),
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
        empty_text = self.tr("— 请选择 —")
        if not choices and f.choices_from == "batches":
            empty_text = self.tr("— 尚无受理中的批次，请先在“赋权申请 › 批次管理”中新增 —")
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
        self.yes = QRadioButton(self.tr("是"))
        self.no = QRadioButton(self.tr("否"))
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
        self.name.setPlaceholderText(self.tr("姓名"))
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("部门"))
        self.share = QLineEdit()
        self.share.setPlaceholderText(self.tr("比例"))
        self.share.setMaximumWidth(80)
        self.representative = QRadioButton(self.tr("代表"))
        self.remove = QPushButton(self.tr("删除"))
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
        self.add_button = QPushButton(self.tr("添加完成人"))
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
        self.total.setText(self.tr("合计 {0}%").format(f"{total.normalize():f}"))


class AttachmentField(FieldWidget):
    """Files picked by the user go straight into the attachment store, owned by the draft."""

    def __init__(self, f: FieldDef, store: Callable[[Path, str | None], dict], parent=None) -> None:
        super().__init__(f, parent)
        self.store = store
        self.items: list[dict] = []
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.add_button.setObjectName(f"add_{f.key}")
        self.remove_button = QPushButton(self.tr("移除"))
        self.add_button.clicked.connect(self.pick)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(buttons)

    def pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择{0}").format(self.field.label), "", self.tr("所有文件 (*)"))
        for p in paths:
            try:
                self.items.append(self.store(Path(p), self.field.kind or self.field.key))
            except (OSError, ValueError) as exc:
                QMessageBox.warning(self, self.tr("无法添加附件"), f"{Path(p).name}：{exc}")
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
