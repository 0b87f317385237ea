"""Fixtures the api function's tests share: services on the Firestore emulator, a signed-in client.

A test module that needs other services (another queue, other settings) defines its own `services`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devstack.fake_openai import create_app as fake_openai_app
from devstack.servers import RunningServer, serve_in_thread
from functions import api
from infra.bootstrap import Services
from tests.fakes import RecordingQueue
from tests.functions_support import function_client, settings_for_tests, sign_in
from tracker.accounts import UserAccount


@pytest.fixture
def services(firestore_client):
    return Services(settings_for_tests(), firestore=firestore_client, queue=RecordingQueue())


@pytest.fixture
def signed_in(services, user_id):
    """An api client with the session of `user_id`, a new user."""
    services.accounts.save_user(UserAccount(user_id, f"{user_id}@example.com", user_id))
    client = function_client(api.handle, services)
    sign_in(client, services, user_id)
    return client


@pytest.fixture
def openai_server() -> Iterator[RunningServer]:
    """devstack's fake OpenAI, served in this process for one test."""
    running = serve_in_thread(fake_openai_app())
    yield running
    running.stop()
