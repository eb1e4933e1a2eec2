"""``kjcg-desktop check-forms``: load every form definition and report the first error of each
malformed file (file, line, field) — for whoever edits ``forms/*.toml``."""

from __future__ import annotations

import argparse
import sys

from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-forms", help="检查表单定义文件（forms/*.toml）")
    p.add_argument("--folder", default=None, help="表单定义所在文件夹（默认：随软件安装的 forms/）")




def cmd_check_forms(args: argparse.Namespace) -> int:
    from ..services.forms import load_forms_lenient

    good, errors = load_forms_lenient(args.folder)
    for form in good.values():
        print(f"正常  {form.path.name}  {form.title}（{len(form.pages)} 页，{len(form.fields())} 个字段）")
    for error in errors:
        print(f"错误  {error}", file=sys.stderr)
    return 1 if errors else 0


COMMANDS: dict[str, common.Handler] = {
    "check-forms": cmd_check_forms,
}
