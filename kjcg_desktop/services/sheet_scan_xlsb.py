"""The extent of each sheet of an .xlsb (Excel binary workbook), streamed from its records — Qt-free.

An .xlsb is a zip like an .xlsx, but its parts are records of the binary format (MS-XLSB 2.1.4):
a record type (1–2 bytes, 7 bits each), a size (1–4 bytes, 7 bits each) and the payload.
``xl/workbook.bin`` names the sheets (BrtBundleSh: visibility, tab id, relationship id, name), the
relationships in ``xl/_rels/workbook.bin.rels`` give their parts, and a sheet part holds a
BrtRowHdr (row number, the payload's first 4 bytes) before the cells of each row, each cell record
starting with its column (4 bytes). python-calamine builds a sheet's whole grid over the bounding
box of these cells, as for .xlsx (:mod:`.sheet_size`), so the box is measured here first, by the
same rules: a value cell counts (a blank formatted cell, BrtCellBlank, does not, as calamine skips
it), and reading stops where calamine's does (BrtEndSheetData, or a row number beyond Excel's).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import unquote

from .sheet_scan import _PKG_REL_NS, CHUNK_BYTES, SheetExtent, SheetSizeError, _Box, _parse_small

# value cell records calamine reads (BrtCellRk … BrtFmlaError); 0x01 is BrtCellBlank
_CELL_TYPES = frozenset(range(0x02, 0x0C))
_ROW_HEADER = 0x00
_END_SHEET_DATA = 0x92
_BUNDLE_SHEET = 0x9C
_END_BUNDLE_SHEETS = 0x90
MAX_ROW = 0x10_0000               # calamine stops reading a sheet at a row number beyond this
MAX_RECORD_BYTES = 16 << 20       # the longest real record (a 32,767-character string) is ~64 KB
WORKBOOK_PART = "xl/workbook.bin"
_RELS_PART = "xl/_rels/workbook.bin.rels"


class _Damaged(Exception):
    pass


def _iter_records(fh: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(type, payload) of each record, read in :data:`CHUNK_BYTES` pieces."""
    buffer = b""
    pos = 0
    eof = False
    while True:
        if len(buffer) - pos < 8 and not eof:  # the longest header is 6 bytes
            more = fh.read(CHUNK_BYTES)
            eof = not more
            buffer = buffer[pos:] + more
            pos = 0
        if pos >= len(buffer):
            return
        b = buffer[pos]
        pos += 1
        typ = b & 0x7F
        if b & 0x80:
            if pos >= len(buffer):
                raise _Damaged("record type cut short")
            typ += (buffer[pos] & 0x7F) << 7
            pos += 1
        size = 0
        for i in range(4):
            if pos >= len(buffer):
                raise _Damaged("record size cut short")
            b = buffer[pos]
            pos += 1
            size += (b & 0x7F) << (7 * i)
            if not b & 0x80:
                break
        if size > MAX_RECORD_BYTES:
            raise _Damaged(f"record of {size} bytes")
        while len(buffer) - pos < size and not eof:
            more = fh.read(max(CHUNK_BYTES, size))
            eof = not more
            buffer = buffer[pos:] + more
            pos = 0
        if len(buffer) - pos < size:
            raise _Damaged("record cut short")
        yield typ, buffer[pos:pos + size]
        pos += size


def _wide_string(payload: bytes, at: int) -> tuple[str, int]:
    """An XLWideString at ``at`` (4-byte length in characters, UTF-16LE): (text, the offset after it)."""
    (count,) = struct.unpack_from("<I", payload, at)
    if count == 0xFFFF_FFFF:
        return "", at + 4
    end = at + 4 + 2 * count
    if end > len(payload):
        raise _Damaged("string longer than its record")
    return payload[at + 4:end].decode("utf-16-le", "replace"), end


def _sheets(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name, part) of each sheet in workbook order."""
    targets: dict[str, str] = {}
    if _RELS_PART in zf.namelist():
        for rel in _parse_small(zf, _RELS_PART).iter(f"{{{_PKG_REL_NS}}}Relationship"):
            target = unquote(rel.get("Target", ""))
            targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    sheets = []
    with zf.open(WORKBOOK_PART) as fh:
        for typ, payload in _iter_records(fh):
            if typ == _BUNDLE_SHEET and len(payload) >= 12:
                rel_id, after = _wide_string(payload, 8)
                name, _ = _wide_string(payload, after)
                sheets.append((name, targets.get(rel_id, "")))
            elif typ == _END_BUNDLE_SHEETS:
                break
    return sheets


def _measure_sheet(zf: zipfile.ZipFile, member: str, name: str) -> SheetExtent:
    box = _Box()
    row = 0
    first = last = -1
    count = 0
    with zf.open(member) as fh:
        for typ, payload in _iter_records(fh):
            if typ in _CELL_TYPES and len(payload) >= 4:
                (col,) = struct.unpack_from("<I", payload)
                if count == 0 or col < first:
                    first = col
                if col > last:
                    last = col
                count += 1
            elif typ == _ROW_HEADER and len(payload) >= 4:
                if count:
                    box.add(row, row, first, last, count)
                    count, first, last = 0, -1, -1
                (row,) = struct.unpack_from("<I", payload)
                if row > MAX_ROW:
                    break
            elif typ == _END_SHEET_DATA:
                break
    if count:
        box.add(row, row, first, last, count)
    return box.extent(name)


def measure_xlsb(path: Path, zf: zipfile.ZipFile) -> dict[str, SheetExtent]:
    """Each sheet's extent by name; :class:`SheetSizeError` when the records cannot be read."""
    from lxml import etree

    try:
        names = set(zf.namelist())
        return {name: _measure_sheet(zf, member, name) for name, member in _sheets(zf) if member in names}
    except (_Damaged, struct.error, etree.XMLSyntaxError):
        raise SheetSizeError(f"无法读取 .xlsb 工作簿“{path.name}”的结构，文件可能已损坏或不完整；"
                             "请在 Excel 中打开后另存为 .xlsx 再导入") from None
