"""``check`` and ``check --json`` on a database with a corrupted b-tree page: a report naming the
damage, exit code 1, never a traceback."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from kjcg_desktop.cli import main
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.storage import open_database


def _corrupt_pages(path, table: str, how: str) -> None:
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    conn.close()
    with open(path, "r+b") as fh:
        if how == "header":  # the b-tree page header of the table's root: an invalid page type
            fh.seek((root - 1) * size)
            fh.write(b"\x07" + b"\xff" * 11)
        else:  # the middle of every page of the table
            for page in pages:
                fh.seek((page - 1) * size + 8)
                fh.write(b"\xff" * (size // 2))


@pytest.fixture
def damaged_copy(db_path, tmp_path):
    db = open_database(db_path)
    build_demo(db, size=60, seed=4)
    db.close()
    copy = tmp_path / "copy" / "kjcg.sqlite3"
    copy.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copy(db_path, copy)
    return copy


@pytest.mark.parametrize("table", ["achievements", "events", "settings"])
@pytest.mark.parametrize("how", ["header", "cells"])
def test_check_reports_a_corrupted_page(damaged_copy, capsys, table, how):
    _corrupt_pages(damaged_copy, table, how)
    code = main(["--db", str(damaged_copy), "check"])
    captured = capsys.readouterr()
    assert code == 1 and "Traceback" not in captured.err
    assert "损坏" in captured.err or "结构检查失败" in captured.err, captured.err
    code = main(["--db", str(damaged_copy), "check", "--json"])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert code == 1 and report["ok"] is False
    assert report["problems"] and report["problems"][0]["kind"] == "structure"
