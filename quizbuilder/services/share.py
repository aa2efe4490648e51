"""Sharing an item: QR codes, share images per result, and UTM links per channel.

Everything is rendered in memory first and written after, each file whole (written
beside its place, then renamed), so a bad input leaves no half-written kit behind.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizbuilder.atomic import write_atomically
from quizbuilder.domain.content import ItemDocument
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.qr import RenderedQr, load_logo, render_png, render_svg
from quizbuilder.export.share_image import cards_for, render_card
from quizbuilder.export.utm import campaign_name, check_page_url, tagged_links
from quizbuilder.services.library import LibraryService

if TYPE_CHECKING:
    from PIL import Image

KIT_QR_MM = 30.0  # each channel's QR code: 30 mm at 300 dpi (355 px), fine for a flyer
CSV_NAME = "utm-links.csv"
CSV_COLUMNS = (
    "channel",
    "url",
    "qr_file",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_content",
)


class ShareError(QuizbuilderError):
    """A sharing request that cannot be met as asked (file, folder, address, item)."""


@dataclass(frozen=True)
class QrFile:
    path: Path
    qr: RenderedQr

    def describe(self) -> str:
        q = self.qr
        if q.width_px:
            size = f"{q.width_px}x{q.width_px} px, {q.width_mm:.1f} mm at 300 dpi"
        else:
            size = f"SVG, {q.width_mm:.1f} mm wide"
        return f"{size}, {q.modules} modules, error correction {q.error_correction}"


@dataclass(frozen=True)
class KitLink:
    channel: str  # the channel's id: facebook, instagram, linkedin, x, newsletter, print
    label: str
    url: str
    qr: Path


@dataclass(frozen=True)
class UtmKit:
    item_id: int
    page_url: str
    campaign: str
    csv: Path
    links: list[KitLink]

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "page_url": self.page_url,
            "campaign": self.campaign,
            "csv": str(self.csv),
            "links": [
                {"channel": k.channel, "label": k.label, "url": k.url, "qr": str(k.qr)}
                for k in self.links
            ],
        }


# --- files --------------------------------------------------------------------------


def _folder(folder: Path) -> Path:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ShareError(f"{folder} is a file, not a folder: give a folder to write into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ShareError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    return folder


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ShareError(f"cannot write {path}: {exc.strerror or exc}") from None


def _read_logo(path: Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ShareError(f"logo {path}: no such file") from None
    except OSError as exc:
        raise ShareError(f"logo {path}: cannot be read ({exc.strerror or exc})") from None


# --- QR codes -----------------------------------------------------------------------

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def check_qr_target(url: str) -> str:
    """The text to encode: an address with a scheme (https:, mailto:, tel:, ...).

    An address without its scheme is refused: many phones show it as plain text rather
    than offering to open it.
    """
    text = url.strip()
    if not text:
        raise ShareError("nothing to encode: the address is empty")
    match = _SCHEME.match(text)
    if match is None or "." in match.group(1) or match.group(1).lower() == "localhost":
        raise ShareError(
            f"'{text}' has no scheme: write the whole address, e.g. 'https://{text}', "
            "so that phones offer to open it"
        )
    if match.group(1).lower() in ("http", "https"):
        check_page_url(text)
    return text


def write_qr(
    url: str, path: Path, logo: Path | None = None, size_mm: float | None = None
) -> QrFile:
    """Write the QR code of ``url`` as a PNG or an SVG, by ``path``'s extension."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".png", ".svg"):
        raise ShareError(
            f"{path}: a QR code is written as a .png or .svg file, not '{path.suffix or path.name}'"
        )
    text = check_qr_target(url)
    image = load_logo(_read_logo(logo), str(logo)) if logo is not None else None
    render = render_png if kind == ".png" else render_svg
    qr = render(text, size_mm=size_mm, logo=image)
    if not path.parent.is_dir():
        _folder(path.parent)
    _write(path, qr.data)
    return QrFile(path, qr)


# --- share images -------------------------------------------------------------------


def _theme_logo(library: LibraryService, document: ItemDocument) -> Image.Image | None:
    """The theme's logo as an image, or None; a logo missing from the library is an error."""
    ref = document.theme.logo
    if ref is None:
        return None
    from quizbuilder.store import items as store

    with library.session() as s:
        assets = store.get_assets(s, hashes=[ref.asset])
    asset = assets.get(ref.asset)
    if asset is None:
        raise ShareError(
            f"the theme's logo (asset {ref.asset[:12]}) is missing from the library: "
            "choose the logo again"
        )
    return load_logo(asset.data, f"the theme's logo (asset {ref.asset[:12]})")


def write_share_images(library: LibraryService, item_id: int, folder: Path) -> list[Path]:
    """Write a 1200x630 PNG per outcome and per score band; return the files, in order."""
    detail = library.item(item_id)
    document = detail.document
    cards = cards_for(document)
    if not cards:
        raise ShareError(
            f"item {item_id} ({document.kind.value}) has no outcomes or score bands: "
            "there is no result to make a share image of"
        )
    logo = _theme_logo(library, document)
    images = [(f"{card.name}.png", render_card(card, document.theme, logo)) for card in cards]
    target = _folder(folder)
    paths = []
    for name, data in images:
        _write(target / name, data)
        paths.append(target / name)
    return paths


# --- UTM kit ------------------------------------------------------------------------


def write_utm_kit(
    library: LibraryService,
    item_id: int,
    page_url: str,
    folder: Path,
    *,
    content: str | None = None,
) -> UtmKit:
    """Write a tagged link and its QR code for each channel, and the CSV listing them."""
    detail = library.item(item_id)
    document = detail.document
    campaign = campaign_name(document.campaign, document.title, f"item-{item_id}")
    links = tagged_links(page_url, campaign, content=content)
    codes = [render_png(link.url, size_mm=KIT_QR_MM) for link in links]

    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for link in links:
        c = link.channel
        name = f"qr-{c.id}.png"
        writer.writerow(
            (c.label, link.url, name, c.source, c.medium, link.campaign, link.content or "")
        )

    target = _folder(folder)
    kit_links = []
    for link, qr in zip(links, codes, strict=True):
        path = target / f"qr-{link.channel.id}.png"
        _write(path, qr.data)
        kit_links.append(KitLink(link.channel.id, link.channel.label, link.url, path))
    csv_path = target / CSV_NAME
    _write(csv_path, table.getvalue().encode("utf-8-sig"))  # the BOM tells Excel it is UTF-8
    return UtmKit(item_id, check_page_url(page_url), campaign, csv_path, kit_links)
