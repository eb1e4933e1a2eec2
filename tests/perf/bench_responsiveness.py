"""Benchmark: does the window stay responsive while long work runs?

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_responsiveness.py [--db /tmp/r20k.sqlite3] [--size 20000]
        [--rows 20000] [--runs 3] [--pages-db /tmp/l100k.sqlite3] [--pages-only]

Drives the real pages offscreen (财务对接, 年度报告, 备份与恢复 and the import wizard) on a database of
``--size`` achievements (``--db`` when it exists, otherwise a demo ledger built in a temporary
folder) and a messy ``--rows``-row import file (the one tests/perf/bench_excel.py builds). A 10 ms
timer ticks on the GUI thread; the stall of a job is the longest gap between two ticks while the job
runs, less the 10 ms period. Jobs: import (open, preview and write through the wizard; the batch is
undone between runs), ledger export, finance export, report (xlsx + pdf), check (integrity),
backup. Each is run ``--runs`` times and the largest stall is reported. Goal: every stall < 100 ms.

Then the page switches of the main window: the first visit of every page and a revisit (the largest
over the pages), on ``--pages-db`` when given (e.g. a 100k ledger), else on the same database, with the
GUI thread's CPU time beside each (less inflated than the wall time on a loaded machine).
Goal: first visit < 100 ms, revisit < 50 ms. ``--pages-only`` measures only the page switches (on
``--pages-db``, else ``--db``, else a demo ledger of ``--size`` built once and kept in the temporary
folder's parent as ``kjcg-pages-<size>.sqlite3``); the first visit includes importing the page's module
(from bytecode, as an installed copy does: with PYTHONDONTWRITEBYTECODE set the script keeps its
bytecode in the temporary folder's ``kjcg-bench-pycache``, so its first run compiles and is slower),
so run the script several times and take the median. The first visits start once the window's
background loading of the pages' heavy modules (ui/preload.py) has finished, as a clerk's first
click comes a second or more after the window appears; ``--no-preload-wait`` clicks at once.

Prints one JSON line last: ``{"<job>_stall_ms": …, "<job>_s": …, "page_first_visit_ms": …,
"page_revisit_ms": …, "slowest_first_page": …, "size": …, "rows": …}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# An installed copy runs from compiled bytecode; without it (PYTHONDONTWRITEBYTECODE) every first visit
# would also compile its modules from source. The bytecode goes to a folder of its own, not the tree.
if sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
    sys.dont_write_bytecode = False
    sys.pycache_prefix = sys.pycache_prefix or str(Path(tempfile.gettempdir()) / "kjcg-bench-pycache")
sys.path.insert(0, str(Path(__file__).resolve().parent))

PERIOD_MS = 10


class StallMeter:
    """A 10 ms timer on the GUI thread; ``stall_ms`` is the longest gap between ticks, less the period."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, job) -> tuple[float, float]:
        """Run ``job()`` (which returns once the work is done) and return (stall ms, seconds)."""
        from PySide6.QtWidgets import QApplication

        self.worst, self.last = 0.0, 0.0
        self.timer.start()
        QApplication.processEvents()
        t = time.perf_counter()
        job()
        seconds = time.perf_counter() - t
        self._tick()  # the gap up to the job's end counts too
        self.timer.stop()
        return max(0.0, self.worst * 1000 - PERIOD_MS), seconds


def wait(predicate, timeout: float = 600) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the job did not finish")
        QApplication.processEvents()
        time.sleep(0.001)


def quiet_dialogs(out_dir: Path) -> None:
    """Answer the file and message dialogs as the clerk would, without showing them."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    counter = iter(range(1_000_000))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out_dir / f"out-{next(counter)}.xlsx"), ""))
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)


def ensure_db(path: Path | None, size: int, folder: Path) -> Path:
    from kjcg_desktop.services.demo import build_demo
    from kjcg_desktop.storage import open_database

    if path is not None and path.exists():
        return path
    target = path or folder / "bench.sqlite3"
    print(f"building a demo ledger of {size:,} achievements in {target} …", flush=True)
    db = open_database(target)
    build_demo(db, size=size, seed=1)
    db.close()
    return target


def import_job(db, source: Path):
    from kjcg_desktop.services import excel_import as ei
    from kjcg_desktop.ui.import_wizard import ImportWizard

    def job() -> None:
        wizard = ImportWizard(db, None, source)
        wizard.show()
        for _ in range(4):  # file → sheets → mapping → preview → write
            wizard.next()
        if wizard.batch_id is None:
            raise RuntimeError("the import wrote nothing")
        job.batch = wizard.batch_id
        wizard.done(0)
        wizard.deleteLater()

    def undo() -> None:
        ei.undo_batch(db, job.batch)
    return job, undo


def page_times(db_path: Path, wait_preload: bool = True) -> tuple[float, float, str]:
    from PySide6.QtWidgets import QApplication

    from kjcg_desktop.storage import open_database
    from kjcg_desktop.ui import preload
    from kjcg_desktop.ui.main_window import SECTIONS, MainWindow

    db = open_database(db_path)
    win = MainWindow(db)
    win.resize(1400, 860)
    win.show()
    QApplication.processEvents()
    if wait_preload:  # the clerk's first click comes after the window's background loading
        preload.wait(30)
    first: dict[str, float] = {}
    revisit: dict[str, float] = {}
    cpu: dict[str, tuple[float, float]] = {}  # the GUI thread's CPU time: what a loaded machine does not inflate
    keys = [key for key, *_ in SECTIONS]
    for key in keys:
        t, c = time.perf_counter(), time.thread_time()
        win.show_section(key)
        QApplication.processEvents()
        first[key], cpu[key] = time.perf_counter() - t, (time.thread_time() - c, 0.0)
    for key in keys:
        win.show_section(keys[0] if key != keys[0] else keys[1])
        QApplication.processEvents()
        t, c = time.perf_counter(), time.thread_time()
        win.show_section(key)
        QApplication.processEvents()
        revisit[key], cpu[key] = time.perf_counter() - t, (cpu[key][0], time.thread_time() - c)
    for key in keys:
        print(f"page {key:>13}: first {first[key] * 1000:7.1f} ms, revisit {revisit[key] * 1000:7.1f} ms "
              f"(GUI thread CPU {cpu[key][0] * 1000:.1f} / {cpu[key][1] * 1000:.1f} ms)")
    slowest = max(first, key=first.get)
    win.close()
    win.deleteLater()
    QApplication.processEvents()
    db.close()
    return max(first.values()) * 1000, max(revisit.values()) * 1000, slowest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages-db", type=Path)
    parser.add_argument("--pages-only", action="store_true")
    parser.add_argument("--no-preload-wait", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kjcg-resp-"))
    os.environ.setdefault("KJCG_DATA_DIR", str(tmp / "data"))
    if args.pages_only:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        quiet_dialogs(tmp)
        cached = args.pages_db or args.db or tmp.parent / f"kjcg-pages-{args.size}.sqlite3"
        first, revisit, slowest = page_times(ensure_db(cached, args.size, tmp), not args.no_preload_wait)
        print(json.dumps({"page_first_visit_ms": round(first, 1), "page_revisit_ms": round(revisit, 1),
                          "slowest_first_page": slowest}, ensure_ascii=False))
        return

    from bench_excel import build_workbook
    from PySide6.QtWidgets import QApplication

    from kjcg_desktop.storage import open_database
    from kjcg_desktop.ui.backup_page import BackupPage
    from kjcg_desktop.ui.excel_pages import FinancePage
    from kjcg_desktop.ui.report_page import ReportPage

    app = QApplication.instance() or QApplication([])
    quiet_dialogs(tmp)
    db_path = ensure_db(args.db, args.size, tmp)
    source = tmp / "import.xlsx"
    build_workbook(source, args.rows)
    db = open_database(db_path)
    size = db.scalar("SELECT count(*) FROM achievements")
    finance = FinancePage(db)
    report = ReportPage(db)
    report.out_dir.setText(str(tmp / "report"))
    backups = BackupPage(db)
    for page in (finance, report, backups):
        page.show()
    app.processEvents()
    wait(lambda: not report.busy)
    imported, undo = import_job(db, source)

    def report_job() -> None:
        report.generate()
        wait(lambda: not report.busy)

    jobs = {
        "import": (imported, undo),
        "ledger_export": (finance.export_ledger, None),
        "finance_export": (finance.export_finance, None),
        "report": (report_job, None),
        "check": (backups.check_now, None),
        "backup": (backups.backup_now, None),
    }
    meter = StallMeter()
    result: dict[str, object] = {"size": size, "rows": args.rows}
    for name, (job, after) in jobs.items():
        stalls, seconds = [], []
        for _ in range(args.runs):
            stall, s = meter.measure(job)
            stalls.append(stall)
            seconds.append(s)
            if after is not None:
                after()
            app.processEvents()
        print(f"{name:>15}: worst stall {max(stalls):6.1f} ms over {args.runs} runs "
              f"({', '.join(f'{x:.0f}' for x in stalls)} ms), {min(seconds):.2f}-{max(seconds):.2f} s")
        result[f"{name}_stall_ms"] = round(max(stalls), 1)
        result[f"{name}_s"] = round(max(seconds), 2)
    for page in (finance, report, backups):
        page.close()
    db.close()
    first, revisit, slowest = page_times(args.pages_db if args.pages_db else db_path, not args.no_preload_wait)
    result.update({"page_first_visit_ms": round(first, 1), "page_revisit_ms": round(revisit, 1),
                   "slowest_first_page": slowest})
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
