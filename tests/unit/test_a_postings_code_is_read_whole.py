"""A posting's code written as one token of parts after the title (invented mail, several writers and
languages): "[QVN-OPS-0419]", "(Job Code: TRL/FIN/2026/118)", "(Código: PT/MNT/2026/77)",
"(Kennung: LOG/NRW/2026/48)" are no part of the post, whole, not only their last part; nor is such a
code, alone in a subject, an employer.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.extraction.title_code_tokens import without_code_token

_RULES = RulesExtractor()


def _title(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).job_title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Quillvane Optics <no-reply@smartrecruiters.com>",
            "Schedule your interview with Quillvane Optics",
            "Hi Ula,\n\nFollowing a review of your application for Demand Planner (m/f/d) [QVN-OPS-0419], "
            "we would like to invite you to a first interview.\n\nBest regards,\nTalent Acquisition\n"
            "Quillvane Optics",
            "Demand Planner (m/f/d)",
        ),
        (
            "Tarrowleaf Careers <noreply@darwinbox.in>",
            "Online Assessment | Tarrowleaf Foods",
            "Dear Pranesh,\n\nAs the next step in the selection process for the role of Treasury Officer "
            "(Job Code: TRL/FIN/2026/118), you are requested to complete an online assessment.\n\n"
            "Best wishes,\n"
            "Talent Acquisition Team\nTarrowleaf Foods Limited",
            "Treasury Officer",
        ),
        (
            "Recrutamento Vidrobela <recrutamento@vidrobela.pt>",
            "Candidatura recebida",
            "Olá Tiago,\n\nConfirmamos a receção da sua candidatura para a vaga de Técnico de Manutenção "
            "Industrial (Código: PT/MNT/2026/77).\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\n"
            "Vidrobela, S.A.",
            "Técnico de Manutenção Industrial",
        ),
        (
            "Kelmscheid Logistik <karriere@kelmscheid-logistik.de>",
            "Ihre Bewerbung als Disponent (m/w/d) (Kennung: LOG/NRW/2026/48)",
            "Sehr geehrte Frau Oberholz,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns in den nächsten "
            "zwei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
            "Disponent (m/w/d)",
        ),
    ],
)
def test_a_code_of_parts_after_the_title_is_cut_whole(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert _title(sender, subject, body) == title


@pytest.mark.parametrize(
    "title",
    [
        "Sales Lead (B2B/B2C)",
        "Teacher (2026-27)",
        "Auditor (ISO 9001)",
        "Engineer (COVID-19)",
        "Aide (m/f/d)",
    ],
)
def test_a_bracket_of_the_posts_own_is_no_code(title: str) -> None:
    assert without_code_token(title) == (title, None)


def test_a_code_alone_keeps_no_title_of_its_own() -> None:
    assert without_code_token("[QVN-OPS-0419]") == ("[QVN-OPS-0419]", None)


def test_a_code_of_parts_is_no_employer() -> None:
    email = email_from_fields(
        "m1",
        "Werving Haverzijl Groep <werving@haverzijlgroep.nl>",
        "2026-03-02T09:00:00Z",
        "Je sollicitatie: Planner Magazijn [NL-UTR-2231]",
        "Beste Sanne,\n\nBedankt voor je sollicitatie. We nemen binnen twee weken contact met je op.\n\n"
        "Met vriendelijke groet,\nTeam Werving",
    )
    reading = _RULES.extract(email)
    assert reading.company != "NL-UTR-2231"
