"""The office server's schema, derived from the one numbered list of migrations.

The migrations in :mod:`kjcg_desktop.storage.migrations` stay the single source of the schema:
every table, column, CHECK, foreign key and index of the server is read from a SQLite database
migrated in memory to :data:`SCHEMA_VERSION` and written in PostgreSQL's dialect (``INTEGER`` →
``bigint``, moments → ``timestamptz``, ``GLOB`` → a regular expression, foreign keys added once
every table exists). A second hand-kept list of migrations could drift from the first; this one
cannot, and a new migration reaches the server without a second copy.

What SQLite does with its own machinery the server does with PostgreSQL's, in ``pg_extras.sql``:
the search index (pg_trgm GIN over the same text the FTS5 trigram table holds), the append-only
event log and its head, ids given as ``max(id) + 1`` like SQLite's rowid, and the few SQLite
functions the repositories call.

The server records each version it reached in ``kjcg_schema``. A server behind the program gets
the tables, columns and indexes that are new (:func:`ensure_schema`); a migration that also
rewrites data adds its server step to :data:`DATA_STEPS` under its version.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..db import Database
from ..errors import StorageError
from ..migrations import LEDGER_SEARCH_DOC, SCHEMA_VERSION, VERSIONED_TABLES, apply_migrations
from .sql import translate

# Columns that hold a moment (stored as ``timestamptz``); every other date stays ISO text, as some
# are partial (``2019-05``) and the rules compare them as text.
MOMENT_COLUMNS = frozenset({"created_at", "updated_at", "imported_at", "added_at", "undone_at", "resolved_at",
                            "changed_at", "entered_at", "seen_at", "voided_at", "exported_at"})
# The event log's own ``ts`` stays text: it is part of each entry's hash, which must be recomputed
# from exactly the text that was signed.

# Tables of SQLite's full-text search (the server has its own search table).
_SQLITE_ONLY = re.compile(r"^(sqlite_|achievement_fts|inventor_fts)")

# version -> the server's counterpart of a migration that rewrites data (not only adds to the schema)
DATA_STEPS: dict[int, Callable[[Database], None]] = {}


def _reindex_long_texts(db: Database) -> None:
    """Migration 16 on the server: the achievements holding an extra value longer than the search
    text takes are indexed again (``kjcg_reindex`` builds the new text)."""
    from ..migrations import SEARCH_TEXT_MAX

    db.pg.raw.execute(  # type: ignore[attr-defined]
        "SELECT kjcg_reindex(a.id) FROM achievements a WHERE EXISTS "
        f"(SELECT 1 FROM json_each(a.extra) e WHERE length(e.value) > {SEARCH_TEXT_MAX})")


DATA_STEPS[16] = _reindex_long_texts


def reference_schema() -> sqlite3.Connection:
    """A SQLite database in memory at :data:`SCHEMA_VERSION` (what the server's schema is read from)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.row_factory = sqlite3.Row
    apply_migrations(Database(conn, None))
    return conn


def _column_type(name: str, declared: str) -> str:
    kind = declared.upper()
    if name in MOMENT_COLUMNS and kind == "TEXT":
        return "timestamptz"
    if kind.startswith("INT"):
        return "bigint"
    if kind in ("REAL", "FLOAT", "DOUBLE"):
        return "double precision"
    if kind == "BLOB":
        return "bytea"
    return "text"


_REFERENCES = re.compile(r"\s+REFERENCES\s+\w+\s*\(\s*\w+\s*\)(\s+ON\s+(DELETE|UPDATE)\s+(CASCADE|SET NULL|RESTRICT|NO ACTION))*",
                         re.IGNORECASE)
_GLOB_DIGITS = re.compile(r"NOT\s+GLOB\s+'\*\[\^0-9\]\*'", re.IGNORECASE)


def table_ddl(name: str, sqlite_sql: str, columns: list[sqlite3.Row]) -> str:
    """``CREATE TABLE`` of one table in PostgreSQL's dialect (without foreign keys)."""
    text = _REFERENCES.sub("", sqlite_sql)
    text = _GLOB_DIGITS.sub("!~ '[^0-9]'", text)
    text = re.sub(r"^CREATE TABLE\s+(IF NOT EXISTS\s+)?\"?(\w+)\"?", f"CREATE TABLE IF NOT EXISTS {name}", text)
    for col in columns:
        pattern = re.compile(rf"(^\s*|[,(]\s*)({re.escape(col['name'])})\s+{re.escape(col['type'])}\b", re.IGNORECASE | re.MULTILINE)
        kind = _column_type(col["name"], col["type"])
        text = pattern.sub(rf"\g<1>\g<2> {kind}", text, count=1)
    return text


def schema_statements(ref: sqlite3.Connection) -> tuple[list[str], list[str], list[str]]:
    """(tables, foreign keys, indexes) of the server's schema, read from ``ref``."""
    tables, keys, indexes = [], [], []
    for row in ref.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"):
        name, sql = row["name"], row["sql"]
        if _SQLITE_ONLY.match(name) or sql.upper().startswith("CREATE VIRTUAL"):
            continue
        columns = list(ref.execute(f"PRAGMA table_info({name})"))
        tables.append(table_ddl(name, sql, columns))
        for fk in ref.execute(f"PRAGMA foreign_key_list({name})"):
            action = f" ON DELETE {fk['on_delete']}" if fk["on_delete"] and fk["on_delete"] != "NO ACTION" else ""
            keys.append(f"ALTER TABLE {name} ADD CONSTRAINT {name}_{fk['from']}_fkey FOREIGN KEY ({fk['from']}) "
                        f"REFERENCES {fk['table']}({fk['to'] or 'id'}){action} DEFERRABLE INITIALLY IMMEDIATE")
    for row in ref.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"):
        if _SQLITE_ONLY.match(row["tbl_name"]):
            continue
        sql = re.sub(r"^CREATE\s+(UNIQUE\s+)?INDEX\s+(IF NOT EXISTS\s+)?", lambda m: f"CREATE {m.group(1) or ''}INDEX IF NOT EXISTS ",
                     row["sql"], flags=re.IGNORECASE)
        indexes.append(sql)
    return tables, keys, indexes


AFTER_TABLES = "-- ---- after the tables ----"


def extras_sql(id_tables: list[str]) -> tuple[str, str]:
    """``pg_extras.sql`` with the search document and the tables whose ids the server gives: the
    part to run before the tables (functions their CHECKs call) and the part after."""
    text = (Path(__file__).with_name("pg_extras.sql")).read_text(encoding="utf-8")
    doc = translate(LEDGER_SEARCH_DOC.format(p="a")).replace("%%", "%")
    triggers = "\n".join(
        f"DROP TRIGGER IF EXISTS {t}_next_id ON {t};\n"
        f"CREATE TRIGGER {t}_next_id BEFORE INSERT ON {t} FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION kjcg_next_id();"
        for t in id_tables)
    triggers += "\n" + "\n".join(
        f"DROP TRIGGER IF EXISTS {t}_row_version ON {t};\n"
        f"CREATE TRIGGER {t}_row_version BEFORE UPDATE ON {t} FOR EACH ROW WHEN (NEW.row_version = OLD.row_version) "
        "EXECUTE FUNCTION kjcg_row_version();"
        for t in VERSIONED_TABLES)
    from .database import WRITE_LOCK_KEY

    text = text.replace("/*WRITE_LOCK_KEY*/", str(WRITE_LOCK_KEY))  # the lock every write transaction holds
    before, after = text.replace("/*SEARCH_DOC*/", doc).replace("/*ID_TRIGGERS*/", triggers).split(AFTER_TABLES, 1)
    return before, after


def _run(db: Database, script: str) -> None:
    """Run a script of statements separated by lines holding only ``;;`` (function bodies contain ``;``)."""
    raw = db.pg.raw  # type: ignore[attr-defined]
    for statement in script.split("\n;;\n"):
        if statement.strip():
            raw.execute(statement)


def _id_tables(ref: sqlite3.Connection) -> list[str]:
    result = []
    for row in ref.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if _SQLITE_ONLY.match(row["name"]):
            continue
        cols = list(ref.execute(f"PRAGMA table_info({row['name']})"))
        if any(c["name"] == "id" and c["pk"] for c in cols) and row["name"] != "event_head":
            result.append(row["name"])
    return result


def server_version(db: Database) -> int:
    exists = db.scalar("SELECT to_regclass('kjcg_schema') IS NOT NULL")
    return int(db.scalar("SELECT coalesce(max(version), 0) FROM kjcg_schema")) if exists else 0


def ensure_schema(db: Database) -> list[int]:
    """Create the schema on an empty server database, or bring an older one to
    :data:`SCHEMA_VERSION` (new tables, columns and indexes; :data:`DATA_STEPS`). One transaction;
    returns the versions recorded."""
    current = server_version(db)
    if current > SCHEMA_VERSION:
        raise StorageError(f"服务器上的数据库版本（{current}）高于本软件支持的版本（{SCHEMA_VERSION}），"
                           "请升级 KJCG Desktop 后再连接")
    if current == SCHEMA_VERSION:
        return []
    ref = reference_schema()
    try:
        _build(db, ref, current)
    except Exception as exc:  # the server's own errors become the storage layer's, in Chinese
        from .database import map_error

        mapped = map_error(exc, db.pg.where)  # type: ignore[attr-defined]
        if mapped is exc:
            raise
        raise mapped from None
    finally:
        ref.close()
    return list(range(current + 1, SCHEMA_VERSION + 1))


def _build(db: Database, ref: sqlite3.Connection, current: int) -> None:
    """The statements of :func:`ensure_schema`, in one transaction."""
    tables, keys, indexes = schema_statements(ref)
    with db.transaction():
        raw = db.pg.raw  # type: ignore[attr-defined]
        raw.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        raw.execute("CREATE TABLE IF NOT EXISTS kjcg_schema (version integer PRIMARY KEY, "
                    "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)")
        existing = {r[0] for r in raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").fetchall()}
        before, after = extras_sql(_id_tables(ref))
        _run(db, before)
        for ddl in tables:
            raw.execute(ddl)
        if current:
            _add_new_columns(raw, ref)
        for fk in keys:
            name = fk.split(" ADD CONSTRAINT ", 1)[1].split(" ", 1)[0]
            table = fk.split()[2]
            if table not in existing or not raw.execute(
                    "SELECT 1 FROM pg_constraint WHERE conname = %s", (name,)).fetchone():
                raw.execute(fk)
        for ddl in indexes:
            raw.execute(ddl)
        _run(db, after)
        if not current:
            _seed_rows(raw, ref)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            if current and version in DATA_STEPS:
                DATA_STEPS[version](db)
            raw.execute("INSERT INTO kjcg_schema (version) VALUES (%s)", (version,))
    if db.scalar("SELECT count(*) FROM pg_roles WHERE rolname IN ('kjcg_editor', 'kjcg_viewer')"):
        from .roles import setup_roles

        setup_roles(db)  # the office's roles get their rights on the new tables too


def _add_new_columns(raw: Any, ref: sqlite3.Connection) -> None:
    have: dict[str, set[str]] = {}
    for table, column in raw.execute("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = current_schema()").fetchall():
        have.setdefault(table, set()).add(column)
    for row in ref.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        table = row["name"]
        if _SQLITE_ONLY.match(table) or table not in have:
            continue
        for col in ref.execute(f"PRAGMA table_info({table})"):
            if col["name"] in have[table]:
                continue
            default = f" DEFAULT {col['dflt_value']}" if col["dflt_value"] is not None else ""
            not_null = " NOT NULL" if col["notnull"] and default else ""
            raw.execute(f"ALTER TABLE {table} ADD COLUMN {col['name']} {_column_type(col['name'], col['type'])}{default}{not_null}")


def _seed_rows(raw: Any, ref: sqlite3.Connection) -> None:
    """The rows the migrations themselves write (the annual-fee table of v9) on a new server database."""
    for row in ref.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        table = row["name"]
        if _SQLITE_ONLY.match(table) or table == "event_head":
            continue
        rows = ref.execute(f"SELECT * FROM {table}").fetchall()
        if not rows:
            continue
        cols = list(rows[0].keys())
        with raw.cursor() as cur:
            cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})",
                            [tuple(r) for r in rows])
