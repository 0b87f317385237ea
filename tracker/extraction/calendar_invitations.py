"""Whether a mail is a calendar invitation or a scheduling tool's confirmation: its sender (a scheduling
tool, a calendar's mailbox), the words only such mail carries (in the languages read), or a calendar's
subject ("Invitation: ... @ Mon Jun 1, 2026 2pm"). calendar_events.py reads the event such mail names.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.text import PreparedEmail

# Words only invitation mail carries (lowercased body).
_INVITATION_MARKERS = (
    "google calendar", "invited to the following event", "microsoft teams meeting", "join zoom meeting",
    "scheduled zoom meeting", "event type:", "invitation from google", "join with google meet",
    "calendly", "goodtime", "modernloop", "meeting id:", "inviting you to a scheduled teams meeting",
    # The same tools writing in the user's language (Google Calendar, Teams, Zoom).
    "google kalender", "google agenda", "microsoft teams-besprechung", "réunion microsoft teams",
    "reunión de microsoft teams", "microsoft teams-vergadering", "reunião do microsoft teams",
    "riunione di microsoft teams", "besprechungs-id", "id de la réunion", "id de reunión", "vergadering-id",
    "id da reunião", "id riunione", "zoom-meeting beitreten", "rejoindre la réunion zoom",
    "unirse a la reunión zoom", "deelnemen aan zoom-vergadering", "entrar na reunião zoom",
    "partecipa alla riunione zoom",
)  # fmt: skip
# The tools a host's booking link sends the reader to (ats_domains' names for them).
SCHEDULING_TOOLS = frozenset(("Calendly", "GoodTime", "ModernLoop", "Prelude"))
SUBJECT_PREFIX = re.compile(
    r"^(?:(?:updated |new )?invitation(?: with note)?|invitation updated|accepted|declined|tentative(?:ly "
    r"accepted)?|confirmed|new event|event (?:confirmed|scheduled|updated)|rescheduled|cancel+ed(?: event)?|"
    r"zoom meeting invitation|"
    # Google Calendar and Calendly in German, French, Spanish, Dutch, Portuguese and Italian.
    r"(?:aktualisierte )?einladung|neuer termin|termin bestätigt|invitation mise à jour|nouvel événement|"
    r"(?:invitación|invitacion)(?: actualizada)?|nuevo evento|(?:bijgewerkte )?uitnodiging|nieuwe afspraak|"
    r"convite(?: atualizado)?|novo evento|invito(?: aggiornato)?|nuovo evento)\s*[:-]\s*(?P<event>.+)$",
    re.I,
)


def is_invitation(email: PreparedEmail) -> bool:
    """Whether the mail invites to or confirms an event (its tool, its markers, a calendar's subject)."""
    if _from_a_calendar(email):
        return True
    body = email.body_lower
    # "Event: ..." opens the text read from a bare .ics part (email_reading.calendar_part).
    if body.startswith("event: ") or _holds_a_marker(body):
        return True
    # Google's subject alone: "Invitation: ... @ Mon Jun 1, 2026 2pm - 3pm (EDT) (jo@example.com)".
    return bool(SUBJECT_PREFIX.match(email.subject)) and " @ " in email.subject


def sent_by_a_calendar(email: PreparedEmail) -> bool:
    """Whether a calendar or a scheduling tool wrote the mail (its sender, the text of a bare .ics part, a
    calendar's subject prefix), not a person whose own mail holds a booking link or a meeting's markers."""
    return (
        _from_a_calendar(email)
        or email.body_lower.startswith("event: ")
        or bool(SUBJECT_PREFIX.match(email.subject))
    )


def _from_a_calendar(email: PreparedEmail) -> bool:
    """Whether the sender is a scheduling tool or a calendar's mailbox ("calendar-notification@...")."""
    return platforms.platform_of(email.sender) in SCHEDULING_TOOLS or "calendar" in email.sender.local


# Most markers name their tool: a text naming none of the tools is searched only for the others (a dozen
# searches of the text instead of three dozen).
_MARKERS_OF_TOOL = {
    tool: tuple(marker for marker in _INVITATION_MARKERS if tool in marker)
    for tool in ("google", "teams", "zoom")
}
_OTHER_MARKERS = tuple(
    marker for marker in _INVITATION_MARKERS if not any(tool in marker for tool in _MARKERS_OF_TOOL)
)


def _holds_a_marker(text: str) -> bool:
    """`any(marker in text for marker in _INVITATION_MARKERS)`."""
    return any(marker in text for marker in _OTHER_MARKERS) or any(
        tool in text and any(marker in text for marker in markers)
        for tool, markers in _MARKERS_OF_TOOL.items()
    )
