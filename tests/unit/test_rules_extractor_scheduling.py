"""Calendar invitations, scheduling tools and ATS relays sent under a recruiter's name.

The calendar or scheduling tool is never the employer, nor is anyone taking part in the event; the
employer is named in the event's name, by the organizer's domain or in the text. A recruiter's name
on an ATS relay is a person, not the company.
"""

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_TEAMS_FOOTER = (
    "\n________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room "
    "device\nClick here to join the meeting\nMeeting ID: 318 440 912 55\nPasscode: Hq4vR2\n"
)


def google_invitation(event: str, organizer: str, when: str = "Tue Apr 7, 2026 10am - 11am (PDT)"):
    """A Google Calendar invitation to `event` sent by `organizer` ("rae.kim@..."), as Gmail shows it."""
    organizer_name = organizer.split("@")[0].replace(".", " ").title()
    return extract(
        sender=f"{organizer_name} <{organizer}>",
        subject=f"Invitation: {event} @ {when} (sam.okoro@example.com)",
        body=f"Sam Okoro has been invited to the following event.\n\n{event}\n{when}\n\nJoin with Google "
        f"Meet\nmeet.google.com/abc-defg-hij\n\nOrganizer\n{organizer}\n\nGuests\n{organizer} - organizer\n"
        "sam.okoro@example.com\n\nInvitation from Google Calendar",
    )


def test_google_invitation_reads_employer_and_role_from_the_event_name_not_google_calendar():
    result = google_invitation(
        "Interview: Sam Okoro / Analytics Engineer (Corbel Analytics)", "dev.mehta@corbel.io"
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Corbel Analytics"), result.company
    assert same_title(result.job_title, "Analytics Engineer"), result.job_title


def test_google_invitation_without_an_employer_in_the_event_falls_back_to_the_organizer_domain():
    result = google_invitation("Interview with Rae Kim", "rae.kim@copperfield.io")
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Copperfield"), result.company


def test_a_coding_exercise_event_is_an_assessment():
    result = google_invitation(
        "Coding exercise review: Quant Analyst (Fernbrook Bank)", "bea.lindahl@fernbrook.com"
    )
    assert result.status is Status.ASSESSMENT
    assert same_company(result.company, "Fernbrook Bank"), result.company
    assert same_title(result.job_title, "Quant Analyst"), result.job_title


def test_a_personal_calendar_invitation_is_not_an_application():
    result = google_invitation("Dinner with Nika", "nika.varga@gmail.com")
    assert result.kind is Kind.OTHER


def test_teams_invitation_takes_the_event_name_from_the_subject_despite_its_passcode():
    result = extract(
        sender="Lena Sorensen <lena.sorensen@brambleworks.com>",
        subject="Brambleworks | Technical Interview | Backend Developer",
        body="Hi Sam, looking forward to our conversation." + _TEAMS_FOOTER,
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Brambleworks"), result.company
    assert same_title(result.job_title, "Backend Developer"), result.job_title


def test_teams_invitation_named_role_then_step_then_employer():
    result = extract(
        sender="Lena Sorensen <lena.sorensen@brambleworks.com>",
        subject="Backend Developer Interview - Brambleworks",
        body=_TEAMS_FOOTER,
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Brambleworks"), result.company
    assert same_title(result.job_title, "Backend Developer"), result.job_title


def test_zoom_invitation_reads_the_topic_line():
    result = extract(
        sender="Omar Haddad <omar@pellucidlabs.io>",
        subject="Zoom meeting invitation - Pellucid Labs Hiring Manager Interview",
        body="Omar Haddad is inviting you to a scheduled Zoom meeting.\n\nTopic: Pellucid Labs Hiring "
        "Manager Interview - Product Designer\nTime: Jul 9, 2026 11:00 AM Pacific Time\n\nJoin Zoom Meeting\n"
        "https://us02web.zoom.us/j/8123400\n\nMeeting ID: 812 3400\nPasscode: 551\n",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Pellucid Labs"), result.company
    assert same_title(result.job_title, "Product Designer"), result.job_title


def test_calendly_confirmation_reads_the_event_type_with_the_role_in_brackets_and_ignores_the_host():
    result = extract(
        sender="Calendly <notifications@calendly.com>",
        subject="Confirmed: Nettlefield Energy Phone Screen with Dev Mehta on Tuesday, March 3",
        body="Hi Sam Okoro,\n\nYour event is booked.\n\nEvent Type: Nettlefield Energy Phone Screen (Grid "
        "Analyst)\nInvitee: Sam Okoro\nHost: Dev Mehta\nEvent Date/Time: 10:00am - Tuesday, March 3, 2026\n",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Nettlefield Energy"), result.company
    assert same_title(result.job_title, "Grid Analyst"), result.job_title


def test_scheduling_tool_request_reads_the_role_after_for_the():
    result = extract(
        sender="GoodTime <noreply@goodtime.io>",
        subject="Action required: select your interview times",
        body="Hi Sam,\nPlease choose times for your interview with Wrenfield Insurance for the Senior "
        "Backend Engineer, Claims role.\nScheduling powered by GoodTime",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Wrenfield Insurance"), result.company
    assert same_title(result.job_title, "Senior Backend Engineer, Claims"), result.job_title


def test_scheduling_tool_subject_ends_the_employer_name_where_the_sentence_goes_on():
    result = extract(
        sender="Fernbrook Bank Scheduling <scheduling@modernloop.io>",
        subject="Your interview with Fernbrook Bank is confirmed",
        body="Hi Sam,\nYour onsite interview for the Quant Analyst role is set for June 4.\n"
        "Powered by ModernLoop",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Fernbrook Bank"), result.company
    assert same_title(result.job_title, "Quant Analyst"), result.job_title


def test_relayed_recruiter_name_is_not_the_employer_the_subject_names_it():
    result = extract(
        sender="Ines Duarte <no-reply@greenhouse.io>",
        subject="Picking a time to talk - Saltmarsh Health",
        body="Hi Sam,\nThanks for applying! We'd love to set up a phone screen for Clinical Data Analyst.\n"
        "Please share your availability.\nBest,\nInes Duarte",
    )
    assert result.status is Status.INTERVIEW
    assert same_company(result.company, "Saltmarsh Health"), result.company
    assert same_title(result.job_title, "Clinical Data Analyst"), result.job_title


def test_relayed_recruiter_name_is_not_the_employer_the_sign_off_names_it():
    result = extract(
        sender="Ines Duarte <no-reply@hire.lever.co>",
        subject="Interview availability",
        body="Hi Sam,\nWe'd like to book a phone screen for Staff Engineer. Please share your availability.\n"
        "Thanks,\nOstrander Robotics",
    )
    assert same_company(result.company, "Ostrander Robotics"), result.company
    assert same_title(result.job_title, "Staff Engineer"), result.job_title


def test_relayed_recruiter_name_alone_names_no_employer():
    result = extract(
        sender="Ines Duarte <no-reply@greenhouse.io>",
        subject="Interview availability",
        body="Hi Sam,\nWe'd like to book a phone screen with you. Please share your availability.\n"
        "Best,\nInes",
    )
    assert result.status is Status.INTERVIEW
    assert result.company is None


def test_tenant_display_name_with_an_organisation_word_is_the_employer_not_a_person():
    result = extract(
        sender="Nettlefield Energy <no-reply.nettlefieldenergy@fa.oraclecloud.com>",
        subject="Update regarding Grid Analyst (41233)",
        body="Dear Sam,\nNettlefield Energy has placed the Grid Analyst (41233) requisition on hold. As a "
        "result, your application has been closed.\nThanks,\nNettlefield Energy",
    )
    assert result.status is Status.WITHDRAWN
    assert same_company(result.company, "Nettlefield Energy"), result.company
    assert same_title(result.job_title, "Grid Analyst"), result.job_title
