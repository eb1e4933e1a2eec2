"""Document numbers (发文字号, GB/T 9704-2012 7.2.4) from the office's scheme.

A scheme is text with three fields: ``{单位简称}``, ``{年}`` (the year of the 成文日期) and
``{序号}``, optionally zero-padded as ``{序号:03}``; e.g. ``{单位简称}赋权协字〔{年}〕{序号:03}号``
gives 示范大学赋权协字〔2026〕007号. The year goes in 六角括号 〔〕 and the sequence has no "第"
(7.2.4). Each numbered kind has its own sequence per year; the settings key ``number_scheme.KIND``
holds the office's scheme, else the default below.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import DocumentError

DEFAULT_SCHEMES = {
    "notice": "{单位简称}赋权公字〔{年}〕{序号:03}号",
    "agreement": "{单位简称}赋权协字〔{年}〕{序号:03}号",
    "extension-agreement": "{单位简称}赋权延字〔{年}〕{序号:03}号",
    "abandonment-notice": "{单位简称}放弃公字〔{年}〕{序号:03}号",
    "decision": "{单位简称}成果决字〔{年}〕{序号:03}号",
    "price-notice": "{单位简称}定价公字〔{年}〕{序号:03}号",
    "related-party-notice": "{单位简称}关联公字〔{年}〕{序号:03}号",
    "reward-notice": "{单位简称}奖励公字〔{年}〕{序号:03}号",
}
NUMBERED = tuple(DEFAULT_SCHEMES)
_FIELD = re.compile(r"\{([^{}:]*)(?::0?(\d))?\}")


def scheme_for(kind: str, settings: Mapping[str, Any]) -> str:
    return str(settings.get(f"number_scheme.{kind}") or DEFAULT_SCHEMES[kind])


def check_scheme(scheme: str) -> str:
    """'' when ``scheme`` is usable, else the Chinese reason."""
    names = [m[1] for m in _FIELD.finditer(scheme)]
    unknown = [n for n in names if n not in ("单位简称", "年", "序号")]
    if unknown:
        return f"文号格式中有未知的字段 {{{unknown[0]}}}；可用：{{单位简称}}、{{年}}、{{序号}} 或 {{序号:03}}"
    if "序号" not in names:
        return "文号格式必须含 {序号}，否则同一年的文号会重复"
    rest = _FIELD.sub("", scheme)
    if "{" in rest or "}" in rest:
        return "文号格式中有不成对的花括号；字段写作 {单位简称}、{年}、{序号} 或 {序号:03}"
    return ""


def format_number(scheme: str, *, short_name: str, year: int, seq: int) -> str:
    problem = check_scheme(scheme)
    if problem:
        raise DocumentError(problem)

    def field(match: re.Match[str]) -> str:
        name, width = match[1], match[2]
        if name == "单位简称":
            return short_name
        if name == "年":
            return str(year)
        return str(seq).zfill(int(width)) if width else str(seq)

    return _FIELD.sub(field, scheme).replace("[", "〔").replace("]", "〕")


def short_name(settings: Mapping[str, Any]) -> str:
    return str(settings.get("unit_short_name") or settings.get("unit_name") or "").strip()
