"""The layout's rules, read from the code's own imports.

Dependencies point one way: ``server.py`` → ``schema/``, ``web/`` → ``services/``. The
doors translate and delegate, so none of them builds a query or reads storage models;
the services know nothing of HTTP or GraphQL. And the README's Layout names every
capability package there is.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOORS = [
    ROOT / "server.py",
    *sorted((ROOT / "schema").rglob("*.py")),
    *sorted((ROOT / "web").rglob("*.py")),
]
SERVICES = sorted((ROOT / "services").rglob("*.py"))
STORAGE = ("sqlalchemy", "asyncpg", "aiosqlite", "services.core.models")
OUTSIDE_SERVICES = ("schema", "web", "server", "starlette", "strawberry", "graphql", "uvicorn")


def imported(path: Path) -> Iterator[str]:
    """Every module a file imports, including those imported only for type checking."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


@pytest.mark.parametrize("path", DOORS, ids=lambda path: str(path.relative_to(ROOT)))
def test_doors_never_touch_storage(path: Path) -> None:
    touching = [module for module in imported(path) if _within(module, STORAGE)]
    assert not touching, f"{path.relative_to(ROOT)} imports {touching}: ask a service instead"


@pytest.mark.parametrize("path", SERVICES, ids=lambda path: str(path.relative_to(ROOT)))
def test_services_know_nothing_of_the_doors(path: Path) -> None:
    outside = [module for module in imported(path) if _within(module, OUTSIDE_SERVICES)]
    assert not outside, f"{path.relative_to(ROOT)} imports {outside}"


def test_the_rule_sees_a_storage_import() -> None:
    """The check itself: a door that imports storage is caught."""
    assert _within("sqlalchemy.ext.asyncio", STORAGE)
    assert _within("services.core.models", STORAGE)
    assert not _within("services.core.db", STORAGE)


def test_the_readme_layout_names_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([a-z_]+/)`", layout))
    packages = {
        f"{path.name}/"
        for top in ("services", "schema")
        for path in (ROOT / top).iterdir()
        if path.is_dir() and (path / "__init__.py").exists()
    }
    assert packages <= named, f"README Layout misses {sorted(packages - named)}"
