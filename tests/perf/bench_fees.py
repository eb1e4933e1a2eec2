"""Benchmark: the fee calendar, the reminders, the budget and the fee page on a demo ledger.

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_fees.py [--size 5000]

Prints one JSON line last: {"achievements", "patents", "demo_s", "calendar_s", "fees", "reminders_s",
"budget_s", "page_s"}.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kjcg_desktop.services import fees  # noqa: E402
from kjcg_desktop.services.demo import build_demo  # noqa: E402
from kjcg_desktop.services.reminders import collect_reminders  # noqa: E402
from kjcg_desktop.storage import open_database  # noqa: E402
from kjcg_desktop.ui.fees_page import FeesPage  # noqa: E402

TODAY = date(2026, 12, 9)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        build_demo(db, size=args.size, today=TODAY)
        demo_s = time.perf_counter() - t
        patents = db.scalar("SELECT count(*) FROM achievements WHERE legal_status = 'granted' "
                            "AND type IN ('invention', 'utility_model', 'design')")
        t = time.perf_counter()
        lines = fees.fee_calendar(db, today=TODAY)
        calendar_s = time.perf_counter() - t
        t = time.perf_counter()
        collect_reminders(db, TODAY)
        reminders_s = time.perf_counter() - t
        t = time.perf_counter()
        fees.budget(db, 5, TODAY)
        budget_s = time.perf_counter() - t
        app = QApplication.instance() or QApplication([])
        t = time.perf_counter()
        page = FeesPage(db, today=lambda: TODAY)
        page_s = time.perf_counter() - t
        page.deleteLater()
        app.processEvents()
        db.close()
    print(json.dumps({"achievements": args.size, "patents": patents, "demo_s": round(demo_s, 2), "calendar_s": round(calendar_s, 3),
                      "fees": len(lines), "reminders_s": round(reminders_s, 3), "budget_s": round(budget_s, 3),
                      "page_s": round(page_s, 3)}))


if __name__ == "__main__":
    main()
