"""The form definitions as the application loads them: :mod:`kjcg_desktop.forms_engine` checked
against the wizard's computed summaries (a page's ``computed`` must name one of
:data:`kjcg_desktop.services.wizard_flows.COMPUTED`)."""

from __future__ import annotations

from pathlib import Path

from .. import forms_engine
from ..forms_engine import FormDef, FormDefinitionError
from .wizard_flows import COMPUTED


def load_form(path: Path | str) -> FormDef:
    return forms_engine.load_form(path, computed=COMPUTED)


def load_forms(folder: Path | str | None = None) -> dict[str, FormDef]:
    return forms_engine.load_forms(folder, computed=COMPUTED)


def load_forms_lenient(folder: Path | str | None = None) -> tuple[dict[str, FormDef], list[FormDefinitionError]]:
    return forms_engine.load_forms_lenient(folder, computed=COMPUTED)
