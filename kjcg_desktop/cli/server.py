"""`kjcg-desktop migrate-to postgresql://…`: move the ledger (the ``--db`` file) to the office
server and verify it there; `kjcg-desktop server-user add NAME --editor|--viewer`: a colleague's
account on the server."""

from __future__ import annotations

import argparse

from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate-to", help="把数据库文件（--db）迁移到办公室服务器（PostgreSQL）并校验")
    p.add_argument("url", help="目标数据库，如 postgresql://管理员@服务器:5432/kjcg（须为空数据库）")
    p.add_argument("--quiet", action="store_true", help="不逐表显示进度")
    p = sub.add_parser("server-user", help="办公室服务器上同事的账号（由数据库的所有者运行）")
    users = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = users.add_parser("add", help="新建账号或重设密码：add 账号 --editor（可修改）或 --viewer（只能查看）")
    add.add_argument("name")
    group = add.add_mutually_exclusive_group(required=True)
    group.add_argument("--editor", action="store_true", help="可以修改台账")
    group.add_argument("--viewer", action="store_true", help="只能查看和打印")


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


def cmd_server_user(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from ..storage.errors import StorageError
    from ..storage.pg.roles import add_user

    if not common.is_server_url(args.db):
        raise StorageError("请用 --db postgresql://所有者账号@服务器:端口/数据库名 指定办公室服务器上的数据库")
    if sys.stdin.isatty():
        password = getpass.getpass(f"账号 {args.name} 的密码：")
        if getpass.getpass("再输入一次：") != password:
            raise StorageError("两次输入的密码不同，账号未改动")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        raise StorageError("密码至少 8 个字符，账号未改动")
    db = common.open_db(args)
    try:
        add_user(db, args.name, password, editor=bool(args.editor))
    finally:
        db.close()
    print(f"账号 {args.name} 已可登录（{'可修改台账' if args.editor else '只能查看和打印'}）")
    return 0


COMMANDS = {"migrate-to": cmd_migrate_to, "server-user": cmd_server_user}
