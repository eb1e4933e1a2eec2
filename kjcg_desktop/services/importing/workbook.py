"""Reading a workbook or CSV file into rows — the only module that touches the file.

:func:`check_file` looks at a file before any parser sees it (size, zip bomb, XML entity
declarations, password protection, the real format behind the extension); :class:`Workbook` reads
.xlsx/.xlsm/.xlsb, .xls (Excel 97–2003) and .ods (WPS, LibreOffice) through python-calamine, and CSV
through the csv module with the encoding found without asking (:func:`decode_text`).
"""

from __future__ import annotations

import codecs
import csv
import errno
import io
import re
import weakref
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from ... import domain as d
from ..sheet_scan import column_name
from .csv_rows import (
    TooLarge,
    bounded_lines,
    consistent_dialect,
    in_pieces,
    join_broken_records,
    unwrap_text_formulas,
)

# -- limits for hostile files -------------------------------------------------------------------
MAX_FILE_BYTES = 200 * 1024 * 1024          # the file on disk
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024  # all zip members together
MAX_RATIO = 150                              # per member larger than RATIO_MIN_BYTES
RATIO_MIN_BYTES = 8 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_PROLOG_BYTES = 64 * 1024                 # bytes scanned for a DOCTYPE before the root element

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(d.DomainError):
    """The file cannot be read at all (message in Chinese, naming the file)."""



# -- the file ---------------------------------------------------------------------------------
def _refuse(path: Path, message: str) -> ImportFileError:
    return ImportFileError(f"无法导入“{path.name}”：{message}")


def _unreadable_file(path: Path, exc: OSError) -> ImportFileError:
    """The file exists but cannot be read: no permission, locked by the program that has it open
    (Excel and WPS lock a workbook they have open on Windows), gone, or a drive that failed."""
    if exc.errno in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return _refuse(path, "没有读取该文件的权限，或文件正被其他程序（如 Excel、WPS）独占打开。"
                             "请关闭打开它的程序，或把文件复制到自己的文件夹后再导入")
    if exc.errno == errno.ENOENT or isinstance(exc, FileNotFoundError):
        return _refuse(path, "文件不存在（可能已被移动、改名或删除）。请重新选择文件")
    reason = exc.strerror or type(exc).__name__
    return _refuse(path, f"读取文件时出错（{reason}）。如文件在网络盘或 U 盘上，请复制到本机后再导入")


def check_file(path: Path | str) -> str:
    """Check a file before any parser sees it; return its kind: "xlsx" (also .xlsm/.xlsb), "xls",
    "ods", "csv" (also text saved as .xls/.xlsx by a web system), or "html" / "xmlss" for a web
    system's table saved as .xls (:mod:`.web_export`). Raises :class:`ImportFileError` with a
    Chinese message naming the file, also when the file cannot be read (permissions, a lock)."""
    path = Path(path)
    try:
        return _check_file(path)
    except OSError as exc:
        raise _unreadable_file(path, exc) from None


def _check_file(path: Path) -> str:
    if path.is_dir():
        raise _refuse(path, "这是一个文件夹，不是文件。请选择文件夹中的工作簿或 CSV 文件")
    if not path.is_file():
        raise _refuse(path, "文件不存在（可能已被移动、改名或删除）" if not path.exists() else "不是普通文件")
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, "文件为空")
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"文件过大（{size // (1024 * 1024)} MB，上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）")
    with open(path, "rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    _refuse_lock_file(path, head)
    if head.startswith(CFB_MAGIC):
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise _refuse(path, "文件受密码保护（已加密）。请在 Excel 中取消密码后另存，再导入")
        if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
            if "WordDocument".encode("utf-16-le") in data:
                raise _refuse(path, "这是 Word 97-2003 文档，不是 Excel 工作簿")
            raise _refuse(path, "是旧版 Office 文件，但不含 Excel 工作簿（文件可能已损坏）")
        _check_suffix(path, "xls")
        return "xls"
    if head.startswith(ZIP_MAGIC):
        kind = _check_zip(path)
        if suffix in (".csv", ".xls", ".txt"):
            real = ".ods" if kind == "ods" else ".xlsx"
            raise _refuse(path, f"文件扩展名为 {suffix}，但内容是 {real} 工作簿；请将扩展名改为 {real}")
        _check_suffix(path, _zip_format(path, kind))
        return kind
    if suffix in (".csv", ".txt", ".tsv"):
        from .web_export import sniff

        web_kind = sniff(path)  # a web system's HTML table downloaded as .csv
        return web_kind if web_kind in ("html", "xmlss") else "csv"
    if suffix in (".xls", ".xlsx", ".et", ".xml", ".htm", ".html", ".fods"):  # Excel saves "XML 电子表格 2003" as .xml, "网页" as .htm
        web_kind = _web_export_kind(path, suffix)
        if web_kind is not None:
            return web_kind
    if suffix == ".ods":
        raise _refuse(path, "文件扩展名为 .ods，但内容不是 OpenDocument 电子表格（文件可能已损坏）")
    raise _refuse(path, "不是电子表格（可导入 .xlsx、.xls、.ods、.csv），文件可能已损坏或是其他格式")


# The small file Excel and WPS write beside a workbook they have open (~$台账.xlsx, 165 bytes: who
# opened it), and LibreOffice's (.~lock.台账.xlsx#): hidden on Windows unless hidden files are shown.
_LOCK_PREFIXES = ("~$", ".~lock.")


def _refuse_lock_file(path: Path, head: bytes) -> None:
    """Refuse an office lock file chosen by mistake, naming the workbook to choose."""
    name = path.name
    if not name.startswith(_LOCK_PREFIXES) or head.startswith((CFB_MAGIC, ZIP_MAGIC)):
        return
    workbook = name[2:] if name.startswith("~$") else name[len(".~lock."):].rstrip("#")
    raise _refuse(path, "这是 Excel、WPS 或 LibreOffice 打开工作簿时生成的临时锁定文件（只记录谁正在打开它），不是工作簿。"
                        f"请选择同一文件夹中的工作簿本身（如“{workbook}”）；如工作簿正被打开，请先保存并关闭它")


# the reader python-calamine takes for a file by its extension (others: by the content)
_READER_OF_SUFFIX = {".xls": "xls", ".xla": "xls", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xlam": "xlsx",
                     ".xlsb": "xlsb", ".ods": "ods"}
_SUFFIX_OF_FORMAT = {"xls": ".xls", "xlsx": ".xlsx", "xlsb": ".xlsb", "ods": ".ods"}
_FORMAT_NAMES = {"xls": "Excel 97-2003 工作簿", "xlsx": "Excel 工作簿（.xlsx）", "xlsb": "Excel 二进制工作簿（.xlsb）",
                 "ods": "OpenDocument 电子表格（.ods）"}


def _zip_format(path: Path, kind: str) -> str:
    if kind == "ods":
        return "ods"
    with zipfile.ZipFile(path) as zf:
        return "xlsx" if "xl/workbook.xml" in zf.namelist() else "xlsb"


def _check_suffix(path: Path, content: str) -> None:
    """A workbook whose extension names another format (an .xls renamed .xlsx, an .ods saved as
    .xlsx): the reader chosen by the extension would call it damaged, so say what it is."""
    expected = _READER_OF_SUFFIX.get(path.suffix.lower())
    if expected is not None and expected != content:
        real = _SUFFIX_OF_FORMAT[content]
        raise _refuse(path, f"文件扩展名为 {path.suffix}，但内容是 {_FORMAT_NAMES[content]}；请将扩展名改为 {real} 后再导入")


def _web_export_kind(path: Path, suffix: str) -> str | None:
    """What web systems download as .xls (:mod:`.web_export`): an HTML table, an XML Spreadsheet
    2003 or tab/comma-separated text are read; a web archive and anything else are named."""
    from .flat_ods import is_flat_ods
    from .web_export import sniff

    if is_flat_ods(path):  # LibreOffice's flat XML spreadsheet (.fods)
        return "fods"
    kind = sniff(path)
    if kind in ("html", "xmlss"):
        return kind
    if kind == "text":  # a web system's CSV download saved under an Excel name (WPS opens it)
        return "csv"
    if kind == "mht":
        raise _refuse(path, f"文件扩展名为 {suffix}，但内容是网页存档（MHT，单个文件网页），不是 Excel 工作簿；"
                            "请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入")
    if suffix != ".xls":
        return None
    raise _refuse(path, "文件扩展名为 .xls，但内容不是 Excel 工作簿，也不是网页表格、XML 电子表格或文本表格"
                        "（文件可能已损坏）；如能在 Excel 或 WPS 中打开，请“另存为” .xlsx 再导入")


_ACCESS_ERRNOS = (errno.EACCES, errno.EPERM, errno.ENOENT, errno.EIO)
_ROOT_START = re.compile(rb"<[A-Za-z_]")
# the first bytes of an XML part in UTF-16, with or without a byte-order mark ("<?" and "<w"…)
_UTF16_START = re.compile(rb"\A(?:\xff\xfe|\xfe\xff|<\x00[!?A-Za-z_]\x00|\x00<\x00[!?A-Za-z_])")


def _check_zip(path: Path) -> str:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno in _ACCESS_ERRNOS:
            raise  # not damaged: unreadable (check_file says why)
        programs = "WPS 或 LibreOffice" if path.suffix.lower() == ".ods" else "Excel 或 WPS"
        raise _refuse(path, "文件不完整或已损坏（其压缩包结构不完整，常见于下载或复制中断、邮件附件被截断）。"
                            f"请重新下载或重新复制原文件；如能在 {programs} 中打开，请“另存为”后再导入") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, f"工作簿包含的部件过多（{len(infos)} 个），疑似恶意文件")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(path, f"部件 {info.filename} 压缩比异常（{info.file_size // max(info.compress_size, 1)} 倍），疑似 zip 炸弹，已拒绝")
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _refuse(path, f"工作簿解压后过大（{total // (1024 * 1024)} MB），疑似 zip 炸弹，已拒绝")
        names = {i.filename for i in infos}
        kind = "xlsx"
        if "mimetype" in names and "content.xml" in names:
            mimetype = zf.read("mimetype")[:200]
            if b"opendocument.spreadsheet" not in mimetype:
                raise _refuse(path, f"这是 OpenDocument 文档（{mimetype.decode('ascii', 'replace')}），不是电子表格")
            kind = "ods"
            if "META-INF/manifest.xml" in names and _encrypted_ods(zf):
                raise _refuse(path, "文件受密码保护（已加密）。请在 WPS 或 LibreOffice 中输入密码打开，取消密码后另存，再导入")
        elif "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            if "word/document.xml" in names or "ppt/presentation.xml" in names:
                raise _refuse(path, "这是 Word/PowerPoint 文档，不是 Excel 工作簿")
            raise _refuse(path, "不是电子表格（既不是 .xlsx 也不是 .ods），文件可能已损坏")
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")) or (info.filename.startswith("xl/") and not info.filename.endswith(".bin")):
                _check_prolog(path, zf, info)
    return kind


def _encrypted_ods(zf: zipfile.ZipFile) -> bool:
    """An .ods saved with a password: its manifest gives the parts' encryption (their bytes are no XML)."""
    with zf.open("META-INF/manifest.xml") as fh:
        return b"encryption-data" in fh.read(1 << 20)


def _check_prolog(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse DOCTYPE/ENTITY declarations (billion laughs, external entities): OOXML never has them."""
    try:
        with zf.open(info) as member:
            buffer = b""
            while len(buffer) < MAX_PROLOG_BYTES:
                chunk = member.read(4096)
                if not chunk:
                    break
                buffer += chunk
                if _UTF16_START.match(buffer) and info.filename.endswith((".xml", ".rels")):
                    raise _refuse(path, f"部件 {info.filename} 是 UTF-16 编码的 XML（Excel、WPS 与 LibreOffice 都保存为 UTF-8），"
                                        "无法读取，已拒绝。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入")
                m = _ROOT_START.search(buffer)
                if m:
                    buffer = buffer[: m.start()]
                    break
            else:
                raise _refuse(path, f"部件 {info.filename} 开头异常（{MAX_PROLOG_BYTES // 1024} KB 内没有 XML 根元素），已拒绝")
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, zlib.error) as exc:
        if isinstance(exc, ImportFileError):
            raise
        if isinstance(exc, OSError) and exc.errno in _ACCESS_ERRNOS:
            raise  # unreadable, not damaged (check_file says why)
        programs = "WPS 或 LibreOffice" if path.suffix.lower() == ".ods" else "Excel 或 WPS"
        what = _known_damage(exc) or f"无法解压，技术信息：{str(exc)[:120]}"
        raise _refuse(path, f"文件已损坏（其中的部件 {info.filename} {what}）。"
                            f"请重新下载或重新复制原文件；如能在 {programs} 中打开，请“另存为”后再导入") from None
    upper = buffer.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise _refuse(path, f"部件 {info.filename} 含有 XML 实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝")


class Workbook:
    """A checked workbook (or CSV file) whose sheets are read on demand."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self._open()
        except OSError as exc:
            raise _unreadable_file(self.path, exc) from None

    def _open(self) -> None:
        self.kind = check_file(self.path)
        self._rows: dict[str, list[list[Any]]] = {}
        # sheets hidden in Excel (a drop-down list, a lookup table, an old copy): read only when named
        self.hidden_sheets: list[str] = []
        # what the clerk should know about how the file was read (an encoding guessed on little
        # evidence, cells far from the table): shown in the preview and the import report
        self.notices: list[str] = []
        # cells far outside a sheet's table (a value typed at XFD1048576), read apart: sheet → [(cell, value)]
        self.stray_cells: dict[str, list[tuple[str, str]]] = {}
        if self.kind == "csv":
            self.sheet_names = [self.path.stem]
            self._rows[self.path.stem] = _read_csv(self.path, self.notices)
            return
        if self.kind in ("html", "xmlss"):
            from .web_export import WebExportError, read_html, read_xml_spreadsheet

            try:
                self._rows = (read_html if self.kind == "html" else read_xml_spreadsheet)(self.path)
            except WebExportError as exc:
                raise _refuse(self.path, str(exc)) from None
            self.sheet_names = list(self._rows)
            return
        import python_calamine

        from .. import sheet_size

        base = self._packed_flat_ods() if self.kind == "fods" else self.path
        if self.kind in ("ods", "fods"):
            base = self._with_breaks(base)
        try:  # before calamine sees the file: it builds the whole grid of a sheet in memory
            # a sheet too large only because of a few cells far from its table is read without them
            self._extents, self._trimmed = sheet_size.check_or_trim(base)
        except sheet_size.SheetSizeError as exc:
            self.close()
            raise _refuse(self.path, str(exc)) from None
        if self._trimmed is not None:
            weakref.finalize(self, self._trimmed.remove)  # a loader that never closes the book
            self.stray_cells = self._trimmed.stray
        try:
            source = self._trimmed.path if self._trimmed is not None else base
            self._book = python_calamine.CalamineWorkbook.from_path(str(source))
            sheets = [m for m in self._book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
            self.sheet_names = [m.name for m in sheets] or list(self._book.sheet_names)
            self.hidden_sheets = [m.name for m in sheets if str(m.visible).rsplit(".", 1)[-1] != "Visible"]
            twice = next((name for name, count in Counter(self.sheet_names).items() if count > 1), None)
        except BaseException as exc:  # calamine raises its own error types for corrupt and protected files
            if not isinstance(exc, Exception) and not _is_panic(exc):
                raise
            self._remove_trimmed()
            raise _refuse(self.path, _calamine_message(exc, self.path)) from None
        if twice is not None:  # the reader finds a sheet by its name: one of the two would be read twice, the other never
            self.close()
            raise _refuse(self.path, f"工作簿中有 {self.sheet_names.count(twice)} 个同名的工作表“{twice}”（Excel 和 WPS 不允许同名，"
                                     "文件可能已损坏或由其他程序生成），无法分别读取。请在 WPS 或 LibreOffice 中打开，"
                                     "给工作表改名后另存为 .xlsx 再导入")

    def _packed_flat_ods(self) -> Path:
        """A flat XML spreadsheet (.fods) packed as the .ods it is (:mod:`.flat_ods`), removed on close."""
        from .flat_ods import FlatOdsError, packed_flat_ods

        try:
            self._flat = packed_flat_ods(self.path)
        except FlatOdsError as exc:
            raise _refuse(self.path, str(exc)) from None
        weakref.finalize(self, self._flat.remove)
        return self._flat.path

    def _with_breaks(self, base: Path) -> Path:
        """An .ods whose cells hold line breaks or tabs, as a copy that keeps them (:mod:`.flat_ods`)."""
        from .flat_ods import ods_with_breaks

        copy = ods_with_breaks(base)
        if copy is None:
            return base
        self._breaks = copy
        weakref.finalize(self, copy.remove)
        return copy.path

    def _remove_trimmed(self) -> None:
        trimmed = getattr(self, "_trimmed", None)
        if trimmed is not None:
            trimmed.remove()
            self._trimmed = None

    def rows(self, sheet: str) -> list[list[Any]]:
        if sheet not in self._rows:
            if sheet not in self.sheet_names:
                raise ImportFileError(f"工作簿“{self.path.name}”中没有名为“{sheet}”的工作表（现有：{'、'.join(self.sheet_names)}）")
            from .. import sheet_size

            try:
                self._rows[sheet] = sheet_size.read_sheet(self._book, sheet, self._extents)
            except ImportFileError:
                raise
            except OSError as exc:
                raise _unreadable_file(self.path, exc) from None
            except sheet_size.SheetSizeError as exc:
                raise _refuse(self.path, str(exc)) from None
            except BaseException as exc:
                if not isinstance(exc, Exception) and not _is_panic(exc):
                    raise
                cell = _missing_shared_string(self.path, sheet) if "shared strings" in str(exc) else None
                raise _refuse(self.path, f"工作表“{sheet}”：{_calamine_message(exc, self.path, cell)}") from None
        return self._rows[sheet]

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            book.close()
        self._remove_trimmed()
        for copy in (getattr(self, "_flat", None), getattr(self, "_breaks", None)):
            if copy is not None:
                copy.remove()


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic inside python-calamine (``pyo3_runtime.PanicException``, a BaseException): a
    damaged file it failed to check, e.g. an .xls cut short inside its sector table."""
    return type(exc).__name__ == "PanicException"


def _calamine_message(exc: BaseException, path: Path, cell: str | None = None) -> str:
    name = type(exc).__name__
    if "Password" in name:
        return "文件受密码保护，请取消密码后另存为 .xlsx 再导入"
    programs = "WPS 或 LibreOffice" if path.suffix.lower() == ".ods" else "Excel 或 WPS"
    known = _known_damage(exc)
    if known and known.startswith("引用了"):  # a cell whose shared string is missing: name it
        known = f"单元格 {cell} {known}" if cell else f"有单元格{known}"
    detail = "XML 无法解析：" if "Xml" in name else ""
    what = known or f"无法读取（技术信息：{detail}{str(exc)[:200]}）"
    return (f"文件已损坏或不完整，{what}。"
            f"请在 {programs} 中打开后“另存为”再导入；如打不开，请重新下载或向来源重新索取文件")


# What python-calamine and zipfile say of a damaged workbook, said in Chinese: (pattern, sentence).
_COMPRESSIONS = {"9": "Deflate64", "12": "bzip2", "14": "LZMA", "93": "Zstandard", "95": "XZ", "98": "PPMd"}
_DAMAGE = (
    (re.compile(r"compression method (?:not supported: (\d+)|is not supported)|compression type", re.I),
     "使用了 Excel 与 WPS 都不用的压缩方式{method}，多为压缩软件重新打包所致"),
    (re.compile(r"File not found '([^']*)'"), "缺少必需的部件 {0}"),
    (re.compile(r"'([^']*)' file not found in archive"), "缺少必需的部件 {0}"),
    (re.compile(r"string index not found in shared strings", re.I),
     "引用了共享字符串表中不存在的文字（共享字符串表 xl/sharedStrings.xml 缺失或不完整）"),
    (re.compile(r"cannot decode input|invalid utf-8", re.I), "其中的 XML 不是 UTF-8 编码，无法读取"),
    (re.compile(r"invalid character reference|not permitted in XML|invalid character", re.I),
     "其中的 XML 含有不允许的字符（如字节 0x00）"),
    (re.compile(r"Bad CRC|CRC-32|checksum", re.I), "压缩数据校验失败（文件内容已损坏）"),
    (re.compile(r"Unrecognized \w+ cell value: ?(.{0,40})", re.I), "有单元格的值与其类型不符（“{0}”）"),
    (re.compile(r"Unexpected end of xml|unexpected end of (?:file|input)", re.I), "其中的 XML 在结尾前中断（部件不完整）"),
    (re.compile(r"Relationship ?not ?found", re.I), "工作簿的结构不完整（找不到工作表所在的部件）"),
    (re.compile(r"invalid float literal|invalid digit found", re.I), "有单元格的数字无法识别"),
)


def _known_damage(exc: BaseException) -> str | None:
    """A Chinese sentence for a damage the readers name in English, or None for any other."""
    text = str(exc)
    for pattern, sentence in _DAMAGE:
        m = pattern.search(text)
        if m:
            method = m.group(1) if pattern.groups and m.group(1) else ""
            name = _COMPRESSIONS.get(method, f"编号 {method}" if method else "")
            return sentence.format(*[g or "" for g in m.groups()], method=f"（{name}）" if name else "")
    return None


_SHARED_INDEX = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d+)\s*<')


def _missing_shared_string(path: Path, sheet: str) -> str | None:
    """The first cell of an .xlsx sheet whose shared-string index is past the table's end (the
    sheet was read, so it is of a checked size; both parts are streamed), or None when it cannot
    be told."""
    from ..sheet_scan import _chunks
    from ..sheet_size import _xlsx_members

    try:
        with zipfile.ZipFile(path) as zf:
            member = _xlsx_members(zf).get(sheet)
            if member is None:
                return None
            count = 0
            if "xl/sharedStrings.xml" in zf.namelist():
                with zf.open("xl/sharedStrings.xml") as fh:
                    count = sum(len(_SHARED_ITEM.findall(piece)) for piece in _chunks(fh))
            with zf.open(member) as fh:
                for piece in _chunks(fh):
                    for m in _SHARED_INDEX.finditer(piece):
                        if int(m.group(2)) >= count:
                            return m.group(1).decode()
    except Exception:  # damaged otherwise too: the message stays without the cell
        return None
    return None


_SHARED_ITEM = re.compile(rb"<(?:\w+:)?si[\s>/]")


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a CSV file, found without asking (:func:`decode_text_noted`)."""
    text, encoding, _ = decode_text_noted(data)
    return text, encoding


def decode_text_noted(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, doubt) of a CSV file, found without asking. A byte-order mark decides (Excel's
    "CSV UTF-8" writes one, its "Unicode 文本" is UTF-16 with one); without it UTF-8 first: UTF-8 is
    self-checking (GBK/GB2312 bytes of Chinese text are almost never valid UTF-8). Otherwise the file
    is in a legacy Chinese encoding, GB18030 (the superset of GB2312 and GBK that Chinese Excel and
    WPS save) or Big5 (traditional Chinese: Excel on a zh-TW Windows, a partner in Taiwan or Hong
    Kong), told apart by :func:`legacy_chinese_encoding`. ``doubt`` is a sentence for the clerk when
    that choice rests on little evidence (the import report and the preview show it).

    Never raises: a byte that is not valid in the encoding becomes U+FFFD (the CSV reader then
    names the cells, :func:`_read_csv`). A file that is UTF-8 but for a few damaged bytes (its
    other characters decode as Chinese) stays UTF-8 rather than turning into GB18030 nonsense."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, None
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace"), wide, None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE_BYTES].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd")
    # GBK bytes read as UTF-8 fail at most characters and give Latin, Greek, Cyrillic or Hebrew
    # letters where they do not (a lead byte C2–DF before a byte 80–BF); Chinese UTF-8 text is
    # Chinese characters and full-width punctuation.
    chinese = len(_CHINESE.findall(sample))
    if bad * 20 <= chinese and len(_TWO_BYTE.findall(sample)) * 10 <= chinese:
        return data.decode("utf-8", errors="replace"), "utf-8", None
    encoding, doubt = legacy_chinese_encoding(data)
    return data.decode(encoding, errors="replace"), encoding, doubt


# Bytes the detector looks at: enough for any ledger's header and first rows (0.05 s).
_DETECT_BYTES = 256 * 1024
# Fewer Chinese characters than this in the sample: too little to tell GB18030 from Big5 for sure.
_FEW_CHARACTERS = 8


def legacy_chinese_encoding(data: bytes) -> tuple[str, str | None]:
    """GB18030 or Big5 for bytes that are not UTF-8, and a doubt to tell the clerk (or None).

    Both encodings use the same byte ranges, so either decodes the other's bytes into real but
    wrong characters (a Big5 ledger read as GBK is plausible-looking nonsense). chardetng, Firefox's
    detector for legacy encodings, scores the characters each reading gives and tells the two
    apart already on a header and one row (measured on 1- to 6-line ledgers in both encodings; a
    statistical detector such as charset-normalizer takes them for Korean or Japanese). Big5 is read
    as Microsoft's code page 950 (what Windows saves) or, when that fails, as Big5-HKSCS (Hong Kong's
    extra characters). A guess that is neither, or made on a handful of characters, is
    GB18030 or Big5 as the detector leans, and said."""
    from chardetng_py import EncodingDetector

    sample = data[:_DETECT_BYTES]
    detector = EncodingDetector()
    detector.feed(sample, last=len(sample) == len(data))
    guess, sure = detector.guess_assess(tld=None, allow_utf8=False)
    big5 = guess.lower() == "big5"
    encoding = _big5_codec(data) if big5 else "gb18030"
    other = "gb18030" if big5 else _big5_codec(data)
    if big5 or guess.lower() in ("gbk", "gb18030"):
        few = len(_CHINESE.findall(sample.decode(encoding, errors="replace"))) < _FEW_CHARACTERS
        if sure and not (few and _decodes_strictly(data, other)):
            return encoding, None
    name = _ENCODING_NAMES[encoding]
    return encoding, (f"文件未注明编码，其中的中文太少，难以确定是简体（GBK/GB18030）还是繁体（Big5）编码，已按 {name} 读取。"
                      "请核对导入的文字；如有乱码，请在 Excel 或 WPS 中打开原文件，另存为“CSV UTF-8”后再导入")


def _big5_codec(data: bytes) -> str:
    """cp950 (Big5 as Windows saves it) when the bytes decode in it, else Big5-HKSCS."""
    return "cp950" if _decodes_strictly(data, "cp950") or not _decodes_strictly(data, "big5hkscs") else "big5hkscs"


_SAMPLE_BYTES = 1 << 20
_CHINESE = re.compile("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_TWO_BYTE = re.compile("[\u0080-\u07ff]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a byte-order mark (some export tools): the separators, digits and
    line ends of a table are ASCII, so their other byte is zero, always on the same side of each
    pair — a text in UTF-8 or GBK has no zero byte. A ledger of Chinese titles and names may have
    few ASCII characters (a tab between cells, a line end), so it is their side that decides, not
    their share of the file: at least one character in 50, and five times as many zeros on that side
    as on the other (a Chinese character such as 一, U+4E00, has a zero byte too)."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 2 and odd * 50 >= pairs and even * 5 <= odd:
        return "utf-16-le"
    if even >= 2 and even * 50 >= pairs and odd * 5 <= even:
        return "utf-16-be"
    return None


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16（Unicode 文本）", "utf-16-le": "UTF-16",
                   "utf-16-be": "UTF-16", "gb18030": "GBK/GB18030", "cp950": "Big5（繁体中文）",
                   "big5hkscs": "Big5-HKSCS（繁体中文，香港）"}
MAX_NAMED_CELLS = 5


def _undecodable(path: Path, rows: list[list[str]], encoding: str) -> ImportFileError:
    """The cells holding bytes the encoding cannot read, named (the file is refused before a row is
    written: a guessed character would be stored as if the file said it)."""
    cells = [f"第 {r + 1} 行 {column_name(c)} 列" for r, row in enumerate(rows) for c, v in enumerate(row) if "\ufffd" in v]
    where = "、".join(cells[:MAX_NAMED_CELLS]) + (f" 等 {len(cells)} 处" if len(cells) > MAX_NAMED_CELLS else "")
    return _refuse(path, f"按 {_ENCODING_NAMES.get(encoding, encoding)} 编码读取时，{where or '文件末尾'}有无法识别的字节"
                         "（文件可能已损坏、被截断，或拼接了不同编码的内容）。请在 WPS 或 Excel 中打开核对这些单元格，"
                         "改正后另存为 .xlsx 或“CSV UTF-8”再导入")


# Excel's first line "sep=;" names the separator and is not shown as a row
_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)[ \t]*(?:\r\n|\r|\n)")


def _read_csv(path: Path, notices: list[str] | None = None) -> list[list[Any]]:
    data = path.read_bytes()
    text, encoding, doubt = decode_text_noted(data)
    if doubt and notices is not None:
        notices.append(doubt)
    if "\x00" in text:
        if text.count("\x00") * 100 > len(text):
            raise _refuse(path, "不是文本格式的 CSV 文件")
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _refuse(path, f"第 {line} 行有空字符（字节 0x00），文件可能已损坏。请在 WPS 或 Excel 中打开核对该行，"
                            "另存为 .xlsx 或“CSV UTF-8”后再导入")
    sep = _SEP_LINE.match(text)
    if sep:
        text = text[sep.end():]
        dialect: Any = type("SepDialect", (csv.excel,), {"delimiter": sep.group(1)})
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        dialect = consistent_dialect(text, dialect)
    # a long 摘要 is one cell, however long (the module's default limit is 128 KB)
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    try:
        try:
            # newline="": a record ends at CRLF, LF or a lone CR (Excel for Mac's "CSV (Macintosh)"),
            # while a line break inside a quoted cell stays in the cell, as when a file is opened with newline=""
            lines = bounded_lines(io.StringIO(text, newline=""), dialect.delimiter)
            rows = in_pieces(csv.reader(lines, dialect, strict=True))
        except csv.Error:
            # A quote that is never closed would swallow every line after it into one cell: read line
            # by line instead, so each line of the file stays a row (the damaged one shows its text).
            lines = bounded_lines(iter(_LINE_END.split(text)), dialect.delimiter)
            rows = in_pieces(next(csv.reader([line], dialect), []) for line in lines)
    except TooLarge as exc:
        raise _refuse(path, str(exc)) from None
    if "\ufffd" in text and not _decodes_strictly(data, encoding):
        raise _undecodable(path, rows, encoding)
    if '="' in text:
        unwrap_text_formulas(rows)
    joined = join_broken_records(rows)
    if joined and notices is not None:
        where = "、".join(f"第 {first}–{last} 行" for first, last in joined[:MAX_NAMED_CELLS])
        more = f" 等 {len(joined)} 处" if len(joined) > MAX_NAMED_CELLS else ""
        notices.append(f"{where}{more}：单元格中的换行没有加引号，一行被拆成了几行；已按其余各行的列数"
                       "合并为一行读取（其后的行留空，行号不变）。请核对这些行")
    for row in rows:  # "a,b,,\r\n": the empty cells Excel writes up to the widest row are no column
        while row and row[-1] == "":
            row.pop()
    return rows


# the line ends of a text file (str.splitlines would also cut at form feeds and U+2028 inside a cell)
_LINE_END = re.compile(r"\r\n|\r|\n")


def _decodes_strictly(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def workbook_notices(workbook: Any, sheets: list[str]) -> tuple[list[str], list[tuple[str, str, str]]]:
    """What the clerk should know about how ``workbook`` was read, for an import of ``sheets``: the
    notices, and the cells read apart from those sheets' tables (sheet, cell, value)."""
    stray = getattr(workbook, "stray_cells", {})
    return list(getattr(workbook, "notices", [])), [(s, cell, value) for s in sheets for cell, value in stray.get(s, ())]


def open_workbook(path: Path | str) -> Workbook:
    return Workbook(path)

