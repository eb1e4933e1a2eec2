"""Chinese fonts for documents: find a TrueType CJK font, register it with reportlab (embedded as
a subset), and fix CJK line breaking.

Search order: the font file chosen in settings; the Windows office fonts per role (body 仿宋 simfang.ttf,
title 方正小标宋 or 宋体 simsun.ttc, headings 黑体 simhei.ttf, SimSun-ExtB for rare characters; per-user
fonts too); elsewhere AR PL UMing (Song, body), WenQuanYi (Hei) and HanaMinA/B for the extensions. reportlab embeds TrueType outlines only — CFF fonts (Noto/Source Han CJK
.otf/.ttc) raise "postscript outlines are not supported" and are skipped. If nothing is found,
:class:`FontNotFound` says what to install; the non-embedded CID font STSong-Light is never used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# Full-width punctuation that must never start a line (reportlab still lets these through).
EXTRA_CANNOT_START = "，。、；：？！）》」』】〕〉’”…—·％"


class FontNotFound(RuntimeError):
    """No usable Chinese TrueType font; the message says what to install."""


@dataclass(frozen=True)
class FontSpec:
    path: Path
    subfont: int = 0

    @property
    def label(self) -> str:
        return f"{self.path.name}#{self.subfont}" if self.path.suffix.lower() == ".ttc" else self.path.name


def _windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


# (file name, sub-font index) per role, best first: the fonts an office's Windows has, never shipped.
# GB/T 9704-2012: title 小标宋 (宋体 emboldened without it), headings 黑体, body 仿宋.
_WINDOWS = {
    "title": [("FZXBSJW.TTF", 0), ("方正小标宋简体.ttf", 0), ("方正小标宋_GBK.ttf", 0), ("simsun.ttc", 0), ("simhei.ttf", 0)],
    "heading": [("simhei.ttf", 0), ("msyh.ttc", 0), ("simsun.ttc", 0)],
    "body": [("simfang.ttf", 0), ("simsun.ttc", 0), ("msyh.ttc", 0), ("simhei.ttf", 0)],
    "fallback": [("simsunb.ttf", 0), ("SimSun-ExtB.ttf", 0), ("mingliub.ttc", 0)],
}
_ARPHIC = Path("/usr/share/fonts/truetype/arphic/uming.ttc")  # sub-font 0 = AR PL UMing CN
_WQY = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")]
_OTHER = [
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
]
# Elsewhere: AR PL UMing for Song and (no free Simplified FangSong exists) the body, WenQuanYi for Hei,
# HanaMinA/B (fonts-hanazono) for the CJK extensions.
_UNIX = {
    "title": [_ARPHIC, *_WQY, *_OTHER],
    "heading": [*_WQY, _ARPHIC, *_OTHER],
    "body": [_ARPHIC, *_WQY, *_OTHER],
    "fallback": [Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
                 Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"), *_WQY,
                 Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")],
}


def candidate_fonts(role: str = "body", chosen: str | Path | None = None) -> list[FontSpec]:
    found: list[FontSpec] = []
    if chosen and role != "fallback":
        text = str(chosen)
        path, _, sub = text.partition("#")
        found.append(FontSpec(Path(path), int(sub or 0)))
    names = _WINDOWS.get(role, _WINDOWS["body"])
    for folder in _windows_font_dirs():
        for name, index in names:
            if (folder / name).is_file():
                found.append(FontSpec(folder / name, index))
    found += [FontSpec(p, 0) for p in _UNIX.get(role, _UNIX["body"]) if p.is_file()]
    return found


_registered: dict[str, dict[str, str]] = {}


def _try_register(name: str, spec: FontSpec, *, needs_han: bool = True) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.getFont(name)
        return True
    except KeyError:
        pass
    try:
        font = TTFont(name, str(spec.path), subfontIndex=spec.subfont)
        if needs_han and 0x4E2D not in font.face.charToGlyph:  # must have 中
            return False
        pdfmetrics.registerFont(font)
    except Exception:  # TTFError for CFF outlines, unreadable files
        return False
    return True


def register_cjk_fonts(chosen: str | Path | None = None) -> dict[str, str]:
    """Register the document fonts with reportlab; return role → font name for ``body``, ``heading``
    and ``title``, and ``fallbacks``: the names of the fonts tried, in order, for a character the
    body font lacks (rare characters of CJK Extension B, …), joined by ``|``.

    Raises :class:`FontNotFound` with a Chinese message when no font can be used.
    """
    key = str(chosen or "")
    if key in _registered:
        return dict(_registered[key])
    patch_line_breaking()
    body = next((s for s in candidate_fonts("body", chosen) if _try_register(f"CJK-{s.label}", s)), None)
    if body is None:
        raise FontNotFound(
            "未找到可嵌入的中文 TrueType 字体。Windows 请确认系统字体目录中有仿宋（simfang.ttf）、宋体（simsun.ttc）或黑体（simhei.ttf）；"
            "Linux 请安装 fonts-arphic-uming 和 fonts-wqy-microhei；也可在“设置”中选择字体文件（.ttf/.ttc，不支持 OpenType CFF）。"
        )
    roles = {"body": f"CJK-{body.label}"}
    for role in ("heading", "title"):
        spec = next((s for s in candidate_fonts(role, chosen) if _try_register(f"CJK-{s.label}", s)), body)
        roles[role] = f"CJK-{spec.label}"
    fallbacks = [f"CJK-{s.label}" for s in candidate_fonts("fallback") if _try_register(f"CJK-{s.label}", s, needs_han=False)]
    roles["fallbacks"] = "|".join(name for name in dict.fromkeys(fallbacks) if name != roles["body"])
    _registered[key] = roles
    return dict(roles)


def covers(font_name: str, char: str) -> bool:
    """Whether the registered font has a glyph for ``char``."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return face is not None and ord(char) in face.charToGlyph


def patch_line_breaking() -> None:
    """Add full-width punctuation to reportlab's "cannot start a line" sets (both copies)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        current = getattr(module, "ALL_CANNOT_START", "")
        missing = "".join(ch for ch in EXTRA_CANNOT_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing
