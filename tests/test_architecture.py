"""The layers of DESIGN.md hold: imports point down, and only the GUI touches Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import quizbuilder

ROOT = Path(quizbuilder.__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_nothing_below_the_ui_loads_qt() -> None:
    """Import every module outside ui and app in a fresh interpreter; Qt must stay out."""
    names = [
        m.name
        for m in pkgutil.walk_packages(quizbuilder.__path__, "quizbuilder.")
        if not m.name.startswith(("quizbuilder.ui", "quizbuilder.app", "quizbuilder.__main__"))
        and ".migrations" not in m.name
    ]
    assert "quizbuilder.cli" in names and "quizbuilder.domain.content" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_domain_imports_nothing_of_ours_but_itself() -> None:
    for path in (ROOT / "quizbuilder" / "domain").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("import quizbuilder", "from quizbuilder")):
                assert line.split()[1].startswith("quizbuilder.domain"), f"{path.name}: {line}"


def test_listing_stays_off_the_orm_and_the_content_model(tmp_path: Path) -> None:
    """`quizbuilder list` keeps its 0.5 s budget by not importing SQLModel or pydantic's
    content model (see benchmarks/bench_startup.py); this catches a stray import."""
    from quizbuilder.services.library import LibraryService
    from tests.helpers.documents import document

    db = tmp_path / "lib.sqlite"
    service = LibraryService.open(db)
    service.create_item(document("poll"))
    service.close()
    code = (
        "import sys\n"
        "from quizbuilder.app import main\n"
        f"assert main(['--db', {str(db)!r}, 'list']) == 0\n"
        "heavy = ('sqlmodel', 'alembic', 'quizbuilder.domain.content', 'PySide6')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
