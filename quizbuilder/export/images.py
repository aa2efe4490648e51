"""Images for the embed: resized and compressed with Pillow, then inlined as data URIs.

The embed is one file, so every byte of an image is paid by every visitor. Each image
is capped in width (1200 px by default: sharp on a phone at 3x, on a desktop column at
2x), and the smallest of WebP and the original encoding is kept. SVG is inlined as it
is (an SVG in an ``<img>`` cannot run scripts); an animated GIF or WebP keeps its
frames and so its original bytes.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageOps, features

from quizbuilder.domain.errors import QuizbuilderError

MAX_WIDTH = 1200
WEBP_QUALITY = 80
JPEG_QUALITY = 82
_BROWSER_SAFE = {"image/png", "image/jpeg", "image/webp", "image/gif"}


@dataclass(frozen=True)
class ImageData:
    """An image as the library stores it."""

    media_type: str
    data: bytes


@dataclass(frozen=True)
class InlineImage:
    """An image ready for the page: its data URI and its size in CSS pixels."""

    src: str
    width: int
    height: int
    media_type: str
    bytes: int


class ImageUnreadable(QuizbuilderError):
    pass


@cache
def _webp() -> bool:
    return bool(features.check("webp"))


def _uri(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def _svg_size(data: bytes) -> tuple[int, int]:
    """The width and height an SVG declares, or 0 when it does not say in pixels."""
    head = data[:2048].decode("utf-8", "replace")
    dims = []
    for name in ("width", "height"):
        match = re.search(rf'\s{name}="([0-9.]+)(px)?"', head)
        dims.append(round(float(match.group(1))) if match else 0)
    return dims[0], dims[1]


def inline_image(image: ImageData, *, max_width: int = MAX_WIDTH) -> InlineImage:
    """The smallest faithful encoding of ``image`` at most ``max_width`` pixels wide."""
    if image.media_type == "image/svg+xml":
        w, h = _svg_size(image.data)
        return InlineImage(
            _uri(image.media_type, image.data), w, h, image.media_type, len(image.data)
        )
    try:
        with Image.open(io.BytesIO(image.data)) as opened:
            opened.load()
            animated = getattr(opened, "is_animated", False)
            if animated and image.media_type in _BROWSER_SAFE:
                w, h = opened.size
                return InlineImage(
                    _uri(image.media_type, image.data), w, h, image.media_type, len(image.data)
                )
            picture = ImageOps.exif_transpose(opened)
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ImageUnreadable(f"an image of the item cannot be read ({exc})") from None
    resized = picture.width > max_width
    if resized:
        height = max(1, round(picture.height * max_width / picture.width))
        picture = picture.resize((max_width, height), Image.Resampling.LANCZOS)
    alpha = picture.mode in ("RGBA", "LA", "PA") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    picture = picture.convert("RGBA" if alpha else "RGB")
    candidates: list[tuple[bytes, str]] = []
    if not resized and image.media_type in _BROWSER_SAFE:
        candidates.append((image.data, image.media_type))
    if _webp():
        candidates.append((_encode(picture, "WEBP", quality=WEBP_QUALITY, method=5), "image/webp"))
        if alpha or image.media_type in ("image/png", "image/gif"):
            candidates.append((_encode(picture, "WEBP", lossless=True, method=5), "image/webp"))
    elif alpha:
        candidates.append((_encode(picture, "PNG", optimize=True), "image/png"))
    else:
        candidates.append(
            (_encode(picture, "JPEG", quality=JPEG_QUALITY, optimize=True), "image/jpeg")
        )
    data, media_type = min(candidates, key=lambda c: len(c[0]))
    return InlineImage(_uri(media_type, data), picture.width, picture.height, media_type, len(data))
