"""Cover images: one reader and one set of rules for every edition.

:func:`read_cover` decodes a user's image once (a clear OutputError when it is
missing or not an image); JPEG and PNG are kept byte for byte, any other format
Pillow reads becomes PNG. Each edition then asks for the form it needs:
:func:`for_id3` (at most 1400 px, it is repeated in every MP3), :func:`for_feed`
(a square PNG of 1400-3000 px, as Apple Podcasts requires), the EPUB takes the
cover as read. :func:`make_cover` draws the feed's cover when the user gave none.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OutputError

ID3_MAX = 1400  # px; bigger covers are scaled down for ID3 (repeated in every file)
FEED_MIN, FEED_MAX = 1400, 3000  # px, square: what podcast directories accept
COVER_SIZE = 1400  # px: the generated feed cover


@dataclass(frozen=True)
class Cover:
    """An image ready to embed: its bytes, media type and size in pixels."""

    data: bytes
    mime: str  # image/jpeg or image/png
    width: int
    height: int

    @property
    def extension(self) -> str:
        return "jpg" if self.mime == "image/jpeg" else "png"


def read_cover(path: str | Path) -> Cover:
    """Read and decode a cover image. JPEG/PNG kept as they are; any other image
    format is converted to PNG. Missing or unreadable: OutputError naming the file."""
    from PIL import Image, UnidentifiedImageError

    p = Path(path)
    try:
        raw = p.read_bytes()
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            if img.format in ("JPEG", "PNG"):
                return Cover(raw, "image/jpeg" if img.format == "JPEG" else "image/png", *img.size)
            return _png(img.convert("RGBA" if "A" in img.getbands() else "RGB"))
    except FileNotFoundError:
        raise OutputError("cover image not found", str(p)) from None
    except IsADirectoryError:
        raise OutputError("cover image is a folder, not a file", str(p)) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise OutputError(f"cover is not a readable image ({exc.__class__.__name__})", str(p)) from None


def for_id3(cover: Cover) -> Cover:
    """The cover for ID3 APIC frames: scaled to at most ``ID3_MAX`` px."""
    if max(cover.width, cover.height) <= ID3_MAX:
        return cover
    img = _open(cover)
    img = img.convert("RGB") if img.mode not in ("RGB", "RGBA", "L") else img
    img.thumbnail((ID3_MAX, ID3_MAX))
    return _png(img)


def for_feed(cover: Cover, source: str | None = None) -> Cover:
    """The cover for a podcast feed: a square PNG of 1400-3000 px. A PNG in range
    is kept byte for byte; otherwise converted and scaled into range. Not square:
    OutputError."""
    from PIL import Image

    w, h = cover.width, cover.height
    if w != h:
        raise OutputError(f"cover image must be square, it is {w}x{h}", source)
    img = _open(cover)
    if cover.mime == "image/png" and FEED_MIN <= w <= FEED_MAX and img.mode in ("RGB", "RGBA", "P", "L"):
        return cover
    target = min(max(w, FEED_MIN), FEED_MAX)
    converted = img.convert("RGB")
    if target != w:
        converted = converted.resize((target, target), Image.Resampling.LANCZOS)
    return _png(converted)


def _open(cover: Cover) -> Any:
    from PIL import Image

    img = Image.open(io.BytesIO(cover.data))
    img.load()
    return img


def _png(img: Any) -> Cover:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return Cover(out.getvalue(), "image/png", *img.size)


# ------------------------------------------------------------ the generated cover


_SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Bold.ttf",
    "C:/Windows/Fonts/arialbd.ttf",
)


def _font_loader() -> tuple[Any, bool]:
    """(size -> font, whether the font covers more than ASCII). A system DejaVu
    Sans Bold when there is one; else Pillow's built-in font (ASCII only)."""
    from PIL import ImageFont

    for candidate in _SYSTEM_FONTS:
        if Path(candidate).is_file():
            return (lambda size: ImageFont.truetype(candidate, size)), True
    return (lambda size: ImageFont.load_default(size=size)), False


def make_cover(title: str, size: int = COVER_SIZE) -> bytes:
    """A square PNG with the feed title in large type: the same title gives the
    same bytes on a given machine (the font is the system's DejaVu Sans when
    present). White text on a dark colour picked from the title's hash."""
    from PIL import Image, ImageDraw

    load_font, wide = _font_loader()
    text = _drawable(title, ascii_only=not wide) or "Audio reviews"
    hue = int(hashlib.sha256(title.encode("utf-8")).hexdigest()[:4], 16) / 0xFFFF
    r, g, b = (int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.2, 0.45))
    image = Image.new("RGB", (size, size), (r, g, b))
    draw = ImageDraw.Draw(image)
    margin = size // 10
    font_size = size // 9
    font = load_font(font_size)
    lines = [text]
    while font_size > size // 30:
        font = load_font(font_size)
        lines = _wrap_to_width(draw, text, font, size - 2 * margin)
        fits = all(draw.textlength(line, font=font) <= size - 2 * margin for line in lines)
        if fits and len(lines) * font_size * 1.25 <= size - 3 * margin:
            break
        font_size = int(font_size * 0.85)
    y = margin
    for line in lines:
        draw.text((margin, y), line, fill=(255, 255, 255), font=font)
        y += int(font_size * 1.25)
    small = load_font(size // 28)
    draw.text((margin, size - margin - size // 60 - size // 20), "narrated reviews", fill=(255, 255, 255), font=small)
    draw.rectangle((margin, size - margin - size // 60, margin + size // 6, size - margin), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _drawable(title: str, ascii_only: bool = False) -> str:
    """The title without emoji and other symbols fonts lack (and folded to ASCII
    for Pillow's built-in font: "café" -> "cafe")."""
    if ascii_only:
        title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    title = unicodedata.normalize("NFC", title)
    kept = (ch for ch in title if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co", "Cn", "Cc", "Cf", "Mn"))
    return " ".join("".join(kept).split())


def _wrap_to_width(draw: Any, text: str, font: Any, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines
