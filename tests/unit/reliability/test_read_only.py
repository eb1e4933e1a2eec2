"""A read-only data folder or database file: the command line says so, never "the file may be
damaged" and never a traceback. Root ignores permissions, so the test makes them read-only with a
read-only bind mount."""

from __future__ import annotations

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.storage import open_database


@pytest.fixture
def ledger(db_path):
    db = open_database(db_path)
    build_demo(db, size=8, seed=2)
    db.close()
    return db_path


@pytest.mark.parametrize("command", [["list", "achievements"], ["demo", "--size", "3", "--quiet"], ["backup"]])
def test_read_only_data_folder(ledger, data_dir, mounts, capsys, command):
    mounts.read_only(data_dir)
    assert main(["--db", str(ledger), *command]) == 1
    err = capsys.readouterr().err
    assert "只读" in err and "损坏" not in err and "Traceback" not in err, err
    assert str(data_dir) in err


def test_read_only_database_file(ledger, mounts, capsys):
    mounts.read_only(ledger)
    assert main(["--db", str(ledger), "demo", "--size", "3", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "数据库文件" in err and "只读" in err and "损坏" not in err, err


def test_a_new_database_in_a_read_only_folder(data_dir, mounts, capsys):
    mounts.read_only(data_dir)
    assert main(["--db", str(data_dir / "new.sqlite3"), "init"]) == 1
    err = capsys.readouterr().err
    assert "只读" in err and "损坏" not in err, err
