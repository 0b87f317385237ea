"""`track` over mails whose readings a test gives.

The bookkeeping's tests say only what each mail was read as and who sent it: a stub extractor hands back
the reading each message was given, and the records `track` kept are read back with their emails' ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cli.mail_sources import SourceMessage
from cli.track import TRACK_USER, track_messages
from tests.builders import day
from tracker.models import Application, EmailMessage, Extraction


@dataclass
class GivenReadings:
    """An extractor that reads each message as the test says."""

    readings: dict[str, Extraction]

    def extract(self, email: EmailMessage) -> Extraction:
        return self.readings[email.message_id]


def mail(
    msg_id: str, on: int, sender: str, subject: str = "", body: str = "", thread: str | None = None
) -> EmailMessage:
    """A message on the test calendar's day `on`."""
    return EmailMessage(
        message_id=msg_id, sender=sender, subject=subject, body=body, received_at=day(on), thread_id=thread
    )


def tracked_records(mails: Iterable[tuple[EmailMessage, Extraction]]) -> list[tuple[set[str], Application]]:
    """Each record `track` keeps for the mails read as given, with its emails' ids, ordered by those ids."""
    given = list(mails)
    extractor = GivenReadings({email.message_id: reading for email, reading in given})
    store, _ = track_messages([SourceMessage(email.message_id, email) for email, _ in given], extractor)
    return sorted(
        (
            ({event.message_id for event in store.list_events(TRACK_USER, record.app_id)}, record)
            for record in store.list_applications(TRACK_USER)
        ),
        key=lambda record: sorted(record[0]),
    )
