"""The far cells of an .ods sheet read apart (:mod:`.sheet_scan_stray` does it for .xlsx) — Qt-free.

An .ods sheet has no cell references: a cell's place is the count of the cells and rows before it,
``number-columns-repeated`` and ``number-rows-repeated`` included. One streaming pass over
content.xml counts the cells of each row and column of the sheets to trim (the table is found as
for .xlsx); a second pass writes content.xml again with every non-empty cell outside the table
replaced by an empty cell of the same width, so every other cell keeps its place. Only the usual
form is trimmed (prefixes ``table:`` and ``office:`` declared once on the root, no sub-tables,
the form :func:`~.sheet_scan._measure_ods_tokens` scans).
"""

from __future__ import annotations

import html
import re
import zipfile
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from .sheet_scan import _ODS_NAME, _ODS_TOKEN, _chunks, _ods_repeat, _OdsScan, _Unusual, cell_name
from .sheet_scan_stray import (
    COL_GAP,
    MAX_COLS,
    MAX_ROWS,
    MAX_STRAY_CELLS,
    MAX_VALUE_CHARS,
    ROW_GAP,
    NotTrimmable,
    TableBox,
    Trimmed,
    _block,
    copy_member,
    new_copy,
    open_copy,
    trimmed_copy,
)

_CELL_END = re.compile(rb"</table:(?:covered-)?table-cell>")
_TAG = re.compile(rb"<[^>]*>")
_PARAGRAPH_END = re.compile(rb"</text:p>")
_VALUE_ATTR = {b"float": b"office:value", b"percentage": b"office:value", b"currency": b"office:value",
               b"date": b"office:date-value", b"time": b"office:time-value", b"boolean": b"office:boolean-value"}
_VALUE_TYPE = re.compile(rb'office:value-type="([^"]*)"')


def _filled(attrs: bytes) -> bool:
    return attrs[-1:] != b"/" or b"office:value-type" in attrs


class _Walk:
    """Positions while walking the tokens of content.xml: the sheet, its row and column."""

    def __init__(self) -> None:
        self.sheet: str | None = None
        self.row = self.col = 0
        self.row_times = 1
        self.scan = _OdsScan()  # only its check of the usual form

    def table(self, attrs: bytes, end: bytes) -> None:
        if end:
            if self.sheet is None:
                raise NotTrimmable
            self.sheet = None
            return
        if self.sheet is not None:  # a table inside a table
            raise NotTrimmable
        found = _ODS_NAME.search(attrs)
        self.sheet = html.unescape(found.group(1).decode("utf-8", "replace")) if found else ""
        self.row = 0
        if attrs[-1:] == b"/":
            self.sheet = None

    def table_row(self, attrs: bytes, end: bytes) -> None:
        if end:
            self.row += self.row_times
            return
        times = _ods_repeat(attrs) if b"repeated" in attrs else 1
        if attrs[-1:] == b"/":
            self.row += times
        else:
            self.col, self.row_times = 0, times


def _tokens(fh: IO[bytes], walk: _Walk) -> Iterator[tuple[bytes, re.Match[bytes]]]:
    """(piece, token) for each token of content.xml, the positions in ``walk`` updated for rows
    and tables (a cell's own position is ``walk.col`` while it is yielded)."""
    for chunk in _chunks(fh):
        try:
            walk.scan.check(chunk)
        except _Unusual:
            raise NotTrimmable from None
        for token in _ODS_TOKEN.finditer(chunk):
            yield chunk, token


def _histograms(zf: zipfile.ZipFile, sheets: set[str]) -> dict[str, TableBox]:
    counts: dict[str, tuple[array[int], array[int]]] = {}
    walk = _Walk()
    with zf.open("content.xml") as fh:
        for _, token in _tokens(fh, walk):
            tag, attrs, end = token.groups()
            if tag in (b"table-cell", b"covered-table-cell"):
                times = _ods_repeat(attrs) if b"repeated" in attrs else 1
                if walk.sheet in sheets and _filled(attrs):
                    if walk.sheet not in counts:
                        counts[walk.sheet] = (array("i", [0]) * MAX_ROWS, array("i", [0]) * MAX_COLS)
                    rows, cols = counts[walk.sheet]
                    if walk.row + walk.row_times > MAX_ROWS or walk.col + times > MAX_COLS:
                        raise NotTrimmable
                    for r in range(walk.row, walk.row + walk.row_times):
                        rows[r] += times
                    for c in range(walk.col, walk.col + times):
                        cols[c] += walk.row_times
                walk.col += times
            elif tag == b"table-row" or end == b"table-row":
                walk.table_row(attrs, end)
            else:
                walk.table(attrs, end)
    boxes = {}
    for sheet, (rows, cols) in counts.items():
        first_row, last_row = _block(rows, ROW_GAP)
        first_col, last_col = _block(cols, COL_GAP)
        boxes[sheet] = TableBox(first_row, last_row, first_col, last_col)
    return boxes


def _cell_value(attrs: bytes, inner: bytes) -> str:
    kind = _VALUE_TYPE.search(attrs)
    attr = _VALUE_ATTR.get(kind.group(1)) if kind else None
    if attr is not None:
        found = re.search(attr + rb'="([^"]*)"', attrs)
        if found:
            return html.unescape(found.group(1).decode("utf-8", "replace"))[:MAX_VALUE_CHARS]
    text = _TAG.sub(b"", _PARAGRAPH_END.sub(b"\n", inner)).strip()
    return html.unescape(text.decode("utf-8", "replace"))[:MAX_VALUE_CHARS]


def _far_name(row: int, col: int, rows: int, cols: int) -> str:
    first = cell_name(row, col)
    return first if rows == cols == 1 else f"{first}:{cell_name(row + rows - 1, col + cols - 1)}"


def _rewrite(zf: zipfile.ZipFile, target: IO[bytes], boxes: dict[str, TableBox],
             stray: dict[str, list[tuple[str, str]]]) -> None:
    """content.xml again, each non-empty cell outside its sheet's table an empty cell of its width."""
    walk = _Walk()
    count = 0
    with zf.open("content.xml") as fh:
        carry = b""
        for chunk in _chunks(fh):
            try:
                walk.scan.check(chunk)
            except _Unusual:
                raise NotTrimmable from None
            buffer = carry + chunk
            carry = b""
            written = 0
            for token in _ODS_TOKEN.finditer(buffer):
                tag, attrs, end = token.groups()
                if tag not in (b"table-cell", b"covered-table-cell"):
                    if tag == b"table-row" or end == b"table-row":
                        walk.table_row(attrs, end)
                    else:
                        walk.table(attrs, end)
                    continue
                times = _ods_repeat(attrs) if b"repeated" in attrs else 1
                box = boxes.get(walk.sheet or "") if walk.sheet is not None else None
                if box is not None and _filled(attrs) and _outside(box, walk.row, walk.col, walk.row_times, times):
                    inner = b""
                    stop = token.end()
                    if attrs[-1:] != b"/":
                        close = _CELL_END.search(buffer, token.end())
                        if close is None:  # the cell goes on in the next piece: take it up there
                            carry = buffer[token.start():]
                            break
                        inner, stop = buffer[token.end():close.start()], close.end()
                    count += walk.row_times * times
                    if count > MAX_STRAY_CELLS:
                        raise NotTrimmable
                    target.write(buffer[written:token.start()])
                    repeat = f' table:number-columns-repeated="{times}"'.encode() if times > 1 else b""
                    target.write(b"<table:table-cell" + repeat + b"/>")
                    written = stop
                    stray.setdefault(walk.sheet or "", []).append(
                        (_far_name(walk.row, walk.col, walk.row_times, times), _cell_value(attrs, inner)))
                walk.col += times
            else:
                target.write(buffer[written:])
                continue
            target.write(buffer[written:len(buffer) - len(carry)])
        if carry:
            raise NotTrimmable


def _outside(box: TableBox, row: int, col: int, rows: int, cols: int) -> bool:
    """Whether a run of repeated cells lies wholly outside the table (wholly inside: False); a run
    across the table's edge cannot be cut without touching the table, so the sheet is not trimmed."""
    last_row, last_col = row + rows - 1, col + cols - 1
    inside = box.first_row <= row and last_row <= box.last_row and box.first_col <= col and last_col <= box.last_col
    apart = last_row < box.first_row or row > box.last_row or last_col < box.first_col or col > box.last_col
    if not inside and not apart:
        raise NotTrimmable
    return apart


def trim_ods(path: Path, sheets: set[str], fits: Callable[[TableBox], bool]) -> Trimmed | None:
    """A copy of the .ods at ``path`` whose ``sheets`` keep only their table (see :func:`.trim_workbook`)."""

    def fill(zf: zipfile.ZipFile, trimmed: Trimmed) -> None:
        boxes = _histograms(zf, sheets)
        if set(boxes) != sheets or not all(fits(box) for box in boxes.values()):
            raise NotTrimmable
        with new_copy(trimmed.path) as out:
            for info in zf.infolist():
                if info.filename != "content.xml":
                    copy_member(zf, info, out)
                    continue
                with open_copy(out, info) as target:
                    _rewrite(zf, target, boxes, trimmed.stray)
        trimmed.stray = {sheet: [(c, v) for c, v in cells if v.strip()] for sheet, cells in trimmed.stray.items()}
    return trimmed_copy(path, fill)

