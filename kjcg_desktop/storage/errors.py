"""The storage layer's error with a message for the user (imported by every storage module,
so it depends on nothing)."""

from __future__ import annotations


class StorageError(RuntimeError):
    """A database problem with a Chinese message for the user."""
