"""News told in an employer's own words, under a boilerplate footer or above a quoted reply (invented
mail): the status, and the title the news names without the sentence's last words.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

_EQUAL_OPPORTUNITY = (
    "\n\nWestbrook is an equal opportunity employer; every qualified applicant is considered "
    "for employment regardless of race, color, religion or sex. We will keep your information on "
    "file for future consideration."
)
_QUOTED_FOLLOW_UP = (
    "\n\nOn Mon, Mar 2, 2026 at 9:14 AM Sam Lee <sam.lee@example.com> wrote:\n> Hi, I wanted to follow "
    "up on my application for the Data Analyst role. Thank you!\n"
)
_RECRUITING = "Westbrook Recruiting <no-reply@westbrook.example>"


def news(name: str, status: Status, title: str | None = None, **mail: str):
    """One row: the mail as sent, then the status it states and the title it names (if checked)."""
    return application_row(name, status, "Westbrook", title, **mail)


NEWS = [
    news(
        "someone_else_chosen_above_a_quoted_follow_up_is_a_rejection",
        Status.REJECTED,
        sender="Westbrook Talent <talent@westbrook.example>",
        subject="Re: Data Analyst application",
        body="Hi Sam,\nThanks for checking in. Unfortunately we went with someone whose experience lines up "
        "more directly with the team's needs." + _QUOTED_FOLLOW_UP,
    ),
    news(
        "an_internal_candidate_chosen_is_a_rejection",
        Status.REJECTED,
        sender=_RECRUITING,
        subject="Your candidacy",
        body="Hi Sam,\nAfter a close call we decided to go with an internal candidate for the Data Analyst "
        "role.",
    ),
    news(
        "not_progressing_any_further_ends_the_title_before_any_further",
        Status.REJECTED,
        "Data Analyst",
        sender=_RECRUITING,
        subject="Westbrook: your application",
        body="Dear Sam,\nWe won't be progressing your application for Data Analyst any further.",
    ),
    news(
        "a_confirmation_over_an_equal_opportunity_footer_is_applied",
        Status.APPLIED,
        "Data Analyst",
        sender=_RECRUITING,
        subject="We received your application",
        body="Dear Sam,\nThank you for applying for the Data Analyst position. We will review your "
        "application and contact you if your qualifications match our needs." + _EQUAL_OPPORTUNITY,
    ),
    news(
        "a_superday_is_an_interview",
        Status.INTERVIEW,
        sender=_RECRUITING,
        subject="Superday invitation - Analyst Program",
        body="Dear Sam,\nCongratulations! You have been selected for our Superday on March 12. Please "
        "confirm your attendance.",
    ),
    news(
        "a_meeting_named_after_the_interviewer_is_not_the_title",
        Status.INTERVIEW,
        "Data Analyst",
        sender="Maya Chen <maya.chen@westbrook.example>",
        subject="Hiring manager conversation",
        body="Hi Sam,\nAlex, the hiring manager for the Data Analyst role, would like to meet you. Could "
        "you share your availability for next Tuesday or Wednesday?\nMaya\nWestbrook",
    ),
    news(
        "a_withdrawal_naming_the_title_between_application_and_verb_is_withdrawn",
        Status.WITHDRAWN,
        "Data Analyst",
        sender=_RECRUITING,
        subject="Application withdrawn",
        body="Dear Sam,\nWe have received your request and your application for Data Analyst has been "
        "withdrawn.",
    ),
    news(
        "a_requisition_closed_without_filling_it_is_withdrawn_not_an_alert",
        Status.WITHDRAWN,
        sender=_RECRUITING,
        subject="Data Engineer - update",
        body="Hi Sam,\nThe hiring manager has decided to close this requisition without filling it. We "
        "encourage you to apply to other roles.",
    ),
    news(
        "a_role_gone_for_a_business_reason_is_withdrawn",
        Status.WITHDRAWN,
        sender=_RECRUITING,
        subject="Data Engineer - update",
        body="Hi Sam,\nDue to a change in business priorities, the Data Engineer role is no longer "
        "available.",
    ),
    news(
        "hiring_paused_for_the_position_is_withdrawn",
        Status.WITHDRAWN,
        sender=_RECRUITING,
        subject="Data Engineer - update",
        body="Hi Sam,\nWe have paused hiring for the Data Engineer position and will reach out if it "
        "reopens.",
    ),
    news(
        "the_reader_having_accepted_another_offer_is_withdrawn",
        Status.WITHDRAWN,
        sender=_RECRUITING,
        subject="Re: Data Engineer",
        body="Hi Sam,\nThanks for letting us know you've accepted another offer. We've closed out your "
        "application and wish you the best!",
    ),
    news(
        "not_moving_forward_with_hiring_for_the_role_is_withdrawn_not_rejected",
        Status.WITHDRAWN,
        sender=_RECRUITING,
        subject="Data Engineer - update",
        body="Hi Sam,\nWe have made the difficult decision to not move forward with hiring for this role at "
        "this time. Your application has been closed.",
    ),
    news(
        "a_shift_picked_under_an_offer_contingent_on_a_background_check_is_the_offer",
        Status.OFFER,
        sender=_RECRUITING,
        subject="Your shift selection is confirmed",
        body="Hi Sam,\nYou've selected Day Shift (Mon-Thu 7:00 AM - 5:30 PM) at the Westbrook warehouse, "
        "Picker/Packer, $18.50/hr. Your job offer is contingent on a background check.\n\nNext step: your "
        "pre-hire appointment on May 12.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), NEWS)
def test_news_in_an_employers_own_words(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
