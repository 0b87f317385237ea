"""The operator's command, `python -m infra.rekey_users` (infra/rekey_users.py), over the in-memory store."""

from __future__ import annotations

import io

import pytest

from infra import rekey_users
from tests.builders import an_email, application_email, day
from tests.fakes import ForgottenRows, RecordingQueue
from tests.rekeying_support import old_keys
from tracker.memory_store import MemoryApplicationStore
from tracker.recording import record_email
from tracker.rekeying import KEY_VERSION, Rekeying


class Accounts(ForgottenRows):
    def __init__(self, *user_ids: str) -> None:
        super().__init__()
        self.ids = sorted(user_ids)

    def get_user(self, user_id):
        return object() if user_id in self.ids else None

    def user_ids(self, after="", limit=500):
        return [u for u in self.ids if u > after][:limit]


def rekeying_with(*user_ids: str) -> Rekeying:
    store = MemoryApplicationStore()
    with old_keys():
        for user_id in user_ids:
            for on, company in ((1, "The Body Shop"), (9, "Body Shop")):
                email, extraction = an_email(on=on), application_email("applied", company, "Verkäufer")
                store.in_transaction(
                    user_id, lambda tx, e=email, x=extraction: record_email(tx, e, x, day(20))
                )
    return Rekeying(store, Accounts(*user_ids), RecordingQueue(), lambda: day(30))


def run(rekeying: Rekeying, user_ids: list[str] | None, force: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    return rekey_users.rekey_users(rekeying, user_ids, force, out), out.getvalue()


def test_one_user_is_rekeyed_and_says_what_changed():
    rekeying = rekeying_with("u1", "u2")

    status, printed = run(rekeying, ["u1"])

    assert status == 0
    assert (
        f"user u1: keys v0 -> v{KEY_VERSION}: 1 applications re-keyed" in printed
        and "1 duplicates joined" in printed
    )
    assert rekeying.applications.key_version("u2") == 0  # only the one asked for


def test_all_users_keyed_by_an_older_version_are_rekeyed_once():
    rekeying = rekeying_with("u1", "u2", "u3")
    run(rekeying, ["u2"])

    status, printed = run(rekeying, None)

    assert status == 0 and "re-keyed 2 users" in printed and "1 already current" in printed
    assert all(rekeying.applications.key_version(u) == KEY_VERSION for u in ("u1", "u2", "u3"))
    assert "re-keyed 3 users" in run(rekeying, None, force=True)[1]


def test_an_unknown_user_fails_the_command_with_a_message():
    status, printed = run(rekeying_with("u1"), ["nobody", "u1"])

    assert status == 1 and "user nobody: no such user" in printed and "1 not done" in printed


def test_the_command_line_asks_for_users_or_all():
    with pytest.raises(SystemExit) as exited:
        rekey_users.main([])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        rekey_users.main(["--user", "u1", "--force"])
    assert exited.value.code == 2
