"""Chinese fonts for documents: find a TrueType CJK font, register it with reportlab (embedded as
a subset), and fix CJK line breaking.

Search order: the font file chosen in settings; Windows system fonts (宋体 simsun.ttc sub-font 0,
仿宋 simfang.ttf, 黑体 simhei.ttf, 微软雅黑 msyh.ttc sub-font 0, per-user fonts too); common TrueType
CJK fonts on Linux/macOS. reportlab embeds TrueType outlines only — CFF fonts (Noto/Source Han CJK
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


# (file name, sub-font index) per role, best first.
_BODY = [("simsun.ttc", 0), ("simfang.ttf", 0), ("msyh.ttc", 0), ("simhei.ttf", 0)]
_HEADING = [("simhei.ttf", 0), ("msyh.ttc", 0), ("simsun.ttc", 0)]
_UNIX = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
]


def candidate_fonts(role: str = "body", chosen: str | Path | None = None) -> list[FontSpec]:
    found: list[FontSpec] = []
    if chosen:
        text = str(chosen)
        path, _, sub = text.partition("#")
        found.append(FontSpec(Path(path), int(sub or 0)))
    names = _HEADING if role == "heading" else _BODY
    for folder in _windows_font_dirs():
        for name, sub in names:
            if (folder / name).is_file():
                found.append(FontSpec(folder / name, sub))
    found += [FontSpec(p, 0) for p in _UNIX if p.is_file()]
    return found


_registered: dict[str, str] = {}


def _try_register(name: str, spec: FontSpec) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        font = TTFont(name, str(spec.path), subfontIndex=spec.subfont)
        if 0x4E2D not in font.face.charToGlyph:  # must have 中
            return False
        pdfmetrics.registerFont(font)
    except Exception:  # TTFError for CFF outlines, unreadable files
        return False
    return True


def register_cjk_fonts(chosen: str | Path | None = None) -> dict[str, str]:
    """Register ``CJK`` (body) and ``CJK-Bold`` (headings) with reportlab; return role → font name.

    Raises :class:`FontNotFound` with a Chinese message when no font can be used.
    """
    key = str(chosen or "")
    if key in _registered:
        return {"body": _registered[key], "heading": _registered[key + "|h"]}
    patch_line_breaking()
    body = next((s for s in candidate_fonts("body", chosen) if _try_register(f"CJK-{s.label}", s)), None)
    if body is None:
        raise FontNotFound(
            "未找到可嵌入的中文 TrueType 字体。Windows 请确认系统字体目录中有宋体（simsun.ttc）或黑体（simhei.ttf）；"
            "Linux 请安装 fonts-wqy-microhei 或 fonts-droid-fallback；也可在“设置”中选择字体文件（.ttf/.ttc，不支持 OpenType CFF）。"
        )
    heading = next((s for s in candidate_fonts("heading", chosen) if _try_register(f"CJK-{s.label}", s)), body)
    _registered[key] = f"CJK-{body.label}"
    _registered[key + "|h"] = f"CJK-{heading.label}"
    return {"body": _registered[key], "heading": _registered[key + "|h"]}


def patch_line_breaking() -> None:
    """Add full-width punctuation to reportlab's "cannot start a line" sets (both copies)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        current = getattr(module, "ALL_CANNOT_START", "")
        missing = "".join(ch for ch in EXTRA_CANNOT_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing
