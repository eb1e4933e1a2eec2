"""Benchmark: the ledger's queries on the office server (PostgreSQL) beside the SQLite file.

    python -m kjcg_desktop --db /tmp/l100k.sqlite3 demo --size 100000 --quiet
    createdb kjcg100k            # an empty database on a local server
    PYTHONPATH=$PWD python tests/perf/bench_server.py --sqlite /tmp/l100k.sqlite3 \\
        --pg postgresql://postgres@127.0.0.1:5432/kjcg100k [--migrate]

With ``--migrate`` the file is first moved to the (empty) server database with ``migrate-to``'s
code and its time printed. Then, on each backend and for each search term (1-, 2- and ≥3-character
terms, which take different paths), the median of 7 runs of what the ledger does on a keystroke
(the matching ids in order and their count), and the "first paint" queries (all ids in order,
the count, the first 60 rows' columns). Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

TERMS = ("锂", "王伟", "电池", "锂离子电池", "CN2019", "KJCG-2020-0", "控制方法")
COLUMNS = ["ledger_no", "name", "type", "attribute", "stage", "transfer_status", "legal_status", "inventors",
           "department", "disclosure_date"]


def median_ms(action, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        action()
        times.append(time.perf_counter() - t)
    return round(statistics.median(times) * 1000, 1)


def measure(db) -> dict:
    from kjcg_desktop.storage import ledger

    result: dict = {}
    for term in TERMS:
        hits = len(ledger.ledger_ids(db, search=term))
        result[f"search {term} ({len(term)} chars, {hits} hits) ms"] = median_ms(
            lambda t=term: (ledger.ledger_ids(db, search=t), ledger.count(db, search=t)))

    def first_paint() -> None:
        ids = ledger.ledger_ids(db)
        ledger.count(db)
        ledger.fetch_rows(db, ids[:60], COLUMNS)

    result["first paint queries ms"] = median_ms(first_paint)
    result["sorted by name ms"] = median_ms(lambda: ledger.ledger_ids(db, sort="name"), runs=3)
    result["rows"] = ledger.count(db)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", required=True, type=Path)
    parser.add_argument("--pg", required=True)
    parser.add_argument("--migrate", action="store_true", help="move the file to the (empty) server database first")
    args = parser.parse_args()
    os.environ.setdefault("KJCG_DATA_DIR", tempfile.mkdtemp(prefix="kjcg-bench-"))
    from kjcg_desktop.storage import open_database
    from kjcg_desktop.storage.pg import open_server
    from kjcg_desktop.storage.pg.database import PgDatabase
    from kjcg_desktop.storage.pg.transfer import copy_to_server

    source = open_database(args.sqlite)
    out: dict = {}
    if args.migrate:
        server = PgDatabase(args.pg)
        report = copy_to_server(source, server)
        server.close()
        out["migrate_s"] = round(report.seconds, 1)
        out["migrate_ok"] = report.ok
        print(f"migrate-to: {report.seconds:.1f} s, {report.counts['achievements'][1]} achievements, "
              f"{report.counts['events'][1]} events, verified: {report.ok}")
    server = open_server(args.pg)
    server.execute("ANALYZE")
    for name, db in (("sqlite", source), ("postgresql", server)):
        figures = measure(db)
        out[name] = figures
        for key, value in figures.items():
            print(f"{name:>10}  {key}: {value}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(json.dumps(out, ensure_ascii=False))
    source.close()
    server.close()


if __name__ == "__main__":
    main()
