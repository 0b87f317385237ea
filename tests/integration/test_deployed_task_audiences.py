"""The tokens Terraform's scheduler job and Cloud Tasks mint are the ones the deployed handlers accept.

The settings come from terraform/ itself (tests/terraform_support.py), the tokens from the fake
Google's generateIdToken with the audience Terraform gives the job: one value on each side, each
read from where production reads it.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
import requests
from google.cloud import firestore

from functions import schedule
from infra.bootstrap import Services
from infra.settings import Settings
from tests.fakes import RecordingQueue
from tests.functions_support import function_client, settings_for_tests
from tests.terraform_support import load_terraform

pytestmark = pytest.mark.emulator


@pytest.fixture(scope="module")
def terraform():
    return load_terraform()


def id_token(google: str, service_account: str, audience: str) -> str:
    url = f"{google}/v1/projects/-/serviceAccounts/{service_account}:generateIdToken"
    return requests.post(url, json={"audience": audience, "includeEmail": True}, timeout=10).json()["token"]


def deployed_services(terraform, google: str) -> Services:
    env = {name: str(value) for name, value in terraform.value(terraform.locals["function_env"]).items()}
    deployed = Settings.from_env(env)
    settings = replace(
        settings_for_tests(),
        google_certs_url=f"{google}/oauth2/v3/certs",
        schedule_url=deployed.schedule_url,
        invoker_service_accounts=deployed.invoker_service_accounts,
    )
    return Services(
        settings,
        firestore=firestore.Client(project=f"audience-{uuid.uuid4().hex[:8]}"),
        queue=RecordingQueue(),
    )


def test_the_daily_job_terraform_defines_is_let_in_by_schedule(
    terraform, firestore_emulator, fake_google_url, monkeypatch
):
    monkeypatch.setenv("FIRESTORE_EMULATOR_HOST", firestore_emulator.host)
    services = deployed_services(terraform, fake_google_url)
    job = terraform.resource("google_cloud_scheduler_job", "daily_fetch")["http_target"][0]
    oidc = job["oidc_token"][0]
    caller = terraform.value(oidc["service_account_email"])
    token = id_token(fake_google_url, caller, terraform.value(oidc["audience"]))
    client = function_client(schedule.handle, services)
    # The request arrives at the job's uri, which is not the URL Flask sees behind Cloud Run's proxy.
    response = client.post(
        "/", base_url="http://localhost:8080", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.get_json()
