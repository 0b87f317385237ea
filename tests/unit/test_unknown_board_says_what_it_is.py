"""A board no list knows says what it is in its footer ("Jobzilo is a job platform", "Jobzilo é uma
plataforma de emprego", "Jobzilo ist eine Jobbörse"): its name is the sender's, never the employer, and the
employer is the organisation its mail names."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.board_voice import speaks_of_the_employer
from tracker.models import Kind


@pytest.mark.parametrize(
    "footer",
    [
        "Jobzilo is a job platform for people who build software.",
        "Jobzilo is the leading talent marketplace for engineers.",
        "Jobzilo é uma plataforma de emprego para profissionais de tecnologia.",
        "Jobzilo est une plateforme de recrutement pour les ingénieurs.",
        "Jobzilo ist eine Jobbörse für Fachkräfte.",
        "Jobzilo es una bolsa de trabajo para ingenieros.",
        "Jobzilo is de vacaturesite voor technici.",
        "Jobzilo è un portale di lavoro per ingegneri.",
    ],
)
def test_a_footer_saying_the_sender_is_a_board_names_no_employer(footer: str) -> None:
    result = extract(
        f"Hi Ana,\n\nYour application for Data Analyst at Quintela Insurance has been sent.\n\nGood luck!\n\n"
        f"{footer}",
        subject="Application sent",
        sender="Jobzilo <noreply@jobzilo.io>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Quintela Insurance"


@pytest.mark.parametrize(
    "text",
    [
        "we are a family bakery and our site is open on sundays.",
        "the platform team will review your code sample.",
        "this is a great app for tracking your shifts.",
    ],
)
def test_an_employers_own_words_about_sites_and_apps_are_no_boards_voice(text: str) -> None:
    assert not speaks_of_the_employer(text)


def test_an_employer_describing_itself_as_something_else_keeps_its_name() -> None:
    result = extract(
        "Hi Ana,\n\nThank you for applying for Data Analyst at Quintela Insurance. We have received your "
        "application and will review it shortly.\n\nQuintela Insurance is a mutual insurer.",
        subject="Your application to Quintela Insurance",
        sender="Quintela Insurance <careers@quintelainsurance.com>",
    )
    assert result.company == "Quintela Insurance"


@pytest.mark.parametrize(
    "footer",
    [
        "You received this email because you applied through Jobzilo.",
        "You are receiving this message because you have an account on Jobzilo.",
        "You receive this notification because you signed up to Jobzilo.",
    ],
)
def test_a_footer_saying_the_reader_applied_through_the_sender_names_no_employer(footer: str) -> None:
    result = extract(
        f"Hi Ana,\n\nYour application for Data Analyst at Quintela Insurance has been sent.\n\n{footer}",
        subject="Application sent",
        sender="Jobzilo <noreply@jobzilo.io>",
    )
    assert result.company == "Quintela Insurance"


def test_a_spanish_board_on_no_list_speaking_of_the_employer_names_the_employer() -> None:
    result = extract(
        "Tu candidatura para Contable en Talleres Ibarra ha sido enviada. "
        "El empleador se pondrá en contacto contigo.\n\nJobzilo",
        subject="Jobzilo",
        sender="Jobzilo <noreply@jobzilo.io>",
    )
    assert result.company == "Talleres Ibarra"


@pytest.mark.parametrize(
    "sentence",
    [
        "l'employeur vous contactera si votre profil est retenu.",
        "der arbeitgeber wird sich bei ihnen melden.",
        "el empleador se pondrá en contacto contigo.",
        "de werkgever neemt contact met je op.",
        "o empregador entrará em contato com você.",
        "l'azienda ti contatterà se il tuo profilo è in linea.",
    ],
)
def test_a_board_speaks_of_the_employer_in_each_language(sentence: str) -> None:
    assert speaks_of_the_employer(sentence)


@pytest.mark.parametrize(
    "footer",
    [
        "Talentwerft ist eine Jobplattform für Berufseinsteiger.",
        "Talentwerft ist die Karriereplattform für Studierende.",
        "Talentwerft est un site emploi pour les jeunes diplômés.",
        "Talentwerft is a careers app for graduates.",
        "Talentwerft is een vacaturesite voor starters.",
    ],
)
def test_a_board_saying_what_it_is_in_any_language_speaks_as_a_board(footer):
    assert speaks_of_the_employer(f"we have received your cv.\n\n{footer.lower()}")


def test_an_application_word_alone_is_no_board_saying_what_it_is():
    assert not speaks_of_the_employer("thank you for your application. please apply the update in our app.")
