"""A section of a form: the field widgets of one page, their visibility, validation messages under the
field and the values they collect.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..forms_engine import (
    FieldError,
    FormDef,
    PageDef,
    empty,
    field_visible,
    validate_page,
)
from .form_fields import ERROR_STYLE, HELP_STYLE, DateField, FieldWidget, make_field
from .i18n import label_text


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
        self.computed_box = QGroupBox(self.tr("规则计算结果"))
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
        self.missing.setText(self.tr("尚需填写：") + "、".join(missing) if missing else "")
        self.missing.setVisible(bool(missing))
        if self.page.computed and self.computed:
            self._show_computed()
        return errors

    def _show_computed(self) -> None:
        while self.computed_layout.rowCount():
            self.computed_layout.removeRow(0)
        for label, text, article in self.computed(self.page.computed, self.values):
            value = QLabel(self.tr("{0}<br><span style='color:#555'>依据：{1}</span>").format(text, label_text(article)))
            value.setWordWrap(True)
            value.setObjectName(f"computed_{label}")
            value.setToolTip(self.tr("依据：{0}").format(label_text(article)))
            name = QLabel(label)
            self.computed_layout.addRow(name, value)
            name.show()
            value.show()
