"""The office server backend (PostgreSQL): the same storage interface as the SQLite file, for an
office of several colleagues on one ledger. Imported only when a ``postgresql://`` database is
opened, so the single-laptop user never loads psycopg."""

from __future__ import annotations

from .database import PgDatabase, describe_url, is_pg_url

__all__ = ["PgDatabase", "describe_url", "is_pg_url", "open_server"]


def open_server(url: str, *, migrate: bool = True, read_only: bool = False) -> PgDatabase:
    """Connect to the database at ``url`` (``postgresql://user@host:port/dbname``), create or bring
    its schema up to date when the role may, and install the office's holiday calendar."""
    from ..holidays import install
    from .credentials import url_with_password
    from .schema import ensure_schema, server_version

    db = PgDatabase(url_with_password(url))
    db.read_only = read_only
    try:
        if migrate and not read_only:
            from .database import PgReadOnlyError

            try:
                ensure_schema(db)
            except PgReadOnlyError:
                from ..errors import StorageError

                raise StorageError(f"您的账号还不能使用服务器上的数据库 {describe_url(url)}：它还没有本软件的数据表或需要升级，"
                                   "或者您的账号尚未开通。请管理员（数据库的所有者）先用本软件连接一次，"
                                   "并用 kjcg-desktop server-user add 为您开通账号。") from None
        elif not server_version(db):
            from ..errors import StorageError

            raise StorageError(f"服务器上的数据库 {describe_url(url)} 还没有 KJCG Desktop 的数据表；"
                               "请由管理员先用有建表权限的账号连接一次（或运行 kjcg-desktop migrate-to）")
        if not read_only:
            from .roles import can_write

            db.read_only = not can_write(db)  # a viewer's role: browse and print only
        install(db)
    except BaseException:
        db.close()
        raise
    return db
