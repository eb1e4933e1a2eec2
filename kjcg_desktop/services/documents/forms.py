"""Printed forms (成果披露表, 赋权申请表) from the same ``forms/*.toml`` definitions the wizards use.

The definition is read leniently: every table in the TOML that has a field key (``key``, ``name`` or
``id``) and a label (``label`` or ``title``) is a field, in file order; ``choices`` (strings, pairs or
tables with value/label) turn stored values into their labels; ``type`` money/percentage/yes-no
formats the value. Without a definition, the stored form's keys are printed with the labels below.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import domain as d
from ...paths import forms_dir
from .fields import day, percent, text, yuan

# Labels for stored keys when no form definition names them.
KEY_LABELS = {
    "name": "成果名称", "type": "成果类型", "legal_status": "法律状态", "application_no": "专利申请号",
    "patent_no": "专利号", "registration_no": "登记号", "filing_date": "申请日", "grant_date": "授权日",
    "holder": "权利人", "department": "所属单位", "keywords": "关键词", "summary": "成果简介",
    "rd_status": "研发状况", "market_prospects": "市场前景", "disclosure_date": "披露日期",
    "registration_date": "登记日期", "ledger_no": "台账编号", "confidential": "是否涉密", "secret_level": "密级",
    "grant_mode": "赋权方式", "team_share": "团队所有权份额", "unit_share": "单位保留份额", "term_years": "期限（年）",
    "start_date": "起始日期", "end_date": "届满日期", "applicant": "申请人（指定代表）", "title": "标题",
    "income_split": "转化收益分配比例", "decision_mechanism": "转化决策机制", "cost_sharing": "转化费用分担",
    "ip_maintenance": "知识产权维持费用", "rights_obligations": "各方的权利和义务", "plan": "成果转化实施方案",
    "implementation_plan": "成果转化实施方案", "implementer": "实施方式", "reason": "理由", "conditions": "延长条件",
    "negative_list": "负面清单核查", "inventors": "完成人", "shares": "收益分配比例", "project": "依托项目",
    "funding_source": "经费来源", "project_number": "项目编号", "representative": "指定代表",
    "agreement_honoured": "科研人员履行协议", "progress_made": "科技成果转化取得积极进展", "income_good": "收益情况良好",
    "extension_years": "延长年限", "new_end_date": "延长后届满日期", "batch": "批次", "note": "备注",
}
for item in d.NEGATIVE_LIST:
    KEY_LABELS.setdefault(item.key, f"{item.question}（{item.clause}）")


@dataclass(frozen=True)
class FormField:
    key: str
    label: str
    type: str = "text"
    choices: tuple[tuple[str, str], ...] = ()


def definition_path(name: str) -> Path | None:
    for candidate in (name, name.replace("_", "-"), name.replace("-", "_")):
        path = forms_dir() / f"{candidate}.toml"
        if path.is_file():
            return path
    return None


def _choices(raw: Any) -> tuple[tuple[str, str], ...]:
    result = []
    if isinstance(raw, Mapping):
        return tuple((str(k), str(v)) for k, v in raw.items())
    for item in raw or ():
        if isinstance(item, str):
            result.append((item, item))
        elif isinstance(item, (list, tuple)) and len(item) >= 2:
            result.append((str(item[0]), str(item[1])))
        elif isinstance(item, Mapping):
            value = item.get("value", item.get("key", item.get("label")))
            result.append((str(value), str(item.get("label", value))))
    return tuple(result)


def _walk(node: Any, name: str = "") -> Iterator[Mapping[str, Any]]:
    """Field tables in file order: ``{key = …, label = …}`` in arrays, or ``[fields.<key>]`` tables
    with a label and a type."""
    if isinstance(node, Mapping):
        key = node.get("key", node.get("name", node.get("id")))
        title = node.get("label", node.get("title"))
        if isinstance(title, str) and ("type" in node or "label" in node):
            if isinstance(key, str):
                yield node
            elif name and "type" in node:
                yield {**node, "key": name}
        for child_name, value in node.items():
            if isinstance(value, (Mapping, list)) and child_name not in ("choices", "options"):
                yield from _walk(value, child_name if isinstance(value, Mapping) else "")
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def load_definition(name: str) -> tuple[list[FormField], Path | None]:
    """Fields of ``forms/<name>.toml`` in order (empty list when there is no usable definition)."""
    path = definition_path(name)
    if path is None:
        return [], None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return [], None  # the wizards report a malformed definition; the printout falls back
    fields, seen = [], set()
    for node in _walk(data):
        key = str(node.get("key", node.get("name", node.get("id"))))
        if key in seen:
            continue
        seen.add(key)
        fields.append(FormField(key, str(node.get("label", node.get("title"))), str(node.get("type", "text")),
                                _choices(node.get("choices") or node.get("options"))))
    return fields, path


def format_value(value: Any, field: FormField | None = None) -> str:
    kind = field.type if field else ""
    choices = dict(field.choices) if field else {}
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or kind in ("bool", "boolean", "yes_no", "yesno", "yes/no"):
        return "是" if value in (True, 1, "1", "true", "yes", "是") else "否"
    if isinstance(value, list):
        return "；".join(_format_item(v) for v in value)
    if isinstance(value, Mapping):
        return "；".join(f"{KEY_LABELS.get(str(k), k)}：{format_value(v)}" for k, v in value.items())
    if str(value) in choices:
        return choices[str(value)]
    if kind == "money" or (field and field.key.endswith("_fen")):
        try:
            return yuan(int(value))
        except (TypeError, ValueError):
            return text(value)
    if kind in ("percentage", "percent", "share"):
        return percent(value)
    if kind == "date":
        return day(value)
    return text(value)


def _format_item(item: Any) -> str:
    if isinstance(item, Mapping):
        name = item.get("name") or item.get("label") or ""
        extras = []
        if item.get("department"):
            extras.append(str(item["department"]))
        if item.get("share") not in (None, ""):
            extras.append(percent(item["share"]))
        if item.get("is_representative"):
            extras.append("指定代表")
        rest = {k: v for k, v in item.items() if k not in ("name", "label", "department", "share", "is_representative")}
        extras += [f"{KEY_LABELS.get(k, k)}：{format_value(v)}" for k, v in rest.items() if v not in (None, "")]
        return f"{name}（{'，'.join(extras)}）" if extras else str(name)
    return format_value(item)


def form_rows(name: str, sources: list[Mapping[str, Any]], *, skip: frozenset[str] | set[str] = frozenset()) -> tuple[list[list[str]], str]:
    """(label, value) rows for form ``name`` filled from the first source that has each key, and a
    note saying where the layout came from."""

    def lookup(key: str) -> Any:
        for source in sources:
            if key in source and source[key] not in (None, ""):
                return source[key]
            for nested in source.values():  # answers stored page by page
                if isinstance(nested, Mapping) and nested.get(key) not in (None, ""):
                    return nested[key]
        return None

    fields, path = load_definition(name)
    if fields:
        rows = [[f.label, format_value(lookup(f.key), f)] for f in fields if f.key not in skip]
        return rows, f"按表单定义 forms/{path.name if path else name} 生成"
    rows = []
    seen: set[str] = set()
    for source in sources:
        for key, value in source.items():
            if key in seen or key in skip or value in (None, "", {}, []):
                continue
            seen.add(key)
            rows.append([KEY_LABELS.get(key, key), format_value(value)])
    return rows, "未找到表单定义，按已保存的表单内容生成"
