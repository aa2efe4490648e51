"""The Qt binding itself: a known-bad release must not slip back in.

PySide6 6.12.0 on Python 3.11 takes one reference off ``None`` in every call that
returns nothing (``setText``, ``processEvents``...); after a few thousand calls Python
aborts with "deallocating None". The results view makes hundreds such calls per refresh,
so a long session would crash. pyproject.toml excludes that release; this test fails if
one with the same defect is installed.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
