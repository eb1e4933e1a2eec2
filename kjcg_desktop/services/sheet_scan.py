"""Streaming scanners of workbook parts for :mod:`kjcg_desktop.services.sheet_size` — Qt-free.

The extent of a sheet (:class:`SheetExtent`), the chunked reader of a zip member that never cuts a
tag in two (``_chunks``), and the measurers of .ods sheets (a token pattern for the usual form,
lxml's ``iterparse`` for any other) and of .xls sheets (BIFF8 cell records). The limits, the .xlsx
measure and the checks are in :mod:`.sheet_size`, which re-exports what is public here.
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .. import domain as d

CHUNK_BYTES = 1 << 20
MAX_PENDING_BYTES = 64 << 20         # XML without any closing tag for this long is not a worksheet

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


class SheetSizeError(d.DomainError):
    """A workbook or sheet the reader must not be given (message in Chinese, naming what and where;
    the importer puts the file's name before it)."""


class SheetTooLargeError(SheetSizeError):
    """A sheet's data area is larger than can be read."""


@dataclass(frozen=True)
class SheetExtent:
    """The non-empty cells of one sheet and their bounding box (0-based, inclusive; None when empty).

    ``claimed`` is what the file says about itself (the <dimension> of an .xlsx, the DIMENSIONS
    record of an .xls) — shown, never trusted. ``bound``: the values are an upper bound (the box
    may be smaller and ``cells`` counts empty cells too), enough to pass a sheet, never to refuse one.
    """

    sheet: str
    cells: int = 0
    first_row: int | None = None
    first_col: int | None = None
    last_row: int | None = None
    last_col: int | None = None
    claimed: str | None = None
    bound: bool = False
    # cells holding an Excel error value (#N/A, #REF! …) as (row, column, text), 0-based: calamine
    # reads them as empty cells
    errors: tuple[tuple[int, int, str], ...] = ()
    # merged ranges calamine does not report (an .ods's number-rows-spanned cells): (first row,
    # first column, last row, last column), 0-based
    merged: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def empty(self) -> bool:
        return self.cells == 0

    @property
    def height(self) -> int:
        return 0 if self.empty else self.last_row - self.first_row + 1  # type: ignore[operator]

    @property
    def width(self) -> int:
        return 0 if self.empty else self.last_col - self.first_col + 1  # type: ignore[operator]

    @property
    def area(self) -> int:
        """Grid cells of the bounding box (what calamine allocates)."""
        return self.height * self.width

    @property
    def read_cells(self) -> int:
        """Grid cells :func:`read_sheet` hands over: the box widened to column A (rows before it are empty rows)."""
        return 0 if self.empty else self.height * (self.last_col + 1)  # type: ignore[operator]

    @property
    def box(self) -> str:
        """The bounding box in A1 notation, e.g. ``A1:XFD1048576``."""
        if self.empty:
            return ""
        return f"{cell_name(self.first_row, self.first_col)}:{cell_name(self.last_row, self.last_col)}"  # type: ignore[arg-type]


def column_name(index: int) -> str:
    """0-based column index → letters (0 → A, 16383 → XFD)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, col: int) -> str:
    return f"{column_name(col)}{row + 1}"


def _column_index(letters: bytes | str) -> int:
    value = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode("ascii").upper():
        value = value * 26 + ord(ch) - 64
    return value - 1


def _unreadable(path: Path, exc: BaseException, part: str | None = None) -> SheetSizeError:
    programs = "WPS 或 LibreOffice" if path.suffix.lower() == ".ods" else "Excel 或 WPS"
    return SheetSizeError(f"工作簿已损坏，无法检查工作表的大小（{_damage(exc, part)}）。"
                          f"请重新下载或重新复制原文件；如能在 {programs} 中打开，请“另存为”后再导入")


def _damage(exc: BaseException, part: str | None = None) -> str:
    """What is damaged, in Chinese: an XML part that is not well-formed (lxml names the part and the
    line), a record stream cut short, or else the reader's own words as technical information."""
    text = str(exc)
    named = re.search(r"\(([^()]*\.(?:xml|rels)), line (\d+)\)", text)
    if named:
        return f"其中的部件 {named.group(1)} 第 {named.group(2)} 行不是完整有效的 XML"
    if type(exc).__name__ == "XMLSyntaxError":
        return f"其中的部件 {part} 不是完整有效的 XML" if part else "其中的 XML 不完整或格式错误"
    if "compression method" in text or "compression type" in text:
        return "使用了 Excel 与 WPS 都不用的压缩方式，多为压缩软件重新打包所致"
    return f"技术信息：{text[:120]}"


def _safe_parser() -> Any:  # an lxml XMLParser (lxml ships no type stubs)
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _parse_small(zf: zipfile.ZipFile, name: str) -> Any:  # an lxml element
    from lxml import etree

    return etree.fromstring(zf.read(name), _safe_parser())


# A start tag's attributes up to its ">": quoted values are skipped whole, so a ">" or "/>" inside
# one cannot end the tag early; possessive, so no backtracking.
_ATTRS = rb"""(?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*+"""


def _chunks(fh: IO[bytes]) -> Iterator[bytes]:
    """The stream in pieces cut right before a tag ("<" is never inside a tag or an attribute
    value), before the start tag that precedes the last closing tag, so no tag is cut in two."""
    pending = b""
    while True:
        chunk = fh.read(CHUNK_BYTES)
        if not chunk:
            if pending:
                yield pending
            return
        pending += chunk
        cut = pending.rfind(b"</")
        start = pending.rfind(b"<", 0, cut) if cut > 0 else -1
        if start > 0 and pending[start + 1: start + 2] not in (b"/", b"!", b"?"):
            cut = start  # keep <c …></c> together (a cell at a chunk's very end counts as filled)
        if cut <= 0:
            if len(pending) > MAX_PENDING_BYTES:
                raise SheetSizeError(f"工作表内容异常（{MAX_PENDING_BYTES // (1 << 20)} MB 内没有结束标记），文件可能已损坏或被篡改")
            continue
        yield pending[:cut]
        pending = pending[cut:]


class _Box:
    def __init__(self) -> None:
        self.cells = 0
        self.first_row: int | None = None
        self.first_col: int | None = None
        self.last_row: int | None = None
        self.last_col: int | None = None

    def add(self, r0: int, r1: int, c0: int, c1: int, count: int) -> None:
        self.cells += count
        self.first_row = r0 if self.first_row is None else min(self.first_row, r0)
        self.last_row = r1 if self.last_row is None else max(self.last_row, r1)
        self.first_col = c0 if self.first_col is None else min(self.first_col, c0)
        self.last_col = c1 if self.last_col is None else max(self.last_col, c1)

    def extent(self, name: str, claimed: str | None = None) -> SheetExtent:
        if not self.cells:
            return SheetExtent(name, claimed=claimed)
        return SheetExtent(name, self.cells, self.first_row, self.first_col, self.last_row, self.last_col, claimed)


# .ods -----------------------------------------------------------------------------------------------
def _repeat(el: Any, attr: str) -> int:
    value = el.get(f"{{{_TABLE_NS}}}{attr}")
    try:
        return max(int(value), 1) if value else 1
    except ValueError:
        return 1


def _measure_ods(path: Path, zf: zipfile.ZipFile) -> dict[str, SheetExtent]:
    """Repeated rows and cells are counted, never expanded: a run of N non-empty cells repeated over
    M rows adds N × M cells and widens the box once. The usual file (prefixes ``table:`` and
    ``office:`` declared once, on the root) is scanned by :func:`_measure_ods_tokens`; any other is
    parsed by lxml, several times slower."""
    fast = _measure_ods_tokens(zf)
    return fast if fast is not None else _measure_ods_parsed(path, zf)


# The attributes run to the ">" outside quotes; a self-closing tag's run ends with "/".
_ODS_TOKEN = re.compile(rb"<table:(table-cell|covered-table-cell|table-row|table)(\s(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+|/?)>"
                        rb"|</table:(table-row|table)>")
_ODS_REPEAT = re.compile(rb'number-(?:columns|rows)-repeated="(\d+)"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_SPANNED = re.compile(rb'number-(rows|columns)-spanned="(\d+)"')
MAX_ODS_MERGED = 100_000
_ODS_ROOT = re.compile(rb"<office:document-content\s" + _ATTRS + rb">")


def _ods_repeat(attrs: bytes) -> int:
    found = _ODS_REPEAT.search(attrs)
    return max(int(found.group(1)), 1) if found else 1


def _measure_ods_tokens(zf: zipfile.ZipFile) -> dict[str, SheetExtent] | None:
    """The cell and row tags of content.xml read by one pattern, in order; ``None`` when the file
    is not in the usual form (other prefixes, comments, CDATA, sub-tables) and needs the parser."""
    scan = _OdsScan()
    try:
        with zf.open("content.xml") as fh:
            for chunk in _chunks(fh):
                scan.check(chunk)
                scan.tokens(chunk)
        return scan.result()
    except _Unusual:
        return None


class _Unusual(Exception):
    """content.xml is not in the usual form: the parser reads it."""


_ODS_TABLE_NS = b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
_ODS_OFFICE_NS = b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'


class _OdsScan:
    """The state of :func:`_measure_ods_tokens` across the pieces of content.xml."""

    def __init__(self) -> None:
        self.extents: dict[str, SheetExtent] = {}
        self.box: _Box | None = None
        self.name = ""
        self.row = self.col = self.row_cells = self.row_times = 0
        self.row_first = self.row_last = -1
        self.first = True
        self.merged: list[tuple[int, int, int, int]] = []

    def check(self, chunk: bytes) -> None:
        """The root declares the prefixes once; no other declaration, processing instruction,
        comment or CDATA anywhere."""
        if self.first:
            root = _ODS_ROOT.search(chunk)
            if (root is None or _ODS_TABLE_NS not in root.group(0) or _ODS_OFFICE_NS not in root.group(0)
                    or chunk.count(b"<?") > 1 or not chunk.lstrip().startswith(b"<?xml")):
                raise _Unusual
            if chunk.count(b"opendocument:xmlns:table:1.0") + chunk.count(b"opendocument:xmlns:office:1.0") != 2:
                raise _Unusual
            self.first = False
        elif b"<?" in chunk or b"opendocument:xmlns:table:1.0" in chunk or b"opendocument:xmlns:office:1.0" in chunk:
            raise _Unusual
        if b"<!" in chunk:
            raise _Unusual

    def tokens(self, chunk: bytes) -> None:
        col, row_cells, row_first, row_last = self.col, self.row_cells, self.row_first, self.row_last
        for tag, attrs, end in _ODS_TOKEN.findall(chunk):
            if tag == b"table-cell" or tag == b"covered-table-cell":
                times = _ods_repeat(attrs) if b"repeated" in attrs else 1
                if b"rows-spanned" in attrs and len(self.merged) < MAX_ODS_MERGED:
                    spans = {kind: int(n) for kind, n in _ODS_SPANNED.findall(attrs)}
                    rows = spans.get(b"rows", 1)
                    if rows > 1:
                        self.merged.append((self.row, col, self.row + rows - 1, col + max(spans.get(b"columns", 1), 1) - 1))
                if attrs[-1:] != b"/" or b"office:value-type" in attrs:
                    row_cells += times
                    if row_first < 0:
                        row_first = col
                    row_last = col + times - 1
                col += times
                continue
            self.col, self.row_cells, self.row_first, self.row_last = col, row_cells, row_first, row_last
            if tag == b"table-row" or end == b"table-row":
                self.table_row(attrs, end)
            else:
                self.table(attrs, end)
            col, row_cells, row_first, row_last = self.col, self.row_cells, self.row_first, self.row_last
        self.col, self.row_cells, self.row_first, self.row_last = col, row_cells, row_first, row_last

    def table_row(self, attrs: bytes, end: bytes) -> None:
        if end:
            if self.box is None:
                raise _Unusual
            if self.row_cells:
                self.box.add(self.row, self.row + self.row_times - 1, self.row_first, self.row_last,
                             self.row_cells * self.row_times)
            self.row += self.row_times
            return
        times = _ods_repeat(attrs) if b"repeated" in attrs else 1
        if attrs[-1:] == b"/":
            self.row += times
        else:
            self.col = self.row_cells = 0
            self.row_first = self.row_last = -1
            self.row_times = times

    def table(self, attrs: bytes, end: bytes) -> None:
        import html

        if end:
            if self.box is None:
                raise _Unusual
            self.extents[self.name] = replace(self.box.extent(self.name), merged=tuple(self.merged))
            self.box, self.merged = None, []
            return
        if self.box is not None:  # a table inside a table
            raise _Unusual
        found = _ODS_NAME.search(attrs)
        self.name = html.unescape(found.group(1).decode("utf-8", "replace")) if found else f"Sheet{len(self.extents) + 1}"
        self.box, self.row = _Box(), 0
        if attrs[-1:] == b"/":
            self.extents[self.name], self.box = self.box.extent(self.name), None

    def result(self) -> dict[str, SheetExtent] | None:
        return None if self.first or self.box is not None else self.extents


def _measure_ods_parsed(path: Path, zf: zipfile.ZipFile) -> dict[str, SheetExtent]:
    from lxml import etree

    extents: dict[str, SheetExtent] = {}
    table_tag = f"{{{_TABLE_NS}}}table"
    row_tag = f"{{{_TABLE_NS}}}table-row"
    cell_tags = (f"{{{_TABLE_NS}}}table-cell", f"{{{_TABLE_NS}}}covered-table-cell")
    value_type = f"{{{_OFFICE_NS}}}value-type"
    depth = 0          # nesting of tables: a sub-table inside a cell belongs to that cell
    box = _Box()
    name = ""
    row = col = 0
    row_cells = 0
    row_first = row_last = -1
    with zf.open("content.xml") as fh:
        try:
            for event, el in etree.iterparse(fh, events=("start", "end"), resolve_entities=False, no_network=True,
                                             huge_tree=False, load_dtd=False):
                tag = el.tag
                if tag == table_tag:
                    if event == "start":
                        depth += 1
                        if depth == 1:
                            name, box, row = el.get(f"{{{_TABLE_NS}}}name", f"Sheet{len(extents) + 1}"), _Box(), 0
                    else:
                        if depth == 1:
                            extents[name] = box.extent(name)
                            el.clear()
                        depth -= 1
                    continue
                if depth != 1:
                    continue
                if tag == row_tag:
                    if event == "start":
                        col, row_cells, row_first, row_last = 0, 0, -1, -1
                    else:
                        times = _repeat(el, "number-rows-repeated")
                        if row_cells:
                            box.add(row, row + times - 1, row_first, row_last, row_cells * times)
                        row += times
                        el.clear()
                        while el.getprevious() is not None:
                            del el.getparent()[0]
                elif tag in cell_tags and event == "end":
                    times = _repeat(el, "number-columns-repeated")
                    if el.get(value_type) is not None or len(el):
                        row_cells += times
                        row_first = col if row_first < 0 else row_first
                        row_last = col + times - 1
                    col += times
                    el.clear()
        except etree.XMLSyntaxError as exc:
            raise _unreadable(path, exc) from None
    return extents


# .xls -----------------------------------------------------------------------------------------------
# BIFF8 cell records: (type → how to read row, first column, last column from the record body)
_XLS_ONE_CELL = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6, 0x0406, 0x0004, 0x0003, 0x0002}
_XLS_MULRK = 0x00BD
_XLS_DIMENSIONS = 0x0200
_XLS_BOUNDSHEET = 0x0085
_XLS_EOF = 0x000A
_XLS_FILEPASS = 0x002F


def _measure_xls(path: Path) -> dict[str, SheetExtent]:
    """Excel 97-2003: the cell records of each sheet's substream (calamine trusts their 16-bit
    column numbers, up to 65,535, well past the 256 columns of the format)."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            if not ole.exists(stream):
                return {}
            data = ole.openstream(stream).read()
    except Exception as exc:  # olefile raises many kinds of error on a damaged compound file
        raise _unreadable(path, exc) from None
    try:
        sheets = _xls_sheets(data)
        if sheets is None:  # encrypted: the reader asks for the password itself
            return {}
        return {name: _xls_sheet(data, offset, name) for name, offset in sheets}
    except (struct.error, IndexError, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from None


def _records(data: bytes, pos: int) -> Iterator[tuple[int, int, int]]:
    end = len(data)
    while pos + 4 <= end:
        kind, size = struct.unpack_from("<HH", data, pos)
        yield kind, pos + 4, size
        pos += 4 + size


def _xls_sheets(data: bytes) -> list[tuple[str, int]] | None:
    sheets: list[tuple[str, int]] = []
    for kind, body, size in _records(data, 0):
        if kind == _XLS_FILEPASS:
            return None
        if kind == _XLS_BOUNDSHEET:
            offset, _visible, sheet_type, length, flags = struct.unpack_from("<IBBBB", data, body)
            if sheet_type != 0:  # chart, macro or VBA sheet
                continue
            raw = data[body + 8: body + size]
            name = raw[: 2 * length].decode("utf-16-le") if flags & 1 else raw[:length].decode("latin-1")
            sheets.append((name, offset))
        elif kind == _XLS_EOF:
            break
    return sheets


_HH = struct.Struct("<HH")


# Excel's error codes in BOOLERR and FORMULA records
_XLS_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}
_XLS_BOOLERR, _XLS_FORMULA = 0x0205, 0x0006


def _xls_error(data: bytes, kind: int, body: int, size: int) -> str | None:
    """The error value of a BOOLERR record or of a FORMULA record's cached result (None if none)."""
    if kind == _XLS_BOOLERR and size >= 8 and data[body + 7] == 1:
        return _XLS_ERRORS.get(data[body + 6], "#N/A")
    if kind == _XLS_FORMULA and size >= 14 and data[body + 12: body + 14] == b"\xff\xff" and data[body + 6] == 2:
        return _XLS_ERRORS.get(data[body + 8], "#N/A")
    return None


def _xls_sheet(data: bytes, offset: int, name: str) -> SheetExtent:
    rows: set[int] = set()
    cols: set[int] = set()
    errors: list[tuple[int, int, str]] = []
    cells = 0
    claimed = None
    unpack = _HH.unpack_from
    end = len(data)
    if offset + 4 > end:
        return SheetExtent(name)
    pos = offset + 4 + unpack(data, offset)[1]  # past the sheet's BOF
    while pos + 4 <= end:
        kind, size = unpack(data, pos)
        body = pos + 4
        pos = body + size
        if kind in _XLS_ONE_CELL:
            if size >= 4:
                row, col = unpack(data, body)
                rows.add(row)
                cols.add(col)
                cells += 1
                if kind in (_XLS_BOOLERR, _XLS_FORMULA) and len(errors) < 100_000:
                    error = _xls_error(data, kind, body, size)
                    if error:
                        errors.append((row, col, error))
        elif kind == _XLS_EOF:
            break
        elif kind == _XLS_MULRK and size >= 6:
            row, c0 = unpack(data, body)
            (c1,) = struct.unpack_from("<H", data, body + size - 2)
            if c1 >= c0:
                rows.add(row)
                cols.update((c0, c1))
                cells += c1 - c0 + 1
        elif kind == _XLS_DIMENSIONS and size >= 14:
            r0, r1, c0, c1 = struct.unpack_from("<IIHH", data, body)
            if r1 > r0 and c1 > c0:
                claimed = f"{cell_name(r0, c0)}:{cell_name(r1 - 1, c1 - 1)}"
    if not cells:
        return SheetExtent(name, claimed=claimed)
    return SheetExtent(name, cells, min(rows), min(cols), max(rows), max(cols), claimed, errors=tuple(errors))
