"""No Chinese text reaches the screen without the translator: every string literal in
kjcg_desktop/ui that contains a Chinese character sits inside tr(), QCoreApplication.translate(),
QT_TRANSLATE_NOOP() (or the i18n helpers label_text()/section_text(), which look the text up in the
catalogue). Docstrings are not UI text. Literals that are data, not text (a value stored in the
database, a key the domain defines) are written through QT_TRANSLATE_NOOP or come from the domain."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import kjcg_desktop

UI = Path(kjcg_desktop.__file__).parent / "ui"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "label_text", "section_text"}
# the log file is read by the office's IT, not shown on screen: a logger's message is not UI text
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}

# Files still holding literals of their own, converted in a later step; the list only shrinks.
PENDING_FILES: set[str] = set()


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of every Chinese literal in ``source`` outside a translating call or a docstring."""
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value)):
            continue
        if isinstance(parents.get(node), ast.Expr):  # a docstring or a bare string statement
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Subscript) and parent.slice is node:  # a key into data: counts["待核对"]
            continue
        cur, inside = node, False
        while cur in parents and not inside:
            cur = parents[cur]
            if isinstance(cur, ast.Call):
                func = cur.func
                inside = (func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")) in TRANSLATING or (
                    isinstance(func, ast.Attribute) and func.attr in LOGGING and isinstance(func.value, ast.Name)
                    and func.value.id in {"log", "logger", "logging"})
            elif isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                break
        if not inside:
            found.append((node.lineno, node.value[:30]))
    return found


def test_no_chinese_literal_in_ui_outside_the_translator():
    problems = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in PENDING_FILES:
            continue
        problems += [f"{path.relative_to(UI.parent.parent)}:{line} {text!r}"
                     for line, text in untranslated(path.read_text(encoding="utf-8"))]
    assert problems == []


def test_pending_files_still_exist():
    """A converted or removed file leaves the list (so the list cannot hide a new file of that name)."""
    for name in PENDING_FILES:
        assert (UI / name).exists(), name


def test_the_scan_finds_what_it_must():
    source = textwrap.dedent('''
        """模块说明"""
        from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
        HEADERS = ["成果名称", QT_TRANSLATE_NOOP("labels", "申请号")]
        class Page:
            """类说明"""
            def build(self):
                self.tr("保存")
                QCoreApplication.translate("About", "版本")
                self.label.setText("未翻译")
                self.tr("共 {0} 条").format(f"{'件'}")
                log.info("已保存 %s", "文件")
                self.show(counts["待核对"])
                QMessageBox.warning(self, "标题", "正文")
    ''')
    assert sorted(text for _, text in untranslated(source)) == sorted(["成果名称", "未翻译", "件", "标题", "正文"])
