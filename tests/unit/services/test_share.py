"""Sharing use cases on a real temporary library: share images, the UTM kit, QR files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.qr import LogoUnreadable, QrError
from quizbuilder.export.utm import UtmError
from quizbuilder.paths import SEEDS
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.share import (
    CSV_COLUMNS,
    ShareError,
    write_qr,
    write_share_images,
    write_utm_kit,
)
from quizbuilder.store import items as store
from tests.helpers.documents import data, document

PAGE = "https://www.pixel-plume.example/quiz?lang=fr#quiz"


def decode(path: Path) -> list[str]:
    with Image.open(path) as image:
        return [b.text for b in zxingcpp.read_barcodes(image)]


def png_bytes(colour: tuple[int, int, int, int], size: tuple[int, int] = (200, 100)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def demo_ids(library: LibraryService) -> dict[str, int]:
    """The demo's KPI quiz and personality quiz, as the demo library has them."""
    ids = {}
    for name, file in (("quiz", "02-quiz-kpi.json"), ("personality", "03-quiz-influenceur.json")):
        (ids[name],) = library.import_content(SEEDS / "items" / file)
    ids["poll"] = library.create_item(document("poll"))
    return ids


def with_logo(library: LibraryService, logo: bytes, *, stored: bool = True) -> int:
    sha = hashlib.sha256(logo).hexdigest()
    if stored:
        with library.session() as s, s.begin():
            store.put_asset(s, sha256=sha, media_type="image/png", data=logo)
    raw = data("personality_quiz")
    raw["theme"] = {"background_color": "#ffffff", "logo": {"asset": sha, "alt": "Pixel"}}
    return library.create_item(parse_document(raw))


# --- share images -------------------------------------------------------------------


def test_share_images_of_the_demo_personality_quiz(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    folder = tmp_path / "out" / "cards"  # created as needed
    paths = write_share_images(library, demo_ids["personality"], folder)
    assert [p.name for p in paths] == ["outcome-nano.png", "outcome-micro.png", "outcome-macro.png"]
    for path in paths:
        with Image.open(path) as image:
            assert image.size == (1200, 630) and image.format == "PNG"
    first = paths[0].read_bytes()
    write_share_images(library, demo_ids["personality"], folder)
    assert paths[0].read_bytes() == first  # the same input, the same bytes


def test_share_images_of_a_scored_quiz_are_one_per_band(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    paths = write_share_images(library, demo_ids["quiz"], tmp_path)
    assert [p.name for p in paths] == ["band-0.png", "band-50.png", "band-80.png"]


def test_share_images_carry_the_theme_logo(library: LibraryService, tmp_path: Path) -> None:
    item_id = with_logo(library, png_bytes((230, 80, 20, 255)))
    (path, *_) = write_share_images(library, item_id, tmp_path)
    with Image.open(path) as image:
        assert image.convert("RGB").getpixel((1200 - 64 - 20, 80)) == (230, 80, 20)


def test_share_images_refuse_what_has_no_result(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(ShareError, match=r"item \d+ \(poll\) has no outcomes or score bands"):
        write_share_images(library, demo_ids["poll"], tmp_path / "cards")
    assert not (tmp_path / "cards").exists()  # nothing written, not even the folder
    with pytest.raises(ItemNotFound, match="there is no item 999"):
        write_share_images(library, 999, tmp_path)


def test_share_images_name_a_missing_or_broken_logo(
    library: LibraryService, tmp_path: Path
) -> None:
    missing = with_logo(library, png_bytes((1, 2, 3, 255)), stored=False)
    with pytest.raises(ShareError, match=r"logo .* is missing from the library"):
        write_share_images(library, missing, tmp_path)
    broken = with_logo(library, b"not an image at all")
    with pytest.raises(LogoUnreadable, match="the theme's logo"):
        write_share_images(library, broken, tmp_path)


def test_share_images_refuse_a_file_as_the_folder(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    file = tmp_path / "cards"
    file.write_text("", encoding="utf-8")
    with pytest.raises(ShareError, match=r"cards is a file, not a folder"):
        write_share_images(library, demo_ids["personality"], file)


# --- UTM kit ------------------------------------------------------------------------


def test_utm_kit_writes_a_csv_and_a_qr_code_per_channel(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    kit = write_utm_kit(library, demo_ids["personality"], PAGE, tmp_path / "kit")
    assert kit.campaign == "semaine-des-reseaux-sociaux"  # the item's campaign, slugified
    raw = kit.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["channel"] for r in rows] == [
        "Facebook",
        "Instagram",
        "LinkedIn",
        "X",
        "Newsletter",
        "Print",
    ]
    for row, link in zip(rows, kit.links, strict=True):
        assert row["url"] == link.url
        assert row["url"].startswith("https://www.pixel-plume.example/quiz?lang=fr&utm_source=")
        assert row["url"].endswith("#quiz")
        assert row["utm_campaign"] == kit.campaign and row["utm_content"] == ""
        qr = kit.csv.parent / row["qr_file"]
        assert qr == link.qr and decode(qr) == [row["url"]]
        with Image.open(qr) as image:
            assert image.size == (355, 355)  # 30 mm at 300 dpi
    assert sorted(p.name for p in (tmp_path / "kit").iterdir()) == sorted(
        ["utm-links.csv"]
        + [f"qr-{c}.png" for c in ("facebook", "instagram", "linkedin")]
        + [f"qr-{c}.png" for c in ("x", "newsletter", "print")]
    )
    as_json = json.loads(json.dumps(kit.as_dict()))
    assert as_json["campaign"] == kit.campaign and len(as_json["links"]) == 6


def test_utm_kit_campaign_falls_back_to_the_title_and_takes_content(
    library: LibraryService, tmp_path: Path
) -> None:
    item_id = library.create_item(document("poll"))  # no campaign
    kit = write_utm_kit(library, item_id, "https://example.org", tmp_path, content="Story 1")
    assert kit.campaign == "quel-reseau-preferez-vous"
    assert all("utm_content=Story%201" in link.url for link in kit.links)


def test_utm_kit_refuses_a_bad_address_before_writing_anything(
    library: LibraryService, demo_ids: dict[str, int], tmp_path: Path
) -> None:
    folder = tmp_path / "kit"
    with pytest.raises(UtmError, match=r"'example\.org/quiz' is not a web address"):
        write_utm_kit(library, demo_ids["quiz"], "example.org/quiz", folder)
    assert not folder.exists()
    with pytest.raises(ItemNotFound):
        write_utm_kit(library, 999, PAGE, folder)


# --- QR files -----------------------------------------------------------------------


def test_write_qr_png_and_svg(tmp_path: Path) -> None:
    written = write_qr(PAGE, tmp_path / "sub" / "code.PNG", size_mm=30)
    assert decode(written.path) == [PAGE]
    assert "355x355 px" in written.describe() and "error correction M" in written.describe()
    svg = write_qr(PAGE, tmp_path / "code.svg", size_mm=25)
    assert svg.path.read_text(encoding="utf-8").startswith("<?xml")
    assert "SVG, 25.0 mm wide" in svg.describe()


def test_write_qr_with_a_logo_file(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes((20, 20, 200, 255)))
    written = write_qr(PAGE, tmp_path / "code.png", logo=logo)
    assert written.qr.error_correction == "H"
    assert decode(written.path) == [PAGE]


def test_write_qr_refuses_bad_inputs_by_name(tmp_path: Path) -> None:
    text = tmp_path / "logo.txt"
    text.write_text("not an image", encoding="utf-8")
    with pytest.raises(LogoUnreadable, match=r"logo\.txt is not an image"):
        write_qr(PAGE, tmp_path / "a.png", logo=text)
    with pytest.raises(ShareError, match=r"logo .*nothere\.png: no such file"):
        write_qr(PAGE, tmp_path / "a.png", logo=tmp_path / "nothere.png")
    with pytest.raises(ShareError, match=r"code\.jpg: a QR code is written as a \.png or \.svg"):
        write_qr(PAGE, tmp_path / "code.jpg")
    with pytest.raises(ShareError, match=r"'example\.org/quiz' has no scheme.*https://example"):
        write_qr("example.org/quiz", tmp_path / "a.png")
    with pytest.raises(UtmError, match="no host name"):
        write_qr("https://", tmp_path / "a.png")
    for size in (0, -5):
        with pytest.raises(QrError, match=f"size {size} mm"):
            write_qr(PAGE, tmp_path / "a.png", size_mm=size)
    with pytest.raises(ShareError, match="empty"):
        write_qr("  ", tmp_path / "a.png")
    assert not list(tmp_path.glob("a.*")) and not (tmp_path / "code.jpg").exists()


def test_write_qr_takes_other_schemes(tmp_path: Path) -> None:
    for target in ("mailto:contact@example.org", "tel:+33123456789"):
        assert decode(write_qr(target, tmp_path / "c.png").path) == [target]


def test_every_error_is_a_user_error() -> None:
    for error in (ShareError, UtmError, QrError, LogoUnreadable, ItemNotFound):
        assert issubclass(error, QuizbuilderError)
