"""The ``kjcg-desktop`` command: argument parsing only; the work is done by services.

With no command it opens the GUI; with a command it works headless. A command migrates the
database as needed; at a path given with ``--db`` it creates a new one only for ``init``, ``demo``
or with ``--create`` (a mistyped ``--db`` is an error, not a new empty database). The global options ``--db``, ``--today``
and ``--create`` may stand before or after the command; argparse's own messages are in Chinese.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from .. import __version__, clock
from ..domain import DomainError
from ..paths import default_db_path
from ..storage.db import StorageError, explain_error

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        COMMANDS[name] = func
        return func
    return register


CREATING_COMMANDS = ("init", "demo")


def missing_database_message(path: Path) -> str:
    return (f"数据库文件不存在：{path}。请检查 --db 的路径；如要新建，请用 kjcg-desktop init --db \"{path}\" "
            "或加 --create")


def _open(args: argparse.Namespace):
    from ..storage import open_database
    from ..storage.location import NETWORK_WARNING, is_network_path

    path = Path(args.db)
    if (not path.exists() and getattr(args, "db_given", False) and args.command not in CREATING_COMMANDS
            and not getattr(args, "create", False)):
        raise StorageError(missing_database_message(path))
    if is_network_path(path):
        print("警告：" + NETWORK_WARNING.format(path=args.db), file=sys.stderr)
    return open_database(path)


def record_id(db, kind: str, text: str) -> int:
    """The id of the record named by its number (JY-…, SQ-…, KJCG-…) or id (Chinese error otherwise)."""
    from ..storage.lookup import record_id as lookup

    return lookup(db, kind, text)


_CONTROL = {c for c in range(0x20)} - {0x09, 0x0A} | {0x7F} | set(range(0x80, 0xA0))


def shown(text: object) -> str:
    """``text`` safe to print to a terminal: control characters and escape sequences (ESC, CR, C1
    codes, bidi overrides) from files or the database are shown escaped, e.g. ``\\x1b``."""
    out = []
    for ch in str(text):
        code = ord(ch)
        if code in _CONTROL or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            # \xNN for C0 codes (JSON output never has them raw); \uNNNN otherwise, which JSON reads too
            out.append(f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


class _TerminalSafe:
    """A text stream that escapes control characters in everything written through it (text from
    workbooks, file names and records is printed by many commands); a carriage return at the
    start of a write (a progress line redrawn in place) is the program's own and kept."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if text.startswith("\r"):
            self._stream.write("\r" + shown(text[1:]))
        else:
            self._stream.write(shown(text))
        return len(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


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
    from ..services.demo import build_demo

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
    from ..services.integrity import CheckReport, check_database

    try:
        db = _open(args)
    except StorageError as exc:  # a file too damaged to open is a finding, not a crash
        report = CheckReport()
        report.add("structure", str(exc))
    else:
        try:
            report = check_database(db)
        finally:
            db.close()
    if getattr(args, "json", False):
        _print_json(report.as_dict())
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


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from ..services.backups import backup_to
    from ..services.output_paths import check_output_path

    db = _open(args)
    try:
        if args.to:
            check_output_path(args.to, db_path=db.path, database_copy=True)
        path = backup_to(db, Path(args.to) if args.to else None)
    finally:
        db.close()
    print(f"已备份到 {path}")
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from ..services.backups import restore
    from ..storage import open_database

    kept = restore(Path(args.db), Path(args.file))
    open_database(Path(args.db)).close()
    print(f"已从 {args.file} 恢复；原数据库已另存为 {kept}")
    return 0


@command("list")
def cmd_list(args: argparse.Namespace) -> int:
    from ..storage import achievements, applications, deals, publicities
    from .listing import print_rows

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
    print_rows(args.what, rows)
    return 0


# Modules that add commands (each appends to EXTENSIONS and registers handlers with @command).
EXTENSION_MODULES = ("deals", "docs", "forms", "excel", "report", "registration", "selftest", "fees")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


# argparse's own messages, in Chinese like the rest of the program
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "expected one argument": "需要一个参数值",
    "expected at least one argument": "至少需要一个参数值",
    "expected at most one argument": "至多一个参数值",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项：%(option)s 可匹配 %(matches)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了显式参数 %r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "one of the arguments %s is required": "参数 %s 必须提供其一",
    "argument \"-\" with mode %r": "参数 \"-\" 的模式 %r",
}
_TYPE_NAMES = {"int": "整数", "float": "数字", "iso_date": "日期", "_parse_date": "日期", "_date": "日期"}


def _zh(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _zh_n(singular: str, plural: str, n: int) -> str:
    return _zh(singular if n == 1 else plural)


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its messages in Chinese (type names too: 无效的整数值：'abc')."""

    def error(self, message: str):  # type: ignore[override]
        message = re.sub(r"无效的(\w+)值", lambda m: f"无效的{_TYPE_NAMES.get(m.group(1), m.group(1))}值", message)
        self.print_usage(sys.stderr)
        self.exit(2, _zh("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


GLOBAL_OPTIONS = ("--db", "--today", "--create")


def _add_global_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    """--db/--today/--create on the top parser (with defaults) and on each command (without, so a
    value given before the command is not overwritten)."""
    keep = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("--db", **({"default": None} if top else keep), help="数据库文件（默认：用户数据目录下的 kjcg.sqlite3）")
    if "--today" not in p._option_string_actions:
        p.add_argument("--today", dest="global_today", type=iso_date, metavar="YYYY-MM-DD",
                       **({"default": None} if top else keep),
                       help="按指定日期运行（期限、提醒、放弃检查等均以此日为“今天”）")
    p.add_argument("--create", action="store_true", **({"default": False} if top else keep),
                   help="数据库文件不存在时新建（init 与 demo 总会新建）")


def build_parser() -> argparse.ArgumentParser:
    argparse._ = _zh  # type: ignore[attr-defined]
    argparse.ngettext = _zh_n  # type: ignore[attr-defined]
    for name in EXTENSION_MODULES:
        importlib.import_module(f"{__package__}.{name}")
    parser = ChineseArgumentParser(prog="kjcg-desktop", description="科技成果转化管理桌面版 KJCG Desktop")
    parser.add_argument("--version", action="version", version=f"KJCG Desktop {__version__}")
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser, title="命令", metavar="COMMAND")
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
    from .listing import add_arguments

    add_arguments(p)
    for extend in EXTENSIONS:
        extend(sub)
    for command_parser in sub.choices.values():
        _add_global_options(command_parser, top=False)
    return parser


# Later modules add commands here: a function (subparsers) -> None that adds its parser, and a
# handler registered with @command.
EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (``kjcg-desktop list … | head``): stop quietly, as cat does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.global_today is not None:
        clock.set_today(args.global_today)
    # the default database is created on first use, as the GUI does; any other path must exist
    args.db_given = args.db is not None and Path(args.db).resolve() != default_db_path().resolve()
    if args.db is None:
        args.db = str(default_db_path())
    if not args.command:
        from ..app import NO_DISPLAY_MESSAGE, has_display, run_gui

        if not has_display():
            print(NO_DISPLAY_MESSAGE, file=sys.stderr)
            return 1
        return run_gui(Path(args.db))
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(out), _TerminalSafe(err)
    try:
        return COMMANDS[args.command](args)
    except (DomainError, StorageError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except (sqlite3.Error, OSError) as exc:
        known = explain_error(exc, args.db)
        if known is None:
            raise
        print(f"错误：{known}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = out, err


