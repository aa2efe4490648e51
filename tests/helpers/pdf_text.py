"""Read the text back out of a PDF that fpdf2 wrote, page by page.

No PDF reader is a dependency, and text set in an embedded TrueType font is stored as
glyph numbers, so a search of the raw bytes finds nothing. This reads just what fpdf2
writes (PDF 1.4, no object streams, Flate-compressed content, a ToUnicode map per
font): it is a test helper, not a general PDF parser.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)\s*endobj", re.S)
_STREAM = re.compile(rb"^(.*?)stream\r?\n(.*)\r?\nendstream$", re.S)
_REF = rb"(\d+) 0 R"
_HEX_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEX_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|/[A-Za-z0-9]+\s+[\d.]+\s+Tf|\bET\b", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


@dataclass(frozen=True)
class PdfObject:
    head: bytes
    stream: bytes | None


def objects(pdf: bytes) -> dict[int, PdfObject]:
    """Every object by number, streams inflated."""
    found: dict[int, PdfObject] = {}
    for match in _OBJECT.finditer(pdf):
        body = match.group(2)
        stream = _STREAM.match(body)
        if stream is None:
            found[int(match.group(1))] = PdfObject(body, None)
            continue
        head, data = stream.group(1), stream.group(2)
        if b"/FlateDecode" in head:
            data = zlib.decompress(data)
        found[int(match.group(1))] = PdfObject(head, data)
    return found


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, one line per text object, in the order they are drawn."""
    table = objects(pdf)
    maps = _font_maps(table)
    pages_root = next(o for o in table.values() if re.search(rb"/Type /Pages\b", o.head))
    kids = re.search(rb"/Kids \[([^\]]*)\]", pages_root.head)
    assert kids is not None
    texts = []
    for number in re.findall(_REF, kids.group(1)):
        page = table[int(number)]
        contents = re.search(rb"/Contents " + _REF, page.head)
        assert contents is not None
        stream = table[int(contents.group(1))].stream or b""
        texts.append(_decode_content(stream, maps))
    return texts


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def _font_maps(table: dict[int, PdfObject]) -> dict[bytes, dict[int, str] | None]:
    """Resource name (b"F1") -> glyph number to text; None for a simple Latin-1 font."""
    maps: dict[bytes, dict[int, str] | None] = {}
    for name, number in re.findall(rb"/(F\d+) " + _REF, b"".join(o.head for o in table.values())):
        font = table[int(number)].head
        to_unicode = re.search(rb"/ToUnicode " + _REF, font)
        if to_unicode is None:
            maps[name] = None
            continue
        maps[name] = _cmap(table[int(to_unicode.group(1))].stream or b"")
    return maps


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for glyph, text in _HEX_PAIR.findall(block):
            mapping[int(glyph, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, start in _HEX_RANGE.findall(block):
            base = int(start, 16)
            for offset, glyph in enumerate(range(int(first, 16), int(last, 16) + 1)):
                mapping[glyph] = chr(base + offset)
    return mapping


def _unescape(literal: bytes) -> bytes:
    out = bytearray()
    index = 0
    while index < len(literal):
        char = literal[index : index + 1]
        if char != b"\\":
            out += char
            index += 1
            continue
        following = literal[index + 1 : index + 2]
        if following.isdigit():
            octal = re.match(rb"[0-7]{1,3}", literal[index + 1 :])
            assert octal is not None
            out.append(int(octal.group(0), 8))
            index += 1 + len(octal.group(0))
            continue
        out += _ESCAPES.get(following, following)
        index += 2
    return bytes(out)


def _decode_content(stream: bytes, maps: dict[bytes, dict[int, str] | None]) -> str:
    lines: list[str] = []
    current: list[str] = []
    glyphs: dict[int, str] | None = None
    for token in _TOKEN.findall(stream):
        if token.startswith(b"/"):
            glyphs = maps[token[1:].split()[0]]
        elif token == b"ET":
            if current:
                lines.append("".join(current))
                current = []
        else:
            raw = _unescape(token[1:-1])
            if glyphs is None:
                current.append(raw.decode("latin-1"))
            else:
                codes = (int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw), 2))
                current.append("".join(glyphs.get(code, "\ufffd") for code in codes))
    return "\n".join(lines)
