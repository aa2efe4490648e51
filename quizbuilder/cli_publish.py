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
from typing import TYPE_CHECKING, Any, Literal, TextIO, cast

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

    p = subparsers.add_parser(
        "embed",
        help="write an item's HTML embed (a page, or a snippet to paste)",
        description="Write item ID as one self-contained HTML file (script, style and "
        "images inline) and freeze its version. Answers go to --endpoint (mode endpoint), "
        "stay on the device until an operator saves them (mode kiosk, --kiosk-pin), or "
        "nowhere (mode none). See docs/embed.md.",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--mode", choices=("endpoint", "kiosk", "none"), default="none")
    p.add_argument("--endpoint", metavar="URL", help="where answers are POSTed (mode endpoint)")
    p.add_argument("--kiosk-pin", metavar="PIN", help="4 to 12 digits (mode kiosk)")
    p.add_argument("--lang", choices=("fr", "en"), help="interface language (default: the item's)")
    p.add_argument("--snippet", action="store_true", help="the fragment to paste into a CMS page")
    p.add_argument("--share-url", metavar="URL", help="the address the share links point at")
    p.add_argument(
        "--iframe",
        metavar="URL",
        help="also print the <iframe> tag for the file once published at URL",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    return {
        "qr": _cmd_qr,
        "share-images": _cmd_share_images,
        "utm": _cmd_utm,
        "embed": _cmd_embed,
    }


def _cmd_embed(library: LibraryService, args: argparse.Namespace, out: TextIO) -> None:
    from quizbuilder.services.publish import EmbedOptions, export_embed, iframe_tag

    # --endpoint alone means the endpoint mode: the one thing it can mean
    mode = cast(
        'Literal["endpoint", "kiosk", "none"]',
        "endpoint" if args.endpoint and args.mode == "none" else args.mode,
    )
    options = EmbedOptions(
        mode=mode,
        endpoint=args.endpoint,
        lang=args.lang,
        snippet=args.snippet,
        kiosk_pin=args.kiosk_pin,
        share_url=args.share_url,
    )
    result = export_embed(library, args.id, args.output, options)
    tag = iframe_tag(library, args.id, args.iframe) if args.iframe else None
    if args.json:
        data: dict[str, object] = result.as_dict()
        if tag is not None:
            data["iframe"] = tag
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write(
        f"{result.path}\t{result.bytes / 1024:.1f} KB ({result.gzip_bytes / 1024:.1f} KB "
        f"gzipped)\tmode {result.mode}\tversion {result.content_hash[:12]}\n"
    )
    if tag is not None:
        out.write(tag + "\n")
