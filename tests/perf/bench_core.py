"""Benchmark: demo generation and recomputing tags over N achievements.

    python tests/perf/bench_core.py [--size 100000]

Prints one JSON line last: {"size", "demo_s", "check_s", "recompute_tags_s", "changed"}.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.services.integrity import check_database, recompute_all_tags
from kjcg_desktop.storage import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        t0 = time.perf_counter()
        build_demo(db, size=args.size, seed=1)
        demo_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = check_database(db)
        check_s = time.perf_counter() - t0
        db.execute("UPDATE achievements SET stage = 'development' WHERE id % 100 = 0 AND stage = 'research'")
        t0 = time.perf_counter()
        changed = recompute_all_tags(db)
        recompute_s = time.perf_counter() - t0
        db.close()
    print(f"demo {demo_s:.2f}s, check {check_s:.2f}s (ok={report.ok}), recompute tags {recompute_s:.2f}s ({changed} changed)")
    print(json.dumps({"size": args.size, "demo_s": round(demo_s, 3), "check_s": round(check_s, 3),
                      "recompute_tags_s": round(recompute_s, 3), "changed": changed}))


if __name__ == "__main__":
    main()
