"""QR codes that scan on a screen and stay sharp in print.

A PNG is drawn at 300 dpi with a whole number of pixels per module, so that no module is
smeared across two pixels by resampling; a requested print size is met exactly by adding
white around the quiet zone, never by scaling the symbol. An SVG is drawn in module units
and sized in millimetres, so it is sharp at any size.

A logo in the middle hides modules, which only the error correction can recover: with a
logo the code uses level H (about 30 % of the codewords may be lost) and the logo, on a
white pad, stays within a fifth of the symbol's width (about 4 % of its area, pad
included about 6 %); without one, level M (about 15 %) keeps the symbol smaller.
"""

from __future__ import annotations

import base64
import io
import math
from dataclasses import dataclass, field

import qrcode
import qrcode.constants
import qrcode.exceptions
from PIL import Image, ImageOps, UnidentifiedImageError

from quizbuilder.domain.errors import QuizbuilderError

DPI = 300
MM_PER_INCH = 25.4
QUIET_ZONE = 4  # modules of white on each side, as ISO/IEC 18004 requires
DEFAULT_MODULE_PX = 10  # without a print size: 10 px a module (0.85 mm at 300 dpi)
MIN_MODULE_PX = 3  # 0.25 mm at 300 dpi: below this, printers and phones lose modules
MAX_PNG_MM = 300.0  # 3,543 px a side; bigger prints are better served by the SVG
LOGO_SHARE = 0.2  # the logo's side, as a share of the symbol's side (quiet zone excluded)
SVG_LOGO_MAX_PX = 600  # the logo embedded in an SVG: enough for 50 mm at 300 dpi

_LEVELS = {
    "M": qrcode.constants.ERROR_CORRECT_M,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


class QrError(QuizbuilderError):
    """Something about a QR code request that the user can change."""


class LogoUnreadable(QrError):
    def __init__(self, name: str, reason: str = "") -> None:
        detail = f" ({reason})" if reason else ""
        super().__init__(
            f"{name} is not an image that can be read{detail}: use a PNG, JPEG or WebP logo"
        )


@dataclass(frozen=True)
class QrSymbol:
    """The dark and light modules of one symbol, quiet zone not included."""

    rows: tuple[tuple[bool, ...], ...]
    version: int
    error_correction: str  # "M" or "H"

    @property
    def modules(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class RenderedQr:
    """A QR code ready to write, with what a person may want to know about it."""

    data: bytes = field(repr=False)
    format: str  # "png" or "svg"
    error_correction: str
    version: int
    modules: int  # per side, quiet zone not included
    module_px: int | None  # PNG only
    width_px: int | None  # PNG only
    width_mm: float  # printed at 300 dpi for a PNG; as declared for an SVG


def error_correction_for(with_logo: bool) -> str:
    return "H" if with_logo else "M"


def make_symbol(text: str, *, with_logo: bool = False) -> QrSymbol:
    """The symbol for ``text``: the smallest version that holds it at the right level."""
    if not text:
        raise QrError("nothing to encode: the address is empty")
    level = error_correction_for(with_logo)
    code = qrcode.QRCode(error_correction=_LEVELS[level], border=0)
    code.add_data(text)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        raise QrError(
            f"this address is too long for a QR code ({len(text.encode('utf-8'))} bytes; "
            f"at level {level} a code holds at most about "
            f"{1273 if level == 'H' else 2331} bytes): shorten it"
        ) from None
    rows = tuple(tuple(bool(m) for m in row) for row in code.get_matrix())
    assert code.version is not None
    return QrSymbol(rows, code.version, level)


def mm_to_px(mm: float) -> int:
    """Pixels at 300 dpi for ``mm`` millimetres, rounded up so the print is never short."""
    return math.ceil(mm / MM_PER_INCH * DPI - 1e-9)


def px_to_mm(px: int) -> float:
    return px / DPI * MM_PER_INCH


def check_size_mm(size_mm: float, *, png: bool) -> None:
    if not math.isfinite(size_mm) or size_mm <= 0:
        raise QrError(f"size {size_mm:g} mm: a QR code's size must be more than 0 mm")
    if png and size_mm > MAX_PNG_MM:
        raise QrError(
            f"size {size_mm:g} mm is too large for a PNG (at most {MAX_PNG_MM:g} mm at "
            f"{DPI} dpi): write an SVG, which is sharp at any size"
        )


def load_logo(data: bytes, name: str) -> Image.Image:
    """Open a logo image (any format Pillow reads), upright, as RGBA."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image = ImageOps.exif_transpose(opened)
            return image.convert("RGBA")
    except UnidentifiedImageError:
        raise LogoUnreadable(name) from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise LogoUnreadable(name, str(exc)) from None


def _layout(symbol: QrSymbol, size_mm: float | None) -> tuple[int, int]:
    """(pixels per module, pixels per side) of the PNG."""
    span = symbol.modules + 2 * QUIET_ZONE
    if size_mm is None:
        return DEFAULT_MODULE_PX, span * DEFAULT_MODULE_PX
    check_size_mm(size_mm, png=True)
    side = mm_to_px(size_mm)
    module_px = side // span
    if module_px < MIN_MODULE_PX:
        least = math.ceil(px_to_mm(span * MIN_MODULE_PX))
        raise QrError(
            f"size {size_mm:g} mm is too small for this address: its {symbol.modules} "
            f"modules (plus the quiet zone) would be {px_to_mm(max(module_px, 0)):.2f} mm "
            f"each; use at least {least} mm, or a shorter address"
        )
    return module_px, side


def _logo_box(symbol: QrSymbol) -> tuple[int, int]:
    """(first module, modules per side) of the white pad under the logo, centred.

    The pad is the logo's box plus one module of margin on each side; it has the
    symbol's parity so that it sits exactly in the middle of the module grid.
    """
    n = symbol.modules
    pad = math.floor(n * LOGO_SHARE) + 2
    if (n - pad) % 2:
        pad -= 1
    return (n - pad) // 2, pad


def _fit(logo: Image.Image, box: int) -> Image.Image:
    """The logo scaled to fit a ``box`` x ``box`` square, keeping its proportions."""
    scale = box / max(logo.size)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    return logo.resize(size, Image.Resampling.LANCZOS)


def render_png(
    text: str, *, size_mm: float | None = None, logo: Image.Image | None = None
) -> RenderedQr:
    """A PNG of the code for ``text``, with 300 dpi in its metadata."""
    symbol = make_symbol(text, with_logo=logo is not None)
    module_px, side = _layout(symbol, size_mm)
    n = symbol.modules
    # One pixel per module, then an exact integer enlargement: every edge stays sharp.
    small = Image.new("1", (n, n), 1)
    small.putdata([0 if dark else 1 for row in symbol.rows for dark in row])
    big = small.resize((n * module_px, n * module_px), Image.Resampling.NEAREST)
    offset = (side - n * module_px) // 2  # the quiet zone, plus what rounds up to the size
    mode = "RGB" if logo is not None else "1"
    image = Image.new(mode, (side, side), "white" if mode == "RGB" else 1)
    image.paste(big.convert(mode), (offset, offset))
    if logo is not None:
        first, pad = _logo_box(symbol)
        pad_px = pad * module_px
        fitted = _fit(logo, pad_px - 2 * module_px)
        tile = Image.new("RGBA", (pad_px, pad_px), "white")
        tile.alpha_composite(fitted, ((pad_px - fitted.width) // 2, (pad_px - fitted.height) // 2))
        corner = offset + first * module_px
        image.paste(tile.convert("RGB"), (corner, corner))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(DPI, DPI), optimize=True)
    return RenderedQr(
        data=buffer.getvalue(),
        format="png",
        error_correction=symbol.error_correction,
        version=symbol.version,
        modules=n,
        module_px=module_px,
        width_px=side,
        width_mm=px_to_mm(side),
    )


def _svg_path(symbol: QrSymbol) -> str:
    """Dark modules as one path of horizontal runs, in module units."""
    parts = []
    for y, row in enumerate(symbol.rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            parts.append(f"M{start + QUIET_ZONE} {y + QUIET_ZONE}h{x - start}v1h-{x - start}z")
    return "".join(parts)


def render_svg(
    text: str, *, size_mm: float | None = None, logo: Image.Image | None = None
) -> RenderedQr:
    """An SVG of the code for ``text``, ``size_mm`` wide when given."""
    symbol = make_symbol(text, with_logo=logo is not None)
    n = symbol.modules
    span = n + 2 * QUIET_ZONE
    if size_mm is not None:
        check_size_mm(size_mm, png=False)
        width, width_mm = f"{size_mm:g}mm", size_mm
    else:
        width, width_mm = str(span * DEFAULT_MODULE_PX), px_to_mm(span * DEFAULT_MODULE_PX)
    body = [
        f'<rect width="{span}" height="{span}" fill="#fff"/>',
        f'<path fill="#000" d="{_svg_path(symbol)}"/>',
    ]
    if logo is not None:
        first, pad = _logo_box(symbol)
        fitted = _fit(logo, min(SVG_LOGO_MAX_PX, max(logo.size)))
        buffer = io.BytesIO()
        fitted.save(buffer, "PNG", optimize=True)
        uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
        at = first + QUIET_ZONE
        body.append(f'<rect x="{at}" y="{at}" width="{pad}" height="{pad}" fill="#fff"/>')
        body.append(
            f'<image x="{at + 1}" y="{at + 1}" width="{pad - 2}" height="{pad - 2}" '
            f'preserveAspectRatio="xMidYMid meet" href="{uri}"/>'
        )
    svg = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{width}" '
        f'viewBox="0 0 {span} {span}" shape-rendering="crispEdges">\n'
        + "\n".join(body)
        + "\n</svg>\n"
    )
    return RenderedQr(
        data=svg.encode("utf-8"),
        format="svg",
        error_correction=symbol.error_correction,
        version=symbol.version,
        modules=n,
        module_px=None,
        width_px=None,
        width_mm=width_mm,
    )
