"""Calendar invitations, scheduling tools and ATS relays sent under a recruiter's name.

The calendar or scheduling tool is never the employer, nor is anyone taking part in the event; the
employer is named in the event's name, by the organizer's domain or in the text. A recruiter's name
on an ATS relay is a person, not the company.
"""

from unittest.mock import ANY

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_TEAMS_FOOTER = (
    "\n________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room "
    "device\nClick here to join the meeting\nMeeting ID: 318 440 912 55\nPasscode: Hq4vR2\n"
)


def google_invitation(event: str, organizer: str, when: str = "Tue Apr 7, 2026 10am - 11am (PDT)") -> dict:
    """A Google Calendar invitation to `event` sent by `organizer` ("rae.kim@..."), as Gmail shows it."""
    organizer_name = organizer.split("@")[0].replace(".", " ").title()
    return {
        "sender": f"{organizer_name} <{organizer}>",
        "subject": f"Invitation: {event} @ {when} (sam.okoro@example.com)",
        "body": f"Sam Okoro has been invited to the following event.\n\n{event}\n{when}\n\nJoin with Google "
        f"Meet\nmeet.google.com/abc-defg-hij\n\nOrganizer\n{organizer}\n\nGuests\n{organizer} - organizer\n"
        "sam.okoro@example.com\n\nInvitation from Google Calendar",
    }


def scheduled(name: str, mail: dict, status=ANY, company=ANY, title=ANY, kind=Kind.APPLICATION):
    """One row: the mail as sent, then what must be read from it (ANY: not checked; None: nothing)."""
    return pytest.param(mail, kind, status, company, title, id=name)


def mail(sender: str, subject: str, body: str) -> dict:
    return {"sender": sender, "subject": subject, "body": body}


# Who sends scheduling mail and where the employer and role sit in it: the mail, then what is read.
SCHEDULING = [
    scheduled(
        "google_invitation_reads_employer_and_role_from_the_event_name_not_google_calendar",
        google_invitation(
            "Interview: Sam Okoro / Analytics Engineer (Corbel Analytics)", "dev.mehta@corbel.io"
        ),
        status=Status.INTERVIEW,
        company="Corbel Analytics",
        title="Analytics Engineer",
    ),
    scheduled(
        "google_invitation_without_an_employer_in_the_event_falls_back_to_the_organizer_domain",
        google_invitation("Interview with Rae Kim", "rae.kim@copperfield.io"),
        status=Status.INTERVIEW,
        company="Copperfield",
    ),
    scheduled(
        "a_coding_exercise_event_is_an_assessment",
        google_invitation(
            "Coding exercise review: Quant Analyst (Fernbrook Bank)", "bea.lindahl@fernbrook.com"
        ),
        status=Status.ASSESSMENT,
        company="Fernbrook Bank",
        title="Quant Analyst",
    ),
    scheduled(
        "a_personal_calendar_invitation_is_not_an_application",
        google_invitation("Dinner with Nika", "nika.varga@gmail.com"),
        kind=Kind.OTHER,
    ),
    scheduled(
        "teams_invitation_takes_the_event_name_from_the_subject_despite_its_passcode",
        mail(
            "Lena Sorensen <lena.sorensen@brambleworks.com>",
            "Brambleworks | Technical Interview | Backend Developer",
            "Hi Sam, looking forward to our conversation." + _TEAMS_FOOTER,
        ),
        status=Status.INTERVIEW,
        company="Brambleworks",
        title="Backend Developer",
    ),
    scheduled(
        "teams_invitation_named_role_then_step_then_employer",
        mail(
            "Lena Sorensen <lena.sorensen@brambleworks.com>",
            "Backend Developer Interview - Brambleworks",
            _TEAMS_FOOTER,
        ),
        status=Status.INTERVIEW,
        company="Brambleworks",
        title="Backend Developer",
    ),
    scheduled(
        "zoom_invitation_reads_the_topic_line",
        mail(
            "Omar Haddad <omar@pellucidlabs.io>",
            "Zoom meeting invitation - Pellucid Labs Hiring Manager Interview",
            "Omar Haddad is inviting you to a scheduled Zoom meeting.\n\nTopic: Pellucid Labs Hiring "
            "Manager Interview - Product Designer\nTime: Jul 9, 2026 11:00 AM Pacific Time\n\nJoin Zoom "
            "Meeting\nhttps://us02web.zoom.us/j/8123400\n\nMeeting ID: 812 3400\nPasscode: 551\n",
        ),
        status=Status.INTERVIEW,
        company="Pellucid Labs",
        title="Product Designer",
    ),
    scheduled(
        "calendly_confirmation_reads_the_event_type_with_the_role_in_brackets_and_ignores_the_host",
        mail(
            "Calendly <notifications@calendly.com>",
            "Confirmed: Nettlefield Energy Phone Screen with Dev Mehta on Tuesday, March 3",
            "Hi Sam Okoro,\n\nYour event is booked.\n\nEvent Type: Nettlefield Energy Phone Screen (Grid "
            "Analyst)\nInvitee: Sam Okoro\nHost: Dev Mehta\nEvent Date/Time: 10:00am - Tuesday, March 3, "
            "2026\n",
        ),
        status=Status.INTERVIEW,
        company="Nettlefield Energy",
        title="Grid Analyst",
    ),
    scheduled(
        "scheduling_tool_request_reads_the_role_after_for_the",
        mail(
            "GoodTime <noreply@goodtime.io>",
            "Action required: select your interview times",
            "Hi Sam,\nPlease choose times for your interview with Wrenfield Insurance for the Senior "
            "Backend Engineer, Claims role.\nScheduling powered by GoodTime",
        ),
        status=Status.INTERVIEW,
        company="Wrenfield Insurance",
        title="Senior Backend Engineer, Claims",
    ),
    scheduled(
        "scheduling_tool_subject_ends_the_employer_name_where_the_sentence_goes_on",
        mail(
            "Fernbrook Bank Scheduling <scheduling@modernloop.io>",
            "Your interview with Fernbrook Bank is confirmed",
            "Hi Sam,\nYour onsite interview for the Quant Analyst role is set for June 4.\n"
            "Powered by ModernLoop",
        ),
        status=Status.INTERVIEW,
        company="Fernbrook Bank",
        title="Quant Analyst",
    ),
    scheduled(
        "relayed_recruiter_name_is_not_the_employer_the_subject_names_it",
        mail(
            "Ines Duarte <no-reply@greenhouse.io>",
            "Picking a time to talk - Saltmarsh Health",
            "Hi Sam,\nThanks for applying! We'd love to set up a phone screen for Clinical Data Analyst.\n"
            "Please share your availability.\nBest,\nInes Duarte",
        ),
        status=Status.INTERVIEW,
        company="Saltmarsh Health",
        title="Clinical Data Analyst",
    ),
    scheduled(
        "relayed_recruiter_name_is_not_the_employer_the_sign_off_names_it",
        mail(
            "Ines Duarte <no-reply@hire.lever.co>",
            "Interview availability",
            "Hi Sam,\nWe'd like to book a phone screen for Staff Engineer. Please share your availability.\n"
            "Thanks,\nOstrander Robotics",
        ),
        company="Ostrander Robotics",
        title="Staff Engineer",
    ),
    scheduled(
        "relayed_recruiter_name_alone_names_no_employer",
        mail(
            "Ines Duarte <no-reply@greenhouse.io>",
            "Interview availability",
            "Hi Sam,\nWe'd like to book a phone screen with you. Please share your availability.\n"
            "Best,\nInes",
        ),
        status=Status.INTERVIEW,
        company=None,
    ),
    scheduled(
        "tenant_display_name_with_an_organisation_word_is_the_employer_not_a_person",
        mail(
            "Nettlefield Energy <no-reply.nettlefieldenergy@fa.oraclecloud.com>",
            "Update regarding Grid Analyst (41233)",
            "Dear Sam,\nNettlefield Energy has placed the Grid Analyst (41233) requisition on hold. As a "
            "result, your application has been closed.\nThanks,\nNettlefield Energy",
        ),
        status=Status.WITHDRAWN,
        company="Nettlefield Energy",
        title="Grid Analyst",
    ),
    # Interview and assessment platforms write for the employer: the step, the employer and the role.
    scheduled(
        "an_assessment_platform_names_the_employer_that_has_requested_the_test",
        mail(
            "CodeSignal <noreply@codesignal.com>",
            "Complete your Corbel General Coding Assessment",
            "Hi Sam,\n\nCorbel has requested that you complete the General Coding Assessment for the "
            "Software Engineer Intern position.\n\nThe CodeSignal Team",
        ),
        status=Status.ASSESSMENT,
        company="Corbel",
        title="Software Engineer Intern",
    ),
    scheduled(
        "a_live_interview_run_by_a_partner_is_an_interview_for_the_employer",
        mail(
            "Karat <scheduling@karat.io>",
            "Schedule your technical interview with Corbel",
            "Hi Sam,\n\nCorbel has partnered with Karat to conduct the first technical interview for the "
            "Software Engineer position. Please pick a time that works for you.\n\nKarat",
        ),
        status=Status.INTERVIEW,
        company="Corbel",
        title="Software Engineer",
    ),
    scheduled(
        "the_meeting_tools_company_is_not_the_employer",
        mail(
            "Microsoft Teams <noreply@email.teams.microsoft.com>",
            "Interview: Sam Lee / Corbel - Data Analyst",
            "Jane Roe is inviting you to a scheduled Teams meeting.\n\nInterview: Sam Lee / Corbel - Data "
            "Analyst\nMonday, March 3, 2025 10:00 AM",
        ),
        status=Status.INTERVIEW,
        company="Corbel",
        title="Data Analyst",
    ),
    scheduled(
        "interviews_in_the_plural_are_interviews",
        mail(
            "Corbel Recruiting <no-reply@modernloop.io>",
            "Your upcoming interviews with Corbel",
            "Hi Sam,\n\nHere are the details for your onsite interviews for the Product Manager role:\n\n"
            "10:00 - 10:45 Jane Roe (Hiring Manager)\n11:00 - 11:45 John Smith (Product Lead)",
        ),
        status=Status.INTERVIEW,
        company="Corbel",
        title="Product Manager",
    ),
    scheduled(
        "a_job_board_says_the_employer_wants_to_chat",
        mail(
            "Wellfound <team@hi.wellfound.com>",
            "Quillon wants to chat!",
            "Hi Sam,\n\nGood news! Quillon is interested in your application for Frontend Engineer and would "
            "like to set up a call.\n\nWellfound",
        ),
        status=Status.INTERVIEW,
        company="Quillon",
        title="Frontend Engineer",
    ),
    scheduled(
        "a_recruiter_moving_the_call_from_a_phone",
        mail(
            "Dev Mehta <dev.mehta@corbel.io>",
            "Re: Analytics Engineer",
            "Hi Sam, can we move our call to 3pm tomorrow?\n\nSent from my iPhone",
        ),
        status=Status.INTERVIEW,
        company="Corbel",
        title="Analytics Engineer",
    ),
]

# A person scheduling in their own words: availability asked, a move, an introduction, a chatbot.
PEOPLE_SCHEDULING = [
    scheduled(
        "a_manager_asking_which_afternoon_is_free",
        mail(
            "Tom Becker <tbecker@quarrytech.io>",
            "Quick chat?",
            "Hey Sam - I reviewed your application for our Backend Engineer opening and would like to chat. "
            "Are you free Thursday or Friday afternoon?\n\nTom Becker\nEngineering Manager, QuarryTech",
        ),
        status=Status.INTERVIEW,
        company="QuarryTech",
        title="Backend Engineer",
    ),
    scheduled(
        "a_scheduling_tool_naming_the_employer_before_the_role",
        mail(
            "Goodtime <scheduling@goodtime.io>",
            "Your onsite with Parallax Robotics is confirmed",
            "Hi Sam,\nYour onsite interview with Parallax Robotics for Controls Engineer is confirmed for "
            "June 4. Agenda: 4 x 45 minute sessions.\n",
        ),
        status=Status.INTERVIEW,
        company="Parallax Robotics",
        title="Controls Engineer",
    ),
    scheduled(
        "a_recruiter_asking_to_move_the_interview",
        mail(
            "Ben Ortiz <ben.ortiz@tidewaterenergy.com>",
            "Need to reschedule",
            "Hi Sam, apologies - our hiring manager is out sick. Could we move your interview for the Field "
            "Engineer role to next Monday at the same time?\nBen\nTidewater Energy Talent",
        ),
        status=Status.INTERVIEW,
        company="Tidewater Energy",
        title="Field Engineer",
    ),
    scheduled(
        "a_founder_offering_a_coffee_about_the_application",
        mail(
            "Liam Chen <liam@sprocketai.com>",
            "Coffee next week?",
            "Hi Sam, Liam here, co-founder of Sprocket AI. Saw your application for the ML Engineer role - "
            "want to grab a virtual coffee next week and talk about what we're building?\nLiam",
        ),
        status=Status.INTERVIEW,
        company="Sprocket AI",
        title="ML Engineer",
    ),
    scheduled(
        "a_recruiter_introducing_the_hiring_manager_signs_name_role_and_employer_on_one_line",
        mail(
            "Nina Patel <nina.patel@cobaltmed.com>",
            "Introduction: Sam <> Dr. Owens",
            "Hi Sam and Dr. Owens,\nIntroducing you both as discussed - Sam is a candidate for the Lab "
            "Manager role. Dr. Owens, could you share a few times for a conversation this week?\nNina Patel, "
            "Recruiter, Cobalt Medical",
        ),
        status=Status.INTERVIEW,
        company="Cobalt Medical",
        title="Lab Manager",
    ),
    scheduled(
        "a_teams_meeting_under_an_interview_subject",
        mail(
            "Microsoft Teams <noreply@email.teams.microsoft.com>",
            "Interview: Sam Carter - Staff Accountant - Harlow & Finch",
            "Harlow & Finch has invited you to a Teams meeting.\nInterview: Sam Carter - Staff Accountant\n"
            "Friday, 9:00 AM\nJoin the meeting now",
        ),
        status=Status.INTERVIEW,
        company="Harlow & Finch",
        title="Staff Accountant",
    ),
    scheduled(
        "a_chatbot_introducing_itself_is_no_employer",
        mail(
            "Olivia <olivia@paradox.ai>",
            "Your interview at Riverbend Grill",
            "Hi Sam! This is Olivia, the virtual assistant for Riverbend Grill. Your interview for Line Cook "
            "is scheduled for Sat 11:00 AM at 42 Main St. Reply C to confirm.",
        ),
        status=Status.INTERVIEW,
        company="Riverbend Grill",
        title="Line Cook",
    ),
]


def reads_as(found: str | None, expected, same) -> bool:
    """ANY matches anything, None only nothing; a name matches the same name by key."""
    if expected is ANY:
        return True
    return found is None if expected is None else same(found, expected)


@pytest.mark.parametrize(("mail", "kind", "status", "company", "title"), SCHEDULING + PEOPLE_SCHEDULING)
def test_the_employer_and_role_come_from_the_event_or_text_never_the_tool_or_a_person(
    mail, kind, status, company, title
):
    result = extract(**mail)

    assert result.kind is kind
    assert result.status == status
    assert reads_as(result.company, company, same_company), result.company
    assert reads_as(result.job_title, title, same_title), result.job_title
