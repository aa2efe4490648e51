"""The official rules of a contest: HTML, PDF and the hash the draw commits to.

The rules' wording lives in the templates ``rules_fr.html.j2`` and ``rules_en.html.j2``
(so that it can be reviewed and edited as a document), their facts in
``quizbuilder.domain.rules.rules_context``. The HTML is rendered once; the PDF and the
hash are read back from its sections, so that the three cannot disagree: what is
hashed is what is printed.

What ``rules_hash`` covers (format "quizbuilder-rules-v1"): the canonical text of the
rules (title, then each section's id, title and blocks, whitespace collapsed, Unicode
NFC) followed by the canonical JSON of the contest settings (those that differ from
their defaults, as ``content_hash`` does, so that a later release adding a field keeps
the hash). Settings the text does not print (excluded addresses, the entry item) count
too: changing who may win after the commitment must show. The footer that prints the
hash is outside the sections, so the document can show its own hash.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.hashing import canonical_json
from quizbuilder.domain.rules import RulesError, rules_context
from quizbuilder.export.pdf import PdfDocument
from quizbuilder.export.templating import render

HASH_FORMAT = "quizbuilder-rules-v1"
TEMPLATES = {"fr": "rules_fr.html.j2", "en": "rules_en.html.j2"}

# The sections each language's rules always have, in order (ids are stable: tests and
# the editor point at them). French adds nothing optional; the deposit with a
# commissaire de justice is a sentence of "deposit", present when one is named.
SECTIONS = {
    "fr": (
        "organiser",
        "dates",
        "eligibility",
        "entry",
        "free-entry",
        "prizes",
        "draw",
        "notification",
        "alternates",
        "publicity",
        "fraud",
        "reimbursement",
        "privacy",
        "platforms",
        "law",
        "deposit",
    ),
    "en": (
        "no-purchase",
        "organiser",
        "eligibility",
        "dates",
        "entry",
        "free-entry",
        "prizes",
        "odds",
        "draw",
        "notification",
        "alternates",
        "publicity",
        "releases",
        "fraud",
        "privacy",
        "platforms",
        "law",
    ),
}


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Subheading | Bullets | Table


@dataclass(frozen=True)
class RulesSection:
    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class RulesDocument:
    """The rules as read back from their HTML: what the PDF prints and the hash covers."""

    language: str
    title: str
    subtitle: str
    sections: tuple[RulesSection, ...]
    footer: tuple[str, ...] = ()

    def section(self, section_id: str) -> RulesSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


def render_rules_html(doc: ItemDocument, language: str) -> str:
    """The rules as one self-contained HTML page (inline CSS, nothing fetched)."""
    return _render(doc, language, fingerprint=rules_hash(doc, language))


def rules_document(doc: ItemDocument, language: str) -> RulesDocument:
    """The rules' sections, read from the HTML (without the footer that prints the hash)."""
    return parse_rules_html(_render(doc, language, fingerprint=""), language)


def rules_text(doc: ItemDocument, language: str) -> str:
    """The canonical text that ``rules_hash`` hashes (see the module's docstring)."""
    document = rules_document(doc, language)
    contest = doc.contest.model_dump(mode="json", exclude_defaults=True) if doc.contest else {}
    lines = [HASH_FORMAT, f"language: {language}", f"# {document.title}"]
    for section in document.sections:
        lines.append(f"## [{section.id}] {section.title}")
        lines.extend(_block_lines(block) for block in section.blocks)
    lines.append(f"contest: {canonical_json(contest)}")
    return unicodedata.normalize("NFC", "\n".join(lines)) + "\n"


def rules_hash(doc: ItemDocument, language: str) -> str:
    """SHA-256 (hex) of ``rules_text``: what the draw's commitment binds."""
    return hashlib.sha256(rules_text(doc, language).encode("utf-8")).hexdigest()


def rules_pdf(doc: ItemDocument, language: str) -> bytes:
    """The same rules as ``render_rules_html``, section for section, as an A4 PDF."""
    document = parse_rules_html(render_rules_html(doc, language), language)
    pdf = PdfDocument(document.title, language=language, subtitle=document.subtitle)
    for section in document.sections:
        pdf.heading(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                pdf.paragraph(block.text, bold=block.bold)
            elif isinstance(block, Subheading):
                pdf.heading(block.text, level=2)
            elif isinstance(block, Bullets):
                pdf.bullets(block.items)
            else:
                pdf.table(block.header, block.rows)
    for text in document.footer:
        pdf.paragraph(text, size=8)
    return pdf.to_bytes()


def _render(doc: ItemDocument, language: str, *, fingerprint: str) -> str:
    template = TEMPLATES.get(language)
    if template is None:
        raise RulesError(f"rules are written in French (fr) or English (en), not '{language}'")
    html = render(template, r=rules_context(doc, language), fingerprint=fingerprint)
    return _french_spacing(html) if language == "fr" else html


_BEFORE_PUNCTUATION = re.compile(r" ([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"« ")


def _french_spacing(html: str) -> str:
    """No-break spaces where French typography wants them: « ici » ; là : oui !

    Applied to the body only (the stylesheet has "a: b" spacing of its own), so that a
    line never starts with a colon or a closing guillemet, in the browser or the PDF.
    """
    head, body_tag, body = html.partition("<body>")
    if not body_tag:
        return html
    body = _BEFORE_PUNCTUATION.sub("\u00a0\\1", body)
    return head + body_tag + _AFTER_GUILLEMET.sub("«\u00a0", body)


def _block_lines(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"**{block.text}**" if block.bold else block.text
    if isinstance(block, Subheading):
        return f"### {block.text}"
    if isinstance(block, Bullets):
        return "\n".join(f"- {item}" for item in block.items)
    rows = [block.header, *block.rows]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


# --- reading the rendered HTML back -------------------------------------------------------

_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \s: no-break spaces in "1 234 €" stay


def _clean(text: str) -> str:
    """Collapse the template's layout whitespace; keep the line breaks of <br>."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\x00")]
    return "\n".join(line for line in lines if line)


@dataclass
class _Section:
    id: str
    title: str = ""
    blocks: list[Block] = field(default_factory=list)


class _RulesParser(HTMLParser):
    """Reads the few elements the rules templates use (see their header comment)."""

    TEXT_TAGS = frozenset({"h1", "h2", "h3", "p", "li", "th", "td"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.subtitle = ""
        self.sections: list[_Section] = []
        self.footer: list[str] = []
        self._section: _Section | None = None
        self._in_footer = False
        self._in_style_or_title = False
        self._text: list[str] | None = None
        self._text_tag = ""
        self._text_class = ""
        self._items: list[str] | None = None
        self._table: list[tuple[str, ...]] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("style", "title", "script"):
            self._in_style_or_title = True
        elif tag == "section":
            self._section = _Section(attributes.get("id") or "")
        elif tag == "footer":
            self._in_footer = True
        elif tag in ("ul", "ol"):
            self._items = []
        elif tag == "table":
            self._table = []
        elif tag == "tr":
            self._row = []
        elif tag == "br" and self._text is not None:
            self._text.append("\x00")
        elif tag in self.TEXT_TAGS:
            self._text = []
            self._text_tag = tag
            self._text_class = attributes.get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "script"):
            self._in_style_or_title = False
        elif tag == "section" and self._section is not None:
            self.sections.append(self._section)
            self._section = None
        elif tag == "footer":
            self._in_footer = False
        elif tag in ("ul", "ol") and self._items is not None:
            self._add(Bullets(tuple(self._items)))
            self._items = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            self._table.append(tuple(self._row))
            self._row = None
        elif tag == "table" and self._table:
            self._add(Table(self._table[0], tuple(self._table[1:])))
            self._table = None
        elif tag == self._text_tag and self._text is not None:
            self._end_text(_clean("".join(self._text)))

    def handle_data(self, data: str) -> None:
        if self._text is not None and not self._in_style_or_title:
            self._text.append(data)

    def _end_text(self, text: str) -> None:
        tag = self._text_tag
        self._text = None
        self._text_tag = ""
        if tag in ("th", "td") and self._row is not None:
            self._row.append(text)
        elif tag == "li" and self._items is not None:
            self._items.append(text)
        elif tag == "h1":
            self.title = text
        elif tag == "h2" and self._section is not None:
            self._section.title = text
        elif tag == "h3":
            self._add(Subheading(text))
        elif tag == "p" and self._in_footer:
            self.footer.append(text)
        elif tag == "p" and self._section is None:
            if "subtitle" in self._text_class.split():
                self.subtitle = text
        elif tag == "p":
            self._add(Paragraph(text, bold="notice" in self._text_class.split()))

    def _add(self, block: Block) -> None:
        if self._section is not None:
            self._section.blocks.append(block)


def parse_rules_html(html: str, language: str) -> RulesDocument:
    """The sections of rendered rules; a section without an id or a title is a bug."""
    parser = _RulesParser()
    parser.feed(html)
    parser.close()
    for section in parser.sections:
        if not section.id or not section.title:
            raise ValueError(f"a rules section has no id or no title: {section!r}")
    return RulesDocument(
        language=language,
        title=parser.title,
        subtitle=parser.subtitle,
        sections=tuple(RulesSection(s.id, s.title, tuple(s.blocks)) for s in parser.sections),
        footer=tuple(parser.footer),
    )
