"""Command-line commands for sharing: ``qr``, ``share-images`` and ``utm``.

``add_commands(subparsers)`` adds them to the command line's subparsers and returns
their handlers, of the same shape as ``cli.py``'s: ``handler(library, args, out)``.
``qr`` needs no library: its handler ignores the one it is given, and is listed in
``NO_LIBRARY`` so that the caller may pass ``None`` instead of opening one.

The services (and with them Pillow and qrcode) are imported by the handlers, so that
adding these commands costs the other commands nothing at start-up.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizbuilder.services.library import LibraryService

Handler = Callable[["LibraryService", argparse.Namespace, TextIO], None]

NO_LIBRARY = frozenset({"qr"})  # commands whose handler does not use the library


def _cmd_qr(library: LibraryService | None, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.share import write_qr

    written = write_qr(args.url, args.output, logo=args.logo, size_mm=args.size_mm)
    out.write(f"{written.path}\t{written.describe()}\n")


def _cmd_share_images(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.share import write_share_images

    for path in write_share_images(library, args.id, args.output):
        out.write(f"{path}\n")


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _cmd_utm(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.share import write_utm_kit

    kit = write_utm_kit(library, args.id, args.url, args.output, content=args.content)
    if args.json:
        _print_json(kit.as_dict(), out)
        return
    out.write(f"{kit.csv}\tcampaign {kit.campaign}\n")
    width = max(len(link.label) for link in kit.links)
    for link in kit.links:
        out.write(f"{link.qr}\t{link.label.ljust(width)}  {link.url}\n")


def add_commands(subparsers: Any) -> dict[str, Handler]:
    """Add ``qr``, ``share-images`` and ``utm`` to ``subparsers``; return their handlers.

    ``subparsers`` is what ``ArgumentParser.add_subparsers()`` returned.
    """
    p = subparsers.add_parser(
        "qr",
        help="write a QR code (PNG or SVG) for an address",
        description="Write the QR code of URL. A PNG is drawn at 300 dpi with whole pixels "
        "per module; an SVG is sharp at any size. With --logo the logo sits in the middle "
        "on a white pad and the code uses error correction H (M otherwise).",
    )
    p.add_argument("url", metavar="URL", help="the address to encode (https://...)")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.png or FILE.svg"
    )
    p.add_argument("--logo", type=Path, metavar="IMAGE", help="a logo for the middle")
    p.add_argument(
        "--size-mm",
        type=float,
        metavar="N",
        help="printed width in millimetres, quiet zone included (PNG: at 300 dpi)",
    )

    p = subparsers.add_parser(
        "share-images",
        help="write a 1200x630 share image per outcome or score band",
        description="Write one 1200x630 PNG per personality outcome and per score band "
        "of item ID, in the theme's colours, with its logo.",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")

    p = subparsers.add_parser(
        "utm",
        help="write UTM-tagged links and their QR codes, one per channel",
        description="Tag the address of the page holding item ID's embed for each channel "
        "(Facebook, Instagram, LinkedIn, X, newsletter, print); write utm-links.csv and a "
        "QR code per channel (qr-CHANNEL.png) into FOLDER.",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--url", required=True, metavar="PAGE_URL", help="the page that holds the embed")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    p.add_argument("--content", metavar="TEXT", help="utm_content, to tell apart two links")
    p.add_argument("--json", action="store_true", help="print JSON")

    return {"qr": _cmd_qr, "share-images": _cmd_share_images, "utm": _cmd_utm}
