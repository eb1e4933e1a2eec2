"""Benchmark: the deals page and the evidence checklist with many deals, and an abandonment run.

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_deals.py [--deals 5000]

Prints one JSON line last: {"deals", "list_s", "page_refresh_s", "filter_s", "evidence_ms", "abandon_run_s"}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kjcg_desktop.services.abandonment import process_due_abandonments  # noqa: E402
from kjcg_desktop.services.demo import build_demo  # noqa: E402
from kjcg_desktop.storage import deals, diligence, open_database  # noqa: E402
from kjcg_desktop.ui.deals_page import DealsPage  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deals", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        build_demo(db, size=2000, seed=3)
        rng = random.Random(1)
        ids = [r[0] for r in db.query("SELECT id FROM achievements")]
        with db.transaction():
            for i in range(args.deals):
                deal_id = db.insert("deals", {
                    "number": f"B-{i:06d}", "achievement_id": rng.choice(ids), "kind": rng.choice(["assignment", "licence", "equity"]),
                    "counterparty": f"公司{i % 300}", "pricing_method": "listing", "amount_fen": rng.randint(1, 10**9),
                    "contract_date": date(2020 + i % 6, 1 + i % 12, 1), "created_at": "2025-01-01", "updated_at": "2025-01-01"})
                if i % 2:
                    db.insert("income_receipts", {"deal_id": deal_id, "date": "2025-01-01", "amount_fen": 100})
        n = int(db.scalar("SELECT count(*) FROM deals"))
        t0 = time.perf_counter()
        deals.list_deals(db)
        list_s = time.perf_counter() - t0
        page = DealsPage(db)
        t0 = time.perf_counter()
        page.refresh()
        app.processEvents()
        refresh_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        page.counterparty_filter.setText("公司1")
        app.processEvents()
        filter_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        for deal_id in range(1, 201):
            diligence.deal_evidence(db, deal_id, date.today())
        evidence_ms = (time.perf_counter() - t0) / 200 * 1000
        t0 = time.perf_counter()
        process_due_abandonments(db, date(2100, 1, 1))
        abandon_s = time.perf_counter() - t0
        page.deleteLater()
        db.close()
    print(f"{n} deals: list {list_s:.3f}s, page refresh {refresh_s:.3f}s, filter {filter_s:.3f}s, "
          f"evidence {evidence_ms:.2f} ms/deal, abandonment run {abandon_s:.3f}s")
    print(json.dumps({"deals": n, "list_s": round(list_s, 3), "page_refresh_s": round(refresh_s, 3), "filter_s": round(filter_s, 3),
                      "evidence_ms": round(evidence_ms, 2), "abandon_run_s": round(abandon_s, 3)}))


if __name__ == "__main__":
    main()
