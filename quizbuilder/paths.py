"""Where the project's non-Python files are: resources/ and seeds/ beside the package."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
SEEDS = PROJECT_ROOT / "seeds"
SCHEMAS = RESOURCES / "schemas"
TRANSLATIONS = RESOURCES / "translations"
EXPORTS = PROJECT_ROOT / "exports"  # the default output folder (in a source checkout)
