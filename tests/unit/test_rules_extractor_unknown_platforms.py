"""Mail from a platform the platform list does not know (invented mail).

Assessment tools, auto-apply helpers and job boards appear faster than any list of them. Such a sender
names itself as the means the mail came by ("complete the assessment on Vervoe", "submitted through
Jobright autofill"), and the text names the employer as the one acting ("Acme has invited you", "invited
by Acme to take", "Acme would like to schedule an interview"): the employer is read from the text.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

UNKNOWN_PLATFORMS = [
    row(
        "an_assessment_tool_named_as_where_the_test_is_taken",
        Status.ASSESSMENT,
        "Corvid Analytics",
        "Data Analyst",
        sender="Vervoe <noreply@vervoe.example>",
        subject="Your application",
        body="Corvid Analytics has invited you to complete a skills assessment for the Data Analyst role on "
        "Vervoe. Start assessment.",
    ),
    row(
        "an_assessment_tool_writing_for_the_employer_that_invited",
        Status.ASSESSMENT,
        "Corvid Analytics",
        "Data Analyst",
        sender="iMocha <no-reply@imocha.example>",
        subject="Your application",
        body="You have been invited by Corvid Analytics to take an online test for the Data Analyst "
        "position. The test link expires in 3 days.",
    ),
    row(
        "an_auto_apply_helper_named_as_the_way_the_application_went",
        Status.APPLIED,
        "Corvid Analytics",
        "Data Analyst",
        sender="Jobright <support@jobright.example>",
        subject="Your application",
        body="Your application for Data Analyst at Corvid Analytics was submitted successfully through "
        "Jobright autofill.",
    ),
    row(
        "a_scheduling_platform_naming_the_employer_that_asks",
        Status.INTERVIEW,
        "Corvid Analytics",
        "Data Analyst",
        sender="Ashby <no-reply@ashbyhq.com>",
        subject="Your application",
        body="Corvid Analytics would like to schedule an interview with you for the Data Analyst role. "
        "Please select times.",
    ),
    row(
        "a_test_for_a_role_names_the_role",
        Status.ASSESSMENT,
        "Corvid Analytics",
        "Data Analyst",
        sender="Toggl Hire <hire@toggl.example>",
        subject="Your application",
        body="Corvid Analytics has invited you to take a skills test for Data Analyst.",
    ),
]


@pytest.mark.parametrize(
    "footer", ["Sent on behalf of Harlow Biosciences.", "Powered by Ashby | Harlow Biosciences Careers"]
)
def test_an_ats_footer_naming_the_employer_it_writes_for_names_it(footer):
    result = extract(
        sender="no-reply <no-reply@lever.co>",
        subject="Thanks for applying",
        body=f"Hi Sam, thanks for applying for the Research Associate position!\n\n{footer}",
    )
    assert result.company == "Harlow Biosciences"


@pytest.mark.parametrize(("mail", "status", "company", "title"), UNKNOWN_PLATFORMS)
def test_the_employer_acting_in_the_text_outranks_an_unknown_platform(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_employer_writing_of_interest_in_itself_is_no_tool():
    """ "Thank you for your interest in Acme" names the employer, not a means: "in" is no tool's word."""
    result = extract(
        sender="Acme Robotics <jobs@acmerobotics.example>",
        subject="Thank you for your application",
        body="Thank you for your interest in Acme Robotics. Your application has been received.",
    )
    assert result.company == "Acme Robotics"
