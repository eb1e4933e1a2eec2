"""A small read-only table model: rows of display texts keyed by a record id, and :class:`RowsTable`,
the one read-only table the pages build on it.

Pages use it with a QTableView instead of QTableWidget items (one Python object per cell is slow for
long lists, and PySide 6.12 crashes at interpreter exit after a few thousand QTableWidgetItems were
created).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_TEXT_ROLES = frozenset((_DISPLAY, _TOOLTIP))
_ID = int(ID_ROLE.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_HORIZONTAL = Qt.Orientation.Horizontal
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.ids: list[int] = []
        self.rows: list[list[str]] = []
        self.warn: set[tuple[int, int]] = set()
        self.right: set[int] = set()  # right-aligned columns (amounts, counts)
        self.warn_color = QColor("#a04000")
        self.bold_rows: set[int] = set()  # e.g. a total line

    def set_rows(self, rows: list[tuple[Any, list[str]]], warn: set[tuple[int, int]] | None = None, *,
                 bold_rows: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self.ids = [row_id for row_id, _ in rows]
        self.rows = [["" if t is None else str(t) for t in texts] for _, texts in rows]
        self.warn = warn or set()
        self.bold_rows = set(bold_rows)
        self.endResetModel()

    def set_rows_lazily(self, ids: list[Any], make: Callable[[int], tuple[list[Any], Iterable[int]]]) -> None:
        """Replace the rows by ``len(ids)`` rows whose texts are made on first use: ``make(i)`` returns
        row ``i``'s texts and its warned columns. The view asks only for the rows it sizes and
        paints, so a long list whose texts take computing appears at once."""
        self.beginResetModel()
        self.ids = list(ids)
        self.warn = set()
        self.bold_rows = set()
        self.rows = _LazyRows(len(self.ids), make, self.warn)  # type: ignore[assignment]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Asked about eight roles per cell whenever a column is sized or painted: plain int
        # comparisons, the display text first.
        if role in _TEXT_ROLES:
            return self.rows[index.row()][index.column()] if index.isValid() else None
        if role == _ID:
            return self.ids[index.row()] if index.isValid() else None
        if role == _FOREGROUND and index.isValid():
            row = index.row()
            self.rows[row]  # noqa: B018 - a lazy row is made, with its warned columns, before they are looked up
            return QBrush(self.warn_color) if self.warn and (row, index.column()) in self.warn else None
        if role == _ALIGNMENT and self.right and index.column() in self.right:
            return _RIGHT
        if role == _FONT and self.bold_rows and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        # what QAbstractItemModel answers (row numbers on the vertical header), without the call into Qt
        if role == _DISPLAY:
            return self.headers[section] if orientation == _HORIZONTAL else section + 1
        return None

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column]

    def row_of(self, row_id: int) -> int | None:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return None


class _LazyRows:
    """The texts of :meth:`RowsModel.set_rows_lazily`: a row is made when first asked for."""

    def __init__(self, count: int, make: Callable[[int], tuple[list[Any], Iterable[int]]],
                 warn: set[tuple[int, int]]) -> None:
        self.made: list[list[str] | None] = [None] * count
        self.make = make
        self.warn = warn

    def __len__(self) -> int:
        return len(self.made)

    def __getitem__(self, row: int) -> list[str]:
        texts = self.made[row]
        if texts is None:
            raw, warned = self.make(row)
            texts = self.made[row] = ["" if t is None else str(t) for t in raw]
            self.warn.update((row, column) for column in warned)
        return texts

    def __iter__(self) -> Iterator[list[str]]:
        return (self[i] for i in range(len(self.made)))


def select_row_id(view, model: RowsModel, row_id: int) -> None:
    """Select the row of ``row_id`` in ``view`` (a QTableView over ``model``), if it is listed."""
    r = model.row_of(row_id)
    if r is not None:
        view.selectRow(r)


def selected_row_id(view, model: RowsModel) -> int | None:
    """The id of the selected row of ``view``, or None."""
    rows = view.selectionModel().selectedRows()
    return model.ids[rows[0].row()] if rows else None


class RowsTable(QTableView):
    """A read-only, single-selection table of texts over a :class:`RowsModel` (the pages' one table idiom).
    ``selection_changed`` fires when the selected row changes; ``selected_id()`` is that row's id."""

    selection_changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None, *, name: str = "",
                 right: Iterable[int] = (), warn_color: str | None = None) -> None:
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.rows_model.right = set(right)
        if warn_color:
            self.rows_model.warn_color = QColor(warn_color)
        self.setModel(self.rows_model)
        if name:
            self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setResizeContentsPrecision(200)  # size columns from the first rows only
        self.horizontalHeader().setStretchLastSection(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

    def set_rows(self, rows: list[tuple[Any, list[Any]]], warn: set[tuple[int, int]] | None = None, *,
                 bold_rows: Iterable[int] = ()) -> None:
        """Replace the rows: (id, texts) pairs; the selection is cleared."""
        self.rows_model.set_rows(rows, warn, bold_rows=bold_rows)
        self.resizeColumnsToContents()

    def row_count(self) -> int:
        return self.rows_model.rowCount()

    def text(self, row: int, column: int) -> str:
        return self.rows_model.text(row, column)

    def selected_id(self) -> Any:
        return selected_row_id(self, self.rows_model)

    def select_id(self, row_id: Any) -> None:
        select_row_id(self, self.rows_model, row_id)
