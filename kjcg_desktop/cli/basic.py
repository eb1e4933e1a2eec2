"""The commands that keep the database: init, demo, check, backup, restore, list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..storage.db import StorageError
from . import listing
from .common import Handler, is_server_url, open_db, print_json


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("init", help="创建或升级数据库并显示其路径")
    p = sub.add_parser("demo", help="生成演示数据")
    p.add_argument("--size", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quiet", action="store_true")
    p = sub.add_parser("check", help="完整性检查（有问题时退出码为 1）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出结果（每个问题含类型、说明与位置）")
    p = sub.add_parser("backup", help="备份数据库")
    p.add_argument("--to", default=None)
    p = sub.add_parser("restore", help="从备份恢复（先保留被替换的文件）")
    p.add_argument("file")
    p = sub.add_parser("list", help="列出记录（成果、申请、交易、公示）")
    listing.add_arguments(p)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args)
    print(getattr(db, "location", None) or Path(args.db).resolve())  # the server's database, or the file
    db.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo

    db = open_db(args)
    def progress(done: int, total: int, label: str) -> None:
        if not args.quiet:
            print(f"\r{label} {done}/{total}", end="", file=sys.stderr, flush=True)
    counts = build_demo(db, size=args.size, seed=args.seed, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    print("演示数据已生成：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    db.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..services.integrity import CheckReport, check_database

    try:
        db = open_db(args)
    except StorageError as exc:  # a file too damaged to open is a finding, not a crash
        report = CheckReport()
        report.add("structure", str(exc))
    else:
        try:
            report = check_database(db)
        finally:
            db.close()
    if getattr(args, "json", False):
        print_json(report.as_dict())
        return 0 if report.ok else 1
    if report.ok:
        print("检查通过：" + "，".join(f"{k} {v}" for k, v in report.counts.items()))
        if report.head:
            print(f"事件日志头：{report.head}（与文书、年度报告页脚所印的对照）")
        return 0
    print(f"检查发现 {len(report.problems)} 个问题：", file=sys.stderr)
    for i, p in enumerate(report.problems, 1):
        print(f"  {i}. {p}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from ..services.backups import backup_to
    from ..services.output_paths import check_output_path

    db = open_db(args)
    try:
        if args.to:
            check_output_path(args.to, db_path=db.path, database_copy=True)
        path = backup_to(db, Path(args.to) if args.to else None)
    finally:
        db.close()
    print(f"已备份到 {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..services.backups import restore
    from ..storage import open_database

    if is_server_url(args.db):
        raise StorageError("办公室服务器上的数据库由服务器管理员用 pg_restore 恢复（见使用说明“办公室共享”），"
                           "本软件不替换服务器上的数据库")
    kept = restore(Path(args.db), Path(args.file))
    open_database(Path(args.db)).close()
    print(f"已从 {args.file} 恢复；原数据库已另存为 {kept}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..storage import achievements, applications, deals, publicities

    db = open_db(args)
    fetch = {
        "achievements": achievements.list_achievements,
        "applications": applications.list_applications,
        "deals": deals.list_deals,
        "publicities": publicities.list_publicities,
    }[args.what]
    rows = fetch(db)
    db.close()
    if args.json:
        print_json(rows)
        return 0
    listing.print_rows(args.what, rows)
    return 0


COMMANDS: dict[str, Handler] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "list": cmd_list,
}
