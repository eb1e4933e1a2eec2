"""A read-only (or partly editable) table of texts: a QTableView over a RowsModel.

The wizard's lists, the finance page's import batches and the confirmation dialog show rows of
texts computed beforehand (often off the GUI thread); a model keeps the GUI's work to the rows on
screen, where QTableWidget creates one item per cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from .rows_model import RowsModel

# rows measured when columns are fitted to their contents (Qt measures 1,000 by default)
FIT_ROWS = 50


class CellsModel(RowsModel):
    """RowsModel whose ``editable`` columns the clerk can type into."""

    def __init__(self, headers: list[str], editable: Iterable[int] = (), parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.editable = set(editable)
        self.row_labels: list[str] | None = None
        self.marked: set[int] = set()      # rows shown in the warning colours
        self.headings: set[int] = set()    # rows in bold that head a section (not selectable)
        self.tooltips: list[str] | None = None
        self.right: set[int] = set()       # columns aligned right (numbers)
        self.mark_colours: tuple[QBrush, QBrush] | None = None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and index.row() in self.headings:
            return Qt.ItemFlag.ItemIsEnabled
        flags = super().flags(index)
        if index.isValid() and index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltips is not None:
            return self.tooltips[index.row()] or None
        if role == Qt.ItemDataRole.FontRole and index.row() in self.headings:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.mark_colours is not None and index.row() in self.marked:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.mark_colours[0]
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.mark_colours[1]
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self.editable:
            return False
        self.rows[index.row()][index.column()] = "" if value is None else str(value)
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical
                and self.row_labels is not None and section < len(self.row_labels)):
            return self.row_labels[section]
        return super().headerData(section, orientation, role)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def texts(rows: Iterable[Sequence[object]]) -> list[list[str]]:
    """Rows of values as display texts (None shows empty)."""
    return [["" if v is None else str(v) for v in row] for row in rows]


class TextTable(QTableView):
    def __init__(self, headers: list[str], *, editable: Iterable[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells = CellsModel(list(headers), editable, self)
        self.setModel(self.cells)
        if not self.cells.editable:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.verticalHeader().setVisible(False)

    def set_rows(self, rows: Sequence[Sequence[object]], *, ids: Sequence[int] | None = None,
                 headers: list[str] | None = None, row_labels: list[str] | None = None, as_text: bool = False,
                 marked: set[int] | None = None, headings: set[int] | None = None,
                 tooltips: list[str] | None = None) -> None:
        """Show ``rows`` (values, or with ``as_text`` lists of texts already, as :func:`texts` makes
        them); ``headers`` replaces the column headers."""
        if headers is not None:
            self.cells.headers = list(headers)
        self.cells.row_labels = row_labels
        self.cells.marked = marked or set()
        self.cells.headings = headings or set()
        self.cells.tooltips = tooltips
        self.clearSpans()
        shown = rows if as_text else texts(rows)
        self.cells.set_rows(list(zip(ids if ids is not None else range(len(shown)), shown, strict=True)))
        for row in self.cells.headings:  # a heading spans the table
            self.setSpan(row, 0, 1, max(1, len(self.cells.headers)))
        self.resizeColumnsToContents()

    def align_right(self, *columns: int) -> None:
        self.cells.right = set(columns)

    def tooltip(self, row: int, column: int) -> str:
        return self.cells.data(self.cells.index(row, column), Qt.ItemDataRole.ToolTipRole) or ""

    def row_id(self, row: int) -> Any:
        return self.cells.ids[row]

    def mark_rows_with(self, foreground: QColor, background: QColor) -> None:
        """The colours of the rows passed as ``marked`` to :meth:`set_rows`."""
        self.cells.mark_colours = (QBrush(foreground), QBrush(background))

    def header_texts(self) -> list[str]:
        return list(self.cells.headers)

    def foreground(self, row: int, column: int) -> QColor | None:
        brush = self.cells.data(self.cells.index(row, column), Qt.ItemDataRole.ForegroundRole)
        return brush.color() if brush is not None else None

    def rowCount(self) -> int:  # noqa: N802 - the QTableWidget name the pages and tests use
        return self.cells.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.cells.text(row, column)

    def set_text(self, row: int, column: int, value: str) -> None:
        self.cells.setData(self.cells.index(row, column), value)

    def currentRow(self) -> int:  # noqa: N802
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1
