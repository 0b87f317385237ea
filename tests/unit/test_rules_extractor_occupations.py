"""Roles outside offices, and applications the candidate ended (invented mail).

A job title is read only where it reads as a person's job, so an occupation the role words did not know
("Sommelier", "Court Interpreter", "Cardiologist", "Scrum Master") was dropped. Occupations English builds
with a suffix (-ologist, -ographer, -ician) are titles by their shape. Titles also stand without "of"
("your application for the role Visual Merchandiser at ...") and after "applying to be a ...".

An application the candidate ended is withdrawn even where the mail talks of the interview it ends: the
candidate asked out ("letting us know you'd like to withdraw") or went silent and the employer closed it
("as we haven't heard back from you, we have closed your application").
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

OCCUPATIONS = [
    row(
        "a_sommelier_at_a_restaurant",
        Status.APPLIED,
        "Osteria Calda",
        "Sommelier",
        sender="Osteria Calda <jobs@osteriacalda.com>",
        subject="Application received",
        body="Dear Sam,\nWe received your application for Sommelier at Osteria Calda. Our team will be in "
        "touch if your experience matches what we need.\nOsteria Calda",
    ),
    row(
        "an_illustrator_at_a_publisher",
        Status.REJECTED,
        "Pendleworth Books",
        "Illustrator",
        sender="Pendleworth Books <jobs@pendleworth.com>",
        subject="Illustrator - Pendleworth Books",
        body="Hello Sam,\nThanks for your interest in the Illustrator role with Pendleworth Books. "
        "Unfortunately we have decided to move forward with other candidates.\nRegards,\nPendleworth Books",
    ),
    row(
        "a_firefighter_for_a_city",
        Status.APPLIED,
        "City of Larkspur",
        "Firefighter/EMT",
        sender="City of Larkspur <jobs@larkspur.gov>",
        subject="Your application to City of Larkspur",
        body="Hi Sam,\n\nThank you for applying for the Firefighter/EMT position at City of Larkspur. We "
        "have received your application and will review it shortly.\n\nCity of Larkspur Human Resources",
    ),
    row(
        "a_specialist_physician_named_by_its_suffix",
        Status.APPLIED,
        "Northshore Heart Institute",
        "Cardiologist",
        sender="Northshore Heart Institute <careers@northshoreheart.org>",
        subject="Application received",
        body="Dear Dr. Sam Carter,\nWe received your application for Cardiologist at Northshore Heart "
        "Institute. Our physician recruitment team will be in touch.\nNorthshore Heart Institute",
    ),
    row(
        "a_scrum_master_at_a_software_firm",
        Status.APPLIED,
        "Tessellate Software",
        "Scrum Master",
        sender="Tessellate Software <jobs@tessellate.io>",
        subject="Your application to Tessellate Software",
        body="Hi Sam,\n\nThank you for applying for the Scrum Master position at Tessellate Software. We "
        "have received your application.\n\nTessellate Talent",
    ),
    row(
        "a_court_interpreter",
        Status.REJECTED,
        "Marion County Courts",
        "Court Interpreter",
        sender="Marion County Courts <hr@marioncourts.gov>",
        subject="Court Interpreter - Marion County Courts",
        body="Hello Sam,\nThanks for your interest in the Court Interpreter role with Marion County Courts. "
        "Unfortunately we have decided to move forward with other candidates.\nMarion County Courts HR",
    ),
    row(
        "a_photographer_named_by_its_suffix",
        Status.APPLIED,
        "Goldleaf Studios",
        "Wedding Photographer",
        sender="Goldleaf Studios <jobs@goldleaf.studio>",
        subject="Application received",
        body="Dear Sam,\nWe received your application for Wedding Photographer at Goldleaf Studios. We will "
        "be in touch.\nGoldleaf Studios",
    ),
    row(
        "a_title_after_the_role_without_of",
        Status.APPLIED,
        "H&M",
        "Visual Merchandiser",
        sender="H&M Careers <careers@hm.com>",
        subject="Thank you for your application at H&M",
        body="Hi Jamie,\nWe have received your application for the role Visual Merchandiser at H&M. We will "
        "contact you if your profile matches.\nBest regards, H&M Recruitment",
    ),
    row(
        "a_title_after_applying_to_be_a",
        Status.APPLIED,
        "Harbor Grocers",
        "Crew Member",
        sender="Harbor Grocers <hiring@harborgrocers.com>",
        subject="Thanks for your interest in Harbor Grocers",
        body="Hello Riley,\nThanks for applying to be a Crew Member at our Harbor Grocers store in Pasadena. "
        "Our captain will review your application and contact you if we'd like to meet.\nHarbor Grocers",
    ),
]

CANDIDATE_ENDED = [
    row(
        "the_employer_confirms_the_candidate_asked_out_of_the_interviews",
        Status.WITHDRAWN,
        "Brightwave",
        "Product Designer",
        sender="Brightwave Talent <talent@brightwave.com>",
        subject="Re: Interview for Product Designer",
        body="Hi Lee,\n\nThanks for letting us know that you'd like to withdraw from the process for the "
        "Product Designer position. We've closed your application and wish you the best of luck.\n\n"
        "Brightwave Talent Team",
    ),
    row(
        "the_candidate_went_silent_and_the_employer_closed_the_application",
        Status.WITHDRAWN,
        "Tillwell",
        "Backend Engineer",
        sender="Recruiting at Tillwell <jobs@tillwell.io>",
        subject="Your application for Backend Engineer",
        body="Hi Dana,\n\nWe reached out last week to schedule your first interview for the Backend Engineer "
        "role but haven't heard back from you. As we haven't received a response, we have closed your "
        "application for now. If you are still interested, feel free to reapply.\n\nBest,\nTillwell "
        "Recruiting",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), OCCUPATIONS + CANDIDATE_ENDED)
def test_the_role_and_the_ending_are_read(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_employer_named_like_a_role_the_words_do_not_list_stays_the_employer():
    """ "Coach" is left out of the role words on purpose: a brand named so is read as the employer."""
    result = extract(
        sender="Coach Careers <careers@coach.com>",
        subject="Thank you for applying to Coach",
        body="Hi Sam,\nThank you for applying to Coach for the Sales Associate position. We will review "
        "your application.\nCoach Talent Acquisition",
    )
    assert result.company == "Coach"
    assert result.job_title == "Sales Associate"
