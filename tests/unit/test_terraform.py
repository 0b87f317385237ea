"""terraform/ against the code: every file parses, each entry point is a function and the reverse,
every setting is set, each task handler's audience is the URL its callers mint tokens for, and every
query the store can send Firestore has its composite index (the emulator enforces none of them)."""

from __future__ import annotations

import ast
import itertools
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

import hcl2
import pytest
from google.cloud import firestore

from infra.firestore_codec import TOMBSTONES
from infra.firestore_model_calls import COLLECTION as MODEL_CALLS
from infra.firestore_store import FirestoreApplicationStore
from infra.secrets import SECRET_FIELDS
from infra.settings import Settings
from infra.tasks import DISPATCH_DEADLINES
from tests.terraform_support import TERRAFORM, load_terraform
from tracker.ports import ORDER_FIELDS, ApplicationQuery

ROOT = Path(__file__).resolve().parents[2]
TASK_HANDLERS = {"fetch", "worker", "sheet_sync", "schedule"}

# Settings a deployment leaves at their defaults, and why. Every other field must be set by Terraform.
LEFT_AT_DEFAULT = {
    "tasks_emulator_host": "the local Cloud Tasks emulator only",
    "google_auth_uri": "Google's own endpoint is the default",
    "google_token_uri": "Google's own endpoint is the default",
    "google_revoke_uri": "Google's own endpoint is the default",
    "google_certs_url": "Google's own endpoint is the default",
    "google_api_endpoint": "empty means Google's real APIs (devstack points it at the fake)",
    "iam_credentials_endpoint": "empty means Google's real IAM Credentials API",
}


@pytest.fixture(scope="module")
def terraform():
    return load_terraform()


def env_name(setting: str) -> str:
    return "GOOGLE_CLOUD_PROJECT" if setting == "project_id" else setting.upper()


def entry_points() -> set[str]:
    """The functions main.py decorates with @functions_framework.http."""
    tree = ast.parse((ROOT / "main.py").read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and any(ast.unparse(decorator) == "functions_framework.http" for decorator in node.decorator_list)
    }


def test_every_terraform_file_parses():
    files = sorted(TERRAFORM.glob("*.tf"))
    assert {path.name for path in files} >= {"versions.tf", "variables.tf", "outputs.tf"}
    for path in files:
        with path.open(encoding="utf-8") as handle:
            assert hcl2.load(handle), f"{path.name} is empty"


def test_state_lives_in_a_gcs_backend(terraform):
    assert "gcs" in terraform.settings["backend"][0]


def test_each_entry_point_has_a_function_resource_and_each_function_an_entry_point(terraform):
    function = terraform.resource("google_cloudfunctions2_function", "job_tracker")
    assert function["for_each"] == "${var.deploy_functions ? local.functions : {}}"
    assert function["build_config"][0]["entry_point"] == "${each.key}"
    assert set(terraform.locals["functions"]) == entry_points()


def test_each_function_runs_as_its_own_service_account(terraform):
    accounts = terraform.resource("google_service_account", "function")
    assert accounts["for_each"] == "${local.function_secrets}"
    assert set(terraform.locals["function_secrets"]) == entry_points()
    service = terraform.resource("google_cloudfunctions2_function", "job_tracker")["service_config"][0]
    assert service["service_account_email"] == "${google_service_account.function[each.key].email}"


def test_task_handlers_accept_internal_traffic_only_and_auth_and_api_only_the_load_balancer(terraform):
    functions = terraform.value(terraform.locals["functions"])
    for name, function in functions.items():
        expected = "ALLOW_INTERNAL_ONLY" if name in TASK_HANDLERS else "ALLOW_INTERNAL_AND_GCLB"
        assert function["ingress"] == expected, name
    public = terraform.resource("google_cloud_run_service_iam_member", "public")
    assert public["for_each"] == '${var.deploy_functions ? toset(["auth", "api"]) : toset([])}'
    assert public["member"] == '"allUsers"'


def test_every_setting_the_code_reads_is_set_by_terraform(terraform):
    env = terraform.value(terraform.locals["function_env"])
    secret_env = {terraform.value(secret["env"]) for secret in terraform.locals["secrets"].values()}
    set_by_terraform = set(env) | secret_env
    read_by_code = {env_name(spec.name): spec.name for spec in fields(Settings)}

    assert set_by_terraform - set(read_by_code) == set(), "Terraform sets names no setting reads"
    unset = {read_by_code[name] for name in set(read_by_code) - set_by_terraform}
    assert unset == set(LEFT_AT_DEFAULT), "a setting neither set by Terraform nor left at a known default"
    assert {env_name(name) for name in SECRET_FIELDS} == secret_env
    assert not secret_env & set(env), "a secret passed as a plain environment variable"


def test_the_settings_terraform_sets_read_back_as_the_deployment_means_them(terraform):
    env = {name: str(value) for name, value in terraform.value(terraform.locals["function_env"]).items()}
    settings = Settings.from_env(env)
    queues = terraform.value(terraform.locals["queues"])
    assert settings.project_id == "jt-prod"
    assert settings.worker_max_attempts == queues["messages"]["max_attempts"]
    assert (settings.queue_messages, settings.queue_fetches, settings.queue_sheet_syncs) == (
        "messages",
        "fetches",
        "sheet-syncs",
    )
    assert settings.frontend_url == "https://jobs.example.com/"
    assert settings.auth_callback_url == "https://jobs.example.com/auth/google/callback/"
    assert settings.redirect_origins == ("https://jobs.example.com",)
    assert settings.verify_oidc
    assert settings.tasks_service_account in settings.invoker_service_accounts
    assert settings.extractor == "rules"


def test_secret_values_never_pass_through_terraform(terraform):
    assert not terraform.resources_of("google_secret_manager_secret_version")
    for name in terraform.variables:
        assert not re.search(r"secret_value|api_key|password|encryption_key", name), name


def test_the_openai_key_exists_only_when_an_extractor_asks_a_model(terraform):
    secrets = terraform.locals["secrets"]
    assert secrets["openai-api-key"]["enabled"] == '${var.extractor != "rules"}'
    assert terraform.variables["extractor"]["default"] == '"rules"'
    assert all(secret["enabled"] is True for name, secret in secrets.items() if name != "openai-api-key")


def test_the_scheduler_audience_is_exactly_the_url_schedule_accepts(terraform):
    """schedule.py checks the token against SCHEDULE_URL; the job must mint it for that very string."""
    job = terraform.resource("google_cloud_scheduler_job", "daily_fetch")["http_target"][0]
    env = terraform.value(terraform.locals["function_env"])
    audience = terraform.value(job["oidc_token"][0]["audience"])
    assert audience == env["SCHEDULE_URL"] == terraform.value(job["uri"])
    assert audience == "https://schedule-123456789012.europe-west1.run.app/"


def test_cloud_tasks_may_call_schedule_whose_daily_round_is_a_task_per_page(terraform):
    """Each page of the round is a task on the fetches queue to SCHEDULE_URL, minted as the tasks invoker."""
    invoked = terraform.resource("google_cloud_run_service_iam_member", "tasks_invoker")["for_each"]
    assert '"schedule"' in invoked
    env = terraform.value(terraform.locals["function_env"])
    assert env["TASKS_SERVICE_ACCOUNT"] in env["INVOKER_SERVICE_ACCOUNTS"].split(",")
    assert int(env["SCHEDULE_PAGE_SIZE"]) == 500
    writers = terraform.value(terraform.locals["queue_writers"]).values()
    assert {"function": "schedule", "queue": "fetches"} in writers


def test_each_task_waits_for_its_answer_as_long_as_its_function_may_run(terraform):
    functions = terraform.value(terraform.locals["functions"])
    assert {name: int(functions[name]["timeout"]) for name in TASK_HANDLERS} == DISPATCH_DEADLINES


def test_each_task_url_names_the_function_that_serves_it(terraform):
    """A gen2 function's URL is https://NAME-PROJECT_NUMBER.REGION.run.app, NAME the function's."""
    functions = terraform.value(terraform.locals["functions"])
    urls = terraform.value(terraform.locals["function_urls"])
    assert set(urls) == set(functions)
    for name, url in urls.items():
        assert url == f"https://{functions[name]['service']}-123456789012.europe-west1.run.app/"
    env = terraform.value(terraform.locals["function_env"])
    assert (env["FETCH_URL"], env["WORKER_URL"], env["SHEET_SYNC_URL"]) == (
        urls["fetch"],
        urls["worker"],
        urls["sheet_sync"],
    )


def test_queue_rates_default_to_docs_queues_md(terraform):
    docs = (ROOT / "docs" / "queues.md").read_text(encoding="utf-8")
    for queue, prefix in (("messages", "messages"), ("sheet-syncs", "sheet_syncs"), ("fetches", "fetches")):
        stated = re.search(
            rf"\*\*{queue}\*\* \(`max_dispatches_per_second = (\d+)`, `max_concurrent_dispatches = (\d+)`\)",
            docs,
        )
        assert stated, f"docs/queues.md states no rates for {queue}"
        rate, concurrency = (int(n) for n in stated.groups())
        assert terraform.variables[f"{prefix}_max_dispatches_per_second"]["default"] == rate
        assert terraform.variables[f"{prefix}_max_concurrent_dispatches"]["default"] == concurrency
    assert "max_attempts 8" in docs and terraform.variables["messages_max_attempts"]["default"] == 8


# --- Query shapes and composite indexes ---------------------------------------------------------


class RecordingQuery:
    """Enough of a Firestore collection/query to record what FirestoreApplicationStore asks for."""

    def __init__(self, shapes: list, filters=(), orders=()) -> None:
        self.shapes, self.filters, self.orders = shapes, tuple(filters), tuple(orders)

    def collection(self, _name: str) -> RecordingQuery:
        return RecordingQuery(self.shapes)

    def document(self, _name: str) -> RecordingQuery:
        return self

    def where(self, filter) -> RecordingQuery:
        return RecordingQuery(
            self.shapes, (*self.filters, (filter.field_path, filter.op_string)), self.orders
        )

    def order_by(self, field_path: str, direction: str = firestore.Query.ASCENDING) -> RecordingQuery:
        return RecordingQuery(self.shapes, self.filters, (*self.orders, (field_path, direction)))

    def offset(self, _n: int) -> RecordingQuery:
        return self

    def limit(self, _n: int) -> RecordingQuery:
        return self

    def count(self) -> RecordingQuery:
        self.shapes.append((self.filters, self.orders))
        return self

    def get(self) -> Any:
        class Count:
            value = 1_000

        return [[Count()]]

    def stream(self) -> list:
        self.shapes.append((self.filters, self.orders))
        return []


def application_query_shapes() -> set[tuple]:
    """Every (filters, orders) the store sends for the queries the API can ask (api_jobs._query)."""
    shapes: list = []
    store = FirestoreApplicationStore(RecordingQuery(shapes))  # type: ignore[arg-type]
    for status, company, field, descending, review in itertools.product(
        (None, "interview"), (None, "acme"), ORDER_FIELDS.values(), (True, False), (None, True)
    ):
        query = ApplicationQuery(
            status=status,
            company_prefix=company,
            order_field=field,
            descending=descending,
            needs_review=review,
        )
        store.query_applications("u1", query)
    return {shape for shape in shapes}


def index_needed(filters: tuple, orders: tuple) -> tuple[tuple[str, str], ...] | None:
    """The composite index a query needs, or None when Firestore's single-field indexes serve it.

    Equality fields come first, then the range field and the sort fields in their directions; a
    range filter without an explicit sort is ordered on its field ascending.
    """
    equality = sorted({name for name, op in filters if op == "=="})
    ranged = [name for name, op in filters if op != "=="]
    ordered = [
        (name, "DESCENDING" if direction == firestore.Query.DESCENDING else "ASCENDING")
        for name, direction in orders
    ]
    if ranged and not any(name == ranged[0] for name, _ in ordered):
        ordered.insert(0, (ranged[0], "ASCENDING"))
    index = tuple((name, "ASCENDING") for name in equality) + tuple(ordered)
    distinct_fields = {name for name, _ in index}
    if len(distinct_fields) <= 1 or (not ordered and len(ranged) == 0):
        return None  # one field, or equalities only (Firestore merges single-field indexes)
    return index


def test_the_api_offers_every_sort_in_both_directions():
    assert set(ORDER_FIELDS.values()) == {"updated_at", "applied_at", "company_key", "status_rank"}


def test_every_query_shape_the_store_issues_has_a_composite_index(terraform):
    indexes = {
        tuple(tuple(pair) for pair in spec)
        for spec in terraform.value(terraform.locals["application_indexes"]).values()
    }
    needed = {index_needed(*shape) for shape in application_query_shapes()} - {None}
    missing = needed - indexes
    assert not missing, (
        f"queries without an index (production answers FAILED_PRECONDITION): {sorted(missing)}"
    )
    unused = indexes - needed
    assert not unused, f"indexes no query uses (each costs writes): {sorted(unused)}"
    resource = terraform.resource("google_firestore_index", "applications")
    assert (
        resource["collection"] == '"applications"' and resource["for_each"] == "${local.application_indexes}"
    )


def test_ascending_and_descending_sorts_each_have_their_index(terraform):
    indexes = terraform.value(terraform.locals["application_indexes"]).values()
    directions = {spec[-1][1] for spec in indexes}
    assert directions == {"ASCENDING", "DESCENDING"}


def test_every_checkov_skip_says_why_beside_its_resource():
    """make audit-infra passes with skips only; each must carry its reason (issue 16)."""
    for path in TERRAFORM.glob("*.tf"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "checkov:skip" in line:
                assert re.fullmatch(r"\s*#checkov:skip=CKV2?_GCP_\d+:.{30,}", line), (
                    f"{path.name}: {line.strip()}"
                )


def test_each_log_metric_counts_an_event_the_code_logs(terraform):
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for top in ("functions", "infra", "tracker")
        for path in (ROOT / top).rglob("*.py")
    )
    for name, metric in terraform.locals["log_metrics"].items():
        for event in re.findall(r'jsonPayload\.event=\\?"(\w+)', metric["filter"]):
            assert f'"event": "{event}"' in code, f"{name}: no code logs event {event}"


def test_the_deployed_page_carries_the_headers_the_local_page_is_tested_with(terraform):
    from devstack.web_proxy import SECURITY_HEADERS

    bucket = terraform.resource("google_compute_backend_bucket", "web")
    deployed = dict(terraform.value(header).split(": ", 1) for header in bucket["custom_response_headers"])
    assert deployed == SECURITY_HEADERS


def test_every_expire_at_the_code_writes_is_a_ttl_field_in_terraform(terraform):
    """Firestore deletes a document at its `expire_at` only where a TTL policy names that collection."""
    ttl = {
        (terraform.value(field["collection"]), terraform.value(field["field"]))
        for field in terraform.resources_of("google_firestore_field").values()
        if "ttl_config" in field
    }
    assert {("oauth_states", "expire_at"), (TOMBSTONES, "expire_at")} <= ttl
    # The user's retention period: markers and model calls (tracker/retention.py).
    assert {("messages", "expire_at"), (MODEL_CALLS, "expire_at")} <= ttl


def test_no_ttl_policy_deletes_a_document_that_only_part_of_expires(terraform):
    """An event keeps its status when its subject expires: a TTL on events (or on the employers'
    documents that hold them) would delete the application's history."""
    collections = {
        terraform.value(field["collection"])
        for field in terraform.resources_of("google_firestore_field").values()
        if "ttl_config" in field
    }
    assert not collections & {"events", "companies", "applications", "users"}
