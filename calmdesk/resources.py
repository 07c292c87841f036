"""Where the shipped templates are: the top-level `templates` folder, shipped in the wheel as package data and found
through the import system (an installed wheel, an editable install, or a source checkout alike)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


class TemplatesMissing(RuntimeError):
    """The install has no templates: a broken build. The message says how to reinstall."""


@cache
def templates_dir() -> Path:
    spec = importlib.util.find_spec("templates")
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location)
        if (path / "notes").is_dir():
            return path
    raise TemplatesMissing("calmdesk's templates are not installed; reinstall calmdesk (pip install --force-reinstall)")
