"""OpenDocument spreadsheets the reader needs a hand with — Qt-free: LibreOffice's flat XML
spreadsheet (.fods, "平面 XML ODF 电子表格"), and an .ods whose cells hold line breaks or tabs.

A .fods file is an OpenDocument spreadsheet whose parts are one XML document instead of a zip:
its root ``office:document`` holds the styles and the body that an .ods keeps in content.xml.
:func:`packed_flat_ods` packs it into a temporary .ods (the document as content.xml), so that the
sheet-size guard measures it and python-calamine reads it as it reads any .ods; an entity
declaration before the root element is refused first, as in every part of a zipped workbook.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

from ..sheet_scan_stray import Trimmed

HEAD_BYTES = 16 * 1024            # the root element with its namespace declarations
MAX_PROLOG_BYTES = 64 * 1024      # bytes before the root element (as for a zip part)
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_ROOT = re.compile(rb"<[A-Za-z_][\w.-]*:document[\s>]")
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{ODS_MIMETYPE}"/>'
             '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             "</manifest:manifest>")


class FlatOdsError(ValueError):
    """The flat file cannot be read (message in Chinese, without the file name)."""


def is_flat_ods(path: Path) -> bool:
    """Whether ``path`` is a flat XML OpenDocument spreadsheet (by its root element and mimetype)."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    return bool(_ROOT.search(head)) and ODS_MIMETYPE.encode() in head


def packed_flat_ods(path: Path) -> Trimmed:
    """A temporary .ods holding the flat file's document as its content.xml (removed by ``remove()``)."""
    data = path.read_bytes()
    root = _ROOT_START.search(data, 0, MAX_PROLOG_BYTES)
    if root is None:
        raise FlatOdsError(f"文件开头异常（{MAX_PROLOG_BYTES // 1024} KB 内没有 XML 根元素），已拒绝")
    prolog = data[: root.start()].upper()
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise FlatOdsError("文件含有 XML 实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝")
    folder = Path(tempfile.mkdtemp(prefix="kjcg-fods-"))
    packed = folder / (path.stem + ".ods")
    try:
        with zipfile.ZipFile(packed, "w") as zf:
            zf.writestr("mimetype", ODS_MIMETYPE, zipfile.ZIP_STORED)
            zf.writestr("content.xml", data, zipfile.ZIP_DEFLATED)
            zf.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
    except BaseException:
        Trimmed(packed, folder=folder).remove()
        raise
    return Trimmed(packed, folder=folder)


# A line break typed inside a cell (Shift+Enter) and a tab, as OpenDocument writes them: python-calamine
# drops both, so 王伟<text:line-break/>李娜 would read as one person 王伟李娜. As character references
# they stay in the text.
_BREAKS = re.compile(rb"<text:(line-break|tab)\s*/>")
_REFERENCES = {b"line-break": b"&#10;", b"tab": b"&#9;"}


def ods_with_breaks(path: Path) -> Trimmed | None:
    """A temporary copy of the .ods at ``path`` whose content.xml has its in-cell line breaks and
    tabs as characters, or None when it has none or cannot be read (the size guard and the reader
    then say what is wrong with the file itself). Removed by ``remove()``."""
    from ..sheet_scan import SheetSizeError, _chunks

    try:
        with zipfile.ZipFile(path) as zf:
            if "content.xml" not in zf.namelist():
                return None
            with zf.open("content.xml") as fh:
                if not any(_BREAKS.search(piece) for piece in _chunks(fh)):
                    return None
            folder = Path(tempfile.mkdtemp(prefix="kjcg-ods-"))
            copy = Trimmed(folder / path.name, folder=folder)
            try:
                _write_with_breaks(zf, copy.path)
            except BaseException:
                copy.remove()
                raise
            return copy
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, SheetSizeError):
        return None


def _write_with_breaks(zf: zipfile.ZipFile, target_path: Path) -> None:
    from ..sheet_scan import _chunks

    with zipfile.ZipFile(target_path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in zf.infolist():
            member = zipfile.ZipInfo(info.filename, info.date_time)
            # the mimetype stays stored, first, as OpenDocument requires
            member.compress_type = zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
            with zf.open(info) as source, out.open(member, "w", force_zip64=True) as target:
                if info.filename == "content.xml":
                    for piece in _chunks(source):
                        target.write(_BREAKS.sub(lambda m: _REFERENCES[m.group(1)], piece))
                else:
                    while chunk := source.read(1 << 20):
                        target.write(chunk)
