"""Where a post's name ends and which segment of a subject holds it (invented titles and mail): a step's
name in brackets of any language goes whole, a US contract's bracket goes whole whatever it adds to the tax
form, thanks that go on to the reader's own matter ("and your patience") end the post, and a subject's
segment after the news or before a step's bracket is the post whatever its words.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.bracket_steps import without_bracketed_step
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Reporting Analyst (Recruitment Call)", "Reporting Analyst"),
        ("Serveur (Entretien)", "Serveur"),
        ("Lagerist (Vorstellungsgespräch)", "Lagerist"),
        ("Receptionist (Sollicitatiegesprek)", "Receptionist"),
        ("Cuoco (Colloquio)", "Cuoco"),
    ],
)
def test_a_step_named_in_brackets_in_any_language_is_no_part_of_the_post(raw: str, title: str) -> None:
    assert without_bracketed_step(raw) == title


def test_a_role_in_brackets_stays() -> None:
    assert without_bracketed_step("Coordinator (Case Manager)") == "Coordinator (Case Manager)"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Python Developer (W2 contract to perm)", "Python Developer"),
        ("Test Engineer (1099 / C2C)", "Test Engineer"),
        ("Linux Admin (C2H, W2 only)", "Linux Admin"),
        ("Cloud Engineer (W2)", "Cloud Engineer"),
    ],
)
def test_a_us_contracts_bracket_goes_whole(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Hello Ruth,\n\nthank you for applying for the Payroll Analyst role and your patience while we "
            "reviewed applications. We would like to invite you to an interview on Monday.\n\nRedmill",
            "Payroll Analyst",
        ),
        (
            "Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung als Bürokauffrau (m/w/d) und Ihre "
            "Geduld. Gerne laden wir Sie zu einem Gespräch am Dienstag ein.\n\nKerner Metall",
            "Bürokauffrau (m/w/d)",
        ),
        (
            "Bonjour,\n\nMerci pour votre candidature pour le poste de Gestionnaire de paie et votre "
            "disponibilité. Nous souhaitons vous rencontrer jeudi.\n\nSociété Garnier",
            "Gestionnaire de paie",
        ),
        (
            "Hola Eva,\n\nGracias por tu candidatura al puesto de Técnico de calidad y tu paciencia durante "
            "el proceso. Nos gustaría hacerte una entrevista el lunes.\n\nMetales Ruiz",
            "Técnico de calidad",
        ),
    ],
)
def test_thanks_going_on_to_the_readers_own_matter_end_the_post(body: str, title: str) -> None:
    assert extract(body=body, subject="Your application").job_title == title


def test_the_subjects_segment_after_the_news_is_the_post_whatever_its_words() -> None:
    result = extract(
        subject="Ihre Bewerbung: Duales Studium Elektrotechnik (B.Sc.) 2027",
        body="Hallo,\n\nwir haben Ihre Unterlagen erhalten und melden uns.\n\nIhr Ausbildungsteam",
        sender="Werk Süd <bewerbung@werk-sued.de>",
    )
    assert result.job_title == "Duales Studium Elektrotechnik (B.Sc.) 2027"


def test_a_step_after_the_news_is_no_post() -> None:
    result = extract(
        subject="Ihre Bewerbung: Final Round",
        body="Hallo,\n\nwir haben Ihre Unterlagen erhalten und melden uns.\n\nIhr Team",
        sender="Werk Süd <bewerbung@werk-sued.de>",
    )
    assert result.job_title is None


@pytest.mark.parametrize("subject", ["Candidatura - Rif. VLT/2026/03", "Ihre Bewerbung: Kennziffer 2026-07"])
def test_a_postings_reference_after_the_news_is_no_post(subject: str) -> None:
    result = extract(
        subject=subject,
        body="Hallo,\n\nwir haben Ihre Unterlagen erhalten und melden uns.\n\nIhr Team",
        sender="Werk Süd <bewerbung@werk-sued.de>",
    )
    assert result.job_title is None


def test_a_subjects_segment_before_a_steps_bracket_is_the_post_whatever_its_words() -> None:
    result = extract(
        subject="Billing Coder III (Initial Screening Call) - Confirmation",
        body="Hi Ken,\n\nYour call is confirmed for Tuesday at 3pm.\n\nFernside Health",
        sender="Fernside Health <no-reply@fernside.icims.com>",
    )
    assert result.job_title == "Billing Coder III"
