"""The Qt user interface — the only package that imports PySide6."""

from . import pyside_guard  # noqa: F401  (PySide6 6.12 / CPython 3.11: None reference count, see module)
