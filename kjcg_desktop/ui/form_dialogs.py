"""Plain edit dialogs built from a form definition: one scrolling section with OK/Cancel, bound to a draft
application (:class:`FormDialog`) or to nothing (:class:`UnboundFormDialog`, e.g. a deal or an
abandonment).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import clock
from .. import domain as d
from ..forms_engine import (
    FormDef,
    page_visible,
    validate_form,
)
from ..services import wizard_flows as flows
from ..storage import applications as apps
from ..storage.db import Database, StorageError
from ..storage.versions import StaleRecordError
from .form_fields import ERROR_STYLE, FieldWidget, store_attachment
from .form_section import FormSection


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
                 on_save: Callable[[dict], Any] | None = None, parent: QWidget | None = None,
                 reload: Callable[[], dict] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.app_id = app_id
        self.on_save = on_save
        # the record's latest answers, offered when a colleague saved it meanwhile
        self.reload = reload if reload is not None or app_id is None else self._reload_application
        self.saved_id: Any = None
        self._choices_source = choices
        self.loaded_version: int | None = None
        if app_id is not None:
            app = apps.get_application(db, app_id)
            self.loaded_version = app.get("row_version")  # a colleague's later save is not overwritten
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
        for button, text in ((QDialogButtonBox.StandardButton.Save, self.tr("保存")), (QDialogButtonBox.StandardButton.Cancel, self.tr("取消")),
                             (QDialogButtonBox.StandardButton.Close, self.tr("关闭"))):
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
            raise ValueError(self.tr("此表单不能添加附件"))
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
            QMessageBox.warning(self, self.tr("无法保存"), message)
            return
        try:
            if self.on_save is not None:
                self.saved_id = self.on_save(dict(self.values))
            else:
                apps.update_form(self.db, self.app_id, self.values, article=self.form.article or None,
                                 expected_version=self.loaded_version)
        except StaleRecordError as exc:  # a colleague saved it meanwhile: reload, or keep the form to compare
            self._offer_reload(str(exc))
            return
        except (d.DomainError, StorageError) as exc:  # a rule, or the server gone: the form stays as typed
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return
        self.accept()

    def _offer_reload(self, message: str) -> None:
        if self.reload is None:
            QMessageBox.warning(self, self.tr("无法保存"), message)
            return
        answer = QMessageBox.question(self, self.tr("记录已被他人修改"), message + "\n\n" + self.tr(
            "现在载入最新内容吗？选“是”显示同事保存的内容（您在表单中的修改不再保留）；选“否”保留您的表单，以便对照。"))
        if answer == QMessageBox.StandardButton.Yes:
            self.load_values(self.reload())

    def _reload_application(self) -> dict:
        app = apps.get_application(self.db, self.app_id)
        self.loaded_version = app.get("row_version")
        return dict(app["form"])

    def load_values(self, values: dict) -> None:
        """Show ``values`` (the record as stored now) in every field."""
        self.values.clear()
        self.values.update(values)
        for section in self.sections:
            for key, widget in section.widgets.items():
                try:
                    widget.set_value(values.get(key))
                except (TypeError, ValueError, AttributeError):
                    widget.set_value(None)
            section.collect()
            section.refresh()
        self._check()


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
        self.achievement_search.setPlaceholderText(self.tr("输入台账编号或名称查找成果"))
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
        raise ValueError(self.tr("此表单不接收附件"))

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
