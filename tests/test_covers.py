"""One cover reader for every edition, and the form each one needs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from audioreview import covers
from audioreview.errors import OutputError


def _image(path: Path, size: tuple[int, int], fmt: str, colour=(10, 20, 30)) -> Path:
    Image.new("RGB", size, colour).save(path, format=fmt)
    return path


def test_png_and_jpeg_are_kept_byte_for_byte(tmp_path: Path) -> None:
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg")):
        path = _image(tmp_path / f"c.{fmt.lower()}", (300, 200), fmt)
        cover = covers.read_cover(path)
        assert (cover.data, cover.mime, cover.width, cover.height) == (path.read_bytes(), mime, 300, 200)
        assert cover.extension == ("png" if fmt == "PNG" else "jpg")


def test_other_formats_become_png(tmp_path: Path) -> None:
    cover = covers.read_cover(_image(tmp_path / "c.gif", (64, 64), "GIF"))
    assert cover.mime == "image/png" and Image.open(io.BytesIO(cover.data)).format == "PNG"


def test_unreadable_covers_are_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="not found") as err:
        covers.read_cover(tmp_path / "nope.png")
    assert err.value.path == str(tmp_path / "nope.png")
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(OutputError, match="readable image") as err:
        covers.read_cover(junk)
    assert err.value.path == str(junk)


def test_id3_cover_is_at_most_1400_px(tmp_path: Path) -> None:
    small = covers.read_cover(_image(tmp_path / "s.png", (800, 800), "PNG"))
    assert covers.for_id3(small) is small
    big = covers.for_id3(covers.read_cover(_image(tmp_path / "b.jpg", (3000, 2000), "JPEG")))
    assert max(big.width, big.height) == 1400 and Image.open(io.BytesIO(big.data)).size == (big.width, big.height)


def test_feed_cover_is_a_square_png_in_range(tmp_path: Path) -> None:
    good = covers.read_cover(_image(tmp_path / "good.png", (1500, 1500), "PNG"))
    assert covers.for_feed(good).data == good.data
    small = covers.for_feed(covers.read_cover(_image(tmp_path / "small.jpg", (600, 600), "JPEG")))
    out = Image.open(io.BytesIO(small.data))
    assert out.format == "PNG" and out.size == (1400, 1400)
    huge = covers.for_feed(covers.read_cover(_image(tmp_path / "huge.png", (3200, 3200), "PNG")))
    assert (huge.width, huge.height) == (3000, 3000)
    with pytest.raises(OutputError, match="square") as err:
        covers.for_feed(covers.read_cover(_image(tmp_path / "wide.png", (1600, 1400), "PNG")), "wide.png")
    assert err.value.path == "wide.png"


def test_generated_cover_is_square_deterministic_png() -> None:
    a, b = covers.make_cover("Night & Day Reviews"), covers.make_cover("Night & Day Reviews")
    assert a == b and a != covers.make_cover("Another show")
    img = Image.open(io.BytesIO(a))
    assert img.format == "PNG" and img.size == (1400, 1400) and img.mode == "RGB"
    # The title is drawn: the image is not one flat colour.
    assert len(img.getcolors(maxcolors=1 << 16) or range(2)) > 2
