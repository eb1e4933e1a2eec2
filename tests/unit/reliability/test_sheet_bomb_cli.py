"""The 1.7 KB workbook of the hostile-files report, imported as a user would — by the command line and
by the import wizard's loader (``open_workbook(...).rows(sheet)``) — under a 2 GB memory limit:
refused with a Chinese message naming the sheet and its size, never a crash.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from sheet_bombs import bomb_xlsx, forge_xls_column, ods, ods_empty, ods_number, ods_row, ods_text, xls, xlsx  # noqa: E402

LIMIT_BYTES = 2 << 30
ROOT = Path(__file__).resolve().parents[3]
ABORTED = (134, -6)


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_limited(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          preexec_fn=_limited, cwd=str(ROOT))


def _far_ods(path: Path) -> Path:
    return ods(path, ods_row(ods_text("名称") + ods_empty(16383)) + ods_row(ods_empty(16384), 1048574)
               + ods_row(ods_empty(16383) + ods_number(7)))


def _forged_xls(path: Path) -> Path:
    xls(path, {(0, 0): "名称", (65535, 200): 12345.678})
    return forge_xls_column(path, 65535, 200, 65535)


def test_cli_import_of_the_bomb_reads_it_without_its_far_cell(tmp_path):
    """The 1.7 KB report bomb is a table (A1) and one cell at XFD1048576: read without the far cell
    (never the 512 GiB grid), which is named; the table alone has no header, and that is said."""
    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    result = run_limited("-m", "kjcg_desktop", "import", str(path))
    assert result.returncode not in ABORTED, result.stderr[-1500:]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "memory allocation" not in result.stderr
    assert "bomb.xlsx" in result.stderr and "没有找到表头" in result.stderr


def test_cli_import_of_scattered_far_cells_says_why_in_chinese(tmp_path):
    """Thousands of cells scattered over the whole grid are no table with a stray cell: refused by
    the size guard, naming the sheet, its size and a far cell."""
    cells = {"A1": "名称", "B1": "申请号"} | {f"XFD{1048576 - 800 * i}": i for i in range(1200)}
    path = xlsx(tmp_path / "scattered.xlsx", cells)
    result = run_limited("-m", "kjcg_desktop", "import", str(path))
    assert result.returncode not in ABORTED, result.stderr[-1500:]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "memory allocation" not in result.stderr
    assert "scattered.xlsx" in result.stderr
    assert "工作表“台账”的数据区域为 1,048,576 行 × 16,384 列" in result.stderr
    assert "XFD1048576" in result.stderr


def test_cli_import_of_a_lying_shared_string_table_says_why(tmp_path):
    path = xlsx(tmp_path / "sst.xlsx", {"A1": "名称"}, unique_count=4294967295)
    result = run_limited("-m", "kjcg_desktop", "import", str(path))
    assert result.returncode not in ABORTED and result.returncode != 0, result.stderr[-1500:]
    assert "共享字符串表声明有 4,294,967,295 条文字" in result.stderr


def test_cli_import_of_a_sheet_placed_in_the_last_corner_reads_it(tmp_path):
    path = xlsx(tmp_path / "corner.xlsx", {"XFB1048574": "成果名称", "XFC1048574": "申请号",
                                           "XFB1048575": "一种夹持装置", "XFC1048575": "202220654321.5"})
    result = run_limited("-m", "kjcg_desktop", "import", "--dry-run", str(path))
    assert result.returncode not in ABORTED, result.stderr[-1500:]
    assert "Traceback" not in result.stderr and "chunk size" not in result.stderr


WIZARD_LOAD = """
    import sys
    from kjcg_desktop.services import excel_import as ei
    try:
        book = ei.open_workbook(sys.argv[1])
        for name in book.sheet_names:
            book.rows(name)
        print("READ")
    except ei.ImportFileError as exc:
        print("REFUSED", exc)
"""


def test_the_import_wizard_loader_reads_the_bomb_without_its_far_cell(tmp_path):
    path = bomb_xlsx(tmp_path / "bomb.xlsx")
    result = run_limited("-c", textwrap.dedent(WIZARD_LOAD), str(path))
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.startswith("READ"), result.stdout


# .ods and .xls reach calamine only once the importer reads them (issue 19's formats); then opening
# the file must be refused before calamine reads all its sheets.
def _filled_ods(path: Path) -> Path:  # 90 million numbers in 1 KB
    return ods(path, ods_row(ods_number(1, 10000), 9000))


@pytest.mark.parametrize("make", [_filled_ods, _forged_xls], ids=["filled.ods", "forged.xls"])
def test_the_import_wizard_loader_refuses_ods_and_xls_bombs(tmp_path, make):
    path = make(tmp_path / ("filled.ods" if make is _filled_ods else "forged.xls"))
    result = run_limited("-c", textwrap.dedent(WIZARD_LOAD), str(path))
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.startswith("REFUSED"), result.stdout
    assert "工作表“台账”的数据区域为" in result.stdout


def test_the_import_wizard_loader_reads_the_far_ods_without_its_far_cell(tmp_path):
    """A1 and one number at XFD1048576 (1 KB): the table read apart from the far cell, under 2 GB."""
    result = run_limited("-c", textwrap.dedent(WIZARD_LOAD), str(_far_ods(tmp_path / "far.ods")))
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.startswith("READ"), result.stdout
