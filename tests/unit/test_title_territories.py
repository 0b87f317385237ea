"""The territory a post covers, written after a comma in its title (invented mail): a region of several
countries or a list of countries is the post's name whatever the post ("Payroll Partner, APAC", "Legal
Counsel, UK & Ireland"), as a team after a comma is; a town or a single country after it is still where
the post is worked, and a region after a dash still a place for a post that serves no market.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Status

ROWS = [
    application_row(
        "an ats confirmation names a region after the comma",
        Status.APPLIED,
        "Vessaline Biotech",
        "Payroll Partner, APAC",
        sender="Vessaline Biotech <no-reply@us.greenhouse-mail.io>",
        subject="Thank you for applying to Vessaline Biotech",
        body="Hi Ottilie,\n\nThanks for your interest in Vessaline Biotech! We've received your application "
        "for the Payroll Partner, APAC role in our Singapore office.\n\nOur people team reads every "
        "application.\n\nBest,\nThe Vessaline Recruiting Team",
    ),
    application_row(
        "a person's invitation names two countries after the comma",
        Status.INTERVIEW,
        "Quarrendon Lettings",
        "Legal Counsel, UK & Ireland",
        sender="Bartholomew Ekwueme <b.ekwueme@quarrendonlettings.co.uk>",
        subject="Legal Counsel, UK & Ireland - next steps",
        body="Dear Ottilie,\n\nThank you for applying for the Legal Counsel, UK & Ireland position. I would "
        "like to invite you to an interview with our General Counsel next week.\n\nKind regards,\n"
        "Bartholomew Ekwueme\nQuarrendon Lettings",
    ),
    application_row(
        "a status page writes the territory before the site it is worked at",
        Status.APPLIED,
        "Thistlegate Instruments",
        "Quality Lead, Nordics",
        sender="Thistlegate Instruments Careers <careers-noreply@talent.icims.com>",
        subject="Thistlegate Instruments - Application Received",
        body="Dear Ottilie,\n\nThis email confirms that we have received your application for the position "
        "of Quality Lead, Nordics (Job ID 2026-8812) - Aarhus, Denmark.\n\nThank you,\nGlobal Talent "
        "Acquisition\nThistlegate Instruments",
    ),
    application_row(
        "a french confirmation names two countries with et",
        Status.APPLIED,
        "Maison Brévanne",
        "Responsable Paie, Belgique et Luxembourg",
        sender="Maison Brévanne <recrutement@maisonbrevanne.fr>",
        subject="Votre candidature : Responsable Paie, Belgique et Luxembourg",
        body="Bonjour Ottilie,\n\nNous avons bien reçu votre candidature au poste de Responsable Paie, "
        "Belgique et Luxembourg et nous vous en remercions.\n\nCordialement,\nL'équipe recrutement\n"
        "Maison Brévanne",
    ),
    application_row(
        "a spanish confirmation labels the post with two countries",
        Status.APPLIED,
        "Grupo Calderuela",
        "Analista de Tesorería, España y Portugal",
        sender="Grupo Calderuela <empleo@calderuela.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Ottilie:\n\nGracias por tu interés. Hemos recibido tu candidatura.\n\nPuesto: Analista de "
        "Tesorería, España y Portugal\nReferencia: CAL-2291\n\nUn saludo,\nEquipo de Selección\nGrupo "
        "Calderuela",
    ),
    application_row(
        "a german confirmation labels the post with two countries",
        Status.APPLIED,
        "Kestner Logistik",
        "Controller, Österreich & Schweiz",
        sender="Kestner Logistik <karriere@kestner-logistik.de>",
        subject="Ihre Bewerbung",
        body="Guten Tag Frau Ottilie,\n\nvielen Dank für Ihre Bewerbung.\n\nStelle: Controller, Österreich & "
        "Schweiz\nKennziffer: 4471\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nKestner Logistik",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_territory_after_a_titles_comma_is_the_posts_name(mail, status, company, title) -> None:
    result = extract(**mail)
    assert_reads_application(result, status, company, title)
    assert result.job_title == title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Salarisadministrateur, Benelux", "Salarisadministrateur, Benelux"),
        ("Responsable RH, Europe", "Responsable RH, Europe"),
        ("Treasury Analyst, Spain, Portugal & Italy", "Treasury Analyst, Spain, Portugal & Italy"),
        # Controls: a town, a single country, states, and a region after a dash are where it is worked.
        ("Warehouse Analyst, Leeds", "Warehouse Analyst"),
        ("Data Engineer, Germany", "Data Engineer"),
        ("Travel Nurse, Texas & Oklahoma", "Travel Nurse"),
        ("Site Reliability Engineer - EMEA", "Site Reliability Engineer"),
    ],
)
def test_only_a_region_or_a_list_of_countries_after_a_comma_stays(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title
