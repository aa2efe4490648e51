"""The one Jinja2 environment every export renders through.

Autoescape is on for HTML and XML, and an undefined variable is an error rather than an
empty string: a template that silently loses a field would ship a broken document.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from quizbuilder.paths import RESOURCES

TEMPLATES = RESOURCES / "templates"


@cache
def environment(folder: Path = TEMPLATES) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=select_autoescape(
            ("html", "htm", "xml", "svg", "html.j2", "xml.j2", "svg.j2"), default_for_string=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(name: str, folder: Path = TEMPLATES, **context: Any) -> str:
    return environment(folder).get_template(name).render(**context)
