"""Write files whole or not at all.

At the package's root, beside ``paths``: ``formats`` and ``export`` both write files and
may not import each other (DESIGN.md's layers), so the rule lives below both.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    write_atomically_with(path, lambda fh: fh.write(data))


def write_atomically_with(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """:func:`write_atomically`, the bytes written as they come by ``write``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
