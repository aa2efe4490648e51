"""The shared PDF writer: text comes back out as written, tables span pages with their
header, the fonts are embedded, and bad input is refused with a PdfError."""

from __future__ import annotations

import gc
import re
from datetime import UTC, datetime

import pytest

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.pdf import PdfDocument, PdfError
from tests.helpers.pdf_text import all_text, objects, page_count, page_texts

FRENCH = "Élève à l'œil vif, ça coûte 1 234,50 € — déjà payé."
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
    '<rect x="0" y="0" width="60" height="60" fill="#1f6feb"/>'
    '<text x="65" y="30" font-family="Arial">Été ✓</text></svg>'
)


def flat(text: str) -> str:
    """Wrapping turns spaces into line ends; compare words, not lines."""
    return " ".join(text.split())


def test_output_is_a_pdf_with_the_fonts_embedded() -> None:
    document = PdfDocument("Essai")
    document.paragraph(FRENCH)
    data = document.to_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"/FontFile2" in data
    assert re.search(rb"/BaseFont /[A-Z]{6}\+DejaVuSansBook", data)
    assert re.search(rb"/BaseFont /[A-Z]{6}\+DejaVuSansBold", data)  # the title is bold
    assert b"Helvetica" not in data


def test_french_text_comes_back_in_every_kind_of_block() -> None:
    document = PdfDocument("Règlement « été »", subtitle="Œuvres reçues")
    document.heading("Article 1 — Société", level=1)
    document.heading("Sous-partie ç", level=2)
    document.paragraph(FRENCH)
    document.paragraph("En gras : cœur", bold=True, size=12)
    document.bullets(["première puce à", "deuxième puce è"])
    document.key_values([("Dénomination", "Pixel & Plume SAS"), ("Capital", "10 000 €")])
    document.table(["Lot", "Valeur"], [["Appareil photo", "1 234,50 €"]])
    text = flat(all_text(document.to_bytes()))
    for expected in (
        "Règlement « été »",
        "Œuvres reçues",
        "Article 1 — Société",
        "Sous-partie ç",
        FRENCH,
        "En gras : cœur",
        "• première puce à",
        "• deuxième puce è",
        "Dénomination Pixel & Plume SAS",
        "Capital 10 000 €",
        "Lot Valeur Appareil photo 1 234,50 €",
    ):
        assert expected in text


def test_metadata_names_the_title_author_and_language() -> None:
    data = PdfDocument("Règlement", language="en").to_bytes()
    title_hex = ("\ufeffRèglement").encode("utf-16-be").hex()
    assert f"/Title <{title_hex}>".encode() in data
    assert b"/Author (quizbuilder)" in data
    assert b"/Lang (en)" in data


def test_long_text_wraps_onto_lines_and_pages() -> None:
    words = [f"mot{n}é" for n in range(1500)]
    document = PdfDocument("Long")
    document.paragraph(" ".join(words))
    data = document.to_bytes()
    assert page_count(data) >= 2
    body = "\n".join(page_texts(data))
    lines = [line for line in body.splitlines() if line.startswith("mot")]
    assert len(lines) > 100
    assert flat(" ".join(lines)) == " ".join(words)  # nothing lost, nothing reordered


def test_a_table_over_three_pages_repeats_its_header_and_keeps_every_row() -> None:
    header = ["Rang", "Participant", "Commentaire"]
    rows = [[str(n), f"Personne n°{n}", "très bien ça"] for n in range(1, 111)]
    document = PdfDocument("Tableau", language="fr")
    document.table(header, rows, widths=(20, 60, 90))
    data = document.to_bytes()
    pages = page_texts(data)
    assert page_count(data) == len(pages) == 3
    for page in pages[1:]:
        assert page.splitlines()[:3] == header  # the header opens each following page
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur 3" in page
    seen = [line for page in pages for line in page.splitlines() if line.startswith("Personne")]
    assert seen == [f"Personne n°{n}" for n in range(1, 111)]


def test_footer_is_english_for_an_english_document() -> None:
    document = PdfDocument("Official rules", language="en")
    document.page_break()
    pages = page_texts(document.to_bytes())
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0]
    assert "Page 2 of 2" in pages[1]


def test_widths_wider_than_the_page_are_scaled_not_refused() -> None:
    document = PdfDocument("Large")
    document.table(["a", "b"], [["x", "y"]], widths=(200, 200))
    assert "x" in all_text(document.to_bytes())


@pytest.mark.parametrize(
    ("header", "rows", "widths", "message"),
    [
        (["a", "b"], [["only one"]], None, "row 1 has 1 cells for 2 columns"),
        (["a", "b"], [["x", "y"]], (10.0,), "1 widths given for 2 columns"),
    ],
)
def test_a_table_that_does_not_add_up_is_refused(
    header: list[str], rows: list[list[str]], widths: tuple[float, ...] | None, message: str
) -> None:
    document = PdfDocument("Faux")
    with pytest.raises(PdfError, match=re.escape(message)):
        document.table(header, rows, widths=widths)


def test_svg_is_drawn_with_its_text_in_our_font() -> None:
    document = PdfDocument("Graphique")
    document.svg(SVG, width_mm=80)
    data = document.to_bytes()
    assert "Été ✓" in all_text(data)
    assert b"Helvetica" not in data  # "Arial" was mapped to the embedded font
    content = b"".join(o.stream or b"" for o in objects(data).values())
    # The square is a vector path in its own colour (#1f6feb), not a bitmap.
    assert b"0.1216 0.4353 0.9216 rg" in content
    assert b"60 60 re f" in content


def test_svg_without_a_viewbox_is_accepted() -> None:
    document = PdfDocument("Graphique")
    document.svg(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>ok</text></svg>'
    )
    assert "ok" in all_text(document.to_bytes())


@pytest.mark.parametrize("bad", ["<svg", "not a drawing", "<html><body/></html>"])
def test_unreadable_svg_is_a_user_error(bad: str) -> None:
    document = PdfDocument("Graphique")
    with pytest.raises(PdfError, match="not an SVG that can be read") as raised:
        document.svg(bad)
    assert isinstance(raised.value, QuizbuilderError)


def test_page_break_starts_a_new_page() -> None:
    document = PdfDocument("Pages")
    document.paragraph("un")
    document.page_break()
    document.paragraph("deux")
    pages = page_texts(document.to_bytes())
    assert len(pages) == 2
    assert "deux" in pages[1]
    assert "deux" not in pages[0]


def test_same_content_and_date_give_the_same_bytes() -> None:
    def build() -> bytes:
        document = PdfDocument("Stable")
        document.paragraph(FRENCH)
        document.set_creation_date(datetime(2025, 6, 1, 12, 0, tzinfo=UTC))
        return document.to_bytes()

    assert build() == build()


def test_a_document_dropped_before_output_closes_its_fonts() -> None:
    # Warnings are errors: a font file left open would fail this test with a ResourceWarning.
    document = PdfDocument("Abandonné")
    document.paragraph("texte")
    del document
    gc.collect()
