"""A small PDF writer shared by the rules, the draw certificate and the reports.

It wraps fpdf2 so that every PDF the application writes looks the same: A4, 20 mm
margins, DejaVu Sans embedded (the standard PDF fonts have no œ or €, and a viewer
without the font would substitute one), the page number in the footer, and the title,
author and language in the document's metadata so that screen readers and file
browsers show them. Callers add blocks top to bottom; wrapping and page breaks are
fpdf2's business, and a table repeats its header row on each page it spans.

Only this module imports fpdf, so an fpdf2 upgrade is checked in one place.
"""

from __future__ import annotations

import io
import re
import warnings
import weakref
from collections.abc import Sequence
from datetime import UTC, datetime

from fpdf import FPDF, FontFace, XPos, YPos
from fpdf.enums import TableBordersLayout, TableCellFillMode

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.paths import RESOURCES

FONTS = RESOURCES / "fonts"
FAMILY = "DejaVu"
MARGIN_MM = 20.0
FOOTER_MM = 12.0
BODY_PT = 10.5
LINE_RATIO = 1.45  # line height as a multiple of the font size: easy to read, even printed
PT_TO_MM = 25.4 / 72
HEADING_PT = {1: 14.0, 2: 12.0, 3: 11.0}
HEADER_FILL = (230, 233, 240)  # light enough to print on any office printer
ZEBRA_FILL = (246, 247, 250)
AUTHOR = "quizbuilder"

_FOOTER = {"fr": "Page {page} sur {{nb}}", "en": "Page {page} of {{nb}}"}


class PdfError(QuizbuilderError):
    """Content that cannot go into a PDF (an SVG that cannot be read, say)."""


class _Fpdf(FPDF):
    """FPDF with our footer; fpdf2 calls footer() on each page as it closes."""

    footer_text = _FOOTER["en"]
    footer_title = ""

    def footer(self) -> None:
        self.set_y(-FOOTER_MM)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(90, 90, 90)
        number = self.footer_text.format(page=self.page_no())
        left = self.footer_title
        if left:
            width = self.epw - self.get_string_width(number) - 6
            left = _fit(self, left, width)
            self.cell(width, 5, left, align="L")
        self.set_x(self.l_margin)
        self.cell(self.epw, 5, number, align="R")
        self.set_text_color(0, 0, 0)


def _fit(pdf: FPDF, text: str, width: float) -> str:
    """Cut ``text`` with an ellipsis so that it fits ``width`` on one line."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PdfDocument:
    """A document built block by block, then read back with ``to_bytes()``.

    ``language`` ("fr" or "en") sets the document language and the footer's wording.
    The title is printed at the top of the first page and repeated in the footer.
    """

    def __init__(self, title: str, *, language: str = "fr", subtitle: str = "") -> None:
        pdf = _Fpdf(orientation="portrait", unit="mm", format="A4")
        pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        pdf.set_auto_page_break(auto=True, margin=MARGIN_MM)
        pdf.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.set_title(title)
        pdf.set_author(AUTHOR)
        pdf.set_creator(AUTHOR)
        pdf.set_lang(language)
        pdf.footer_text = _FOOTER.get(language, _FOOTER["en"])
        pdf.footer_title = title
        pdf.alias_nb_pages("{nb}")
        self._pdf = pdf
        weakref.finalize(self, _close_fonts, pdf)
        self.language = language
        self.title = title
        pdf.add_page()
        self._write(title, bold=True, size=18.0)
        if subtitle:
            pdf.set_text_color(70, 70, 70)
            self._write(subtitle, size=12.0)
            pdf.set_text_color(0, 0, 0)
        pdf.ln(4)

    def heading(self, text: str, level: int = 1) -> None:
        """A section title; kept with at least three lines of what follows it."""
        size = HEADING_PT.get(level, HEADING_PT[3])
        needed = _line_mm(size) * 1.5 + _line_mm(BODY_PT) * 3
        if self._pdf.get_y() + needed > self._pdf.page_break_trigger:
            self._pdf.add_page()
        self._pdf.ln(3 if level == 1 else 2)
        self._write(text, bold=True, size=size)
        self._pdf.ln(1)

    def paragraph(self, text: str, *, bold: bool = False, size: float | None = None) -> None:
        """Text wrapped to the page width; line breaks in ``text`` are kept."""
        self._write(text, bold=bold, size=size or BODY_PT)
        self._pdf.ln(2)

    def bullets(self, items: Sequence[str]) -> None:
        """A bulleted list; a long item wraps under its own text, not under the bullet."""
        pdf = self._pdf
        pdf.set_font(FAMILY, "", BODY_PT)
        height = _line_mm(BODY_PT)
        indent = 6.0
        for item in items:
            if pdf.get_y() + height > pdf.page_break_trigger:
                pdf.add_page()
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(indent - 2, height, "•")
            pdf.multi_cell(
                pdf.epw - indent, height, item, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        pdf.ln(2)

    def key_values(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Labels in bold on the left, their values on the right, no borders."""
        if not pairs:
            return
        pdf = self._pdf
        pdf.set_font(FAMILY, "", BODY_PT)
        with pdf.table(
            col_widths=(35, 65),
            first_row_as_headings=False,
            borders_layout=TableBordersLayout.NONE,
            line_height=_line_mm(BODY_PT),
            padding=(0.6, 2, 0.6, 0),
            text_align="LEFT",
        ) as table:
            for key, value in pairs:
                row = table.row()
                row.cell(key, style=FontFace(emphasis="BOLD"), v_align="TOP")
                row.cell(value, v_align="TOP")
        pdf.ln(2)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
    ) -> None:
        """A table whose header row is repeated at the top of each page it runs onto.

        ``widths`` are in millimetres; if they add up to more than the text width
        (170 mm) they are scaled down to fit, keeping their proportions. Without them
        the columns share the width equally.
        """
        if widths is not None and len(widths) != len(header):
            raise PdfError(f"table: {len(widths)} widths given for {len(header)} columns")
        for number, row in enumerate(rows, start=1):
            if len(row) != len(header):
                raise PdfError(
                    f"table: row {number} has {len(row)} cells for {len(header)} columns"
                )
        pdf = self._pdf
        pdf.set_font(FAMILY, "", BODY_PT - 1)
        width = pdf.epw if widths is None else min(pdf.epw, float(sum(widths)))
        with pdf.table(
            width=width,
            col_widths=tuple(widths) if widths is not None else None,
            align="LEFT",
            line_height=_line_mm(BODY_PT - 1),
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL),
            cell_fill_color=ZEBRA_FILL,
            cell_fill_mode=TableCellFillMode.ROWS,
            repeat_headings=1,
            text_align="LEFT",
        ) as table:
            table.row(list(header))
            for row in rows:
                table.row(list(row))
        pdf.ln(3)

    def svg(self, svg_text: str, *, width_mm: float = 170) -> None:
        """An SVG drawing (a chart, a QR code), scaled to ``width_mm`` and kept vector.

        Text in the drawing is set in DejaVu Sans whatever font it names: the PDF embeds
        no other font, and fpdf2 would otherwise fall back to Helvetica, which has no
        glyph beyond Latin-1 (no ✓, no Greek) and looks different from the rest.
        """
        pdf = self._pdf
        width = min(width_mm, pdf.epw)
        data = io.BytesIO(_with_our_font(svg_text).encode("utf-8"))
        try:
            with warnings.catch_warnings():
                # Harmless: fpdf2 then uses width and height as the viewBox, as browsers do.
                warnings.filterwarnings("ignore", message=r'.*has no "viewBox"')
                pdf.image(data, w=width, x=pdf.l_margin)
        except Exception as error:  # fpdf2 raises assorted errors on SVG it cannot read
            raise PdfError(f"the drawing is not an SVG that can be read: {error}") from error
        pdf.ln(2)

    def page_break(self) -> None:
        self._pdf.add_page()

    def to_bytes(self) -> bytes:
        """The finished PDF. The document can still be added to and read again."""
        return bytes(self._pdf.output())

    def set_creation_date(self, when: datetime) -> None:
        """Fix the date in the metadata, so that the same content gives the same bytes."""
        self._pdf.set_creation_date(when.astimezone(UTC))

    def _write(self, text: str, *, bold: bool = False, size: float = BODY_PT) -> None:
        pdf = self._pdf
        pdf.set_font(FAMILY, "B" if bold else "", size)
        # Ragged right: justified lines open wide gaps in narrow columns and long words.
        pdf.multi_cell(
            pdf.epw, _line_mm(size), text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )


def _line_mm(size_pt: float) -> float:
    return size_pt * PT_TO_MM * LINE_RATIO


_FONT_ATTRIBUTE = re.compile(r"""font-family\s*=\s*("[^"]*"|'[^']*')""")
_FONT_PROPERTY = re.compile(r"font-family\s*:\s*(?:'[^']*'|[^;\"'}<>])*")
_SVG_TAG = re.compile(r"<svg\b[^>]*>")


def _with_our_font(svg_text: str) -> str:
    """The SVG with every font family replaced by ours, and ours set on the root."""
    text = _FONT_ATTRIBUTE.sub(f'font-family="{FAMILY}"', svg_text)
    text = _FONT_PROPERTY.sub(f"font-family: {FAMILY}", text)
    root = _SVG_TAG.search(text)
    if root is None or "font-family" in root.group(0):
        return text
    return f'{text[: root.start()]}<svg font-family="{FAMILY}"{text[root.start() + 4 :]}'


def _close_fonts(pdf: FPDF) -> None:
    """Close the font files fpdf2 keeps open until it writes the document.

    fpdf2 reads fonts lazily and closes them in output(); a document dropped before
    that (an error half-way through) would leave them to the garbage collector, with a
    ResourceWarning.
    """
    for font in pdf.fonts.values():
        close = getattr(font, "close", None)
        if close is not None:
            close()
