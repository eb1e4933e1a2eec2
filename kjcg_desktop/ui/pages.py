"""How pages write a stored value: enum labels in the UI language, amounts in yuan."""

from __future__ import annotations

from .. import domain as d
from .i18n import label_text

_LABEL_ENUMS = {
    "type": d.AchievementType, "attribute": d.Attribute, "stage": d.Stage, "transfer_status": d.TransferStatus,
    "state": d.ApplicationState, "status": d.AchievementStatus,
}
_KIND_ENUMS = (d.ApplicationKind, d.DealKind, d.PublicityKind)


def display(column: str, value) -> str:
    """User-facing text for a stored value (enum labels in the UI language, yuan amounts)."""
    if value is None:
        return ""
    if column == "amount_fen":
        return d.format_yuan(value)
    enum = _LABEL_ENUMS.get(column)
    if enum is not None:
        try:
            return label_text(enum(value).label)
        except ValueError:
            pass
    if column == "state":
        for e in (d.ApplicationState, d.PublicityState):
            try:
                return label_text(e(value).label)
            except ValueError:
                continue
    if column == "kind":
        for e in _KIND_ENUMS:
            try:
                return label_text(e(value).label)
            except ValueError:
                continue
    return str(value)
