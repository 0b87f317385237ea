"""What a sender or a signature writes beside the employer is no employer (invented names and mail).

- A platform's own name opening its display name, then its country's site or its product ("Indeed
  España", "StepStone Österreich", "InfoJobs Italia", "LinkedIn Brasil", "SHL Talent Central"): the
  platform's own, never the employer it sends for ("Acme via Workday" names it after the platform).
- A writer's post beside the organisation on a signature's line ("Principal | Keel Talent Group",
  "Socia – Grupo Talento Sur"): the organisation, whose name holds a hiring word, signs; the post never does.
- A team line whose words name no organisation ("Early Careers Team", "Partner Recruitment",
  "Graduate Recruitment"): the organisation signs on the next line.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.display_names import display_employer
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _company(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).company


@pytest.mark.parametrize(
    "display",
    ["Indeed España", "StepStone Österreich", "InfoJobs Italia", "LinkedIn Brasil", "SHL Talent Central"],
)
def test_a_platforms_site_or_product_names_no_employer(display):
    assert display_employer(display, "no-reply") is None


@pytest.mark.parametrize(("display", "employer"), [("Brackwell Foods via Workday", "Brackwell Foods")])
def test_the_employer_before_its_platform_still_names_it(display, employer):
    assert display_employer(display, "no-reply") == employer


@pytest.mark.parametrize(
    ("sender", "subject", "body", "company"),
    [
        (
            "Indeed España <no-reply@indeed.com>",
            "Candidatura enviada: Técnico de Almacén - Logística Orvalle S.L.",
            "Hola Marta,\n\nTu candidatura se ha enviado correctamente.\n\nEl equipo de Indeed",
            "Logística Orvalle S.L.",
        ),
        (
            "StepStone Österreich <no-reply@stepstone.at>",
            "Ihre Bewerbung: Buchhalter (m/w/d) - Kaltenbrunner Bau GmbH",
            "Hallo Jonas,\n\nIhre Bewerbung wurde erfolgreich versendet.\n\nIhr StepStone Team",
            "Kaltenbrunner Bau GmbH",
        ),
        (
            "Brynn Holloway <brynn@keeltalent.com>",
            "Thursday interview - Senior Platform Engineer",
            "Hi Omar,\n\nThe client would like to meet you on Thursday at 2 PM for a first interview.\n\n"
            "Let me know if the time works.\n\nBest,\nBrynn\n\nBrynn Holloway\n"
            "Principal | Keel Talent Group\n[phone]",
            "Keel Talent Group",
        ),
        (
            "Inés Barroso <ines.barroso@talentosur.es>",
            "Entrevista - Jefe de Obra",
            "Hola Pablo,\n\nEl cliente quiere conocerte el martes a las 10:00 para una entrevista.\n\n"
            "Un saludo,\nInés\n\nInés Barroso\nSocia | Grupo Talento Sur\n[phone]",
            "Grupo Talento Sur",
        ),
        (
            "SHL Talent Central <no-reply@shl.com>",
            "Complete your online assessment",
            "Dear Sam,\n\nThank you for applying to the Trainee Surveyor programme. Please complete the "
            "online assessment by Friday.\n\nKind regards,\n\nEarly Careers Team\nEllery Fenn Surveyors\n",
            "Ellery Fenn Surveyors",
        ),
        (
            "Recruiting <no-reply@greenhouse.io>",
            "Thanks for applying",
            "Dear Sam,\n\nThank you for applying for the Store Assistant role. We'll review your application "
            "within ten days.\n\nBest wishes,\nPartner Recruitment\nHollins & Partners\n",
            "Hollins & Partners",
        ),
    ],
)
def test_the_organisation_beside_a_post_or_a_platforms_site_is_read(sender, subject, body, company):
    assert _company(sender, subject, body) == company
