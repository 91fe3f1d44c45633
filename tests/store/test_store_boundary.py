"""The store sits outside the domain: it needs no UI, and the domain never reaches it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck

PACKAGE = Path(claimcheck.__file__).parent
DOMAIN = ["ingest", "extract", "cluster", "compare", "report", "pipeline", "models"]


def test_importing_the_store_pulls_in_no_ui() -> None:
    code = (
        "import sys, claimcheck.store; "
        "print(sorted(m for m in ('textual', 'typer', 'rich', 'claimcheck.cli', 'claimcheck.tui')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def domain_files() -> list[Path]:
    files: list[Path] = []
    for name in DOMAIN:
        files += sorted((PACKAGE / name).rglob("*.py")) if (PACKAGE / name).is_dir() else []
        files += [PACKAGE / f"{name}.py"] if (PACKAGE / f"{name}.py").is_file() else []
    return files


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(
    "path", domain_files(), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_domain_module_does_not_import_the_store(path: Path) -> None:
    bad = {
        m for m in imported_modules(path)
        if m == "sqlite3" or m == "claimcheck.store" or m.startswith("claimcheck.store.")
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"
