"""Benchmark: one publicity notice and a ~30-page evidence dossier.

    python tests/perf/bench_documents.py [--events 150] [--repeat 5]

Targets: one notice < 0.15 s, a 30-page dossier < 2 s (fonts registered once beforehand; the
one-off font registration is reported separately). Prints one JSON line last.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from kjcg_desktop.services import documents
from kjcg_desktop.services.demo import build_demo
from kjcg_desktop.storage import open_database
from kjcg_desktop.storage.events import log_event


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=150, help="extra event-log entries on the dossier's achievement")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        build_demo(db, size=200, seed=3)
        app_id = db.scalar("SELECT id FROM applications WHERE kind = 'ownership' AND state = 'in_publicity' ORDER BY id")
        achievement_id = db.scalar("SELECT achievement_id FROM deals ORDER BY id")
        start = datetime(2024, 1, 1, 9, 0)
        with db.transaction():
            for n in range(args.events):
                log_event(db, "achievement", achievement_id, "update", old={"summary": f"第{n}版成果简介"},
                          new={"summary": f"第{n + 1}版成果简介：补充了实验数据、应用场景与市场分析"},
                          article="1-2 第七条", ts=start + timedelta(days=n))

        t0 = time.perf_counter()
        documents.fonts_for(db)
        fonts_s = time.perf_counter() - t0
        documents.generate(db, "notice", app_id)  # warm-up: templates parsed, code paths loaded

        notice_times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            pdf, _ = documents.generate(db, "notice", app_id)
            notice_times.append(time.perf_counter() - t0)
        dossier_times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            dossier, _ = documents.generate(db, "dossier", achievement_id)
            dossier_times.append(time.perf_counter() - t0)
        pages = len(PdfReader(io.BytesIO(dossier)).pages)
        db.close()
    result = {
        "font_registration_s": round(fonts_s, 3),
        "notice_s": round(statistics.median(notice_times), 4),
        "notice_max_s": round(max(notice_times), 4),
        "dossier_s": round(statistics.median(dossier_times), 3),
        "dossier_max_s": round(max(dossier_times), 3),
        "dossier_pages": pages,
        "dossier_kb": len(dossier) // 1024,
        "notice_ok": statistics.median(notice_times) < 0.15,
        "dossier_ok": statistics.median(dossier_times) < 2.0,
    }
    print(f"notice {result['notice_s']} s, dossier of {pages} pages {result['dossier_s']} s, "
          f"font registration {result['font_registration_s']} s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
