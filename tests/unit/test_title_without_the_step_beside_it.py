"""The step a subject names beside the post is no part of the post's name: after the post's dash ("–
Gesprächstermin", "- entretien le 4 mars"), in lowercase after it with its date ("Porter interview 3rd
June"), or in lowercase before it ("casus Data Analist"). A step's word that is the post's own stays
("Interview Coordinator", "Assessment Centre Manager", "Psychologist - Assessment").
Invented mail, written from the class; each cut case failed before title_step_words.py."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_step_words import without_step_words
from tracker.models import Kind
from tracker.names import same_title


def mail(name: str, sender: str, subject: str, body: str, title: str):
    """One invented mail and the title a person reads in it."""
    return pytest.param(sender, subject, body, title, id=name)


MAILS = [
    mail(
        "german_talk_after_the_posts_dash",
        "Vogt Renate <renate.vogt@lindenau-muehlenwerke.ch>",
        "Ihre Bewerbung Teamleiter Buchhaltung – Gesprächstermin",
        "Sehr geehrte Frau Brandt\n\nVielen Dank für Ihre Bewerbung. Gerne würde ich Sie persönlich "
        "kennenlernen. Wäre Ihnen Dienstag, 8. Oktober, 14.00 Uhr möglich?\n\nFreundliche Grüsse\n"
        "Renate Vogt\nLeiterin Finanzen\nLindenau Mühlenwerke AG",
        "Teamleiter Buchhaltung",
    ),
    mail(
        "english_interview_and_its_date_after_the_post",
        "Recruitment Team - Harrowgate Hospice <recruitment@harrowgatehospice.org.uk>",
        "RE: Withdrawal - Bereavement Support Worker interview 3rd June",
        "Hi Sam\n\nThanks for letting us know. We've withdrawn your application and released your "
        "interview slot.\n\nKind regards\nRecruitment Team\nHarrowgate Hospice",
        "Bereavement Support Worker",
    ),
    mail(
        "dutch_case_before_the_post",
        "Joris Haverkamp <joris.haverkamp@fietsplein.nl>",
        "Re: Volgende stap: casus Data Analist",
        "Hoi Lotte,\n\nDank je wel voor het inleveren van je casus. We hebben besloten om het proces voort "
        "te zetten met een andere kandidaat.\n\nHartelijke groet,\nJoris\nFietsplein",
        "Data Analist",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), MAILS)
def test_title_without_the_step_its_subject_names(sender: str, subject: str, body: str, title: str) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert same_title(result.job_title, title), result.job_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param("Chargé de clientèle - Entretien le 4 mars", "Chargé de clientèle", id="fr_after_dash"),
        pytest.param("Auxiliar de Cocina – Entrevista 12 de mayo", "Auxiliar de Cocina", id="es_after_dash"),
        pytest.param("Magazziniere - Colloquio", "Magazziniere", id="it_after_dash"),
        pytest.param("Assistente Administrativo – Primeira Entrevista", "Assistente Administrativo", id="pt"),
        pytest.param("Logistiek Planner gesprek op 3 maart", "Logistiek Planner", id="nl_after_post"),
        pytest.param("Kassierer (m/w/d) – Vorstellungsgespräch am 12. März", "Kassierer (m/w/d)", id="de"),
        pytest.param("Warehouse Lead - Phone Screen", "Warehouse Lead", id="en_phone_screen"),
    ],
)
def test_the_step_beside_the_post_is_cut(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Interview Coordinator",
        "Assessment Centre Manager",
        "Call Centre Agent",
        "Psychologist - Assessment",
        "Video Interview Specialist",
        "Sales Assessment",
    ],
)
def test_a_posts_own_step_word_stays(title: str) -> None:
    assert without_step_words(title) == title
