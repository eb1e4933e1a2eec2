"""An .xlsb sheet whose table is small but for a few cells far away — read without them — Qt-free.

The .xlsb form of :mod:`.sheet_scan_stray`: the table is found by the same rule (:func:`~.sheet_scan_stray._block`
over the cells each row and each column holds, counted from the sheet's records as
:mod:`.sheet_scan_xlsb` measures them), and the copy of the workbook keeps every record of the
sheet but the value cells outside the table, re-encoded record by record (MS-XLSB 2.1.4). The far
cells come back with their values (strings from the shared-string table, numbers, booleans) for
the import report.
"""

from __future__ import annotations

import math
import struct
import zipfile
from array import array
from collections.abc import Callable
from pathlib import Path

from .sheet_scan import cell_name
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
from .sheet_scan_xlsb import _CELL_TYPES, _END_SHEET_DATA, _ROW_HEADER, _Damaged, _iter_records, _wide_string

_SHARED_STRINGS = "xl/sharedStrings.bin"
_SST_ITEM = 0x13
_RK, _ERROR, _BOOL, _REAL, _ST, _ISST, _FMLA_STRING, _FMLA_NUM, _FMLA_BOOL = 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A


def record_bytes(typ: int, payload: bytes) -> bytes:
    """A record as written in the file: its type and size, 7 bits a byte, then the payload."""
    head = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
    size, n = bytearray(), len(payload)
    while True:
        n, low = n >> 7, n & 0x7F
        size.append(low | (0x80 if n else 0))
        if not n:
            return head + bytes(size) + payload


def _cells(zf: zipfile.ZipFile, member: str) -> tuple[array[int], array[int]]:
    """The value cells each row and each column holds."""
    rows = array("i", [0]) * MAX_ROWS
    cols = array("i", [0]) * MAX_COLS
    row = 0
    with zf.open(member) as fh:
        for typ, payload in _iter_records(fh):
            if typ in _CELL_TYPES and len(payload) >= 4:
                (col,) = struct.unpack_from("<I", payload)
                if col >= MAX_COLS:
                    raise NotTrimmable
                rows[row] += 1
                cols[col] += 1
            elif typ == _ROW_HEADER and len(payload) >= 4:
                (row,) = struct.unpack_from("<I", payload)
                if row >= MAX_ROWS:
                    raise NotTrimmable
            elif typ == _END_SHEET_DATA:
                break
    return rows, cols


def table_box(zf: zipfile.ZipFile, member: str) -> TableBox:
    rows, cols = _cells(zf, member)
    first_row, last_row = _block(rows, ROW_GAP)
    first_col, last_col = _block(cols, COL_GAP)
    if first_row < 0 or first_col < 0:
        raise NotTrimmable
    return TableBox(first_row, last_row, first_col, last_col)


def _write_trimmed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, box: TableBox, out: zipfile.ZipFile,
                   far: list[tuple[str, int, bytes]]) -> None:
    row = 0
    ended = False
    with zf.open(info) as fh, open_copy(out, info) as target:
        for typ, payload in _iter_records(fh):
            if not ended and typ in _CELL_TYPES and len(payload) >= 4:
                (col,) = struct.unpack_from("<I", payload)
                if not box.holds(row, col):
                    far.append((cell_name(row, col), typ, payload))
                    if len(far) > MAX_STRAY_CELLS:
                        raise NotTrimmable
                    continue
            elif typ == _ROW_HEADER and len(payload) >= 4:
                (row,) = struct.unpack_from("<I", payload)
            elif typ == _END_SHEET_DATA:
                ended = True
            target.write(record_bytes(typ, payload))


def _rk(value: int) -> float:
    number = float(value >> 2) if value & 2 else struct.unpack("<d", struct.pack("<Q", (value & 0xFFFF_FFFC) << 32))[0]
    return number / 100 if value & 1 else number


def _number_text(number: float) -> str:
    return str(int(number)) if math.isfinite(number) and number.is_integer() else str(number)


def _value_text(typ: int, payload: bytes, strings: list[str]) -> str:
    """A far cell's value as text for the report (a string, a number, TRUE/FALSE; "" for others)."""
    body = 8  # column (4 bytes), style (3 bytes) and flags (1 byte)
    try:
        if typ in (_ST, _FMLA_STRING):
            return _wide_string(payload, body)[0][:MAX_VALUE_CHARS]
        if typ == _ISST:
            (index,) = struct.unpack_from("<I", payload, body)
            return strings[index][:MAX_VALUE_CHARS] if index < len(strings) else ""
        if typ in (_REAL, _FMLA_NUM):
            return _number_text(struct.unpack_from("<d", payload, body)[0])
        if typ == _RK:
            return _number_text(_rk(struct.unpack_from("<I", payload, body)[0]))
        if typ in (_BOOL, _FMLA_BOOL):
            return "TRUE" if payload[body] else "FALSE"
    except (struct.error, IndexError, _Damaged):
        return ""
    return ""


def _shared_strings(zf: zipfile.ZipFile) -> list[str]:
    if _SHARED_STRINGS not in zf.namelist():
        return []
    strings = []
    with zf.open(_SHARED_STRINGS) as fh:
        for typ, payload in _iter_records(fh):
            if typ == _SST_ITEM and len(payload) >= 5:
                strings.append(_wide_string(payload, 1)[0][:MAX_VALUE_CHARS])  # a flags byte, then the text
    return strings


def trim_xlsb(path: Path, members: dict[str, str], fits: Callable[[TableBox], bool]) -> Trimmed | None:
    """A copy of the .xlsb at ``path`` whose sheets named in ``members`` (sheet → zip member) keep only
    their table, when each sheet's table ``fits`` and its far cells are few; None otherwise (the size
    guard then refuses the sheet as before)."""

    def fill(zf: zipfile.ZipFile, trimmed: Trimmed) -> None:
        try:
            boxes = {}
            for sheet, member in members.items():
                boxes[member] = (sheet, table_box(zf, member))
                if not fits(boxes[member][1]):
                    raise NotTrimmable
            far: dict[str, list[tuple[str, int, bytes]]] = {}
            with new_copy(trimmed.path) as out:
                for info in zf.infolist():
                    if info.filename in boxes:
                        sheet, box = boxes[info.filename]
                        _write_trimmed(zf, info, box, out, far.setdefault(sheet, []))
                    else:
                        copy_member(zf, info, out)
            strings = _shared_strings(zf) if any(typ == _ISST for cells in far.values() for _, typ, _ in cells) else []
        except (_Damaged, struct.error):
            raise NotTrimmable from None
        for sheet, cells in far.items():
            values = [(cell, _value_text(typ, payload, strings)) for cell, typ, payload in cells]
            trimmed.stray[sheet] = [(cell, v) for cell, v in values if v.strip()]
    return trimmed_copy(path, fill)
