"""Documents as print-ready Chinese PDFs: notices (公示), agreements (协议), forms and the
due-diligence evidence dossier (尽职免责证据卷宗, 1-1 第六条).

``generate(db, kind, record_id)`` gathers the record's data (storage.documents), fills the office's
editable template (templates.py: whitelisted placeholders only) and lays it out with reportlab
(render.py: A4, GB/T 9704 margins and sizes, embedded TrueType subset fonts from services.fonts).
No Qt here; the documents page and the CLI call these functions.

Which id each kind takes (as printed by ``kjcg-desktop list``):

==========================  ===========================================================
notice                      application id (ownership / use_right / extension)
agreement                   application id (ownership → 所有权协议, use_right → 长期使用权协议)
decision                    application id with a recorded approval or rejection; with ``of="deal"`` a deal id
extension-agreement         extension application id, or a use_right application id
abandonment-notice          abandonment application id
price-notice                deal id (negotiated price)
related-party-notice        deal id (related-party deal)
reward-notice               deal id (with income distributed to people)
disclosure-form             achievement id
application-form            application id (any kind)
dossier                     achievement id; with ``of="deal"`` a deal id
==========================  ===========================================================
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ... import clock
from ...storage import document_numbers
from ...storage.db import Database
from ...storage.documents import application as application_row
from ...storage.events import head_stamp
from ...storage.settings import Settings
from ..fonts import FontNotFound, register_cjk_fonts
from . import decision_paper, fields, numbering, readiness, titles
from .errors import DocumentError
from .kinds import KINDS, Kind, Request
from .render import DocTable, DocumentData, render_pdf, write_pdf
from .templates import Template, TemplateError, load_template

__all__ = [
    "KINDS", "DocTable", "DocumentData", "DocumentError", "Kind", "Template", "TemplateError", "BatchJob", "generate",
    "build_data", "check_font_file", "kind_of", "load_kind_template", "check_templates", "fonts_for", "generate_batch", "default_filename",
    "placeholder_help", "missing_step", "missing_steps",
]

_font_lock = threading.Lock()


def kind_of(kind: str) -> Kind:
    try:
        return KINDS[kind]
    except KeyError:
        raise DocumentError(f"未知的文书类型 {kind!r}；可用：{'、'.join(f'{k}（{v.label}）' for k, v in KINDS.items())}") from None


def load_kind_template(kind: str, name: str | None = None) -> Template:
    spec = kind_of(kind)
    return load_template(name or spec.templates[0], spec.placeholders, spec.tables)


def check_templates() -> list[str]:
    """Load every template (user overrides included); return the Chinese error of each bad one."""
    problems = []
    for spec in KINDS.values():
        for name in spec.templates:
            try:
                load_template(name, spec.placeholders, spec.tables)
            except TemplateError as exc:
                problems.append(str(exc))
    return problems


def fonts_for(db: Database) -> dict[str, str]:
    """Register the document fonts (settings key ``document_font`` may name a .ttf/.ttc file)."""
    chosen = Settings(db).get("document_font") or None
    with _font_lock:
        try:
            return register_cjk_fonts(chosen)
        except FontNotFound as exc:
            raise DocumentError(str(exc)) from exc


def check_font_file(choice: str) -> str:
    """Check a font chosen for documents (``path`` or ``path.ttc#N``): '' when it can be embedded
    and has Chinese glyphs, else the Chinese reason."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path, _, sub = str(choice).partition("#")
    if not Path(path).is_file():
        return f"找不到字体文件 {path}"
    try:
        font = TTFont("CJK-check", path, subfontIndex=int(sub or 0))
    except TTFError as exc:
        if "postscript" in str(exc).lower():
            return f"{Path(path).name} 是 OpenType CFF 字体，无法嵌入 PDF；请选择 TrueType 字体（.ttf 或 .ttc，如宋体 simsun.ttc）"
        return f"无法读取字体 {Path(path).name}：{exc}"
    except (OSError, ValueError) as exc:
        return f"无法读取字体 {Path(path).name}：{exc}"
    if 0x4E2D not in font.face.charToGlyph:
        return f"{Path(path).name} 不含中文字形，请选择中文字体"
    return ""


def missing_step(db: Database, kind: str, record_id: int, *, of: str = "") -> str:
    """'' when ``kind`` may be issued for the record now, else the missing step (Chinese)."""
    spec = kind_of(kind)
    if kind == "decision":  # issued once the decision is on the record
        return decision_paper.missing_step(db, decision_paper.owner_type_of(of), int(record_id))
    if spec.subject != "application" or of:
        return ""
    app = application_row(db, int(record_id))
    return readiness.missing_step(db, kind, app) if app else ""


def missing_steps(db: Database, kind: str, records: Sequence[Mapping[str, Any]]) -> list[str]:
    """:func:`missing_step` of each record already read (an application row with id, kind and state,
    as the record pickers list them), without reading each again."""
    if kind == "decision":  # its readiness is the decision on the record, read per record
        return [missing_step(db, kind, int(record["id"])) for record in records]
    if kind_of(kind).subject != "application":
        return ["" for _ in records]
    return [readiness.missing_step(db, kind, record) for record in records]


_ISO_DAY = re.compile(r"(?<![0-9A-Za-z])(\d{4})-(\d{2})-(\d{2})(?![0-9])")


def _cn_day(text: str) -> str:
    return _ISO_DAY.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)


def chinese_dates(data: DocumentData) -> None:
    """Every date that reaches paper reads 2026年12月6日 (GB/T 9704-2012 7.3.5.4), in the text and the tables."""
    data.values = {k: _cn_day(v) if isinstance(v, str) else v for k, v in data.values.items()}
    for table in data.tables.values():
        table.rows = [[_cn_day(str(c)) for c in row] for row in table.rows]


# What a paper can carry: a name or title is a line or two, a text field a few pages.
NAME_LIMIT = 500
TEXT_LIMIT = 200_000
_NAMES = ("achievement.name", "application.title", "publicity.title", "deal.counterparty", "unit_name", "tto_name")


def _check_sizes(data: DocumentData) -> None:
    """Refuse, in Chinese and naming the field, a value too long for any paper (a 2 MB name)."""
    labels = {**{k: v for spec in KINDS.values() for k, v in spec.placeholders.items()}}
    for key, value in data.values.items():
        limit = NAME_LIMIT if key in _NAMES else TEXT_LIMIT
        if isinstance(value, str) and len(value) > limit:
            raise DocumentError(f"{data.subject}的“{labels.get(key, key).split('（')[0]}”有 {len(value):,} 个字符，"
                                f"超过文书可排版的 {limit:,} 字；请先在台账中改短后再生成")
    for name, table in data.tables.items():
        for row in table.rows:
            for cell in row:
                if len(str(cell)) > TEXT_LIMIT:
                    raise DocumentError(f"{data.subject}的表格“{name}”中有一项内容 {len(str(cell)):,} 个字符，"
                                        f"超过文书可排版的 {TEXT_LIMIT:,} 字；请先改短后再生成")


def build_data(db: Database, kind: str, record_id: int, *, of: str = "", start: date | None = None,
               today: date | None = None, draft: bool = False) -> DocumentData:
    """Gather the data of ``kind`` for the record. A paper whose step is not reached yet is refused
    naming the step, unless ``draft`` (then it is marked 草稿)."""
    spec = kind_of(kind)
    if of and of not in ("achievement", "deal"):
        raise DocumentError(f"--of 只能是 achievement 或 deal，当前为 {of!r}")
    if of == "deal" and "deal" not in spec.subjects:
        raise DocumentError(f"{spec.label}不能按交易生成（--of deal 只用于 dossier）")
    request = Request(db, int(record_id), Settings(db).all(), today or clock.today(), of=of, start=start)
    data = spec.build(request)
    _check_sizes(data)
    data.issued_on = data.issued_on or request.today  # a decision is dated the day it was taken
    if data.values.get("publicity.start") and data.values.get("publicity.state") != "拟公示":
        data.issued_on = date.fromisoformat(data.values["publicity.start"])  # a notice is dated the day it is posted
    data.values["doc.date"] = fields.day_cn(data.issued_on)
    chinese_dates(data)
    missing = missing_step(db, kind, record_id, of=of)
    if missing and not draft:
        raise DocumentError(f"{data.subject} 暂不能生成正式的{spec.label}：{missing}。"
                            "如需供内部讨论的草稿，请选择“草稿”（命令行加 --draft），草稿带“草稿”水印、不编号。")
    if draft:
        data.draft = True
        if missing:
            data.notes.append(f"草稿：{missing}")
    return data


def generate(db: Database, kind: str, record_id: int, out: Path | None = None, *, of: str = "",
             start: date | None = None, today: date | None = None, draft: bool = False) -> tuple[bytes, DocumentData]:
    """Make document ``kind`` for record ``record_id``; write it to ``out`` when given.

    Returns the PDF bytes and the data used (its ``notes`` say e.g. that no publicity was recorded
    yet and the end date was computed from a planned start). Raises :class:`DocumentError` (Chinese)
    for a wrong id or kind, a bad template, or no usable font.
    """
    data = build_data(db, kind, record_id, of=of, start=start, today=today, draft=draft)
    template = load_kind_template(kind, data.template)
    fonts = fonts_for(db)

    def render() -> bytes:
        title = titles.one_pair_of_quotes(template.render(template.title, data.values).strip())
        return render_pdf(template, data, fonts, title=title, author=data.values.get("unit_name", ""), stamp=head_stamp(db))

    if data.draft or kind not in numbering.NUMBERED or db.read_only:
        if db.read_only and not data.draft and kind in numbering.NUMBERED:
            data.notes.append("数据库以只读方式打开，本文书未编号")
        pdf = render()
    else:  # the number is allocated in the transaction that issues the paper: a failed paper uses none
        settings = Settings(db).all()
        scheme = numbering.scheme_for(kind, settings)
        short = numbering.short_name(settings)
        with db.transaction():
            data.values["doc.number"] = document_numbers.allocate(
                db, kind, "deal" if of == "deal" else kind_of(kind).subject, int(record_id), data.issued_on or clock.today(),
                lambda year, seq: numbering.format_number(scheme, short_name=short, year=year, seq=seq))
            pdf = render()
    data.notes.extend(w for w in data.warnings if w not in data.notes)  # shown wherever the notes are
    if out is not None:
        write_pdf(pdf, out)
    return pdf, data


def default_filename(kind: str, data: DocumentData, record_id: int) -> str:
    spec = kind_of(kind)
    safe = "".join(ch for ch in data.subject if ch.isalnum() or ch in "-_") or str(record_id)
    return f"{spec.label}-{safe}.pdf".replace("（", "(").replace("）", ")")


def placeholder_help(kind: str) -> str:
    """The placeholders and tables a template of ``kind`` may use, one per line (for the office)."""
    spec = kind_of(kind)
    lines = [f"{spec.label}（{kind}）模板：{', '.join(f'{n}.toml' for n in spec.templates)}", "占位符："]
    lines += [f"  {{{name}}}  {text}" for name, text in spec.placeholders.items()]
    lines.append("表格（[[block]] table = \"名称\"）：")
    lines += [f"  {name}  {text}" for name, text in spec.tables.items()]
    return "\n".join(lines)


@dataclass(frozen=True)
class BatchJob:
    kind: str
    record_id: int
    of: str = ""
    draft: bool = False


Progress = Callable[[int, int, str], None]


def generate_batch(db_path: Path | None, jobs: Sequence[BatchJob], out_dir: Path, *, db: Database | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
                   today: date | None = None) -> tuple[list[Path], list[str]]:
    """Generate many documents into ``out_dir``; returns (files written, Chinese error lines).

    A worker thread passes ``db_path`` and gets its own connection (closed at the end); a caller on
    the same thread may pass ``db``. One failing record does not stop the batch.
    """
    from ...storage import open_database

    own = db is None
    if db is None:
        if db_path is None:
            raise ValueError("generate_batch needs db_path or db")
        database = open_database(db_path)
    else:
        database = db
    written: list[Path] = []
    errors: list[str] = []
    report = progress or (lambda done, total, label: None)
    try:
        for number, job in enumerate(jobs):
            if cancelled():
                break
            report(number, len(jobs), f"{kind_of(job.kind).label} {job.record_id}")
            try:
                pdf, data = generate(database, job.kind, job.record_id, of=job.of, today=today, draft=job.draft)
            except DocumentError as exc:
                errors.append(f"{kind_of(job.kind).label} {job.record_id}：{exc}")
                continue
            target = Path(out_dir) / default_filename(job.kind, data, job.record_id)
            written.append(write_pdf(pdf, target))
        report(len(jobs) if not cancelled() else len(written), len(jobs), "完成")
    finally:
        if own:
            database.close()
    return written, errors
