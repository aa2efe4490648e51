"""Share images: one 1200x630 card per personality outcome or score band.

1200x630 is the size Facebook, LinkedIn and X show best for a shared link (1.91:1). The
card carries the item's title, the result's title and text, the theme's colours and its
logo. Text is wrapped to the card and the font shrinks for long text; what still does not
fit ends with an ellipsis, so nothing ever runs off the card.

Fonts: no web font is fetched. DejaVu Sans (Debian's fonts-dejavu-core) or a common
system sans-serif is used when found; otherwise Pillow's own scalable font, which has no
accented letters, so that text is shown without its accents rather than with empty boxes.
The same input on the same machine gives the same bytes.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from quizbuilder.domain.content import ItemDocument, Theme

WIDTH, HEIGHT = 1200, 630
STRIPE = 24  # the accent stripe down the left edge
MARGIN_LEFT = STRIPE + 64
MARGIN_RIGHT = 64
MARGIN_TOP = 56
MARGIN_BOTTOM = 56
CONTENT_WIDTH = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LOGO_BOX = (220, 110)  # the logo fits in this box, top right
MIN_CONTRAST = 4.5  # WCAG AA for normal text

# Candidate font files, by file name: Pillow looks them up in the system's font folders
# (Linux: $XDG_DATA_DIRS/fonts, macOS: /Library/Fonts..., Windows: %WINDIR%\Fonts).
REGULAR_FONTS = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "NotoSans-Regular.ttf",
    "arial.ttf",
    "Arial.ttf",
    "segoeui.ttf",
)
BOLD_FONTS = (
    "DejaVuSans-Bold.ttf",
    "LiberationSans-Bold.ttf",
    "NotoSans-Bold.ttf",
    "arialbd.ttf",
    "Arial Bold.ttf",
    "segoeuib.ttf",
)

_SPACES = re.compile(r"[ \t\r\f\v]+")  # not str.split(): it would break at no-break spaces
_CLOSING = re.compile(r"^[?!:;»%€)\]]+[.,]?$")  # kept with the word before, as in « Bravo ! »
_OPENING = frozenset({"«", "(", "["})  # kept with the word after
_ELLIPSIS = "…"

Font = ImageFont.FreeTypeFont


@dataclass(frozen=True)
class ShareCard:
    """What one card says; ``name`` is its file name without the extension."""

    name: str
    item_title: str
    result_title: str
    result_text: str


@dataclass(frozen=True)
class CardColours:
    background: str
    text: str  # item title and result text: at least 4.5:1 on the background
    title: str  # the result's title: the primary colour when it reads well, else ``text``
    accent: str  # decoration only (stripe, rule)


def cards_for(document: ItemDocument) -> list[ShareCard]:
    """A card per outcome (personality quiz) and per score band (scored quiz)."""
    cards = [
        ShareCard(f"outcome-{o.id}", document.title, o.title, o.text) for o in document.outcomes
    ]
    for band in sorted(document.scoring.bands, key=lambda b: b.min_percent):
        cards.append(ShareCard(f"band-{band.min_percent:g}", document.title, band.title, band.text))
    return cards


# --- colours ------------------------------------------------------------------------


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    hi, lo = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_on(background: str, preferred: str) -> str:
    """``preferred`` if it reaches 4.5:1 on ``background``, else black or white."""
    if contrast_ratio(preferred, background) >= MIN_CONTRAST:
        return preferred
    black, white = "#000000", "#ffffff"
    return max((black, white), key=lambda c: contrast_ratio(c, background))


def card_colours(theme: Theme) -> CardColours:
    background = theme.background_color.lower()
    text = readable_on(background, theme.text_color.lower())
    primary = theme.primary_color.lower()
    title = primary if contrast_ratio(primary, background) >= MIN_CONTRAST else text
    return CardColours(background, text, title, primary)


# --- fonts --------------------------------------------------------------------------


@cache
def _font_file(candidates: tuple[str, ...]) -> str | None:
    for name in candidates:
        try:
            font = ImageFont.truetype(name, 12)
        except OSError:
            continue
        return str(font.path)
    return None


@cache
def font(size: int, *, bold: bool = False) -> Font:
    """A scalable sans-serif font at ``size`` px: a system font if any, else Pillow's."""
    path = _font_file(BOLD_FONTS if bold else REGULAR_FONTS)
    if path is None and bold:
        path = _font_file(REGULAR_FONTS)
    if path is not None:
        return ImageFont.truetype(path, size)
    fallback = ImageFont.load_default(size=size)
    assert isinstance(fallback, ImageFont.FreeTypeFont)  # FreeType ships with Pillow's wheels
    return fallback


@cache
def _blank_glyph(face: Font) -> bytes:
    """How ``face`` draws a character it does not have (U+FFFF is never a glyph)."""
    return _glyph(face, "\uffff")


def _glyph(face: Font, char: str) -> bytes:
    mask = face.getmask(char)
    return bytes(mask) + repr(mask.size).encode()


@cache
def has_glyph(face: Font, char: str) -> bool:
    if char.isspace():  # a space the font has draws nothing; one it lacks, a box
        return face.getmask(char).getbbox() is None
    return _glyph(face, char) != _blank_glyph(face)


_FOLDS = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "‘": "'"}


def drawable(text: str, face: Font) -> str:
    """``text`` with each character the font lacks replaced by its unaccented form."""
    out = []
    for char in text:
        if has_glyph(face, char):
            out.append(char)
            continue
        plain = _FOLDS.get(char) or "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        out.append(plain if plain and all(has_glyph(face, c) for c in plain) else "")
    return "".join(out)


# --- text layout --------------------------------------------------------------------


def _break_word(word: str, face: Font, width: int) -> list[str]:
    """A word too long for a line, cut into pieces that fit (at least a character each)."""
    pieces = []
    while face.getlength(word) > width and len(word) > 1:
        cut = len(word) - 1
        while cut > 1 and face.getlength(word[:cut]) > width:
            cut -= 1
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def _words(paragraph: str, face: Font) -> list[str]:
    """The paragraph's unbreakable pieces: words, with French spaced punctuation attached.

    French puts a space before ? ! : ; » and after «; typed as a plain space, it must
    still never start or end a line.
    """
    words: list[str] = []
    glue = "\u00a0" if has_glyph(face, "\u00a0") else " "
    glue_next = False
    for word in _SPACES.split(paragraph):
        if not word:
            continue
        if words and (glue_next or _CLOSING.match(word)):
            words[-1] = f"{words[-1]}{glue}{word}"
        else:
            words.append(word)
        glue_next = word in _OPENING
    return words


def wrap(text: str, face: Font, width: int, limit: int | None = None) -> list[str]:
    """Lines of ``text`` that each fit in ``width`` px; a newline starts a new line.

    With ``limit``, stops once there are more than ``limit`` lines (enough to know that
    the text does not fit, and to cut it).
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if limit is not None and len(lines) > limit:
            break
        words = _words(paragraph, face)
        if not words:
            if lines and lines[-1]:
                lines.append("")  # one blank line between paragraphs, however many were typed
            continue
        line = ""
        for word in words:
            if limit is not None and len(lines) > limit:
                break
            candidate = f"{line} {word}" if line else word
            if face.getlength(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            *full, line = _break_word(word, face, width)
            lines.extend(full)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _truncate(lines: list[str], count: int, face: Font, width: int) -> list[str]:
    """The first ``count`` lines, the last ending with an ellipsis if any were cut."""
    if len(lines) <= count:
        return lines
    kept = lines[:count]
    last = kept[-1].rstrip()
    while last and face.getlength(last + _ELLIPSIS) > width:
        cut = last.rfind(" ")
        last = last[:cut].rstrip() if cut > 0 else last[:-1]
    kept[-1] = last + _ELLIPSIS
    return kept


@dataclass(frozen=True)
class TextBlock:
    lines: list[str]
    face: Font
    line_height: int

    @property
    def height(self) -> int:
        return len(self.lines) * self.line_height if self.lines else 0


def fit_text(
    text: str,
    *,
    width: int,
    height: int,
    sizes: Sequence[int],
    bold: bool = False,
    spacing: float = 1.3,
    max_lines: int | None = None,
) -> TextBlock:
    """The largest of ``sizes`` at which ``text`` fits the box, else the smallest, cut."""
    block = None
    for size in sizes:
        face = font(size, bold=bold)
        line_height = round(size * spacing)
        room = max(1, height // line_height)
        if max_lines is not None:
            room = min(room, max_lines)
        lines = wrap(drawable(text, face), face, width, limit=room)
        block = TextBlock(_truncate(lines, room, face, width), face, line_height)
        if len(lines) <= room:
            return block
    assert block is not None, "sizes must not be empty"
    return block


# --- drawing ------------------------------------------------------------------------


def _draw_block(draw: ImageDraw.ImageDraw, block: TextBlock, x: int, y: int, fill: str) -> int:
    for n, line in enumerate(block.lines):
        draw.text((x, y + n * block.line_height), line, font=block.face, fill=fill)
    return y + block.height


def _paste_logo(card: Image.Image, logo: Image.Image, background: str) -> int:
    """Put the logo top right; return its width (0 if none fits)."""
    box_w, box_h = LOGO_BOX
    scale = min(box_w / logo.width, box_h / logo.height, 1.0)
    size = (max(1, round(logo.width * scale)), max(1, round(logo.height * scale)))
    fitted = logo.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
    tile = Image.new("RGBA", size, background)
    tile.alpha_composite(fitted)
    card.paste(tile.convert("RGB"), (WIDTH - MARGIN_RIGHT - size[0], MARGIN_TOP))
    return size[0]


def render_card(card: ShareCard, theme: Theme, logo: Image.Image | None = None) -> bytes:
    """The card as PNG bytes, 1200x630."""
    colours = card_colours(theme)
    image = Image.new("RGB", (WIDTH, HEIGHT), colours.background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, STRIPE - 1, HEIGHT - 1), fill=colours.accent)

    header_width = CONTENT_WIDTH
    header_bottom = MARGIN_TOP
    if logo is not None:
        logo_width = _paste_logo(image, logo, colours.background)
        header_width -= logo_width + 40
        header_bottom = MARGIN_TOP + LOGO_BOX[1]
    if card.item_title.strip():
        header = fit_text(
            card.item_title,
            width=header_width,
            height=LOGO_BOX[1],
            sizes=(32, 30, 28, 26),
            spacing=1.25,
            max_lines=2,
        )
        header_bottom = max(
            header_bottom, _draw_block(draw, header, MARGIN_LEFT, MARGIN_TOP, colours.text)
        )

    top = header_bottom + 40
    room = HEIGHT - MARGIN_BOTTOM - top
    title = fit_text(
        card.result_title,
        width=CONTENT_WIDTH,
        height=room // 2,
        sizes=(72, 66, 60, 54, 48, 44, 40),
        bold=True,
        spacing=1.15,
        max_lines=3,
    )
    rule_gap, rule_height = 28, 8
    text_room = room - title.height - 2 * rule_gap - rule_height
    text = fit_text(
        card.result_text,
        width=CONTENT_WIDTH,
        height=max(text_room, 0),
        sizes=(36, 34, 32, 30, 28, 26, 24, 22),
    )
    if not card.result_text.strip() or text_room < text.line_height:
        text = TextBlock([], text.face, text.line_height)
    block = title.height + rule_gap + rule_height + (rule_gap + text.height if text.lines else 0)
    y = top + max(0, (room - block) // 2)  # the result sits in the middle of what is left
    y = _draw_block(draw, title, MARGIN_LEFT, y, colours.title) + rule_gap
    draw.rectangle((MARGIN_LEFT, y, MARGIN_LEFT + 96 - 1, y + rule_height - 1), fill=colours.accent)
    if text.lines:
        _draw_block(draw, text, MARGIN_LEFT, y + rule_height + rule_gap, colours.text)

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
