"""GUI test helpers.

``qtbot.keyClicks`` goes through QTest's ASCII key table and aborts on Chinese characters, so
Chinese text is typed with :func:`type_text`, which sends real key events carrying the text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as an input method would deliver it."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded as (kind, text) instead of shown; a question is answered Yes."""
    shown = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda parent, title, text, *a, _n=name, **k: shown.append((_n, text))))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def typist():
    return type_text


@pytest.fixture(autouse=True)
def restore_language(qapp):
    """Tests that switch the UI language leave no translator or default locale behind."""
    from PySide6.QtCore import QLocale

    from kjcg_desktop.ui.i18n import remove_translators

    locale = QLocale()
    yield
    remove_translators()
    QLocale.setDefault(locale)
    QApplication.processEvents()


def fill_decision(dialog, *, person: str = "王主任", body: str | None = None, opinion: str = "", paper=None,
                  on=None, ok: bool = True) -> int:
    """Fill a decision's confirmation (ui/decision_dialog.py) as an officer would and press its OK
    button; returns the dialog's result (it stays open, with the message, when a check fails)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.show()
    if on is not None:
        dialog.date.set_value(on)
    if body is not None:
        dialog.body.setCurrentText(body)
    dialog.person.clear()
    type_text(dialog.person, person)
    if opinion:
        type_text(dialog.opinion, opinion)
    if paper is not None:
        dialog.set_paper(paper)
    if ok:
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog.result()


@pytest.fixture
def decision_filler():
    return fill_decision
