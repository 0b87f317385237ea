"""Hospital, shop, restaurant and hotel hiring mail (invented): Taleo and Workday at hospital systems,
chatbots that schedule shift interviews ("Olivia from McDonald's"), Fountain, Harri, Snagajob, staffing
shifts.

The employer is the hospital, chain or restaurant; the platforms are never it. Brand names that end in
a possessive keep it ("McDonald's", "Wendy's", "St. Luke's Hospital"); hourly roles are titles ("Crew
Member", "Barista", "Travel RN"); a booked shift is work, not an application.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title

_HARRI = "Harri <no-reply@harri.com>"


def hiring(name: str, status: Status, company: str, title: str | None, **mail: str):
    """One row: the mail as sent, then its status, the employer a tracker shows and the title."""
    return pytest.param(mail, status, company, title, id=name)


HOURLY_AND_HEALTHCARE = [
    hiring(
        "a_hospital_system_confirming_through_taleo",
        Status.APPLIED,
        "Mercy Health",
        "Registered Nurse - ICU",
        sender="Mercy Health Careers <mercyhealth@taleo.net>",
        subject="Thank you for applying - Registered Nurse - ICU",
        body=(
            "Dear Sam,\nThank you for your interest in the Registered Nurse - ICU position at Mercy "
            "Health. We have received your application and our talent acquisition team will review "
            "your qualifications.\nMercy Health Talent Acquisition"
        ),
    ),
    hiring(
        "a_hospital_hiring_manager_asking_for_a_phone_interview",
        Status.INTERVIEW,
        "Banner Health",
        "Patient Care Technician",
        sender="Banner Health <bannerhealth@myworkday.com>",
        subject="Interview Request: Patient Care Technician",
        body=(
            "Hello Sam,\nThe hiring manager for Patient Care Technician (Req 2025-44120) at Banner "
            "Health would like to schedule a phone interview with you. Please use the link below to "
            "select a time.\nBanner Health Recruitment"
        ),
    ),
    hiring(
        "a_hospital_moving_forward_with_others",
        Status.REJECTED,
        "Kaiser Permanente",
        "Medical Assistant",
        sender="Kaiser Permanente <noreply@kp.org>",
        subject="Your application for Medical Assistant",
        body=(
            "Dear Sam,\nThank you for applying for the Medical Assistant position. After careful "
            "review, we have decided to move forward with other candidates whose experience more "
            "closely matches the needs of the department.\nKaiser Permanente Talent Acquisition"
        ),
    ),
    hiring(
        "a_possessive_completed_by_hospital_is_the_name",
        Status.OFFER,
        "St. Luke's Hospital",
        "Pharmacy Technician",
        sender="Lisa Wong <lisa.wong@stlukes.org>",
        subject="Offer - Pharmacy Technician",
        body=(
            "Hi Sam,\nI'm pleased to offer you the Pharmacy Technician position at St. Luke's "
            "Hospital, night shift, at $22.50/hour. Please review the attached offer letter and let "
            "me know by Friday.\nLisa Wong\nHR Recruiter, St. Luke's Hospital"
        ),
    ),
    hiring(
        "a_chatbot_confirming_a_shift_interview_keeps_the_brands_possessive",
        Status.INTERVIEW,
        "McDonald's",
        "Crew Member",
        sender="Olivia from McDonald's <olivia@paradox.ai>",
        subject="Your interview at McDonald's",
        body=(
            "Hi Sam! Your interview for Crew Member at McDonald's (1234 Main St) is confirmed for "
            "Tuesday, June 3 at 2:00 PM. Reply C to confirm or R to reschedule.\nOlivia, McDonald's "
            "virtual assistant"
        ),
    ),
    hiring(
        "a_chatbot_thanking_and_asking_when_works_is_an_interview",
        Status.INTERVIEW,
        "Wendy's",
        "Crew Member",
        sender="Olivia <noreply@paradox.ai>",
        subject="Thanks for applying to Wendy's!",
        body=(
            "Hi Sam, this is Olivia, the virtual assistant for Wendy's. Thanks for applying for the "
            "Crew Member position! I'd love to schedule your interview. When works for you this week?"
        ),
    ),
    hiring(
        "fountain_names_the_employer_after_the_role",
        Status.APPLIED,
        "DoorDash",
        "Delivery Driver",
        sender="Fountain <no-reply@fountain.com>",
        subject="Application received - Delivery Driver at DoorDash",
        body=(
            "Hi Sam,\nThanks for applying for the Delivery Driver role at DoorDash! We've received "
            "your application. Next, please complete the background check consent form."
        ),
    ),
    hiring(
        "harri_relays_the_restaurants_invitation",
        Status.INTERVIEW,
        "Shake Shack",
        "Team Member",
        sender=_HARRI,
        subject="Interview Invitation from Shake Shack",
        body=(
            "Hi Sam,\nShake Shack has invited you to an interview for the Team Member position at the "
            "Union Square location on Friday, May 9 at 11:00 AM.\nPowered by Harri"
        ),
    ),
    hiring(
        "harri_relays_a_filled_position",
        Status.REJECTED,
        "Sweetgreen",
        "Line Cook",
        sender=_HARRI,
        subject="Update from Sweetgreen",
        body=(
            "Hi Sam,\nThank you for your interest in the Line Cook position at Sweetgreen. "
            "Unfortunately, the position has been filled. We encourage you to apply for other "
            "openings.\nPowered by Harri"
        ),
    ),
    hiring(
        "snagajob_confirms_the_application_it_sent",
        Status.APPLIED,
        "Dollar General",
        "Cashier",
        sender="Snagajob <alerts@snagajob.com>",
        subject="You applied to Cashier at Dollar General",
        body=(
            "Hi Sam,\nYour application for Cashier at Dollar General was sent! The employer will "
            "contact you if they're interested.\nGood luck!\nSnagajob"
        ),
    ),
    hiring(
        "a_store_interview_slot",
        Status.INTERVIEW,
        "Target",
        "Seasonal Team Member",
        sender="Target Recruiting <recruiting@target.com>",
        subject="Target interview - Seasonal Team Member",
        body=(
            "Hi Sam,\nWe'd like to invite you to an in-person interview for the Seasonal Team Member "
            "role at Target store T-1422. Please choose a time slot that works for you using the "
            "link below.\nTarget Recruiting"
        ),
    ),
    hiring(
        "a_retail_job_assessment",
        Status.ASSESSMENT,
        "Walmart",
        "Stocking Associate",
        sender="Walmart Careers <noreply@walmart.com>",
        subject="Next Step: Complete your assessment",
        body=(
            "Hi Sam,\nThank you for applying for the Stocking Associate position at Walmart. The next "
            "step is to complete a short job assessment. It takes about 30 minutes.\nWalmart Careers"
        ),
    ),
    hiring(
        "applying_to_be_a_barista_leaves_the_verb_out_of_the_title",
        Status.APPLIED,
        "Starbucks",
        "Barista",
        sender="Starbucks Careers <starbucks@myworkday.com>",
        subject="Thank you for your application",
        body=(
            "Hi Sam,\nThanks for applying to be a Barista at Starbucks. We've received your "
            "application and the store manager will review it soon.\nStarbucks Partner Resources"
        ),
    ),
    hiring(
        "a_hotel_front_desk_interview",
        Status.INTERVIEW,
        "Marriott International",
        "Front Desk Agent",
        sender="Marriott International <marriott@myworkday.com>",
        subject="Interview Confirmation",
        body=(
            "Dear Sam,\nYour interview for Front Desk Agent at the Courtyard Boston Downtown has been "
            "scheduled for Monday, 14 July at 10:00 AM. Please ask for the Front Office Manager on "
            "arrival.\nMarriott International Talent Acquisition"
        ),
    ),
    hiring(
        "a_travel_nurse_agency_submission_names_the_hospital_not_a_13_week_assignment",
        Status.APPLIED,
        "Mayo Clinic",
        "Travel RN",
        sender="Amy Cole <amy@aya-healthcare.com>",
        subject="Travel RN submission - Mayo Clinic",
        body=(
            "Hi Sam,\nI submitted your profile to Mayo Clinic for the 13-week ICU Travel RN "
            "assignment in Rochester, MN. I'll let you know as soon as I hear back.\nAmy "
            "Cole\nRecruiter, Aya Healthcare"
        ),
    ),
    hiring(
        "a_closed_position_is_a_rejection",
        Status.REJECTED,
        "Medical City Dallas",
        "Unit Secretary",
        sender="HCA Healthcare <hca@taleo.net>",
        subject="Application Status Update",
        body=(
            "Dear Sam,\nThank you for your interest in the Unit Secretary position at Medical City "
            "Dallas. The position has been closed and is no longer accepting applications. We "
            "encourage you to view other opportunities."
        ),
    ),
    hiring(
        "a_rescheduled_pharmacy_interview",
        Status.INTERVIEW,
        "CVS Health",
        "Pharmacy Technician Trainee",
        sender="CVS Health <cvshealth@myworkday.com>",
        subject="Reschedule request: Pharmacy Technician Trainee interview",
        body=(
            "Hi Sam,\nWe need to reschedule your interview for the Pharmacy Technician Trainee "
            "position at CVS Health. Please select a new time using the scheduling link.\nCVS Health "
            "Recruiting"
        ),
    ),
    hiring(
        "an_hourly_offer_names_the_crew_member_role",
        Status.OFFER,
        "Chipotle",
        "Crew Member",
        sender="Chipotle <noreply@chipotle.com>",
        subject="Congratulations! Job offer from Chipotle",
        body=(
            "Hi Sam,\nCongratulations! We'd like to offer you the Crew Member position at our Elm "
            "Street restaurant at $16/hour. Please accept your offer in the portal by "
            "Thursday.\nChipotle Careers"
        ),
    ),
    hiring(
        "a_clinic_sending_a_hirevue_video_interview",
        Status.ASSESSMENT,
        "Cleveland Clinic",
        "Patient Services Representative",
        sender="Cleveland Clinic <noreply@hirevue.com>",
        subject="Cleveland Clinic - Next step in your application",
        body=(
            "Dear Sam,\nThank you for applying for the Patient Services Representative role at "
            "Cleveland Clinic. As the next step, we invite you to complete a HireVue video interview "
            "within 5 days."
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), HOURLY_AND_HEALTHCARE)
def test_hourly_and_healthcare_mail_names_the_employer_and_reads_its_status(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title) if title else result.job_title is None, result.job_title


def test_a_booked_staffing_shift_is_no_application():
    result = extract(
        sender="Indeed Flex <hello@indeedflex.com>",
        subject="You're booked! Warehouse Associate shift",
        body=(
            "Hi Sam, you're booked for a Warehouse Associate shift at Amazon DFW7 on Sat 12 Jul, "
            "06:00-14:30. Please arrive 15 minutes early."
        ),
    )
    assert result.kind is Kind.OTHER, result
