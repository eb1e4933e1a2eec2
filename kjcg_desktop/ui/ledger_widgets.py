"""Widgets of the ledger page: the delegate that marks search terms in cells, the filter drop-down and
the chip of an active filter."""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
)


def plain_tip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` as written: Qt reads a tooltip that looks like HTML as HTML
    (an imported “含<A>组分” or “LiCoO<sub>2</sub>” would lose its bracketed text), so such a text
    is escaped, its line breaks kept."""
    if not text or not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class HighlightDelegate(QStyledItemDelegate):
    """Paints cell text with the search terms marked."""

    COLOR = QColor("#ffd54f")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def paint(self, painter, option, index) -> None:
        text = index.model().data(index, Qt.ItemDataRole.DisplayRole)
        if not self.terms or not text:
            super().paint(painter, option, index)
            return
        lower = text.lower()
        if not any(t in lower for t in self.terms):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).adjusted(margin, 0, -margin, 0)
        fm = opt.fontMetrics
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        shown_lower = shown.lower()
        painter.save()
        for term in self.terms:
            start = shown_lower.find(term)
            while start >= 0:
                x = rect.x() + fm.horizontalAdvance(shown[:start])
                w = fm.horizontalAdvance(shown[start:start + len(term)])
                painter.fillRect(QRect(x, rect.y() + 2, w, rect.height() - 4), self.COLOR)
                start = shown_lower.find(term, start + len(term))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.restore()


class FacetCombo(QComboBox):
    """A filter drop-down; its option counts are refreshed when it opens."""

    aboutToShow = Signal()

    def __init__(self, facet: str, parent=None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setObjectName(f"facet_{facet}")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def showPopup(self) -> None:
        self.aboutToShow.emit()
        super().showPopup()


class Chip(QToolButton):
    """An active filter; clicking it removes the filter."""

    def __init__(self, facet: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.facet = facet
        self.setObjectName(f"chip_{facet}")
        self.setText(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QToolButton { border: 1px solid #90caf9; border-radius: 10px; padding: 2px 8px;"
                           " background: #e3f2fd; } QToolButton:hover { background: #bbdefb; }")
