"""Government and public-sector hiring mail (invented): USAJOBS, NEOGOV, cities, states, universities,
school districts.

Public employers are agencies, departments, counties and colleges, named with their article ("with the
Department of Licensing"); their platforms (USAJOBS, governmentjobs.com, PeopleAdmin, Interfolio,
Frontline, AppliTrack) are never the employer. Their words: "Referred" (sent to the hiring manager, no
decision), "Not Referred" and "Eligible - Not Referred" (rejections), a place on the eligible list
(applied), a written examination (an assessment), a tentative job offer, a cancelled announcement
(withdrawn); titles lose the announcement number and the pay grade ("GS-1102-11").
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_USAJOBS = "USAJOBS <no-reply@usajobs.gov>"


def public(name: str, status: Status, company: str, title: str, **mail: str):
    """One row: the mail as sent, then its status, the employer a tracker shows and the title."""
    return pytest.param(mail, status, company, title, id=name)


PUBLIC_MAIL = [
    public(
        "usajobs_confirming_names_the_agency_after_position_with",
        Status.APPLIED,
        "Department of Veterans Affairs",
        "IT Specialist (INFOSEC)",
        sender=_USAJOBS,
        subject="Your application status has changed",
        body=(
            "Dear Sam Carter,\nThank you for applying to the IT Specialist (INFOSEC) position with "
            "the Department of Veterans Affairs, announcement number VA-25-12345-MP. Your "
            "application was received. You can track the status of your application in your USAJOBS "
            "account.\nThis is an automated message."
        ),
    ),
    public(
        "referred_to_the_hiring_manager_is_no_decision_yet",
        Status.APPLIED,
        "Department of Homeland Security",
        "Management Analyst",
        sender=_USAJOBS,
        subject="Your application status has changed",
        body=(
            "Dear Sam Carter,\nThe status of your application for Management Analyst, announcement "
            "number DHS-25-ABC-001, with the Department of Homeland Security has changed to: "
            "Referred.\nReferred means your application was forwarded to the hiring manager for "
            "consideration. The hiring manager may contact you for an interview.\nUSAJOBS"
        ),
    ),
    public(
        "not_referred_is_a_rejection_and_the_announcement_number_leaves_the_title",
        Status.REJECTED,
        "Environmental Protection Agency",
        "Program Analyst",
        sender=_USAJOBS,
        subject="Your application status has changed",
        body=(
            "Dear Sam Carter,\nThe status of your application for Program Analyst, announcement "
            "number EPA-25-7788, with the Environmental Protection Agency has changed to: Not "
            "Referred.\nNot Referred means that your application was not forwarded to the hiring "
            "manager for further consideration.\nUSAJOBS"
        ),
    ),
    public(
        "eligible_but_not_referred_is_a_rejection",
        Status.REJECTED,
        "Internal Revenue Service",
        "Budget Analyst",
        sender=_USAJOBS,
        subject="Your application status has changed",
        body=(
            "Dear Sam Carter,\nYour application for Budget Analyst with the Internal Revenue Service "
            "has been reviewed. Status: Eligible - Not Referred. You met the minimum qualifications "
            "but you were not among the best qualified candidates referred to the selecting official."
        ),
    ),
    public(
        "the_title_before_position_with_the_agency_is_no_employer",
        Status.REJECTED,
        "U.S. Geological Survey",
        "Hydrologist",
        sender="Department of the Interior <doi-hr@notify.usajobs.gov>",
        subject="Notice of Results - Hydrologist",
        body=(
            "Dear Applicant,\nThank you for your interest in the Hydrologist position with the U.S. "
            "Geological Survey. The selecting official has reviewed the referral list and you were "
            "not selected for this position.\nWe encourage you to apply for future vacancies."
        ),
    ),
    public(
        "a_tentative_job_offer_drops_the_pay_grade_and_job_of_is_not_a_title_anchor",
        Status.OFFER,
        "NASA Goddard Space Flight Center",
        "Contract Specialist",
        sender="Sarah Kim <sarah.kim@nasa.gov>",
        subject="Tentative Job Offer - Contract Specialist",
        body=(
            "Dear Mr. Carter,\nI am pleased to extend to you a tentative job offer for the position "
            "of Contract Specialist, GS-1102-11, with NASA Goddard Space Flight Center. This offer "
            "is contingent upon a favorable background investigation.\nPlease reply within 2 business "
            "days to accept or decline.\nSarah Kim\nHuman Resources Specialist"
        ),
    ),
    public(
        "a_cancelled_announcement_is_withdrawn",
        Status.WITHDRAWN,
        "Social Security Administration",
        "Human Resources Specialist",
        sender=_USAJOBS,
        subject="Your application status has changed",
        body=(
            "Dear Sam Carter,\nThe job announcement for Human Resources Specialist with the Social "
            "Security Administration has been cancelled. No selection will be made from this "
            "announcement."
        ),
    ),
    public(
        "selected_to_interview_by_an_agency",
        Status.INTERVIEW,
        "Federal Aviation Administration",
        "Air Traffic Assistant",
        sender="Mike Grant <michael.grant@faa.gov>",
        subject="Interview - Air Traffic Assistant",
        body=(
            "Hello Sam,\nYou have been selected to interview for the Air Traffic Assistant position "
            "with the Federal Aviation Administration. Please reply with your availability for a "
            "30-minute virtual interview next week.\nMike Grant\nHR Specialist, FAA"
        ),
    ),
    public(
        "a_city_confirming_through_governmentjobs",
        Status.APPLIED,
        "City of Austin",
        "Accountant II",
        sender="City of Austin <noreply@governmentjobs.com>",
        subject="Application Received: Accountant II",
        body=(
            "Dear Sam Carter,\nThank you for applying for the Accountant II position with the City of "
            "Austin. We have received your application. Your application will be reviewed to "
            "determine if you meet the minimum qualifications.\nHuman Resources Department"
        ),
    ),
    public(
        "not_meeting_the_minimum_qualifications_is_a_rejection",
        Status.REJECTED,
        "Department of Licensing",
        "IT Application Developer - Journey",
        sender="State of Washington <noreply@governmentjobs.com>",
        subject="Application Status Update",
        body=(
            "Dear Sam Carter,\nThank you for your interest in the IT Application Developer - Journey "
            "position with the Department of Licensing. After careful review, it has been determined "
            "that you do not meet the minimum qualifications for this position. Your application "
            "will not be considered further."
        ),
    ),
    public(
        "placed_on_the_eligible_list_is_applied",
        Status.APPLIED,
        "County of San Diego",
        "Office Assistant",
        sender="County of San Diego <noreply@governmentjobs.com>",
        subject="Eligible List Notification - Office Assistant",
        body=(
            "Dear Sam Carter,\nCongratulations! You have been placed on the eligible list for Office "
            "Assistant with the County of San Diego. Your name will remain on the list for 12 "
            "months. Hiring departments may contact you for an interview."
        ),
    ),
    public(
        "a_written_examination_is_an_assessment",
        Status.ASSESSMENT,
        "City of Phoenix",
        "Police Communications Operator",
        sender="City of Phoenix <noreply@governmentjobs.com>",
        subject="Written Exam Invitation - Police Communications Operator",
        body=(
            "Dear Sam Carter,\nYou are invited to take the written examination for Police "
            "Communications Operator with the City of Phoenix on March 14 at 9:00 AM. Please bring a "
            "photo ID."
        ),
    ),
    public(
        "a_city_filling_the_position_is_a_rejection",
        Status.REJECTED,
        "City and County of Denver",
        "Senior Planner",
        sender="City of Denver Human Resources <hr@denvergov.org>",
        subject="Recruitment update: Senior Planner",
        body=(
            "Dear Sam,\nThank you for your interest in the Senior Planner position with the City and "
            "County of Denver. The position has been filled. We appreciate your interest in public "
            "service."
        ),
    ),
    public(
        "a_state_department_inviting_to_interview_for_a_numbered_title",
        Status.INTERVIEW,
        "Ohio Department of Health",
        "Epidemiologist 2",
        sender="Ohio Department of Health <ohiohr@ohio.gov>",
        subject="Interview Invitation",
        body=(
            "Dear Sam Carter,\nThe Ohio Department of Health would like to invite you to interview "
            "for the Epidemiologist 2 position (PN 20012345). Interviews will be held on Tuesday, "
            "April 8. Please contact us to schedule a time."
        ),
    ),
    public(
        "a_university_confirming_through_workday",
        Status.APPLIED,
        "University of Michigan",
        "Research Data Analyst",
        sender="University of Michigan <umich@myworkday.com>",
        subject="Thank you for applying",
        body=(
            "Dear Sam,\nThank you for your interest in the Research Data Analyst position at the "
            "University of Michigan. We have received your application and will review it "
            "carefully.\nUniversity Human Resources"
        ),
    ),
    public(
        "a_search_committee_selecting_others_through_peopleadmin",
        Status.REJECTED,
        "Purdue University",
        "Academic Advisor",
        sender="Purdue University <donotreply@peopleadmin.com>",
        subject="Update on your application for Academic Advisor",
        body=(
            "Dear Sam Carter,\nThank you for applying for the position of Academic Advisor at Purdue "
            "University. The search committee has completed its review and has selected other "
            "candidates whose qualifications more closely match the needs of the position."
        ),
    ),
    public(
        "interfolio_names_the_college_not_itself",
        Status.APPLIED,
        "Oberlin College",
        "Assistant Professor of Biology",
        sender="Interfolio <no-reply@interfolio.com>",
        subject="Application Submitted: Assistant Professor of Biology",
        body=(
            "Dear Sam Carter,\nYour application to Assistant Professor of Biology at Oberlin College "
            "has been successfully submitted.\nThank you,\nInterfolio"
        ),
    ),
    public(
        "a_search_cancelled_for_budget_is_withdrawn",
        Status.WITHDRAWN,
        "Oberlin College",
        "Assistant Professor of Biology",
        sender="Oberlin College <no-reply@interfolio.com>",
        subject="Search Update",
        body=(
            "Dear Applicant,\nThank you for your interest in the Assistant Professor of Biology "
            "position at Oberlin College. We regret to inform you that the search has been cancelled "
            "due to budget constraints."
        ),
    ),
    public(
        "a_school_district_confirming_through_frontline",
        Status.APPLIED,
        "Springfield Public Schools",
        "5th Grade Teacher",
        sender="Springfield Public Schools <noreply@frontlineeducation.com>",
        subject="Application Received",
        body=(
            "Dear Sam Carter,\nThank you for applying for the 5th Grade Teacher position with "
            "Springfield Public Schools. Your application has been received and will be reviewed by "
            "the hiring administrator."
        ),
    ),
    public(
        "a_school_district_filling_the_post_is_a_rejection",
        Status.REJECTED,
        "Lakeview School District",
        "High School Math Teacher",
        sender="Lakeview School District <applitrack@lakeviewsd.org>",
        subject="Position Update",
        body=(
            "Dear Sam,\nThank you for your interest in the High School Math Teacher position at "
            "Lakeview School District. The position has been filled by another candidate. Your "
            "application will remain on file for one year."
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), PUBLIC_MAIL)
def test_public_hiring_mail_names_the_public_employer_and_reads_its_status(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title), result.job_title


def test_a_usajobs_saved_search_is_an_alert():
    result = extract(
        sender=_USAJOBS,
        subject="New jobs matching your saved search",
        body="Hello Sam,\n5 new jobs match your saved search 'Data Scientist'. View them now on USAJOBS.\n"
        "Data Scientist - Department of Energy\nStatistician - Census Bureau",
    )
    assert result.kind is Kind.JOB_ALERT, result
