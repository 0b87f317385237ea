"""A scheduling tool's host line names the host and the organisation they hold the event for (invented
mail): Calendly's "Host" over "Dana Reyes (Brightmoor Dental)", an invitation's "Organizer: Dana Reyes,
Brightmoor Dental", "Interviewer: Dana Reyes from Brightmoor Dental". The organisation is the employer,
the person never is; a list of interviewers is people only."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.calendar_hosts import host_organisations
from tracker.models import Kind, Status
from tracker.names import same_title

_CALENDLY = "Calendly <notifications@calendly.com>"


def _calendly_confirmation(event_type: str, host: str) -> str:
    return (
        f"Hi Noor,\n\nA new event has been scheduled.\n\nEvent type\n  {event_type}\n\nHost\n  {host}\n\n"
        "Event Date/Time\n  2:30pm - 3:00pm, Thursday, 12 March 2026\n\nLocation\n  Zoom\n\n"
        "Powered by Calendly.com"
    )


@pytest.mark.parametrize(
    ("subject", "body", "employer", "title"),
    [
        pytest.param(
            "New Event: Phone screen - Dental Receptionist with Dana Reyes",
            _calendly_confirmation("Phone screen - Dental Receptionist", "Dana Reyes (Brightmoor Dental)"),
            "Brightmoor Dental",
            "Dental Receptionist",
            id="calendly_host_over_the_name_in_brackets",
        ),
        pytest.param(
            "Confirmed: Intro call - Junior Copywriter",
            _calendly_confirmation("Intro call - Junior Copywriter", "Priya Sandhu (Wrenfield Creative)"),
            "Wrenfield Creative",
            "Junior Copywriter",
            id="an_organisation_shaped_as_a_persons_name_in_brackets",
        ),
        pytest.param(
            "Invitation: Site Surveyor Interview",
            "Hi Noor,\n\nYour meeting is confirmed.\n\nWhat: Site Surveyor Interview\n"
            "Organizer: Tomas Ferreira, Coldharbour Land Services\nWhen: 10:00am, Tuesday, 17 March 2026\n\n"
            "Powered by Calendly.com",
            "Coldharbour Land Services",
            "Site Surveyor",
            id="organizer_then_a_comma",
        ),
    ],
)
def test_the_hosts_organisation_is_the_employer(subject: str, body: str, employer: str, title: str) -> None:
    result = extract(sender=_CALENDLY, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION and result.status is Status.INTERVIEW, result
    assert result.company == employer
    assert same_title(result.job_title, title), result.job_title


def test_a_list_of_interviewers_names_people_only() -> None:
    assert host_organisations("Interviewers: Dana Lee, Chris Park\nWhen: Monday") == []


def test_the_hosts_post_in_brackets_is_no_organisation() -> None:
    assert host_organisations("Host\n  Dana Reyes (Talent Partner)\n") == []


def test_each_way_of_joining_host_and_organisation() -> None:
    body = (
        "Host: Dana Reyes (Brightmoor Dental)\n"
        "Organizer: Tomas Ferreira, Coldharbour Land Services\n"
        "Interviewer: Priya Sandhu from Wrenfield Creative\n"
    )
    assert host_organisations(body) == [
        ("Dana Reyes", "Brightmoor Dental"),
        ("Tomas Ferreira", "Coldharbour Land Services"),
        ("Priya Sandhu", "Wrenfield Creative"),
    ]


@pytest.mark.parametrize(
    "host",
    [
        "Dana Reyes, PhD",
        "Dana Reyes, Jr.",
        "Dana Reyes (Guest)",
        "Dana Reyes (You)",
        "Dana Reyes - London",
        "Dana Reyes (Leeds office)",
        # The host's time zone, as a calendar writes it.
        "Dana Reyes (Pacific Time)",
        "Dana Reyes (Central European Time)",
        "Dana Reyes (Eastern Time - US & Canada)",
        "Dana Reyes (British Summer Time)",
        "Dana Reyes (GMT+1)",
        "Dana Reyes (UTC+05:30)",
        "Dana Reyes (CEST)",
        "Dana Reyes (Europe/Lisbon)",
    ],
)
def test_what_is_about_the_host_or_their_place_is_no_organisation(host):
    assert host_organisations(f"Host\n  {host}\n") == []
    result = extract(
        subject="New Event: Intro call - Junior Copywriter",
        body=_calendly_confirmation("Intro call - Junior Copywriter", host),
        sender=_CALENDLY,
    )
    assert result.company is None


@pytest.mark.parametrize(
    "organisation",
    [
        "HBT",  # initials ending in "T", as a zone's abbreviation does
        "KNT",
        "Harbour Time",  # a name ending in "Time" that names no zone
    ],
)
def test_an_organisation_shaped_a_little_like_a_time_zone_is_still_the_hosts(organisation):
    assert host_organisations(f"Host\n  Dana Reyes ({organisation})\n") == [("Dana Reyes", organisation)]
