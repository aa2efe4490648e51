"""The sharing commands, driven through a parser built with ``add_commands``."""

from __future__ import annotations

import argparse
import io
import json
import re
from pathlib import Path
from typing import NoReturn

import pytest
import zxingcpp
from PIL import Image

from quizbuilder.cli_publish import NO_LIBRARY, add_commands
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.export.qr import QrError
from quizbuilder.paths import SEEDS
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.share import ShareError

PAGE = "https://www.pixel-plume.example/quiz"


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def run(library: LibraryService, *argv: str) -> str:
    parser = Parser(prog="quizbuilder")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    handlers = add_commands(commands)
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    handlers[args.command](None if args.command in NO_LIBRARY else library, args, out)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.fixture
def personality(library: LibraryService) -> int:
    (item_id,) = library.import_content(SEEDS / "items" / "03-quiz-influenceur.json")
    return item_id


def test_add_commands_returns_a_handler_per_command() -> None:
    commands = argparse.ArgumentParser().add_subparsers()
    handlers = add_commands(commands)
    assert set(handlers) == {"qr", "share-images", "utm", "embed"}
    assert set(commands.choices) == {"qr", "share-images", "utm", "embed"}
    assert set(NO_LIBRARY) == {"qr"}


def test_qr_writes_the_file_and_says_so(library: LibraryService, tmp_path: Path) -> None:
    out = run(library, "qr", PAGE, "-o", str(tmp_path / "qr.png"), "--size-mm", "30")
    path = re.escape(str(tmp_path / "qr.png"))
    pattern = rf"{path}\t355x355 px, 30\.1 mm at 300 dpi, \d+ modules, error correction M\n"
    assert re.fullmatch(pattern, out)
    with Image.open(tmp_path / "qr.png") as image:
        assert [b.text for b in zxingcpp.read_barcodes(image)] == [PAGE]
    out = run(library, "qr", PAGE, "-o", str(tmp_path / "qr.svg"))
    assert out.startswith(f"{tmp_path / 'qr.svg'}\tSVG, ")


def test_qr_with_a_logo_and_its_errors(library: LibraryService, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 20, 20)).save(logo)
    out = run(library, "qr", PAGE, "-o", str(tmp_path / "l.png"), "--logo", str(logo))
    assert "error correction H" in out
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    with pytest.raises(QuizbuilderError, match=r"notes\.txt is not an image"):
        run(library, "qr", PAGE, "-o", str(tmp_path / "x.png"), "--logo", str(notes))
    with pytest.raises(QrError, match="more than 0 mm"):
        run(library, "qr", PAGE, "-o", str(tmp_path / "x.png"), "--size-mm", "0")
    with pytest.raises(ShareError, match="has no scheme"):
        run(library, "qr", "www.example.org", "-o", str(tmp_path / "x.png"))
    with pytest.raises(UsageError, match="required"):
        run(library, "qr", PAGE)
    with pytest.raises(UsageError, match="invalid float value"):
        run(library, "qr", PAGE, "-o", "x.png", "--size-mm", "big")


def test_share_images_prints_each_file(
    library: LibraryService, personality: int, tmp_path: Path
) -> None:
    out = run(library, "share-images", str(personality), "-o", str(tmp_path / "cards"))
    names = ["outcome-nano.png", "outcome-micro.png", "outcome-macro.png"]
    assert out.splitlines() == [str(tmp_path / "cards" / n) for n in names]
    with pytest.raises(ItemNotFound, match="there is no item 42"):
        run(library, "share-images", "42", "-o", str(tmp_path))


def test_utm_prints_the_links_or_json(
    library: LibraryService, personality: int, tmp_path: Path
) -> None:
    out = run(library, "utm", str(personality), "--url", PAGE, "-o", str(tmp_path / "kit"))
    first, *rows = out.splitlines()
    assert first == f"{tmp_path / 'kit' / 'utm-links.csv'}\tcampaign semaine-des-reseaux-sociaux"
    assert len(rows) == 6 and rows[0].startswith(f"{tmp_path / 'kit' / 'qr-facebook.png'}\t")
    assert "utm_source=facebook&utm_medium=social" in rows[0]
    out = run(
        library,
        "utm",
        str(personality),
        "--url",
        PAGE,
        "-o",
        str(tmp_path / "kit"),
        "--json",
        "--content",
        "story",
    )
    kit = json.loads(out)
    assert kit["campaign"] == "semaine-des-reseaux-sociaux"
    assert [link["channel"] for link in kit["links"]][-1] == "print"
    assert all(link["url"].endswith("utm_content=story") for link in kit["links"])
    with pytest.raises(QuizbuilderError, match=r"'ftp://example\.org' is not a web address"):
        run(library, "utm", str(personality), "--url", "ftp://example.org", "-o", str(tmp_path))
    with pytest.raises(UsageError, match="--url"):
        run(library, "utm", str(personality), "-o", str(tmp_path))
