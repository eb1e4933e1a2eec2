"""The rows of a CSV text — Qt-free: which separator splits it into a table, a table too large for a
sheet refused while it is read, a record cut by line breaks in unquoted cells joined, and the
text formulas of web exports unwrapped. :func:`.workbook._read_csv` decodes the file and reads it
through these."""

from __future__ import annotations

import csv
import io
import re
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import Any


def join_broken_records(rows: list[list[str]]) -> list[tuple[int, int]]:
    """Join the pieces of a record that a line break inside an unquoted cell cut into several lines
    (a web system that writes a 备注 with a line break and no quotes): where most rows have the same
    number of cells, consecutive shorter rows whose cells add up to exactly that many — the cell
    cut in two counted once — are one record, and so are the one-cell lines after it when a record
    follows them (more lines of its last cell). Its cells go into the first row, the others are left
    empty so that every later row keeps its number. A piece of a single cell is not a start (a
    title above the header), and in a table numbered in its first column a line starting with a
    number is not a piece; nor is a joining kept that puts a non-code in a column every record
    writes as a code (a 序号, an application number, a date): two records of a file that leaves
    out its empty last cells may add up to the width by chance. Returns the (first, last) row
    numbers joined."""
    widths = Counter(len(row) for row in rows if len(row) > 1)
    if not widths:
        return []
    width, count = widths.most_common(1)[0]
    if width < 3 or count * 2 < sum(widths.values()):
        return []
    codes: dict[int, set[str]] | None = None  # the columns written as codes and their shapes
    joined = []
    i = 0
    while i < len(rows) - 1:
        first = rows[i]
        if not 2 <= len(first) < width:
            i += 1
            continue
        if codes is None:
            codes = _code_columns(rows, width)
        # a table whose first column is a code (序号 1, 2, 3 …, an application number): a short line
        # that starts with one is a record of its own, not the rest of the line above
        j, total = i, len(first)
        while total < width and j + 1 < len(rows) and 0 < len(rows[j + 1]) < width \
                and not (0 in codes and _CODE.match(rows[j + 1][0].strip())
                         and _shape(rows[j + 1][0].strip()) in codes[0]):
            j += 1
            total += len(rows[j]) - 1
        if j == i or total != width or len(rows[j]) < 2:
            i += 1
            continue
        # more lines of the last cell (a 备注 of three lines), when a record follows them
        end = j
        while end + 1 < len(rows) and len(rows[end + 1]) == 1:
            end += 1
        if end > j and end + 1 < len(rows) and len(rows[end + 1]) > 1:
            j = end
        record = list(first)
        for piece in rows[i + 1: j + 1]:
            record[-1] += "\n" + piece[0]
            record += piece[1:]
        if not _fits(record, codes, len(first)):
            i += 1
            continue
        rows[i] = record
        for k in range(i + 1, j + 1):
            rows[k] = []
        joined.append((i + 1, j + 1))
        i = j + 1
    return joined


# A value written as a code: a 序号, an application or ledger number, a date (1, CN202310123451.1,
# KJ-2023-001, 2023-05-06) — no line break, no space, no Chinese.
_CODE = re.compile(r"[A-Za-z]{0,4}\d[\dA-Za-z.\-/_:]*\Z")


_RUN = re.compile(r"[0-9A-Za-z]+")


def _shape(code: str) -> str:
    """A code's punctuation with each run of letters and digits as 9: a 序号 12 or 100 is 9, an
    application number 202310123451.X or CN202310123451.1 is 9.9, a date 2023-05-06 is 9-9-9."""
    return _RUN.sub("9", code)


def _code_columns(rows: list[list[str]], width: int) -> dict[int, set[str]]:
    """The columns that the rows of ``width`` cells (but perhaps the header) fill with codes, with
    the shapes of their codes (:func:`_shape`)."""
    full = [row for row in rows if len(row) == width]
    if len(full) < 2:
        return {}
    codes = {}
    for c in range(width):
        filled = [v for v in (row[c].strip() for row in full) if v]
        written = [v for v in filled if _CODE.match(v)]
        if written and len(filled) * 2 >= len(full) and len(written) * 10 >= (len(filled) - 1) * 9:
            codes[c] = {_shape(v) for v in written}
    return codes


def _fits(record: list[str], codes: dict[int, set[str]], cut: int) -> bool:
    """Whether a joined record has a code in each column written as codes, and, after the cell cut
    (its last piece's cells), no code of such a column's shape in a column that holds none: an
    application number under 备注 is the next record's, not this one's."""
    for c, v in enumerate(record):
        v = v.strip()
        if c in codes:
            if v and not _CODE.match(v):
                return False
        elif c >= cut and len(v) >= 8 and _CODE.match(v) and any(_shape(v) in shapes for shapes in codes.values()):
            return False
    return True


# The separators a table may be written with, and the text a guess is checked on (its first rows).
_SEPARATORS = (",", "\t", ";", "|")
_CHECK_CHARS = 64 * 1024


def consistent_dialect(text: str, sniffed: Any) -> Any:
    """The sniffed dialect, or the same with another separator when the sniffed one does not split
    the file's first rows into a table and another does. The sniffer judges by the characters it
    sees, so a tab-separated file (Excel's "Unicode 文本" is UTF-16 with tabs) whose cells hold
    commas — an inventor list 王伟,李娜, an abstract over several lines — could be cut at every
    comma; read with each separator, a table has the same number of columns in most rows under the
    right one only. A separator the sniffer chose that gives most rows one width (9 in 10) stands,
    and another must give at least three columns: a cell list written 王伟 | 李娜 in every row of a
    CSV with a few damaged rows is no reason to split the file at its bars."""
    sample = text[:_CHECK_CHARS]
    whole = len(sample) == len(text)
    count, width, rows = _consistency(sample, sniffed, whole)
    if rows == 0 or count * 10 >= rows * 9:
        return sniffed
    best, best_score = sniffed, (count, width)
    for separator in _SEPARATORS:
        if separator == sniffed.delimiter:
            continue
        dialect = type("CheckedDialect", (csv.excel,), {"delimiter": separator})
        score = _consistency(sample, dialect, whole)[:2]
        if score > best_score and score[1] >= 3:  # a table of two columns split at a bar is a cell list
            best, best_score = dialect, score
    return best


def _consistency(sample: str, dialect: Any, whole: bool) -> tuple[int, int, int]:
    """(rows of the most common width, that width, rows) of ``sample`` read with ``dialect``,
    counting the rows that hold something; a width of one column does not count (every separator
    gives it to a one-column text)."""
    try:
        rows = list(csv.reader(io.StringIO(sample, newline=""), dialect))
    except csv.Error:
        return (-1, 0, 0)
    if not whole and rows:
        rows.pop()  # cut at the sample's end
    filled = [row for row in rows if any(cell.strip() for cell in row)]
    widths = Counter(len(row) for row in filled if len(row) > 1)
    if not widths:
        return (0, 0, len(filled))
    width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
    return (count, width, len(filled))


def unwrap_text_formulas(rows: list[list[str]]) -> None:
    """="202310123451.3": the formula web systems write into a CSV so that Excel shows a long number
    as the text it is (not 2.02310E+11); Excel shows the text between the quotes, and so is it read."""
    for row in rows:
        for i, v in enumerate(row):
            if v[:2] == '="' and v[-1:] == '"' and len(v) >= 3 and '"' not in v[2:-1].replace('""', ""):
                row[i] = v[2:-1].replace('""', '"')


# The widest row a spreadsheet holds (Excel since 2007: columns A to XFD). A text line with more
# separators than this is no ledger row (a file split on the wrong character, or built to exhaust
# memory: every cell read is a Python object of about 60 bytes, so a 6 MB line of "a," is 3 million).
MAX_CSV_COLUMNS = 16_384


class TooLarge(Exception):
    """A CSV file too large to read (message in Chinese, naming the line)."""


def bounded_lines(lines: Iterator[str], delimiter: str) -> Iterator[str]:
    """The lines of a CSV text for the csv reader, refusing one with more separators than a
    spreadsheet has columns before the reader splits it (its cells would all be built first)."""
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_CSV_COLUMNS and line.count(delimiter) >= MAX_CSV_COLUMNS:
            name = {",": "逗号", "\t": "制表符", ";": "分号"}.get(delimiter, f"“{delimiter}”")
            raise TooLarge(f"第 {number:,} 行有 {line.count(delimiter) + 1:,} 列（以{name}分隔），超过电子表格最多 "
                            f"{MAX_CSV_COLUMNS:,} 列的上限；文件可能不是按{name}分隔的表格，或已损坏。"
                            "请在 WPS 或 Excel 中打开核对，另存为 .xlsx 后再导入")
        yield line


def in_pieces(rows: Iterator[list[str]]) -> list[list[str]]:
    """All rows, read :data:`~kjcg_desktop.services.sheet_size.READ_PIECE_ROWS` at a time with the
    GIL released between pieces (one ``list(reader)`` would hold it for the whole file). A table
    larger than a sheet may be (:data:`~kjcg_desktop.services.sheet_size.MAX_AREA_CELLS`, rows ×
    the widest row, as every row is read to that width) is refused as soon as it is read
    (:class:`TooLarge`): one line of 16,000 commas above 100,000 short rows would otherwise
    become 1.6 billion cells."""
    from ..sheet_size import MAX_AREA_CELLS, READ_PIECE_ROWS

    result: list[list[str]] = []
    widest = (0, 0)  # (cells, line)
    while True:
        piece = list(islice(rows, READ_PIECE_ROWS))
        if not piece:
            return result
        width = max(map(len, piece))
        if width > widest[0]:
            widest = (width, len(result) + [len(row) for row in piece].index(width) + 1)
        height = len(result) + len(piece)
        if height * widest[0] > MAX_AREA_CELLS:
            raise TooLarge(
                f"读到第 {height:,} 行时表格已有 {height:,} 行 × {widest[0]:,} 列（最宽的是第 {widest[1]:,} 行），"
                f"超出可导入的范围（最多 {MAX_AREA_CELLS:,} 个单元格，约 50 万行 × 33 列）。"
                + ("请检查该行是否多了分隔符，改正后再导入" if widest[0] > 1000 else "请将数据拆分为几个文件后分批导入"))
        result += piece
        time.sleep(0)  # let a waiting thread (the GUI) take the GIL now
