"""Every test gets a fresh data folder and database and runs on a fixed day; Qt runs offscreen.

The day is ``KJCG_TEST_TODAY`` (YYYY-MM-DD) when set, else :data:`DEFAULT_TODAY`: no test depends on
the date the suite happens to run (tests/unit/test_fixed_clock.py runs the date-sensitive tests on
a Friday before a holiday, a Saturday and New Year's Eve). Subprocesses get the same day through
``KJCG_TODAY``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from kjcg_desktop import clock  # noqa: E402
from kjcg_desktop.domain.holidays import install_calendar  # noqa: E402
from kjcg_desktop.storage import open_database  # noqa: E402

DEFAULT_TODAY = date(2026, 12, 9)   # an ordinary Wednesday
TEST_TODAY = date.fromisoformat(os.environ["KJCG_TEST_TODAY"]) if os.environ.get("KJCG_TEST_TODAY") else DEFAULT_TODAY


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """The application's clock reads :data:`TEST_TODAY` in this process and in subprocesses."""
    monkeypatch.setenv(clock.ENV_VAR, TEST_TODAY.isoformat())
    clock.set_today(TEST_TODAY)
    yield TEST_TODAY
    clock.set_today(None)
    install_calendar(None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("KJCG_DATA_DIR", str(folder))
    monkeypatch.setenv("KJCG_OPERATOR", "测试员")
    return folder


@pytest.fixture
def db_path(data_dir):
    return data_dir / "kjcg.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from kjcg_desktop.services.demo import build_demo

    build_demo(db, size=200, seed=7)
    return db
