"""Mail from the largest employers' own hiring systems (invented): Amazon (amazon.jobs, the Online
Assessment, interview loops), Google (gHire, the candidate home, team matching), Meta, Microsoft, Apple,
Netflix and NVIDIA through their ATS.

Their legal entities are the employer by its common name ("Amazon.com Services LLC", "Meta Platforms,
Inc." are Amazon and Meta); job and role numbers leave the title; an update that sends the reader to a
portal states no status.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_AMAZON = "Amazon Jobs <no-reply@amazon.jobs>"
_APPLE = "Apple <no_reply@apple.com>"


def own_system(name: str, status: Status | None, company: str, title: str | None, **mail: str):
    """One row: the mail as sent, then its status, the employer a tracker shows and the title."""
    return pytest.param(mail, status, company, title, id=name)


BIG_EMPLOYERS = [
    own_system(
        "amazon_thanking_for_an_application_with_a_job_id",
        Status.APPLIED,
        "Amazon",
        "Business Intelligence Engineer",
        sender=_AMAZON,
        subject="Thank you for applying to Amazon",
        body=(
            "Hi Sam,\nThanks for applying to Amazon! Your application has been received for "
            "Business Intelligence Engineer, Job ID: 3305817. Our recruiters will look it over and "
            "reach out if it is a fit.\nAmazon Recruiting"
        ),
    ),
    own_system(
        "the_amazon_online_assessment",
        Status.ASSESSMENT,
        "Amazon",
        "Software Development Engineer",
        sender=_AMAZON,
        subject="Amazon Online Assessment - Software Development Engineer",
        body=(
            "Hi Sam,\nThank you for your interest in the Software Development Engineer role at "
            "Amazon. The next step is the Amazon Online Assessment. Please complete it within 5 days "
            "using the link below."
        ),
    ),
    own_system(
        "amazon_not_moving_forward_names_amazon_at_the_end",
        Status.REJECTED,
        "Amazon",
        "Data Engineer I",
        sender=_AMAZON,
        subject="Your application status: Data Engineer I",
        body=(
            "Hi Sam,\nThank you for your interest in Data Engineer I (ID: 2901134). Having "
            "weighed it carefully, we have decided not to progress your application any further "
            "at this time. "
            "We encourage you to apply to other roles at Amazon."
        ),
    ),
    own_system(
        "an_aws_interview_loop",
        Status.INTERVIEW,
        "Amazon Web Services",
        "Solutions Architect",
        sender="Amazon Web Services Recruiting <aws-recruiting@amazon.com>",
        subject="AWS interview loop scheduling",
        body=(
            "Hi Sam,\nCongratulations, you have been selected to move forward to the interview loop "
            "for the Solutions Architect position at Amazon Web Services. Please share your "
            "availability for next week."
        ),
    ),
    own_system(
        "google_confirming_a_title_with_its_team_after_commas",
        Status.APPLIED,
        "Google",
        "Software Engineer III, Infrastructure, Core",
        sender="Google Careers <careers-noreply@google.com>",
        subject="Thanks for applying to Google",
        body=(
            "Hi Sam,\nThanks for your interest in Google. Your application for the "
            "Software Engineer III, Infrastructure, Core role is with our team for review. Its "
            "status shows on your candidate home page."
        ),
    ),
    own_system(
        "ghire_rejecting_a_google_cloud_role",
        Status.REJECTED,
        "Google",
        "Product Manager, Google Cloud",
        sender="gHire <ghire-noreply@google.com>",
        subject="Update on your application to Google",
        body=(
            "Hi Sam,\nThank you for applying for the Product Manager, Google Cloud role. After "
            "reviewing your background, we won't be moving forward at this time. We encourage you to "
            "check out other roles on Google Careers."
        ),
    ),
    own_system(
        "a_meta_sourcer_scheduling_a_technical_screen",
        Status.INTERVIEW,
        "Meta",
        "Software Engineer, Machine Learning",
        sender="Meta Recruiting <recruiting@meta.com>",
        subject="Meta - Next Steps: Technical Screen",
        body=(
            "Hi Sam,\nThanks for your interest in the Software Engineer, Machine Learning role at "
            "Meta. I'd like to schedule a 45-minute technical screen with one of our engineers. "
            "Please send me a few times that work for you.\nAlex\nTechnical Sourcer, Meta"
        ),
    ),
    own_system(
        "microsoft_confirming_with_a_job_number",
        Status.APPLIED,
        "Microsoft",
        "Senior Data Scientist",
        sender="Microsoft Careers <careers@microsoft.com>",
        subject="Microsoft Application Confirmation",
        body=(
            "Hello Sam,\nThank you for applying to Microsoft. We've received your application for "
            "Senior Data Scientist (Job number 1789321). Track your application status in the "
            "candidate portal."
        ),
    ),
    own_system(
        "microsoft_filling_the_position",
        Status.REJECTED,
        "Microsoft",
        "Software Engineer II",
        sender="Microsoft Careers <careers@microsoft.com>",
        subject="Update on your Microsoft application",
        body=(
            "Hello Sam,\nThank you for your interest in the Software Engineer II position (Job number "
            "1765004). The position has been filled, and we will not be progressing "
            "your application."
        ),
    ),
    own_system(
        "apple_confirming_with_a_role_number",
        Status.APPLIED,
        "Apple",
        "iOS Software Engineer",
        sender=_APPLE,
        subject="Thank you for your interest in Apple",
        body=(
            "Dear Sam,\nThank you for submitting your resume for the iOS Software Engineer role (Role "
            "Number: 200512345). Our recruiting team will review your qualifications.\nApple "
            "Recruiting"
        ),
    ),
    own_system(
        "an_apple_status_update_behind_the_portal_states_no_status",
        None,
        "Apple",
        "Machine Learning Engineer",
        sender=_APPLE,
        subject="Your application status has been updated",
        body=(
            "Dear Sam,\nThe status of your application for Machine Learning Engineer has been "
            "updated. To view it, sign in to your Apple Careers account."
        ),
    ),
    own_system(
        "netflix_through_lever",
        Status.APPLIED,
        "Netflix",
        "Senior Analytics Engineer",
        sender="Netflix <no-reply@hire.lever.co>",
        subject="Thanks for applying to Netflix",
        body=(
            "Hi Sam,\nThanks for applying to the Senior Analytics Engineer position at Netflix. Our "
            "team will go through your application and write back if there's a fit."
        ),
    ),
    own_system(
        "nvidia_through_workday_with_a_jr_number",
        Status.APPLIED,
        "NVIDIA",
        "Senior Deep Learning Engineer",
        sender="NVIDIA <nvidia@myworkday.com>",
        subject="Thank you for applying to NVIDIA",
        body=(
            "Hi Sam,\nThank you for applying to the Senior Deep Learning Engineer role at NVIDIA "
            "(JR1987654). We are reviewing your application."
        ),
    ),
    own_system(
        "a_meta_offer",
        Status.OFFER,
        "Meta",
        "Data Scientist, Product Analytics",
        sender="Jordan Park <jpark@meta.com>",
        subject="Offer - Meta",
        body=(
            "Hi Sam,\nCongratulations! I'm excited to share that we'd like to extend you an offer for "
            "the Data Scientist, Product Analytics position at Meta. I'll walk you through the "
            "details on a call tomorrow.\nJordan"
        ),
    ),
    own_system(
        "google_team_matching_calls_are_interviews",
        Status.INTERVIEW,
        "Google",
        "Software Engineer, L4",
        sender="Priya Raman <praman@google.com>",
        subject="Team matching - next steps",
        body=(
            "Hi Sam,\nCongrats on passing the hiring committee! The next step is team matching. I'll "
            "set up calls with a few hiring managers for the Software Engineer, L4 role over the "
            "next two weeks.\nPriya"
        ),
    ),
    own_system(
        "microsoft_interviews_on_teams",
        Status.INTERVIEW,
        "Microsoft",
        "Program Manager",
        sender="Microsoft Recruiting <msrecruit@microsoft.com>",
        subject="Interview confirmation: Program Manager",
        body=(
            "Hello Sam,\nYour virtual interviews for the Program Manager role are confirmed for "
            "Thursday, March 5, 9:00 AM - 1:00 PM PT on Microsoft Teams. Links are below."
        ),
    ),
    own_system(
        "an_amazon_requisition_cancelled_is_withdrawn",
        Status.WITHDRAWN,
        "Amazon",
        "Program Manager, Last Mile",
        sender=_AMAZON,
        subject="Your application status: Program Manager, Last Mile",
        body=(
            "Hi Sam,\nThank you for your interest in Program Manager, Last Mile (ID: 2850001). This "
            "position is no longer available, as the requisition has been cancelled. We encourage "
            "you to apply to other roles."
        ),
    ),
    own_system(
        "apple_pursuing_other_candidates",
        Status.REJECTED,
        "Apple",
        "Hardware Test Engineer",
        sender=_APPLE,
        subject="Regarding your application",
        body=(
            "Dear Sam,\nThank you for your interest in the Hardware Test Engineer role at Apple. "
            "After a close look, we have decided to pursue different candidates whose experience "
            "sits closer to the needs of the team."
        ),
    ),
    own_system(
        "the_amazon_work_style_assessment_signed_by_its_legal_entity",
        Status.ASSESSMENT,
        "Amazon",
        "Warehouse Operations Manager",
        sender=_AMAZON,
        subject="Action required: Amazon Work Style Assessment",
        body=(
            "Hi Sam,\nAs part of your application for Warehouse Operations Manager (ID: 2799911), "
            "please complete the Work Style Assessment and the Work Simulation within 72 "
            "hours.\nAmazon.com Services LLC"
        ),
    ),
    own_system(
        "an_amazon_final_interview_loop_names_the_title",
        Status.INTERVIEW,
        "Amazon",
        "Senior Product Manager - Technical, Alexa",
        sender="Amazon Recruiting Coordinator <no-reply@amazon.com>",
        subject="Your interview with Amazon - confirmed",
        body=(
            "Hi Sam,\nYour final interview loop for Senior Product Manager - Technical, Alexa is "
            "confirmed for 14 May. You will meet 5 interviewers over Amazon Chime. Please review the "
            "Leadership Principles before your interview."
        ),
    ),
    own_system(
        "meta_platforms_is_meta",
        Status.REJECTED,
        "Meta",
        "Research Scientist, Reality Labs",
        sender="Meta Platforms, Inc. <no-reply@metacareers.com>",
        subject="Your Meta application",
        body=(
            "Hi Sam,\nThank you for your interest in the Research Scientist, Reality Labs position. "
            "We've decided to go forward with other applicants at this time.\nMeta Platforms, Inc."
        ),
    ),
    own_system(
        "a_google_candidate_home_update_states_no_status",
        None,
        "Google",
        "UX Researcher, Search",
        sender="Google Careers <careers-noreply@google.com>",
        subject="Your application status changed",
        body=(
            "Hi Sam,\nThere is an update on your application for UX Researcher, Search. Sign in to "
            "your candidate home to see it."
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), BIG_EMPLOYERS)
def test_big_employers_own_mail_names_the_employer_and_reads_its_status(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert status is None or result.status is status, result  # None: the mail cannot tell
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title) if title else result.job_title is None, result.job_title


def test_an_unsubmitted_application_on_the_candidate_home_is_no_application():
    result = extract(
        sender="Google Careers <careers-noreply@google.com>",
        subject="Complete your candidate profile",
        body=(
            "Hi Sam,\nYou started an application for Software Engineer, Early Career but haven't "
            "submitted it yet. Finish it on your candidate home."
        ),
    )
    assert result.kind is Kind.OTHER, result
