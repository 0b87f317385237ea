"""`track` files a small firm's mail under one employer where one mail signs "Agência X Y" and another
leaves only the domain's label "xy" (tracker/inbox_names.py)."""

from __future__ import annotations

from cli.mail_sources import SourceMessage
from cli.track import TRACK_USER, track_messages
from tests.builders import application_email, day
from tests.unit.test_inbox_names_one_employer_per_sender_organisation import Given
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
    extractor = Given({email.message_id: reading for email, reading in mails})
    store, _ = track_messages([SourceMessage(email.message_id, email) for email, _ in mails], extractor)
    applications = store.list_applications(TRACK_USER)
    assert [a.company for a in applications] == ["Agência Ipê Amarelo"]
