"""Draw the application icon (resources/icons/kjcg.png and kjcg.ico) with Pillow.

Run once when the design changes; the generated files are small and committed:
    python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONTS = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
         r"C:\Windows\Fonts\msyh.ttc", r"C:\Windows\Fonts\simhei.ttf"]


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    r = size // 6
    d.rounded_rectangle((4, 4, size - 5, size - 5), radius=r, fill=(23, 78, 166, 255))
    d.rounded_rectangle((4, size * 0.70, size - 5, size - 5), radius=r, fill=(205, 38, 38, 255))
    d.rectangle((4, size * 0.70, size - 5, size * 0.80), fill=(205, 38, 38, 255))
    font_path = next((f for f in FONTS if Path(f).exists()), None)
    font = ImageFont.truetype(font_path, int(size * 0.56)) if font_path else ImageFont.load_default()
    d.text((size / 2, size * 0.38), "成", font=font, fill="white", anchor="mm")
    small = ImageFont.truetype(font_path, int(size * 0.15)) if font_path else ImageFont.load_default()
    d.text((size / 2, size * 0.84), "KJCG", font=small, fill="white", anchor="mm")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw(256)
    img.save(OUT / "kjcg.png", optimize=True)
    img.save(OUT / "kjcg.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(OUT / "kjcg.png", OUT / "kjcg.ico")


if __name__ == "__main__":
    main()
