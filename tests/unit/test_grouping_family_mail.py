"""Mail from the job seeker's family ("Mum", "Mamma", "Oma") is personal mail, whatever step or employer
it mentions (tracker/extraction/family_mail.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.extraction.family_mail import from_family
from tracker.extraction.rules import RulesExtractor
from tracker.extraction.text import Sender
from tracker.models import EmailMessage, Kind


def mail(sender: str, subject: str, body: str) -> EmailMessage:
    return EmailMessage(
        message_id="m1",
        sender=sender,
        subject=subject,
        body=body,
        received_at=datetime(2025, 10, 1, tzinfo=UTC),
    )


def test_a_parent_mentioning_the_readers_interview_is_personal_mail():
    reading = RulesExtractor().extract(
        mail(
            "Mum <sue.hale@btinternet.com>",
            "Good luck!",
            "Dad told me you've got the assessment centre and final interview with Northwind next week - "
            "brilliant news! Love Mum xx",
        )
    )
    assert reading.kind is Kind.OTHER


def test_family_names_in_several_languages_from_a_home_mailbox():
    for name in ("Mum", "Mamma", "Oma", "My Mum", "Papà", "Mum xx", "Grandma"):
        assert from_family(Sender.parse(f"{name} <someone@gmail.com>")), name


def test_a_person_or_an_employer_named_like_family_is_not_family():
    for sender in (
        "Tia Nguyen <tia.nguyen@gmail.com>",
        "Papa John <papa.john@gmail.com>",
        "Mum <careers@northwind.com>",
        "Ma Wei <ma.wei@gmail.com>",
    ):
        assert not from_family(Sender.parse(sender)), sender
