from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import UndefinedError

from quizbuilder.export.templating import environment, render


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


def test_every_shipped_template_escapes_what_it_is_given() -> None:
    """A template that forgot its own autoescape block must still escape user text."""
    env = environment()
    names = env.list_templates(filter_func=lambda name: name.endswith(".j2"))
    assert names
    for name in names:
        assert env.autoescape(name) if callable(env.autoescape) else env.autoescape, name
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
