""".xls files that are not Excel 97–2003 workbooks but what web systems download under that name
(专利管理系统, 科研管理系统, CNIPA 专利业务办理系统 …), which Excel and WPS open without complaint:

- an HTML page with a table (Excel's "网页" format; the commonest "导出 Excel" of web systems),
- an XML Spreadsheet 2003 (``<?mso-application progid="Excel.Sheet"?>``, Excel's "XML 电子表格 2003"),
- tab- or comma-separated text (read by the CSV reader),
- a web archive (.mht, MIME): not read; the message says what it is and to 另存为 .xlsx.

:func:`sniff` tells them apart from the first bytes; :func:`read_html` and :func:`read_xml_spreadsheet`
turn them into rows. Parsing is safe: lxml without network access, without DTD loading or entity
expansion (a DOCTYPE or ENTITY declaration in an XML file is refused as in .xlsx parts), with the
hostile-file limits of the other readers (file size, cell count).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

MAX_WEB_FILE_BYTES = 64 * 1024 * 1024        # an HTML/XML table of a web system is far smaller
SNIFF_BYTES = 64 * 1024

_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*\?>", re.I)
_SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
_HTML_START = re.compile(rb"<\s*(?:html|table|body|head|meta)\b", re.I)


def _head_text(data: bytes) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(data) - 4:   # cut inside a character at the end of the sample
            return data[:exc.start].decode("utf-8")
        return data.decode("gb18030", errors="replace")


def sniff(path: Path) -> str | None:
    """What a file that is neither a zip nor a compound document really is: "html", "xmlss", "mht",
    "text" (tab/comma separated) or None (not a table)."""
    with open(path, "rb") as fh:
        data = fh.read(SNIFF_BYTES)
    text = _head_text(data).lstrip("\ufeff \t\r\n")
    head = text[:4096].lower()
    if head.startswith("mime-version") or "multipart/related" in head[:1024]:
        return "mht"
    if head.startswith("<?xml") or head.startswith("<workbook"):
        if _SPREADSHEET_NS in head or "progid=\"excel.sheet\"" in head or "<workbook" in head:
            return "xmlss"
        return "html" if "<html" in head or "<table" in head else None
    if _HTML_START.search(data[:SNIFF_BYTES]) and ("<table" in text.lower() or "<html" in head):
        return "html"
    if "\x00" in text:
        return None
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first or "," in first or "，" not in first and ";" in first:
        return "text"
    return None


class WebExportError(ValueError):
    """The file cannot be read as a table (message in Chinese, without the file name)."""


def _check_size(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_WEB_FILE_BYTES:
        raise WebExportError(f"网页/XML 格式的表格过大（{size // (1024 * 1024)} MB，上限 {MAX_WEB_FILE_BYTES // (1024 * 1024)} MB）；"
                             "请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入")
    return path.read_bytes()


def _cell_limit() -> int:
    from ..sheet_size import MAX_AREA_CELLS

    return MAX_AREA_CELLS


class _Grid:
    """Rows of one table with spans laid out as Excel lays out merged cells: a cell spanning columns
    has its value in its first column and blanks after it; a cell spanning rows is the value of every
    row it spans (as the importer reads a cell merged down over a group of rows). The cell count is
    checked as rows come."""

    def __init__(self, name: str, limit: int) -> None:
        self.name, self.limit = name, limit
        self.rows: list[list[Any]] = []
        self.cells = 0
        self._below: dict[int, tuple[int, Any]] = {}   # column → (rows still covered, value)

    def _covered(self, row: list[Any], col: int) -> int:
        while col in self._below:
            row.append(self._below[col][1])
            col += 1
        return col

    def add_row(self, cells: list[tuple[Any, int, int]]) -> None:
        row: list[Any] = []
        col = 0
        spans: dict[int, tuple[int, Any]] = {}
        for value, colspan, rowspan in cells:
            col = self._covered(row, col)
            row.append(value)
            row.extend([""] * (colspan - 1))
            if rowspan > 1:
                for c in range(col, col + colspan):
                    spans[c] = (rowspan - 1, value if c == col else "")
            col += colspan
        self._covered(row, col)
        self._below = {c: (n - 1, v) for c, (n, v) in self._below.items() if n > 1} | spans
        self.cells += max(len(row), 1)
        if self.cells > self.limit:
            raise WebExportError(f"表格“{self.name}”超过 {self.limit:,} 个单元格，疑似恶意文件，已拒绝")
        self.rows.append(row)


def _span(value: str | None) -> int:
    try:
        n = int(str(value).strip()) if value is not None else 1
    except ValueError:
        return 1
    return min(max(n, 1), 1000)


def read_html(path: Path) -> dict[str, list[list[Any]]]:
    """The tables of an HTML page, one sheet each ("表1", "表2" …; a single table takes the page
    title when it has one). Tables that only lay out the page (one row or one column) are left out;
    a table inside a table is read as its own."""
    from lxml import etree, html

    data = _check_size(path)
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False,
                             default_doctype=False, encoding=_html_encoding(data))
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise WebExportError(f"网页格式的表格无法解析（{exc}）；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入") from None
    limit = _cell_limit()
    sheets: dict[str, list[list[Any]]] = {}
    total = 0
    for table in root.iter("table"):
        grid = _Grid(f"表{len(sheets) + 1}", limit - total)
        for tr in _own_rows(table):
            cells = [(_cell_text(td), _span(td.get("colspan")), _span(td.get("rowspan")))
                     for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
            grid.add_row(cells)
        total += grid.cells
        if len(grid.rows) >= 2 and max(len(r) for r in grid.rows) >= 2:
            sheets[grid.name] = grid.rows
    if not sheets:
        raise WebExportError("是网页文件，但其中没有数据表格；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入")
    return sheets


def _html_encoding(data: bytes) -> str:
    head = data[:4096]
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", head, re.I)
    if m:
        name = m.group(1).decode("ascii").lower()
        if name in ("gb2312", "gbk", "gb18030", "x-gbk"):
            return "gb18030"
        return name
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def _own_rows(table: Any) -> list[Any]:
    rows = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(tr for tr in child if isinstance(tr.tag, str) and tr.tag.lower() == "tr")
    return rows


def _cell_text(td: Any) -> str:
    """A cell's text; a line break (<br>) stays a line break, runs of spaces are one space."""
    for br in td.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(re.sub(r"[ \t\r\n\u00a0]+", " ", line).strip() for line in td.text_content().split("\n")).strip()


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def read_xml_spreadsheet(path: Path) -> dict[str, list[list[Any]]]:
    """The worksheets of an XML Spreadsheet 2003: each Worksheet's Table, cells placed by ss:Index
    and ss:MergeAcross, numbers as numbers, dates as datetimes."""
    from lxml import etree

    data = _check_size(path)
    prolog = data[:SNIFF_BYTES].upper()
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise WebExportError("含有 XML 实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise WebExportError(f"XML 电子表格已损坏（{exc}）；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入") from None
    limit = _cell_limit()
    sheets: dict[str, list[list[Any]]] = {}
    total = 0
    for n, ws in enumerate(root.iter(f"{_SS}Worksheet"), 1):
        name = ws.get(f"{_SS}Name") or f"Sheet{n}"
        rows: list[list[Any]] = []
        table = ws.find(f"{_SS}Table")
        for row in table.iter(f"{_SS}Row") if table is not None else ():
            index = row.get(f"{_SS}Index")
            if index is not None:
                target = _span(index) - 1
                rows.extend([] for _ in range(max(0, target - len(rows))))
            values: list[Any] = []
            for cell in row.iter(f"{_SS}Cell"):
                at = cell.get(f"{_SS}Index")
                if at is not None:
                    values.extend([""] * max(0, _span(at) - 1 - len(values)))
                values.append(_xml_value(cell.find(f"{_SS}Data")))
                across = cell.get(f"{_SS}MergeAcross")
                if across is not None:
                    values.extend([""] * (_span(across) if across.strip() not in ("", "0") else 0))
            total += max(len(values), 1)
            if total > limit:
                raise WebExportError(f"工作表“{name}”超过 {limit:,} 个单元格，疑似恶意文件，已拒绝")
            rows.append(values)
        sheets[name] = rows
    if not sheets:
        raise WebExportError("是 XML 文件，但不是 Excel 的 XML 电子表格（没有工作表）；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入")
    return sheets


def _xml_value(data: Any) -> Any:
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type", "String")
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.rstrip("Z")[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text
