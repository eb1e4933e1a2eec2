"""Opt-in: build the PyInstaller bundle and smoke-test it (about two minutes).

Not in the default test paths; run explicitly:
    QT_QPA_PLATFORM=offscreen python -m pytest tests/packaging -m slow
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_linux_bundle_builds_and_starts():
    env = dict(os.environ, PYTHON=sys.executable)
    run = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "KJCG Desktop" in run.stdout and "自检通过" in run.stdout
    sizes = json.loads(run.stdout.strip().splitlines()[-1])
    assert sizes["xz_bytes"] < 80 * 1024 * 1024  # the installer goal
