"""Benchmark: the real main window on a database, offscreen.

    PYTHONPATH=$PWD python tests/perf/bench_ledger.py --db /tmp/l100k.sqlite3
    PYTHONPATH=$PWD python tests/perf/bench_ledger.py --db postgresql://user@host/kjcg100k   # the office server

Build the database first with
``python -m kjcg_desktop --db /tmp/l100k.sqlite3 demo --size 100000 --quiet``.

Measures
- startup_s: process start → main window shown with the ledger's table painted (imports, opening
  and migrating the database, the dashboard, the ledger's id query, the first paint);
- first_paint_s: building the ledger page (its SQL id query included) → first paint of its rows;
- search_s: the slowest keystroke (median of three rounds), typed character by character (1-, 2- and
  ≥3-character terms), from the key to the repainted result; search_median_s: the typical keystroke;
- rss_mb: resident memory with the ledger open after scrolling through it;
- rows: rows in the ledger;
- dashboard_s (extra): opening the dashboard afterwards (counts, chart, reminders).
Prints one JSON line last.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402


def process_age() -> float:
    """Seconds since this process started (Linux /proc), else since the script's first line."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(uptime - start, time.perf_counter() - T0)
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - T0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="the database file, or postgresql://… (the office server)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KJCG_DATA_DIR", tempfile.mkdtemp(prefix="kjcg-bench-"))

    t_imports = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from kjcg_desktop.storage import open_database
    from kjcg_desktop.ui.main_window import MainWindow

    imports_s = time.perf_counter() - t_imports

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0
            self.last = 0.0

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.count += 1
                self.last = time.perf_counter()
            return False

    app = QApplication.instance() or QApplication([])
    if str(args.db).startswith("postgresql://"):
        from kjcg_desktop.storage.pg import open_server

        db = open_server(args.db)
    else:
        db = open_database(Path(args.db))
    t_window = time.perf_counter()
    win = MainWindow(db)
    window_s = time.perf_counter() - t_window
    win.resize(1400, 860)
    t_page = time.perf_counter()
    page = win.page("ledger")
    counter = PaintCounter()
    page.view.viewport().installEventFilter(counter)
    win.show_section("ledger")
    win.show()
    while counter.count == 0:
        app.processEvents()
    startup_s = process_age() - (time.perf_counter() - counter.last)
    first_paint_s = counter.last - t_page
    rows = page.model.rowCount()

    resets = []
    page.model.modelReset.connect(lambda: resets.append(counter.count))

    def settle_after(action, *, reset: bool = False) -> float:
        """From the action to the first paint of the table after it (after the model reset, if any)."""
        before = counter.count
        resets.clear()
        t = time.perf_counter()
        action()
        deadline = t + 10
        while time.perf_counter() < deadline:
            app.processEvents()
            if reset and not resets:
                continue
            if counter.count > (resets[0] if reset else before):
                break
        return counter.last - t

    samples: dict[str, list[float]] = {}
    for _round in range(3):
        for word in ("锂离子电池", "王伟", "CN2019", "KJCG-2020-0"):
            for i in range(1, len(word) + 1):
                prefix = word[:i]
                samples.setdefault(prefix, []).append(settle_after(lambda p=prefix: page.search.setText(p), reset=True))
            settle_after(lambda: page.search.setText(""), reset=True)
    # each keystroke's median over three rounds; the slowest keystroke is reported
    timings = {k: statistics.median(v) for k, v in samples.items()}
    search_s = max(timings.values())
    search_median_s = statistics.median(timings.values())
    settle_after(lambda: page.view.scrollToBottom())
    settle_after(lambda: page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum() // 2))
    memory = rss_mb()
    t = time.perf_counter()
    win.show_section("dashboard")
    app.processEvents()
    dashboard_s = time.perf_counter() - t
    for term, seconds in timings.items():
        print(f"keystroke {term!r:>16}: {seconds * 1000:7.1f} ms")
    print(f"rows {rows}, startup {startup_s:.3f}s, first paint {first_paint_s:.3f}s, slowest keystroke {search_s * 1000:.1f} ms, "
          f"RSS {memory:.0f} MB, dashboard {dashboard_s:.3f}s")
    print(f"startup parts: interpreter+imports {process_age() - (time.perf_counter() - t_imports) + imports_s:.3f}s "
          f"(imports {imports_s:.3f}s), main window {window_s:.3f}s; load average {os.getloadavg()[0]:.1f}")
    print(json.dumps({"startup_s": round(startup_s, 3), "first_paint_s": round(first_paint_s, 3),
                      "search_s": round(search_s, 4), "rss_mb": round(memory, 1), "rows": rows,
                      "search_median_s": round(search_median_s, 4),
                      "dashboard_s": round(dashboard_s, 3)}))
    win.close()
    db.close()


if __name__ == "__main__":
    main()
