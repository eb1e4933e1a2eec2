"""Hostile workbooks of a few kilobytes, written byte by byte by the tests (no spreadsheet program).

Each one made python-calamine 0.9 abort the process (exit 134) or raise before the size guard:
values at A1 and XFD1048576, an .ods row of values repeated a million times, an .xls cell record
naming column 65,535, a shared-string table declaring 4,294,967,295 entries.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
       '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _cell(ref: str, value, prefix: str, with_ref: bool) -> str:
    c = f"{prefix}c"
    r = f' r="{ref}"' if with_ref else ""
    if value is None:  # formatted, no value
        return f'<{c}{r} s="1"/>'
    if isinstance(value, str):
        return f'<{c}{r} t="inlineStr"><{prefix}is><{prefix}t>{value}</{prefix}t></{prefix}is></{c}>'
    return f"<{c}{r}><{prefix}v>{value}</{prefix}v></{c}>"


def xlsx(path: Path, cells: dict[str, object], *, sheet: str = "台账", dimension: str | None = None,
         unique_count: int = 1, prefix: str = "", with_refs: bool = True) -> Path:
    """A minimal .xlsx: ``cells`` maps A1 references to values (str, number, or None = formatted only)."""
    rows: dict[int, list[tuple[str, object]]] = {}
    for ref, value in cells.items():
        rows.setdefault(int(re.sub(r"[A-Z]+", "", ref)), []).append((ref, value))
    p = prefix
    body = "".join(f'<{p}row r="{r}">' + "".join(_cell(ref, v, p, with_refs) for ref, v in items) + f"</{p}row>"
                   for r, items in sorted(rows.items()))
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    xmlns = f'xmlns:{p[:-1]}="{_MAIN}"' if p else f'xmlns="{_MAIN}"'
    sheet_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{p}worksheet {xmlns}>{dim}'
                 f"<{p}sheetData>{body}</{p}sheetData></{p}worksheet>")
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{_MAIN}" count="1" '
           f'uniqueCount="{unique_count}"><si><t>名称</t></si></sst>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB.format(name=sheet))
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/sharedStrings.xml", sst)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def bomb_xlsx(path: Path) -> Path:
    """The 1.7 KB workbook of the report: a header at A1 and one number at XFD1048576."""
    return xlsx(path, {"A1": "成果名称", "XFD1048576": 1})


# .ods -----------------------------------------------------------------------------------------------
_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
             '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def ods(path: Path, rows_xml: str, *, sheet: str = "台账", prolog: str = "") -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_ODS_NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{rows_xml}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", _MANIFEST)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def ods_text(text: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods_number(value: float, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="float" office:value="{value}"{rep}/>'


def ods_empty(repeat: int = 1) -> str:
    return "<table:table-cell" + (f' table:number-columns-repeated="{repeat}"' if repeat > 1 else "") + "/>"


def ods_row(cells: str, repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{cells}</table:table-row>"


# .xls -----------------------------------------------------------------------------------------------
def xls(path: Path, cells: dict[tuple[int, int], object], *, sheet: str = "台账") -> Path:
    """An Excel 97-2003 workbook written by xlwt (0-based row, column → value)."""
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet(sheet)
    for (row, col), value in cells.items():
        ws.write(row, col, value)
    book.save(str(path))
    return path


def forge_xls_column(path: Path, row: int, col: int, new_col: int) -> Path:
    """Rewrite the column of the NUMBER record at (row, col): BIFF8 stores it in 16 bits, so up to 65,535."""
    data = bytearray(path.read_bytes())
    at = data.find(struct.pack("<HHHH", 0x0203, 14, row, col))
    assert at >= 0, "NUMBER record not found"
    struct.pack_into("<H", data, at + 6, new_col)
    path.write_bytes(bytes(data))
    return path
