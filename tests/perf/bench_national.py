"""Benchmark: the national annual report (indicators, .docx, .xlsx) over a large demo ledger.

    python tests/perf/bench_national.py [--db /tmp/n20k.sqlite3] [--size 20000] [--year YYYY]

Uses ``--db`` if it exists, otherwise builds a demo ledger of ``--size`` in a temporary folder.
Prints one JSON line last: {"size", "year", "contracts", "compute_s", "docx_s", "xlsx_s"} (wall-clock seconds).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kjcg_desktop import clock
from kjcg_desktop.services.report import national
from kjcg_desktop.storage import open_database


def _timed(func):
    t0 = time.perf_counter()
    result = func()
    return time.perf_counter() - t0, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/n20k.sqlite3")
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--year", type=int, default=clock.today().year - 1)
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
        compute_s, report = _timed(lambda: national.compute_national(db, args.year))
        docx_s, _ = _timed(lambda: national.write_docx(report, Path(tmp) / "n.docx"))
        xlsx_s, _ = _timed(lambda: national.write_xlsx(report, Path(tmp) / "n.xlsx"))
        db.close()
    print(json.dumps({"size": args.size, "year": args.year, "contracts": len(report.contracts), "compute_s": round(compute_s, 3),
                      "docx_s": round(docx_s, 3), "xlsx_s": round(xlsx_s, 3)}))


if __name__ == "__main__":
    main()
