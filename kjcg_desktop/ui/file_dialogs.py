"""Save, open and folder dialogs that start where the clerk keeps files: the last folder used
(remembered per user in ``ui.ini``), else the Documents folder — never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ..paths import data_dir

LAST_FOLDER_KEY = "dialogs/last_folder"


def _settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    """The Documents folder if it exists, else the home folder (a folder that does not exist would
    show up as the file name in the dialog)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def start_folder() -> Path:
    """The last folder a file was saved to or opened from, if it still exists; else Documents."""
    last = _settings().value(LAST_FOLDER_KEY)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return documents_folder()


def remember(path: Path | str) -> None:
    folder = Path(path)
    folder = folder if folder.is_dir() else folder.parent
    settings = _settings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def save_file_name(parent: QWidget | None, title: str, default_name: str, file_filter: str) -> str:
    """``QFileDialog.getSaveFileName`` starting in :func:`start_folder` with ``default_name``."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / default_name), file_filter)
    if path:
        remember(path)
    return path


def open_file_name(parent: QWidget | None, title: str, file_filter: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), file_filter)
    if path:
        remember(path)
    return path


def existing_directory(parent: QWidget | None, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if folder:
        remember(folder)
    return folder
