"""`kjcg-desktop selftest`: start Qt (offscreen works), open the main window on a demo database,
visit every section, and check the bundled resources and the English catalogue.

Used by packaging/build_linux.sh and the Windows workflow to catch a broken bundle (missing Qt
plugins, data files or translations). Exit code 0 when everything is in place.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import common


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("selftest", help="自检：启动界面（可离屏）、检查资源文件与翻译")




def cmd_selftest(args: argparse.Namespace) -> int:
    from ..paths import resources_dir

    problems: list[str] = []
    res = resources_dir()
    for rel in ("icons/kjcg.png", "help/manual.md", "i18n/kjcg_en.qm", "i18n/kjcg_zh_CN.qm"):
        if not (res / rel).is_file():
            problems.append(f"缺少资源文件 {res / rel}")
    if not list((res / "licenses").glob("*.txt")):
        problems.append("缺少许可说明 resources/licenses/*.txt")
    if not list((Path(__file__).parent.parent / "storage").glob("*.sql")):
        problems.append("缺少 storage/*.sql")

    from ..app import has_display

    if not has_display():  # no desktop session (a build server, CI): run offscreen by itself
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ..services.demo import build_demo
    from ..storage import open_database
    from ..storage.stats import achievement_count
    from ..ui.i18n import apply_language
    from ..ui.main_window import SECTIONS, MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = open_database(Path(args.db))
    try:
        if not achievement_count(db):
            build_demo(db, size=50)
        window = MainWindow(db)
        window.show()
        for key, _title, _factory in SECTIONS:
            window.show_section(key)
            app.processEvents()
        apply_language("en")
        app.processEvents()
        if window.nav.item(0).text() == SECTIONS[0][1]:
            problems.append("英文翻译未生效")
        apply_language("zh_CN")
        app.processEvents()
        if QCoreApplication.translate("QPlatformTheme", "Cancel") != "取消":
            problems.append("缺少 Qt 自带的中文翻译 qtbase_zh_CN.qm（标准按钮将显示英文）")
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and args.db:
            window.grab().save(str(Path(args.db).with_suffix(".png")))
        window.close()
    finally:
        db.close()
    for p in problems:
        print(f"自检失败：{p}", file=sys.stderr)
    if not problems:
        print(f"自检通过：{len(SECTIONS)} 个页面，资源文件齐全，Qt {app.platformName()}")
    return 1 if problems else 0


COMMANDS: dict[str, common.Handler] = {
    "selftest": cmd_selftest,
}
