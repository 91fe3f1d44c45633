"""Numbered, ordered schema migrations for the verdict database.

Each migration is a `Migration(number, name, steps)`: `steps` is a sequence of SQL statements
or a callable taking the connection. The numbers of the applied ones are recorded in the
`_migrations` table, so opening a database applies only the ones it lacks, in order, all in
one transaction: a migration that fails leaves the database as it was.

Never edit a migration that has shipped; append a new one. Statements are run one at a time
with `Connection.execute` (not `executescript`, which commits on its own and would break the
one-transaction promise), so a trigger body with inner semicolons is one list item.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence
from typing import NamedTuple

MigrationStep = Sequence[str] | Callable[[sqlite3.Connection], None]


class Migration(NamedTuple):
    """One schema change; `number` orders it and is what `_migrations` records."""

    number: int
    name: str
    steps: MigrationStep


class SchemaError(Exception):
    """The database is not one these migrations can manage (caller adds the path)."""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "create_claims",
        [
            """
            CREATE TABLE claims (
                claim_id    TEXT PRIMARY KEY NOT NULL,
                source_id   TEXT NOT NULL,
                source_file TEXT NOT NULL,
                mention     TEXT NOT NULL,
                sentence    TEXT NOT NULL,
                first_seen  TEXT NOT NULL,
                last_seen   TEXT NOT NULL
            )
            """,
        ],
    ),
    Migration(
        2,
        "create_verdicts",
        [
            """
            CREATE TABLE verdicts (
                claim_id TEXT PRIMARY KEY NOT NULL REFERENCES claims(claim_id),
                status   TEXT NOT NULL
                         CHECK (status IN ('unreviewed', 'verified', 'disputed', 'rejected')),
                note     TEXT,
                at       TEXT NOT NULL
            )
            """,
        ],
    ),
    Migration(
        3,
        "create_audit_log",
        [
            """
            CREATE TABLE audit_log (
                change_id  INTEGER PRIMARY KEY AUTOINCREMENT,
                claim_id   TEXT NOT NULL REFERENCES claims(claim_id),
                old_status TEXT NOT NULL
                           CHECK (old_status IN ('unreviewed', 'verified', 'disputed', 'rejected')),
                new_status TEXT NOT NULL
                           CHECK (new_status IN ('unreviewed', 'verified', 'disputed', 'rejected')),
                note       TEXT,
                at         TEXT NOT NULL,
                undo_of    INTEGER REFERENCES audit_log(change_id)
            )
            """,
            "CREATE INDEX audit_log_claim ON audit_log(claim_id, change_id)",
            "CREATE UNIQUE INDEX audit_log_undo_of ON audit_log(undo_of) WHERE undo_of IS NOT NULL",
        ],
    ),
    Migration(
        4,
        "audit_log_append_only",
        [
            """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE is not allowed');
            END
            """,
            """
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN
                SELECT RAISE(ABORT, 'audit_log is append-only: DELETE is not allowed');
            END
            """,
        ],
    ),
)


def _check_order(migrations: Sequence[Migration]) -> None:
    numbers = [m.number for m in migrations]
    if any(n < 1 for n in numbers) or numbers != sorted(set(numbers)):
        raise ValueError(f"migration numbers must be positive and strictly increasing: {numbers}")


def applied_numbers(conn: sqlite3.Connection) -> set[int]:
    """The migration numbers recorded in `_migrations` (empty when the table is missing)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {row[0] for row in conn.execute("SELECT number FROM _migrations")}


def migrate(
    conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Apply the migrations the database lacks, in order, in one transaction.

    `conn` must be in autocommit mode (`isolation_level=None`) so the explicit
    `BEGIN IMMEDIATE` here is the only transaction; IMMEDIATE takes the write lock before
    reading `_migrations`, so two processes opening a fresh file at once cannot both apply
    migration 1. Returns the numbers applied (empty when the schema was current).

    Raises `SchemaError` for a database that has tables but no `_migrations` (not ours) or
    one recorded by a newer claimcheck (a number this code does not know).
    """
    _check_order(migrations)
    known = {m.number for m in migrations}
    conn.execute("BEGIN IMMEDIATE")
    try:
        applied = applied_numbers(conn)
        if not applied:
            others = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != '_migrations' ORDER BY name"
            ).fetchall()
            if others:
                names = ", ".join(r[0] for r in others[:5])
                raise SchemaError(f"not a claimcheck database (it has tables: {names})")
        unknown = applied - known
        if unknown:
            raise SchemaError(
                f"written by a newer claimcheck (schema migration {max(unknown)} is unknown "
                "to this version)"
            )
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations ("
            " number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done: list[int] = []
        for migration in migrations:
            if migration.number in applied:
                continue
            if callable(migration.steps):
                migration.steps(conn)
            else:
                for statement in migration.steps:
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO _migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (
                    migration.number,
                    migration.name,
                    dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
                ),
            )
            done.append(migration.number)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return done
