"""The form engine, Qt-free part: load and check the declarative definitions in ``forms/``, compute
defaults, decide which fields are shown, and validate answers with the domain rules.

The format (one TOML file per form, read with :mod:`tomllib`) is described in ``forms/README.md``; its
records, conditions and validators are :mod:`kjcg_desktop.forms_definitions`. The Qt part (wizard
pages and plain edit dialogs) is :mod:`kjcg_desktop.ui.wizard`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from . import clock
from . import domain as d
from .forms_definitions import (
    DYNAMIC_CHOICES,
    FIELD_KEYS,
    FIELD_TYPES,
    FORM_KEYS,
    FORM_KINDS,
    PAGE_KEYS,
    VALIDATORS,
    FieldDef,
    FieldError,
    FormDef,
    FormDefinitionError,
    PageDef,
    Validator,
    decimal_or_none,
    domain_message,
    evaluate_condition,
    is_iso_date,
    parse_condition,
    validator_for,
)

__all__ = [
    "DYNAMIC_CHOICES", "FIELD_KEYS", "FIELD_TYPES", "FORM_KEYS", "FORM_KINDS", "PAGE_KEYS", "VALIDATORS", "FieldDef",
    "FieldError", "FormDef", "FormDefinitionError", "PageDef", "Validator", "answer_sheet", "coerce", "display_value",
    "empty", "evaluate_condition", "field_visible", "initial_values", "load_form", "load_forms", "load_forms_lenient",
    "page_visible", "parse_condition", "validate_form", "validate_page", "validator_for",
]


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


# ---------------------------------------------------------------------------------------- loading
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
        "date": value == "today" or (isinstance(value, (str, date)) and is_iso_date(value)),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "money": isinstance(value, int) and not isinstance(value, bool),
        "percentage": isinstance(value, (int, str)) and decimal_or_none(value) is not None,
        "yesno": isinstance(value, bool), "people": isinstance(value, list), "attachment": isinstance(value, list),
    }[f.type]
    if not ok:
        fail(f"默认值 {value!r} 与字段类型 {f.type} 不符")
    if f.type == "choice" and f.choices and value not in [c for c, _ in f.choices]:
        fail(f"默认值 {value!r} 不在可选项中")


Condition = tuple[str, int | None, str, str]  # (show_if text, line, where, own key)


def load_form(path: Path | str, *, computed: Collection[str] | None = None) -> FormDef:
    """Read and check one definition; raises :class:`FormDefinitionError` naming file, line and field.

    ``computed`` names the computed summaries a page may show (the wizard's, passed in by
    :mod:`kjcg_desktop.services.forms`); None leaves a page's ``computed`` unchecked."""
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
    result = _read_form_table(path, data, lines)
    pages = data.get("pages")
    if not isinstance(pages, list) or not pages:
        raise FormDefinitionError(path, lines.form_line or 1, "[[pages]]", "至少需要一页")
    seen_keys: dict[str, int] = {}
    seen_pages: set[str] = set()
    conditions: list[Condition] = []
    for i, page in enumerate(pages):
        page_def = _read_page(path, lines, i, page, seen_pages, computed, conditions)
        where = f"第 {i + 1} 页（id={page_def.id!r}）"
        fields = page.get("fields", [])
        if not isinstance(fields, list):
            raise FormDefinitionError(path, lines.page(i, "fields"), where, "fields 应为 [[pages.fields]] 表数组")
        for j, raw in enumerate(fields):
            page_def.fields.append(_read_field(path, lines, i, j, raw, where, seen_keys, conditions))
        result.pages.append(page_def)
    _check_conditions(path, conditions, seen_keys)
    return result


def _read_form_table(path: Path, data: Mapping[str, Any], lines: _LineIndex) -> FormDef:
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
    return FormDef(id=form["id"], title=form["title"], kind=form["kind"], path=path, article=str(form.get("article", "")),
                   help=str(form.get("help", "")), target=form.get("target"))


def _read_page(path: Path, lines: _LineIndex, i: int, page: Mapping[str, Any], seen_pages: set[str],
               computed: Collection[str] | None, conditions: list[Condition]) -> PageDef:
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
    if page_def.computed and computed is not None and page_def.computed not in computed:
        raise FormDefinitionError(path, lines.page(i, "computed"), f"{where}的 computed",
                                  f"未知的计算项「{page_def.computed}」，可用：{'、'.join(computed)}")
    for name in page.get("validators", []):
        if validator_for(name) is None:
            raise FormDefinitionError(path, lines.page(i, "validators"), f"{where}的校验函数",
                                      f"kjcg_desktop.domain 中没有函数「{name}」")
        page_def.validators.append(name)
    if page_def.show_if:
        conditions.append((page_def.show_if, lines.page(i, "show_if"), where, pid))
    return page_def


def _read_field(path: Path, lines: _LineIndex, i: int, j: int, raw: Mapping[str, Any], where: str,
                seen_keys: dict[str, int], conditions: list[Condition]) -> FieldDef:
    key = raw.get("key")
    fwhere = f"{where}第 {j + 1} 个字段（key={key!r}）"

    def fail(problem: str, attr: str = "") -> None:
        raise FormDefinitionError(path, lines.field(i, j, attr), fwhere, problem)

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
    choices = _read_choices(raw, ftype, fail)
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
    _check_default(f, lambda problem: fail(problem, "default"))
    if f.show_if:
        conditions.append((f.show_if, lines.field(i, j, "show_if"), fwhere, key))
    return f


def _read_choices(raw: Mapping[str, Any], ftype: Any, fail: Callable[[str, str], None]) -> list[tuple[str, str]]:
    choices: list[tuple[str, str]] = []
    if ftype != "choice":
        if "choices" in raw:
            fail("只有 choice 类型的字段可以有 choices", "choices")
        return choices
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
    return choices


def _check_conditions(path: Path, conditions: list[Condition], seen_keys: Mapping[str, int]) -> None:
    for text, line, where, own in conditions:
        try:
            _, names = parse_condition(text)
        except ValueError as exc:
            raise FormDefinitionError(path, line, f"{where}的 show_if", str(exc)) from exc
        unknown = sorted(n for n in names if n not in seen_keys or n == own)
        if unknown:
            raise FormDefinitionError(path, line, f"{where}的 show_if", f"引用了不存在的字段：{'、'.join(unknown)}")


def load_forms(folder: Path | str | None = None, *, computed: Collection[str] | None = None) -> dict[str, FormDef]:
    """Load every ``*.toml`` in ``folder`` (default: the shipped ``forms/``); the first malformed
    file raises :class:`FormDefinitionError`."""
    if folder is None:
        from .paths import forms_dir

        folder = forms_dir()
    return {f.id: f for f in (load_form(p, computed=computed) for p in sorted(Path(folder).glob("*.toml")))}


def load_forms_lenient(folder: Path | str | None = None, *, computed: Collection[str] | None = None,
                       ) -> tuple[dict[str, FormDef], list[FormDefinitionError]]:
    """Like :func:`load_forms` but keeps going: the good definitions and the errors of the bad ones."""
    if folder is None:
        from .paths import forms_dir

        folder = forms_dir()
    good: dict[str, FormDef] = {}
    errors: list[FormDefinitionError] = []
    for p in sorted(Path(folder).glob("*.toml")):
        try:
            f = load_form(p, computed=computed)
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
    if f.type in ("percentage", "money", "integer"):
        return _number_checks(f, value)
    if f.type == "date":
        return _date_checks(f, value)
    if f.type in ("people", "attachment"):
        return _row_checks(f, value)
    return []


def _number_checks(f: FieldDef, value: Any) -> list[str]:
    problems = []
    if f.type == "percentage":
        dec = decimal_or_none(value)
        if dec is None:
            return [f"「{f.label}」须为数字，当前为「{value}」"]
        if dec < 0 or dec > 100:
            problems.append(f"「{f.label}」须在0到100%之间，当前为{dec}%")
        return problems
    if f.type == "money" and not isinstance(value, int):
        try:
            value = d.parse_amount_text(str(value))
        except d.DomainError as exc:
            return [f"「{f.label}」：{domain_message(exc)}"]
    if f.type == "money" and isinstance(value, int) and value < 0 and (f.min is None or f.min >= 0):
        problems.append(f"「{f.label}」不能为负数")
    if isinstance(value, int):
        if f.min is not None and value < f.min:
            problems.append(f"「{f.label}」不能小于{f.min}")
        if f.max is not None and value > f.max:
            problems.append(f"「{f.label}」不能大于{f.max}")
    return problems


def _date_checks(f: FieldDef, value: Any) -> list[str]:
    if is_iso_date(value) or d.is_partial_date(value):
        return []
    try:
        d.parse_date_text(str(value))
    except d.DomainError as exc:
        return [f"「{f.label}」：{domain_message(exc)}"]
    return [f"「{f.label}」日期格式应为 YYYY-MM-DD"]


def _row_checks(f: FieldDef, value: Any) -> list[str]:
    """People and attachment fields hold a list of rows; a people field needs every name and, when
    asked, exactly one representative."""
    if not (isinstance(value, list) and all(isinstance(v, Mapping) for v in value)):
        return [f"「{f.label}」的数据格式不正确，请重新填写"]
    problems = []
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
