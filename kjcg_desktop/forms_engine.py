"""The form engine, Qt-free part: load and check the declarative definitions in ``forms/``, compute
defaults, decide which fields are shown, and validate answers with the domain rules.

The format (one TOML file per form, read with :mod:`tomllib`) is described in ``forms/README.md``.
The Qt part (wizard pages and plain edit dialogs) is :mod:`kjcg_desktop.ui.wizard`.

Validators are named in the definition and looked up in :data:`VALIDATORS`: each entry says how the
domain function is called — with the field's value, or with the values of the whole page — and
turns its :class:`~kjcg_desktop.domain.DomainError` (or its findings) into messages attached to a
field. A name that is a function of :mod:`kjcg_desktop.domain` but has no entry is called with the
field's value.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from . import clock
from . import domain as d

FIELD_TYPES = ("text", "multiline", "date", "integer", "money", "percentage", "choice", "yesno", "people", "attachment")
FORM_KINDS = tuple(k.value for k in d.ApplicationKind) + ("achievement",)
FORM_KEYS = {"id", "title", "kind", "article", "help", "target"}
PAGE_KEYS = {"id", "title", "help", "fields", "validators", "computed", "show_if"}
FIELD_KEYS = {"key", "label", "type", "choices", "choices_from", "required", "default", "help", "validators", "show_if",
              "placeholder", "min", "max", "kind", "representative", "readonly", "suffix", "rows"}
DYNAMIC_CHOICES = ("batches", "achievements", "achievement_status")  # supplied by the host dialog


class FormDefinitionError(ValueError):
    """A malformed form definition. The message names the file, the line and the field."""

    def __init__(self, path: Path | str, line: int | None, where: str, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.where = where
        self.problem = problem
        at = f"第 {line} 行" if line else "（行号未知）"
        super().__init__(f"表单定义文件 {self.path.name} {at}，{where}：{problem}")


@dataclass(frozen=True)
class FieldError:
    key: str
    message: str


@dataclass
class FieldDef:
    key: str
    label: str
    type: str
    line: int
    required: bool = False
    default: Any = None
    help: str = ""
    choices: list[tuple[str, str]] = field(default_factory=list)
    choices_from: str | None = None
    validators: list[str] = field(default_factory=list)
    show_if: str | None = None
    placeholder: str = ""
    min: Any = None
    max: Any = None
    kind: str | None = None
    representative: bool = False
    readonly: bool = False
    suffix: str = ""
    rows: int = 0

    def choice_label(self, value: Any) -> str:
        return next((label for v, label in self.choices if v == value), "" if value is None else str(value))


@dataclass
class PageDef:
    id: str
    title: str
    line: int
    help: str = ""
    fields: list[FieldDef] = field(default_factory=list)
    validators: list[str] = field(default_factory=list)
    computed: str | None = None
    show_if: str | None = None


@dataclass
class FormDef:
    id: str
    title: str
    kind: str
    path: Path
    article: str = ""
    help: str = ""
    target: str | None = None
    pages: list[PageDef] = field(default_factory=list)

    def fields(self) -> list[FieldDef]:
        return [f for p in self.pages for f in p.fields]

    def field(self, key: str) -> FieldDef:
        for f in self.fields():
            if f.key == key:
                return f
        raise KeyError(key)

    def page_index(self, page_id: str) -> int:
        return [p.id for p in self.pages].index(page_id)


# ------------------------------------------------------------------------------------------ lines
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_.]+)\s*\]\]|^\s*\[\s*([A-Za-z_.]+)\s*\]")
_ASSIGN = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=")


class _LineIndex:
    """Line numbers of the tables and keys of a definition file (tomllib keeps none)."""

    def __init__(self, text: str) -> None:
        self.form: dict[str, int] = {}
        self.form_line = 0
        self.pages: list[dict[str, int]] = []
        self.fields: list[list[dict[str, int]]] = []
        current: dict[str, int] | None = None
        for n, line in enumerate(text.splitlines(), start=1):
            m = _HEADER.match(line)
            if m:
                name = m.group(1) or m.group(2)
                if name == "form":
                    current = self.form
                    self.form_line = n
                elif name == "pages":
                    current = {"": n}
                    self.pages.append(current)
                    self.fields.append([])
                elif name == "pages.fields" and self.fields:
                    current = {"": n}
                    self.fields[-1].append(current)
                else:
                    current = None
                continue
            m = _ASSIGN.match(line)
            if m and current is not None:
                current.setdefault(m.group(1), n)

    def page(self, i: int, key: str = "") -> int | None:
        if i < len(self.pages):
            return self.pages[i].get(key) or self.pages[i].get("")
        return None

    def field(self, i: int, j: int, key: str = "") -> int | None:
        if i < len(self.fields) and j < len(self.fields[i]):
            return self.fields[i][j].get(key) or self.fields[i][j].get("")
        return self.page(i)

    def form_key(self, key: str) -> int | None:
        return self.form.get(key) or self.form_line or None


# ------------------------------------------------------------------------------------ conditions
_ALLOWED_NODES = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.Compare, ast.Eq, ast.NotEq,
                  ast.In, ast.NotIn, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Name, ast.Load, ast.Constant, ast.List,
                  ast.Tuple)


def parse_condition(text: str) -> tuple[ast.Expression, set[str]]:
    """Parse a ``show_if`` condition (comparisons, ``in``, ``and``/``or``/``not``, names, literals);
    return the tree and the field keys it mentions. Raises ``ValueError`` for anything else."""
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"条件表达式语法错误：{text!r}") from exc
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"条件表达式只能使用比较、in、and、or、not：{text!r}")
        if isinstance(node, ast.Name) and node.id not in ("true", "false", "True", "False", "None"):
            names.add(node.id)
    return tree, names


def evaluate_condition(text: str | None, values: Mapping[str, Any]) -> bool:
    if not text:
        return True
    tree, _ = parse_condition(text)
    return bool(_eval(tree.body, values))


def _eval(node: ast.AST, values: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return {"true": True, "false": False, "True": True, "False": False, "None": None}.get(node.id, values.get(node.id))
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(e, values) for e in node.elts]
    if isinstance(node, ast.UnaryOp):
        return not _eval(node.operand, values)
    if isinstance(node, ast.BoolOp):
        parts = (_eval(v, values) for v in node.values)
        return all(parts) if isinstance(node.op, ast.And) else any(parts)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, values)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _eval(comp, values)
            try:
                ok = {ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b, ast.In: lambda a, b: a in b,
                      ast.NotIn: lambda a, b: a not in b, ast.Lt: lambda a, b: a < b, ast.LtE: lambda a, b: a <= b,
                      ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b}[type(op)](left, right)
            except TypeError:
                ok = False
            if not ok:
                return False
            left = right
        return True
    raise ValueError("unsupported condition")  # pragma: no cover - rejected by parse_condition


# ------------------------------------------------------------------------------------- validators
@dataclass(frozen=True)
class Validator:
    """How a named domain rule is applied: ``scope`` "field" (called with the field's value and all
    values) or "page" (called with all values); returns the messages, each tied to a field key
    (``None`` = the field the validator is declared on, or the page)."""

    scope: str
    run: Callable[[Any, Mapping[str, Any]], list[tuple[str | None, str]]]
    article: str = ""


def _domain_message(exc: d.DomainError) -> str:
    return str(exc)


def _catch(call: Callable[[], Any], key: str | None = None) -> list[tuple[str | None, str]]:
    try:
        call()
    except d.DomainError as exc:
        return [(key, _domain_message(exc))]
    return []


def _shares_of(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [p.get("share") if isinstance(p, Mapping) else p for p in value]
    return []


def _v_shares(value, values):
    shares = _shares_of(value)
    bad = [s for s in shares if _decimal(s) is None]
    if bad:
        return [(None, f"分配比例须为数字，当前有「{bad[0]}」（依据：方案二(一)）")]
    return _catch(lambda: d.check_shares(shares))


def _v_term(value, values):
    if value in (None, ""):
        return []
    if not d.use_right_term_ok(int(value)):
        return _catch(lambda: d.check_use_right_term(int(value)))
    return []


def _v_ownership_split(value, values):
    mode = values.get("grant_mode")
    if not mode or value in (None, ""):
        return []
    if _decimal(value) is None:
        return [(None, f"份额须为数字，当前为「{value}」")]
    return _catch(lambda: d.check_ownership_split(mode, value))


def _v_negative_list(value, values):
    answers = {item.key: values.get(item.key) for item in d.NEGATIVE_LIST}
    if any(v is None for v in answers.values()):
        return []  # unanswered questions are caught by ``required``
    return [(f.key, f.message) for f in d.negative_list_findings(answers)]


def _v_extension(value, values):
    keys = [k for k, _ in d.EXTENSION_CONDITIONS]
    if any(values.get(k) is None for k in keys):
        return []
    try:
        d.check_extension({k: bool(values.get(k)) for k in keys})
    except d.DomainError as exc:
        return [(k, _domain_message(exc)) for k in keys if not values.get(k)]
    return []


def _v_agreement_terms(value, values):
    missing = set(d.missing_agreement_terms({k: values.get(k) for k, _ in d.OWNERSHIP_AGREEMENT_TERMS}))
    return [(k, f"协议须约定「{label}」（依据：方案二(一)）") for k, label in d.OWNERSHIP_AGREEMENT_TERMS if label in missing]


def _v_publicity_days(value, values):
    if value in (None, ""):
        return []
    return _catch(lambda: d.check_grant_publicity_days(int(value)))


def _v_valuation(value, values):
    """方案二(三): the message goes under the field the rule names (decision or reason)."""
    try:
        d.check_valuation_decision(bool(values.get("counterparty_state_owned")), values.get("valuation_decision"),
                                   values.get("valuation_reason"))
    except d.DomainError as exc:
        return [(exc.field, _domain_message(exc))]
    return []


def _v_abandonment_applicant(value, values):
    """1-2 第十一条: who asks for the abandonment (page-level, so an empty answer gets the rule's message)."""
    return _catch(lambda: d.check_abandonment_applicant(values.get("requested_by")), "requested_by")


def _v_abandonment_start(value, values):
    """1-2 第十一条: the publicity (this field) does not start before ``request_date``."""
    if not (_is_iso(value or "") and _is_iso(values.get("request_date") or "")):
        return []
    return _catch(lambda: d.check_abandonment_publicity_start(values.get("request_date"), value))


def _v_extension_end(value, values):
    return _catch(lambda: d.check_extension_end(values.get("current_end_date"), value))


def _v_rd_start(value, values):
    source = values.get("funding_source")
    if not source:
        return []
    dates = {k: (date.fromisoformat(values[k]) if _is_iso(values.get(k) or "") and values.get(k) else None)
             for k in ("approval_date", "contract_date", "decision_date", "plan_approved_date")}
    try:
        d.rd_start_date(source, **dates)
    except d.DomainError as exc:
        return [(exc.field, _domain_message(exc))]
    return []


VALIDATORS: dict[str, Validator] = {
    "rd_start_date": Validator("page", _v_rd_start, "1-2 第八条(一)"),
    "check_shares": Validator("field", _v_shares, "方案二(一)"),
    "use_right_term_ok": Validator("field", _v_term, "方案二(二)"),
    "check_use_right_term": Validator("field", _v_term, "方案二(二)"),
    "check_ownership_split": Validator("field", _v_ownership_split, "方案二(一)"),
    "negative_list_findings": Validator("page", _v_negative_list, "1-1 第七条"),
    "check_extension": Validator("page", _v_extension, "方案二(二)"),
    "missing_agreement_terms": Validator("page", _v_agreement_terms, "方案二(一)"),
    "check_grant_publicity_days": Validator("field", _v_publicity_days, "方案二(一)、方案二(二)"),
    "check_valuation_decision": Validator("page", _v_valuation, "方案二(三)"),
    "check_extension_end": Validator("field", _v_extension_end, "方案二(二)"),
    "check_abandonment_applicant": Validator("page", _v_abandonment_applicant, "1-2 第十一条"),
    "check_abandonment_publicity_start": Validator("field", _v_abandonment_start, "1-2 第十一条"),
}


def validator_for(name: str) -> Validator | None:
    if name in VALIDATORS:
        return VALIDATORS[name]
    func = getattr(d, name, None)
    if callable(func) and not isinstance(func, type):
        return Validator("field", lambda value, values, f=func: [] if value in (None, "") else _catch(lambda: f(value)))
    return None


# ---------------------------------------------------------------------------------------- loading
def _decimal(value: Any) -> Decimal | None:
    try:
        result = Decimal(str(value).strip().rstrip("%").strip())
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def _check_default(f: FieldDef, fail: Callable[[str], None]) -> None:
    value = f.default
    if value is None:
        return
    if isinstance(value, str) and value.startswith(("setting:", "achievement:", "context:")):
        source, _, key = value.partition(":")
        if source == "setting":
            from .storage.settings import DEFAULTS

            if key not in DEFAULTS:
                fail(f"默认值引用了不存在的设置项「{key}」")
        elif not key:
            fail(f"默认值「{value}」缺少名称")
        return
    ok = {
        "text": isinstance(value, str), "multiline": isinstance(value, str), "choice": isinstance(value, str),
        "date": value == "today" or (isinstance(value, (str, date)) and _is_iso(value)),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "money": isinstance(value, int) and not isinstance(value, bool),
        "percentage": isinstance(value, (int, str)) and _decimal(value) is not None,
        "yesno": isinstance(value, bool), "people": isinstance(value, list), "attachment": isinstance(value, list),
    }[f.type]
    if not ok:
        fail(f"默认值 {value!r} 与字段类型 {f.type} 不符")
    if f.type == "choice" and f.choices and value not in [c for c, _ in f.choices]:
        fail(f"默认值 {value!r} 不在可选项中")


_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def _is_iso(value: Any) -> bool:
    if isinstance(value, date):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def load_form(path: Path | str) -> FormDef:
    """Read and check one definition; raises :class:`FormDefinitionError` naming file, line and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FormDefinitionError(path, None, "文件", f"无法读取（{exc}）") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise FormDefinitionError(path, int(m.group(1)) if m else None, "TOML 语法", str(exc)) from exc
    lines = _LineIndex(text)

    form = data.get("form")
    if not isinstance(form, dict):
        raise FormDefinitionError(path, 1, "[form]", "缺少 [form] 表")
    for key in form:
        if key not in FORM_KEYS:
            raise FormDefinitionError(path, lines.form_key(key), f"[form] 的「{key}」", "未知的属性")
    for key in ("id", "title", "kind"):
        if not isinstance(form.get(key), str) or not form[key].strip():
            raise FormDefinitionError(path, lines.form_key(key), f"[form] 的「{key}」", "必须填写（文本）")
    if form["id"] != path.stem:
        raise FormDefinitionError(path, lines.form_key("id"), "[form] 的「id」", f"应与文件名一致（{path.stem}），当前为 {form['id']!r}")
    if form["kind"] not in FORM_KINDS:
        raise FormDefinitionError(path, lines.form_key("kind"), "[form] 的「kind」",
                                  f"未知的表单类型 {form['kind']!r}，可选：{'、'.join(FORM_KINDS)}")
    result = FormDef(id=form["id"], title=form["title"], kind=form["kind"], path=path, article=str(form.get("article", "")),
                     help=str(form.get("help", "")), target=form.get("target"))

    pages = data.get("pages")
    if not isinstance(pages, list) or not pages:
        raise FormDefinitionError(path, lines.form_line or 1, "[[pages]]", "至少需要一页")
    seen_keys: dict[str, int] = {}
    seen_pages: set[str] = set()
    conditions: list[tuple[str, int | None, str, str]] = []
    for i, page in enumerate(pages):
        pid = page.get("id")
        where = f"第 {i + 1} 页（id={pid!r}）"
        for key in page:
            if key not in PAGE_KEYS:
                raise FormDefinitionError(path, lines.page(i, key), f"{where}的「{key}」", "未知的属性")
        if not isinstance(pid, str) or not pid:
            raise FormDefinitionError(path, lines.page(i, "id"), where, "缺少页 id")
        if pid in seen_pages:
            raise FormDefinitionError(path, lines.page(i, "id"), where, "页 id 重复")
        seen_pages.add(pid)
        if not isinstance(page.get("title"), str) or not page["title"]:
            raise FormDefinitionError(path, lines.page(i, "title"), where, "缺少页标题 title")
        page_def = PageDef(id=pid, title=page["title"], line=lines.page(i) or 0, help=str(page.get("help", "")),
                           computed=page.get("computed"), show_if=page.get("show_if"))
        if page_def.computed:
            from .services.wizard_flows import COMPUTED

            if page_def.computed not in COMPUTED:
                raise FormDefinitionError(path, lines.page(i, "computed"), f"{where}的 computed",
                                          f"未知的计算项「{page_def.computed}」，可用：{'、'.join(COMPUTED)}")
        for name in page.get("validators", []):
            v = validator_for(name)
            if v is None:
                raise FormDefinitionError(path, lines.page(i, "validators"), f"{where}的校验函数",
                                          f"kjcg_desktop.domain 中没有函数「{name}」")
            page_def.validators.append(name)
        if page_def.show_if:
            conditions.append((page_def.show_if, lines.page(i, "show_if"), where, pid))
        fields = page.get("fields", [])
        if not isinstance(fields, list):
            raise FormDefinitionError(path, lines.page(i, "fields"), where, "fields 应为 [[pages.fields]] 表数组")
        for j, raw in enumerate(fields):
            key = raw.get("key")
            fwhere = f"{where}第 {j + 1} 个字段（key={key!r}）"

            def fail(problem: str, attr: str = "", _i=i, _j=j, _w=fwhere) -> None:
                raise FormDefinitionError(path, lines.field(_i, _j, attr), _w, problem)

            for attr in raw:
                if attr not in FIELD_KEYS:
                    fail(f"未知的属性「{attr}」，可用：{'、'.join(sorted(FIELD_KEYS))}", attr)
            if not isinstance(key, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
                fail("缺少 key，或 key 不是小写英文标识符", "key")
            if key in seen_keys:
                fail(f"key 与第 {seen_keys[key]} 行的字段重复", "key")
            seen_keys[key] = lines.field(i, j, "key") or 0
            if not isinstance(raw.get("label"), str) or not raw["label"]:
                fail("缺少标签 label", "label")
            ftype = raw.get("type")
            if ftype not in FIELD_TYPES:
                fail(f"未知的字段类型 {ftype!r}，可选：{'、'.join(FIELD_TYPES)}", "type")
            choices: list[tuple[str, str]] = []
            if ftype == "choice":
                raw_choices = raw.get("choices")
                if raw.get("choices_from"):
                    if raw["choices_from"] not in DYNAMIC_CHOICES:
                        fail(f"choices_from 只能是：{'、'.join(DYNAMIC_CHOICES)}", "choices_from")
                elif not isinstance(raw_choices, list) or not raw_choices:
                    fail("选择字段须提供 choices（[[值, 显示文字], …]）", "choices")
                for c in raw_choices or []:
                    if not (isinstance(c, list) and len(c) == 2 and all(isinstance(x, str) for x in c)):
                        fail(f"choices 的每一项应为 [值, 显示文字]，当前为 {c!r}", "choices")
                    choices.append((c[0], c[1]))
            elif "choices" in raw:
                fail("只有 choice 类型的字段可以有 choices", "choices")
            for attr in ("required", "representative", "readonly"):
                if attr in raw and not isinstance(raw[attr], bool):
                    fail(f"{attr} 应为 true 或 false", attr)
            names = raw.get("validators", [])
            if not isinstance(names, list):
                fail("validators 应为函数名列表", "validators")
            for name in names:
                if validator_for(name) is None:
                    fail(f"kjcg_desktop.domain 中没有函数「{name}」", "validators")
            f = FieldDef(
                key=key, label=raw["label"], type=ftype, line=lines.field(i, j) or 0, required=bool(raw.get("required", False)),
                default=raw.get("default"), help=str(raw.get("help", "")), choices=choices, choices_from=raw.get("choices_from"),
                validators=list(names), show_if=raw.get("show_if"), placeholder=str(raw.get("placeholder", "")),
                min=raw.get("min"), max=raw.get("max"), kind=raw.get("kind"), representative=bool(raw.get("representative", False)),
                readonly=bool(raw.get("readonly", False)), suffix=str(raw.get("suffix", "")), rows=int(raw.get("rows", 0)),
            )
            _check_default(f, lambda problem, _f=fail: _f(problem, "default"))
            if f.show_if:
                conditions.append((f.show_if, lines.field(i, j, "show_if"), fwhere, key))
            page_def.fields.append(f)
        result.pages.append(page_def)
    for text, line, where, own in conditions:
        try:
            _, names = parse_condition(text)
        except ValueError as exc:
            raise FormDefinitionError(path, line, f"{where}的 show_if", str(exc)) from exc
        unknown = sorted(n for n in names if n not in seen_keys or n == own)
        if unknown:
            raise FormDefinitionError(path, line, f"{where}的 show_if", f"引用了不存在的字段：{'、'.join(unknown)}")
    return result


def load_forms(folder: Path | str | None = None) -> dict[str, FormDef]:
    """Load every ``*.toml`` in ``folder`` (default: the shipped ``forms/``); the first malformed
    file raises :class:`FormDefinitionError`."""
    if folder is None:
        from .paths import forms_dir

        folder = forms_dir()
    return {f.id: f for f in (load_form(p) for p in sorted(Path(folder).glob("*.toml")))}


def load_forms_lenient(folder: Path | str | None = None) -> tuple[dict[str, FormDef], list[FormDefinitionError]]:
    """Like :func:`load_forms` but keeps going: the good definitions and the errors of the bad ones."""
    if folder is None:
        from .paths import forms_dir

        folder = forms_dir()
    good: dict[str, FormDef] = {}
    errors: list[FormDefinitionError] = []
    for p in sorted(Path(folder).glob("*.toml")):
        try:
            f = load_form(p)
        except FormDefinitionError as exc:
            errors.append(exc)
        else:
            good[f.id] = f
    return good, errors


# ------------------------------------------------------------------------------------ values
def empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def initial_values(form: FormDef, resolve: Callable[[str, str], Any] | None = None, today: date | None = None) -> dict[str, Any]:
    """Default answers. ``resolve(source, key)`` supplies ``setting:``, ``achievement:`` and
    ``context:`` defaults (None → left empty)."""
    values: dict[str, Any] = {}
    for f in form.fields():
        value = f.default
        if isinstance(value, str) and value.startswith(("setting:", "achievement:", "context:")):
            source, _, key = value.partition(":")
            value = resolve(source, key) if resolve else None
            if value is not None:
                value = coerce(f, value)
        elif value == "today" and f.type == "date":
            value = (today or clock.today()).isoformat()
        if value is not None:
            values[f.key] = value
    return values


def coerce(f: FieldDef, value: Any) -> Any:
    """A stored value in the field's type (``money`` int fen, ``percentage`` decimal text …)."""
    if value is None:
        return None
    if f.type in ("integer", "money"):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None
    if f.type == "percentage":
        return str(value)
    if f.type == "yesno":
        return bool(value)
    if f.type == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    return value


def page_visible(form: FormDef, page: PageDef, values: Mapping[str, Any]) -> bool:
    return evaluate_condition(page.show_if, values)


def field_visible(f: FieldDef, values: Mapping[str, Any]) -> bool:
    return evaluate_condition(f.show_if, values)


def _field_checks(f: FieldDef, value: Any) -> list[str]:
    """Type-level checks every field gets (required, numbers, people rows)."""
    if empty(value):
        if f.required:
            return [f"请填写「{f.label}」"] if f.type != "yesno" else [f"请回答「{f.label}」"]
        return []
    problems = []
    if f.type == "percentage":
        dec = _decimal(value)
        if dec is None:
            return [f"「{f.label}」须为数字，当前为「{value}」"]
        if dec < 0 or dec > 100:
            problems.append(f"「{f.label}」须在0到100%之间，当前为{dec}%")
    if f.type == "money" and not isinstance(value, int):
        try:
            value = d.parse_amount_text(str(value))
        except d.DomainError as exc:
            return [f"「{f.label}」：{_domain_message(exc)}"]
    if f.type == "money" and isinstance(value, int) and value < 0 and (f.min is None or f.min >= 0):
        problems.append(f"「{f.label}」不能为负数")
    if f.type in ("integer", "money") and isinstance(value, int):
        if f.min is not None and value < f.min:
            problems.append(f"「{f.label}」不能小于{f.min}")
        if f.max is not None and value > f.max:
            problems.append(f"「{f.label}」不能大于{f.max}")
    if f.type == "date" and not _is_iso(value) and not d.is_partial_date(value):
        try:
            d.parse_date_text(str(value))
        except d.DomainError as exc:
            problems.append(f"「{f.label}」：{_domain_message(exc)}")
        else:
            problems.append(f"「{f.label}」日期格式应为 YYYY-MM-DD")
    if f.type in ("people", "attachment") and not (isinstance(value, list) and all(isinstance(v, Mapping) for v in value)):
        return [f"「{f.label}」的数据格式不正确，请重新填写"]
    if f.type == "people":
        for n, person in enumerate(value, start=1):
            if not str(person.get("name") or "").strip():
                problems.append(f"第 {n} 行缺少姓名")
        if f.representative:
            reps = sum(1 for p in value if p.get("is_representative"))
            if reps != 1:
                problems.append(f"须指定一名团队代表（当前 {reps} 名）（依据：方案二(一)“指定代表向单位提出赋权申请”）")
    return problems


def validate_page(form: FormDef, page: PageDef | int | str, values: Mapping[str, Any]) -> list[FieldError]:
    """All problems on one page, each tied to a field key (or the page id for page-wide ones)."""
    if isinstance(page, int):
        page = form.pages[page]
    elif isinstance(page, str):
        page = form.pages[form.page_index(page)]
    errors: list[FieldError] = []
    if not page_visible(form, page, values):
        return errors
    visible = {f.key for f in page.fields if field_visible(f, values)}
    for f in page.fields:
        if f.key not in visible:
            continue
        value = values.get(f.key)
        problems = _field_checks(f, value)
        errors += [FieldError(f.key, p) for p in problems]
        if problems or empty(value):
            continue
        for name in f.validators:
            v = validator_for(name)
            for key, message in v.run(value, values):
                errors.append(FieldError(key or f.key, message))
    flagged = {e.key for e in errors}
    for name in page.validators:
        v = validator_for(name)
        for key, message in v.run(None, values):
            target = key if key in visible else page.id
            if target not in flagged:  # one message per field: "请填写" already says it
                errors.append(FieldError(target, message))
    return errors


def validate_form(form: FormDef, values: Mapping[str, Any]) -> list[FieldError]:
    return [e for p in form.pages for e in validate_page(form, p, values)]


def display_value(f: FieldDef, value: Any) -> str:
    """Text for showing an answer (summaries, printed forms)."""
    if empty(value):
        return ""
    if f.type == "choice":
        return f.choice_label(value)
    if f.type == "yesno":
        return "是" if value else "否"
    if f.type == "money":
        return d.format_yuan(int(value)) + " 元"
    if f.type == "percentage":
        return f"{value}%"
    if f.type == "people":
        return "；".join(
            f"{p.get('name')}{'（代表）' if p.get('is_representative') else ''}"
            + (f" {p.get('share')}%" if p.get("share") not in (None, "") else "") for p in value)
    if f.type == "attachment":
        return "、".join(a.get("filename", "") for a in value)
    return str(value)


def answer_sheet(form: FormDef, values: Mapping[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The answers as printed forms list them: (page title, [(field label, text)]) for the pages and
    fields that apply, in the definition's order."""
    sheet = []
    for page in form.pages:
        if not page_visible(form, page, values):
            continue
        rows = [(f.label, display_value(f, values.get(f.key))) for f in page.fields if field_visible(f, values)]
        if rows:
            sheet.append((page.title, rows))
    return sheet
