"""Benchmark of the form engine and the grant pages (not part of the test run).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/perf/bench_forms.py [demo size]

Prints timings, then one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time


def main(size: int = 5000) -> dict:
    os.environ["KJCG_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from kjcg_desktop.forms_engine import initial_values, load_forms, validate_form
    from kjcg_desktop.paths import forms_dir
    from kjcg_desktop.services.demo import build_demo
    from kjcg_desktop.storage import open_database
    from kjcg_desktop.ui.applications_page import ApplicationsPage
    from kjcg_desktop.ui.publicity_page import PublicityPage

    db = open_database(os.environ["KJCG_DATA_DIR"] + "/bench.sqlite3")
    build_demo(db, size=size, seed=3)
    result: dict = {"demo_size": size}
    t = time.perf_counter()
    forms = load_forms(forms_dir())
    result["load_forms_ms"] = round((time.perf_counter() - t) * 1000, 1)
    values = initial_values(forms["ownership"])
    t = time.perf_counter()
    for _ in range(1000):
        validate_form(forms["ownership"], values)
    result["validate_ownership_ms"] = round((time.perf_counter() - t), 3)
    t = time.perf_counter()
    page = ApplicationsPage(db, forms=forms)
    result["applications_page_ms"] = round((time.perf_counter() - t) * 1000, 1)
    t = time.perf_counter()
    PublicityPage(db)
    result["publicity_page_ms"] = round((time.perf_counter() - t) * 1000, 1)
    achievement = db.scalar("SELECT id FROM achievements WHERE status = 'registered' LIMIT 1")
    t = time.perf_counter()
    wizard = page.new_wizard("ownership", achievement_id=achievement)
    app.processEvents()
    result["open_ownership_wizard_ms"] = round((time.perf_counter() - t) * 1000, 1)
    t = time.perf_counter()
    wizard.save_draft()
    result["autosave_ms"] = round((time.perf_counter() - t) * 1000, 2)
    result["applications"] = db.scalar("SELECT count(*) FROM applications")
    result["publicities"] = db.scalar("SELECT count(*) FROM publicities")
    wizard.finished_ok = True
    wizard.close()
    return result


if __name__ == "__main__":
    numbers = main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    for key, value in numbers.items():
        print(f"{key}: {value}")
    print(json.dumps(numbers))
