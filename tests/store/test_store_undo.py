"""Undo: reverts through the audit log, is logged itself, walks back, stops at the start."""

from __future__ import annotations

from pathlib import Path

from claimcheck.store import VerdictStore


def state(store: VerdictStore, claim_id: str) -> tuple[str, str | None]:
    verdict = store.get(claim_id)
    return verdict.status.value, verdict.note


def test_undo_on_an_empty_log_returns_none(store: VerdictStore) -> None:
    assert store.undo() is None
    assert store.log() == []


def test_undo_restores_previous_status_and_note(store: VerdictStore, claim_ids: list[str]) -> None:
    first = store.set(claim_ids[0], "verified", "photo evidence")
    second = store.set(claim_ids[0], "disputed", "second origin says 40")
    undo = store.undo()
    assert undo is not None
    assert undo.undo_of == second.change_id
    assert (undo.old_status, undo.new_status, undo.note) == ("disputed", "verified", "photo evidence")
    assert state(store, claim_ids[0]) == ("verified", "photo evidence")
    assert store.log() == [first, second, undo]


def test_repeated_undo_walks_back_across_claims(store: VerdictStore, claim_ids: list[str]) -> None:
    a, b = claim_ids[:2]
    c1 = store.set(a, "verified", "a1")
    c2 = store.set(b, "rejected", "b1")
    c3 = store.set(a, "disputed", "a2")
    undone = [store.undo() for _ in range(4)]
    assert [u.undo_of for u in undone[:3]] == [c3.change_id, c2.change_id, c1.change_id]
    assert undone[3] is None
    assert state(store, a) == ("unreviewed", None)
    assert state(store, b) == ("unreviewed", None)
    assert len(store.log()) == 6  # three changes, three undos: nothing erased


def test_undo_skips_changes_already_undone(store: VerdictStore, claim_ids: list[str]) -> None:
    a = claim_ids[0]
    c1 = store.set(a, "verified", "one")
    store.set(a, "disputed", "two")
    store.undo()  # back to verified/one
    c4 = store.set(a, "rejected", "three")
    assert store.undo().undo_of == c4.change_id
    assert state(store, a) == ("verified", "one")
    assert store.undo().undo_of == c1.change_id
    assert state(store, a) == ("unreviewed", None)
    assert store.undo() is None


def test_undo_of_a_reset_brings_back_the_verdict(store: VerdictStore, claim_ids: list[str]) -> None:
    store.set(claim_ids[0], "rejected", "duplicate of wire copy")
    store.set(claim_ids[0], "unreviewed")
    store.undo()
    assert state(store, claim_ids[0]) == ("rejected", "duplicate of wire copy")


def test_undo_persists_across_restart(db_path: Path, claim_ids: list[str]) -> None:
    with VerdictStore(db_path) as store:
        store.set(claim_ids[0], "verified")
        store.set(claim_ids[0], "rejected")
    with VerdictStore(db_path) as store:
        assert store.undo().new_status == "verified"
    with VerdictStore(db_path) as store:
        assert state(store, claim_ids[0]) == ("verified", None)
        undo = store.undo()
        assert undo.undo_of == 1
        assert store.undo() is None
