"""GUI test helpers.

``qtbot.keyClicks`` goes through QTest's ASCII key table and aborts on Chinese characters, so
Chinese text is typed with :func:`type_text`, which sends real key events carrying the text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as an input method would deliver it."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


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
