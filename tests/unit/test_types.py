"""mypy passes on the rules (strict), the repositories and the services (pyproject's [tool.mypy])."""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_passes_on_domain_storage_and_services(tmp_path):
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "cache"),
                                *(str(ROOT / "kjcg_desktop" / p) for p in ("domain", "storage", "services"))])
    assert status == 0, out + err
    assert "Success" in out
