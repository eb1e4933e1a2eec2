"""Benchmark: a ledger with one cell far from its table, read through the trimmed copy.

    python tests/perf/bench_far_cells.py [--rows 20000] [--runs 3]

1. The 20,000-row × 25-column ledger of bench_excel.py (.xlsx) and an .ods of the same shape
   (bench_sheet_size.py), each as it is and with one value typed at XFD1048576 (which the size guard
   refused before: a 512 GiB grid).
2. ``open_workbook(path).rows(sheet)`` of each in a child process: median wall seconds of N runs and
   the child's peak resident memory (the far-cell file is measured, copied without the far cell
   and read from the copy; the plain file is measured and read).

Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))

import bench_excel  # noqa: E402
import bench_sheet_size  # noqa: E402
import sheet_bombs  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import resource, sys, time
from kjcg_desktop.services import excel_import as ei
start = time.perf_counter()
book = ei.open_workbook(sys.argv[1])
rows = sum(len(book.rows(name)) for name in book.sheet_names)
far = sum(len(cells) for cells in book.stray_cells.values())
book.close()
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rows, far)
"""


def _with_far_cell(path: Path, out: Path) -> Path:
    """The workbook again with 张老师 at XFD1048576 of its first sheet."""
    with zipfile.ZipFile(path) as zf, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in zf.infolist():
            data = zf.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>张老师</t></is>'
                                    "</c></row></sheetData>".encode(), 1)
            elif info.filename == "content.xml":
                far = sheet_bombs.ods_row(sheet_bombs.ods_empty(16384), 1048575 - data.count(b"</table:table-row>"))
                far += sheet_bombs.ods_row(sheet_bombs.ods_empty(16383) + sheet_bombs.ods_text("张老师"))
                data = data.replace(b"</table:table>", far.encode() + b"</table:table>", 1)
            new.writestr(info, data)
    return out


def _run(path: Path, runs: int) -> tuple[float, float, int, int]:
    results = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=str(ROOT), check=True)
        wall, rss, rows, far = done.stdout.split()
        results.append((float(wall), int(rss) / 1024, int(rows), int(far)))
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            results[0][2], results[0][3])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    result: dict[str, float | int] = {"rows": args.rows, "columns": 25}
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "ledger.xlsx"
        bench_excel.build_workbook(xlsx, args.rows)
        ods = bench_sheet_size._ods_like(Path(tmp) / "ledger.ods", args.rows)
        for kind, path in (("xlsx", xlsx), ("ods", ods)):
            far = _with_far_cell(path, Path(tmp) / f"far.{kind}")
            for label, source in (("plain", path), ("far", far)):
                wall, rss, rows, cells = _run(source, args.runs)
                result[f"{kind}_{label}_wall_s"] = round(wall, 2)
                result[f"{kind}_{label}_peak_mb"] = round(rss)
                print(f"{kind} {label}: {wall:.2f} s, peak {rss:.0f} MB, {rows:,} rows read, {cells} far cell(s)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
