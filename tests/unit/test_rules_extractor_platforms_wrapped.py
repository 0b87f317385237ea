"""Mail hard-wrapped at 72 or 76 columns by its sender's client or ATS (invented mail).

The rules read a phrase within a line; a wrap in its middle ("we have decided to move forward with\nother
candidates", "the Senior Quality\nInspector position") hid the decision, the employer or the title.
The body's wrapped sentences are joined again before the rules read it (email_reading.cleanup
.unwrap_lines; bench/platform_swap.py's "wrapped" transform measures it on the dev set), while a board's
card lines, a list under a sentence and a sign-off stay on their lines.
"""

import textwrap

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status


def _wrapped(text: str, width: int = 76) -> str:
    """`text` hard-wrapped at `width` columns, paragraph by paragraph, as a plain-text client sends it."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)) if line else ""
        for line in text.split("\n")
    )


WRAPPED = [
    row(
        "a_confirmation_whose_title_runs_over_the_wrap",
        Status.APPLIED,
        "Harbison Tools",
        "Senior Quality Inspector",
        sender="Harbison Tools Careers <careers@harbisontools.com>",
        subject="Thank you for applying",
        body=_wrapped(
            "Dear Robin,\n\nThank you for applying for the Senior Quality Inspector position "
            "at Harbison Tools. We've received your application; the team will "
            "look it over soon.\n\nBest regards,\nHarbison Tools Talent Team"
        ),
    ),
    row(
        "a_rejection_whose_decision_runs_over_the_wrap",
        Status.REJECTED,
        "Ostrava Foods",
        "Production Planner",
        sender="Ostrava Foods <jobs@ostravafoods.com>",
        subject="Your application",
        body=_wrapped(
            "Hi Robin,\n\nThank you for your interest in the Production Planner role and for "
            "the time you invested in the process. After a close look at all applications we "
            "have decided to continue with other candidates whose background is a closer match "
            "for what we need.\n\nKind regards,\nOstrava Foods Recruiting",
            72,
        ),
    ),
    row(
        "an_interview_invitation_wrapped_at_72",
        Status.INTERVIEW,
        "Corvane",
        "Field Service Technician",
        sender="Lena Brooks <lena.brooks@corvane.com>",
        subject="Next steps",
        body=_wrapped(
            "Hi Robin,\n\nThanks again for your application for the Field Service Technician "
            "opening. We would like to invite you to an interview with our service manager "
            "next week. Could you let me know which of these times suits you: Tuesday at 10:00 "
            "or Wednesday at 14:00?\n\nBest,\nLena Brooks\nRecruiter, Corvane",
            72,
        ),
    ),
    row(
        "an_ats_text_part_wrapped_at_76_with_the_employer_after_the_wrap",
        Status.APPLIED,
        "Tallowfield Mutual Insurance",
        "Claims Adjuster Trainee",
        sender="Workday <tallowfield@myworkday.com>",
        subject="Application received",
        body=_wrapped(
            "Hello Robin,\n\nThank you for your interest in career opportunities with "
            "Tallowfield Mutual Insurance. We successfully received your application for the "
            "position Claims Adjuster Trainee and will review it carefully."
        ),
    ),
    row(
        "a_withdrawn_requisition_wrapped",
        Status.WITHDRAWN,
        "Pellham Group",
        "Junior Accountant",
        sender="Pellham Group <no-reply@pellhamgroup.com>",
        subject="Update regarding your application",
        body=_wrapped(
            "Dear Robin,\n\nWe are writing to let you know that the Junior Accountant position "
            "you applied for has been cancelled and will not be filled at this time. We "
            "appreciate your interest in Pellham Group and encourage you to apply for future "
            "openings.\n\nSincerely,\nPellham Group Human Resources",
            72,
        ),
    ),
    row(
        "an_assessment_invitation_wrapped",
        Status.ASSESSMENT,
        "Marlowe Tiles",
        "Graduate Estimator",
        sender="Marlowe Tiles Recruitment <recruitment@marlowe-tiles.co.uk>",
        subject="Online assessment",
        body=_wrapped(
            "Dear Robin,\n\nThank you for your application for the Graduate Estimator role at "
            "Marlowe Tiles. As the next step in our process, we would like you to complete an "
            "online assessment within the next five days using the link "
            "below.\n\n"
            "https://assessments.marlowe-tiles.co.uk/start?t=8f3a2c9d7e6b5a4c3d2e1f0a9b8c7d6e5f\n\nMany "
            "thanks,\nMarlowe Tiles Recruitment"
        ),
    ),
    row(
        "an_offer_wrapped_at_72",
        Status.OFFER,
        "Brightwater Freight",
        "Logistics Coordinator",
        sender="Dana Whitfield <dana.whitfield@brightwaterfreight.com>",
        subject="Offer",
        body=_wrapped(
            "Hi Robin,\n\nI am delighted to let you know that we would like to offer you the "
            "position of Logistics Coordinator at Brightwater Freight. Your formal offer "
            "letter is attached; please review it and let us know if you have any "
            "questions.\n\nWarm regards,\nDana Whitfield\nHR Manager, Brightwater Freight",
            72,
        ),
    ),
    row(
        "a_german_confirmation_wrapped",
        Status.APPLIED,
        "Brandt Logistik GmbH",
        "Disponentin im Nahverkehr (m/w/d)",
        sender="Brandt Logistik GmbH <bewerbung@brandt-logistik.de>",
        subject="Ihre Bewerbung",
        body=_wrapped(
            "Sehr geehrte Frau Calder,\n\nvielen Dank für Ihre Bewerbung als Disponentin im "
            "Nahverkehr (m/w/d) bei der Brandt Logistik GmbH. Wir haben Ihre Unterlagen "
            "erhalten und werden uns nach sorgfältiger Prüfung bei Ihnen melden.\n\nMit "
            "freundlichen Grüßen\nBrandt Logistik GmbH",
            72,
        ),
    ),
    row(
        "a_french_rejection_wrapped",
        Status.REJECTED,
        "Maison Berthier",
        "Responsable Logistique",
        sender="Maison Berthier <recrutement@maisonberthier.fr>",
        subject="Votre candidature",
        body=_wrapped(
            "Bonjour Robin,\n\nNous vous remercions pour l'intérêt que vous portez à Maison "
            "Berthier et pour votre candidature au poste de Responsable Logistique. Après une "
            "étude attentive de votre dossier, nous sommes au regret de vous informer que nous "
            "ne pouvons pas y donner une suite favorable.\n\nBien cordialement,\nL'équipe "
            "Recrutement de Maison Berthier"
        ),
    ),
    row(
        "a_board_card_kept_on_its_lines",
        Status.APPLIED,
        "Allbright Brands",
        "Warehouse Associate",
        sender="Jobvessel <alerts@jobvessel.com>",
        subject="Application submitted: Warehouse Associate",
        body="Application submitted\nWarehouse Associate\nAllbright Brands - Reno, NV\nThe following "
        "items were sent to Allbright Brands. Good luck with your application, and keep an eye\non "
        "your inbox for a reply from the employer.",
    ),
    row(
        "a_list_under_a_wrapped_sentence_kept_as_items",
        Status.INTERVIEW,
        "Fennick Dental",
        "Dental Assistant",
        sender="Fennick Dental <careers@fennickdental.com>",
        subject="Interview details",
        body="Hi Robin,\n\nWe would like to invite you to an in-person interview for the "
        "Dental\nAssistant position at our Denver office. Please bring the following with\nyou:\n- "
        "a photo ID\n- your certification documents\n- a list of references\n\nThanks,\nFennick "
        "Dental",
    ),
    row(
        "a_short_reply_wrapped_at_72_over_two_lines",
        Status.REJECTED,
        "Tessaro Labs",
        "Data Engineer",
        sender="Tessaro Labs <jobs@tessarolabs.com>",
        subject="Your application to Tessaro Labs",
        body=_wrapped(
            "Unfortunately, we will not be progressing your application for the Data "
            "Engineer role at this time.",
            72,
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), WRAPPED)
def test_a_hard_wrapped_mail_reads_as_its_unwrapped_text(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
