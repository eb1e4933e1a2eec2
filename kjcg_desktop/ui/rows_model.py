"""A small read-only table model: rows of display texts keyed by a record id.

The 赋权申请 and 公示 pages use it with a QTableView instead of QTableWidget items (one Python
object per cell is slow for long lists, and PySide 6.12 crashes at interpreter exit after a few
thousand QTableWidgetItems were created).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ID_ROLE = Qt.ItemDataRole.UserRole


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.ids: list[int] = []
        self.rows: list[list[str]] = []
        self.warn: set[tuple[int, int]] = set()

    def set_rows(self, rows: list[tuple[int, list[str]]], warn: set[tuple[int, int]] | None = None) -> None:
        self.beginResetModel()
        self.ids = [row_id for row_id, _ in rows]
        self.rows = [texts for _, texts in rows]
        self.warn = warn or set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and (index.row(), index.column()) in self.warn:
            return QBrush(QColor("#a04000"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column]

    def row_of(self, row_id: int) -> int | None:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return None


def select_row_id(view, model: RowsModel, row_id: int) -> None:
    """Select the row of ``row_id`` in ``view`` (a QTableView over ``model``), if it is listed."""
    r = model.row_of(row_id)
    if r is not None:
        view.selectRow(r)


def selected_row_id(view, model: RowsModel) -> int | None:
    """The id of the selected row of ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    return model.ids[rows[0].row()] if rows else None
