"""Whether a Database's connection is still open (the main window closes it on switching files)."""

from __future__ import annotations

import sqlite3

from .db import Database


def connection_closed(db: Database) -> bool:
    """True when the connection of ``db`` was closed."""
    try:
        db.conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False
