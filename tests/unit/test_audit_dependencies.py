"""`make audit`'s dependency half answers honestly when no vulnerability database can be reached."""

import subprocess

import pytest

from ops import audit_dependencies

SSL_FAILURE = (
    "Traceback (most recent call last):\n  ...\n"
    "requests.exceptions.SSLError: HTTPSConnectionPool(host='pypi.org', port=443): verify failed\n"
)


def pip_audit_answering(monkeypatch, stderr: str) -> None:
    """pip-audit as a subprocess that writes no report and prints `stderr`."""

    def run(command, **_):
        return subprocess.CompletedProcess(command, 1, stdout="", stderr=stderr)

    monkeypatch.setattr(audit_dependencies.subprocess, "run", run)


def test_no_connection_to_any_database_is_said_loudly_and_passes_where_none_is_required(monkeypatch, capsys):
    monkeypatch.delenv("AUDIT_REQUIRE_VULNERABILITY_DB", raising=False)
    pip_audit_answering(monkeypatch, SSL_FAILURE)
    assert audit_dependencies.main(["audit", "requirements.txt"]) == 0
    assert "NO VULNERABILITY DATABASE REACHABLE" in capsys.readouterr().out


def test_no_connection_fails_where_a_database_must_answer(monkeypatch):
    monkeypatch.setenv("AUDIT_REQUIRE_VULNERABILITY_DB", "1")
    pip_audit_answering(monkeypatch, SSL_FAILURE)
    assert audit_dependencies.main(["audit", "requirements.txt"]) == 1


@pytest.mark.parametrize("stderr", ["ERROR: invalid requirement: 'flask=='\n", ""])
def test_any_other_failure_without_a_report_fails(monkeypatch, stderr, capsys):
    monkeypatch.delenv("AUDIT_REQUIRE_VULNERABILITY_DB", raising=False)
    pip_audit_answering(monkeypatch, stderr)
    assert audit_dependencies.main(["audit", "requirements.txt"]) == 1
    assert "no report" in capsys.readouterr().err
