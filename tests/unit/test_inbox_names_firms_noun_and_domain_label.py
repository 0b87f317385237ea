"""`track` files a small firm's mail under one employer where one mail signs "Agência X Y" and another
leaves only the domain's label "xy" (tracker/inbox_names.py)."""

from __future__ import annotations

from tests.builders import application_email, day
from tests.given_readings import tracked_records
from tracker.models import EmailMessage


def test_a_firms_noun_and_name_join_its_domains_label_written_alone():
    mails = [
        (
            EmailMessage(
                "m1",
                sender="Bruno <bruno@ipeamarelo.com.br>",
                subject="RE: Currículo",
                body="",
                received_at=day(0),
            ),
            application_email("interview", "Agência Ipê Amarelo", "Redatora"),
        ),
        (
            EmailMessage(
                "m2",
                sender="Bruno <bruno@ipeamarelo.com.br>",
                subject="RE: RE: Currículo",
                body="",
                received_at=day(9),
            ),
            application_email("rejected", "Ipeamarelo", "Redatora"),
        ),
    ]
    assert [record.company for _, record in tracked_records(mails)] == ["Agência Ipê Amarelo"]
