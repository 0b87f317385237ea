"""What the rules-extractor tests share: one email through the rules extractor, and the table rows
and checks of the tests that read one application per row."""

from __future__ import annotations

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.names import same_company, same_title

_RULES = RulesExtractor()


def extract(body: str = "", subject: str = "", sender: str = "") -> Extraction:
    """The rules extractor's reading of one email made of these fields."""
    return _RULES.extract(EmailMessage(message_id="m1", sender=sender, subject=subject, body=body))


def extract_as_read(sender: str, subject: str, body: str) -> Extraction:
    """The rules extractor's reading of one email as `make extract` reads its loose fields: the body
    decoded and its quoted part set apart (email_from_fields), as a reply's tests need."""
    return _RULES.extract(email_from_fields("m1", sender, None, subject, body))


def mail_of_paragraphs(sender: str, subject: str, *paragraphs: str) -> dict[str, str]:
    """An email's fields for `extract(**mail)`, its body the paragraphs a blank line apart."""
    return {"sender": sender, "subject": subject, "body": "\n\n".join(paragraphs)}


def application_row(name: str, status: Status, company: str, title: str | None = None, **mail: str):
    """One table row: the mail as sent (its fields by keyword), then the status, the employer as a
    tracker shows it and the title (None: not checked) that must be read from it."""
    return pytest.param(mail, status, company, title, id=name)


def assert_application_naming(result: Extraction, company: str, status: Status | None = None) -> None:
    """`result` is an application naming `company` (a name with its key) and, where given, in `status`."""
    assert result.kind is Kind.APPLICATION, result
    if status is not None:
        assert result.status is status, result
    assert result.company is not None and same_company(result.company, company), result.company


def assert_reads_application(result: Extraction, status: Status, company: str, title: str | None) -> None:
    """`result` is an application in `status`, naming `company` spelled whole (not only a name with the
    same key) and, where given, `title`."""
    assert_application_naming(result, company, status)
    assert result.company is not None and len(result.company) == len(company), result.company
    if title is not None:
        assert same_title(result.job_title, title), result.job_title


def with_misreads(rows: list, misread: dict[str, str]) -> list:
    """`rows` with each row `misread` names marked a strict xfail of its reason: a reading pinned as wrong
    until it is mended (the mend then fails the test, and the mark goes)."""
    return [
        pytest.param(*row.values, id=row.id, marks=pytest.mark.xfail(strict=True, reason=misread[row.id]))
        if row.id in misread
        else row
        for row in rows
    ]


def not_application(name: str, **mail: str):
    """One row: the mail as sent, which is no application of the reader's."""
    return pytest.param(mail, id=name)


def not_application_of_kind(name: str, kind: Kind, **mail: str):
    """One row: the mail as sent, then the kind of mail about no application it is."""
    return pytest.param(mail, kind, id=name)
