"""Chinese line breaking (禁则) for reportlab paragraphs.

reportlab's CJK splitters hang one closing punctuation mark in the margin but let a second one
start the next line (e.g. "（签字）" + "：" → a line starting with "："), and let an opening bracket
or quote end a line. The breaker here replaces both of reportlab's paths (``wordSplit`` for one-run
paragraphs, ``cjkFragSplit`` for mixed runs): no character of ``ALL_CANNOT_START`` starts a line
(one mark hangs in the margin, or the last character is carried over with the marks), no opening
bracket or quote ends one, and Latin words and numbers are not cut when a space or CJK character
offers a break point.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import category

from reportlab.lib import textsplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

from ..fonts import EXTRA_CANNOT_START, patch_line_breaking

CANNOT_START = textsplit.ALL_CANNOT_START + "".join(ch for ch in EXTRA_CANNOT_START if ch not in textsplit.ALL_CANNOT_START)
CANNOT_END = textsplit.ALL_CANNOT_END + "“‘（《〈「『【〔"
_FUZZ = 1e-6
_installed = False


def break_points(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
                 line_breaks: Sequence[bool] = ()) -> list[tuple[int, int, bool]]:
    """Split ``chars`` into lines: a list of (start, end, forced) index ranges."""
    cannot_start = CANNOT_START
    count = len(chars)
    result: list[tuple[int, int, bool]] = []
    i = start = 0
    used = 0.0
    limit = max_widths[0]
    while i < count:
        c = chars[i]
        used += widths[i]
        i += 1
        forced = bool(line_breaks and line_breaks[i - 1])
        if not forced and not used > limit + _FUZZ:
            continue
        if not forced:
            end = i - 1  # chars[end] overflowed; by default it starts the next line
            if end == start:
                end = start + 1  # a single character wider than the line
            elif c and ord(c) < 0x3000 and category(c) != "Zs":
                # inside Latin text or a number: break after a space or CJK character in the second half
                for j in range(end - 1, (start + end) >> 1, -1):
                    cj = chars[j]
                    if cj and (category(cj) == "Zs" or ord(cj) >= 0x3000):
                        end = j + 1
                        break
            if end == i - 1 and chars[end] in cannot_start and (end + 1 >= count or chars[end + 1] not in cannot_start):
                end += 1  # hang a single closing mark in the margin
            else:
                while end > start + 1 and chars[end] in cannot_start:
                    end -= 1  # carry the last character over with the marks
            while end > start + 1 and chars[end - 1] in CANNOT_END:
                end -= 1  # an opening bracket or quote never ends a line
            i = end
        result.append((start, i, forced))
        start = i
        used = 0.0
        limit = max_widths[min(len(result), len(max_widths) - 1)]
    if start < count:
        result.append((start, count, False))
    return result


def word_split(word: str | bytes, maxWidths: Any, fontName: str, fontSize: float,  # noqa: N803 - reportlab signature
               encoding: str = "utf8") -> list[list[Any]]:
    """Drop-in for ``reportlab.lib.textsplit.wordSplit``: [[extra space, line text], …]."""
    if isinstance(word, bytes):
        word = word.decode(encoding)
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = _char_widths(word, fontName, fontSize)
    lines: list[list[Any]] = []
    for n, (start, end, _) in enumerate(break_points(word, widths, maxWidths)):
        limit = maxWidths[min(n, len(maxWidths) - 1)]
        text = word[start:end]
        stripped = text.strip()
        lines.append([limit - sum(widths[start:end]), stripped])
    return lines


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _char_widths(text: str, font: str, size: float) -> list[float]:
    table = _WIDTHS.setdefault((font, size), {})
    result = []
    for ch in text:
        w = table.get(ch)
        if w is None:
            w = table[ch] = stringWidth(ch, font, size)
        result.append(w)
    return result


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return float(w)


def cjk_frag_split(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:  # noqa: N803 - reportlab signature
    """Drop-in for ``reportlab.platypus.paragraph.cjkFragSplit`` using :func:`break_points`."""
    units: list[Any] = []
    for f in frags:
        text = f.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend(paragraph.cjkU(t, f, encoding) for t in text)
        else:
            units.append(paragraph.cjkU(text, f, encoding))
    lines = []
    widths = [_width(u, maxWidths[0]) for u in units]
    breaks = [hasattr(u.frag, "lineBreak") for u in units]
    for n, (start, end, forced) in enumerate(break_points(units, widths, maxWidths, breaks)):
        limit = maxWidths[min(n, len(maxWidths) - 1)]
        part = units[start:end]
        width = sum(widths[start:end])
        lines.append(paragraph.makeCJKParaLine(part, limit, width, limit - width, forced, calcBounds))
    return paragraph.ParaLines(kind=1, lines=lines)


def install() -> None:
    """Use this breaker for every CJK-wrapped paragraph (idempotent)."""
    global _installed
    if _installed:
        return
    patch_line_breaking()
    paragraph.cjkFragSplit = cjk_frag_split
    paragraph.wordSplit = word_split
    _installed = True
