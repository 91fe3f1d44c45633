"""Every failure of the database is a StoreError naming the file, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimcheck.errors import StoreError
from claimcheck.store import VerdictStore
from claimcheck.store import verdicts as verdicts_module


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"killed,wounded\n12,40\n" * 200, id="csv"),
        pytest.param(bytes(range(256)) * 40, id="binary"),
        pytest.param(b"SQLite format 3\x00" + b"\xff" * 4000, id="bad-header"),
    ],
)
def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "claimcheck.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"claimcheck\.db: not a SQLite database"):
        VerdictStore(path)
    assert path.read_bytes() == content  # left untouched


def test_a_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unable to open"):
        VerdictStore(tmp_path)


def test_missing_file_is_not_created_when_create_is_false(tmp_path: Path) -> None:
    path = tmp_path / "claimcheck.db"
    with pytest.raises(StoreError, match=r"claimcheck\.db: no such database file"):
        VerdictStore(path, create=False)
    assert not path.exists()


def test_a_closed_store_says_so(store: VerdictStore, claim_ids: list[str]) -> None:
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.get(claim_ids[0])


def test_a_locked_database_names_the_file(
    db_path: Path, claim_ids: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verdicts_module, "BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(db_path, isolation_level=None)
    with VerdictStore(db_path) as store:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match=r"claimcheck\.db: database is locked"):
            store.set(claim_ids[0], "verified")
        other.execute("ROLLBACK")
        # the failed write left no transaction open: the next one goes through
        assert store.set(claim_ids[0], "verified").change_id == 1
    other.close()


def test_store_errors_chain_the_sqlite_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_text("not a database at all, just some text " * 100)
    with pytest.raises(StoreError) as info:
        VerdictStore(path)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
