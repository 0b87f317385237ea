"""A recruiter's desk, division or sector after their post on one signature line, the organisation signing on
the line below (invented mail): "Senior Recruiter - <sector>" over "<firm> Ltd". The desk is no employer; the
organisation under it is, in every language's signature; a post's line naming the organisation itself is read
as before."""

import pytest

from tests.extraction_support import extract


def _body(greeting: str, news: str, valediction: str, *signature: str) -> str:
    return f"{greeting}\n\n{news}\n\n{valediction}\n" + "\n".join(signature)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # an agency's sector desk after a dash, its legal name below
            "Ollie Brandreth <ollie.b@harbinvalestaffing.example.co.uk>",
            "Update on your application - Marine Surveyor",
            _body(
                "Hi Jonah,",
                "Unfortunately the hiring manager has decided not to take your application further for the "
                "Marine Surveyor role.",
                "Best regards,",
                "Ollie Brandreth",
                "Senior Recruiter - Ports & Maritime",
                "Harbinvale Staffing Ltd",
                "+44 20 7946 0811",
            ),
            "Harbinvale Staffing Ltd",
        ),
        (  # a staffing firm's division after a comma, its town below
            "Dana Quist <dquist@corrowick.example.com>",
            "Interview - Charge Nurse",
            _body(
                "Hi Lena,",
                "Great news: I'd like to set up an interview with you for the Charge Nurse position.",
                "Thanks,",
                "Dana Quist",
                "Recruiter, Nursing Division",
                "Corrowick Health Staffing",
                "Denver, CO",
            ),
            "Corrowick Health Staffing",
        ),
        (  # a German agency's area after a bar
            "Frauke Lindqvist <f.lindqvist@velmhoff.example.de>",
            "Ihre Bewerbung als Pflegefachkraft",
            _body(
                "Hallo Herr Brandt,",
                "vielen Dank für Ihre Bewerbung als Pflegefachkraft. Gerne möchte ich Sie zu einem "
                "Kennenlernen am Dienstag einladen.",
                "Viele Grüße",
                "Frauke Lindqvist",
                "Recruiterin | Pflege & Soziales",
                "Velmhoff Personal GmbH",
            ),
            "Velmhoff Personal GmbH",
        ),
        (  # a Dutch agency's desk, its town below
            "Sem Duijvestein <sem@kwastmeijer.example.nl>",
            "Je sollicitatie als Havenplanner",
            _body(
                "Hoi Lieke,",
                "Bedankt voor je sollicitatie als Havenplanner. Helaas hebben we besloten je niet uit te "
                "nodigen voor een gesprek.",
                "Met vriendelijke groet,",
                "Sem Duijvestein",
                "Senior Recruiter - Havens & Scheepvaart",
                "Kwastmeijer Uitzendgroep",
                "Rotterdam",
            ),
            "Kwastmeijer Uitzendgroep",
        ),
        (  # an in-house partner's division, the firm's "&" name below
            "Priya Balan <priya@oakhurstpell.example.com>",
            "Your application - Store Manager",
            _body(
                "Dear Tom,",
                "Thank you for applying for the Store Manager role. We would like to invite you to a first "
                "interview next week.",
                "Kind regards,",
                "Priya Balan",
                "Talent Acquisition Partner, Retail Division",
                "Oakhurst & Pell",
            ),
            "Oakhurst & Pell",
        ),
    ],
    ids=["en-desk-after-a-dash", "en-division-after-a-comma", "de-area-after-a-bar", "nl-desk", "en-partner"],
)
def test_organisation_below_a_recruiters_desk_is_the_employer(sender, subject, body, employer):
    assert extract(sender=sender, subject=subject, body=body).company == employer


def test_post_line_naming_the_organisation_written_again_below_keeps_it():
    """A guard: "Recruiter, <firm>" over the firm's legal name is one organisation written twice."""
    reading = extract(
        sender="Ruth Kell <ruth@brindlecroft.example.com>",
        subject="Interview invitation",
        body=_body(
            "Hi Sam,",
            "We would like to invite you to an interview on Monday at 10am.",
            "Best,",
            "Ruth Kell",
            "Recruiter, Brindlecroft Labs",
            "Brindlecroft Labs Ltd",
        ),
    )
    assert reading.company == "Brindlecroft Labs"
