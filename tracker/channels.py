"""Which channel an application came through: the ATS or job board that carried its mail, or direct.

The platform lists are tracker/extraction/platforms.py's, the same the extractor uses to tell a
platform from an employer.
"""

from __future__ import annotations

from tracker.extraction import platforms
from tracker.extraction.text import Sender
from tracker.models import ApplicationEvent
from tracker.statuses import EARLIEST

DIRECT = "direct"
BY_HAND = "added by hand"


def channel_of(events: list[ApplicationEvent]) -> str:
    """The platform of the earliest email sent through one ("Greenhouse", "LinkedIn"); "direct" when
    the employer wrote from its own address every time; "added by hand" with no email at all."""
    if not events:
        return BY_HAND
    for event in sorted(events, key=lambda e: (e.received_at or EARLIEST, e.message_id)):
        platform = platforms.platform_of(Sender.parse(event.sender))
        if platform:
            return platform
    return DIRECT
