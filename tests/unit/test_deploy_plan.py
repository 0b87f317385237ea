"""make deploy-plan: every command of a first deploy, in order, none run, no secret value in any."""

from __future__ import annotations

import subprocess

import pytest

from ops import deploy
from ops.deploy import Deployment, plan_text, source_object, steps

PROD = Deployment("jt-prod", "europe-west1", "jobs.example.com", "123.apps.googleusercontent.com")


def position(commands: list[str], fragment: str) -> int:
    return next(n for n, command in enumerate(commands) if fragment in command)


def test_the_plan_runs_nothing(monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise AssertionError(f"deploy-plan ran {args}")

    monkeypatch.setattr(subprocess, "run", refuse)
    deploy.main(["plan", "--project", "p", "--region", "r"])
    out = capsys.readouterr().out
    assert "none run" in out and "terraform -chdir=terraform apply" in out


def test_a_first_deploy_adds_secret_versions_between_the_two_applies():
    commands = [command for _, command in steps(PROD, "source-x.zip")]
    state = position(commands, "gcloud storage buckets create gs://jt-prod-tfstate")
    init = position(commands, "terraform init")
    first_apply = position(commands, "deploy_functions=false")
    secrets = [
        position(commands, f"versions add {name}") for name in ("session-secret", "token-encryption-key")
    ]
    upload = position(commands, "gs://jt-prod-job-tracker-source/source-x.zip")
    last_apply = position(commands, "source_object=source-x.zip")
    assert state < init < first_apply < min(secrets) and max(secrets) < upload < last_apply


def test_the_first_apply_happens_only_while_no_function_exists():
    first_apply = next(command for _, command in steps(PROD, "s.zip") if "deploy_functions=false" in command)
    assert first_apply.startswith("terraform -chdir=terraform state list | grep -q") and " || " in first_apply


def test_secret_values_are_piped_never_passed_as_arguments():
    for _, command in steps(PROD, "s.zip"):
        if "versions add" in command:
            assert command.endswith("--data-file=-")
            assert "versions list" in command.split("||")[0], "a secret is added again on every deploy"


@pytest.mark.parametrize(("extractor", "asks_for_key"), [("rules", False), ("cascade", True), ("llm", True)])
def test_the_openai_key_is_asked_for_only_when_the_extractor_uses_a_model(extractor, asks_for_key):
    deployment = Deployment("p", "r", "d", "c", extractor)
    text = plan_text(deployment, "s.zip")
    assert ("versions add openai-api-key" in text) is asks_for_key
    assert f"extractor={extractor}" in text


def test_the_functions_requirements_ship_as_the_hash_pinned_lock():
    text = plan_text(Deployment("p", "r", "d", "c", "rules"), "s.zip")
    assert "cp requirements.lock .deploy/requirements.txt" in text
    assert "requirements.lock" in deploy.SOURCE  # a new lock is a new source object


def test_the_source_object_is_named_by_its_content(tmp_path):
    for name in deploy.SOURCE:
        if name.endswith((".py", ".lock")):
            (tmp_path / name).write_text("x\n")
        else:
            (tmp_path / name).mkdir()
            (tmp_path / name / "a.py").write_text("a = 1\n")
    first = source_object(tmp_path)
    assert first == source_object(tmp_path)
    (tmp_path / "infra" / "a.py").write_text("a = 2\n")
    second = source_object(tmp_path)
    assert second != first
    (tmp_path / "tracker" / "de.toml").write_text("[phrases]\n")
    assert source_object(tmp_path) != second


def test_cloud_build_runs_lint_and_every_test_before_the_deploy():
    build = (deploy.ROOT / "cloudbuild.yaml").read_text(encoding="utf-8")
    assert "make lint test" in build and "make deploy " in build
    assert build.index("make lint test") < build.index("make deploy ")
    assert build.index("AUDIT_REQUIRE_VULNERABILITY_DB=1 make audit") < build.index("make deploy ")
    assert "serviceAccount: projects/$PROJECT_ID/serviceAccounts/jt-deployer@" in build


def test_the_reading_is_compiled_before_packaging_and_a_failure_deploys_the_source():
    commands = [command for _, command in steps(PROD, "source-x.zip")]
    compiled = position(commands, "-m ops.compiled_reading .deploy/compiled_reading")
    package = position(commands, "zip -qrX .deploy/source.zip")
    assert compiled < package
    assert commands[compiled].endswith("--or-source")
    assert "if [ -d compiled_reading ]; then zip -qrX source.zip compiled_reading; fi" in commands[package]


def test_a_new_way_of_compiling_the_reading_is_a_new_source_object(tmp_path):
    for name in deploy.SOURCE:
        if name.endswith((".py", ".lock")):
            (tmp_path / name).write_text("x\n")
        else:
            (tmp_path / name).mkdir()
    (tmp_path / "ops").mkdir()
    (tmp_path / "ops" / "compiled_reading.py").write_text("a = 1\n")
    first = source_object(tmp_path)
    (tmp_path / "ops" / "compiled_reading.py").write_text("a = 2\n")
    assert source_object(tmp_path) != first
