"""The ledger's 新建成果 / 编辑: the form engine's :class:`~kjcg_desktop.ui.form_dialogs.FormDialog` over
``forms/achievement.toml``, saved by :func:`kjcg_desktop.storage.achievements.save_achievement`
(one transaction with its events; tags derived by the rules, 1-2 第七条)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import domain as d
from ..forms_engine import FormDef, FormDefinitionError, coerce, initial_values, load_form
from ..paths import forms_dir
from ..storage import achievements as repo
from ..storage.db import Database
from ..storage.versions import row_version
from .form_dialogs import FormDialog
from .i18n import label_text

FORM_ID = "achievement"
EDITABLE_STATUSES = ("disclosed", "registered")  # abandon / dispose / archive have their own flows


def load_definition() -> FormDef:
    """The shipped definition; raises :class:`FormDefinitionError` naming file, line and field."""
    return load_form(forms_dir() / f"{FORM_ID}.toml")


def form_values(db: Database, form: FormDef, achievement_id: int | None, *, today: date | None = None) -> dict[str, Any]:
    """The answers the dialog starts from: the definition's defaults, or the stored achievement."""
    if achievement_id is None:
        return initial_values(form, today=today)
    row = repo.get_achievement(db, achievement_id)
    if row is None:
        raise d.DomainError(QCoreApplication.translate("achievement_form", "成果 {0} 不存在").format(achievement_id))
    values: dict[str, Any] = {}
    for f in form.fields():
        if f.key == "inventors":
            value = [{"name": p["name"], "department": p["department"] or "", "share": p["share"] or "",
                      "is_representative": bool(p["is_representative"])} for p in repo.inventors_of(db, achievement_id)]
        else:
            value = coerce(f, row.get(f.key))
        if value not in (None, "", []):
            values[f.key] = value
    return values


def stored_fields(form: FormDef, values: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The dialog's answers as achievement columns and inventor rows (empty text → NULL)."""
    fields: dict[str, Any] = {}
    for f in form.fields():
        if f.key == "inventors":
            continue
        value = values.get(f.key)
        if f.type == "yesno":
            value = 1 if value else 0
        elif isinstance(value, str):
            value = value.strip() or None
        fields[f.key] = value
    people = [{"name": p["name"].strip(), "department": (p.get("department") or "").strip() or None,
               "share": str(p.get("share") or "").strip() or None, "is_representative": bool(p.get("is_representative"))}
              for p in values.get("inventors") or []]
    return fields, people


def achievement_dialog(db: Database, achievement_id: int | None, parent: QWidget | None = None) -> FormDialog | None:
    """The new (``achievement_id`` None) or edit dialog; ``saved_id`` holds the achievement after a
    successful save. ``None`` (after a message) when the definition cannot be loaded."""
    try:
        form = load_definition()
        values = form_values(db, form, achievement_id)
    except (FormDefinitionError, d.DomainError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("achievement_form", "无法打开成果表单"), str(exc))
        return None
    current = values.get("status")
    # the version this form shows: a save after a colleague's is refused, naming who and when
    loaded = {"version": row_version(db, "achievements", achievement_id) if achievement_id is not None else None}

    def choices(source: str) -> list[tuple[str, str]]:
        if source != "achievement_status":
            return []
        keep = list(EDITABLE_STATUSES) + ([current] if current and current not in EDITABLE_STATUSES else [])
        return [(s, label_text(d.AchievementStatus(s).label)) for s in keep]

    def save(answers: dict[str, Any]) -> int:
        fields, people = stored_fields(form, answers)
        return repo.save_achievement(db, achievement_id, fields, people, expected_version=loaded["version"])

    def reload() -> dict[str, Any]:  # the record as a colleague saved it
        loaded["version"] = row_version(db, "achievements", achievement_id) if achievement_id is not None else None
        return form_values(db, form, achievement_id)

    title = (QCoreApplication.translate("achievement_form", "新建成果（披露）") if achievement_id is None
             else QCoreApplication.translate("achievement_form", "编辑成果 — {0}").format(values.get('name', '')))
    dialog = FormDialog(db, form, values=values, title=title, choices=choices, on_save=save, parent=parent,
                        reload=reload if achievement_id is not None else None)
    inventors, department = dialog.widget("inventors"), dialog.widget("department")

    def prefill_department() -> None:  # a new inventor row starts in the achievement's department
        row = inventors.rows[-1]
        if not row.department.text():
            row.department.setText(department.value() or "")

    inventors.add_button.clicked.connect(prefill_department)
    return dialog
