"""Schema migrations: applied once, recorded, in order, all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimcheck.errors import StoreError
from claimcheck.store import MIGRATIONS, Migration, VerdictStore, migrate

LATEST = [m.number for m in MIGRATIONS]


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def recorded(path: Path) -> list[tuple[int, str]]:
    with connect(path) as conn:
        return conn.execute("SELECT number, name FROM _migrations ORDER BY number").fetchall()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fresh_database_gets_every_migration_recorded(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    VerdictStore(path).close()
    assert recorded(path) == [(m.number, m.name) for m in MIGRATIONS]
    with connect(path) as conn:
        assert {"claims", "verdicts", "audit_log", "_migrations"} <= tables(conn)
        applied_at = conn.execute("SELECT applied_at FROM _migrations").fetchall()
    assert all(row[0].endswith("+00:00") for row in applied_at)


def test_reopening_applies_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    conn = connect(path)
    assert migrate(conn) == LATEST
    assert migrate(conn) == []
    conn.close()
    VerdictStore(path).close()  # the store's own open also finds nothing to do
    assert [n for n, _ in recorded(path)] == LATEST


def test_new_migrations_are_applied_in_order(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    VerdictStore(path).close()
    order: list[str] = []

    def add_column(conn: sqlite3.Connection) -> None:
        order.append("add_column")
        conn.execute("ALTER TABLE extra ADD COLUMN b TEXT")  # needs the table from the step before

    extra = [
        *MIGRATIONS,
        Migration(LATEST[-1] + 1, "create_extra", ["CREATE TABLE extra (a TEXT)"]),
        Migration(LATEST[-1] + 2, "extra_column", add_column),
    ]
    conn = connect(path)
    assert migrate(conn, extra) == [LATEST[-1] + 1, LATEST[-1] + 2]
    assert order == ["add_column"]
    assert [c[1] for c in conn.execute("PRAGMA table_info(extra)")] == ["a", "b"]
    assert migrate(conn, extra) == []
    conn.close()
    assert [name for _, name in recorded(path)][-2:] == ["create_extra", "extra_column"]
    # the store opened with the longer list afterwards sees a current schema
    VerdictStore(path, migrations=extra).close()


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    VerdictStore(path).close()
    broken = [
        *MIGRATIONS,
        Migration(LATEST[-1] + 1, "create_extra", ["CREATE TABLE extra (a TEXT)"]),
        Migration(LATEST[-1] + 2, "broken", ["ALTER TABLE no_such_table ADD COLUMN x"]),
    ]
    conn = connect(path)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert not conn.in_transaction
    assert "extra" not in tables(conn)
    conn.close()
    assert [n for n, _ in recorded(path)] == LATEST


@pytest.mark.parametrize(
    "numbers",
    [pytest.param([1, 3, 2], id="out-of-order"), pytest.param([1, 1], id="duplicate"),
     pytest.param([0, 1], id="zero")],
)
def test_migration_numbers_must_increase(tmp_path: Path, numbers: list[int]) -> None:
    migrations = [Migration(n, f"m{i}", ["SELECT 1"]) for i, n in enumerate(numbers)]
    with pytest.raises(ValueError, match="strictly increasing"):
        migrate(connect(tmp_path / "c.db"), migrations)


def test_foreign_database_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match=r"other\.db: not a claimcheck database"):
        VerdictStore(path)
    with connect(path) as conn:
        assert tables(conn) == {"invoices"}


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    VerdictStore(path).close()
    with connect(path) as conn:
        conn.execute(
            "INSERT INTO _migrations VALUES (?, 'from_the_future', '2030-01-01T00:00:00+00:00')",
            (LATEST[-1] + 50,),
        )
    with pytest.raises(StoreError, match="newer claimcheck"):
        VerdictStore(path)


def test_migrating_holds_the_write_lock_before_reading_what_is_applied(tmp_path: Path) -> None:
    """Two processes opening a fresh file at once cannot both apply a migration."""
    path = tmp_path / "c.db"
    first = connect(path)
    second = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    blocked: list[str] = []

    def probe(_conn: sqlite3.Connection) -> None:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            migrate(second)
        blocked.append("second waited")

    with_probe = [*MIGRATIONS, Migration(LATEST[-1] + 1, "probe", probe)]
    assert migrate(first, with_probe) == [*LATEST, LATEST[-1] + 1]
    assert blocked == ["second waited"]
    assert not second.in_transaction
    assert migrate(second, with_probe) == []
