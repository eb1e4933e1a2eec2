"""Import an existing Excel ledger (成果台账) losslessly — Qt-free.

Steps: :func:`open_workbook` checks the file (size, zip bomb, XML entity declarations, password
protection, .xls) and reads it with python-calamine (fast; reads Chinese date formats); for each
sheet :func:`detect_layout` finds the header row (skipping title rows and merged banners, joining a
two-row header) and proposes a mapping from the synonym table ``resources/import_synonyms.toml``;
:func:`build_plan` normalises and validates every cell and decides, row by row, add / update (same
ledger number or application number) / unchanged / skipped (blank, 合计) / error; :func:`commit_plan`
writes the valid rows in one transaction through :mod:`kjcg_desktop.storage.imports`, and
:func:`undo_batch` takes a whole import back.

Columns with no field are kept in the achievement's ``extra`` data. Tags are computed by the rules
(attribute from legal status, 1-2 第五条; stage from evidence, 1-2 第八条、第九条); where the file
carries its own tag columns the differences are listed, not copied.
"""

from __future__ import annotations

import csv
import io
import math
import operator
import re
import tomllib
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from .. import clock
from .. import domain as d
from ..gc_pause import gc_paused
from ..paths import resources_dir
from ..storage import imports as repo
from ..storage.db import Database

# -- limits for hostile files -------------------------------------------------------------------
MAX_FILE_BYTES = 200 * 1024 * 1024          # the file on disk
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024  # all zip members together
MAX_RATIO = 150                              # per member larger than RATIO_MIN_BYTES
RATIO_MIN_BYTES = 8 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_PROLOG_BYTES = 64 * 1024                 # bytes scanned for a DOCTYPE before the root element
MAX_CELLS = 30_000_000
HEADER_SCAN_ROWS = 30

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EXTRA = "extra"
IGNORE = "ignore"


class ImportFileError(d.DomainError):
    """The file cannot be read at all (message in Chinese, naming the file)."""


class ImportValueError(ValueError):
    """One cell's value is not valid for its field (message in Chinese)."""


# -- synonym table ------------------------------------------------------------------------------
_FULL_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = 0x20
_FULL_WIDTH_TABLE = str.maketrans(_FULL_WIDTH)
# In free text only full-width letters and digits and the ideographic space become ASCII; Chinese
# punctuation such as （） and ， stays as written.
_ALNUM_TABLE = str.maketrans({i: i - 0xFEE0 for i in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
                             | {0x3000: 0x20})
_HEADER_DROP = re.compile(r"[\s*:：]+")


def half_width(text: str) -> str:
    """Full-width ASCII letters, digits, punctuation and the ideographic space → ASCII."""
    return text if text.isascii() else text.translate(_FULL_WIDTH_TABLE)


def header_key(text: Any) -> str:
    """Key for matching a header: no spaces, ASCII brackets, lower case."""
    return _HEADER_DROP.sub("", half_width(str(text))).lower()


@dataclass(frozen=True)
class Synonyms:
    labels: dict[str, str]           # field → header the exporter writes
    by_header: dict[str, str]        # header_key → field
    types: dict[str, str]            # value key → AchievementType value
    funding: dict[str, str]          # value key → FundingSource value
    transfer: dict[str, str]         # value key → TransferStatus value


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    path = resources_dir() / "import_synonyms.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    by_header: dict[str, str] = {}
    for key, spec in data["fields"].items():
        labels[key] = spec["label"]
        for name in [spec["label"], *spec.get("headers", [])]:
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

    return Synonyms(labels, by_header, values("types", d.AchievementType), values("funding", d.FundingSource),
                    values("transfer", d.TransferStatus))


def field_choices() -> list[tuple[str, str]]:
    """(field, Chinese label) for the mapping table's combo boxes, then 附加列 and 不导入."""
    syn = synonyms()
    return [(k, v) for k, v in syn.labels.items() if k != IGNORE] + [(EXTRA, "附加列（保留在扩展信息）"), (IGNORE, "不导入")]


# -- value normalisation ------------------------------------------------------------------------
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SPLIT_PEOPLE = re.compile(r"[、，,;；/\s]+")
_APPLICATION = re.compile(r"^(CN|ZL)?(\d{12}|\d{8})\.?([0-9X])$")
_PLAIN_YUAN = re.compile(r"^(\d{1,18})(?:\.(\d{1,2}))?$")
_TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数")


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def _number_text(value: float | int) -> str:
    """A number as text: integral floats lose the ".0" Excel added ("5000001.0" → "5000001")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_NEEDS_HALF_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")


def without_control_characters(text: str) -> str:
    """Text Excel can store: a vertical tab (Word's manual line break) becomes a line break, other
    control characters (which no .xlsx cell may hold) are dropped."""
    return _CONTROL.sub("", text.replace("\x0b", "\n")) if not text.isprintable() else text


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def to_text(value: Any) -> str | None:
    if value.__class__ is str:
        if not value.isascii() and _NEEDS_HALF_WIDTH.search(value):
            value = value.translate(_ALNUM_TABLE)
        return without_control_characters(value).strip() or None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return None
    return str(value).strip() or None


def to_code(value: Any) -> str | None:
    """Ledger, patent, registration and project numbers: no spaces, ASCII, upper case; numbers that
    Excel turned into floats lose their ".0"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_text(value)
    text = to_text(value)
    if text is None:
        return None
    return "".join(half_width(text).split()).upper()


_CHECK_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


_ZERO_WEIGHTS = [ord("0") * sum(_CHECK_WEIGHTS[:n]) for n in range(len(_CHECK_WEIGHTS) + 1)]


def check_digit(digits: str) -> str:
    """Check digit of a CN application number (12 or 8 digits): weights 2–9 repeating, mod 11, 10 → X."""
    if digits.isascii():  # character codes, less the weighted code of "0"
        total = sum(map(operator.mul, digits.encode(), _CHECK_WEIGHTS)) - _ZERO_WEIGHTS[len(digits)]
    else:
        total = sum(map(operator.mul, map(int, digits), _CHECK_WEIGHTS))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def to_application_no(value: Any) -> str | None:
    """CN application numbers in the form ``202310123456.7`` (prefix CN/ZL kept); the check digit is
    verified. Other forms (PCT, foreign) are kept as given."""
    text = repr(value) if isinstance(value, float) else to_code(value)
    if text is None:
        return None
    m = _APPLICATION.match(text)
    if not m:
        return text
    prefix, digits, check = m.group(1) or "", m.group(2), m.group(3)
    expected = check_digit(digits)
    if check != expected:
        raise ImportValueError(f"申请号校验位不符（按前 {len(digits)} 位计算应为 {expected}）")
    return f"{prefix}{digits}.{check}"


def to_date(value: Any) -> date | None:
    """Excel dates, serial numbers, and text: 2023.5.6, 2023/05/06, 2023-5-6, 2023年5月6日, 20230506."""
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, bool):
        raise ImportValueError("不是日期")
    elif isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            value = int(value)  # a date-time serial: keep the day
        n = int(value)
        if 19000101 <= n <= 21001231:
            result = _compact_date(str(n))
        elif 1 <= n <= 73050:
            result = _EXCEL_EPOCH + timedelta(days=n)
        else:
            raise ImportValueError("不是有效的日期")
    else:
        text = to_text(value)
        if text is None:
            return None
        text = half_width(text)
        m = _DATE_TEXT.match(text)
        if m:
            try:
                result = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError as exc:
                raise ImportValueError("日期不存在（月或日超出范围）") from exc
        elif _DATE_COMPACT.match(text):
            result = _compact_date(text)
        elif text.isdigit() and 4 <= len(text) <= 5:
            result = _EXCEL_EPOCH + timedelta(days=int(text))
        else:
            raise ImportValueError("无法识别的日期格式（可用 2023-05-06、2023.5.6、2023/05/06、2023年5月6日 或 20230506）")
    if not 1950 <= result.year <= 2100:
        raise ImportValueError("日期超出合理范围（1950—2100 年）")
    return result


def _compact_date(text: str) -> date:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as exc:
        raise ImportValueError("日期不存在（月或日超出范围）") from exc


def _lookup(table: Mapping[str, str], value: Any, what: str) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    found = table.get(key)
    if found is None:
        for suffix in ("(专利)", "专利", "(申请)", "申请"):
            if key.endswith(suffix) and table.get(key[: -len(suffix)]):
                return table[key[: -len(suffix)]]
        raise ImportValueError(f"无法识别的{what}")
    return found


def to_type(value: Any) -> str | None:
    return _lookup(synonyms().types, value, "成果类型（可用 发明专利、实用新型、外观设计、软件著作权 等）")


def to_funding(value: Any) -> str | None:
    source = _lookup(synonyms().funding, value, "经费来源（可用 纵向、横向、自筹）")
    return None if source is None else {"government": "纵向", "enterprise": "横向", "own": "自筹"}[source]


def to_transfer(value: Any) -> str | None:
    return _lookup(synonyms().transfer, value, "转化状态（可用 未转化、意向转化、已转化）")


_LEGAL_EXACT = {m.label: m.value for m in d.LegalStatus} | {m.value: m.value for m in d.LegalStatus}


def to_legal_status(value: Any) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    exact = _LEGAL_EXACT.get(text)
    if exact is not None:
        return exact
    status = d.parse_legal_status(half_width(text))
    if status is None:
        raise ImportValueError("无法识别的法律状态（可用 有效、审中、失效、驳回、撤回、放弃、未申请 等）")
    return status.value


def to_people(value: Any) -> list[str] | None:
    text = to_text(value)
    if text is None:
        return None
    names = [n for n in _SPLIT_PEOPLE.split(text) if n]
    return names or None


def to_count(value: Any) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and value >= 0:
            return int(value)
        raise ImportValueError("应为非负整数")
    text = to_code(value)
    if text is None:
        return None
    if text.endswith("次"):
        text = text[:-1]
    if not text.isdigit():
        raise ImportValueError("应为非负整数")
    return int(text)


def to_fen(value: Any) -> int | None:
    if isinstance(value, bool):
        raise ImportValueError("不是金额")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        value = repr(value)
    text = to_text(value)
    if text is None:
        return None
    m = _PLAIN_YUAN.match(text)
    if m:  # the common case without Decimal: 1234 / 1234.5 / 1234.56
        fen = int(m.group(1)) * 100 + int((m.group(2) or "").ljust(2, "0"))
        if fen > 10**17:
            raise ImportValueError("金额超出合理范围")
        return fen
    try:
        fen = d.yuan_to_fen(half_width(text))
    except (d.DomainError, ArithmeticError) as exc:
        raise ImportValueError("金额格式不正确（应为以元为单位的数字）") from exc
    if abs(fen) > 10**17:
        raise ImportValueError("金额超出合理范围")
    return fen


def to_attribute(value: Any) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    if "未授权" in key or key in ("ungranted", "否"):
        return d.Attribute.UNGRANTED.value
    if "授权" in key or key in ("granted", "是"):
        return d.Attribute.GRANTED.value
    raise ImportValueError("无法识别的属性标记（可用 授权成果、未授权成果）")


def to_stage(value: Any) -> str | None:
    text = to_text(value)
    if text is None:
        return None
    key = header_key(text)
    for word, stage in (("无法区分", d.Stage.INDISTINGUISHABLE), ("研究", d.Stage.RESEARCH), ("开发", d.Stage.DEVELOPMENT)):
        if word in key:
            return stage.value
    try:
        return d.Stage(key).value
    except ValueError:
        raise ImportValueError("无法识别的阶段标记（可用 研究阶段、开发阶段、无法区分）") from None


def to_iso_date(value: Any) -> str | None:
    """:func:`to_date` as stored: ISO text."""
    result = to_date(value)
    return None if result is None else result.isoformat()


NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "ledger_no": to_code, "name": to_text, "type": to_type, "legal_status": to_legal_status,
    "application_no": to_application_no, "patent_no": to_code, "registration_no": to_code,
    "filing_date": to_iso_date, "grant_date": to_iso_date, "holder": to_text, "department": to_text,
    "inventors": to_people, "first_inventor": to_people, "other_inventors": to_people,
    "keywords": to_text, "summary": to_text, "funding_source": to_funding, "project_no": to_code,
    "disclosure_date": to_iso_date, "registration_date": to_iso_date, "transfer_status": to_transfer,
    "transfer_count": to_count, "asset_value_fen": to_fen, "file_attribute": to_attribute, "file_stage": to_stage,
}
# Fields kept in ``extra`` under their export header (no column of their own in the ledger table).
EXTRA_FIELDS = ("funding_source", "project_no")
DATE_FIELDS = ("filing_date", "grant_date", "disclosure_date", "registration_date")


# -- the file ---------------------------------------------------------------------------------
def _refuse(path: Path, message: str) -> ImportFileError:
    return ImportFileError(f"无法导入“{path.name}”：{message}")


def check_file(path: Path | str) -> str:
    """Check a file before any parser sees it; return "xlsx" or "csv". Raises :class:`ImportFileError`."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, "文件不存在")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "文件为空")
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"文件过大（{size // (1024 * 1024)} MB，上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）")
    with open(path, "rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if head.startswith(CFB_MAGIC):
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise _refuse(path, "文件受密码保护（已加密）。请在 Excel 中取消密码后另存为 .xlsx 再导入")
        raise _refuse(path, "这是旧版 Excel 97-2003 (.xls) 文件，本软件只读取 .xlsx/.xlsm。请在 Excel 中“另存为” .xlsx 后再导入")
    if head.startswith(ZIP_MAGIC):
        _check_zip(path)
        if suffix in (".csv", ".xls", ".txt"):
            raise _refuse(path, f"文件扩展名为 {suffix}，但内容是 .xlsx 工作簿；请将扩展名改为 .xlsx")
        return "xlsx"
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xls":
        raise _refuse(path, "文件扩展名为 .xls，但内容不是 Excel 工作簿（文件可能已损坏）")
    raise _refuse(path, "不是 Excel 工作簿（.xlsx/.xlsm），文件可能已损坏或是其他格式")


_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _check_zip(path: Path) -> None:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, f"工作簿已损坏（不是完整的 zip 包：{exc}）") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, f"工作簿包含的部件过多（{len(infos)} 个），疑似恶意文件")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(path, f"部件 {info.filename} 压缩比异常（{info.file_size // max(info.compress_size, 1)} 倍），疑似 zip 炸弹，已拒绝")
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _refuse(path, f"工作簿解压后过大（{total // (1024 * 1024)} MB），疑似 zip 炸弹，已拒绝")
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            if "xl/workbook.bin" in names:
                raise _refuse(path, "这是二进制工作簿 (.xlsb)，请在 Excel 中另存为 .xlsx 后再导入")
            if "word/document.xml" in names or "ppt/presentation.xml" in names:
                raise _refuse(path, "这是 Word/PowerPoint 文档，不是 Excel 工作簿")
            raise _refuse(path, "不是 Excel 工作簿（缺少 xl/workbook.xml），文件可能已损坏")
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")) or info.filename.startswith("xl/"):
                _check_prolog(path, zf, info)


def _check_prolog(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse DOCTYPE/ENTITY declarations (billion laughs, external entities): OOXML never has them."""
    try:
        with zf.open(info) as member:
            buffer = b""
            while len(buffer) < MAX_PROLOG_BYTES:
                chunk = member.read(4096)
                if not chunk:
                    break
                buffer += chunk
                m = _ROOT_START.search(buffer)
                if m:
                    buffer = buffer[: m.start()]
                    break
            else:
                raise _refuse(path, f"部件 {info.filename} 开头异常（{MAX_PROLOG_BYTES // 1024} KB 内没有 XML 根元素），已拒绝")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        if isinstance(exc, ImportFileError):
            raise
        raise _refuse(path, f"工作簿部件 {info.filename} 已损坏或受保护（{exc}）") from None
    upper = buffer.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _refuse(path, f"部件 {info.filename} 含有 XML 实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝")


class Workbook:
    """A checked workbook (or CSV file) whose sheets are read on demand."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.kind = check_file(self.path)
        self._rows: dict[str, list[list[Any]]] = {}
        if self.kind == "csv":
            self.sheet_names = [self.path.stem]
            self._rows[self.path.stem] = _read_csv(self.path)
            return
        import python_calamine

        try:
            self._book = python_calamine.CalamineWorkbook.from_path(str(self.path))
            self.sheet_names = [m.name for m in self._book.sheets_metadata
                                if str(m.typ).endswith("WorkSheet")] or list(self._book.sheet_names)
        except Exception as exc:  # calamine raises its own error types for corrupt and protected files
            raise _refuse(self.path, _calamine_message(exc)) from None

    def rows(self, sheet: str) -> list[list[Any]]:
        if sheet not in self._rows:
            if sheet not in self.sheet_names:
                raise ImportFileError(f"工作簿“{self.path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(self.sheet_names)}）")
            try:
                handle = self._book.get_sheet_by_name(sheet)
                height, width = handle.height, handle.width
                if height * width > MAX_CELLS:
                    raise _refuse(self.path, f"工作表“{sheet}”过大（{height} 行 × {width} 列）")
                self._rows[sheet] = handle.to_python(skip_empty_area=False)
            except ImportFileError:
                raise
            except Exception as exc:
                raise _refuse(self.path, f"工作表“{sheet}”{_calamine_message(exc)}") from None
        return self._rows[sheet]

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            book.close()


def _calamine_message(exc: Exception) -> str:
    name = type(exc).__name__
    if "Password" in name:
        return "文件受密码保护，请取消密码后另存为 .xlsx 再导入"
    if "Xml" in name:
        return f"工作簿内容已损坏（XML 无法解析：{exc}）"
    return f"工作簿已损坏或格式不受支持（{exc}）"


def _read_csv(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes almost anything
        raise _refuse(path, "无法识别文本编码（请保存为 UTF-8 或 GBK 编码的 CSV）")
    if "\x00" in text:
        raise _refuse(path, "不是文本格式的 CSV 文件")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def open_workbook(path: Path | str) -> Workbook:
    return Workbook(path)


# -- header detection ---------------------------------------------------------------------------
@dataclass
class SheetLayout:
    """Where a sheet's header is and how its columns map to fields."""

    sheet: str
    header_rows: list[int]           # 1-based Excel row numbers of the header (one or two)
    headers: list[str]               # one display name per column (spaces removed, duplicates numbered)
    mapping: list[str]               # one field / "extra" / "ignore" per column
    data_start: int                  # 0-based index of the first data row

    def mapping_dict(self) -> dict[str, str]:
        return dict(zip(self.headers, self.mapping, strict=True))


def _row_score(row: Sequence[Any], by_header: Mapping[str, str]) -> int:
    return sum(1 for v in row if isinstance(v, str) and v and header_key(v) in by_header)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _combine(upper: Sequence[Any], lower: Sequence[Any], width: int) -> list[Any]:
    result = []
    for c in range(width):
        lo = lower[c] if c < len(lower) else ""
        up = upper[c] if c < len(upper) else ""
        result.append(lo if not _is_blank(lo) else up)
    return result


def detect_layout(sheet: str, rows: Sequence[Sequence[Any]], profile: Mapping[str, str] | None = None) -> SheetLayout | None:
    """Find the header (one row, or two rows joined) within the first rows; None if the sheet has none."""
    by_header = synonyms().by_header
    scan = [list(r) for r in rows[:HEADER_SCAN_ROWS]]
    if not scan:
        return None
    width = max(len(r) for r in rows) if rows else 0
    scores = [_row_score(r, by_header) for r in scan]
    best = max(range(len(scan)), key=lambda i: (scores[i], -i))
    if scores[best] < 2:
        return None
    header_rows = [best]
    names = list(scan[best]) + [""] * (width - len(scan[best]))
    best_score = scores[best]
    for upper, lower in ((best, best + 1), (best - 1, best)):
        if upper < 0 or lower >= len(scan):
            continue
        combined = _combine(scan[upper], scan[lower], width)
        score = _row_score(combined, by_header)
        # the other row must be header text (no numbers or dates) and add matches
        other = scan[lower] if upper == best else scan[upper]
        if score > best_score and all(isinstance(v, str) for v in other if not _is_blank(v)):
            header_rows, names, best_score = [upper, lower], combined, score
    headers = _clean_headers(names)
    mapping = propose_mapping(headers, profile)
    return SheetLayout(sheet, [r + 1 for r in header_rows], headers, mapping, header_rows[-1] + 1)


def layout_at(sheet: str, rows: Sequence[Sequence[Any]], header_rows: Sequence[int],
              profile: Mapping[str, str] | None = None) -> SheetLayout:
    """The layout with the header the user chose: one or two 1-based row numbers."""
    indexes = sorted(r - 1 for r in header_rows)
    if not indexes or indexes[0] < 0 or indexes[-1] >= len(rows) or len(indexes) > 2:
        raise ImportFileError(f"工作表“{sheet}”没有第 {'、'.join(str(r) for r in header_rows)} 行")
    width = max(len(r) for r in rows)
    names = list(rows[indexes[0]]) + [""] * (width - len(rows[indexes[0]]))
    if len(indexes) == 2:
        names = _combine(rows[indexes[0]], rows[indexes[1]], width)
    headers = _clean_headers(names)
    return SheetLayout(sheet, [i + 1 for i in indexes], headers, propose_mapping(headers, profile), indexes[-1] + 1)


def _clean_headers(names: Sequence[Any]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for c, raw in enumerate(names):
        text = "".join(str(to_text(raw) or "").split())
        if not text:
            text = f"列{column_letter(c)}"
        if text in seen:
            seen[text] += 1
            text = f"{text}（{seen[text]}）"
        else:
            seen[text] = 1
        result.append(text)
    return result


def propose_mapping(headers: Sequence[str], profile: Mapping[str, str] | None = None) -> list[str]:
    """A field per column from the profile, else the synonym table; a second column for the same
    field and unknown columns go to ``extra``."""
    by_header = synonyms().by_header
    used: set[str] = set()
    result = []
    for name in headers:
        target = (profile or {}).get(name)
        if target is None:
            target = by_header.get(header_key(name), EXTRA)
        if target not in (EXTRA, IGNORE):
            if target in used or target not in NORMALISERS:
                target = EXTRA
            else:
                used.add(target)
        result.append(target)
    return result


# -- the plan ------------------------------------------------------------------------------------
@dataclass(slots=True)
class RowError:
    sheet: str
    row: int
    column: str
    value: Any
    message: str

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, (date, datetime)):
            value = value.isoformat()
        elif isinstance(value, float) and not math.isfinite(value):
            value = str(value)  # JSON (and the batch summary) has no NaN or Infinity
        elif not isinstance(value, (str, int, float, bool)) and value is not None:
            value = str(value)
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "value": value, "message": self.message}


@dataclass(slots=True)
class PlannedRow:
    sheet: str
    row: int
    action: str                       # add | update | unchanged
    values: dict[str, Any]
    inventors: list[str] | None
    target_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    old: dict[str, Any] = field(default_factory=dict)
    old_inventors: list[str] | None = None


@dataclass
class TagDifference:
    sheet: str
    row: int
    ledger_no: str | None
    name: str
    tag: str                          # 属性 | 阶段
    in_file: str
    computed: str
    article: str

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "ledger_no": self.ledger_no, "name": self.name, "tag": self.tag,
                "in_file": self.in_file, "computed": self.computed, "article": self.article}


@dataclass
class ImportPlan:
    source: str
    layouts: list[SheetLayout]
    rows: list[PlannedRow] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    error_rows: int = 0
    tag_differences: list[TagDifference] = field(default_factory=list)

    @property
    def added(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "add"]

    @property
    def updated(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == "update"]

    @property
    def unchanged(self) -> int:
        return sum(1 for r in self.rows if r.action == "unchanged")

    @property
    def unmapped_columns(self) -> list[str]:
        names: dict[str, None] = {}
        for layout in self.layouts:
            for header, target in zip(layout.headers, layout.mapping, strict=True):
                if target == EXTRA:
                    names.setdefault(header, None)
        return list(names)

    def summary(self) -> dict[str, Any]:
        return {
            "added": len(self.added), "updated": len(self.updated), "unchanged": self.unchanged,
            "skipped": len(self.skipped), "error_rows": self.error_rows,
            "errors": [e.as_dict() for e in self.errors],
            "unmapped_columns": self.unmapped_columns,
            "sheets": [{"sheet": lay.sheet, "header_rows": lay.header_rows, "mapping": lay.mapping_dict()} for lay in self.layouts],
            "tag_differences": [t.as_dict() for t in self.tag_differences],
        }


def _infer_type(values: Mapping[str, Any]) -> str | None:
    app = values.get("application_no")
    if app:
        m = _APPLICATION.match(app)
        if m:
            digits = m.group(2)
            marker = digits[4] if len(digits) == 12 else digits[2]
            return {"1": "invention", "8": "invention", "2": "utility_model", "9": "utility_model", "3": "design"}.get(marker)
    if "SR" in (values.get("registration_no") or ""):
        return "software"
    return None


def _infer_legal_status(values: Mapping[str, Any]) -> str:
    if values.get("grant_date") or values.get("patent_no") or values.get("registration_no"):
        return d.LegalStatus.GRANTED.value
    if values.get("application_no") or values.get("filing_date"):
        return d.LegalStatus.PENDING.value
    return d.LegalStatus.NOT_FILED.value


def _store_value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


class _Bad:
    """A cell that fails its field's check; equal cells of a column share one."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _checked(normalise: Callable[[Any], Any], raw: Any) -> Any:
    """One cell of a field column: its value, None when empty, or a :class:`_Bad`."""
    if raw.__class__ is str:
        if not raw:
            return None
    elif raw is None:
        return None
    elif raw.__class__ is float and not math.isfinite(raw):
        return _Bad("不是有效的数字（单元格为错误值或无穷大）")
    try:
        return normalise(raw)
    except ImportValueError as exc:
        return _Bad(str(exc))
    except (ValueError, ArithmeticError, TypeError):
        return _Bad("无法识别的值")


def _extra_text(raw: Any) -> str | None:
    """One cell of a column without a field: text as written (trimmed); numbers and dates as text."""
    if raw.__class__ is str:
        return without_control_characters(raw).strip() or None
    return to_text(raw)


_NUMBER_TYPES = {bool, int, float}


def _normalise_column(cells: Sequence[Any], normalise: Callable[[Any], Any] | None) -> tuple[list[Any], bool]:
    """The cells of one column normalised, and whether any failed. Each distinct value is
    normalised once: ledger columns repeat the same few values (类型, 法律状态, 经费来源, dates).
    Where a column mixes number types, values are told apart by type too (True == 1 == 1.0)."""
    one = _extra_text if normalise is None else partial(_checked, normalise)
    keys: Sequence[Any] = cells
    if len(set(map(type, cells)) & _NUMBER_TYPES) > 1:
        keys = list(zip(map(type, cells), cells, strict=True))
        results = {key: one(key[1]) for key in set(keys)}
    else:
        results = {value: one(value) for value in set(cells)}
    failed = normalise is not None and any(v.__class__ is _Bad for v in results.values())
    return list(map(results.__getitem__, keys)), failed


@gc_paused()
def build_plan(
    db: Database,
    workbook: Workbook,
    layouts: Sequence[SheetLayout],
    *,
    today: date | None = None,
) -> ImportPlan:
    """Normalise and validate every data row of ``layouts``; decide add / update / unchanged / skip.

    Column by column (each distinct value of a column is checked once), then row by row for what
    depends on the whole row (name present, duplicates within the file, add or update)."""
    plan = ImportPlan(str(workbook.path), list(layouts))
    syn = synonyms()
    by_ledger, by_application = repo.existing_keys(db)
    seen_ledger: dict[str, tuple[str, int]] = {}
    seen_application: dict[str, tuple[str, int]] = {}
    pending: list[tuple[PlannedRow, dict[str, Any], str | None, str | None]] = []
    for layout in layouts:
        sheet = layout.sheet
        data, skipped = _data_rows(layout, workbook.rows(sheet))
        values_of: list[dict[str, Any]] = [{} for _ in data]
        extra_of: list[dict[str, Any]] = [{} for _ in data]
        errors_of: dict[int, list[RowError]] = {}
        columns = list(zip(*(row for _, row in data), strict=False)) if data else []  # rows are padded to the header
        for c, target in enumerate(layout.mapping):
            if target == IGNORE:
                continue
            header = layout.headers[c]
            normalise = NORMALISERS.get(target)
            cells, failed = _normalise_column(columns[c] if columns else [], normalise)
            if normalise is None:
                for extra, v in zip(extra_of, cells, strict=True):
                    if v is not None:
                        extra[header] = v
                continue
            if failed:
                for i, v in enumerate(cells):
                    if v.__class__ is _Bad:
                        errors_of.setdefault(i, []).append(RowError(sheet, data[i][0], header, data[i][1][c], v.message))
                        cells[i] = None
            for values, v in zip(values_of, cells, strict=True):
                if v is not None:
                    values[target] = v
        for i, (excel_row, _row) in enumerate(data):
            values, extra, errors = values_of[i], extra_of[i], errors_of.get(i, [])
            if not values and not extra and not errors:  # only a 序号 or other ignored cells
                skipped.append((sheet, excel_row, "空行"))
                continue
            for key in EXTRA_FIELDS:
                if key in values:
                    extra[syn.labels[key]] = values.pop(key)
            first = values.pop("first_inventor", None)
            others = values.pop("other_inventors", None)
            inventors = values.pop("inventors", None)
            if inventors is not None:
                inventors = list(inventors)  # equal cells share one normalised list
            elif first or others:
                inventors = [*(first or []), *(others or [])]
            file_attribute = values.pop("file_attribute", None)
            file_stage = values.pop("file_stage", None)
            if "name" not in values:
                errors.append(RowError(sheet, excel_row, syn.labels["name"], "", "成果名称为空，无法导入该行"))
            ledger_no = values.get("ledger_no")
            application_no = values.get("application_no")
            if ledger_no and ledger_no in seen_ledger:
                s, r = seen_ledger[ledger_no]
                errors.append(RowError(sheet, excel_row, syn.labels["ledger_no"], ledger_no, f"台账编号与工作表“{s}”第 {r} 行重复"))
            if application_no and application_no in seen_application:
                s, r = seen_application[application_no]
                errors.append(RowError(sheet, excel_row, syn.labels["application_no"], application_no,
                                       f"申请号与工作表“{s}”第 {r} 行重复"))
            target_id = None
            if ledger_no and ledger_no in by_ledger:
                target_id = by_ledger[ledger_no]
            elif application_no and application_no in by_application:
                target_id = by_application[application_no]
            if target_id is None and "type" not in values:
                inferred = _infer_type(values)
                if inferred is None:
                    errors.append(RowError(sheet, excel_row, syn.labels["type"], "", "成果类型为空，且无法从申请号或登记号推断"))
                else:
                    values["type"] = inferred
            if errors:
                plan.errors.extend(errors)
                plan.error_rows += 1
                continue
            if ledger_no:
                seen_ledger[ledger_no] = (sheet, excel_row)
            if application_no:
                seen_application[application_no] = (sheet, excel_row)
            if extra:
                values["extra"] = extra
            planned = PlannedRow(sheet, excel_row, "add" if target_id is None else "update", values, inventors, target_id)
            plan.rows.append(planned)
            pending.append((planned, values, file_attribute, file_stage))
        plan.skipped.extend(sorted(skipped, key=operator.itemgetter(1)))
    _resolve(db, plan, pending, today or clock.today())
    return plan


def _data_rows(layout: SheetLayout, rows: Sequence[Sequence[Any]]) -> tuple[list[tuple[int, Sequence[Any]]], list[tuple[str, int, str]]]:
    """(Excel row number, cells padded to the header's width) of each data row, and the rows skipped
    as blank, 合计 or a repeated header."""
    width = len(layout.headers)
    probes = [(c, h) for c, h in enumerate(layout.headers) if layout.mapping[c] != IGNORE][:3]
    data: list[tuple[int, Sequence[Any]]] = []
    skipped: list[tuple[str, int, str]] = []
    for index in range(layout.data_start, len(rows)):
        row = rows[index]
        reason = _skip_reason(row, probes)
        if reason:
            skipped.append((layout.sheet, index + 1, reason))
        else:
            data.append((index + 1, row if len(row) >= width else [*row, *([""] * (width - len(row)))]))
    return data, skipped


def _skip_reason(row: Sequence[Any], probes: Sequence[tuple[int, str]]) -> str | None:
    """Why a row below the header is no data row: blank, a 合计/总计 row (one of its first three
    filled cells starts with such a word), or the header repeated (sheets pasted together: the
    probe columns hold their own names)."""
    filled = 0  # cells not empty, spaces included (the 合计 test looks at the first three)
    blank = True
    for v in row:
        if v is None or v == "":
            continue
        if v.__class__ is str:
            if filled < 3 and v.lstrip().startswith(_TOTAL_WORDS):
                return "合计行"
            blank = blank and not v.strip()
        else:
            blank = False
        filled += 1
        if filled >= 3 and not blank:
            break
    if blank:
        return "空行"
    hits = 0
    for c, name in probes:
        v = row[c] if c < len(row) else ""
        if v.__class__ is str and name[:1] in v and "".join(v.split()) == name:
            hits += 1
    return "重复的表头行" if hits >= 2 else None


def _resolve(db: Database, plan: ImportPlan, pending: list, today: date) -> None:
    """Compare updates with the stored rows, number new rows, compute tags and list differences."""
    update_ids = [p.target_id for p, *_ in pending if p.target_id is not None]
    existing = repo.achievements_by_ids(db, update_ids)
    evidence = repo.evidence_for(db, update_ids)
    file_numbers = {p.values["ledger_no"] for p, *_ in pending if p.values.get("ledger_no")}
    serial = repo.last_ledger_serial(db, today.year)
    research = d.classify_stage(()).stage.value
    for planned, values, file_attribute, file_stage in pending:
        if planned.target_id is None:
            if not values.get("ledger_no"):
                while True:
                    serial += 1
                    number = f"KJCG-{today.year}-{serial:05d}"
                    if number not in file_numbers:
                        break
                values["ledger_no"] = number
            if "legal_status" not in values:
                values["legal_status"] = _infer_legal_status(values)
            values["attribute"] = _ATTRIBUTE_OF[values["legal_status"]]
            values["stage"] = research
            values.setdefault("transfer_status", d.TransferStatus.NONE.value)
            values.setdefault("transfer_count", 0)
            attribute, stage = values["attribute"], values["stage"]
        else:
            before = existing[planned.target_id]
            changes: dict[str, Any] = {}
            for key, value in values.items():
                if key == "extra":
                    merged = {**before["extra"], **value}
                    if merged != before["extra"]:
                        changes["extra"] = merged
                    continue
                value = _store_value(value)
                if before.get(key) != value:
                    changes[key] = value
            legal = changes.get("legal_status", before["legal_status"])
            attribute = d.attribute_for(legal).value
            if attribute != before["attribute"]:
                changes["attribute"] = attribute
            stage = before["stage_override"] or d.classify_stage(evidence.get(planned.target_id, ())).stage.value
            if stage != before["stage"]:
                changes["stage"] = stage
            if planned.inventors is not None and planned.inventors == before["inventors"]:
                planned.inventors = None
            planned.changes = changes
            planned.old = {k: before.get(k) for k in changes}
            planned.old_inventors = before["inventors"]
            if not changes and planned.inventors is None:
                planned.action = "unchanged"
            values = {**before, **changes}
        _compare_tags(plan, planned, values, attribute, stage, file_attribute, file_stage)


def _compare_tags(plan: ImportPlan, planned: PlannedRow, values: Mapping[str, Any], attribute: str, stage: str,
                  file_attribute: str | None, file_stage: str | None) -> None:
    if file_attribute and file_attribute != attribute:
        plan.tag_differences.append(TagDifference(
            planned.sheet, planned.row, values.get("ledger_no"), values.get("name") or "", "属性",
            _ATTRIBUTE_LABELS[file_attribute], _ATTRIBUTE_LABELS[attribute], d.tags.ARTICLE_ATTRIBUTE))
    if file_stage and file_stage != stage:
        plan.tag_differences.append(TagDifference(
            planned.sheet, planned.row, values.get("ledger_no"), values.get("name") or "", "阶段",
            _STAGE_LABELS[file_stage], _STAGE_LABELS[stage], d.stage.ARTICLE_STAGE))


_ATTRIBUTE_LABELS = {m.value: m.label for m in d.Attribute}
_STAGE_LABELS = {m.value: m.label for m in d.Stage}
_ATTRIBUTE_OF = {m.value: d.attribute_for(m).value for m in d.LegalStatus}


@gc_paused()
def commit_plan(db: Database, plan: ImportPlan, *, on_row: Callable[[int], None] | None = None) -> int | None:
    """Write the plan's valid rows in one transaction; return the batch id (None when nothing to write)."""
    added = [{"values": r.values, "inventors": r.inventors} for r in plan.added]
    updated = [{"id": r.target_id, "changes": r.changes, "inventors": r.inventors, "old": r.old,
                "old_inventors": r.old_inventors} for r in plan.updated]
    if not added and not updated:
        return None
    summary = {"added": len(added), "updated": len(updated), "unchanged": plan.unchanged, "skipped": len(plan.skipped),
               "error_rows": plan.error_rows, "errors": [e.as_dict() for e in plan.errors[:1000]],
               "unmapped_columns": plan.unmapped_columns,
               "tag_differences": [t.as_dict() for t in plan.tag_differences[:1000]]}
    sheets = "、".join(lay.sheet for lay in plan.layouts)
    return repo.commit_import(db, source=plan.source, sheet=sheets, added=added, updated=updated, summary=summary, on_row=on_row)


def undo_batch(db: Database, batch_id: int) -> dict[str, int]:
    return repo.undo_import(db, batch_id)


# -- one call for the CLI ----------------------------------------------------------------------
def layouts_for(workbook: Workbook, sheet: str | None = None, profile: Mapping[str, str] | None = None) -> list[SheetLayout]:
    """Layouts of the named sheet, or of every sheet that has a recognisable header."""
    names = [sheet] if sheet else workbook.sheet_names
    layouts = []
    for name in names:
        layout = detect_layout(name, workbook.rows(name), profile)
        if layout is not None:
            layouts.append(layout)
        elif sheet:
            raise ImportFileError(f"工作表“{name}”的前 {HEADER_SCAN_ROWS} 行中没有找到表头（至少需要两个可识别的列名，如 成果名称、申请号）")
    if not layouts:
        raise ImportFileError(f"“{workbook.path.name}”的各工作表中都没有找到表头（至少需要两个可识别的列名，如 成果名称、申请号）")
    return layouts


def import_file(
    db: Database,
    path: Path | str,
    *,
    sheet: str | None = None,
    profile: str | None = None,
    dry_run: bool = False,
) -> tuple[ImportPlan, int | None]:
    """Plan (and unless ``dry_run`` commit) an import; returns (plan, batch id)."""
    mapping = None
    if profile:
        profiles = repo.load_profiles(db)
        if profile not in profiles:
            raise ImportFileError(f"没有名为“{profile}”的映射方案（现有：{'、'.join(profiles) or '无'}）")
        mapping = profiles[profile]
    workbook = open_workbook(path)
    try:
        plan = build_plan(db, workbook, layouts_for(workbook, sheet, mapping))
    finally:
        workbook.close()
    batch_id = None if dry_run else commit_plan(db, plan)
    return plan, batch_id
