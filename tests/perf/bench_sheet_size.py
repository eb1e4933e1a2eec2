"""Benchmark: the sheet-size guard against the read it protects.

    python tests/perf/bench_sheet_size.py [--rows 20000] [--runs 5]

1. The 20,000-row × 25-column ledger of bench_excel.py (.xlsx) and an .ods of the same shape.
2. ``sheet_size.check_workbook`` (an .xlsx sheet of the usual form passes on an upper bound, other
   sheets are measured exactly) vs python-calamine opening the file and reading the sheet into
   Python values (median CPU seconds of N runs); the exact measure (``measure_workbook``) beside it.
3. The same for a 1.7 KB workbook with values at A1 and XFD1048576 (the guard alone: calamine
   would abort the process).

Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))

import bench_excel  # noqa: E402
import sheet_bombs  # noqa: E402

from kjcg_desktop.services import sheet_size  # noqa: E402


def _cpu(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _calamine_read(path: Path) -> None:
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python(skip_empty_area=False)


def _ods_like(path: Path, rows: int) -> Path:
    body = "".join(
        sheet_bombs.ods_row("".join(sheet_bombs.ods_text(f"成果{r}-{c}") if c % 3 else sheet_bombs.ods_number(r * c)
                                    for c in range(25)))
        for r in range(rows))
    return sheet_bombs.ods(path, body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result: dict[str, float | int] = {"rows": args.rows, "columns": 25}
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "ledger.xlsx"
        bench_excel.build_workbook(xlsx, args.rows)
        ods = _ods_like(Path(tmp) / "ledger.ods", args.rows)
        bomb = sheet_bombs.bomb_xlsx(Path(tmp) / "bomb.xlsx")
        for kind, path in (("xlsx", xlsx), ("ods", ods)):
            guard = _cpu(lambda p=path: sheet_size.check_workbook(p), args.runs)
            read = _cpu(lambda p=path: _calamine_read(p), args.runs)
            result[f"{kind}_guard_cpu_s"] = round(guard, 3)
            result[f"{kind}_read_cpu_s"] = round(read, 3)
            result[f"{kind}_guard_share"] = round(guard / read, 2)
            exact = _cpu(lambda p=path: sheet_size.measure_workbook(p), args.runs)
            result[f"{kind}_exact_measure_cpu_s"] = round(exact, 3)
            print(f"{kind}: guard {guard:.3f} s, calamine read {read:.3f} s ({guard / read:.0%} of the read); "
                  f"exact measure {exact:.3f} s")
        bomb_s = _cpu(lambda: sheet_size.measure_workbook(bomb), args.runs)
        result["bomb_measure_cpu_s"] = round(bomb_s, 4)
        print(f"bomb: measured in {bomb_s * 1000:.1f} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
