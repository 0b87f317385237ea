"""A portal's or board's summary written as labelled lines (invented mail).

"Employer: Acme", "Company | Acme", "Role | Data Engineer", "Status: Declined", "Stage: Interview":
the employer, the title and the news stand after their labels, with a colon or a bar.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

SUMMARIES = [
    row(
        "a_campus_boards_status_change",
        Status.REJECTED,
        "Brightfold Agency",
        "Marketing Intern",
        sender="Handshake <notifications@joinhandshake.com>",
        subject="Your application status has been updated",
        body="Hi Sam,\nThe status of your application has changed.\n\nJob: Marketing Intern\nEmployer: "
        "Brightfold Agency\nStatus: Declined\n\nView application",
    ),
    row(
        "a_boards_application_summary",
        Status.APPLIED,
        "Tessellate Software",
        "Java Developer",
        sender="Dice <noreply@dice.com>",
        subject="Application confirmation",
        body="Application Summary\nPosition: Java Developer\nCompany: Tessellate Software\nLocation: Remote\n"
        "Applied: Mar 3, 2026\n\nGood luck!",
    ),
    row(
        "an_ats_moving_the_application_to_the_interview_stage",
        Status.INTERVIEW,
        "Fablecloud",
        "Customer Support Lead",
        sender="Workable <noreply@candidates.workablemail.com>",
        subject="Update on your application",
        body="Position: Customer Support Lead\nCompany: Fablecloud\nStage: Interview\n\nThe hiring team will "
        "contact you soon.",
    ),
    row(
        "labels_after_a_bar",
        Status.OFFER,
        "Northgate",
        "Data Platform Engineer",
        sender="Careers <careers@northgate.io>",
        subject="Status change",
        body="Role | Data Platform Engineer\nCompany | Northgate\nStatus | Offer Extended\n",
    ),
    row(
        "a_position_filled_status",
        Status.REJECTED,
        "Fleetline Logistics",
        "Warehouse Associate",
        sender="iCIMS <noreply@icims.com>",
        subject="Application Status",
        body="Dear Sam,\nJob Title: Warehouse Associate\nCompany: Fleetline Logistics\nCurrent Status: "
        "Position Filled\n\nThank you for applying.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SUMMARIES)
def test_labelled_lines_give_the_employer_the_title_and_the_news(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


# A board's card without labels: the title, the employer, then a place, the news or nothing; or the
# employer heading it, the title, and the news closing it.
CARDS = [
    row(
        "an_application_for_a_title_sent_to_the_employer",
        Status.APPLIED,
        "Harlow Biosciences",
        "Research Associate II",
        sender="Monster <noreply@monster.com>",
        subject="Application Confirmation: Research Associate II",
        body="Thank you for applying!\nYour application for Research Associate II has been sent to Harlow "
        "Biosciences.\nHarlow Biosciences\nCambridge, MA 02139",
    ),
    row(
        "the_employer_received_your_application_and_a_one_line_card",
        Status.APPLIED,
        "Harlow Biosciences",
        "Research Associate II",
        sender="Snagajob <noreply@snagajob.com>",
        subject="Application received",
        body="Hi Sam,\nHarlow Biosciences received your application for Research Associate II.\nHarlow "
        "Biosciences • Cambridge, MA\nWe'll let you know when the employer responds.",
    ),
    row(
        "a_card_closed_by_the_next_sentence",
        Status.APPLIED,
        "Fleetline Logistics",
        "Warehouse Associate",
        sender="Indeed <indeedapply@indeed.com>",
        subject="Indeed Application: Warehouse Associate",
        body="Application submitted\nWarehouse Associate\nFleetline Logistics\n\nThe employer will contact "
        "you if they want to move forward.\nNext steps",
    ),
    row(
        "a_card_with_a_us_place_under_a_title_the_subject_does_not_name",
        Status.APPLIED,
        "Fleetline Logistics",
        None,
        sender="Indeed <indeedapply@indeed.com>",
        subject="Application submitted",
        body="Your application has been submitted\n\nWarehouse Associate\nFleetline Logistics\nReno, NV\n\n"
        "View your applications",
    ),
    row(
        "a_card_headed_by_the_employer_and_closed_by_its_news",
        Status.REJECTED,
        "Fleetline Logistics",
        "Warehouse Associate",
        sender="Indeed <noreply@indeed.com>",
        subject="An update on your application",
        body="Fleetline Logistics\nWarehouse Associate\nNot selected by employer\nThe employer has decided "
        "not to move forward with your application.",
    ),
]


@pytest.mark.parametrize(
    "card_line", ["Fleetline Logistics · Reno, NV (On-site)", "Fleetline Logistics - Reno, NV"]
)
def test_a_cards_place_in_nevada_is_no_legal_form_of_the_employer(card_line):
    """A last line "X · Reno, NV" was read as a Dutch "NV" signing "X · Reno"."""
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed by Fleetline Logistics",
        body=f"Fleetline Logistics viewed your application\nSupply Chain Analyst\n{card_line}\nGood luck!",
    )
    assert result.company == "Fleetline Logistics"


@pytest.mark.parametrize(("mail", "status", "company", "title"), CARDS)
def test_a_boards_card_gives_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
