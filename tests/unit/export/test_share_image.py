"""Share cards: one per result, 1200x630, readable colours, text that never overflows."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from quizbuilder.domain.content import Theme
from quizbuilder.export import share_image
from quizbuilder.export.share_image import (
    HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MIN_CONTRAST,
    STRIPE,
    WIDTH,
    ShareCard,
    card_colours,
    cards_for,
    contrast_ratio,
    drawable,
    fit_text,
    font,
    has_glyph,
    readable_on,
    render_card,
    wrap,
)
from tests.helpers.documents import document

ACCENTS = "éèêëàâçîïôûùœÉÀÇ’«»"
CARD = ShareCard(
    "outcome-nano",
    "Quel type d’influenceur êtes-vous ?",
    "Nano-influenceur",
    "Vous misez sur la proximité : une communauté de 1\u202f000 à 10\u202f000 abonnés.",
)
LONG_TEXT = " ".join(["Une phrase très longue, pleine d’accents et de détails superflus."] * 40)


def png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def colours_of(image: Image.Image) -> set[Any]:
    return {colour for _, colour in image.getcolors(maxcolors=1 << 16) or []}


def only_colour(image: Image.Image, box: tuple[int, int, int, int]) -> set[Any]:
    return colours_of(image.crop(box))


@pytest.fixture
def pillow_font_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a machine without any system font: Pillow's own, which has no accents."""
    monkeypatch.setattr(share_image, "REGULAR_FONTS", ())
    monkeypatch.setattr(share_image, "BOLD_FONTS", ())
    share_image.font.cache_clear()
    yield
    share_image.font.cache_clear()


def test_a_card_per_outcome_and_per_band_in_order() -> None:
    personality = document("personality_quiz")
    assert [c.name for c in cards_for(personality)] == ["outcome-nano", "outcome-macro"]
    assert cards_for(personality)[0].item_title == personality.title
    quiz = document("knowledge_quiz")
    quiz.scoring.bands.reverse()
    assert [c.name for c in cards_for(quiz)] == ["band-0", "band-75"]
    assert [c.result_title for c in cards_for(quiz)] == ["À revoir", "Expert"]
    assert cards_for(document("poll")) == []


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)


def test_a_text_colour_below_4_5_to_1_becomes_black_or_white() -> None:
    assert readable_on("#ffffff", "#1f1f29") == "#1f1f29"
    assert readable_on("#ffffff", "#aaaaaa") == "#000000"
    assert readable_on("#1b1b3a", "#333333") == "#ffffff"
    theme = Theme(primary_color="#ffee00", background_color="#fffbe6", text_color="#999999")
    colours = card_colours(theme)
    assert colours.text == "#000000"
    assert colours.title == colours.text  # the pale primary would not read on that background
    assert colours.accent == "#ffee00"
    for pair in ((colours.text, colours.background), (colours.title, colours.background)):
        assert contrast_ratio(*pair) >= MIN_CONTRAST


def test_card_is_1200x630_in_the_theme_colours_and_the_same_each_time() -> None:
    theme = Theme(primary_color="#6d28d9", background_color="#f0fdfa", text_color="#134e4a")
    data = render_card(CARD, theme)
    assert data == render_card(CARD, theme)
    image = png(data)
    assert image.size == (WIDTH, HEIGHT) == (1200, 630) and image.format == "PNG"
    assert image.getpixel((STRIPE // 2, HEIGHT // 2)) == rgb("#6d28d9")
    assert image.getpixel((WIDTH - 10, HEIGHT - 10)) == rgb("#f0fdfa")
    colours = colours_of(image)
    assert rgb("#134e4a") in colours  # the text, in the theme's text colour
    assert rgb("#6d28d9") in colours


def test_long_text_shrinks_then_is_cut_never_overflowing() -> None:
    width, height = 1000, 300
    short = fit_text("Deux mots", width=width, height=height, sizes=(36, 30, 22))
    longer = fit_text(" ".join(["mot"] * 120), width=width, height=height, sizes=(36, 30, 22))
    longest = fit_text(LONG_TEXT, width=width, height=height, sizes=(36, 30, 22))
    assert short.face.size == 36 and longer.face.size < 36 and longest.face.size == 22
    assert longest.height <= height and longest.lines[-1].endswith("…")
    for block in (short, longer, longest):
        assert all(block.face.getlength(line) <= width for line in block.lines)

    theme = Theme()
    card = ShareCard("x", "Un titre d’item " * 20, "Un titre de résultat " * 15, LONG_TEXT)
    image = png(render_card(card, theme))
    background = {rgb(theme.background_color)}
    assert only_colour(image, (STRIPE, HEIGHT - MARGIN_BOTTOM + 12, WIDTH, HEIGHT)) == background
    assert only_colour(image, (WIDTH - MARGIN_RIGHT + 4, 0, WIDTH, HEIGHT)) == background
    assert only_colour(image, (STRIPE, 0, MARGIN_LEFT - 4, HEIGHT)) == background


def test_wrap_keeps_no_break_spaces_and_cuts_overlong_words() -> None:
    face = font(32)
    lines = wrap("Il y a 10\u202f000 abonnés : bravo\u00a0!", face, 200)
    assert any("10\u202f000" in line for line in lines)
    assert any("bravo\u00a0!" in line for line in lines)
    word = "anticonstitutionnellement" * 4
    pieces = wrap(word, face, 300)
    assert len(pieces) > 1 and "".join(pieces) == word
    assert all(face.getlength(p) <= 300 for p in pieces)
    assert wrap("Un\n\n\n\nDeux\n", face, 500) == ["Un", "", "Deux"]


def test_french_spaced_punctuation_never_starts_or_ends_a_line() -> None:
    face = font(32)
    text = "Quiz : maîtrisez-vous les KPI des réseaux sociaux ? « Oui » , bravo ! 5 %"
    widest = max(face.getlength(w) for w in ("maîtrisez-vous", "sociaux ?", "« Oui »"))
    for width in range(int(widest) + 1, 1200, 7):  # narrower, a word itself must be cut
        for line in wrap(text, face, width):
            assert not line.startswith(("?", "!", ":", "»", "%")), (width, line)
            assert not line.endswith("«"), (width, line)


def test_french_accents_render_with_the_system_font() -> None:
    if share_image._font_file(share_image.REGULAR_FONTS) is None:
        pytest.skip("no system font here (Debian: fonts-dejavu-core)")
    for bold in (False, True):
        face = font(40, bold=bold)
        assert all(has_glyph(face, c) for c in ACCENTS), face.getname()
        assert drawable(ACCENTS, face) == ACCENTS


@pytest.mark.usefixtures("pillow_font_only")
def test_without_a_system_font_accents_fall_back_to_plain_letters() -> None:
    face = font(40)
    assert face.getname()[0] != "DejaVu Sans"
    assert drawable("été", face) == "ete"
    assert drawable("Cœur", face) == "Coeur"
    assert all(has_glyph(face, c) for c in drawable(ACCENTS, face))
    assert png(render_card(CARD, Theme())).size == (WIDTH, HEIGHT)


def test_the_logo_sits_top_right() -> None:
    logo = Image.new("RGBA", (400, 400), (230, 80, 20, 255))
    image = png(render_card(CARD, Theme(), logo))
    assert image.getpixel((WIDTH - MARGIN_RIGHT - 20, 80)) == (230, 80, 20)
    assert image.getpixel((MARGIN_LEFT + 600, 80)) != (230, 80, 20)
    # Transparent parts of the logo show the card's background.
    clear = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    image = png(render_card(CARD, Theme(background_color="#fafafa"), clear))
    assert image.getpixel((WIDTH - MARGIN_RIGHT - 20, 80)) == (250, 250, 250)
