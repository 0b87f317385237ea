"""The composition root's per-instance reuse: what it keeps, for whom, and for which thread."""

from __future__ import annotations

import threading
from dataclasses import replace

from infra.bootstrap import Services
from tests.functions_support import settings_for_tests
from tracker.accounts import UserAccount


def a_user(services: Services, refresh_token: str = "refresh-1") -> UserAccount:
    return UserAccount(
        user_id="u1",
        email="u1@example.com",
        google_sub="u1",
        encrypted_refresh_token=services.cipher.encrypt(refresh_token, "u1"),
    )


def test_a_users_gmail_client_is_built_once_per_thread_and_afresh_for_a_new_grant():
    """A Gmail client is not safe to share between threads, and building one reads the API's
    discovery document: each serving thread keeps its own per user."""
    services = Services(settings_for_tests())
    user = a_user(services)
    first = services.mailbox_for(user)
    other_thread: list = []
    worker = threading.Thread(target=lambda: other_thread.append(services.mailbox_for(user)))
    worker.start()
    worker.join()

    assert services.mailbox_for(user) is first
    assert other_thread[0] is not first
    reconnected = replace(user, encrypted_refresh_token=services.cipher.encrypt("refresh-2", "u1"))
    assert services.mailbox_for(reconnected) is not first
