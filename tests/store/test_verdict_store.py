"""VerdictStore: claims, verdicts, the audit log, restarts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.errors import StoreError
from claimcheck.models import Claim, Verdict, VerdictStatus
from claimcheck.store import AmbiguousClaimError, UnknownClaimError, VerdictStore


def test_pragmas_favour_durability_and_waiting(store: VerdictStore) -> None:
    conn = store._db
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_unjudged_claim_is_unreviewed(store: VerdictStore, claim_ids: list[str]) -> None:
    assert store.get(claim_ids[0]) == Verdict(claim_id=claim_ids[0])
    assert store.verdicts() == {}
    assert store.log() == []


def test_set_writes_verdict_and_audit_row(store: VerdictStore, claim_ids: list[str]) -> None:
    before = dt.datetime.now(dt.UTC)
    change = store.set(claim_ids[0], VerdictStatus.DISPUTED, "ministry figure, single origin")
    assert (change.claim_id, change.old_status, change.new_status, change.note, change.undo_of) == (
        claim_ids[0], "unreviewed", "disputed", "ministry figure, single origin", None,
    )
    assert change.at.tzinfo is not None and change.at.utcoffset() == dt.timedelta(0)
    assert before <= change.at <= dt.datetime.now(dt.UTC)
    verdict = store.get(claim_ids[0])
    assert (verdict.status, verdict.note, verdict.at) == ("disputed", change.note, change.at)
    assert store.log() == [change]
    assert store.log(claim_ids[0]) == [change]
    assert store.log(claim_ids[1]) == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("verified", VerdictStatus.VERIFIED),
        ("Disputed", VerdictStatus.DISPUTED),
        ("REJECTED", VerdictStatus.REJECTED),
        (" unreviewed ", VerdictStatus.UNREVIEWED),
        (VerdictStatus.VERIFIED, VerdictStatus.VERIFIED),
    ],
)
def test_status_is_read_case_insensitively(
    store: VerdictStore, claim_ids: list[str], given: str, expected: VerdictStatus
) -> None:
    assert store.set(claim_ids[0], given).new_status is expected
    assert store.get(claim_ids[0]).status is expected


@pytest.mark.parametrize("bad", ["confirmed", "", "verify", "true"])
def test_invalid_status_lists_the_valid_ones_and_writes_nothing(
    store: VerdictStore, claim_ids: list[str], bad: str
) -> None:
    with pytest.raises(StoreError) as info:
        store.set(claim_ids[0], bad)
    message = str(info.value)
    assert repr(bad) in message
    assert all(s.value in message for s in VerdictStatus)
    assert store.log() == []


def test_set_refuses_an_unregistered_claim(store: VerdictStore) -> None:
    with pytest.raises(UnknownClaimError, match="unknown claim id 'nope'"):
        store.set("nope", "verified")
    assert store.log() == []


def test_same_status_again_is_still_logged(store: VerdictStore, claim_ids: list[str]) -> None:
    store.set(claim_ids[0], "verified", "checked")
    again = store.set(claim_ids[0], "verified", "checked")
    assert (again.old_status, again.new_status) == ("verified", "verified")
    assert len(store.log(claim_ids[0])) == 2


def test_unreviewed_resets_but_keeps_the_row(store: VerdictStore, claim_ids: list[str]) -> None:
    store.set(claim_ids[0], "rejected", "duplicate")
    reset = store.set(claim_ids[0], "unreviewed")
    verdict = store.get(claim_ids[0])
    assert (verdict.status, verdict.note, verdict.at) == ("unreviewed", None, reset.at)
    assert store.verdicts() == {claim_ids[0]: verdict}
    assert [c.new_status for c in store.log()] == ["rejected", "unreviewed"]


@pytest.mark.parametrize(("note", "stored"), [("", None), ("   ", None), (None, None),
                                              ("  kept as typed ", "  kept as typed ")])
def test_empty_note_is_no_note(
    store: VerdictStore, claim_ids: list[str], note: str | None, stored: str | None
) -> None:
    assert store.set(claim_ids[0], "verified", note).note == stored
    assert store.get(claim_ids[0]).note == stored


def test_verdicts_returns_every_judged_claim(store: VerdictStore, claim_ids: list[str]) -> None:
    store.set(claim_ids[0], "verified")
    store.set(claim_ids[1], "disputed", "two origins disagree")
    store.set(claim_ids[0], "rejected")
    verdicts = store.verdicts()
    assert {k: (v.status, v.note) for k, v in verdicts.items()} == {
        claim_ids[0]: ("rejected", None),
        claim_ids[1]: ("disputed", "two origins disagree"),
    }
    assert [c.change_id for c in store.log()] == [1, 2, 3]


def test_verdicts_survive_a_restart(db_path: Path, claim_ids: list[str]) -> None:
    with VerdictStore(db_path) as store:
        store.set(claim_ids[0], "verified", "photo evidence")
        store.set(claim_ids[1], "rejected")
        log = store.log()
    with VerdictStore.open(db_path) as reopened:
        assert reopened.get(claim_ids[0]).status == "verified"
        assert reopened.get(claim_ids[0]).note == "photo evidence"
        assert reopened.get(claim_ids[1]).status == "rejected"
        assert reopened.log() == log


def test_reregistering_claims_keeps_verdicts(
    store: VerdictStore, claim_ids: list[str], make_claim: Callable[..., Claim]
) -> None:
    store.set(claim_ids[3], "disputed", "keep me")
    first_seen = store._db.execute(
        "SELECT first_seen, last_seen FROM claims WHERE claim_id = ?", (claim_ids[3],)
    ).fetchone()
    assert store.register_claims(make_claim(i) for i in range(12)) == 2  # 10 known + 2 new
    assert store.get(claim_ids[3]).note == "keep me"
    assert store.get(claim_ids[3]).status == "disputed"
    again = store._db.execute(
        "SELECT first_seen, last_seen FROM claims WHERE claim_id = ?", (claim_ids[3],)
    ).fetchone()
    assert again[0] == first_seen[0] and again[1] > first_seen[1]
    assert store.register_claims([]) == 0


def test_register_refreshes_the_claim_text(
    store: VerdictStore, make_claim: Callable[..., Claim], claim_ids: list[str]
) -> None:
    edited = make_claim(0).model_copy(update={"sentence": "Revised sentence."})
    assert store.register_claims([edited]) == 0
    row = store._db.execute(
        "SELECT sentence FROM claims WHERE claim_id = ?", (claim_ids[0],)
    ).fetchone()
    assert row == ("Revised sentence.",)


def test_register_100k_claims_once(
    tmp_path: Path, make_claim: Callable[..., Claim]
) -> None:
    """100k claims register once, and a second run finds them all. (How fast is
    benchmarks/bench_tui.py's "register" figure: a timed unit test flakes.)"""
    claims = [make_claim(i, "big") for i in range(100_000)]
    with VerdictStore(tmp_path / "big.db") as store:
        assert store.register_claims(claims) == 100_000
        assert store.register_claims(claims) == 0
        assert store.known(claims[-1].claim_id)


def test_a_failed_register_writes_nothing(
    store: VerdictStore, make_claim: Callable[..., Claim]
) -> None:
    def claims():
        yield make_claim(100)
        raise RuntimeError("reader broke")

    with pytest.raises(RuntimeError):
        store.register_claims(claims())
    assert not store.known(make_claim(100).claim_id)
    assert store.register_claims([make_claim(100)]) == 1  # and the store is still usable


def test_known(store: VerdictStore, claim_ids: list[str]) -> None:
    assert store.known(claim_ids[0])
    assert not store.known(claim_ids[0][:-1])
    assert not store.known("")


@pytest.mark.parametrize(
    ("ids", "given", "expected"),
    [
        pytest.param(["3f9a1c2b7d10", "3f9b00000000"], "3f9a1c2b7d10", "3f9a1c2b7d10", id="full"),
        pytest.param(["3f9a1c2b7d10", "3f9b00000000"], "3f9a1c", "3f9a1c2b7d10", id="6-chars"),
        pytest.param(["3f9a1c2b7d10", "3f9b00000000"], " 3f9a1c2b ", "3f9a1c2b7d10", id="spaces"),
        pytest.param(["3f9a1c2b7d10", "3f9a1c2b7d1"], "3f9a1c2b7d1", "3f9a1c2b7d1", id="full-is-prefix-of-other"),
        pytest.param(["abc"], "abc", "abc", id="short-full-id"),
    ],
)
def test_resolve_finds_one_claim(
    tmp_path: Path, make_claim: Callable[..., Claim], ids: list[str], given: str, expected: str
) -> None:
    with VerdictStore(tmp_path / "c.db") as store:
        store.register_claims(make_claim(0).model_copy(update={"claim_id": i}) for i in ids)
        assert store.resolve(given) == expected


@pytest.mark.parametrize(
    ("given", "error", "text"),
    [
        pytest.param("3f9a1c", AmbiguousClaimError, "ambiguous claim id '3f9a1c'", id="ambiguous"),
        pytest.param("3f9a1", UnknownClaimError, "unknown claim id '3f9a1'", id="too-short"),
        pytest.param("ffffff", UnknownClaimError, "unknown claim id 'ffffff'", id="no-match"),
        pytest.param("3f9a1c2b7d10x", UnknownClaimError, "unknown claim id", id="longer-than-id"),
        pytest.param("", UnknownClaimError, "unknown claim id ''", id="empty"),
    ],
)
def test_resolve_refuses_unknown_and_ambiguous_ids(
    tmp_path: Path, make_claim: Callable[..., Claim], given: str, error: type, text: str
) -> None:
    path = tmp_path / "c.db"
    with VerdictStore(path) as store:
        store.register_claims(
            make_claim(0).model_copy(update={"claim_id": i})
            for i in ["3f9a1c2b7d10", "3f9a1cffffff", "3f9b00000000"]
        )
        with pytest.raises(error) as info:
            store.resolve(given)
    assert isinstance(info.value, StoreError)
    assert text in str(info.value)
    assert str(path) in str(info.value)
    if error is AmbiguousClaimError:
        assert info.value.matches == ("3f9a1c2b7d10", "3f9a1cffffff")


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("UPDATE audit_log SET new_status = 'verified'", id="update"),
        pytest.param("UPDATE audit_log SET note = 'rewritten' WHERE change_id = 1", id="update-one"),
        pytest.param("DELETE FROM audit_log", id="delete"),
        pytest.param("DELETE FROM audit_log WHERE change_id = 1", id="delete-one"),
    ],
)
def test_audit_log_is_append_only(db_path: Path, claim_ids: list[str], statement: str) -> None:
    with VerdictStore(db_path) as store:
        store.set(claim_ids[0], "disputed", "original")
        log = store.log()
    conn = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    conn.close()
    with VerdictStore(db_path) as store:
        assert store.log() == log
