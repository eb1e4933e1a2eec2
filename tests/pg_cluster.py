"""A throw-away PostgreSQL cluster for the tests of the office-server backend.

The cluster is made with the server's own tools (``initdb``, ``pg_ctl`` from
``/usr/lib/postgresql/<version>/bin``) in a temporary folder, UTF-8 with the C.UTF-8 locale, and
listens on 127.0.0.1 only (a free port) and on a socket in that folder. ``initdb`` and
``postgres`` refuse to run as root: as root the cluster is run by the ``postgres`` system user
through ``runuser``. A template database with the current schema is made once, and each test gets
a fresh database copied from it (``CREATE DATABASE … TEMPLATE``, a fraction of a second).

Where PostgreSQL is not installed the tests that need it are skipped with the reason; with
``CI_REQUIRE_POSTGRES=1`` (set by ``.ci/run`` after installing the package) that is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

TEMPLATE = "kjcg_template"
ADMIN_PASSWORD = "kjcg-test-admin"


def find_bin_dir() -> Path | None:
    explicit = os.environ.get("KJCG_PG_BIN")
    if explicit and (Path(explicit) / "initdb").exists():
        return Path(explicit)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def unavailable(reason: str):
    if os.environ.get("CI_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL tests could not run although CI installed PostgreSQL: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        if self.bin_dir is None:
            unavailable("PostgreSQL server programs (initdb, pg_ctl) are not installed "
                        "(Debian: apt-get install postgresql)")
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root and not shutil.which("runuser"):
            unavailable("running as root, and runuser (to start PostgreSQL as the postgres user) is missing")
        # as root the folder must be reachable by the postgres user: /tmp, whatever TMPDIR says
        self.base = Path(tempfile.mkdtemp(prefix="kjcg-pg-", dir="/tmp" if self.as_root and os.path.isdir("/tmp") else None))
        self.data = self.base / "data"
        self.port = _free_port()
        self.log = self.base / "server.log"
        self.running = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        if self.as_root:
            try:
                shutil.chown(self.base, "postgres")
            except (LookupError, OSError) as exc:
                unavailable(f"running as root, and the postgres system user cannot own the cluster folder: {exc}")
        os.chmod(self.base, 0o755)
        pwfile = self.base / "pwfile"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        if self.as_root:
            shutil.chown(pwfile, "postgres")
        # passwords are checked over TCP (as on an office server); the socket in the folder is trusted
        result = self._run("initdb", "-D", str(self.data), "--locale=C.UTF-8", "-E", "UTF8", "--auth-local=trust",
                           "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-U", "postgres", "--no-sync")
        if result.returncode:
            unavailable(f"initdb failed: {result.stderr.strip()[-400:]}")
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        result = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")
        if result.returncode:
            log = self.log.read_text(errors="replace")[-600:] if self.log.exists() else ""
            unavailable(f"pg_ctl start failed: {result.stderr.strip()[-300:]} {log}")
        self.running = True

    def url(self, database: str = "postgres", user: str = "postgres", password: str | None = ADMIN_PASSWORD) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def make_template(self) -> None:
        """A database at the current schema that every test's database is copied from."""
        from kjcg_desktop.storage.pg import open_server

        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
        open_server(self.url(TEMPLATE)).close()
        from kjcg_desktop.storage.pg.database import close_pools

        close_pools()  # a template must have no connections to be copied

    def new_database(self, name: str) -> str:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.base, ignore_errors=True)


def with_user(url: str, user: str, password: str | None = None) -> str:
    """``url`` signed in as another role (with ``password``, or none: the program asks for it)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    auth = f"{user}:{password}" if password else user
    return urlunsplit((parts.scheme, f"{auth}@{parts.hostname}:{parts.port}", parts.path, parts.query, parts.fragment))
