"""The translation catalogues (resources/i18n/kjcg_<lang>.ts): which UI strings exist, reading and
writing Qt Linguist .ts files. No Qt here — used by packaging/update_translations.py and the tests.

Where UI strings come from (each one a ``(context, source)`` pair, as Qt looks them up):

* ``self.tr("…")`` / ``X.tr("…")`` inside ``class C`` → context ``C`` (what pyside6-lupdate finds);
* ``QCoreApplication.translate("ctx", "…")`` and ``QT_TRANSLATE_NOOP("ctx", "…")`` → ``ctx``;
* every Chinese literal written into a ``SECTIONS`` line of ui/main_window.py (titles, column
  headers, placeholder texts) → context ``MainWindow`` (pages translate them with
  ``ui.i18n.section_text``);
* labels computed at run time — the Chinese ``.label`` of every domain enum and the dashboard
  counts — → context ``labels`` (translated with ``ui.i18n.label_text``); other run-time texts
  through :data:`PROVIDERS`.

The Chinese catalogue is the identity of the source strings; the English one holds translations.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
I18N_DIR = PACKAGE.parent / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"
# Sources scanned for UI strings: the ui package and the composition root.
SOURCE_GLOBS = ("ui/**/*.py", "app.py")

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
PLACEHOLDER = re.compile(r"\{\d*\}|%\d")

Message = tuple[str, str]  # (context, source)


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"kjcg_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"kjcg_{lang}.qm"


def source_files(package: Path = PACKAGE) -> list[Path]:
    files: set[Path] = set()
    for pattern in SOURCE_GLOBS:
        files.update(p for p in package.glob(pattern) if "__pycache__" not in p.parts)
    return sorted(files)


# -- extraction --------------------------------------------------------------------------------
@dataclass
class Extraction:
    messages: dict[Message, list[str]] = field(default_factory=dict)  # message -> locations
    dynamic_calls: list[str] = field(default_factory=list)  # tr() with a non-literal argument

    def add(self, context: str, source: str, where: str) -> None:
        self.messages.setdefault((context, source), []).append(where)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Visitor(ast.NodeVisitor):
    def __init__(self, result: Extraction, filename: str, lines: list[str]) -> None:
        self.result = result
        self.filename = filename
        self.lines = lines
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "SECTIONS" for t in node.targets):
            self._sections(node.value, node.lineno)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if isinstance(node.target, ast.Name) and node.target.id == "SECTIONS" and node.value is not None:
            self._sections(node.value, node.lineno)
        self.generic_visit(node)

    def _sections(self, value: ast.AST, lineno: int) -> None:
        if not isinstance(value, ast.List):
            return
        for entry in value.elts:
            if not isinstance(entry, ast.Tuple):
                continue
            for part in entry.elts[1:]:
                for sub in ast.walk(part):
                    text = _literal(sub)
                    if text and CJK.search(text):
                        self.result.add("MainWindow", text, f"{self.filename}:{sub.lineno}")

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        where = f"{self.filename}:{node.lineno}"
        if name == "tr" and isinstance(node.func, ast.Attribute) and node.args:
            text = _literal(node.args[0])
            if text is None:
                self._dynamic(node, where)
            elif self.classes:
                self.result.add(self.classes[-1], text, where)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                self.result.add(context, text, where)
            elif name == "translate" and context is not None:
                self._dynamic(node, where)
        self.generic_visit(node)

    def _dynamic(self, node: ast.Call, where: str) -> None:
        """A call with a computed argument; fine when marked ``# i18n: dynamic`` (strings registered
        elsewhere, e.g. HELP entries or run-time labels)."""
        if "i18n: dynamic" not in self.lines[node.lineno - 1]:
            self.result.dynamic_calls.append(where)


def extract(package: Path = PACKAGE) -> Extraction:
    """All UI strings of the sources plus the run-time labels."""
    result = Extraction()
    for path in source_files(package):
        rel = path.relative_to(package.parent).as_posix()
        text = path.read_text(encoding="utf-8")
        _Visitor(result, rel, text.splitlines()).visit(ast.parse(text, filename=rel))
    for context, text in dynamic_messages():
        result.add(context, text, "(run time)")
    return result


# Run-time strings: "module:function" returning [(context, text)]. A part of the app whose texts
# are data rather than tr() literals (form definitions under forms/, report indicators …) adds its
# provider here and translates the texts with QCoreApplication.translate(context, text).
PROVIDERS: list[str] = ["kjcg_desktop.i18n_catalogue:domain_labels", "kjcg_desktop.i18n_catalogue:ui_tables",
                        "kjcg_desktop.services.decisions:ui_labels"]


def domain_labels() -> list[Message]:
    """The Chinese labels of domain enums and dashboard counts (context ``labels``)."""
    from .domain import enums
    from .storage.stats import COUNTS

    found: list[Message] = []
    for table in enums._LABELS.values():
        found += [("labels", text) for text in table.values()]
    found += [("labels", label) for _, label, _ in COUNTS]
    found += [("labels", text) for text in runtime_citations()]
    return found


def runtime_citations() -> list[str]:
    """Article citations and service labels the ui passes through ``label_text``: every ``ARTICLE*``
    string of the domain modules, the publicity articles, the R&D start bases and the wizard's action and
    target labels."""
    import importlib
    import pkgutil

    from . import domain
    from .services.wizard_flows import ACTION_LABELS, TARGET_LABELS
    from .storage.publicities import KIND_ARTICLE

    texts: list[str] = []
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"{domain.__name__}.{info.name}")
        texts += [v for k, v in vars(module).items() if k.startswith("ARTICLE") and isinstance(v, str) and CJK.search(v)]
    texts += list(KIND_ARTICLE.values()) + list(domain.RD_START_BASIS.values())
    texts += list(ACTION_LABELS.values()) + list(TARGET_LABELS.values())
    texts += ["方案二(一)"]
    return list(dict.fromkeys(texts))


# Tables of Chinese texts in the ui sources that a class translates with ``self.tr(variable)``
# (the call is marked ``# i18n: dynamic``): (file under kjcg_desktop, what, contexts). ``what`` is
# the name of an assignment or function (every Chinese literal in it, f-strings excepted), or
# ``call:name:n`` (the literal n-th argument of every call of ``name`` in that file).
UI_TABLES: list[tuple[str, str, tuple[str, ...]]] = [
    ("ui/abandonment_panel.py", "HEADERS", ("AbandonmentPanel",)),
    ("ui/abandonment_panel.py", "call:ok_cancel:1", ("deal_dialog",)),
    ("ui/achievement_detail.py", "TABS", ("AchievementDetail",)),
    ("ui/detail_text.py", "FIELD_LABELS", ("AchievementDetail", "AchievementEditDialog")),
    ("ui/achievement_detail.py", "_project_page", ("AchievementDetail",)),
    ("services/startup.py", "kind_label", ("BackupPage",)),
    ("ui/dashboard.py", "SERIES", ("YearChart",)),
    ("ui/deal_dialog.py", "call:ok_cancel:1", ("deal_dialog",)),
    ("ui/diligence_pages.py", "call:ok_cancel:1", ("deal_dialog",)),
    ("ui/deal_dialog.py", "DEAL_PAGES", ("DealDialog",)),
    ("ui/deal_dialog.py", "_field", ("DealDialog",)),
    ("ui/deals_page.py", "COLUMNS", ("DealsModel",)),
    ("ui/deals_page.py", "_summary_rows", ("DealsPage",)),
    ("ui/deals_page.py", "call:_warn:0", ("DealsPage",)),
    ("ui/diligence_pages.py", "RectificationsPanel", ("RectificationsPanel",)),
    ("ui/diligence_pages.py", "AgenciesPanel", ("AgenciesPanel",)),
    ("ui/documents_page.py", "CHOICES", ("DocumentsPage",)),
    ("ui/ledger.py", "LEDGER_COLUMNS", ("LedgerModel", "LedgerPage")),
    ("ui/ledger.py", "TAG_TIPS", ("LedgerModel",)),
    ("ui/ledger.py", "FACET_TITLES", ("LedgerPage",)),
    ("ui/startup.py", "call:tr:0", ("startup",)),
]


def _table_strings(path: Path, what: str) -> list[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes: list[ast.AST] = []
    if what.startswith("call:"):
        _, name, n = what.split(":")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) == name and len(node.args) > int(n):
                nodes.append(node.args[int(n)])
    else:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == what:
                nodes.append(node)
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == what for t in node.targets) or isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == what:
                nodes.append(node.value)
    found: list[str] = []
    for top in nodes:
        in_fstring = {id(c) for j in ast.walk(top) if isinstance(j, ast.JoinedStr) for c in ast.walk(j)}
        for sub in ast.walk(top):
            text = _literal(sub)
            if text and CJK.search(text) and id(sub) not in in_fstring:
                found.append(text)
    return found


def ui_tables() -> list[Message]:
    """Texts of :data:`UI_TABLES` and of the data tables the ui shows through ``self.tr(variable)``."""
    from .domain import enums
    from .domain.grants import CONDUCT_DECLARATIONS
    from .domain.reminders import KIND_LABELS, MESSAGES
    from .services.excel_import import field_choices
    from .storage.deals import DEAL_PUBLICITY_KINDS, DEAL_STATE_LABELS
    from .storage.diligence import RECORD_KINDS

    found: list[Message] = []
    for rel, what, contexts in UI_TABLES:
        for text in _table_strings(PACKAGE / rel, what):
            found += [(context, text) for context in contexts]
    found += [("DashboardPage", text) for text in KIND_LABELS.values()]
    found += [("DashboardPage", text) for pair in MESSAGES.values() for text in pair]
    found += [("DashboardPage", "依据：{0}")]
    found += [("DealDialog", text) for _k, _clause, text in CONDUCT_DECLARATIONS]
    found += [("DealDialog", clause) for _k, clause, _t in CONDUCT_DECLARATIONS]
    found += [("DealDialog", clause.replace("1-1 ", "")) for _k, clause, _t in CONDUCT_DECLARATIONS]
    found += [("DeclarationDialog", text) for _k, _clause, text in CONDUCT_DECLARATIONS]
    found += [("DealsPage", label) for label in enums._LABELS["DealKind"].values()]
    found += [(context, label) for label in DEAL_PUBLICITY_KINDS.values() for context in ("DealsPage", "PublicityDialog")]
    found += [(context, label) for label in DEAL_STATE_LABELS.values() for context in ("DealsModel", "DealsPage")]
    found += [(context, label) for label in RECORD_KINDS.values() for context in ("DealsPage", "RecordDialog")]
    found += [("MappingPage", label) for _k, label in field_choices()]
    return found


def dynamic_messages() -> list[Message]:
    """Labels shown in the UI that are computed at run time, from every provider in PROVIDERS."""
    import importlib

    found: list[Message] = []
    for spec in PROVIDERS:
        module, _, function = spec.partition(":")
        found += getattr(importlib.import_module(module), function)()
    return list(dict.fromkeys(found))


# -- .ts files ---------------------------------------------------------------------------------
@dataclass
class Entry:
    source: str
    translation: str = ""
    finished: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


Catalogue = dict[str, dict[str, Entry]]  # context -> source -> entry


def read_ts(path: Path) -> Catalogue:
    catalogue: Catalogue = {}
    if not Path(path).exists():
        return catalogue
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        messages = catalogue.setdefault(name, {})
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            entry = Entry(source, (tr.text or "") if tr is not None else "", kind is None)
            for loc in msg.iter("location"):
                entry.locations.append((loc.get("filename", ""), int(loc.get("line", "0") or 0)))
            messages[source] = entry
    return catalogue


def write_ts(path: Path, catalogue: Catalogue, language: str) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": SOURCE_LANGUAGE})
    for name in sorted(catalogue):
        if not catalogue[name]:
            continue
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source in sorted(catalogue[name]):
            entry = catalogue[name][source]
            msg = ET.SubElement(ctx, "message")
            for filename, line in entry.locations:
                ET.SubElement(msg, "location", {"filename": filename, "line": str(line)})
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation", {} if entry.finished else {"type": "unfinished"})
            tr.text = entry.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lookup(catalogue: Catalogue, message: Message) -> Entry | None:
    return catalogue.get(message[0], {}).get(message[1])


def problems(lang: str, extraction: Extraction | None = None, catalogue: Catalogue | None = None) -> list[str]:
    """Why the catalogue of ``lang`` is incomplete: missing, unfinished or placeholder-mismatched
    messages (empty list when complete)."""
    extraction = extraction or extract()
    catalogue = catalogue if catalogue is not None else read_ts(ts_path(lang))
    found: list[str] = []
    for (context, source), where in sorted(extraction.messages.items()):
        entry = lookup(catalogue, (context, source))
        if entry is None:
            found.append(f"缺少 [{context}] {source!r}（{where[0]}）")
        elif not entry.finished or not entry.translation.strip():
            found.append(f"未翻译 [{context}] {source!r}（{where[0]}）")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(entry.translation)):
            found.append(f"占位符不一致 [{context}] {source!r} → {entry.translation!r}")
    return found
