"""QR codes decode, at the promised size, level and sharpness, and refuse what can't work."""

from __future__ import annotations

import io
import math
import re
import xml.etree.ElementTree as ET

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.qr import (
    DPI,
    LOGO_SHARE,
    QUIET_ZONE,
    LogoUnreadable,
    QrError,
    load_logo,
    make_symbol,
    mm_to_px,
    render_png,
    render_svg,
)

SHORT = "https://example.org/q"
TAGGED = (
    "https://agence-pixel-plume.example/quiz/influenceur?lang=fr&utm_source=newsletter"
    "&utm_medium=email&utm_campaign=semaine-des-reseaux-sociaux#résultat"
)
LONG = TAGGED + "&ref=" + "x" * 300


def decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    return zxingcpp.read_barcodes(image)


def open_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def colourful_logo(size: tuple[int, int] = (300, 200)) -> Image.Image:
    """A logo with no white in it, so that it hides every module it covers."""
    logo = Image.new("RGBA", size, (200, 30, 30, 255))
    draw = ImageDraw.Draw(logo)
    draw.ellipse((10, 10, size[1] - 10, size[1] - 10), fill=(20, 20, 200, 255))
    draw.rectangle((size[0] // 2, 0, size[0], size[1] // 2), fill=(0, 0, 0, 255))
    return logo


def test_png_without_logo_decodes_at_level_m() -> None:
    qr = render_png(TAGGED)
    found = decode(open_png(qr.data))
    assert [b.text for b in found] == [TAGGED]
    assert qr.error_correction == "M" and found[0].ec_level == "M"
    assert qr.module_px == 10 and qr.width_px == (qr.modules + 2 * QUIET_ZONE) * 10


@pytest.mark.parametrize("text", [SHORT, TAGGED, LONG])
def test_png_with_a_logo_uses_level_h_and_still_decodes(text: str) -> None:
    qr = render_png(text, size_mm=40, logo=colourful_logo())
    image = open_png(qr.data)
    found = decode(image)
    assert [b.text for b in found] == [text]
    assert qr.error_correction == "H" and found[0].ec_level == "H"
    # The logo (its coloured pixels) stays within a fifth of the symbol's width.
    assert qr.module_px is not None
    coloured = image.convert("RGB").point(lambda v: 255 if 0 < v < 255 else 0).convert("L")
    box = coloured.getbbox()
    assert box is not None
    assert box[2] - box[0] <= LOGO_SHARE * qr.modules * qr.module_px + 1


@pytest.mark.parametrize("size_mm", [10, 30, 52.5, 120])
def test_size_mm_is_met_at_300_dpi_with_whole_pixel_modules(size_mm: float) -> None:
    qr = render_png(SHORT, size_mm=size_mm)
    image = open_png(qr.data)
    side = math.ceil(size_mm / 25.4 * DPI - 1e-9)
    assert image.size == (side, side) == (qr.width_px, qr.width_px)
    assert qr.width_mm == pytest.approx(size_mm, abs=25.4 / DPI)
    assert image.info["dpi"] == pytest.approx((DPI, DPI), abs=0.01)
    # Sharp: only black and white, and every module is a whole square of pixels.
    grey = image.convert("L")
    assert {value for _, value in grey.getcolors() or []} <= {0, 255}
    m = qr.module_px
    assert m is not None and m >= 3
    dark = grey.point(lambda v: 255 - v).getbbox()
    assert dark is not None
    left, top, right, bottom = dark
    assert right - left == bottom - top == qr.modules * m
    assert left >= QUIET_ZONE * m and side - right >= QUIET_ZONE * m  # the quiet zone
    symbol = make_symbol(SHORT)
    for y, row in enumerate(symbol.rows):
        for x, is_dark in enumerate(row):
            block = grey.crop((left + x * m, top + y * m, left + (x + 1) * m, top + (y + 1) * m))
            assert block.getextrema() == ((0, 0) if is_dark else (255, 255))
    assert [b.text for b in decode(image)] == [SHORT]


def test_a_30_mm_code_is_about_354_px() -> None:
    assert mm_to_px(30) == 355  # 354.3 rounded up: never shorter than asked
    assert render_png(SHORT, size_mm=30).width_px == 355


@pytest.mark.parametrize("size_mm", [0, -3, float("nan"), float("inf")])
def test_size_must_be_more_than_zero(size_mm: float) -> None:
    with pytest.raises(QrError, match="mm"):
        render_png(SHORT, size_mm=size_mm)
    with pytest.raises(QrError, match="mm"):
        render_svg(SHORT, size_mm=size_mm)


def test_too_small_and_too_large_sizes_are_refused_with_a_way_out() -> None:
    with pytest.raises(QrError, match=r"too small .* use at least \d+ mm"):
        render_png(LONG, size_mm=8)
    with pytest.raises(QrError, match="write an SVG"):
        render_png(SHORT, size_mm=400)
    assert render_svg(SHORT, size_mm=400).width_mm == 400  # an SVG has no pixel limit


def test_empty_and_overlong_text_are_refused() -> None:
    with pytest.raises(QrError, match="empty"):
        render_png("")
    with pytest.raises(QrError, match="too long"):
        render_png("https://example.org/" + "x" * 3000)
    assert issubclass(QrError, QuizbuilderError)


def _svg_modules(svg: bytes) -> tuple[ET.Element, list[list[bool]], int]:
    """The SVG's root and its dark modules, read back from the path's runs."""
    root = ET.fromstring(svg)
    span = int(root.attrib["viewBox"].split()[2])
    grid = [[False] * span for _ in range(span)]
    path = root.find("{http://www.w3.org/2000/svg}path")
    assert path is not None
    for x, y, run in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\d+z", path.attrib["d"]):
        for dx in range(int(run)):
            grid[int(y)][int(x) + dx] = True
    return root, grid, span


def test_svg_draws_the_symbol_at_the_requested_width() -> None:
    qr = render_svg(TAGGED, size_mm=30)
    root, grid, span = _svg_modules(qr.data)
    assert root.attrib["width"] == root.attrib["height"] == "30mm"
    symbol = make_symbol(TAGGED)
    assert span == symbol.modules + 2 * QUIET_ZONE
    inner = [row[QUIET_ZONE : span - QUIET_ZONE] for row in grid[QUIET_ZONE : span - QUIET_ZONE]]
    assert inner == [list(row) for row in symbol.rows]
    assert not any(grid[y][x] for y in range(span) for x in range(span) if min(x, y) < QUIET_ZONE)
    # Drawn back as pixels, the same modules decode.
    image = Image.new("L", (span, span), 255)
    image.putdata([0 if dark else 255 for row in grid for dark in row])
    image = image.resize((span * 8, span * 8), Image.Resampling.NEAREST)
    assert [b.text for b in decode(image)] == [TAGGED]


def test_svg_with_a_logo_embeds_it_on_a_white_pad_at_level_h() -> None:
    qr = render_svg(SHORT, logo=colourful_logo())
    assert qr.error_correction == "H"
    root = ET.fromstring(qr.data)
    ns = "{http://www.w3.org/2000/svg}"
    image = root.find(f"{ns}image")
    assert image is not None and image.attrib["href"].startswith("data:image/png;base64,")
    pads = root.findall(f"{ns}rect")
    assert len(pads) == 2 and pads[1].attrib["fill"] == "#fff"
    assert int(pads[1].attrib["width"]) <= LOGO_SHARE * qr.modules + 2


def test_load_logo_names_a_file_that_is_not_an_image() -> None:
    with pytest.raises(LogoUnreadable, match=r"notes\.txt is not an image"):
        load_logo(b"just some text", "notes.txt")
    png = io.BytesIO()
    colourful_logo().save(png, "PNG")
    with pytest.raises(LogoUnreadable, match=r"cut\.png"):
        load_logo(png.getvalue()[:200], "cut.png")  # truncated
    assert load_logo(png.getvalue(), "logo.png").mode == "RGBA"


def test_output_is_the_same_for_the_same_input() -> None:
    logo = colourful_logo()
    assert (
        render_png(TAGGED, size_mm=30, logo=logo).data
        == render_png(TAGGED, size_mm=30, logo=logo).data
    )
    assert render_svg(TAGGED, logo=logo).data == render_svg(TAGGED, logo=logo).data
