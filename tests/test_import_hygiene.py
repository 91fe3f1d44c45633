"""The domain runs without the UI, the CLI or the database (harlequin's import hygiene).

Each domain module is imported in a fresh interpreter, which then lists the forbidden modules
that ended up in sys.modules: Textual, sqlite3, and claimcheck's own tui, store and cli. A
static linter (import-linter, the contract in pyproject.toml) checks the import graph; this
checks what an import really loads, including imports made at import time by dependencies.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

DOMAIN_MODULES = [
    "claimcheck.models",
    "claimcheck.ingest",
    "claimcheck.extract",
    "claimcheck.extract.claims",
    "claimcheck.cluster",
    "claimcheck.compare",
    "claimcheck.report",
    "claimcheck.report.table",
    "claimcheck.report.csv",
    "claimcheck.report.claimreview",
    "claimcheck.pipeline",
]

PROBE = (
    "import {module}, sys; "
    "print(sorted(m for m in sys.modules "
    "if m.split('.')[0] in ('textual', 'sqlite3', '_sqlite3') "
    "or m.startswith('claimcheck.tui') or m.startswith('claimcheck.store') "
    "or m.startswith('claimcheck.cli')))"
)


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_loads_no_ui_cli_or_database(module):
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", (
        f"importing {module} loads forbidden modules: {result.stdout.strip()}"
    )


def test_probe_sees_forbidden_imports():
    """The probe itself works: importing the store does show sqlite3."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(module="claimcheck.store")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert "sqlite3" in result.stdout and "claimcheck.store" in result.stdout


def _lint_imports() -> str:
    found = Path(sys.executable).with_name("lint-imports")
    return str(found) if found.exists() else (shutil.which("lint-imports") or "lint-imports")


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
