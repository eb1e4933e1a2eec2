"""The storage tests run once per backend: the SQLite file and the office server (PostgreSQL).
A test that is about the SQLite file itself (its pragmas, journal, file copies) is marked
``sqlite_only``."""

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


def pytest_collection_modifyitems(config, items):
    """A ``sqlite_only`` test is not generated for the office server (deselected, not skipped)."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        (drop if params.get("db") == "postgresql" and item.get_closest_marker("sqlite_only") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
