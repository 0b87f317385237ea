"""Where an employer's name sits, read by its place in the mail, and counted once per place.

Each case is written from a class of real mail (never copied from it): a name in a display name's
brackets, a team line signing above its organisation, a name that opens with "New", a camel-cased
brand, an ATS subject "Profile submitted to X for Y", an office after a dash, a pseudo-requisition.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.company import same_employer

EMPLOYER_PLACES = [
    pytest.param(
        "Office of Human Resources <hr@stateu.edu>",
        "Your application for Research Analyst",
        "Dear Sam,\nThank you for applying for the Research Analyst position. We have received your "
        "application.\n\nOffice of Human Resources\nState University of New Harbor",
        "State University of New Harbor",
        id="an-office-of-human-resources-signs-above-its-organisation",
    ),
    pytest.param(
        "No Reply (Harbor Valley Transit Authority) via Talemetry <noreply@talemetry.com>",
        "Application Status",
        "",
        "Harbor Valley Transit Authority",
        id="name-in-brackets-of-a-relay-display-name",
    ),
    pytest.param(
        "Workday <acm@myworkday.com>",
        "Thank you for applying!",
        "Thank you for applying.\nPosition of Data Analyst, R-100200\nBest Regards,\nRecruiting Team\n"
        "Quarrystone",
        "Quarrystone",
        id="team-line-signs-above-its-organisation",
    ),
    pytest.param(
        "info@governmentjobs.com",
        "Response to your application",
        "Thanks for your interest in the Records Clerk position with New Ashford County Courts - Central "
        "Office. Another candidate was chosen for the post.",
        "New Ashford County Courts",
        id="name-opening-with-new-and-office-after-a-dash",
    ),
    pytest.param(
        "no-reply@jobs.jobvite.com",
        "Your application for Field Engineer at veriTrace",
        "Thank you for your interest in a career at veriTrace. We have received your application.",
        "veriTrace",
        id="camel-cased-brand-starting-lowercase",
    ),
    pytest.param(
        "notifications@hirebridge.com",
        "Profile submitted to Corvanta for Warehouse Systems Analyst / #418207",
        "Your profile for the Warehouse Systems Analyst position was received.",
        "Corvanta",
        id="ats-subject-profile-submitted-to-x-for-y",
    ),
    pytest.param(
        '"Lumen Ridge Incorporated @ icims" <lumenridge+autoreply@talent.icims.eu>',
        "Thank you for applying at Brightfield",
        "Dear Sam, Thank you for your recent application to the Analytics Intern position at Lumen Ridge "
        "Incorporated. Your submission will be reviewed.",
        "Lumen Ridge Incorporated",
        id="one-subject-place-read-by-three-patterns-counts-once",
    ),
    pytest.param(
        "no-reply@oakhollow.com",
        "Thank you for applying to Employee Referrals",
        "Hi Sam, We've received your application for Tech Internship 2026. Our recruiters at Oak Hollow "
        "are excited to review it.",
        "Oak Hollow",
        id="pseudo-requisition-is-no-employer",
    ),
    pytest.param(
        "myHR_DoNotReply copperleafhealth <copperleafhealth@myworkday.com>",
        "Thank you for Applying!",
        "Sam, your application for the Data Analyst position has been received.",
        "Copperleaf Health",
        id="run-together-label-shown-spelled-out",
    ),
    pytest.param(
        "CodeSignal <no-reply@codesignal.com>",
        "Quayline invited you to take Quayline 2023 Coding Assessment on CodeSignal",
        "Hey Sam, You've just been invited by someone from Quayline to take the assessment.",
        "Quayline",
        id="x-invited-you-to-take",
    ),
    pytest.param(
        "HackerRank Team <support@hackerrankforwork.com>",
        "Thanks for taking the [Quayline] Intern Assessment 2024",
        "Thank you for completing your online assessment!",
        "Quayline",
        id="bracket-tag-names-the-employer",
    ),
    pytest.param(
        "Dice <applications@dice.com>",
        "Application for Dice Job Software Engineer at QX152550",
        "",
        None,
        id="a-client-code-names-nobody",
    ),
    pytest.param(
        "Ashwood Recruiting <support@hackerrankforwork.com>",
        "Ashwood Coding Challenge - Software, University",
        "Thanks for waiting while your application moved along. Next, please sit our coding challenge.",
        "Ashwood",
        id="challenge-glued-to-the-employer",
    ),
    pytest.param(
        "Jane Roe <jane@bluepeakstaffing.com>",
        "Interview request - Data Analyst",
        "Hi Sam,\nGreat news! Our client Harbor Logistics would like to interview you for the Data Analyst "
        "role. Are you available Tuesday?\nBest,\nJane Roe\nSenior Recruiter | Bluepeak Staffing",
        "Harbor Logistics",
        id="words-before-and-after-one-name-are-two-pieces-of-evidence",
    ),
    pytest.param(
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Data Analyst",
        "Application submitted\nData Analyst\nHarbor Logistics - Boston, MA\nNext steps\n",
        "Harbor Logistics",
        id="job-board-card-employer-and-place-under-the-title",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "employer"), EMPLOYER_PLACES)
def test_employer_is_read_from_its_place(sender, subject, body, employer):
    assert extract(body=body, subject=subject, sender=sender).company == employer


def test_an_ats_subject_naming_the_submission_is_an_application():
    extraction = extract(
        sender="notifications@hirebridge.com",
        subject="Profile submitted to Corvanta for Warehouse Systems Analyst / #418207",
        body="Your profile for the Warehouse Systems Analyst position was received.",
    )
    assert (extraction.kind.value, extraction.status.value) == ("application", "applied")


def test_an_acronym_closing_a_name_is_the_same_employer():
    assert same_employer("Johns Creek APL", "APL")
    assert not same_employer("Johns Creek Labs", "APL")
    assert not same_employer("Johns Creek Apl", "Apl")  # only a capitalised acronym


TITLES = [
    pytest.param(
        "Your application for the Jr. Payroll Clerk job has been submitted.",
        "Thanks for applying to Corvanta",
        "Jr. Payroll Clerk",
        id="abbreviation-dot-inside-a-title",
    ),
    pytest.param(
        "Thank you for applying for the Sr. Node.js Engineer position at Corvanta.",
        "Application received",
        "Sr. Node.js Engineer",
        id="dots-inside-words-of-a-title",
    ),
    pytest.param(
        "We've received your application for our Site Reliability Technician - OH position.",
        "Application received",
        "Site Reliability Technician",
        id="state-code-after-a-dash",
    ),
    pytest.param(
        "Thanks for finishing your job application for the R-2024-71302 Junior Actuarial Analyst position!",
        "Application Received",
        "Junior Actuarial Analyst",
        id="requisition-code-in-dash-joined-parts",
    ),
    pytest.param(
        "",
        "Reminder: Complete Your Intelligent Screening for Lead FE Kotlin Engineer",
        "Lead FE Kotlin Engineer",
        id="a-body-anchor-read-in-the-subject",
    ),
    pytest.param(
        "Your process continues with a short personality assessment.",
        "Sam Lee - Next Steps for your Consultant Development Program Application",
        "Consultant Development Program",
        id="subject-for-your-x-application",
    ),
    pytest.param(
        "We appreciate your interest in joining our team.",
        "Thank you for your interest in Remote Payroll Operations Specialist role",
        "Payroll Operations Specialist",
        id="work-arrangement-before-the-title",
    ),
    pytest.param(
        "Dear Sam, Thanks for considering Corvanta. Your application has been received for the "
        "following position: R-583115 2027 Operations Summer Placement - Emerging Talent We value",
        "Corvanta Careers: Thank you for applying",
        "2027 Operations Summer Placement - Emerging Talent",
        id="snippet-running-on-into-the-next-sentence",
    ),
    pytest.param(
        "Hello Sam, sadly you were not selected for the position below. Do look at our "
        "open positions as they appear. Our Talent Community sends updates.",
        "Corvanta - Application Status for 2026 Graduate Logistics Planner, 220871BR",
        "2026 Graduate Logistics Planner",
        id="title-after-application-status-for",
    ),
]


TITLES.append(
    pytest.param(
        "Hello Sam,\nAs the next step in our hiring process for Software Engineer II, please complete the "
        "online assessment via the link below within 5 days.",
        "Next steps - Online Assessment",
        "Software Engineer II",
        id="hiring-process-for-a-title",
    )
)
TITLES.append(
    pytest.param(
        "Your application was sent to Harbor Logistics\nHarbor Logistics\nData Analyst\nBoston, MA (Hybrid)\n"
        "Applied on March 3, 2026\n",
        "Your application was sent to Harbor Logistics",
        "Data Analyst",
        id="card-title-below-the-employer-line",
    )
)


@pytest.mark.parametrize(("body", "subject", "title"), TITLES)
def test_title_is_read_whole(body, subject, title):
    assert extract(body=body, subject=subject, sender="jobs@corvanta.com").job_title == title


def test_a_requisition_code_alone_is_no_title():
    extraction = extract(
        sender="Workday <corvanta@myworkday.com>",
        subject="Application Received",
        body="Hi Sam, Your application for the position of R-79480\nhas been received.",
    )
    assert extraction.job_title is None


BOARDS_IN_OTHER_LANGUAGES = [
    pytest.param(
        "noreply@hellowork.com",
        "Confirmation de votre candidature",
        "Bonjour,\nVotre candidature au poste de Comptable (H/F) chez Orvalis a bien été envoyée.\n"
        "D'autres offres pourraient vous intéresser : Assistant comptable chez Terranov",
        ("Orvalis", "Comptable (H/F)"),
        id="recommendations-name-other-employers",
    ),
    pytest.param(
        "jobs@apec.fr",
        "Votre candidature à l'offre Ingénieur DevOps",
        "Bonjour,\nVous avez postulé à l'offre Ingénieur DevOps (F/H) de la société Orvalis. Votre "
        "candidature a bien été transmise au recruteur.",
        ("Orvalis", "Ingénieur DevOps (F/H)"),
        id="the-company-named-as-one",
    ),
    pytest.param(
        "InfoJobs <noreply@infojobs.net>",
        "Has aplicado a una oferta",
        "Hola Lucía,\nTu candidatura para la oferta Desarrollador Backend de la empresa Ejemplo SL "
        "se ha enviado correctamente.",
        ("Ejemplo SL", "Desarrollador Backend"),
        id="a-short-legal-suffix-ends-the-name",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "read"), BOARDS_IN_OTHER_LANGUAGES)
def test_a_job_board_in_another_language_names_employer_and_role(sender, subject, body, read):
    extraction = extract(sender=sender, subject=subject, body=body)
    assert (extraction.company, extraction.job_title) == read


def test_a_subject_only_application_status_update_is_a_likely_rejection():
    extraction = extract(sender="Amazon Jobs", subject="Orvalis application: Status update")
    assert (extraction.status.value, extraction.status_stated) == ("rejected", False)
