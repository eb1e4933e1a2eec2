"""What every command shares: opening the database named by ``--db``, printing safely to a
terminal, the ``--db``/``--today``/``--create`` options and argparse in Chinese."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..storage.db import StorageError

Handler = Callable[[argparse.Namespace], int]

CREATING_COMMANDS = ("init", "demo")


def missing_database_message(path: Path) -> str:
    return (f"数据库文件不存在：{path}。请检查 --db 的路径；如要新建，请用 kjcg-desktop init --db \"{path}\" "
            "或加 --create")


def is_server_url(text: str | None) -> bool:
    """Whether ``--db`` names a database on an office server (``postgresql://…``), not a file."""
    return bool(text) and str(text).split(":", 1)[0].lower() in ("postgresql", "postgres")


def open_db(args: argparse.Namespace):
    from ..storage import open_database
    from ..storage.location import NETWORK_WARNING, is_network_path

    if is_server_url(args.db):  # the office server (PostgreSQL)
        from ..storage.pg import open_server

        return open_server(args.db)
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


class TerminalSafe:
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


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, default=str))


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


def zh(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def zh_n(singular: str, plural: str, n: int) -> str:
    return zh(singular if n == 1 else plural)


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its messages in Chinese (type names too: 无效的整数值：'abc')."""

    def error(self, message: str):  # type: ignore[override]
        message = re.sub(r"无效的(\w+)值", lambda m: f"无效的{_TYPE_NAMES.get(m.group(1), m.group(1))}值", message)
        self.print_usage(sys.stderr)
        self.exit(2, zh("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


GLOBAL_OPTIONS = ("--db", "--today", "--create")


def add_global_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    """--db/--today/--create on the top parser (with defaults) and on each command (without, so a
    value given before the command is not overwritten)."""
    keep = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("--db", **({"default": None} if top else keep), help="数据库文件（默认：用户数据目录下的 kjcg.sqlite3），"
                   "或办公室服务器上的数据库 postgresql://用户@服务器:端口/数据库名")
    if "--today" not in p._option_string_actions:
        p.add_argument("--today", dest="global_today", type=iso_date, metavar="YYYY-MM-DD",
                       **({"default": None} if top else keep),
                       help="按指定日期运行（期限、提醒、放弃检查等均以此日为“今天”）")
    p.add_argument("--create", action="store_true", **({"default": False} if top else keep),
                   help="数据库文件不存在时新建（init 与 demo 总会新建）")


