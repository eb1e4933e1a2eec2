"""Feedback for work that keeps the GUI thread busy for a moment: a wait cursor (reading a whole
file, planning or writing an import) and, for the start-up check and backup of a large database,
a small window that says what is being done."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from ..paths import resources_dir

# Files from this size on take a second or more to check or back up (about 1.4 s at 160 MB).
SPLASH_FROM_BYTES = 40 * 1024 * 1024


@contextmanager
def busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _splash_pixmap() -> QPixmap:
    pixmap = QPixmap(420, 120)
    pixmap.fill(QColor("#f4f7fb"))
    icon = QPixmap(str(resources_dir() / "icons" / "kjcg.png"))
    painter = QPainter(pixmap)
    if not icon.isNull():
        painter.drawPixmap(20, 28, icon.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
    font = painter.font()
    font.setPointSize(13)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1f3a5f"))
    painter.drawText(100, 52, "KJCG Desktop")
    painter.end()
    return pixmap


@contextmanager
def busy_message(text: str, *, show_window: bool = True) -> Iterator[QSplashScreen | None]:
    """A wait cursor and, when ``show_window``, a small window showing ``text`` while the block runs."""
    splash = None
    if show_window:
        splash = QSplashScreen(_splash_pixmap())
        splash.setObjectName("busy_message")
        splash.showMessage(text + "    \n\n", Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, QColor("#333333"))
        splash.show()
        QApplication.processEvents()
    try:
        with busy_cursor():
            yield splash
    finally:
        if splash is not None:
            splash.close()
            splash.deleteLater()
