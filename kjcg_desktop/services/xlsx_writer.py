"""The one writer of every workbook the application produces (ledger, finance, annual report,
import problem lists) — Qt-free, on XlsxWriter.

What a cell may hold is decided here and nowhere else:

- **No text becomes a formula, a link or a number.** The workbook is created with XlsxWriter's
  ``strings_to_formulas``, ``strings_to_urls`` and ``strings_to_numbers`` off, so ``=HYPERLINK(…)``,
  ``+1``, ``-cmd`` or ``@SUM(A1)`` from a record or a header is stored as a text cell; such text also
  gets Excel's quote prefix, so editing the cell in Excel keeps it text. Text shaped like
  XlsxWriter's own rich-string markup (``<r>…</r>``) is written as escaped text, never as markup.
- **Control characters** that no .xlsx cell may hold are handled as the importer does
  (:func:`~kjcg_desktop.services.excel_import.without_control_characters`: a vertical tab becomes
  a line break, the others are dropped).
- **Over-long text**: a cell holds at most 32,767 characters (UTF-16 units). Longer text is cut
  with a visible marker saying how long the full text is, and every cut is listed in
  :attr:`Workbook.truncated` so the caller reports it; nothing is cut silently.
- Infinite or NaN numbers are written as their text (``inf``), as the importer reads them.

The file is written beside the target as ``*.part`` and moved into place when complete, so an
interrupted export never leaves half a workbook under the real name.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import unescape as xml_unescape

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from .. import domain as d

# The options that keep text text (REFERENCE.md: by default XlsxWriter turns "=…" into a formula).
SAFE_OPTIONS: dict[str, Any] = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
FORMULA_STARTS = ("=", "+", "-", "@")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
CELL_LIMIT = 32_767  # UTF-16 code units, Excel's limit for one cell
_HALF_LIMIT = CELL_LIMIT // 2  # text this short cannot exceed the limit, whatever its characters
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"
HEADER = {"bold": True, "bg_color": "#DDEBF7", "valign": "vcenter", "text_wrap": True}


def truncation_marker(length: int) -> str:
    """The visible end of a cut cell, naming the full length."""
    return f"……【超出 Excel 单元格上限 {CELL_LIMIT:,} 字符，已截断；全文 {length:,} 字符保存在本系统中】"


@dataclass(frozen=True)
class Truncation:
    """One cell whose text was cut to fit Excel (sheet, cell reference, column header, full length)."""

    sheet: str
    cell: str
    column: str
    length: int

    def message(self) -> str:
        where = f"【{self.column}】" if self.column else ""
        return (f"工作表“{self.sheet}”单元格 {self.cell}{where}的文字有 {self.length:,} 字符，超出 Excel 单元格上限 "
                f"{CELL_LIMIT:,} 字符，已截断并在单元格末尾注明；全文仍保存在本系统中")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str) -> str:
    """``text`` cut so that it and the marker fit in one cell."""
    marker = truncation_marker(_utf16_len(text))
    room = CELL_LIMIT - _utf16_len(marker)
    head = text[:room]
    while _utf16_len(head) > room:  # characters outside the BMP take two units
        head = head[: len(head) - max(1, (_utf16_len(head) - room) // 2)]
    return head + marker


class Workbook:
    """A formula-safe XlsxWriter workbook written to ``path`` (via ``path.part``).

    ``constant_memory`` streams each row to disk as it is finished (the big ledger export); rows of
    a sheet must then be written in order, which :class:`Sheet` does."""

    def __init__(self, path: Path | str, *, constant_memory: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(self.path.name + ".part")
        self.book = xlsxwriter.Workbook(str(self._tmp), {**SAFE_OPTIONS, "constant_memory": constant_memory,
                                                         "default_date_format": DATE_FORMAT})
        self.constant_memory = constant_memory
        self.truncated: list[Truncation] = []
        self._formats: dict[tuple[Any, ...], Format] = {}
        self._props: dict[int, dict[str, Any]] = {}
        self.quoted = self.format()  # the quote prefix alone

    def format(self, props: dict[str, Any] | None = None, *, quote: bool = False) -> Format:
        """One shared Format per set of properties (optionally with the quote prefix)."""
        props = dict(props or {})
        if quote:
            props["quote_prefix"] = True
        key = tuple(sorted(props.items()))
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = self.book.add_format(props)
            self._props[id(fmt)] = props
        return fmt

    def quoted_format(self, fmt: Format | None) -> Format:
        """``fmt`` plus the quote prefix (for text that Excel would otherwise read as a formula)."""
        if fmt is None:
            return self.format(quote=True)
        return self.format(self._props.get(id(fmt), {}), quote=True)

    def sheet(self, title: str, headers: Sequence[Any] = (), widths: Sequence[float] = (), *,
              header_format: dict[str, Any] | None = HEADER, freeze: bool = True, autofilter: bool = True,
              column_formats: dict[int, dict[str, Any]] | None = None) -> Sheet:
        """A new sheet with its column widths and (if ``headers``) a styled header row, frozen and
        filtered."""
        return Sheet(self, title, headers, widths, header_format, freeze and bool(headers), autofilter and bool(headers),
                     column_formats or {})

    def close(self) -> None:
        """Write the file and move it into place; a Chinese message if it cannot be written."""
        try:
            self.book.close()
            self._tmp.replace(self.path)
        except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
            self._tmp.unlink(missing_ok=True)
            cause = exc.__context__ if isinstance(exc, xlsxwriter.exceptions.FileCreateError) else exc
            reason = getattr(cause, "strerror", None) or cause or exc
            raise d.DomainError(f"无法写入“{self.path}”：{reason}（文件可能正被 Excel 打开）") from None

    def discard(self) -> None:
        """Give up the workbook (after an error): nothing is left on disk."""
        with contextlib.suppress(Exception):  # the partial file is removed either way
            self.book.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()


class Sheet:
    """Rows appended in order; every cell goes through :meth:`write`'s rules."""

    def __init__(self, wb: Workbook, title: str, headers: Sequence[Any], widths: Sequence[float],
                 header_format: dict[str, Any] | None, freeze: bool, autofilter: bool,
                 column_formats: dict[int, dict[str, Any]]) -> None:
        self.wb = wb
        self.title = title
        self.ws = wb.book.add_worksheet(title)
        self.headers = [str(h) if h is not None else "" for h in headers]
        self.width = max(len(self.headers), 1)
        self._autofilter = autofilter
        self.rows = 0  # rows written, header included
        self.col_formats: list[Format | None] = [None] * max(len(widths), len(self.headers), 1)
        for c, fmt in column_formats.items():
            if c >= len(self.col_formats):
                self.col_formats.extend([None] * (c + 1 - len(self.col_formats)))
            self.col_formats[c] = wb.format(fmt)
        for c, w in enumerate(widths):
            self.ws.set_column(c, c, w)
        if freeze:
            self.ws.freeze_panes(1, 0)
        # The typed writers without the A1-notation wrapper of the public ones (this is the inner
        # loop of a 100,000-row export); same arguments, the public ones where they are missing.
        ws = self.ws
        self._string = getattr(ws, "_write_string", ws.write_string)
        self._number = getattr(ws, "_write_number", ws.write_number)
        self._datetime = getattr(ws, "_write_datetime", ws.write_datetime)
        if self.headers:
            self.append(self.headers, [wb.format(header_format)] * len(self.headers) if header_format else None)

    def append(self, values: Iterable[Any], formats: Sequence[Format | None] | None = None) -> None:
        """Write one row. ``formats`` (per column) overrides the sheet's column formats."""
        r = self.rows
        fmts = self.col_formats if formats is None else formats
        nf = len(fmts)
        write_string, write_number, write_datetime = self._string, self._number, self._datetime
        first = _FORMULA_FIRST
        c = -1
        for v in values:
            c += 1
            if v is None:
                continue
            cls = v.__class__
            if cls is str:
                if v[:1] in first or len(v) > _HALF_LIMIT or not v.isprintable() or v[:3] == "<r>":
                    self.write(r, c, v, fmts[c] if c < nf else None)
                elif v:
                    write_string(r, c, v, fmts[c] if c < nf else None)
            elif cls is int or (cls is float and v - v == 0) or (cls is Decimal and v.is_finite()):  # inf - inf is nan
                write_number(r, c, v, fmts[c] if c < nf else None)
            elif cls is date or cls is datetime:
                write_datetime(r, c, v, fmts[c] if c < nf else None)
            else:
                self.write(r, c, v, fmts[c] if c < nf else None)
        self.rows = r + 1

    def write(self, row: int, col: int, value: Any, fmt: Format | None = None) -> None:
        """One cell by the rules of this module (the slow, complete path)."""
        ws = self.ws
        if value is None:
            return
        if isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
            return
        if isinstance(value, int) or (isinstance(value, (float, Decimal)) and math.isfinite(value)):
            ws.write_number(row, col, value, fmt)
            return
        if isinstance(value, (date, datetime)):
            ws.write_datetime(row, col, value, fmt)
            return
        text = value if isinstance(value, str) else str(value)
        if not text.isprintable():
            from .excel_import import without_control_characters  # here: the importer may use this module

            text = without_control_characters(text)
        if len(text) > _HALF_LIMIT and _utf16_len(text) > CELL_LIMIT:
            column = self.headers[col] if row and col < len(self.headers) else ""
            self.wb.truncated.append(Truncation(self.title, xl_rowcol_to_cell(row, col), column, _utf16_len(text)))
            text = _cut(text)
        if not text:
            return
        if text[:1] in _FORMULA_FIRST:
            fmt = self.wb.quoted_format(fmt)
        if text.startswith("<r>") and text.endswith("</r>"):
            # XlsxWriter passes text of this shape through as rich-text markup: write it escaped.
            text = _as_rich_text(text)
            if _utf16_len(text) > CELL_LIMIT:  # the escaping made it too long: cut, and say so
                original = xml_unescape(text[len(_RICH_OPEN):-len(_RICH_CLOSE)])
                last = self.wb.truncated[-1] if self.wb.truncated else None
                if last is None or (last.sheet, last.cell) != (self.title, xl_rowcol_to_cell(row, col)):
                    column = self.headers[col] if row and col < len(self.headers) else ""
                    self.wb.truncated.append(Truncation(self.title, xl_rowcol_to_cell(row, col), column,
                                                        _utf16_len(original)))
                marker = truncation_marker(self.wb.truncated[-1].length)
                if original.endswith(marker):
                    original = original[: -len(marker)]
                while _utf16_len(text) > CELL_LIMIT:  # an escaped character takes at most 5 units (&amp;)
                    original = original[: len(original) - max(1, (_utf16_len(text) - CELL_LIMIT) // 5)]
                    text = _as_rich_text(original + marker)
        ws.write_string(row, col, text, fmt)

    def finish(self) -> None:
        """The autofilter over the header and every row written."""
        if self._autofilter and self.rows:
            self.ws.autofilter(0, 0, max(self.rows - 1, 0), self.width - 1)


_RICH_OPEN, _RICH_CLOSE = '<r><t xml:space="preserve">', "</t></r>"


def _as_rich_text(text: str) -> str:
    """Plain text in the rich-string markup XlsxWriter writes through unchanged (escaped, so it
    reads back as exactly ``text``)."""
    return f"{_RICH_OPEN}{xml_escape(text)}{_RICH_CLOSE}"


def column_letter(index: int) -> str:
    """The letter of a 0-based column index."""
    return str(xl_col_to_name(index))
