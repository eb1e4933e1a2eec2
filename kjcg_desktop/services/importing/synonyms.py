"""The header and value synonyms of imports, read from the one data file
``resources/import_synonyms.toml`` (each spelling documented there with the export or ledger it
comes from)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ... import domain as d
from ...paths import resources_dir

EXTRA = "extra"
IGNORE = "ignore"

_FULL_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20
_FULL_WIDTH_TABLE = str.maketrans(_FULL_WIDTH)
# In free text only full-width letters and digits and the ideographic space become ASCII; Chinese
# punctuation such as （） and ， stays as written.
_ALNUM_TABLE = str.maketrans({i: i - 0xFEE0 for i in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
                             | {0x3000: 0x20})
_HEADER_DROP = re.compile(r"[\s*:：\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]+")


# The header prefix of an extra field whose name is also a ledger column's (法律状态 as a file wrote
# it, beside the legal status), as the ledger export writes it: the import keeps such a column as
# that extra field, without the prefix.
EXTRA_PREFIX = "附加·"


def extra_key(header: str) -> str:
    """The extra field a column without a field fills: its header, less :data:`EXTRA_PREFIX`."""
    return header[len(EXTRA_PREFIX):] if header.startswith(EXTRA_PREFIX) and len(header) > len(EXTRA_PREFIX) else header


def half_width(text: str) -> str:
    """Full-width ASCII letters, digits, punctuation and the ideographic space → ASCII."""
    return text if text.isascii() else text.translate(_FULL_WIDTH_TABLE)


def header_key(text: Any) -> str:
    """Key for matching a header: no spaces, ASCII brackets, lower case, simplified characters (a
    ledger from Taiwan or Hong Kong heads its columns 專利名稱, 申請號: :func:`simplified`)."""
    return _HEADER_DROP.sub("", simplified(half_width(str(text)))).lower()


def simplified(text: str) -> str:
    """Traditional Chinese → simplified, for matching only (the value stays as written). Text that
    GB2312 can encode has no traditional character and is returned as it is; other text goes
    through zhconv-rs (MediaWiki's conversion tables, which Chinese Wikipedia uses) to the mainland
    variant, which also turns the words of Taiwan and Hong Kong into the mainland's (軟體 → 软件,
    計畫 → 计划, 電腦程式 → 计算机程序), as a ledger from there writes its types and funding."""
    if text.isascii():
        return text
    try:
        text.encode("gb2312")
        return text
    except UnicodeEncodeError:
        from zhconv_rs import zhconv

        return zhconv(text, "zh-cn")


_NOTE = re.compile(r"^(.+?)\((?:[^()]*)\)$")


def field_of_header(key: str, by_header: Mapping[str, str]) -> str | None:
    """The field a header key names: the key itself, else without a bracketed note at its end
    (申请号（专利号）, 专利类型（发明/实用新型/外观设计）, 申请日期（年/月/日）, 著作权人（国籍）), else the first
    of alternatives written with "/" (发明人/设计人, 专利权人/申请人)."""
    field = by_header.get(key)
    if field is not None:
        return field
    m = _NOTE.match(key)
    if m and (field := by_header.get(m.group(1))) is not None:
        return field
    base = m.group(1) if m else key
    if "/" in base:
        return by_header.get(base.split("/", 1)[0])
    return None


def second_column(headers: Sequence[str], mapping: Sequence[str], field: str) -> int | None:
    """The first column kept as an extra field although its header names ``field`` (a second column
    for a field that another column already fills — incoPat writes 当前法律状态 and 法律状态/事件, both
    the detailed status): the caller may read it where the first column is empty."""
    by_header = synonyms().by_header
    for col, (name, target) in enumerate(zip(headers, mapping, strict=True)):
        if target == EXTRA and field_of_header(header_key(name), by_header) == field:
            return col
    return None


@dataclass(frozen=True)
class Synonyms:
    labels: dict[str, str]           # field → header the exporter writes
    by_header: dict[str, str]        # header_key → field
    sources: dict[str, dict[str, list[str]]]  # field → {source: [spellings]}
    types: dict[str, str]            # value key → AchievementType value
    funding: list[tuple[str, str]]   # (word key, FundingSource value), tried in order
    transfer: dict[str, str]         # value key → TransferStatus value
    preferred: dict[str, frozenset[str]]  # field → header keys that win over its other headers


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    path = resources_dir() / "import_synonyms.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    by_header: dict[str, str] = {}
    sources: dict[str, dict[str, list[str]]] = {}
    preferred: dict[str, frozenset[str]] = {}
    for key, spec in data["fields"].items():
        labels[key] = spec["label"]
        if "prefer" in spec:
            preferred[key] = frozenset(header_key(name) for name in spec["prefer"])
        sources[key] = {k: list(v) for k, v in spec.get("sources", {}).items()}
        names = [spec["label"], *spec.get("headers", []), *spec.get("prefer", [])]
        for spellings in sources[key].values():
            names.extend(spellings)
        for name in names:
            by_header.setdefault(header_key(name), key)

    def values(section: str, enum: type[d.enums.LabelledEnum]) -> dict[str, str]:
        table: dict[str, str] = {}
        for member in enum:
            table[header_key(member.value)] = member.value
            table[header_key(member.label)] = member.value
        for value, words in data.get(section, {}).items():
            enum(value)
            for w in words:
                table[header_key(w)] = value
        return table

    funding: list[tuple[str, str]] = []
    for value in ("enterprise", "own", "government"):
        d.FundingSource(value)
        funding.extend((header_key(w), value) for w in data["funding"][value])
    return Synonyms(labels, by_header, sources, values("types", d.AchievementType), funding,
                    values("transfer", d.TransferStatus), preferred)


def field_choices() -> list[tuple[str, str]]:
    """(field, Chinese label) for the mapping table's combo boxes, then 附加列 and 不导入."""
    syn = synonyms()
    return [(k, v) for k, v in syn.labels.items() if k != IGNORE] + [(EXTRA, "附加列（保留在扩展信息）"), (IGNORE, "不导入")]


# Flag fields that are no column of the ledger: the whole row (a key repeated in the file), the extra fields
_OTHER_FIELDS = {"row": "整行", "extra": "扩展信息", "inventors": "发明人", "holder": "专利权人"}


_CODED_FIELDS: dict[str, Any] = {"type": d.AchievementType, "legal_status": d.LegalStatus, "attribute": d.Attribute,
                                  "stage": d.Stage, "transfer_status": d.TransferStatus, "funding_source": d.FundingSource}


def value_label(field: str, value: Any) -> str:
    """A value of an imported field as the ledger shows it: a stored code by its label (审中, 失效,
    发明专利 …), anything else as text; '' for none."""
    if value is None:
        return ""
    enum = _CODED_FIELDS.get(field)
    if enum is not None and value in enum._value2member_map_:
        return str(enum(value).label)
    return str(value)


def field_label(field: str) -> str:
    """The Chinese name of a 待核对 flag's field, as the report, the terminal and the history show it."""
    return synonyms().labels.get(field) or _OTHER_FIELDS.get(field, field)
