"""Every test runs away from the user's real data folder, settings and libraries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("QUIZBUILDER_DB", raising=False)
    monkeypatch.delenv("QUIZBUILDER_DEBUG", raising=False)
    return home


@pytest.fixture
def library(tmp_path: Path):
    from quizbuilder.services.library import LibraryService

    service = LibraryService.open(tmp_path / "library.sqlite")
    yield service
    service.close()


@pytest.fixture
def imports_write_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports store their responses as rows, not packs (``store.packs``): for a test
    that builds a library in rows, then packs it (``tests.helpers.packing``) to compare."""
    from quizbuilder.store import responses as rstore

    monkeypatch.setattr(rstore, "PACK_BATCHES", False)
