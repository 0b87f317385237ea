"""Invitations: an attached text/calendar part never hides the text, and speaks when it is all there is."""

from tracker.email_reading import parse_raw_email
from tracker.email_reading.calendar_part import calendar_text

_ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20260407T170000Z\r\n"
    "ORGANIZER;CN=Rae Kim:mailto:rae.kim@copperfield.io\r\n"
    "SUMMARY:Technical Interview - Staff Engineer (Copperf\r\n ield)\r\n"
    "DESCRIPTION:Hi Sam\\, looking forward to it.\\nAgenda: system design\\; Q&A\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def invitation(*parts: tuple[str, str]) -> bytes:
    """A multipart/alternative invitation from (content type, body) parts."""
    boundary = "cal-boundary-7"
    chunks = "".join(
        f"--{boundary}\r\nContent-Type: {content_type}; charset=utf-8\r\n\r\n{body}\r\n"
        for content_type, body in parts
    )
    head = (
        "From: Rae Kim <rae.kim@copperfield.io>\r\nSubject: Invitation: Technical Interview\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
    )
    return (head + chunks + f"--{boundary}--\r\n").encode()


def test_the_html_part_is_read_before_an_attached_calendar_part():
    raw = invitation(
        ("text/html", "<p>You have been invited to the following event.</p>"), ("text/calendar", _ICS)
    )
    assert parse_raw_email(raw).body == "You have been invited to the following event."


def test_a_calendar_only_invitation_reads_the_event_name_organizer_and_description():
    body = parse_raw_email(invitation(("text/calendar", _ICS))).body
    assert body.splitlines() == [
        "Event: Technical Interview - Staff Engineer (Copperfield)",
        "Organizer: Rae Kim <rae.kim@copperfield.io>",
        "Hi Sam, looking forward to it.",
        "Agenda: system design; Q&A",
    ]


def test_a_calendar_without_an_event_reads_as_nothing():
    assert calendar_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n") == ""
