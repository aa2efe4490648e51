from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import UndefinedError

from quizbuilder.export.templating import render


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "card.html").write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    (tmp_path / "card.txt").write_text("{{ title }}", encoding="utf-8")
    return tmp_path


def test_html_is_escaped(folder: Path) -> None:
    assert render("card.html", folder, title="<b>Q&R</b>") == "<h1>&lt;b&gt;Q&amp;R&lt;/b&gt;</h1>"


def test_a_missing_variable_raises(folder: Path) -> None:
    with pytest.raises(UndefinedError, match="title"):
        render("card.html", folder)
