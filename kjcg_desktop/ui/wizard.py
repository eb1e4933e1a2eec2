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
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import clock
from .. import domain as d
from ..forms_engine import (
    FormDef,
    PageDef,
    page_visible,
)
from ..services import wizard_flows as flows
from ..storage import applications as apps
from ..storage import overview
from ..storage.db import Database
from .form_dialogs import FormDialog, UnboundFormDialog, achievement_choice_label
from .form_fields import (
    EMPTY_DATE,
    ERROR_STYLE,
    HELP_STYLE,
    AttachmentField,
    ChoiceField,
    DateField,
    FieldWidget,
    IntegerField,
    MoneyField,
    MultilineField,
    PeopleField,
    PersonRow,
    TextField,
    YesNoField,
    make_field,
    store_attachment,
)
from .form_section import FormSection

__all__ = [
    "AttachmentField", "ChoiceField", "DateField", "FieldWidget", "FormDialog", "FormPage", "FormSection", "FormWizard",
    "IntegerField", "MoneyField", "MultilineField", "PeopleField", "PersonRow", "TextField", "UnboundFormDialog",
    "YesNoField", "achievement_choice_label", "make_field", "store_attachment", "EMPTY_DATE", "ERROR_STYLE", "HELP_STYLE",
]


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
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成并提交"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("稍后继续"))
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
            return [(str(b["id"]), b["name"] + (self.tr("（截止 {0}）").format(b['deadline']) if b["deadline"] else "")) for b in rows]
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
            QMessageBox.warning(self, self.tr("无法提交"), str(exc))
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
