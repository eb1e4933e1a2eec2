"""Benchmark: what reliability costs at start-up and per write, over N achievements.

    python tests/perf/bench_reliability.py [--size 100000]

Measures the start-up integrity check (quick_check + foreign_key_check), the event-chain
verification, the daily backup (online backup API + verification), the lock, and 200 single-row
edits each with its event (the event-head trigger included). Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kjcg_desktop.services.backups import daily_backup
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.services.startup import check_at_start
from kjcg_desktop.storage import Settings, open_database
from kjcg_desktop.storage.events import verify_chain
from kjcg_desktop.storage.lock import acquire


def timed(func):
    t0 = time.perf_counter()
    result = func()
    return result, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = open_database(path)
        build_demo(db, size=args.size, seed=1)
        db.close()
        size_mb = path.stat().st_size / 1024 / 1024
        problems, start_check_s = timed(lambda: check_at_start(path))
        lock, lock_s = timed(lambda: acquire(path))
        db = open_database(path)
        brk, chain_s = timed(lambda: verify_chain(db))
        _, backup_s = timed(lambda: daily_backup(db))
        settings = Settings(db)
        _, edits_s = timed(lambda: [settings.set("bench", i) for i in range(200)])
        events = db.scalar("SELECT count(*) FROM events")
        db.close()
        lock.release()
    print(f"{args.size} achievements, {size_mb:.1f} MB, {events} events: start-up check {start_check_s:.2f}s "
          f"(ok={not problems}), chain {chain_s:.2f}s (ok={brk is None}), daily backup {backup_s:.2f}s, "
          f"lock {lock_s * 1000:.1f}ms, 200 edits {edits_s:.2f}s")
    print(json.dumps({"size": args.size, "db_mb": round(size_mb, 1), "events": events,
                      "start_check_s": round(start_check_s, 3), "chain_s": round(chain_s, 3),
                      "daily_backup_s": round(backup_s, 3), "lock_ms": round(lock_s * 1000, 2),
                      "edit_ms": round(edits_s / 200 * 1000, 2)}))


if __name__ == "__main__":
    main()
