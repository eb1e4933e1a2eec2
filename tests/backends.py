"""The ``db`` fixture of the storage and services tests: once per backend, the SQLite file and the
office server (PostgreSQL). A test about the SQLite file itself (its pragmas, journal, triggers,
file copies, or driving the file by its path) is marked ``sqlite_only`` and is not generated for the
office server (tests/conftest.py deselects it)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, db_path):
    if request.param == "postgresql":
        database = request.getfixturevalue("pg_db")
        yield database
        return
    from kjcg_desktop.storage import open_database

    database = open_database(db_path)
    yield database
    database.close()
