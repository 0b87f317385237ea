"""Boards for one trade or one kind of seeker (a nurses' marketplace, a tech board, a graduates' board) and
more systems are platforms: their names are senders, never the employer, and the employer is the one the
mail names. A marketplace relays the employer's step in a sentence the employer opens ("X wants to interview
you", "X has closed your interview process"), in each language read."""

import pytest

from tests.extraction_support import extract
from tracker.extraction import platforms
from tracker.extraction.board_sentences import relayed_employers
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status


@pytest.mark.parametrize(
    ("board", "address"),
    [
        ("Incredible Health", "team@incrediblehealth.com"),
        ("Vivian Health", "applications@vivian.com"),
        ("Landing.jobs", "hello@landing.jobs"),
        ("Milkround", "noreply@mail.milkround.com"),
        ("CharityJob", "alerts@charityjob.co.uk"),
        ("HiBob", "no-reply@hibob.com"),
    ],
)
def test_a_trade_boards_or_systems_name_is_a_platform(board: str, address: str) -> None:
    sender = extract("Hi", subject="Hello", sender=f"{board} <{address}>")
    assert sender.company != board
    assert platforms.is_platform_name(board)


def test_a_tech_boards_receipt_names_the_employer_not_the_board() -> None:
    result = extract(
        "Hi Tomás,\n\nYour application for Backend Engineer at Brindlewick Systems has been submitted!\n\n"
        "Our team will review it and share it with Brindlewick Systems if it's a good fit.\n\n"
        "The Landing.jobs team",
        subject="Application submitted: Backend Engineer @ Brindlewick Systems",
        sender="Landing.jobs <hello@landing.jobs>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Brindlewick Systems"


@pytest.mark.parametrize(
    ("subject", "sentence", "status"),
    [
        ("A new request", "Orchard Lake Clinic wants to interview you for Night Nurse.", Status.INTERVIEW),
        ("A new request", "Orchard Lake Clinic sent you an interview request.", Status.INTERVIEW),
        ("An update", "Orchard Lake Clinic has closed your interview process.", Status.REJECTED),
    ],
)  # fmt: skip
def test_a_marketplace_relays_the_employers_step(subject: str, sentence: str, status: Status) -> None:
    result = extract(
        f"Hi Dana,\n\n{sentence}\n\nView it on your dashboard.\n\nThe Incredible Health Team",
        subject=subject,
        sender="Incredible Health <notifications@incrediblehealth.com>",
    )
    assert result.company == "Orchard Lake Clinic"
    assert result.status is status


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("Clínica Sete Rios quer te entrevistar para a vaga de Enfermeira.", "Clínica Sete Rios"),
        ("Clinica San Vito vuole conoscerti per la posizione di Infermiere.", "Clinica San Vito"),
        ("Clínica Los Olmos quiere entrevistarte para el puesto de Enfermera.", "Clínica Los Olmos"),
        ("Klinik Sonnenhang möchte Sie kennenlernen.", "Klinik Sonnenhang"),
        ("Clinique Bellevue souhaite vous rencontrer pour le poste d'infirmier.", "Clinique Bellevue"),
        ("Kliniek Lindenhof wil je graag spreken over de functie.", "Kliniek Lindenhof"),
    ],
)
def test_the_employers_step_relayed_in_each_language_names_the_employer(sentence: str, employer: str) -> None:
    email = prepare(
        EmailMessage(message_id="m", sender="Healthboard <noreply@nurse.com>", subject="News", body=sentence)
    )
    assert relayed_employers(email) == [employer]


def test_a_marketplaces_relayed_closing_above_its_matching_jobs_is_the_applications_news() -> None:
    result = extract(
        "Hi Jo,\n\nHarrow Heart & Lung Institute has closed your interview process for Night Charge Nurse. "
        "Employers close processes for many reasons.\n\nThe good news: 3 other employers in Dallas are "
        "hiring for charge nurse roles.\n\nSee matching jobs\n\nThe Incredible Health Team",
        subject="An update from Harrow Heart & Lung Institute",
        sender="Incredible Health <notifications@incrediblehealth.com>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED
    assert result.company == "Harrow Heart & Lung Institute"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Night Nurse RN job you applied to with Harrow Valley Staffing has been filled.",
        "The Night Nurse RN position you applied for at Harrow Valley Staffing is no longer open.",
        "Unfortunately the Night Nurse RN role you applied to with Harrow Valley Staffing was closed.",
    ],
)
def test_a_boards_update_names_the_employer_the_post_was_applied_to_with(sentence: str) -> None:
    result = extract(
        f"Hi Jo,\n\n{sentence}\n\nHere are similar jobs you might like:\n- Travel ICU RN - Waco\n\nView jobs",
        subject="Job update: Night Nurse RN in Plano, TX",
        sender="Vivian Health <applications@vivian.com>",
    )
    assert result.company == "Harrow Valley Staffing"
    assert result.job_title == "Night Nurse RN"


def test_a_listed_system_hiring_for_itself_is_the_employer() -> None:
    result = extract(
        "Hi Ana,\n\nThank you for applying to the Product Designer role at HiBob. We've received your "
        "application; the team will look it over.\n\nThe HiBob Talent Team",
        subject="Your application to HiBob",
        sender="HiBob Talent <no-reply@hibob.com>",
    )
    assert result.company == "HiBob"
