"""Document templates the office can edit: TOML text blocks with ``{placeholder}`` fields.

A template is ``resources/templates/<name>.toml``; a file of the same name in the data folder's
``templates/`` overrides it. Each template is validated when it is loaded: an unknown placeholder, an
unknown table or a stray brace is a :class:`TemplateError` naming the file, the block and the
placeholder.

Substitution never executes anything: a placeholder is a dotted name matched by a regular expression
and looked up in a plain ``dict[str, str]`` built by the generator (a whitelist). There is no
``str.format``, no attribute access and no ``eval``. ``{{`` and ``}}`` stand for literal braces.

File layout::

    title = "关于“{achievement.name}”……的公示"
    style = "official"            # official (3号 body) or compact (小四 body, for forms and dossiers)

    [defaults]                    # optional: text used when a placeholder's value is empty
    "terms.cost_sharing" = "……"

    [[block]]
    text = "……"                   # one paragraph per line; lines that come out empty are dropped
    style = "body"                # body | heading | plain | center | right | small
    [[block]]
    table = "inventors"           # a table the document provides
    [[block]]
    left = "甲方（盖章）：\\n{unit_name}"   # two columns, e.g. signature and seal blocks
    right = "乙方（签字）：\\n……"
    [[block]]
    pagebreak = true
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain import DomainError
from ...paths import data_dir, resources_dir

TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
NAME = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*\Z")
TEXT_STYLES = ("body", "heading", "plain", "center", "right", "small")
PAGE_STYLES = ("official", "compact")


class TemplateError(DomainError):
    """A template that cannot be used; the message is Chinese and names the file."""


@dataclass(frozen=True)
class Block:
    kind: str  # text | table | columns | pagebreak
    text: str = ""
    style: str = "body"
    table: str = ""
    left: str = ""
    right: str = ""


@dataclass(frozen=True)
class Template:
    name: str
    path: Path
    title: str
    style: str
    blocks: tuple[Block, ...]
    defaults: Mapping[str, str] = field(default_factory=dict)

    def render(self, text: str, values: Mapping[str, str]) -> str:
        """Fill ``text`` from ``values`` (template defaults for empty values)."""

        def value(name: str) -> str:
            got = str(values.get(name, ""))
            if got.strip() or name not in self.defaults:
                return got
            # a default may itself use placeholders (one level, never recursive)
            return fill(self.defaults[name], lambda inner: str(values.get(inner, "")))

        return fill(text, value)


def builtin_dir() -> Path:
    return resources_dir() / "templates"


def user_dir() -> Path:
    """The office's own templates (same file names) override the built-in ones."""
    return data_dir() / "templates"


def template_path(name: str) -> Path:
    user = user_dir() / f"{name}.toml"
    return user if user.is_file() else builtin_dir() / f"{name}.toml"


def fill(text: str, lookup: Callable[[str], str]) -> str:
    """Replace each ``{name}`` by ``lookup(name)``; ``{{``/``}}`` become braces."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return str(lookup(match.group(1).strip()))

    return TOKEN.sub(replace, text)


def placeholders_in(text: str) -> list[str]:
    return [m.group(1).strip() for m in TOKEN.finditer(text) if m.group(1) is not None]


def check_text(text: str, allowed: Mapping[str, str] | set[str], where: str, path: Path) -> None:
    for match in TOKEN.finditer(text):
        if match.group(1) is None:
            continue
        name = match.group(1).strip()
        if not NAME.match(name) or name not in allowed:
            hint = _closest(name, allowed)
            raise TemplateError(
                f"模板文件 {path} 的{where}中有未知占位符 {{{name}}}"
                + (f"，是否应为 {{{hint}}}？" if hint else "。")
                + "可用的占位符见“文书”页的“占位符说明”或 kjcg-desktop doc KIND --placeholders。"
            )
    rest = TOKEN.sub("", text)
    if "{" in rest or "}" in rest:
        raise TemplateError(
            f"模板文件 {path} 的{where}中有未配对的花括号；占位符写作 {{名称}}，原样输出花括号请写 {{{{ 或 }}}}。"
        )


def _closest(name: str, allowed: Mapping[str, str] | set[str]) -> str:
    import difflib

    found = difflib.get_close_matches(name, list(allowed), n=1, cutoff=0.6)
    return found[0] if found else ""


Names = Mapping[str, str] | set[str]


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TemplateError(f"找不到模板文件 {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"无法读取模板文件 {path}：{exc}") from exc
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"模板文件 {path} 格式错误（TOML）：{exc}") from exc


def _defaults(data: Mapping[str, Any], allowed: Names, path: Path) -> dict[str, str]:
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise TemplateError(f"模板文件 {path} 的 [defaults] 应为“占位符 = 文字”的列表")
    for key, value in defaults.items():
        if key not in allowed:
            raise TemplateError(f"模板文件 {path} 的 [defaults] 中有未知占位符 {key}")
        if not isinstance(value, str):
            raise TemplateError(f"模板文件 {path} 的 [defaults] 中 {key} 的值应为文字")
        check_text(value, allowed, f"默认值 {key} ", path)
    return defaults


def _block(item: Any, where: str, allowed: Names, tables: Names, path: Path) -> Block:
    """One ``[[block]]`` checked: its keys, its table, its placeholders and its style."""
    if not isinstance(item, dict):
        raise TemplateError(f"模板文件 {path} 的{where}格式错误")
    unknown = set(item) - {"text", "style", "table", "left", "right", "pagebreak"}
    if unknown:
        raise TemplateError(f"模板文件 {path} 的{where}中有未知的键：{'、'.join(sorted(unknown))}")
    if item.get("pagebreak"):
        return Block("pagebreak")
    if "table" in item:
        if item["table"] not in tables:
            raise TemplateError(
                f"模板文件 {path} 的{where}引用了未知表格 {item['table']!r}；可用的表格：{'、'.join(tables) or '无'}")
        return Block("table", table=item["table"])
    if "left" in item or "right" in item:
        left, right = str(item.get("left", "")), str(item.get("right", ""))
        check_text(left, allowed, where, path)
        check_text(right, allowed, where, path)
        return Block("columns", left=left, right=right)
    if "text" in item:
        text = str(item["text"])
        block_style = item.get("style", "body")
        if block_style not in TEXT_STYLES:
            raise TemplateError(f"模板文件 {path} 的{where}中 style 只能是 {'、'.join(TEXT_STYLES)}，当前为 {block_style!r}")
        check_text(text, allowed, where, path)
        return Block("text", text=text, style=block_style)
    raise TemplateError(f"模板文件 {path} 的{where}须有 text、table、left/right 或 pagebreak 之一")


def load_template(name: str, allowed: Names, tables: Names, *, path: Path | None = None) -> Template:
    """Load and validate template ``name`` against the placeholders and tables a document offers."""
    path = path or template_path(name)
    data = _read_toml(path)
    title = data.get("title", "")
    style = data.get("style", "official")
    if not isinstance(title, str) or not title.strip():
        raise TemplateError(f"模板文件 {path} 缺少标题（title = \"……\"）")
    if style not in PAGE_STYLES:
        raise TemplateError(f"模板文件 {path} 的 style 只能是 {' 或 '.join(PAGE_STYLES)}，当前为 {style!r}")
    check_text(title, allowed, "标题", path)
    defaults = _defaults(data, allowed, path)
    blocks = tuple(_block(item, f"第 {number} 段（[[block]]）", allowed, tables, path)
                   for number, item in enumerate(data.get("block", []), start=1))
    return Template(name, path, title, style, blocks, defaults)
