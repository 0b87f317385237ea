"""An employer read from a sender's domain or ATS tenant is shown the way the email spells it.

"silverpinehealth.com" runs the words together; when the subject, body or display name spells the same
letters as a capitalised phrase ("Silverpine Health", "SILVERPINE HEALTH LLC"), that spelling is used.
"""

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage


def company_of(body: str = "", subject: str = "", sender: str = "") -> str | None:
    email = EmailMessage(message_id="m1", sender=sender, subject=subject, body=body)
    return RulesExtractor().extract(email).company


def test_domain_label_takes_the_spelling_of_the_subject():
    company = company_of(
        sender="Tomo Ito <tomo.ito@silverpinehealth.com>",
        subject="Interview confirmed: Care Data Analyst - Silverpine Health - Thu Jun 4, 3pm",
    )
    assert company == "Silverpine Health"


def test_domain_label_takes_the_spelling_of_a_signature():
    company = company_of(
        sender="Tomo Ito <tomo.ito@silverpinehealth.com>",
        subject="Take-home exercise for the Care Data Analyst role",
        body="Hi Sam,\nPlease complete the attached take-home exercise by Friday.\nThanks,\nTomo Ito\n"
        "Head of Analytics | Silverpine Health Inc",
    )
    assert company == "Silverpine Health Inc"


def test_an_all_caps_legal_name_is_kept_as_written():
    company = company_of(
        sender="Tomo Ito <tomo.ito@silverpinehealth.com>",
        subject="Re: Scheduling your interview with SILVERPINE HEALTH LLC",
        body="Hi Sam,\nThursday at 3pm works. Talk soon.\nTomo",
    )
    assert company == "SILVERPINE HEALTH LLC"


def test_an_address_or_a_link_is_not_a_spelling():
    company = company_of(
        sender="Tomo Ito <tomo.ito@silverpinehealth.com>",
        subject="Next steps",
        body="Hi Sam,\nWe'd like to invite you to an interview. Book a slot at "
        "https://silverpinehealth.com/book or write to jobs@silverpinehealth.com.\nTomo",
    )
    assert company == "Silverpinehealth"


def test_ats_tenant_takes_the_spelling_of_the_body():
    company = company_of(
        sender="Careers <harborlane@myworkday.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying. We have received your application for Store Planner.\n"
        "© 2026 Harbor Lane. All rights reserved.",
    )
    assert company == "Harbor Lane"
