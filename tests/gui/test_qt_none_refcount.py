"""Regression: PySide6 6.12 on CPython 3.11 loses a reference to None on each void C++ call;
importing kjcg_desktop.ui guards against the resulting abort (see kjcg_desktop/ui/pyside_guard.py)."""

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_process():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import kjcg_desktop.ui\n"
        "from PySide6.QtWidgets import QApplication, QTableWidgetItem\n"
        "app = QApplication([])\n"
        "item = QTableWidgetItem('x')\n"
        "for i in range(60_000):\n"
        "    item.setText('y')\n"
        "print('alive')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
