"""Every test gets a fresh data folder and database and runs on a fixed day; Qt runs offscreen.

The day is ``KJCG_TEST_TODAY`` (YYYY-MM-DD) when set, else :data:`DEFAULT_TODAY`: no test depends on
the date the suite happens to run (tests/unit/test_fixed_clock.py runs the date-sensitive tests on
a Friday before a holiday, a Saturday and New Year's Eve). Subprocesses get the same day through
``KJCG_TODAY``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from kjcg_desktop import clock  # noqa: E402
from kjcg_desktop.domain.holidays import install_calendar  # noqa: E402
from kjcg_desktop.storage import open_database  # noqa: E402

DEFAULT_TODAY = date(2026, 12, 9)   # an ordinary Wednesday
TEST_TODAY = date.fromisoformat(os.environ["KJCG_TEST_TODAY"]) if os.environ.get("KJCG_TEST_TODAY") else DEFAULT_TODAY


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """The application's clock reads :data:`TEST_TODAY` in this process and in subprocesses."""
    monkeypatch.setenv(clock.ENV_VAR, TEST_TODAY.isoformat())
    clock.set_today(TEST_TODAY)
    yield TEST_TODAY
    clock.set_today(None)
    install_calendar(None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("KJCG_DATA_DIR", str(folder))
    monkeypatch.setenv("KJCG_OPERATOR", "测试员")
    return folder


@pytest.fixture
def db_path(data_dir):
    return data_dir / "kjcg.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from kjcg_desktop.services.demo import build_demo

    build_demo(db, size=200, seed=7)
    return db


# -- faults as root: a full disk (a small tmpfs) and a read-only folder (a read-only bind mount) -----
# Root ignores file permissions, so these are made with mounts. Where that is impossible the test
# is skipped with the reason; with CI_REQUIRE_ROOT_FAULT_TESTS=1 (set by .ci/run) a skip while
# running as root is a failure, so CI cannot pass without running them.

def fault_unavailable(reason: str):
    if os.environ.get("CI_REQUIRE_ROOT_FAULT_TESTS") == "1" and os.geteuid() == 0:
        pytest.fail(f"fault test could not run as root: {reason}")
    pytest.skip(reason)


class _Mounts:
    def __init__(self, base) -> None:
        self.base = base
        self.mounted: list = []

    def _mount(self, *args: str) -> None:
        import subprocess

        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            fault_unavailable("needs root to mount a tmpfs / read-only bind mount (run as root, as CI does)")
        try:
            result = subprocess.run(["mount", *args], capture_output=True, text=True)
        except OSError as exc:
            fault_unavailable(f"cannot run mount: {exc}")
        if result.returncode:
            fault_unavailable(f"mount {' '.join(args)} failed: {result.stderr.strip()}")

    def disk(self, path=None, size: str = "4m"):
        """A tmpfs of ``size`` at ``path`` (a new folder under the test's tmp_path by default)."""
        path = path or self.base / f"disk{len(self.mounted)}"
        path.mkdir(parents=True, exist_ok=True)
        self._mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
        self.mounted.append(path)
        return path

    @staticmethod
    def fill(folder, leave: int = 0) -> None:
        """Fill the file system of ``folder`` to the last byte, then free ``leave`` bytes."""
        with open(folder / ".filler", "wb", buffering=0) as fh:
            block = b"\0" * 65536
            try:
                while True:
                    fh.write(block)
            except OSError:
                pass
            for size in (4096, 512, 1):
                try:
                    while True:
                        fh.write(b"\0" * size)
                except OSError:
                    pass
            if leave:
                fh.truncate(max(0, fh.tell() - leave))

    def read_only(self, path):
        """Make ``path`` (a file or a folder) read-only for everyone, root included."""
        self._mount("--bind", str(path), str(path))
        self.mounted.append(path)
        self._mount("-o", "remount,bind,ro", str(path))
        return path

    def release(self) -> None:
        import subprocess

        for path in reversed(self.mounted):
            subprocess.run(["umount", "-l", str(path)], capture_output=True)
        self.mounted.clear()


@pytest.fixture
def mounts(tmp_path):
    m = _Mounts(tmp_path)
    yield m
    m.release()


# -- the office server (PostgreSQL): one throw-away cluster per test session ----------------------

@pytest.fixture(scope="session")
def pg_cluster():
    """A running throw-away PostgreSQL cluster (tests/pg_cluster.py); skipped with the reason when
    PostgreSQL is not installed (a failure under CI_REQUIRE_POSTGRES=1)."""
    from tests.pg_cluster import Cluster, unavailable

    try:
        import psycopg  # noqa: F401
    except ImportError:
        unavailable("psycopg is not installed")
    cluster = Cluster()
    try:
        cluster.start()
        cluster.make_template()
        yield cluster
    finally:
        from kjcg_desktop.storage.pg.database import close_pools

        close_pools()
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster, request):
    """The URL of a fresh database at the current schema on the throw-away cluster."""
    import re

    name = "t_" + re.sub(r"[^a-z0-9]", "_", request.node.name.lower())[:40] + f"_{os.getpid()}"
    url = pg_cluster.new_database(name)
    yield url
    from kjcg_desktop.storage.pg.database import close_pools

    close_pools()
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_db(pg_url):
    from kjcg_desktop.storage.pg import open_server

    database = open_server(pg_url)
    yield database
    database.close()


def pytest_collection_modifyitems(config, items):
    """A ``sqlite_only`` test is not generated for the office server (deselected, not skipped)."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        (drop if params.get("db") == "postgresql" and item.get_closest_marker("sqlite_only") else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
