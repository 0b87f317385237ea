"""What is no part of a title in Dutch, German, Portuguese and hand-written English mail (invented mail and
titles): a side-job tag before the post ("Bijbaan vakkenvuller"), a board's news participle before the
subject's colon ("Sollicitatie verstuurd: X"), a relative clause's verb after the post ("de tijd die je in
je sollicitatie voor X hebt gestoken"), a town after the post's dash whose last word was read as the
employer ("- Den Helder"), the start of a post ("Graduate Surveyor commencing September 2027"), and a
subject's sentence about the application before the post ("Bedankt voor je sollicitatie op X", "Você se
candidatou para X", "Ihre Bewerbung auf unsere Stellenanzeige: X"), or the selection process named before
it ("Processo Seletivo X").
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Status


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Bijbaan vakkenvuller", "Vakkenvuller"),
        ("Vakantiewerk Bezorger", "Bezorger"),
        ("Graduate Surveyor commencing September 2027", "Graduate Surveyor"),
    ],
)
def test_a_side_job_tag_before_the_post_and_a_start_after_it_are_no_part_of_it(raw: str, title: str) -> None:
    assert clean_title(raw)[0].lower() == title.lower()


ROWS = [
    application_row(
        "Dutch board: the news participle before the subject's colon",
        Status.APPLIED,
        "Transportbedrijf Mulders",
        "Chauffeur C/E internationaal",
        sender="Werkzoeken <noreply@werkzoeken.example>",
        subject="Sollicitatie verstuurd: Chauffeur C/E internationaal",
        body="Beste Gijs,\n\nJe sollicitatie op de vacature Chauffeur C/E internationaal bij "
        "Transportbedrijf Mulders is verstuurd.\n\nSucces!",
    ),
    application_row(
        "Dutch: a relative clause's verb after the post",
        Status.REJECTED,
        "Studio Kwast",
        "Motion Designer",
        sender="Studio Kwast <jobs@homerun.co>",
        subject="Update over je sollicitatie bij Studio Kwast",
        body="Hi Fleur,\n\nBedankt voor je interesse in Studio Kwast en de tijd die je in je sollicitatie "
        "voor Motion Designer hebt gestoken. Helaas gaan we niet verder met je sollicitatie.\n\nGroetjes,\n"
        "Studio Kwast",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_post_is_read_without_news_clause_or_town(
    mail: dict[str, str], status: Status, company: str, title: str
) -> None:
    assert_reads_application(extract(**mail), status, company, title)


def test_a_town_after_the_posts_dash_is_cut_whole_though_its_last_word_was_read_as_the_employer() -> None:
    # The subject's "- Den Helder" gives the employer reading "Helder" (a matter of the employer's reading);
    # the title leaves the town off whole, not "Project Engineer Offshore - Den".
    result = extract(
        sender="Kustwerk Detachering <talent@kustwerk-detachering.nl>",
        subject="Sollicitatie Project Engineer Offshore - Den Helder",
        body="Beste Pieter,\n\nDank voor je sollicitatie op de functie Project Engineer Offshore voor onze "
        "opdrachtgever in Den Helder. Ik bel je deze week om kennis te maken.\n\nMet vriendelijke groet,\n"
        "Eline\nKustwerk Detachering",
    )
    assert result.job_title == "Project Engineer Offshore", result


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Veldhuis Logistiek - Sollicitatie Expeditiemedewerker", "Expeditiemedewerker"),
        ("Bedankt voor je sollicitatie op Expeditiemedewerker", "Expeditiemedewerker"),
        ("Você se candidatou para Analista Tributário", "Analista Tributário"),
        ("Ihre Bewerbung auf unsere Stellenanzeige: Werkstudent Einkauf", "Werkstudent Einkauf"),
    ],
)
def test_the_sentence_about_the_application_before_the_subjects_post_is_no_part_of_it(
    subject: str, title: str
) -> None:
    result = extract(
        sender="Veldhuis Logistiek <jobs@veldhuis-logistiek.example>",
        subject=subject,
        body="Hallo,\n\nwe nemen binnenkort contact met je op.\n\nVeldhuis Logistiek",
    )
    assert result.job_title == title, result


@pytest.mark.parametrize("subject", ["Bedankt voor je sollicitatie", "Veldhuis Logistiek - Sollicitatie"])
def test_the_sentence_about_the_application_alone_names_no_post(subject: str) -> None:
    result = extract(
        sender="Veldhuis Logistiek <jobs@veldhuis-logistiek.example>",
        subject=subject,
        body="Hallo,\n\nwe nemen binnenkort contact met je op.\n\nVeldhuis Logistiek",
    )
    assert result.job_title is None, result


def test_the_selection_process_named_before_the_post_is_no_part_of_it() -> None:
    result = extract(
        sender="Recrutamento Grupo Veredas <vagas@grupoveredas.example>",
        subject="Grupo Veredas | Processo Seletivo Analista Tributário",
        body="Olá Marcos,\n\nRecebemos sua candidatura e em breve retornaremos.\n\nEquipe Grupo Veredas",
    )
    assert result.job_title == "Analista Tributário", result
