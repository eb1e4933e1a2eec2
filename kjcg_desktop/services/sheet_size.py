"""How large a workbook's sheets really are, judged before a reader materialises them — Qt-free.

python-calamine (0.9) turns a sheet into a dense grid: ``CalamineWorkbook.get_sheet_by_name``
builds ``calamine::Range::from_sparse`` over the bounding box of the sheet's non-empty cells, at
32 bytes per grid cell (about 64 bytes per cell at the peak, measured), and aborts the whole process
(``memory allocation of … failed``, exit code 134) when that fails — no Python exception is raised.
So a 1.7 KB .xlsx with values at A1 and XFD1048576 asks for 512 GiB, a 1 KB .ods whose one row of
10,000 numbers is repeated 9,000 times asks for 2.6 GB, a 5 KB .xls whose cell record names column
65,535 asks for 128 GiB, and an .xlsx whose shared-string table *declares* 4,294,967,295 strings
aborts already in ``CalamineWorkbook.from_path`` (calamine reserves that many entries up front).
What calamine does *not* do (checked): it ignores ``<dimension ref="A1:XFD1048576">``, skips
formatted cells that hold no value, never expands empty ``table:number-rows-repeated`` /
``number-columns-repeated`` runs of an .ods, and refuses by itself an .ods above 100 million cells
(as an exception, but only after it has tried to allocate them).

calamine reads every sheet of an .ods or .xls already in ``from_path`` (checked: the forged .xls
aborts there), an .xlsx sheet only in ``get_sheet_by_name``.

:func:`measure_workbook` therefore reads each sheet's XML (or BIFF records) as a stream, in 1 MiB
pieces — by patterns for the usual forms, by lxml's ``iterparse`` (elements cleared as read) for
unusual ones; never resolving an entity, never touching the network — and returns a
:class:`SheetExtent` per sheet: the non-empty cells, their bounding box and what the file claims.
:func:`check_sheet_extent` refuses a sheet whose box is too large with a Chinese message naming
the sheet, the size and the far cell, :func:`check_workbook` does so for every sheet that opening
the file would read, and :func:`read_sheet` reads a checked sheet through
calamine's bounding box only, putting the rows and columns before the box back as cheap empty rows
and blank cells so that row and column numbers stay those of the file. It takes the rows from
calamine's row iterator a piece at a time, releasing the GIL between pieces, so a window whose
worker reads a sheet stays responsive. (``to_python(skip_empty_area=False)`` would rebuild every
empty row before the box and panics — ``chunk size must be non-zero`` — on a box in the sheet's
last columns.)

:func:`check_workbook` first tries an upper bound for each .xlsx sheet (:func:`_bound_xlsx_sheet`:
every cell tag in the usual ``<c r="…">`` form, the longest row number and the widest column
letters found by one pattern search per piece, which looks for the first cell tag outside the bound
so far); a sheet passes on its bound when the bound is
within the limit, and is measured exactly otherwise, so a bound never refuses a sheet.

Cost (``tests/perf/bench_sheet_size.py``, the 20,000 × 25 ledger): the bound about 0.12–0.13 s CPU,
the exact measure 0.35–0.45 s, against 0.6–0.65 s for calamine's read of the .xlsx — inflating the
sheet's 40 MB of XML alone is an eighth of the read — and about twice calamine's read for the
same sheet as .ods.

A sheet too large only because of a few cells far from its table (a note typed at XFD1048576) is
not refused: :func:`check_or_trim` finds the table and writes a copy of the workbook without the
far cells (:mod:`.sheet_scan_stray` for .xlsx, :mod:`.sheet_scan_stray_ods` for .ods), which the
reader opens instead; the far cells come back with their values for the import report.

The limit, :data:`MAX_AREA_CELLS` = 2**24 = 16,777,216 grid cells read, is the largest grid an
Excel 97-2003 sheet can hold (65,536 rows × 256 columns), so every genuine .xls passes; it holds a
ledger of 500,000 rows × 33 columns, or 1,048,576 rows (Excel's maximum) × 16 columns, several
times the largest office ledger (a few hundred thousand rows × about 30 columns). Measured: a
300,000 × 30 ledger (9 million cells) is read by calamine into Python values at a peak of 1.1 GB
(the guard itself: 40 MB), an empty full .xls grid at 1.2 GB; at the limit a full sheet peaks
near 2 GB, which a 64-bit office PC with 8 GB survives, the next power of two would not.
"""

from __future__ import annotations

import html
import re
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .sheet_scan import (
    _ATTRS,
    _PKG_REL_NS,
    _R_NS,
    CFB_MAGIC,
    CHUNK_BYTES,
    MAX_PENDING_BYTES,
    ODS_MIMETYPE,
    SheetExtent,
    SheetSizeError,
    SheetTooLargeError,
    _Box,
    _chunks,
    _column_index,
    _measure_ods,
    _measure_ods_parsed,
    _measure_ods_tokens,
    _measure_xls,
    _parse_small,
    _unreadable,
    cell_name,
    column_name,
)
from .sheet_scan_stray import Trimmed, trim_workbook
from .sheet_scan_stray_ods import trim_ods
from .sheet_scan_stray_xlsb import trim_xlsb
from .sheet_scan_xlsb import WORKBOOK_PART, measure_xlsb
from .sheet_scan_xlsb import _sheets as xlsb_sheets

__all__ = [
    "CFB_MAGIC", "CHUNK_BYTES", "MAX_AREA_CELLS", "MAX_DECLARED_STRINGS", "MAX_PENDING_BYTES", "MAX_TOTAL_CELLS",
    "ODS_MIMETYPE", "SheetExtent", "SheetSizeError", "SheetTooLargeError", "WorkbookExtents", "_measure_ods_parsed",
    "_measure_ods_tokens", "cell_name", "check_sheet_extent", "check_workbook", "column_name", "measure_workbook",
    "SheetRows", "Trimmed", "check_or_trim", "read_sheet", "trim_far_cells",
]

MAX_AREA_CELLS = 1 << 24
# All sheets together: calamine holds every sheet of an .ods/.xls at once after opening it, and the
# importer keeps every sheet it has read; twice one full sheet (about 2 GB at the peak).
MAX_TOTAL_CELLS = 2 * MAX_AREA_CELLS
# calamine reserves room for the shared-string table's declared ``uniqueCount`` before reading
# it (24 bytes each, untouched until filled). Up to this many are harmless (some writers put the
# total ``count`` there); beyond it the entries are counted, and a count the table does not have
# is refused.
MAX_DECLARED_STRINGS = 2 * MAX_AREA_CELLS
SHARED_STRINGS_SLACK = 1024
# Reading: rows per piece handed from calamine to Python (about 2 ms of GIL each for 25 columns), and
# the most blank cells calamine's row iterator may build above a sheet's box before one call is cheaper.
READ_PIECE_ROWS = 500
MAX_PADDED_CELLS = 1 << 20


def _amount(n: int) -> str:
    if n >= 100_000_000:
        return f"约 {n / 100_000_000:,.0f} 亿个单元格"
    if n >= 100_000:
        return f"约 {n / 10_000:,.0f} 万个单元格"
    return f"{n:,} 个单元格"


def check_sheet_extent(extent: SheetExtent, sheet: str | None = None, *, limit: int = MAX_AREA_CELLS) -> None:
    """Refuse a sheet whose data area is too large to read (:class:`SheetTooLargeError`, in Chinese)."""
    name = sheet or extent.sheet
    if extent.read_cells <= limit:
        return
    far = cell_name(extent.last_row, extent.last_col)  # type: ignore[arg-type]
    sparse = extent.cells * 2 < extent.read_cells
    if extent.area > limit:
        filled = f"其中有内容的只有 {extent.cells:,} 个" if sparse else f"有内容的 {extent.cells:,} 个"
        what = (f"工作表“{name}”的数据区域为 {extent.height:,} 行 × {extent.width:,} 列"
                f"（{extent.box}，{_amount(extent.area)}，{filled}）")
    else:
        what = (f"工作表“{name}”的数据位于 {extent.box}，从 A 列读起为 {extent.height:,} 行 × "
                f"{extent.last_col + 1:,} 列（{_amount(extent.read_cells)}）")  # type: ignore[operator]
    advice = (f"请检查远处的单元格（如 {far}）是否误填了内容，删除多余的行列后再导入" if sparse
              else "请将数据拆分为几个工作表或文件后分批导入")
    example = "，约 50 万行 × 33 列" if limit == MAX_AREA_CELLS else ""
    raise SheetTooLargeError(f"{what}，超出可导入的范围（最多 {limit:,} 个单元格{example}）。{advice}")


class WorkbookExtents(dict[str, SheetExtent]):
    """The extents of a workbook's sheets by name; ``all_checked`` when opening the file reads
    every sheet (.ods, .xls), so :func:`check_workbook` has checked them all."""

    all_checked: bool = False


def check_workbook(path: Path | str, *, limit: int = MAX_AREA_CELLS) -> WorkbookExtents:
    """Measure a workbook before ``CalamineWorkbook.from_path`` opens it; return the extents by sheet.

    calamine reads every sheet of an .ods or .xls when it *opens* the file, so there every sheet
    is checked here and one that is too large refuses the file; an .xlsx sheet is read only when
    asked for, so its check is left to :func:`read_sheet` and the other sheets stay readable.
    The readable sheets together may hold at most :data:`MAX_TOTAL_CELLS` (every one is read and
    kept during an import).
    """
    path = Path(path)
    kind, extents = _measure(path, limit)
    if any(e.bound for e in extents.values()) and sum(e.read_cells for e in extents.values()) > max(MAX_TOTAL_CELLS, 2 * limit):
        kind, extents = _measure(path)  # the bounds together are too large: the exact measure decides
    if kind in ("ods", "xls"):
        for extent in extents.values():
            check_sheet_extent(extent, limit=limit)
    readable = [e for e in extents.values() if e.read_cells <= limit]
    total = sum(e.read_cells for e in readable)
    if total > max(MAX_TOTAL_CELLS, 2 * limit):
        sizes = "、".join(f"“{e.sheet}” {e.height:,} 行 × {e.last_col + 1:,} 列"  # type: ignore[operator]
                         for e in sorted(readable, key=lambda e: -e.read_cells)[:5])
        raise SheetTooLargeError(
            f"{len(readable)} 个工作表合计 {_amount(total)}，超出一次可导入的范围（最多 {max(MAX_TOTAL_CELLS, 2 * limit):,} 个单元格）"
            f"：{sizes}。请将工作表拆分到几个文件中分批导入")
    checked = WorkbookExtents(extents)
    checked.all_checked = kind in ("ods", "xls")
    return checked


# -- measuring ------------------------------------------------------------------------------------
def measure_workbook(path: Path | str) -> dict[str, SheetExtent]:
    """Each sheet's :class:`SheetExtent`, by name, streamed from the file (.xlsx/.xlsm, .xlsb, .ods,
    .xls; :mod:`.sheet_scan_xlsb` for .xlsb).

    Other files (CSV) give ``{}``. Raises :class:`SheetSizeError` for what would kill the
    reader on opening (a lying shared-string count) and for a file whose sheets cannot be scanned.
    """
    return _measure(Path(path))[1]


def _measure(path: Path, bound_limit: int | None = None) -> tuple[str, dict[str, SheetExtent]]:
    """(kind, extents). With ``bound_limit``, an .xlsx sheet in the usual form whose upper bound
    (:func:`_bound_xlsx_sheet`) is within that many cells gets the bound instead of the exact measure."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(CFB_MAGIC):
        return "xls", _measure_xls(path)
    if not zipfile.is_zipfile(path):
        return "", {}
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx", _measure_xlsx(path, zf, names, bound_limit)
            if WORKBOOK_PART in names:  # .xlsb
                return "xlsb", measure_xlsb(path, zf)
            if "content.xml" in names and ("mimetype" not in names or zf.read("mimetype").strip() == ODS_MIMETYPE):
                return "ods", _measure_ods(path, zf)
    except SheetSizeError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, KeyError, NotImplementedError,
            zlib.error) as exc:  # damaged, or compressed by a method zipfile cannot read
        raise _unreadable(path, exc) from None
    return "", {}


# .xlsx ----------------------------------------------------------------------------------------------
def _measure_xlsx(path: Path, zf: zipfile.ZipFile, names: set[str], bound_limit: int | None = None) -> dict[str, SheetExtent]:
    from lxml import etree

    part = "xl/workbook.xml"
    try:
        book = _parse_small(zf, part)
        part = "xl/_rels/workbook.xml.rels"
        rels = _parse_small(zf, part) if part in names else None
    except etree.XMLSyntaxError as exc:
        raise _unreadable(path, exc, part) from None
    targets: dict[str, str] = {}
    if rels is not None:
        for rel in rels.iter(f"{{{_PKG_REL_NS}}}Relationship"):
            target = unquote(rel.get("Target", ""))
            targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else _join("xl", target)
            if rel.get("Type", "").endswith("/sharedStrings"):
                _check_shared_strings(zf, targets[rel.get("Id", "")])
    if "xl/sharedStrings.xml" in names:
        _check_shared_strings(zf, "xl/sharedStrings.xml")
    extents: dict[str, SheetExtent] = {}
    for name, member in _members(book, targets, names).items():
        bound = _bound_xlsx_sheet(zf, member, name, bound_limit) if bound_limit else None
        extents[name] = bound or _measure_xlsx_sheet(zf, member, name)
    return extents


def _members(book: Any, targets: dict[str, str], names: set[str]) -> dict[str, str]:
    """Each sheet's zip member, by the sheet's name."""
    members = {}
    for sheet in book.iter("{*}sheet"):
        member = targets.get(sheet.get(f"{{{_R_NS}}}id") or sheet.get(f"{{{_STRICT_R_NS}}}id", ""), "")
        if member in names:
            members[sheet.get("name", "")] = member
    return members


def _xlsx_members(zf: zipfile.ZipFile) -> dict[str, str]:
    book = _parse_small(zf, "xl/workbook.xml")
    targets = {}
    if "xl/_rels/workbook.xml.rels" in zf.namelist():
        for rel in _parse_small(zf, "xl/_rels/workbook.xml.rels").iter(f"{{{_PKG_REL_NS}}}Relationship"):
            target = unquote(rel.get("Target", ""))
            targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else _join("xl", target)
    return _members(book, targets, set(zf.namelist()))


def check_or_trim(path: Path | str, *, limit: int = MAX_AREA_CELLS) -> tuple[WorkbookExtents, Trimmed | None]:
    """:func:`check_workbook`, except that a sheet too large only because of a few cells far from its
    table is trimmed first (:func:`trim_far_cells`): then the extents are those of the trimmed copy,
    which is what the reader must open. A sheet that cannot be trimmed is refused as before."""
    path = Path(path)
    try:
        extents = check_workbook(path, limit=limit)
    except SheetTooLargeError:
        kind, measured = _measure(path)
        if kind != "ods":
            raise
        over = {name for name, e in measured.items() if e.read_cells > limit and e.cells <= limit}
        trimmed = trim_ods(path, over, lambda box: box.read_cells <= limit) if over else None
        if trimmed is None:
            raise
    else:
        trimmed = trim_far_cells(path, extents, limit=limit)
        if trimmed is None:
            return extents, None
    try:
        return check_workbook(trimmed.path, limit=limit), trimmed
    except BaseException:
        trimmed.remove()
        raise


def trim_far_cells(path: Path | str, extents: WorkbookExtents, *, limit: int = MAX_AREA_CELLS) -> Trimmed | None:
    """A copy of an .xlsx (or .xlsb) without the cells far from the table of each sheet that is too large only
    because of them (:mod:`.sheet_scan_stray`, :mod:`.sheet_scan_stray_xlsb`), or None when no sheet is (or one cannot be
    trimmed: the guard then refuses that sheet as before). The copy's sheets are measured again by
    the caller, which reads the copy instead of the file."""
    path = Path(path)
    over = [name for name, e in extents.items() if e.read_cells > limit and not e.bound and e.cells <= limit]
    if not over or extents.all_checked:
        return None
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" not in names:
                if WORKBOOK_PART not in names:
                    return None
                members = {name: member for name, member in xlsb_sheets(zf) if member in names}  # .xlsb
                return trim_xlsb(path, {name: members[name] for name in over if name in members},
                                 lambda box: box.read_cells <= limit)
            members = _xlsx_members(zf)
    except Exception:  # damaged: the reader says so
        return None
    return trim_workbook(path, {name: members[name] for name in over if name in members},
                         lambda box: box.read_cells <= limit)


# Excel's "Strict Open XML" workbook names its relationships in this namespace
_STRICT_R_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def _join(base: str, target: str) -> str:
    parts: list[str] = base.split("/")
    for part in target.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


_SST_UNIQUE = re.compile(rb"""\suniqueCount\s*=\s*["']\s*(\d+)""")
_SST_START = re.compile(rb"<(?:[\w.-]+:)?sst\b[^>]*>")


def _check_shared_strings(zf: zipfile.ZipFile, member: str) -> None:
    try:
        info = zf.getinfo(member)
    except KeyError:
        return
    with zf.open(info) as fh:
        head = fh.read(64 * 1024)
    start = _SST_START.search(head)
    declared = _SST_UNIQUE.search(start.group(0)) if start else None
    if not declared or int(declared.group(1)) <= MAX_DECLARED_STRINGS:
        return
    entries = 0
    with zf.open(info) as fh:
        for chunk in _chunks(fh):  # chunks end at a closing tag, so no <si> is cut in two
            entries += chunk.count(b"<si>") + chunk.count(b"<si ") + len(_PREFIXED_SI.findall(chunk))
    if int(declared.group(1)) > entries + SHARED_STRINGS_SLACK:
        raise SheetSizeError(
            f"共享字符串表声明有 {int(declared.group(1)):,} 条文字，实际只有 {entries:,} 条，"
            "文件已损坏或被篡改（按声明读取会耗尽内存），已拒绝。请在 Excel 中打开后重新另存为 .xlsx 再导入")


_PREFIXED_SI = re.compile(rb"<[A-Za-z_][\w.-]*:si[\s>]")


# A cell that holds something: a <c …> start tag that is neither self-closing nor closed at once
# (a formatted empty cell is <c …/> or <c …></c>). Whatever comes first inside — <v>, <f>, <is> or
# an element calamine does not know — the cell counts. Attribute values are skipped as quoted
# strings, so a ">" or "/>" inside one cannot end the tag early; possessive, so no backtracking.
_NOT_CLOSED = rb"(?!\s*</(?:[\w.-]+:)?c>)"
_XLSX_CELL = re.compile(rb"<(?:[\w.-]+:)?c(\s" + _ATTRS + rb"|)>" + _NOT_CLOSED)
_XLSX_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*([A-Za-z]+)(\d+)\s*["']""")
_XLSX_DIMENSION = re.compile(rb"""<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*["']([^"']*)["']""")
# Every writer seen (Excel, WPS, LibreOffice, openpyxl, XlsxWriter) starts a cell with <c r="…": such
# cells are scanned by the first, simpler alternative; any other cell start tag matches the second
# one, which sends the chunk to the general pattern.
_XLSX_CELL_FAST = re.compile(rb'<c r="([A-Za-z]+)(\d+)"' + _ATTRS + rb">" + _NOT_CLOSED + rb'|<c(?! r=")[\s>]')
_ODD = (b"", b"")
_COMMENT_OR_PI = re.compile(rb"<[!?]")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c[\s/>]")


def _measure_xlsx_sheet(zf: zipfile.ZipFile, member: str, name: str) -> SheetExtent:
    box = _Box()
    claimed = None
    first = True
    errors: list[tuple[int, int, str]] = []
    with zf.open(member) as fh:
        carry = b""
        for chunk in _chunks(fh):
            if carry or _cells_to_keep(chunk):
                carry = _error_cells_into(errors, carry + chunk if carry else chunk)
            else:
                carry = _open_cell(chunk)
            if claimed is None and b"dimension" in chunk:
                found = _XLSX_DIMENSION.search(chunk)
                if found:
                    claimed = found.group(1).decode("ascii", "replace")[:64]
            # comments, CDATA or processing instructions (beyond the XML declaration) could stand
            # between a cell and its value: no writer puts them in a sheet, a real parser reads them
            skip = chunk.find(b"?>") + 2 if first and chunk.lstrip().startswith(b"<?xml") else 0
            if _COMMENT_OR_PI.search(chunk, skip):
                return _measure_xlsx_sheet_in_order(zf, member, name, claimed)
            first = False
            refs = _XLSX_CELL_FAST.findall(chunk) if b":c" not in chunk or not _PREFIXED_CELL.search(chunk) else [_ODD]
            if _ODD in refs:
                attrs = _XLSX_CELL.findall(chunk)
                refs = _XLSX_REF.findall(b"\x00".join(attrs))
                if len(refs) != len(attrs):  # a cell without (or with two) positions: read in order
                    return _measure_xlsx_sheet_in_order(zf, member, name, claimed)
            if refs:  # distinct rows and columns of this piece only, so memory stays bounded
                row_numbers = [int(r) for r in set(map(itemgetter(1), refs))]
                col_numbers = [_column_index(c) for c in set(map(itemgetter(0), refs))]
                box.add(min(row_numbers) - 1, max(row_numbers) - 1, min(col_numbers), max(col_numbers), len(refs))
    return replace(box.extent(name, claimed), errors=tuple(errors[:MAX_ERROR_CELLS]))


# An error cell as Excel writes it: <c r="C2" s="1" t="e"><f>VLOOKUP(…)</f><v>#N/A</v></c>.
_ERROR_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})(\d{1,7})"[^>]*?\st="e"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)?<v>(#[^<]{1,15})</v>')
MAX_ERROR_CELLS = 100_000


# A formula cell saved without its result, as a program writes it that builds a workbook without
# calculating it (openpyxl, POI, an office system's export): <c r="B3"><f>B2&amp;"…"</f><v></v></c>,
# or no <v> at all. Excel, WPS and calamine show nothing there until the file is opened and saved;
# the import keeps the formula and flags it. (t="str" with an empty <v> is a formula whose result is "".)
_FORMULA_WITHOUT_VALUE = re.compile(rb'<f(?:\s[^>]*)?(?:/>|>([^<]*)</f>)(<v\s*/>|<v></v>)?</c>')
_CELL_START = re.compile(rb'<c r="([A-Za-z]{1,3})(\d{1,7})"([^>]*)>')


class UncalculatedFormula(str):
    """The text of a formula cell saved without its result, put back where calamine reads nothing."""

    __slots__ = ()


def _cells_to_keep(chunk: bytes) -> bool:
    """Whether a piece of a sheet's XML may hold an error cell or a formula saved without its result."""
    return b't="e"' in chunk or b"</f>" in chunk or b' si="' in chunk


def _error_cells(chunk: bytes) -> list[tuple[int, int, str]]:
    """(row, column, text) of the error cells and of the formulas saved without a result in one piece
    of a sheet's XML."""
    found = [(int(row) - 1, _column_index(letters), text.decode("ascii", "replace"))
             for letters, row, text in _ERROR_CELL.findall(chunk)] if b't="e"' in chunk else []
    if b"</f>" in chunk or b' si="' in chunk:
        _uncalculated_into(found, chunk)
    return found


def _uncalculated_into(found: list[tuple[int, int, str]], chunk: bytes) -> None:
    """Append the formulas saved without a result: each formula that its cell's end follows with no
    value between, with the cell it is in."""
    for formula in _FORMULA_WITHOUT_VALUE.finditer(chunk):
        start = chunk.rfind(b"<c ", 0, formula.start())
        cell = _CELL_START.match(chunk, start) if start >= 0 else None
        if cell is None or cell.end() != formula.start():
            continue
        letters, row, attributes = cell.groups()
        if formula.group(2) and b't="str"' in attributes:
            continue  # t="str" and <v></v>: a formula whose result is ""
        text = html.unescape(formula.group(1).decode("utf-8", "replace")) if formula.group(1) else "（共享公式）"
        found.append((int(row) - 1, _column_index(letters), UncalculatedFormula("=" + text)))


def _error_cells_into(errors: list[tuple[int, int, str]], chunk: bytes) -> bytes:
    """Append the error cells (and formulas without a result) of one piece of a sheet's XML to
    ``errors``; return the piece's last cell when the piece cuts it before its end (the pieces are
    cut before a tag, which may be the cell's <f>, <v> or </c>) and it may be one, to be read again
    with the next piece."""
    errors += _error_cells(chunk)
    return _open_cell(chunk)


def _open_cell(chunk: bytes) -> bytes:
    """The piece's last cell when the piece ends inside it and it may still turn out an error cell or
    a formula without a result (its <f> or <v> in the next piece); not one already found whole."""
    last = chunk.rfind(b"<c ")
    if last < 0 or chunk.find(b"</c>", last) >= 0 or chunk.endswith(b"/>") and chunk.find(b">", last) == len(chunk) - 1:
        return b""
    if chunk.find(b't="e"', last) >= 0 and _ERROR_CELL.match(chunk, last):
        return b""
    return chunk[last:]


# The bound: every cell start tag is <c r="…"> with one or two column letters and a row number of at
# most 7 digits (any other form sends the sheet to the exact measure), so a sheet's cells lie within
# rows 1 … 10**digits - 1 of the longest row number written and columns A … the largest two-letter
# column (else Z). One pattern finds the first cell tag outside the bound so far (or of another
# form): on an ordinary sheet it finds none, one pass over each piece.
_BOUND_MAX_DIGITS = 7
_BOUND_OUTSIDE = {(letters, digits): re.compile(rb'<c(?! r="[A-Za-z]{1,%d}\d{1,%d}")[\s>]' % (letters, digits))
                  for letters in (1, 2) for digits in range(1, _BOUND_MAX_DIGITS + 1)}
_BOUND_REF = re.compile(rb'<c r="([A-Za-z]{1,2})(\d{1,%d})"' % _BOUND_MAX_DIGITS)
_BOUND_TWO_LETTERS = re.compile(rb'<c r="([A-Za-z]{2})\d')
_ONE_LETTER_LAST_COL = 25  # Z
_PREFIXED_CELL_END = re.compile(rb":c[\s/>]")  # a quick first look for _PREFIXED_CELL


class _Bound:
    """The bound so far: row-number digits and last column (-1: no cell tag yet)."""

    def __init__(self) -> None:
        self.digits = 1
        self.last_col = -1
        self.two_letters = False

    def area(self) -> int:
        widest_row: int = 10 ** self.digits - 1  # int ** int is typed Any (a negative power is a float)
        return widest_row * (self.last_col + 1)

    def widen(self, chunk: bytes) -> bool:
        """Take in one piece; False when a cell tag is of another form (the exact measure decides)."""
        if self.last_col < 0:
            if b'<c r="' not in chunk:
                return _BOUND_OUTSIDE[1, 1].search(chunk) is None
            self.last_col = _ONE_LETTER_LAST_COL
        pattern = _BOUND_OUTSIDE[1 + self.two_letters, self.digits]
        found = pattern.search(chunk)
        while found is not None:
            ref = _BOUND_REF.match(chunk, found.start())
            if ref is None:
                return False
            letters, number = ref.groups()
            self.digits = max(self.digits, len(number))
            if len(letters) == 2 and not self.two_letters:
                self.two_letters = True
            pattern = _BOUND_OUTSIDE[1 + self.two_letters, self.digits]
            found = pattern.search(chunk, found.end())
        if self.two_letters:  # the pattern no longer tells a wider two-letter column: find the widest
            two = set(_BOUND_TWO_LETTERS.findall(chunk))
            if two:
                self.last_col = max(self.last_col, *map(_column_index, two))
        return True


def _bound_xlsx_sheet(zf: zipfile.ZipFile, member: str, name: str, limit: int) -> SheetExtent | None:
    """An upper bound of the sheet's extent, from row-number lengths and column letters only (one
    pattern search per piece on an ordinary sheet instead of reading every cell reference):
    ``bound=True``, the box from A1, ``cells`` the box's area (at least the cells there are). ``None``
    when the sheet is not in the usual form or the bound exceeds ``limit``; the caller then measures
    it exactly."""
    bound = _Bound()
    first = True
    errors: list[tuple[int, int, str]] = []
    with zf.open(member) as fh:
        carry = b""
        for chunk in _chunks(fh):
            if carry or _cells_to_keep(chunk):
                carry = _error_cells_into(errors, carry + chunk if carry else chunk)
            else:
                carry = _open_cell(chunk)
            skip = chunk.find(b"?>") + 2 if first and chunk.lstrip().startswith(b"<?xml") else 0
            first = False
            if _maybe_comment_or_pi(chunk, skip) or (_PREFIXED_CELL_END.search(chunk) and _PREFIXED_CELL.search(chunk)):
                return None
            if not bound.widen(chunk) or bound.area() > limit:
                return None
    if bound.last_col < 0:
        return SheetExtent(name, bound=True)
    return SheetExtent(name, bound.area(), 0, 0, 10 ** bound.digits - 2, bound.last_col, bound=True,
                       errors=tuple(errors[:MAX_ERROR_CELLS]))


def _maybe_comment_or_pi(chunk: bytes, skip: int) -> bool:
    """A comment, CDATA or processing instruction after ``skip`` (a look for the rare "!" and "?"
    first: a sheet seldom has either)."""
    if b"!" not in chunk and chunk.find(b"?", skip) < 0:
        return False
    return _COMMENT_OR_PI.search(chunk, skip) is not None


def _measure_xlsx_sheet_in_order(zf: zipfile.ZipFile, member: str, name: str, claimed: str | None) -> SheetExtent:
    """Slow path for writers that leave out ``r`` on rows or cells: positions follow document order."""
    from lxml import etree

    box = _Box()
    row = -1
    col = -1
    with zf.open(member) as fh:
        try:
            for event, el in etree.iterparse(fh, events=("start", "end"), resolve_entities=False, no_network=True,
                                             huge_tree=False, load_dtd=False, remove_comments=True, remove_pis=True):
                tag = el.tag.rsplit("}", 1)[-1]
                if event == "start":
                    if tag == "row":
                        r = el.get("r")
                        row = int(r) - 1 if r and r.isdigit() else row + 1
                        col = -1
                    elif tag == "c":
                        ref = _XLSX_REF.search(b" r='" + el.get("r", "").encode("ascii", "replace") + b"'")
                        col = _column_index(ref.group(1)) if ref else col + 1
                        if ref:
                            row = int(ref.group(2)) - 1
                elif tag == "c":
                    if (el.text or "").strip() or any(isinstance(child.tag, str) for child in el):
                        box.add(row, row, col, col, 1)
                    el.clear()
                elif tag == "row":
                    el.clear()
                    while el.getprevious() is not None:
                        del el.getparent()[0]
        except etree.XMLSyntaxError as exc:
            raise SheetSizeError(f"工作表“{name}”已损坏（XML 无法解析：{exc}）") from None
    return box.extent(name, claimed)


# -- reading ------------------------------------------------------------------------------------------
def read_sheet(book: Any, sheet: str, extents: WorkbookExtents | SheetExtent | None,
               *, limit: int = MAX_AREA_CELLS) -> SheetRows:
    """The values of a sheet read through calamine's bounding box only, as rows from A1.

    ``book`` is an open ``python_calamine.CalamineWorkbook``; ``extents`` what
    :func:`check_workbook` returned for its file (or the sheet's own extent; ``None`` reads
    unchecked). The sheet is checked first (:class:`SheetTooLargeError`); a sheet the measure did
    not find is refused unless opening the file already checked every sheet. Rows above the box
    are empty lists and columns left of it blank cells (``""``, as calamine gives them), so
    indexes are the file's row and column numbers minus one. The sheet's merged ranges come with
    the rows (:class:`SheetRows`).
    """
    extent = extents.get(sheet) if isinstance(extents, WorkbookExtents) else extents
    if extent is not None:
        check_sheet_extent(extent, sheet, limit=limit)
    elif isinstance(extents, WorkbookExtents) and not extents.all_checked:
        raise SheetSizeError(f"无法检查工作表“{sheet}”的大小（工作簿的结构与其工作表列表不符，文件可能已损坏），已拒绝")
    handle = book.get_sheet_by_name(sheet)
    start = handle.start
    if not start:
        return SheetRows()
    top, left = start
    if top * max(handle.width, 1) > MAX_PADDED_CELLS:
        rows: list[list[Any]] = handle.to_python(skip_empty_area=True)  # the iterator would build every blank row above the box
    else:
        rows = _box_rows(handle.iter_rows(), top)
    if not rows:
        return SheetRows()
    if left:
        pad = [""] * left
        rows = [pad + row for row in rows]
    if top:
        rows = [[] for _ in range(top)] + rows
    if extent is not None and extent.errors:
        _put_back_errors(rows, extent.errors)
    result = SheetRows(rows)
    merged = getattr(handle, "merged_cell_ranges", None)
    if merged:
        result.merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged[:MAX_MERGED_RANGES] if r1 >= r0 and c1 >= c0)
    elif extent is not None:
        result.merged = extent.merged  # an .ods: calamine does not report its merged cells, the scan does
    return result


class SheetRows(list[list[Any]]):
    """A sheet's rows, with its merged cell ranges (first row, first column, last row, last column;
    0-based, inclusive) — calamine gives a merged range's value in its first cell only."""

    merged: tuple[tuple[int, int, int, int], ...] = ()


MAX_MERGED_RANGES = 100_000


def _put_back_errors(rows: list[list[Any]], errors: tuple[tuple[int, int, str], ...]) -> None:
    """Error values (#N/A …) where calamine left their cells empty, so the importer keeps and flags them."""
    for row, col, text in errors:
        if row < len(rows) and col < len(rows[row]) and rows[row][col] in ("", None):
            rows[row][col] = text


def _box_rows(rows: Iterator[list[Any]], top: int) -> list[list[Any]]:
    """The rows of the bounding box from calamine's row iterator, which gives the ``top`` rows above
    the box first (blank rows of the box's width; columns left of the box are not given). Read
    :data:`READ_PIECE_ROWS` rows at a time, releasing the GIL between pieces: one ``to_python()``
    call holds it for the whole sheet (80–110 ms for 20,000 × 25 cells), and a window whose worker
    reads a sheet would freeze that long."""
    box: list[list[Any]] = []
    skip = top
    while True:
        piece = list(islice(rows, READ_PIECE_ROWS))
        if not piece:
            return box
        if skip:
            cut = min(skip, len(piece))
            skip -= cut
            del piece[:cut]
        box += piece
        time.sleep(0)  # let a waiting thread (the GUI) take the GIL now
