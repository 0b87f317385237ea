"""Job titles stated where the rules used to miss them: job-board cards, scheduling, offers, exercises.

The title is the role as the email states it, without the employer, ids or locations; what belongs to
the role's name (a gender marker such as "(m/w/d)") stays.
"""

from unittest.mock import ANY

import pytest

from tests.extraction_support import extract
from tracker.email_reading import parse_raw_email
from tracker.extraction import RulesExtractor
from tracker.models import Status


def stated(name: str, title: str, status=ANY, requisition_id=ANY, **mail: str):
    """One row: the mail as sent, then the title it states (and the status and id, where ANY is not)."""
    return pytest.param(mail, title, status, requisition_id, id=name)


# Where each kind of mail states the role: the mail, then the title read from it.
TITLES = [
    stated(
        "job_board_card_with_the_title_on_its_own_line_above_employer_and_place",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Sam, your application was sent to Harbor Lane",
        body="Your application was sent to Harbor Lane\nHarbor Lane\nStore Operations Planner\n"
        "Harbor Lane · Austin, TX (Hybrid)\nApplied on May 2, 2026\nSimilar jobs\nFloor Lead\n"
        "Pellucid Labs · Remote",
        title="Store Operations Planner",
    ),
    stated(
        "application_viewed_card_with_title_and_employer_on_one_line",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed by Harbor Lane",
        body="Your application was viewed by Harbor Lane\n"
        "Store Operations Planner: Harbor Lane · Austin, TX\n",
        title="Store Operations Planner",
        status=Status.APPLIED,
    ),
    stated(
        "scheduling_mail_states_the_role_after_the_step",
        sender="Dev Mehta <dev.mehta@corbel.io>",
        subject="Next steps with Corbel Analytics",
        body="Hi Sam,\nThe team enjoyed your application and would like a video interview for Analytics "
        "Engineer, Platform. Does Thursday work?\nDev",
        title="Analytics Engineer, Platform",
    ),
    stated(
        "offer_to_join_the_employer_as_a_role",
        sender="Rae Kim <rae.kim@copperfield.io>",
        subject="Your offer from Copperfield",
        body="Hi Sam,\nWonderful news: we're extending you an offer to join Copperfield as Staff Data "
        "Engineer.\nThe letter with the details is attached.\nRae",
        title="Staff Data Engineer",
        status=Status.OFFER,
    ),
    stated(
        "offer_for_the_position_of_a_role",
        sender="Talent <talent@pellucidlabs.io>",
        subject="Offer",
        body="Dear Sam,\nWe are delighted to extend an offer for the position of Lead Product Designer at "
        "Pellucid Labs.\n",
        title="Lead Product Designer",
        status=Status.OFFER,
    ),
    stated(
        "exercise_for_a_role_whose_name_has_a_comma",
        sender="Bea Lindahl <bea.lindahl@fernbrook.com>",
        subject="Fernbrook Bank: technical exercise",
        body="Hello Sam,\nFor your application for Quant Analyst, Rates, we'd like you to work through a "
        "short technical exercise this week.\nBea",
        title="Quant Analyst, Rates",
        status=Status.ASSESSMENT,
    ),
    stated(
        "french_title_in_guillemets_after_le_poste",
        sender="Recrutement Maison Verde <rh@maisonverde.fr>",
        subject="Votre candidature",
        body="Bonjour Sam,\nMerci pour votre candidature au poste « Chargée de communication ». Nous "
        "avons bien reçu votre dossier.\nL'équipe Maison Verde",
        title="Chargée de communication",
    ),
    stated(
        "gender_marker_stays_in_the_title",
        sender="Saltmarsh Gesundheit - Recruiting <jobs@saltmarsh.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung - Datenanalyst (m/w/d)",
        body="Guten Tag Sam Okoro,\nvielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d). Wir melden uns.",
        title="Datenanalyst (m/w/d)",
    ),
    stated(
        "subject_segment_naming_the_employer_is_not_part_of_the_title",
        sender="Harbor Lane Careers <harborlane-careers@icims.com>",
        subject="Thank you for applying to Harbor Lane Inc - Store Planner (Job ID 2026-118)",
        body="Dear Sam,\nThanks for your interest in Harbor Lane Inc.\n",
        title="Store Planner",
        requisition_id="2026-118",
    ),
    stated(
        "request_words_before_for_are_not_part_of_the_title",
        sender="Ines Duarte <no-reply@greenhouse.io>",
        subject="Interview availability request for Staff Engineer at Ostrander Robotics",
        body="Hi Sam,\nPlease share a few times that suit you.\nThe Ostrander Robotics Recruiting Team",
        title="Staff Engineer",
    ),
    stated(
        "update_regarding_a_role_with_its_requisition_number",
        sender="Nettlefield Energy <no-reply.nettlefieldenergy@fa.oraclecloud.com>",
        subject="Update regarding Grid Analyst (41233)",
        body="Dear Sam,\nYour application is still under review; thank you for your patience.",
        title="Grid Analyst",
        requisition_id="41233",
        status=Status.APPLIED,
    ),
    stated(
        "an_id_in_brackets_and_a_colon_end_the_title",
        sender="Acme Careers <careers@acme.example>",
        subject="Your application",
        body="Hi Sam,\n\nRegarding your application for Senior Analyst, Risk (Job ID 1234): we've decided "
        "to go forward with other applicants.\n\nAcme",
        title="Senior Analyst, Risk",
        status=Status.REJECTED,
    ),
    stated(
        "a_candidacy_for_a_role",
        sender="Acme Careers <careers@acme.example>",
        subject="Your candidacy",
        body="Hi Sam,\n\nThank you for your candidacy for Senior Analyst. After review, we have selected "
        "another candidate.\n\nAcme",
        title="Senior Analyst",
        status=Status.REJECTED,
    ),
    stated(
        "the_position_you_applied_for_named_in_brackets_has_been_filled",
        sender="Acme Careers <careers@acme.example>",
        subject="Your application",
        body="Hi Sam,\n\nUnfortunately, the position you applied for (Senior Analyst) has been filled."
        "\n\nAcme",
        title="Senior Analyst",
        status=Status.REJECTED,
    ),
    stated(
        "apply_to_our_role",
        sender="no-reply@us.greenhouse-mail.io",
        subject="Thank you for applying to Quillon!",
        body="Hi Sam! Thanks a lot for your interest in Quillon and for finding the time to apply to our "
        "Pharmacy Records Assistant Intern/Apprentice. A quick note: your application is in.",
        title="Pharmacy Records Assistant Intern/Apprentice",
    ),
    stated(
        "a_graduate_schemes_intake_in_brackets_stays_in_its_title",
        sender="Marlow Consulting Graduate Recruitment <graduates@marlowconsulting.co.uk>",
        subject="Application received - Graduate Analyst (September 2027 intake)",
        body="Dear Aisha,\n\nThank you for your application for the Graduate Analyst programme (September "
        "2027 intake) at Marlow Consulting.",
        title="Graduate Analyst (September 2027 intake)",
    ),
]


def test_a_rejection_naming_its_post_only_by_code_keeps_the_code_as_its_requisition():
    result = extract(
        sender="Brightwater Energy <brightwater@myworkday.com>",
        subject="Update on your application",
        body="Hi Casey,\n\nThank you for your interest in position R-1060 at Brightwater Energy. Having "
        "weighed it carefully, we've decided to go forward with other applicants for this role.",
    )
    assert (result.status, result.job_title, result.requisition_id) == (Status.REJECTED, None, "R-1060")


def test_an_onsite_invitation_after_a_coding_test_is_the_interview():
    result = extract(
        sender="Morgan Ellis <morgan.ellis@brightwaterenergy.com>",
        subject="Data Engineer, Trading Platform - next steps",
        body="Hi Casey,\n\nThe team enjoyed your coding test for the Data Engineer, Trading Platform role "
        "and would like to invite you to a virtual onsite: three 45-minute interviews on June 26.",
    )
    assert (result.status, result.job_title) == (Status.INTERVIEW, "Data Engineer, Trading Platform")


@pytest.mark.parametrize(("mail", "title", "status", "requisition_id"), TITLES)
def test_the_title_is_the_role_as_the_email_states_it(mail, title, status, requisition_id):
    result = extract(**mail)

    assert result.job_title == title
    assert result.status == status
    assert result.requisition_id == requisition_id


def test_html_card_whose_title_and_employer_cells_share_a_row():
    html = (
        "<html><body><h2>Your application was sent to Harbor Lane</h2><table><tr>"
        '<td style="color:#666">Store Operations Planner</td><td><b>Harbor Lane · Austin, TX</b></td>'
        "</tr></table><p>Applied on May 2, 2026</p></body></html>"
    )
    raw = (
        b"From: LinkedIn <jobs-noreply@linkedin.com>\r\nSubject: Your application was sent to Harbor Lane\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n'
    ) + html.encode()

    result = RulesExtractor().extract(parse_raw_email(raw))

    assert result.job_title == "Store Operations Planner"
