"""Benchmark: the annual report over a large ledger.

    python tests/perf/bench_report.py [--db /tmp/r100k.sqlite3] [--size 100000] [--year YYYY]

Uses ``--db`` if it exists (build one with ``python -m kjcg_desktop --db /tmp/r100k.sqlite3 demo
--size 100000 --quiet``), otherwise builds a demo ledger of ``--size`` in a temporary folder.
Targets: indicators for the year and the year before < 1 s; the whole xlsx + pdf < 5 s.
Prints one JSON line last: {"size", "year", "indicators_s", "report_s", "xlsx_s", "pdf_s",
"total_s", "indicators_cpu_s", "total_cpu_s", "xlsx_rows", "pdf_pages"} (wall-clock seconds; the
``_cpu_s`` values are this process's CPU time, less sensitive to a busy machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from kjcg_desktop.services.report import generate_report
from kjcg_desktop.services.report import indicators as ind
from kjcg_desktop.storage import open_database

CPU: dict[str, float] = {}


def _timed(func, cpu_key: str | None = None):
    t0, c0 = time.perf_counter(), time.process_time()
    result = func()
    if cpu_key:
        CPU[cpu_key] = time.process_time() - c0
    return time.perf_counter() - t0, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/r100k.sqlite3")
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--year", type=int, default=date.today().year - 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db)
        if not path.exists():
            from kjcg_desktop.services.demo import build_demo

            path = Path(tmp) / "bench.sqlite3"
            db = open_database(path)
            build_demo(db, size=args.size, seed=1)
            db.close()
        db = open_database(path)
        size = db.scalar("SELECT count(*) FROM achievements")
        year = args.year
        ind.indicator_values(db, year)  # warm the page cache once, as the GUI page does on opening
        runs = [_timed(lambda: (ind.indicator_values(db, year), ind.indicator_values(db, year - 1)), "indicators")[0]
                for _ in range(3)]
        indicators_s = statistics.median(runs)
        report_s, report = _timed(lambda: ind.compute_report(db, year))
        out = Path(tmp) / "out"
        stages: dict[str, float] = {}
        last = [time.perf_counter()]

        def progress(done: int, total: int, label: str) -> None:
            now = time.perf_counter()
            stages[label] = now - last[0]
            last[0] = now
        total_s, files = _timed(lambda: generate_report(db, year, out, progress=progress), "total")
        xlsx_s = stages.get("生成 PDF 报告", 0.0)  # time spent since "生成 Excel 工作簿" started
        pdf_s = stages.get("完成", 0.0)
        from openpyxl import load_workbook
        from pypdf import PdfReader

        wb = load_workbook(files.xlsx, read_only=True)
        xlsx_rows = sum(sum(1 for _ in ws.iter_rows(values_only=True)) for ws in wb.worksheets)
        wb.close()
        pdf_pages = len(PdfReader(files.pdf).pages)
        db.close()
    print(f"{size} achievements, year {year}: indicators (year + previous) {indicators_s:.3f}s "
          f"(runs {', '.join(f'{r:.3f}' for r in runs)}), report with 5-year series {report_s:.3f}s; "
          f"xlsx + pdf from scratch {total_s:.2f}s (xlsx {xlsx_s:.2f}s, {xlsx_rows} rows; pdf {pdf_s:.2f}s, {pdf_pages} pages)")
    print(json.dumps({"size": size, "year": year, "indicators_s": round(indicators_s, 3), "report_s": round(report_s, 3),
                      "xlsx_s": round(xlsx_s, 3), "pdf_s": round(pdf_s, 3), "total_s": round(total_s, 3),
                      "indicators_cpu_s": round(CPU["indicators"], 3), "total_cpu_s": round(CPU["total"], 3),
                      "xlsx_rows": xlsx_rows, "pdf_pages": pdf_pages}))


if __name__ == "__main__":
    main()
