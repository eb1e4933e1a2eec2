"""Every test gets a fresh data folder and database; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kjcg_desktop.storage import open_database  # noqa: E402


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
