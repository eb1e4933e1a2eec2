"""PDF layout with reportlab: A4 pages in the manner of Chinese official documents (GB/T 9704).

Margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (text area 156 × 225 mm). The title is
set in the heading face at 2号 (22 pt), emboldened; the body at 3号 (16 pt) with 22 lines a page
("official") or at 小四 (12 pt) for tabular documents ("compact"). Page numbers "— 1 —" in 4号
(14 pt) below the text area, odd pages right, even pages left, one character in from the edge.
Text wraps the CJK way with full-width punctuation kept off line starts (services.fonts); tables
split across pages and repeat their header row.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from unicodedata import category
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..fonts import covers
from . import cjkwrap, titles
from .templates import Template

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGINS = {"top": 37 * mm, "bottom": 35 * mm, "left": 28 * mm, "right": 26 * mm}
TEXT_WIDTH = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
TEXT_HEIGHT = PAGE_HEIGHT - MARGINS["top"] - MARGINS["bottom"]
TITLE_SIZE = 22  # 2号
PAGE_NUMBER_SIZE = 14  # 4号
CELL_PADDING = 4
SIZES = {
    # style → (body size, body leading, table size, table leading, heading size)
    "official": (15.75, TEXT_HEIGHT / 22, 12, 16, 15.75),  # 3号: 28 characters a line, 22 lines a page
    "compact": (12, 20, 10.5, 14, 14),  # 小四 body, 五号 tables
}


@dataclass
class DocTable:
    """A table a document offers to its template: header row, body rows, relative column widths."""

    headers: list[str]
    rows: list[list[str]]
    widths: Sequence[float] = ()
    empty: str = "（无）"
    key_value: bool = False  # two columns label → value, no header row


@dataclass
class DocumentData:
    """Everything a template may use: the whitelisted placeholder values and the tables."""

    kind: str
    template: str
    values: dict[str, str]
    tables: dict[str, DocTable] = field(default_factory=dict)
    subject: str = ""  # e.g. "申请 SQ-2025-0001"
    notes: list[str] = field(default_factory=list)  # remarks for the user (not printed)
    issued_on: date | None = None  # 成文日期: the year of the number
    draft: bool = False  # printed with a diagonal 草稿 watermark on every page, without a number
    warnings: list[str] = field(default_factory=list)  # e.g. characters no font could print
    # lines a page to try when a one-page paper spills over (GB/T 9704-2012 7.3.5.1: 调整行距 so the 落款
    # and the seal stay on the page of the text), e.g. (23, 24); empty: always 22
    fit_lines: tuple[int, ...] = ()


class BoldParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A title: drawn fill-then-stroke (a bold face from any CJK font) and, when it takes several
    lines, balanced — the narrowest width giving the same number of lines, so no line holds a lone
    character."""

    stroke_width = 0.45

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        base: ParagraphStyle = self.__dict__["style"]
        width, height = super().wrap(availWidth, availHeight)
        lines = len(self.blPara.lines)
        if lines < 2 or getattr(self, "balanced", False):
            return width, height
        low, high = 0.0, availWidth * 0.3  # indent on each side
        while high - low > 1:
            mid = (low + high) / 2
            self.style = ParagraphStyle("balanced", parent=base, leftIndent=mid, rightIndent=mid)
            super().wrap(availWidth, availHeight)
            if len(self.blPara.lines) == lines:
                low = mid
            else:
                high = mid
        self.style = ParagraphStyle("balanced", parent=base, leftIndent=low, rightIndent=low)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size

    def beginText(self, x: float, y: float) -> Any:  # noqa: N802 - reportlab API
        tx = super().beginText(x, y)
        tx.setTextRenderMode(2)
        return tx

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(self.stroke_width)
        self.canv.setStrokeColor(colors.black)
        try:
            super().draw()
        finally:
            self.canv.restoreState()


class Styles:
    def __init__(self, fonts: Mapping[str, str], style: str, lines: int = 0) -> None:
        body_size, leading, table_size, table_leading, heading_size = SIZES[style]
        if lines and style == "official":
            leading = TEXT_HEIGHT / lines
        body, heading = fonts["body"], fonts["heading"]
        common = {"fontName": body, "wordWrap": "CJK", "fontSize": body_size, "leading": leading}
        self.title = ParagraphStyle("title", fontName=fonts.get("title", heading), fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.45,
                                    alignment=TA_CENTER, wordWrap="CJK", spaceAfter=leading * 0.6)
        self.text = {
            "body": ParagraphStyle("body", firstLineIndent=body_size * 2, alignment=TA_JUSTIFY, **common),
            "plain": ParagraphStyle("plain", alignment=TA_LEFT, **common),
            "center": ParagraphStyle("center", alignment=TA_CENTER, **common),
            "right": ParagraphStyle("right", alignment=TA_RIGHT, **common),
            "heading": ParagraphStyle("heading", fontName=heading, fontSize=heading_size, leading=leading,
                                      wordWrap="CJK", spaceBefore=leading * 0.25),
            "small": ParagraphStyle("small", fontName=body, fontSize=table_size, leading=table_leading, wordWrap="CJK",
                                    textColor=colors.HexColor("#333333")),
        }
        self.cell = ParagraphStyle("cell", fontName=body, fontSize=table_size, leading=table_leading, wordWrap="CJK")
        self.head_cell = ParagraphStyle("head", fontName=heading, fontSize=table_size, leading=table_leading,
                                        wordWrap="CJK", alignment=TA_CENTER)
        self.leading = leading
        self.body_font = body


MISSING_MARK = "〓"  # the typesetter's mark for a character no font has


class Glyphs:
    """Per character, the first font of the chain that has it: the style's own font, then the
    fallbacks (CJK Extension B …). A character none has prints as 〓 and is listed in ``missing``."""

    def __init__(self, fallbacks: Sequence[str]) -> None:
        self.fallbacks = [f for f in fallbacks if f]
        self.missing: dict[str, int] = {}
        self._cover: dict[tuple[str, str], bool] = {}

    def _has(self, font: str, ch: str) -> bool:
        key = (font, ch)
        hit = self._cover.get(key)
        if hit is None:
            hit = self._cover[key] = covers(font, ch)
        return hit

    def plain(self, text: str, font: str) -> bool:
        """True when ``font`` alone prints all of ``text``."""
        return all(ch in "\n\u3000 " or self._has(font, ch) for ch in text)

    def markup(self, text: str, font: str) -> str:
        out: list[str] = []
        for ch in text:
            if ch in "\n\u3000 \u00a0\t" or self._has(font, ch):
                out.append(escape(ch))
                continue
            cat = category(ch)
            if cat in ("Cc", "Cf", "Mn", "Me") or ch in "\ufe0e\ufe0f":
                continue  # non-printing: control and format characters, variation selectors
            other = next((f for f in self.fallbacks if self._has(f, ch)), None)
            if other is not None:
                out.append(f'<font name="{other}">{escape(ch)}</font>')
            else:
                self.missing[ch] = self.missing.get(ch, 0) + 1
                out.append(MISSING_MARK)
        # reportlab collapses runs of spaces, the full-width one included; two no-break spaces keep it
        return "".join(out).replace("\n", "<br/>").replace("\u3000", "\u00a0\u00a0")

    def report(self) -> list[str]:
        if not self.missing:
            return []
        chars = "、".join(f"{ch}（U+{ord(ch):04X}）" for ch in list(self.missing)[:20])
        more = f"等 {len(self.missing)} 个字符" if len(self.missing) > 20 else ""
        return [f"以下字符没有可用的字体，文书中以“{MISSING_MARK}”代替：{chars}{more}。请安装包含这些字的字体"
                "（Windows：SimSun-ExtB；Linux：fonts-hanazono），或在“设置”中选择字体后重新生成。"]


_current = threading.local()


def _glyphs() -> Glyphs:
    glyphs = getattr(_current, "glyphs", None)
    if glyphs is None:
        glyphs = _current.glyphs = Glyphs(())
    return glyphs


def _markup(text: str, font: str) -> str:
    return _glyphs().markup(text, font)


# A table row cannot break across pages: text longer than this many lines goes into continuation rows.
ROW_LINES = 18


def _chunks(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` cut into pieces of at most ROW_LINES wrapped lines each (line breaks kept)."""
    usable = max(width - 2 * CELL_PADDING, size)
    pieces: list[str] = []
    current: list[str] = []
    lines = 0.0
    for line in text.split("\n"):
        while True:
            need = max(1.0, stringWidth(line, font, size) / usable) if line else 1.0
            if lines + need <= ROW_LINES:
                current.append(line)
                lines += need
                break
            room = ROW_LINES - lines
            if room >= 1 and line:  # cut the line where the room ends
                cut = max(1, int(len(line) * room / need))
                current.append(line[:cut])
                line = line[cut:]
            pieces.append("\n".join(current))
            current, lines = [], 0.0
    if current:
        pieces.append("\n".join(current))
    return pieces or [""]


def _cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A plain string when it fits on one line (much faster to lay out), else a wrapping paragraph."""
    if ("\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING
            and _glyphs().plain(text, style.fontName)):
        return text
    return Paragraph(_markup(text, style.fontName), style)


def _split_rows(row: list[str], col_widths: list[float], style: ParagraphStyle, key_value: bool) -> list[list[str]]:
    """One stored row as one or more table rows, so that no row is taller than a page."""
    pieces = [_chunks(str(c), style.fontName, style.fontSize, w) for c, w in zip(row, col_widths, strict=False)]
    count = max(len(p) for p in pieces)
    if count == 1:
        return [[str(c) for c in row]]
    rows = []
    for n in range(count):
        cells = [p[n] if n < len(p) else "" for p in pieces]
        if n and key_value and pieces[0] and len(pieces[0]) == 1:
            cells[0] = f"{row[0]}（续）"
        rows.append(cells)
    return rows


def _table(table: DocTable, styles: Styles) -> Table:
    ncols = len(table.headers) if not table.key_value else 2
    widths = list(table.widths) or [1.0] * ncols
    total = sum(widths)
    col_widths = [TEXT_WIDTH * w / total for w in widths]
    data: list[list[Any]] = []
    if not table.key_value:
        data.append([_cell(h, styles.head_cell, w) for h, w in zip(table.headers, col_widths, strict=True)])
    rows = [part for row in table.rows for part in _split_rows(list(row), col_widths, styles.cell, table.key_value)]
    rows = rows or [[table.empty] + [""] * (ncols - 1)]
    for row in rows:
        data.append([_cell(str(c), styles.head_cell if table.key_value and i == 0 else styles.cell, col_widths[i])
                     for i, c in enumerate(row)])
    cell = styles.cell
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles.body_font),  # tables would otherwise select Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if table.key_value:
        commands += [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                     ("FONTNAME", (0, 0), (0, -1), styles.head_cell.fontName), ("ALIGN", (0, 0), (0, -1), "CENTER")]
    else:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                     ("FONTNAME", (0, 0), (-1, 0), styles.head_cell.fontName), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    if not table.rows and ncols > 1:
        commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    result = Table(data, colWidths=col_widths, repeatRows=0 if table.key_value else 1, splitByRow=1,
                   style=TableStyle(commands), hAlign="CENTER")
    return result


def _columns(left: str, right: str, styles: Styles) -> Table:
    style = styles.text["plain"]
    cells = [[Paragraph(_markup(left, style.fontName), style), Paragraph(_markup(right, style.fontName), style)]]
    table = Table(cells, colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2], style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.body_font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    table.keepWithNext = False
    return table


def _watermark(canvas: Any, font: str) -> None:
    """A light diagonal 草稿 across the page, under nothing that matters for reading."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.28))
    canvas.setFont(font, 120)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -40, "草稿")
    canvas.restoreState()


def _page_number(canvas: Any, doc: Any) -> None:
    if getattr(doc, "draft", False):
        _watermark(canvas, doc.page_number_font)
    number = canvas.getPageNumber()
    text = f"— {number} —"
    canvas.saveState()
    canvas.setFont(doc.page_number_font, PAGE_NUMBER_SIZE)
    y = MARGINS["bottom"] - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    if number % 2:
        canvas.drawRightString(PAGE_WIDTH - MARGINS["right"] - PAGE_NUMBER_SIZE, y, text)
    else:
        canvas.drawString(MARGINS["left"] + PAGE_NUMBER_SIZE, y, text)
    stamp = getattr(doc, "head_stamp", "")
    if stamp:  # the event-log head at issue, small, at the foot of every page
        canvas.setFont(doc.page_number_font, 6)
        canvas.drawCentredString(PAGE_WIDTH / 2, y - 3 * mm, stamp)
    canvas.restoreState()


def _signature(text: str, styles: Styles) -> list[Any]:
    """The 落款 (GB/T 9704-2012 7.3.5.1): the issuer's name centred over the 成文日期, the date four
    characters in from the right, and two lines of room above for the seal."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return []
    style = ParagraphStyle("signature", parent=styles.text["center"], firstLineIndent=0)
    size = style.fontSize
    widest = max(stringWidth(line, style.fontName, size) for line in lines) + size
    column = min(widest, TEXT_WIDTH * 0.7)
    cells = [[Paragraph(_markup(line, style.fontName), style)] for line in lines]
    table = Table(cells, colWidths=[column], hAlign="RIGHT", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), style.fontName), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    right = Table([[table, ""]], colWidths=[column, size * 4], hAlign="RIGHT", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), style.fontName), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, styles.leading * 2.2), right]


def build_story(template: Template, data: DocumentData, styles: Styles) -> list[Any]:
    values = data.values
    title = titles.one_pair_of_quotes(template.render(template.title, values).strip())
    font, size = styles.title.fontName, styles.title.fontSize
    lines = titles.balance(title, TEXT_WIDTH - size, lambda s: stringWidth(s, font, size)) if len(title) < 2000 else [title]
    heading = BoldParagraph(_markup("\n".join(lines), font), styles.title)
    heading.balanced = len(lines) > 1 or len(title) >= 2000  # the lines are chosen already
    story: list[Any] = [heading]
    for block in template.blocks:
        if block.kind == "pagebreak":
            story.append(PageBreak())
        elif block.kind == "table":
            story.append(_table(data.tables[block.table], styles))
            story.append(Spacer(1, styles.leading * 0.4))
        elif block.kind == "columns":  # the signatures never stand alone on a page either
            last = [story.pop()] if story and isinstance(story[-1], Paragraph) else []
            columns = _columns(template.render(block.left, values), template.render(block.right, values), styles)
            story.append(KeepTogether([*last, Spacer(1, styles.leading * 0.5), columns]))
        elif block.style == "right":
            last = [story.pop()] if story and isinstance(story[-1], Paragraph) else []
            story.append(KeepTogether(last + _signature(template.render(block.text.strip("\n"), values), styles)))
            # the 落款 never stands alone on a page: it keeps the last paragraph with it
        else:
            style = styles.text[block.style]
            if block.style == "heading":
                story.append(CondPageBreak(styles.leading * 4))  # no heading alone at a page foot
            for line in template.render(block.text.strip("\n"), values).split("\n"):
                if line.strip():
                    story.append(Paragraph(_markup(line.strip(), style.fontName), style))
    return story


def render_pdf(template: Template, data: DocumentData, fonts: Mapping[str, str], *, title: str = "",
               author: str = "", stamp: str = "") -> bytes:
    """Lay out ``data`` with ``template`` and return the PDF bytes (fonts embedded as subsets). A paper
    with ``data.fit_lines`` that spills onto a second page is laid out again with those lines a page,
    the first that keeps it on one page winning."""
    pdf, pages = _render_once(template, data, fonts, title=title, author=author, stamp=stamp)
    for lines in data.fit_lines if pages == 2 else ():
        tighter, fewer = _render_once(template, data, fonts, title=title, author=author, stamp=stamp, lines=lines)
        if fewer == 1:
            return tighter
    return pdf


def _render_once(template: Template, data: DocumentData, fonts: Mapping[str, str], *, title: str, author: str,
                 stamp: str, lines: int = 0) -> tuple[bytes, int]:
    cjkwrap.install()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGINS["left"], rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"], initialFontName=fonts["body"], initialFontSize=12, initialLeading=14.4,
        title=title, author=author, creator="KJCG Desktop", subject=data.subject,
    )
    frame = Frame(MARGINS["left"], MARGINS["bottom"], TEXT_WIDTH, TEXT_HEIGHT, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_number)])
    doc.page_number_font = fonts["body"]
    doc.head_stamp = stamp
    doc.draft = data.draft
    styles = Styles(fonts, template.style, lines)
    glyphs = _current.glyphs = Glyphs(str(fonts.get("fallbacks", "")).split("|"))
    try:
        doc.build(build_story(template, data, styles))
    finally:
        _current.glyphs = None
    for line in glyphs.report():
        if line not in data.warnings:
            data.warnings.append(line)
    return buffer.getvalue(), int(doc.page)


def write_pdf(pdf: bytes, out: Path) -> Path:
    """Write atomically: a half-written file never replaces a good one."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(pdf)
        tmp.replace(out)
    except BaseException:  # a full disk: no partial file is left behind
        tmp.unlink(missing_ok=True)
        raise
    return out
