"""The whole local stack, started once for the end-to-end tests and stopped afterwards."""

from __future__ import annotations

import pytest

from devstack.stack import LocalStack


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    local = LocalStack(state_dir=tmp_path_factory.mktemp("devstack"))
    local.start()
    try:
        yield local
    finally:
        local.stop()
