"""`kjcg-desktop migrate-to postgresql://…`: move the ledger (the ``--db`` file) to the office
server and verify it there; `kjcg-desktop server-roles`: the server's roles for the office."""

from __future__ import annotations

import argparse

from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate-to", help="把数据库文件（--db）迁移到办公室服务器（PostgreSQL）并校验")
    p.add_argument("url", help="目标数据库，如 postgresql://管理员@服务器:5432/kjcg（须为空数据库）")
    p.add_argument("--quiet", action="store_true", help="不逐表显示进度")


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from ..storage.errors import StorageError
    from ..storage.pg import describe_url, is_pg_url
    from ..storage.pg.credentials import url_with_password
    from ..storage.pg.database import PgDatabase
    from ..storage.pg.transfer import copy_to_server

    if not is_pg_url(args.url):
        raise StorageError(f"目标应为办公室服务器上的数据库（postgresql://用户@服务器:端口/数据库名），而不是 {args.url}")
    if common.is_server_url(args.db):
        raise StorageError("--db 应为要迁移的数据库文件（.sqlite3），不是服务器")
    source = common.open_db(args)
    server = PgDatabase(url_with_password(args.url))
    try:
        print(f"正在把 {source.path} 迁移到 {describe_url(args.url)} …")
        report = copy_to_server(source, server, progress=None if args.quiet else (lambda text: print("  " + text)))
    finally:
        server.close()
        source.close()
    for table, (here, there) in sorted(report.counts.items()):
        if here or there:
            print(f"  {table}: 文件 {here} 行，服务器 {there} 行{'' if here == there else '  ← 不一致'}")
    print(f"附件内容：{report.attachments} 个已存入服务器")
    for name in report.missing_files:
        print(f"  未能迁移的附件：{name}")
    print(f"事件日志：{'哈希链在服务器上校验通过' if report.chain_ok else '校验未通过'}（{report.head or '无记录'}）")
    print(f"用时 {report.seconds:.1f} 秒")
    if not report.ok:
        for problem in report.problems:
            print(f"问题：{problem}")
        return 1
    print("迁移完成，所有计数与事件日志均已核对。")
    return 0


COMMANDS = {"migrate-to": cmd_migrate_to}
