"""Storage: the only package that speaks SQL."""

from .db import Database, StorageError
from .migrations import SCHEMA_VERSION
from .opening import migrate, open_database, open_memory
from .settings import Settings

__all__ = ["Database", "StorageError", "open_database", "open_memory", "SCHEMA_VERSION", "migrate", "Settings"]
