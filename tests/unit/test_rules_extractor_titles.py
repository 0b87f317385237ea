"""Job titles stated where the rules used to miss them: job-board cards, scheduling, offers, exercises.

The title is the role as the email states it, without the employer, ids or locations; what belongs to
the role's name (a gender marker such as "(m/w/d)") stays.
"""

from tests.extraction_support import extract
from tracker.email_reading import parse_raw_email
from tracker.extraction import RulesExtractor
from tracker.models import Status
from tracker.names import same_title


def html_email(html: str, subject: str, sender: str):
    raw = (
        f"From: {sender}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n\r\n'
    ).encode() + html.encode()
    return RulesExtractor().extract(parse_raw_email(raw))


def test_job_board_card_with_the_title_on_its_own_line_above_employer_and_place():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Sam, your application was sent to Harbor Lane",
        body="Your application was sent to Harbor Lane\nHarbor Lane\nStore Operations Planner\n"
        "Harbor Lane · Austin, TX (Hybrid)\nApplied on May 2, 2026\nSimilar jobs\nFloor Lead\n"
        "Pellucid Labs · Remote",
    )
    assert same_title(result.job_title, "Store Operations Planner"), result.job_title


def test_application_viewed_card_with_title_and_employer_on_one_line():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Your application was viewed by Harbor Lane",
        body="Your application was viewed by Harbor Lane\n"
        "Store Operations Planner: Harbor Lane · Austin, TX\n",
    )
    assert result.status is Status.APPLIED
    assert same_title(result.job_title, "Store Operations Planner"), result.job_title


def test_html_card_whose_title_and_employer_cells_share_a_row():
    html = (
        "<html><body><h2>Your application was sent to Harbor Lane</h2><table><tr>"
        '<td style="color:#666">Store Operations Planner</td><td><b>Harbor Lane · Austin, TX</b></td>'
        "</tr></table><p>Applied on May 2, 2026</p></body></html>"
    )
    result = html_email(
        html, "Your application was sent to Harbor Lane", "LinkedIn <jobs-noreply@linkedin.com>"
    )
    assert same_title(result.job_title, "Store Operations Planner"), result.job_title


def test_scheduling_mail_states_the_role_after_the_step():
    result = extract(
        sender="Dev Mehta <dev.mehta@corbel.io>",
        subject="Next steps with Corbel Analytics",
        body="Hi Sam,\nThe team enjoyed your application and would like a video interview for Analytics "
        "Engineer, Platform. Does Thursday work?\nDev",
    )
    assert same_title(result.job_title, "Analytics Engineer, Platform"), result.job_title


def test_offer_to_join_the_employer_as_a_role():
    result = extract(
        sender="Rae Kim <rae.kim@copperfield.io>",
        subject="Your offer from Copperfield",
        body="Hi Sam,\nWonderful news: we're extending you an offer to join Copperfield as Staff Data "
        "Engineer.\n"
        "The letter with the details is attached.\nRae",
    )
    assert result.status is Status.OFFER
    assert same_title(result.job_title, "Staff Data Engineer"), result.job_title


def test_offer_for_the_position_of_a_role():
    result = extract(
        sender="Talent <talent@pellucidlabs.io>",
        subject="Offer",
        body="Dear Sam,\nWe are delighted to extend an offer for the position of Lead Product Designer at "
        "Pellucid Labs.\n",
    )
    assert result.status is Status.OFFER
    assert same_title(result.job_title, "Lead Product Designer"), result.job_title


def test_exercise_for_a_role_whose_name_has_a_comma():
    result = extract(
        sender="Bea Lindahl <bea.lindahl@fernbrook.com>",
        subject="Fernbrook Bank: technical exercise",
        body="Hello Sam,\nFor your application for Quant Analyst, Rates, we'd like you to work through a "
        "short technical exercise this week.\nBea",
    )
    assert result.status is Status.ASSESSMENT
    assert same_title(result.job_title, "Quant Analyst, Rates"), result.job_title


def test_french_title_in_guillemets_after_le_poste():
    result = extract(
        sender="Recrutement Maison Verde <rh@maisonverde.fr>",
        subject="Votre candidature",
        body="Bonjour Sam,\nMerci pour votre candidature au poste « Chargée de communication ». Nous "
        "avons bien reçu votre dossier.\nL'équipe Maison Verde",
    )
    assert result.job_title == "Chargée de communication"


def test_gender_marker_stays_in_the_title():
    result = extract(
        sender="Saltmarsh Gesundheit - Recruiting <jobs@saltmarsh.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung - Datenanalyst (m/w/d)",
        body="Guten Tag Sam Okoro,\nvielen Dank für Ihre Bewerbung als Datenanalyst (m/w/d). Wir melden uns.",
    )
    assert result.job_title == "Datenanalyst (m/w/d)"


def test_subject_segment_naming_the_employer_is_not_part_of_the_title():
    result = extract(
        sender="Harbor Lane Careers <harborlane-careers@icims.com>",
        subject="Thank you for applying to Harbor Lane Inc - Store Planner (Job ID 2026-118)",
        body="Dear Sam,\nThanks for your interest in Harbor Lane Inc.\n",
    )
    assert result.job_title == "Store Planner"
    assert result.requisition_id == "2026-118"


def test_request_words_before_for_are_not_part_of_the_title():
    result = extract(
        sender="Ines Duarte <no-reply@greenhouse.io>",
        subject="Interview availability request for Staff Engineer at Ostrander Robotics",
        body="Hi Sam,\nPlease share a few times that suit you.\nThe Ostrander Robotics Recruiting Team",
    )
    assert result.job_title == "Staff Engineer"


def test_update_regarding_a_role_with_its_requisition_number():
    result = extract(
        sender="Nettlefield Energy <no-reply.nettlefieldenergy@fa.oraclecloud.com>",
        subject="Update regarding Grid Analyst (41233)",
        body="Dear Sam,\nYour application is still under review; thank you for your patience.",
    )
    assert result.job_title == "Grid Analyst"
    assert result.requisition_id == "41233"
