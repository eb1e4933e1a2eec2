"""The ``kjcg-desktop`` command: argument parsing only; the work is done by services.

With no command it opens the GUI; with a command it works headless. Every command creates or
migrates the database as needed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from . import __version__, clock
from .domain import DomainError
from .paths import default_db_path
from .storage.db import StorageError

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        COMMANDS[name] = func
        return func
    return register


def _open(args: argparse.Namespace):
    from .storage import open_database
    from .storage.location import NETWORK_WARNING, is_network_path

    if is_network_path(Path(args.db)):
        print("警告：" + NETWORK_WARNING.format(path=args.db), file=sys.stderr)
    return open_database(Path(args.db))


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, default=str))


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    print(Path(args.db).resolve())
    db.close()
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo

    db = _open(args)
    def progress(done: int, total: int, label: str) -> None:
        if not args.quiet:
            print(f"\r{label} {done}/{total}", end="", file=sys.stderr, flush=True)
    counts = build_demo(db, size=args.size, seed=args.seed, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    print("演示数据已生成：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    db.close()
    return 0


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    from .services.integrity import check_database

    db = _open(args)
    report = check_database(db)
    db.close()
    if getattr(args, "json", False):
        _print_json(report.as_dict())
        return 0 if report.ok else 1
    if report.ok:
        print("检查通过：" + "，".join(f"{k} {v}" for k, v in report.counts.items()))
        return 0
    print(f"检查发现 {len(report.problems)} 个问题：", file=sys.stderr)
    for i, p in enumerate(report.problems, 1):
        print(f"  {i}. {p}", file=sys.stderr)
    return 1


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from .services.backups import backup_to

    db = _open(args)
    path = backup_to(db, Path(args.to) if args.to else None)
    db.close()
    print(f"已备份到 {path}")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from .services.backups import restore
    from .storage import open_database

    kept = restore(Path(args.db), Path(args.file))
    open_database(Path(args.db)).close()
    print(f"已从 {args.file} 恢复；原数据库已另存为 {kept}")
    return 0


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from .storage import achievements, applications, deals, publicities

    db = _open(args)
    fetch = {
        "achievements": achievements.list_achievements,
        "applications": applications.list_applications,
        "deals": deals.list_deals,
        "publicities": publicities.list_publicities,
    }[args.what]
    rows = fetch(db)
    db.close()
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row.values()))
    return 0


# Modules that add commands (each appends to EXTENSIONS and registers handlers with @command).
EXTENSION_MODULES = ("cli_deals", "cli_docs", "cli_forms", "cli_excel", "cli_report", "cli_registration", "cli_selftest")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def build_parser() -> argparse.ArgumentParser:
    for name in EXTENSION_MODULES:
        importlib.import_module(f"{__package__}.{name}")
    parser = argparse.ArgumentParser(prog="kjcg-desktop", description="科技成果转化管理桌面版 KJCG Desktop")
    parser.add_argument("--version", action="version", version=f"KJCG Desktop {__version__}")
    parser.add_argument("--db", default=None, help="数据库文件（默认：用户数据目录下的 kjcg.sqlite3）")
    parser.add_argument("--today", dest="global_today", type=iso_date, default=None, metavar="YYYY-MM-DD",
                        help="按指定日期运行（期限、提醒、放弃检查等均以此日为“今天”）")
    sub = parser.add_subparsers(dest="command")
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
    p = sub.add_parser("list", help="列出记录")
    p.add_argument("what", choices=["achievements", "applications", "deals", "publicities"])
    p.add_argument("--json", action="store_true")
    for extend in EXTENSIONS:
        extend(sub)
    return parser


# Later modules add commands here: a function (subparsers) -> None that adds its parser, and a
# handler registered with @command.
EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.global_today is not None:
        clock.set_today(args.global_today)
    if args.db is None:
        args.db = str(default_db_path())
    if not args.command:
        from .app import run_gui

        return run_gui(Path(args.db))
    try:
        return COMMANDS[args.command](args)
    except (DomainError, StorageError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130


