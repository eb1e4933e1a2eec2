"""The one date field of the application, and the amount field beside it.

:class:`DateInput` is a line edit that reads what a clerk types (2023-03-01, 2023/3/1, 2023.3.1,
20230301, 2023年3月1日 — :func:`kjcg_desktop.domain.parse_date_text`), shows it as ``YYYY-MM-DD``
once the field is left, can be cleared, and has a calendar button that opens on the field's date,
or the related date, or today. An imported partial date (``2023-12``) is shown as it is and kept
until a full date is typed. Text it cannot read is kept and named beside the field.

:class:`AmountInput` reads ``120万``, ``1,200,000``, ``¥1200000``, ``120.5万元`` into fen
(:func:`kjcg_desktop.domain.parse_amount_text`) and names what it cannot read beside the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from .. import clock
from .. import domain as d

ERROR_STYLE = "color: #b00020;"

DateValue = date | str | None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateInput(QWidget):
    """A date typed or picked; ``date_value()`` is a :class:`date` or ``None``.

    ``value()`` is what a form stores: ISO text, an imported partial date as it was, ``None`` for
    an empty field, or the unreadable text itself (so a form can refuse it with its message)."""

    changed = Signal()

    def __init__(self, value: DateValue = None, *, related: Callable[[], date | None] | None = None,
                 errors_beside: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._related = related
        self.errors_beside = errors_beside  # False inside a form, which names the problem under the field
        self._value: DateValue = None
        self._partial: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("date_text")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(150)
        self.edit.setToolTip(self.tr("可直接输入：{0}").format(d.parsing.DATE_FORMS))
        self.button = QToolButton()
        self.button.setObjectName("date_calendar")
        self.button.setText(self.tr("日历"))
        self.button.setToolTip(self.tr("从日历中选择"))
        self.button.clicked.connect(self.open_calendar)
        self.hint = QLabel()
        self.hint.setObjectName("date_hint")
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.hint, 1)
        layout.addStretch(0)
        self.menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        self.set_value(value)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._commit)

    # ---- reading -------------------------------------------------------------------------------
    def value(self) -> DateValue:
        """ISO text, the kept partial date, ``None``, or the unreadable text."""
        if isinstance(self._value, date):
            return self._value.isoformat()
        return self._value

    def date_value(self) -> date | None:
        return self._value if isinstance(self._value, date) else None

    def error(self) -> str:
        """The Chinese message for text that is not a date, else ``""``."""
        if isinstance(self._value, str) and self._value != self._partial:
            try:
                d.parse_date_text(self._value)
            except d.DomainError as exc:
                return str(exc)
        return ""

    def require(self, label: str) -> date:
        """The date, or a :class:`DomainError` naming ``label`` (empty, partial or unreadable)."""
        if problem := self.error():
            raise d.DomainError(self.tr("「{0}」：{1}").format(label, problem))
        if self.date_value() is None:
            raise d.DomainError(self.tr("请填写「{0}」（如 2023-03-01）").format(label))
        return self.date_value()  # type: ignore[return-value]

    # ---- writing -------------------------------------------------------------------------------
    def set_value(self, value: DateValue) -> None:
        """A date, ISO text, a partial date (kept as it is) or ``None``/"" to clear."""
        self._partial = None
        if isinstance(value, date):
            new: DateValue = value
        elif value is None or not str(value).strip():
            new = None
        elif d.is_partial_date(str(value)):
            new = self._partial = str(value).strip()
        else:
            try:
                new = d.parse_date_text(str(value))
            except d.DomainError:
                new = str(value)
        self._set(new, text=self._display(new))

    def setDate(self, value: QDate | DateValue) -> None:  # noqa: N802 - Qt naming, as QDateEdit
        self.set_value(value.toPython() if isinstance(value, QDate) else value)

    set_date = set_value

    def set_related(self, related: Callable[[], date | None] | None) -> None:
        """Where an empty field's calendar opens instead of today (e.g. the start date above)."""
        self._related = related

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming, as QLineEdit
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # ---- internals ------------------------------------------------------------------------------
    @staticmethod
    def _display(value: DateValue) -> str:
        if isinstance(value, date):
            return value.isoformat()
        return value or ""

    def _set(self, value: DateValue, *, text: str | None = None) -> None:
        changed = value != self._value
        self._value = value
        if text is not None and self.edit.text() != text:
            self.edit.blockSignals(True)
            self.edit.setText(text)
            self.edit.blockSignals(False)
        self._show_hint()
        if changed:
            self.changed.emit()

    def _show_hint(self) -> None:
        problem = self.error() if self.errors_beside else ""
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))

    def _typed(self, text: str) -> None:
        """While typing: a complete date counts at once; half-typed text waits for the field to be left."""
        stripped = text.strip()
        if not stripped:
            self._set(None)
            return
        if self._partial and stripped == self._partial:
            self._set(self._partial)
            return
        try:
            self._set(d.parse_date_text(stripped))
        except d.DomainError:
            self.hint.hide()

    def _text_changed(self, text: str) -> None:
        if not text.strip() and self._value is not None:  # the clear button
            self._set(None)

    def _commit(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._set(None, text="")
        elif self._partial and text == self._partial:
            self._set(self._partial, text=text)
        else:
            try:
                day = d.parse_date_text(text)
            except d.DomainError:
                self._set(text)
            else:
                self._set(day, text=self._display(day))

    def calendar_start(self) -> date:
        """Where the calendar opens: this field's date, else the related date, else today."""
        if self.date_value() is not None:
            return self.date_value()  # type: ignore[return-value]
        related = self._related() if self._related else None
        return related or clock.today()

    def open_calendar(self) -> QCalendarWidget:
        if self.menu is None:
            self.menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setObjectName("date_popup_calendar")
            self.calendar.setGridVisible(True)
            self.calendar.setMinimumDate(QDate(1900, 1, 1))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
        assert self.calendar is not None
        start = _qdate(self.calendar_start())
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.calendar

    def _picked(self, qd: QDate) -> None:
        day = date(qd.year(), qd.month(), qd.day())
        self._partial = None
        self._set(day, text=day.isoformat())
        if self.menu is not None:
            self.menu.close()


class AmountInput(QWidget):
    """An amount in yuan as a clerk types it; ``fen()`` is integer fen or ``None``.

    Unreadable text (or a negative amount where ``allow_negative`` is false) is named beside the
    field as soon as the field is left; ``require(label)`` raises the message naming the field."""

    changed = Signal()

    def __init__(self, *, label: str | None = None, allow_negative: bool = False, unit: str | None = None,
                 errors_beside: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label if label is not None else self.tr("金额")
        unit = unit if unit is not None else self.tr("元")
        self.errors_beside = errors_beside  # False inside a form, which names the problem under the field
        self.allow_negative = allow_negative
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("amount_text")
        self.edit.setPlaceholderText("0.00")
        self.edit.setToolTip(self.tr("可直接输入：{0}").format(d.parsing.AMOUNT_FORMS))
        self.hint = QLabel()
        self.hint.setObjectName("amount_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.edit, 1)
        if unit:
            layout.addWidget(QLabel(unit))
        layout.addWidget(self.hint, 1)
        self.edit.textChanged.connect(lambda *_: self.changed.emit())
        self.edit.textChanged.connect(self._quiet_hint)
        self.edit.editingFinished.connect(self.show_hint)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming, as QLineEdit
        self.edit.setText(text)
        self.show_hint()

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else d.format_yuan(fen).replace(",", ""))

    def error(self) -> str:
        try:
            d.parse_amount_text(self.edit.text(), allow_negative=self.allow_negative, field=self.label)
        except d.DomainError as exc:
            return str(exc)
        return ""

    def fen(self) -> int | None:
        """The amount, or ``None`` when empty or unreadable (see :meth:`error`)."""
        try:
            return d.parse_amount_text(self.edit.text(), allow_negative=self.allow_negative, field=self.label)
        except d.DomainError:
            return None

    def require(self) -> int:
        value = d.parse_amount_text(self.edit.text(), allow_negative=self.allow_negative, field=self.label)
        if value is None:
            raise d.DomainError(self.tr("请填写「{0}」").format(self.label), field=self.label)
        return value

    def _quiet_hint(self) -> None:
        if not self.error():
            self.show_hint()

    def show_hint(self) -> None:
        problem = self.error()
        fen = self.fen()
        if problem:
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.setText(problem if self.errors_beside else "")
        elif fen is not None and self.edit.text().strip() != d.format_yuan(fen).replace(",", ""):
            self.hint.setStyleSheet("color: #555;")
            self.hint.setText(self.tr("即 {0} 元").format(d.format_yuan(fen)))
        else:
            self.hint.setText("")
