"""Two units of work in one instance that each hold the employer the other waits for: one gives up as a
transient failure (its task is retried) and releases what it held, and the other goes on; no thread waits
for good (infra/firestore_unit.KeyedLocks)."""

from __future__ import annotations

import threading

import pytest

from infra.firestore_unit import KeyedLocks
from tracker.errors import TransientFailure


def test_two_units_locking_two_employers_in_opposite_orders_do_not_wait_for_good():
    locks = KeyedLocks(wait_seconds=0.5)
    both_hold_one = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def unit(name: str, first: str, second: str) -> None:
        try:
            locks.acquire(first)
            both_hold_one.wait()
            locks.acquire(second)
            outcomes[name] = "done"
        except TransientFailure:
            outcomes[name] = "retried"
        finally:
            locks.release_all()

    threads = [
        threading.Thread(target=unit, args=("a", "user/acme", "user/globex"), daemon=True),
        threading.Thread(target=unit, args=("b", "user/globex", "user/acme"), daemon=True),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)

    assert not any(thread.is_alive() for thread in threads)
    assert "retried" in outcomes.values()
    assert sorted(outcomes) == ["a", "b"]


def test_a_lock_released_by_one_unit_is_taken_by_the_next():
    locks = KeyedLocks(wait_seconds=0.5)
    locks.acquire("user/acme")
    locks.release_all()

    taken = threading.Event()

    def other_unit() -> None:
        locks.acquire("user/acme")
        taken.set()
        locks.release_all()

    thread = threading.Thread(target=other_unit)
    thread.start()
    thread.join(timeout=5)
    assert taken.is_set()


def test_a_unit_waiting_past_its_bound_fails_as_transient_and_holds_nothing_new():
    locks = KeyedLocks(wait_seconds=0.1)
    held_elsewhere = threading.Event()
    release = threading.Event()

    def holder() -> None:
        locks.acquire("user/acme")
        held_elsewhere.set()
        release.wait(5)
        locks.release_all()

    thread = threading.Thread(target=holder)
    thread.start()
    held_elsewhere.wait(5)
    with pytest.raises(TransientFailure):
        locks.acquire("user/acme")
    locks.release_all()  # holds nothing: must not release the other thread's lock
    release.set()
    thread.join(timeout=5)
    assert not thread.is_alive()
