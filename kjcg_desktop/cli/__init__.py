"""The ``kjcg-desktop`` command: argument parsing only; the work is done by services.

With no command it opens the GUI; with a command it works headless. A command migrates the
database as needed; at a path given with ``--db`` it creates a new one only for ``init``, ``demo``
or with ``--create`` (a mistyped ``--db`` is an error, not a new empty database). The global options ``--db``, ``--today``
and ``--create`` may stand before or after the command; argparse's own messages are in Chinese.
"""


from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__, clock
from ..domain import DomainError
from ..paths import default_db_path
from ..storage.db import StorageError, explain_error
from . import basic, deals, decisions, docs, excel, fees, forms, registration, report, selftest, server
from .common import (
    ChineseArgumentParser,
    Handler,
    TerminalSafe,
    add_global_options,
    is_server_url,
    shown,
    zh,
    zh_n,
)

__all__ = ["COMMANDS", "build_parser", "main", "shown"]

# Every module that adds commands, in the order they are listed in --help: each has
# add_parsers(subparsers) and COMMANDS, a dict of command name -> handler.
COMMAND_MODULES = (basic, deals, decisions, docs, forms, excel, report, registration, selftest, fees, server)
COMMANDS: dict[str, Handler] = {name: handler for module in COMMAND_MODULES for name, handler in module.COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    argparse._ = zh  # type: ignore[attr-defined]
    argparse.ngettext = zh_n  # type: ignore[attr-defined]
    parser = ChineseArgumentParser(prog="kjcg-desktop", description="科技成果转化管理桌面版 KJCG Desktop")
    parser.add_argument("--version", action="version", version=f"KJCG Desktop {__version__}")
    add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser, title="命令", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    for command_parser in sub.choices.values():
        add_global_options(command_parser, top=False)
    return parser


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
    args.db_given = args.db is not None and (is_server_url(args.db) or Path(args.db).resolve() != default_db_path().resolve())
    if args.db is None:
        from ..storage.pg.credentials import remembered_server  # 设置 → 连接办公室服务器

        args.db = remembered_server() or str(default_db_path())
    if not args.command:
        from ..app import NO_DISPLAY_MESSAGE, has_display, run_gui

        if not has_display():
            print(NO_DISPLAY_MESSAGE, file=sys.stderr)
            return 1
        return run_gui(args.db if is_server_url(args.db) else Path(args.db))
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(out), TerminalSafe(err)
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


