"""Hostile and broken files an office or an attacker could hand the importer: each is built here,
and each gets a Chinese message naming the place (or is read right), never a traceback, a
runaway read or a half-done write."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from excel_helpers import app_no

from kjcg_desktop.services import excel_import as ei

ROOT = Path(__file__).resolve().parents[3]
LIMIT_BYTES = 1536 << 20
HEADER = ["专利名称", "申请号", "专利类型", "法律状态", "申请日", "发明人"]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_limited(code: str, *args: str) -> subprocess.CompletedProcess:
    """Python code in a child process that may use at most 1.5 GB of address space."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=300, preexec_fn=_limited, cwd=str(ROOT))


GUARDED_OPEN = """
    import sys
    from kjcg_desktop.services import excel_import as ei
    try:
        book = ei.open_workbook(sys.argv[1])
        print("READ", [len(book.rows(s)) for s in book.sheet_names])
    except ei.ImportFileError as exc:
        print("REFUSED", exc)
"""


def _db_bytes(db) -> bytes:
    return Path(db.path).read_bytes() if getattr(db, "path", None) and Path(str(db.path)).is_file() else b""


# -- CSV: a table too large for a sheet is refused while it is read ---------------------------------
def test_a_csv_line_of_millions_of_commas_is_refused_naming_the_line_within_a_memory_bound(tmp_path):
    path = tmp_path / "台账.csv"
    # 12 MB: a header, one real row, and a line of 6 million empty cells (every one a Python object)
    path.write_text(",".join(HEADER) + "\r\n" + f"一种装置,{app_no(2023, 1, 123456)},发明专利,有效,2023-05-06,王伟\r\n"
                    + "x," * 6_000_000 + "\r\n", encoding="utf-8")
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED"), result.stdout[:300]
    assert "第 3 行有 6,000,001 列（以逗号分隔）" in result.stdout and "16,384 列" in result.stdout


def test_one_wide_line_above_many_short_rows_is_refused_not_padded_into_billions_of_cells(db, tmp_path):
    path = tmp_path / "台账.csv"
    # 4.6 MB: every row is read to the widest row's width, 100,001 × 16,001 cells
    path.write_text(",".join(HEADER) + "\r\n" + "一种装置," + ",".join(["x"] * 16_000) + "\r\n"
                    + "".join(f"装置{i},,发明专利,有效,2023-01-01,王伟\r\n" for i in range(100_000)), encoding="utf-8")
    result = run_limited(GUARDED_OPEN, str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("REFUSED"), result.stdout[:300]
    assert "16,001 列（最宽的是第 2 行）" in result.stdout
    before = db.one("SELECT COUNT(*) FROM achievements")[0]
    with pytest.raises(ei.ImportFileError, match="超出可导入的范围"):
        ei.import_file(db, path)
    assert db.one("SELECT COUNT(*) FROM achievements")[0] == before


def test_a_csv_of_more_cells_than_a_sheet_holds_is_refused(tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text(",".join(HEADER) + "\r\n" + ("ab," * 9_000 + "\r\n") * 2_000, encoding="utf-8")
    with pytest.raises(ei.ImportFileError, match="超出可导入的范围（最多 16,777,216 个单元格"):
        ei.open_workbook(path)


def test_a_wide_but_ordinary_csv_is_still_read(tmp_path):
    path = tmp_path / "宽表.csv"
    path.write_text(",".join(HEADER + [f"扩展{i}" for i in range(300)]) + "\r\n"
                    + "".join(f"装置{i},,发明专利,有效,2023-01-01,王伟" + ",x" * 300 + "\r\n" for i in range(2_000)),
                    encoding="utf-8")
    book = ei.open_workbook(path)
    rows = book.rows(book.sheet_names[0])
    assert len(rows) == 2_001 and len(rows[1]) == 306
