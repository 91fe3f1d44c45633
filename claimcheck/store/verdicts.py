"""The verdict store: analysts' verdicts on claims, with an append-only audit log, in SQLite.

Usage::

    with VerdictStore("claimcheck.db") as store:
        store.register_claims(analysis.claims)
        change = store.set(store.resolve("3f9a1c"), "disputed", note="single origin")
        store.undo()

Durability and concurrency choices (DESIGN.md: verdicts survive restarts, a crash in the
middle of a write and two processes writing at once):

- `journal_mode=WAL`: readers never block the writer, and a commit is one append to the WAL.
- `synchronous=FULL`: the WAL is fsynced at every commit, so a committed verdict survives not
  only a killed process (NORMAL would already give that) but also power loss or an OS crash,
  which NORMAL in WAL mode does not promise (it may roll back the last commits). A verdict is
  one human action, so the fsync per change costs nothing anyone can notice; bulk
  `register_claims` is one transaction, so it pays one fsync, not one per claim.
- `busy_timeout=10 s`: a second writer waits for the lock instead of failing at once.
- every change is one `BEGIN IMMEDIATE` transaction: the write lock is taken *before* the old
  status is read, so two processes changing the same claim serialize and each audit row's
  `old_status` is the status the previous one left (no lost update).
- `foreign_keys=ON`: verdicts and audit rows can only name claims the store has registered.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from claimcheck.errors import StoreError
from claimcheck.models import Claim, Verdict, VerdictChange, VerdictStatus
from claimcheck.store.migrations import MIGRATIONS, Migration, SchemaError, migrate

BUSY_TIMEOUT_S = 10.0
MIN_PREFIX = 6
VALID_STATUSES = ", ".join(s.value for s in VerdictStatus)


class UnknownClaimError(StoreError):
    """A claim id (or prefix) that matches no claim the store has registered."""

    def __init__(self, path: str, claim_id: str) -> None:
        self.path = path
        self.claim_id = claim_id
        super().__init__(f"unknown claim id {claim_id!r} in {path}")


class AmbiguousClaimError(StoreError):
    """A prefix that matches more than one registered claim id."""

    def __init__(self, path: str, prefix: str, matches: Sequence[str]) -> None:
        self.path = path
        self.prefix = prefix
        self.matches = tuple(matches)
        shown = ", ".join(self.matches[:5]) + (", ..." if len(self.matches) > 5 else "")
        super().__init__(
            f"ambiguous claim id {prefix!r} in {path} matches {shown} (give more characters)"
        )


def parse_status(status: VerdictStatus | str) -> VerdictStatus:
    """`status` as a VerdictStatus, case-insensitively; StoreError listing the valid ones."""
    if isinstance(status, VerdictStatus):
        return status
    try:
        return VerdictStatus(str(status).strip().lower())
    except ValueError:
        raise StoreError(f"invalid status {status!r}: choose one of {VALID_STATUSES}") from None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _time(text: str) -> dt.datetime:
    at = dt.datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _clean_note(note: str | None) -> str | None:
    return note if note is not None and note.strip() else None


class VerdictStore:
    """Verdicts and their audit log in one SQLite file; a context manager.

    :param path: the database file; created (with its schema) when missing unless
        `create=False`, in which case a missing file is a StoreError.
    :param migrations: the schema migrations to apply (tests pass extra ones).

    Every sqlite3 error surfaces as a StoreError whose message starts with the path. One
    instance may be used from several threads (calls are serialized by a lock); for several
    processes open one instance each: SQLite's locking serializes their writes.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        create: bool = True,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> None:
        self.path = Path(path)
        self._name = str(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        if not create and not self.path.is_file():
            raise StoreError(f"{self._name}: no such database file")
        with self._errors():
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            self._conn = conn
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
                # The first query reads the header: a non-SQLite file fails here.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise StoreError(f"{self._name}: could not switch to WAL journal (got {mode})")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA foreign_keys = ON")
                migrate(conn, migrations)
            except BaseException:
                self._conn = None
                conn.close()
                raise

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> VerdictStore:
        """Same as `VerdictStore(path)`; reads well at call sites."""
        return cls(path, create=create)

    def close(self) -> None:
        """Close the connection; safe to call twice."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"VerdictStore({self._name!r})"

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError naming the file."""
        try:
            yield
        except SchemaError as exc:
            raise StoreError(f"{self._name}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            text = str(exc)
            if "file is not a database" in text or "malformed" in text:
                text = f"not a SQLite database ({text})"
            raise StoreError(f"{self._name}: {text}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"{self._name}: {exc}") from exc

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self._name}: the store is closed")
        return self._conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors():
            yield self._db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One BEGIN IMMEDIATE ... COMMIT; rolled back on any error."""
        with self._lock, self._errors():
            conn = self._db
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _state(self, conn: sqlite3.Connection, claim_id: str) -> tuple[VerdictStatus, str | None]:
        row = conn.execute(
            "SELECT status, note FROM verdicts WHERE claim_id = ?", (claim_id,)
        ).fetchone()
        return (VerdictStatus(row[0]), row[1]) if row else (VerdictStatus.UNREVIEWED, None)

    def _record(
        self,
        conn: sqlite3.Connection,
        claim_id: str,
        old: VerdictStatus,
        new: VerdictStatus,
        note: str | None,
        undo_of: int | None = None,
    ) -> VerdictChange:
        at = _now()
        conn.execute(
            "INSERT INTO verdicts (claim_id, status, note, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (claim_id) DO UPDATE SET "
            "status = excluded.status, note = excluded.note, at = excluded.at",
            (claim_id, new.value, note, at),
        )
        cur = conn.execute(
            "INSERT INTO audit_log (claim_id, old_status, new_status, note, at, undo_of) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (claim_id, old.value, new.value, note, at, undo_of),
        )
        return VerdictChange(
            change_id=cur.lastrowid,
            claim_id=claim_id,
            old_status=old,
            new_status=new,
            note=note,
            at=_time(at),
            undo_of=undo_of,
        )

    # -- claims ---------------------------------------------------------------------------

    def register_claims(self, claims: Iterable[Claim]) -> int:
        """Record the claims seen (insert new, refresh known); returns how many were new.

        One transaction and one `executemany`, so 100k claims take about a second. Verdicts
        are keyed by claim_id and untouched: re-ingesting the same sources keeps them.
        """
        at = _now()
        rows = (
            (c.claim_id, c.source_id, c.source_file, c.mention, c.sentence, at, at)
            for c in claims
        )
        with self._write() as conn:
            before = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
            conn.executemany(
                "INSERT INTO claims "
                "(claim_id, source_id, source_file, mention, sentence, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (claim_id) DO UPDATE SET "
                "source_id = excluded.source_id, source_file = excluded.source_file, "
                "mention = excluded.mention, sentence = excluded.sentence, "
                "last_seen = excluded.last_seen",
                rows,
            )
            after = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        return after - before

    def known(self, claim_id: str) -> bool:
        """Whether the store has registered this exact claim id."""
        with self._read() as conn:
            row = conn.execute("SELECT 1 FROM claims WHERE claim_id = ?", (claim_id,)).fetchone()
        return row is not None

    def resolve(self, prefix: str) -> str:
        """The full claim id for a full id or a unique prefix of at least 6 characters.

        Raises UnknownClaimError (nothing matches, or a prefix too short to look up) or
        AmbiguousClaimError (several match); both are StoreErrors.
        """
        prefix = prefix.strip()
        if prefix and self.known(prefix):
            return prefix
        if len(prefix) < MIN_PREFIX:
            raise UnknownClaimError(self._name, prefix)
        with self._read() as conn:
            matches: list[str] = []
            cursor = conn.execute(
                "SELECT claim_id FROM claims WHERE claim_id >= ? ORDER BY claim_id", (prefix,)
            )
            for (claim_id,) in cursor:  # sorted, so the matches are one contiguous run
                if not claim_id.startswith(prefix):
                    break
                matches.append(claim_id)
                if len(matches) > 10:
                    break
            cursor.close()
        if not matches:
            raise UnknownClaimError(self._name, prefix)
        if len(matches) > 1:
            raise AmbiguousClaimError(self._name, prefix, matches)
        return matches[0]

    # -- verdicts -------------------------------------------------------------------------

    def set(
        self, claim_id: str, status: VerdictStatus | str, note: str | None = None
    ) -> VerdictChange:
        """Set a claim's verdict and log the change, in one transaction.

        `status` is case-insensitive. Setting the same status and note again is still logged
        (it is an analyst's action). `unreviewed` resets the verdict: the row stays, with
        the reset time. An empty note is no note. The claim must be registered.
        """
        new = parse_status(status)
        note = _clean_note(note)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM claims WHERE claim_id = ?", (claim_id,)).fetchone() is None:
                raise UnknownClaimError(self._name, claim_id)
            old, _ = self._state(conn, claim_id)
            return self._record(conn, claim_id, old, new, note)

    def get(self, claim_id: str) -> Verdict:
        """The claim's current verdict; unreviewed (with no time) when it never had one."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT status, note, at FROM verdicts WHERE claim_id = ?", (claim_id,)
            ).fetchone()
        if row is None:
            return Verdict(claim_id=claim_id)
        return Verdict(claim_id=claim_id, status=row[0], note=row[1], at=_time(row[2]))

    def verdicts(self) -> dict[str, Verdict]:
        """Every stored verdict by claim_id (claims never judged are absent; resets are kept)."""
        with self._read() as conn:
            rows = conn.execute("SELECT claim_id, status, note, at FROM verdicts").fetchall()
        return {
            r[0]: Verdict(claim_id=r[0], status=r[1], note=r[2], at=_time(r[3])) for r in rows
        }

    def log(self, claim_id: str | None = None) -> list[VerdictChange]:
        """The audit log, oldest first; only one claim's changes when `claim_id` is given."""
        sql = "SELECT change_id, claim_id, old_status, new_status, note, at, undo_of FROM audit_log"
        args: tuple[str, ...] = ()
        if claim_id is not None:
            sql += " WHERE claim_id = ?"
            args = (claim_id,)
        with self._read() as conn:
            rows = conn.execute(sql + " ORDER BY change_id", args).fetchall()
        return [
            VerdictChange(
                change_id=r[0],
                claim_id=r[1],
                old_status=r[2],
                new_status=r[3],
                note=r[4],
                at=_time(r[5]),
                undo_of=r[6],
            )
            for r in rows
        ]

    def undo(self) -> VerdictChange | None:
        """Revert the latest change that is neither an undo nor already undone.

        Writes a new audit row with `undo_of` set, restoring the status and note the claim had
        before that change, in one transaction. Undoing again walks further back. Returns the
        new change, or None when there is nothing left to undo.
        """
        with self._write() as conn:
            target = conn.execute(
                "SELECT change_id, claim_id FROM audit_log AS a "
                "WHERE a.undo_of IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM audit_log AS u WHERE u.undo_of = a.change_id) "
                "ORDER BY a.change_id DESC LIMIT 1"
            ).fetchone()
            if target is None:
                return None
            change_id, claim_id = target
            # Every later plain change was undone already, so the claim is now as `target`
            # left it; the state before it is what the claim's previous log row left.
            before = conn.execute(
                "SELECT new_status, note FROM audit_log WHERE claim_id = ? AND change_id < ? "
                "ORDER BY change_id DESC LIMIT 1",
                (claim_id, change_id),
            ).fetchone()
            restored = (VerdictStatus(before[0]), before[1]) if before else (VerdictStatus.UNREVIEWED, None)
            current, _ = self._state(conn, claim_id)
            return self._record(conn, claim_id, current, restored[0], restored[1], undo_of=change_id)
