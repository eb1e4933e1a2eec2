"""The office's database roles: each colleague signs in with a role of their own, a member of
``kjcg_editor`` (may change the ledger) or ``kjcg_viewer`` (may browse and print only). The rights
are the server's grants, so a viewer cannot change anything whatever program they use; the event
log can only be appended to by anyone, and each entry must name the role that writes it."""

from __future__ import annotations

from typing import Any

from ..db import Database
from ..errors import StorageError

EDITOR = "kjcg_editor"
VIEWER = "kjcg_viewer"


def _ident(name: str) -> Any:
    from psycopg import sql

    return sql.Identifier(name)


def setup_roles(db: Database) -> None:
    """Create the two group roles (if missing) and grant them their rights on every table. Run by
    the database's owner (``kjcg-desktop server-user``, or after a schema upgrade)."""
    from psycopg import sql

    raw = db.pg.raw  # type: ignore[attr-defined]
    for role in (EDITOR, VIEWER):
        if not raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(_ident(role)))
    schema = raw.execute("SELECT current_schema()").fetchone()[0]
    database = raw.execute("SELECT current_database()").fetchone()[0]
    for role in (EDITOR, VIEWER):
        raw.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(_ident(database), _ident(role)))
        raw.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(_ident(schema), _ident(role)))
        raw.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(_ident(schema), _ident(role)))
    raw.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(_ident(schema), _ident(EDITOR)))
    # the log is append-only for everyone; its head is advanced by the append trigger (run as the writer)
    raw.execute(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON events FROM {}").format(_ident(EDITOR)))
    raw.execute(sql.SQL("REVOKE INSERT, DELETE, TRUNCATE ON event_head FROM {}").format(_ident(EDITOR)))
    raw.execute(sql.SQL("REVOKE TRUNCATE ON ALL TABLES IN SCHEMA {} FROM {}").format(_ident(schema), _ident(EDITOR)))


def add_user(db: Database, name: str, password: str, *, editor: bool) -> None:
    """A login role for one colleague, member of the editors or the viewers."""
    from psycopg import sql

    if not name or not name.replace("_", "").replace(".", "").isalnum():
        raise StorageError(f"账号名“{name}”只能由字母、数字、下划线和点组成")
    setup_roles(db)
    raw = db.pg.raw  # type: ignore[attr-defined]
    group = EDITOR if editor else VIEWER
    if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
        raw.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(_ident(name), sql.Literal(password)))
        for other in (EDITOR, VIEWER):
            if other != group:
                raw.execute(sql.SQL("REVOKE {} FROM {}").format(_ident(other), _ident(name)))
    else:
        raw.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(_ident(name), sql.Literal(password)))
    raw.execute(sql.SQL("GRANT {} TO {}").format(_ident(group), _ident(name)))


def can_write(db: Database) -> bool:
    """Whether the signed-in role may change the ledger (the server's grants)."""
    return bool(db.scalar("SELECT has_table_privilege('achievements', 'UPDATE')"))
