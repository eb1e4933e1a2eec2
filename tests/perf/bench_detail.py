"""Benchmark: the detail window of a record imported from a patent-database export, offscreen.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python tests/perf/bench_detail.py [--rows 300]

Builds an incoPat-like export (bench_excel.build_wide_export: 40 columns, a 300-character 摘要, a
500-character 主权项 and 3,000 characters of 权利要求 per row), imports it into a fresh database and
measures, for one of its records:
- first_open_s: the first detail window of the session, from the double click to its first paint
  (the window's modules loaded then included);
- open_s: the median of the next opens (each window closed before the next);
- page_height_px: the height of the 基本信息 page at the window's size (how far the clerk scrolls).
Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from bench_excel import build_wide_export
    from PySide6.QtWidgets import QApplication

    from kjcg_desktop.services import excel_import as ei
    from kjcg_desktop.storage import open_database

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KJCG_DATA_DIR"] = tmp
        export = Path(tmp) / "wide.xlsx"
        build_wide_export(export, args.rows)
        db = open_database(Path(tmp) / "w.sqlite3")
        ei.import_file(db, export)
        from kjcg_desktop.ui.ledger import LedgerPage

        page = LedgerPage(db)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        target = page.model.id_at(page.model.rowCount() // 2)
        times = []
        height = 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            dialog = page.open_detail(target)
            dialog.grab()  # the first paint
            times.append(time.perf_counter() - start)
            height = dialog.detail.tab("basic").widget().sizeHint().height()
            dialog.close()
            app.processEvents()
        db.close()
    print(json.dumps({"rows": args.rows, "first_open_s": round(times[0], 3),
                      "open_s": round(statistics.median(times[1:]), 3), "page_height_px": height}))


if __name__ == "__main__":
    main()
