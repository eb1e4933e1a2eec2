"""Load the heavy, Qt-free modules behind the pages in the background once the window is up.

The pages import their modules on first visit (start-up loads only the first page). Some of those
modules bring large libraries — reportlab for the documents, XlsxWriter for the finance exports,
the mail modules for the report — that take a few hundred milliseconds to import, which the clerk
would feel as a pause on the first click. A background thread imports them while the clerk is still
looking at the first page; a page visited before it finished waits for the module as before.

Only modules without Qt are loaded here: Qt classes are defined on the GUI thread.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading

log = logging.getLogger(__name__)

# the services and repositories the pages of ui/main_window.py SECTIONS import, slowest first
MODULES = (
    "kjcg_desktop.services.documents",
    "kjcg_desktop.services.excel_export",
    "kjcg_desktop.services.report",
    "kjcg_desktop.services.forms",
    "kjcg_desktop.services.wizard_flows",
    "kjcg_desktop.services.achievements",
    "kjcg_desktop.storage.deals",
    "kjcg_desktop.storage.abandonment",
    "kjcg_desktop.storage.diligence",
)

# A thread running Python code keeps the GIL until another asks for it and this long has passed
# (Python's default is 5 ms). The GUI thread gives the GIL up in every Qt and SQLite call and then
# waits that long to get it back while a worker computes, which made page switches several times
# slower during a background job; half a millisecond keeps the GUI thread's waits short.
GUI_SWITCH_INTERVAL = 0.0005


def share_gil_with_gui() -> None:
    """Let the GUI thread take the GIL back quickly from the background threads started from now on."""
    if sys.getswitchinterval() > GUI_SWITCH_INTERVAL:
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)


_lock = threading.Lock()
_thread: threading.Thread | None = None


def _load(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the page that needs it imports it again and reports the error there
            log.exception("could not load %s in the background", name)
    # What start-up and these modules made lives as long as the window: moved out of the cyclic
    # collector's sight, so that its full passes (one lands in some page switch) stay short.
    gc.freeze()


def start(names: tuple[str, ...] | None = None) -> threading.Thread | None:
    """Start importing ``names`` (default :data:`MODULES`) in a background thread; None when there is
    nothing left to load or a load is already running."""
    global _thread
    missing = tuple(name for name in (MODULES if names is None else names) if name not in sys.modules)
    with _lock:
        if not missing or (_thread is not None and _thread.is_alive()):
            return None
        share_gil_with_gui()
        _thread = threading.Thread(target=_load, args=(missing,), name="kjcg-preload")
        _thread.start()
        return _thread


def wait(timeout: float | None = None) -> None:
    """Wait until the background load has finished (the benchmark's clerk starts clicking then)."""
    thread = _thread
    if thread is not None:
        thread.join(timeout)
