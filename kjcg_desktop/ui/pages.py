"""Simple pages: dashboard counts, a generic record list, and a placeholder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import domain as d
from ..storage import Database
from ..storage.stats import dashboard_counts
from .i18n import label_text, section_text

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
                return e(value).label
            except ValueError:
                continue
    if column == "kind":
        for e in _KIND_ENUMS:
            try:
                return label_text(e(value).label)
            except ValueError:
                continue
    return str(value)


class RecordsPage(QWidget):
    def __init__(self, loader: Callable[[], list[dict]], headers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.headers = headers
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels([section_text(h) for _, h in headers])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = self.loader()[:2000]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _) in enumerate(self.headers):
                self.table.setItem(r, c, QTableWidgetItem(display(key, row.get(key))))
        self.table.resizeColumnsToContents()


class DashboardPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("台账概况"))
        self.grid = QGridLayout(box)
        layout.addWidget(box)
        layout.addStretch(1)

    def refresh(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        for i, (key, label, count) in enumerate(dashboard_counts(self.db)):
            self.grid.addWidget(QLabel(label_text(label)), i // 3, (i % 3) * 2)
            value = QLabel(str(count))
            value.setObjectName(f"count_{key}")
            self.grid.addWidget(value, i // 3, (i % 3) * 2 + 1)


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        # title and text are literals of a SECTIONS line
        layout.addWidget(QLabel(f"<h2>{section_text(title)}</h2><p>{section_text(text)}</p>"))
        layout.addStretch(1)
