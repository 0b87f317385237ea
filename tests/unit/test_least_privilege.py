"""terraform/ grants each function's service account only what its code needs (issue 19, least
privilege): one account per function, the token key only where refresh tokens are read or written, the
session key only where sessions are, the OpenAI key only in the worker, no project-wide role but
Firestore's, no primitive role anywhere, and the public only where the web app must be public."""

from __future__ import annotations

import re

import pytest

from tests.terraform_support import TERRAFORM, load_terraform

FUNCTIONS = {"auth", "api", "fetch", "worker", "sheet_sync", "schedule"}
# What each function's code uses, and so the only secrets it may read:
#   google-client-secret: it calls Google for the user (token refresh, revocation, sign-in);
#   token-encryption-key: it reads or writes the user's refresh token (infra/token_cipher.py);
#   session-secret: it issues or checks browser sessions (functions/session.py, functions/auth.py);
#   openai-api-key: it asks the model (the worker's extractor only).
NEEDED_SECRETS = {
    "auth": {"google-client-secret", "session-secret", "token-encryption-key"},
    "api": {"google-client-secret", "session-secret", "token-encryption-key"},
    "fetch": {"google-client-secret", "token-encryption-key"},
    "worker": {"google-client-secret", "token-encryption-key", "openai-api-key"},
    "sheet_sync": {"google-client-secret", "token-encryption-key"},
    "schedule": set(),
}
# The queues each function adds tasks to (functions/*.py and what they call).
NEEDED_QUEUES = {
    ("api", "fetches"),
    ("api", "sheet_syncs"),
    ("schedule", "fetches"),
    ("fetch", "messages"),
    ("worker", "sheet_syncs"),
    ("sheet_sync", "sheet_syncs"),
}
PRIMITIVE_ROLES = {"roles/owner", "roles/editor", "roles/viewer"}
FUNCTION_ACCOUNT = re.compile(r"google_service_account\.function\[(?P<which>[^\]]+)\]\.email")


@pytest.fixture(scope="module")
def terraform():
    return load_terraform()


def iam_resources(terraform) -> dict[tuple[str, str], dict]:
    return {key: body for key, body in terraform.resources.items() if "_iam_" in key[0]}


def test_grants_are_added_one_member_at_a_time_never_by_replacing_a_policy(terraform):
    """An _iam_binding or _iam_policy resource replaces whatever else holds the role: never used."""
    kinds = {kind for kind, _ in iam_resources(terraform)}
    assert kinds and all(kind.endswith("_iam_member") for kind in kinds), kinds


def test_no_one_holds_a_primitive_role():
    for path in TERRAFORM.glob("*.tf"):
        assert not re.search(r"roles/(owner|editor|viewer)\b", path.read_text(encoding="utf-8")), path.name


def test_every_grant_to_a_function_account_is_one_the_table_below_expects(terraform):
    """The inventory of what function accounts hold: a grant added to terraform/ must be added here."""
    to_functions = {
        key
        for key, body in iam_resources(terraform).items()
        if FUNCTION_ACCOUNT.search(str(body.get("member", "")))
    }
    assert to_functions == {
        ("google_project_iam_member", "function_firestore"),
        ("google_secret_manager_secret_iam_member", "function_reads"),
        ("google_cloud_tasks_queue_iam_member", "enqueue"),
        ("google_cloud_tasks_queue_iam_member", "fetch_reads_messages"),
        ("google_service_account_iam_member", "act_as_tasks_invoker"),
    }


def test_each_function_has_its_own_account(terraform):
    accounts = terraform.resource("google_service_account", "function")
    assert accounts["for_each"] == "${local.function_secrets}"
    assert set(terraform.locals["function_secrets"]) == FUNCTIONS


def test_the_only_project_wide_role_of_a_function_is_firestore(terraform):
    firestore = terraform.resource("google_project_iam_member", "function_firestore")
    assert firestore["role"] == '"roles/datastore.user"'
    for name, body in terraform.resources_of("google_project_iam_member").items():
        if name != "function_firestore":
            assert not FUNCTION_ACCOUNT.search(str(body["member"])), name


def test_each_function_may_read_only_the_secrets_its_code_uses(terraform):
    table = terraform.value(terraform.locals["function_secrets"])
    granted = {name: set(secrets) for name, secrets in table.items()}
    assert granted == NEEDED_SECRETS
    holders = {
        secret: {name for name, secrets in granted.items() if secret in secrets}
        for secret in terraform.locals["secrets"]
    }
    assert holders["openai-api-key"] == {"worker"}
    assert holders["session-secret"] == {"auth", "api"}
    assert holders["token-encryption-key"] == FUNCTIONS - {"schedule"}
    # Access is granted per secret and function (a member on the secret), from the same table.
    reads = terraform.resource("google_secret_manager_secret_iam_member", "function_reads")
    assert reads["role"] == '"roles/secretmanager.secretAccessor"'
    assert "local.function_mounts" in reads["for_each"]
    assert reads["member"] == '"serviceAccount:${google_service_account.function[each.value.function].email}"'
    assert reads["secret_id"] == "${google_secret_manager_secret.app[each.value.secret].id}"


def test_the_openai_key_is_not_even_mounted_when_no_model_is_asked(terraform):
    mounts = terraform.locals["function_mounts"]
    assert "local.secrets[secret].enabled" in mounts
    assert terraform.locals["secrets"]["openai-api-key"]["enabled"] == '${var.extractor != "rules"}'


def test_each_function_adds_tasks_only_to_the_queues_it_uses(terraform):
    writers = terraform.value(terraform.locals["queue_writers"])
    assert {(w["function"], w["queue"]) for w in writers.values()} == NEEDED_QUEUES
    enqueue = terraform.resource("google_cloud_tasks_queue_iam_member", "enqueue")
    assert enqueue["role"] == '"roles/cloudtasks.enqueuer"'
    assert enqueue["name"] == "${google_cloud_tasks_queue.queue[each.value.queue].name}"
    viewer = terraform.resource("google_cloud_tasks_queue_iam_member", "fetch_reads_messages")
    assert viewer["role"] == '"roles/cloudtasks.viewer"' and 'function["fetch"]' in viewer["member"]
    act_as = terraform.resource("google_service_account_iam_member", "act_as_tasks_invoker")
    assert act_as["service_account_id"] == "${google_service_account.tasks_invoker.name}"


def test_the_public_reaches_only_the_page_auth_and_api_and_each_invoker_only_its_functions(terraform):
    public = {
        (kind, name)
        for (kind, name), body in iam_resources(terraform).items()
        if "allUsers" in str(body.get("member", "")) or "allAuthenticatedUsers" in str(body.get("member", ""))
    }
    assert public == {
        ("google_cloud_run_service_iam_member", "public"),
        ("google_storage_bucket_iam_member", "web_public"),
    }
    assert (
        terraform.resource("google_storage_bucket_iam_member", "web_public")["role"]
        == '"roles/storage.objectViewer"'
    )
    tasks = terraform.resource("google_cloud_run_service_iam_member", "tasks_invoker")
    invoked_by_tasks = set(re.findall(r'"(\w+)"', tasks["for_each"]))
    assert invoked_by_tasks == {"fetch", "worker", "sheet_sync", "schedule"}  # schedule's pages are tasks
    scheduler = terraform.resource("google_cloud_run_service_iam_member", "scheduler_invoker")
    assert 'job_tracker["schedule"]' in scheduler["service"]
