"""Benchmark: a ledger workbook with an annual-fee list beside it.

    python tests/perf/bench_import_registers.py [--patents 2000] [--years 5]

A 台账 sheet of N granted inventions and a 年费缴纳记录 sheet of N × years payments (费用种类 spelled
out, 缴费金额（元）, 缴费日期, 收据号). Times the import (records + payments into the fee register, one
transaction) and a re-import of the same file (nothing recorded twice), CPU seconds. Prints one JSON
line last.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
from excel_helpers import app_no, write_xlsx  # noqa: E402

from kjcg_desktop import clock  # noqa: E402
from kjcg_desktop.services import excel_import as ei  # noqa: E402
from kjcg_desktop.storage.opening import open_database  # noqa: E402


def workbook(path: Path, patents: int, years: int) -> Path:
    ledger = [["成果名称", "专利类型", "申请号", "申请日", "授权公告日", "法律状态"]]
    fees = [["申请号", "专利名称", "费用种类", "缴费金额（元）", "缴费日期", "收据号"]]
    for i in range(patents):
        number = app_no(2012, 1, 1000 + i)
        ledger.append([f"一种测试专利{i}", "发明专利", number, "2012-03-05", "2015-06-01", "有效"])
        for year in range(5, 5 + years):
            fees.append([number, f"一种测试专利{i}", f"发明专利第{year}年年费", 1200, f"{2011 + year}-02-20", f"R{i}-{year}"])
    return write_xlsx(path, {"台账": ledger, "年费缴纳记录": fees})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patents", type=int, default=2000)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    clock.set_today(date(2026, 12, 9))
    with tempfile.TemporaryDirectory() as tmp:
        path = workbook(Path(tmp) / "office.xlsx", args.patents, args.years)
        db = open_database(Path(tmp) / "bench.sqlite3")
        start = time.process_time()
        plan, _ = ei.import_file(db, path)
        imported = time.process_time() - start
        start = time.process_time()
        again, batch = ei.import_file(db, path)
        reimported = time.process_time() - start
        payments = int(db.scalar("SELECT count(*) FROM fee_payments"))
        db.close()
    print(f"import {args.patents} patents + {payments} payments: {imported:.2f}s CPU; re-import {reimported:.2f}s CPU "
          f"({again.register_counts['known_items']} already on record, batch {batch})")
    print(json.dumps({"patents": args.patents, "payments": payments, "import_cpu_s": round(imported, 3),
                      "reimport_cpu_s": round(reimported, 3), "planned_payments": plan.register_counts["payments"],
                      "known_on_reimport": again.register_counts["known_items"]}))


if __name__ == "__main__":
    main()
