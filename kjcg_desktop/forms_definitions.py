"""The vocabulary of the form definitions in ``forms/`` (see ``forms/README.md``): the form, page and
field records, the ``show_if`` conditions and the validators named in a definition.

Validators are looked up in :data:`VALIDATORS`: each entry says how the domain function is called —
with the field's value, or with the values of the whole page — and turns its
:class:`~kjcg_desktop.domain.DomainError` (or its findings) into messages attached to a field. A name
that is a function of :mod:`kjcg_desktop.domain` but has no entry is called with the field's value.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

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


def decimal_or_none(value: Any) -> Decimal | None:
    try:
        result = Decimal(str(value).strip().rstrip("%").strip())
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def is_iso_date(value: Any) -> bool:
    if isinstance(value, date):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


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


def domain_message(exc: d.DomainError) -> str:
    return str(exc)


def _catch(call: Callable[[], Any], key: str | None = None) -> list[tuple[str | None, str]]:
    try:
        call()
    except d.DomainError as exc:
        return [(key, domain_message(exc))]
    return []


def _shares_of(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [p.get("share") if isinstance(p, Mapping) else p for p in value]
    return []


def _v_shares(value, values):
    shares = _shares_of(value)
    bad = [s for s in shares if decimal_or_none(s) is None]
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
    if decimal_or_none(value) is None:
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
        return [(k, domain_message(exc)) for k in keys if not values.get(k)]
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
        return [(exc.field, domain_message(exc))]
    return []


def _v_abandonment_applicant(value, values):
    """1-2 第十一条: who asks for the abandonment (page-level, so an empty answer gets the rule's message)."""
    return _catch(lambda: d.check_abandonment_applicant(values.get("requested_by")), "requested_by")


def _v_abandonment_start(value, values):
    """1-2 第十一条: the publicity (this field) does not start before ``request_date``."""
    if not (is_iso_date(value or "") and is_iso_date(values.get("request_date") or "")):
        return []
    return _catch(lambda: d.check_abandonment_publicity_start(values.get("request_date"), value))


def _v_extension_end(value, values):
    return _catch(lambda: d.check_extension_end(values.get("current_end_date"), value))


def _v_rd_start(value, values):
    source = values.get("funding_source")
    if not source:
        return []
    dates = {k: (date.fromisoformat(values[k]) if is_iso_date(values.get(k) or "") and values.get(k) else None)
             for k in ("approval_date", "contract_date", "decision_date", "plan_approved_date")}
    try:
        d.rd_start_date(source, **dates)
    except d.DomainError as exc:
        return [(exc.field, domain_message(exc))]
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
