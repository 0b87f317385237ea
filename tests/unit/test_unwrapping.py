"""Plain text hard-wrapped by its sender reads as the sentences it broke (cleanup.unwrap_lines).

Outlook's plain text, Thunderbird and many ATSs' text parts break lines at 72 or 76 columns; the rules
read a phrase within a line ("we've decided to go forward with other applicants"), so a wrap in
its middle hid it. A line is joined to the one above only where the next word would not have fit
beside it; what a wrap does not make (a list, a sign-off, a short line, text whose lines run long) stays.
"""

import textwrap

from tracker.email_reading.cleanup import unwrap_lines

_PARAGRAPH = (
    "Thank you for your interest in the Production Planner role and for the time you invested in the "
    "process. After a close look we have decided to continue with other candidates whose background "
    "is a closer match for what we need."
)


def test_a_paragraph_wrapped_at_72_or_76_columns_is_one_line_again():
    for width in (72, 76):
        wrapped = (
            "Hi Robin,\n\n" + "\n".join(textwrap.wrap(_PARAGRAPH, width)) + "\n\nKind regards,\nOstrava Foods"
        )

        assert unwrap_lines(wrapped) == f"Hi Robin,\n\n{_PARAGRAPH}\n\nKind regards,\nOstrava Foods"


def test_a_sentence_broken_once_goes_on_in_lowercase_or_to_its_full_stop():
    lowercase = "Your update from Concorde Research. Unfortunately, we will not be moving\nforward with you."
    full_stop = "We've received your application for our Software Engineer, Early\nCareer position."

    assert unwrap_lines(lowercase) == lowercase.replace("\n", " ")
    assert unwrap_lines(full_stop) == full_stop.replace("\n", " ")


def test_a_long_line_above_a_sign_off_is_no_wrap():
    text = "Thank you for applying for the Quality Inspector position at Harbison Tools today\nBest regards"

    assert unwrap_lines(text) == text


def test_text_whose_lines_run_past_the_columns_is_left_as_it_is():
    text = f"{_PARAGRAPH}\nBest,\nDana"

    assert unwrap_lines(text) == text


def test_list_items_and_a_link_on_its_own_line_stay_on_their_lines():
    wrapped = "\n".join(
        textwrap.wrap("We would like to invite you to an interview. " * 3 + "Please bring:", 72)
    )
    items = "- a photo ID and your certification documents, and a list of references\n- your portfolio"
    link = "https://assessments.example.com/candidate/start?token=8f3a2c9d7e6b5a4c3d2e1f0a9b8c7d6e5f4a"
    text = f"{wrapped}\n{items}\n{link}\nMany thanks,"

    unwrapped = unwrap_lines(text)

    assert unwrapped.startswith("We would like to invite you to an interview. We would like to invite you to")
    assert unwrapped.endswith(f"Please bring:\n{items}\n{link}\nMany thanks,")


def test_a_dash_that_a_wrap_put_first_goes_on_the_sentence():
    text = (
        "Thank you for your interest in careers at Harrowgate Supply. We have safely\n"
        "received your application for the following position: 31877 Analyst, Records\n"
        "- Retention."
    )

    assert unwrap_lines(text) == " ".join(text.split("\n"))


def test_a_calendar_invitations_date_line_stays_under_the_events_name():
    # The event's name is as long as a wrap's line; the date below it is no sentence going on.
    body = (
        "Alex Rivera has been invited to the following event.\n\nInterview: Alex Rivera / Junior "
        "Data Engineer "
        "(Umber Studios)\nMonday June 29, 2026 ⋅ 2pm – 2:45pm\nEastern Time - New York\n\nJoin with "
        "Google Meet\n"
        "meet.google.com/070x-intv-rw\n\nOrganizer\nmateo.bianchi@umberstudios.com\n\nGuests\n"
        "mateo.bianchi@umberstudios.com - "
        "organizer\nmarcus.osei@umberstudios.com\nalex.rivera@example.com\n\n"
        "Reply for alex.rivera@example.com\nYes | No | Maybe | More options\n\nInvitation from "
        "Google Calendar"
    )
    assert "(Umber Studios)\nMonday June 29" in unwrap_lines(body)
