"""A sheet whose table is small but for a few cells far away — read without them — Qt-free.

Real ledgers carry a stray value far from their table: something typed at XFD1048576 after
Ctrl+End, a note in column AZ of row 60,000, a cell left over from an old copy. The bounding box
python-calamine would build over such a sheet is billions of cells, so :mod:`.sheet_size` refuses
it. :func:`trim_workbook` finds the table instead and writes a copy of the workbook without the far
cells, which the reader then reads as usual; the far cells come back as (cell, value), so the
import reports them and nothing typed in the file is lost.

The table is found from how many cells each row and each column holds (one streaming pass, two
arrays of counts, so memory stays bounded by the sheet's size limits, not its content): the rows
are split where more than :data:`ROW_GAP` empty rows separate them, the columns where more than
:data:`COL_GAP` empty columns do, and the table is the block of rows and the block of columns that
hold the most cells. Everything outside is a far cell. A sheet with more than
:data:`MAX_STRAY_CELLS` far cells, or whose table is itself too large, is not trimmed (the size
guard refuses it as before: a sheet really filled with a million rows stays refused).

Only the usual .xlsx form is trimmed (every cell written ``<c r="…">``, as Excel, WPS, LibreOffice,
openpyxl and XlsxWriter write it); other forms are refused by the guard as before.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
import zipfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO

from .sheet_scan import _ATTRS, _chunks, _column_index, cell_name

MAX_STRAY_CELLS = 1_000      # far cells read apart at most (more: the sheet is not a table with strays)
ROW_GAP = 1_000              # empty rows that part a far cell from the table
COL_GAP = 100                # empty columns that do
MAX_ROWS = 1 << 20           # Excel's 1,048,576 rows
MAX_COLS = 1 << 14           # Excel's 16,384 columns
MAX_VALUE_CHARS = 1_000      # of a far cell's value, kept for the report

_CELL = re.compile(rb'<c r="([A-Za-z]{1,3})(\d{1,7})"(' + _ATTRS + rb")(?:/>|>(.*?)</c>)", re.S)
_CELL_START = re.compile(rb"<c[\s>/]")
_REF = re.compile(rb'<c r="[A-Za-z]{1,3}\d{1,7}"')
# a cell that holds something: its start tag neither self-closing nor closed at once (as sheet_size counts)
_FILLED = re.compile(rb'<c r="([A-Za-z]{1,3})(\d{1,7})"' + _ATTRS + rb">(?!\s*</c>)")
_TYPE = re.compile(rb"""\st\s*=\s*["']([^"']*)["']""")
_VALUE = re.compile(rb"<v(?:\s[^>]*)?>(.*?)</v>", re.S)
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>(.*?)</t>", re.S)
_PHONETIC = re.compile(rb"<rPh\b.*?</rPh>", re.S)
_SI = re.compile(rb"<si>(.*?)</si>|<si/>", re.S)


class NotTrimmable(Exception):
    """The sheet is not a table with a few far cells (or not in the usual form)."""


@dataclass
class Trimmed:
    """A copy of a workbook without its far cells: where it is, and the far cells by sheet."""

    path: Path
    stray: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    folder: Path | None = None

    def remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class TableBox:
    first_row: int
    last_row: int
    first_col: int
    last_col: int

    def holds(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col

    @property
    def read_cells(self) -> int:
        """Grid cells the reader builds for the table (from column A, as :mod:`.sheet_size` counts)."""
        return (self.last_row - self.first_row + 1) * (self.last_col + 1)


def _block(counts: array[int], gap: int) -> tuple[int, int]:
    """The run of indexes holding the most cells, where runs are parted by more than ``gap`` zeros."""
    best = (0, 0, 0)  # (cells, first, last)
    first = last = -1
    cells = 0
    for index, n in enumerate(counts):
        if not n:
            continue
        if first < 0 or index - last - 1 > gap:
            if cells > best[0]:
                best = (cells, first, last)
            first, cells = index, 0
        last = index
        cells += n
    if cells > best[0]:
        best = (cells, first, last)
    return best[1], best[2]


def _pieces(fh: IO[bytes]) -> Iterator[bytes]:
    """The sheet XML in pieces that end before a cell or row tag, so no cell is cut in two. Raises
    :class:`NotTrimmable` for a cell not written ``<c r="…">``."""
    carry = b""
    for chunk in _chunks(fh):
        buffer = carry + chunk
        cut = max(buffer.rfind(b"<c "), buffer.rfind(b"<row"))
        if cut <= 0:
            carry = buffer
            continue
        piece, carry = buffer[:cut], buffer[cut:]
        _check_form(piece)
        yield piece
    if carry:
        _check_form(carry)
        yield carry


def _check_form(piece: bytes) -> None:
    if len(_CELL_START.findall(piece)) != len(_REF.findall(piece)):
        raise NotTrimmable


def _split(piece: bytes) -> Iterator[tuple[bytes, re.Match[bytes] | None]]:
    """(text before the first cell, None), then per cell ("", its match) and the text after it."""
    pos = 0
    for found in _CELL.finditer(piece):
        yield piece[pos:found.start()], None
        yield b"", found
        pos = found.end()
    yield piece[pos:], None


def _filled(found: re.Match[bytes]) -> bool:
    inner = found.group(4)
    return inner is not None and inner.strip() != b""


def table_box(zf: zipfile.ZipFile, member: str) -> TableBox:
    """The table of a sheet: the block of rows and the block of columns holding the most cells."""
    rows = array("i", [0]) * MAX_ROWS  # 4 MB
    cols = array("i", [0]) * MAX_COLS
    with zf.open(member) as fh:
        for piece in _pieces(fh):
            refs = _FILLED.findall(piece)
            if not refs:
                continue
            for number, n in Counter(map(itemgetter(1), refs)).items():
                row = int(number) - 1
                if row >= MAX_ROWS:
                    raise NotTrimmable
                rows[row] += n
            for letters, n in Counter(map(itemgetter(0), refs)).items():
                col = _column_index(letters)
                if col >= MAX_COLS:
                    raise NotTrimmable
                cols[col] += n
    first_row, last_row = _block(rows, ROW_GAP)
    first_col, last_col = _block(cols, COL_GAP)
    if first_row < 0 or first_col < 0:
        raise NotTrimmable
    return TableBox(first_row, last_row, first_col, last_col)


def _all_inside(piece: bytes, box: TableBox) -> bool:
    """Whether every cell that holds something in the piece lies in the table (the usual piece)."""
    refs = _FILLED.findall(piece)
    if not refs:
        return True
    numbers = [int(r) - 1 for r in set(map(itemgetter(1), refs))]
    columns = [_column_index(c) for c in set(map(itemgetter(0), refs))]
    return (box.first_row <= min(numbers) and max(numbers) <= box.last_row
            and box.first_col <= min(columns) and max(columns) <= box.last_col)


def _shared_strings(zf: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings of the given indexes (read as a stream; only those are kept)."""
    found: dict[int, str] = {}
    if not wanted or "xl/sharedStrings.xml" not in zf.namelist():
        return found
    index = 0
    carry = b""
    with zf.open("xl/sharedStrings.xml") as fh:
        for chunk in _chunks(fh):
            buffer = carry + chunk
            cut = buffer.rfind(b"<si")
            body, carry = (buffer[:cut], buffer[cut:]) if cut > 0 else (b"", buffer)
            for si in _SI.finditer(body):
                if index in wanted:
                    found[index] = _text_of(si.group(1) or b"")
                index += 1
        for si in _SI.finditer(carry):
            if index in wanted:
                found[index] = _text_of(si.group(1) or b"")
            index += 1
    return found


def _text_of(rich: bytes) -> str:
    rich = _PHONETIC.sub(b"", rich)
    return html.unescape(b"".join(_TEXT.findall(rich)).decode("utf-8", "replace"))


def _raw_value(found: re.Match[bytes]) -> tuple[str, bytes]:
    """(type, raw text) of a cell: ``s`` with the shared-string index, ``inlineStr`` with its text…"""
    kind = _TYPE.search(found.group(3))
    inner = found.group(4) or b""
    kind_text = kind.group(1).decode("ascii", "replace") if kind else "n"
    if kind_text == "inlineStr":
        return kind_text, _text_of(inner).encode("utf-8")
    value = _VALUE.search(inner)
    return kind_text, value.group(1) if value else b""


def _write_trimmed(zf: zipfile.ZipFile, member: str, box: TableBox, out: zipfile.ZipFile,
                   stray: list[tuple[str, str, bytes]]) -> None:
    """Copy the sheet into ``out`` without the cells outside ``box``; those go to ``stray``."""
    with zf.open(member) as fh, open_copy(out, zf.getinfo(member)) as target:
        for piece in _pieces(fh):
            if _all_inside(piece, box):
                target.write(piece)
                continue
            kept = []
            for text, found in _split(piece):
                if found is None:
                    kept.append(text)
                    continue
                row, col = int(found.group(2)) - 1, _column_index(found.group(1))
                if box.holds(row, col) or not _filled(found):
                    kept.append(found.group(0))
                    continue
                if len(stray) >= MAX_STRAY_CELLS:
                    raise NotTrimmable
                kind, raw = _raw_value(found)
                stray.append((cell_name(row, col), kind, raw))
            target.write(b"".join(kept))


def _value_text(kind: str, raw: bytes, strings: dict[int, str]) -> str:
    if kind == "s":
        try:
            text = strings.get(int(raw), "")
        except ValueError:
            text = ""
    elif kind == "b":
        text = "TRUE" if raw.strip() == b"1" else "FALSE"
    else:
        text = html.unescape(raw.decode("utf-8", "replace"))
        if kind == "n" and text.endswith(".0"):
            text = text[:-2]
    return text[:MAX_VALUE_CHARS]


def open_copy(out: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
    """A member of the copy to write: stored when the original is (an .ods's mimetype must be), else
    compressed fast (the copy is read once and removed)."""
    if info.compress_type == zipfile.ZIP_STORED:
        stored = zipfile.ZipInfo(info.filename, date_time=info.date_time)
        return out.open(stored, "w", force_zip64=True)
    return out.open(info.filename, "w", force_zip64=True)


def new_copy(path: Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)


def copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: zipfile.ZipFile) -> None:
    with zf.open(info) as source, open_copy(out, info) as target:
        shutil.copyfileobj(source, target, 1 << 20)


def trimmed_copy(path: Path, fill: Callable[[zipfile.ZipFile, Trimmed], None]) -> Trimmed | None:
    """A copy of the workbook at ``path``, in a folder of its own, that ``fill`` writes from the open
    original (raising :class:`NotTrimmable` where a sheet is no table with a few far cells); None
    when it cannot be made. The copy is removed on any failure."""
    folder = Path(tempfile.mkdtemp(prefix="kjcg-trim-"))
    trimmed = Trimmed(folder / path.name, folder=folder)
    try:
        with zipfile.ZipFile(path) as zf:
            fill(zf, trimmed)
    except (NotTrimmable, zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        trimmed.remove()
        return None
    except BaseException:
        trimmed.remove()
        raise
    return trimmed


def trim_workbook(path: Path, members: dict[str, str], fits: Callable[[TableBox], bool]) -> Trimmed | None:
    """A copy of the .xlsx at ``path`` whose sheets named in ``members`` (sheet → zip member) keep
    only their table, when each sheet's table ``fits`` and its far cells are few; None when a sheet
    is not such a table (the size guard then refuses it as before). Far cells that hold only
    spaces are left out of the list (there is nothing to keep)."""

    def fill(zf: zipfile.ZipFile, trimmed: Trimmed) -> None:
        boxes = {}
        for sheet, member in members.items():
            boxes[member] = (sheet, table_box(zf, member))
            if not fits(boxes[member][1]):
                raise NotTrimmable
        raw: dict[str, list[tuple[str, str, bytes]]] = {}
        with new_copy(trimmed.path) as out:
            for info in zf.infolist():
                if info.filename in boxes:
                    sheet, box = boxes[info.filename]
                    _write_trimmed(zf, info.filename, box, out, raw.setdefault(sheet, []))
                    continue
                copy_member(zf, info, out)
        wanted = {int(r) for cells in raw.values() for _, kind, r in cells if kind == "s" and r.strip().isdigit()}
        strings = _shared_strings(zf, wanted)
        for sheet, cells in raw.items():
            values = [(cell, _value_text(kind, r, strings)) for cell, kind, r in cells]
            trimmed.stray[sheet] = [(cell, v) for cell, v in values if v.strip()]
    return trimmed_copy(path, fill)
