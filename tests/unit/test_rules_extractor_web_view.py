"""HTML-only mail whose layout opens with a link to its web version (invented mail).

Marketing and ATS layouts put "View in browser" (or "Having trouble viewing this email?", "E-Mail im
Browser anzeigen", "Voir la version en ligne") above everything. That line is the layout's chrome:
the reading drops it, so the line under it, where an ATS heads its mail with the employer's name or a
banner's alt text names it, is read as the mail's first (bench/platform_swap.py's HTML-only transform).
"""

from email.message import EmailMessage as MimeMessage
from email.policy import SMTP

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application
from tracker.email_reading import parse_raw_email
from tracker.email_reading.cleanup import readable_body
from tracker.extraction import RulesExtractor
from tracker.models import Status


def html_only(web_view: str, sender: str, subject: str, *lines: str) -> dict:
    cells = "".join(f"<tr><td>{line}</td></tr>" for line in lines)
    html = (
        '<html><body><div style="display:none">Your application &zwnj;&nbsp;</div><table width="100%">'
        f'<tr><td align="right"><a href="https://mail.example.net/v/1">{web_view}</a></td></tr>{cells}'
        '<tr><td><a href="https://mail.example.net/u/1">Unsubscribe</a></td></tr></table></body></html>'
    )
    message = MimeMessage(policy=SMTP)
    message["From"], message["To"], message["Subject"] = sender, "robin@example.org", subject
    message.set_content(html, subtype="html")
    return {"raw": message.as_bytes()}


WEB_VIEW = [
    row(
        "an_ats_header_under_view_in_browser",
        Status.APPLIED,
        "Valdris",
        "Platform Engineer",
        **html_only(
            "View in browser",
            "Workable <noreply@candidates.workablemail.com>",
            "Your application for the Platform Engineer job was submitted successfully.",
            "Valdris",
            "Your application for the Platform Engineer job was submitted successfully.",
        ),
    ),
    row(
        "a_banner_under_view_this_email_in_your_browser",
        Status.APPLIED,
        "Tarnmoor Water",
        "GIS Technician",
        **html_only(
            "View this email in your browser",
            "tarnmoor@myworkday.com",
            "Application Received for GIS Technician",
            "Tarnmoor Water Careers Banner Dear Robin, thank you for applying for the position of GIS "
            "Technician. You are one step closer to joining our team.",
        ),
    ),
    row(
        "an_ats_header_under_having_trouble_viewing",
        Status.REJECTED,
        "Corvid Analytics",
        "Data Analyst",
        **html_only(
            "Having trouble viewing this email? View it online.",
            "Greenhouse <no-reply@greenhouse.io>",
            "Your application for Data Analyst",
            "Corvid Analytics",
            "Thank you for applying for the Data Analyst role. Unfortunately, we will not be moving forward "
            "with your application.",
        ),
    ),
    row(
        "a_german_ats_header_under_im_browser_anzeigen",
        Status.APPLIED,
        "Lindholm Bau GmbH",
        None,
        **html_only(
            "E-Mail im Browser anzeigen",
            "Personio <noreply@personio.de>",
            "Deine Bewerbung",
            "Lindholm Bau GmbH",
            "Vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze.",
        ),
    ),
]

_RULES = RulesExtractor()


@pytest.mark.parametrize(("mail", "status", "company", "title"), WEB_VIEW)
def test_the_line_under_a_web_view_link_heads_the_mail(mail, status, company, title):
    assert_reads_application(_RULES.extract(parse_raw_email(mail["raw"])), status, company, title)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for applying online at Corvid Analytics.\nWe will review your application.",
        "Your browser is out of date.\nPlease update it to use the portal.",
    ],
)
def test_a_first_line_that_only_mentions_browsers_or_online_is_kept(text):
    assert readable_body(text) == text
