"""A bilingual employer's name written in two languages by one sender is one employer's
(tracker/employer_languages.py, via sender_spellings.are_one_employer)."""

from __future__ import annotations

import pytest

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.names import company_key
from tracker.sender_spellings import are_one_employer


@pytest.mark.parametrize(
    "one, other",
    [
        ("Banque Fleurimont", "Fleurimont Bank"),
        ("Université de Lisière", "University of Lisiere"),
        ("Rheinauer Versicherung AG", "Rheinauer Insurance"),
        ("Banco Nacional de Tierrablanca", "National Bank of Tierrablanca"),
        ("Ville de Sainte-Odile", "City of Sainte-Odile"),
        ("Istituto Cavalcanti", "Cavalcanti Institute"),
        ("Nationaal Museum Veldhoven", "Veldhoven National Museum"),
    ],
)
def test_one_name_in_two_languages_is_one_employer(one, other):
    assert are_one_employer(company_key(one), company_key(other))
    assert are_one_employer(company_key(other), company_key(one))


@pytest.mark.parametrize(
    "one, other",
    [
        ("Banque Fleurimont", "Fleurimont Assurances"),
        ("Université de Lisière", "École de Lisière"),
        ("Banco Nacional de Tierrablanca", "Banco Nacional de Montealegre"),
        ("Stadt Rheinau", "Rheinau Hospital"),
    ],
)
def test_two_organisations_of_one_name_stay_two(one, other):
    assert not are_one_employer(company_key(one), company_key(other))


@pytest.mark.parametrize(
    "receipt_sender, read, step_sender, written",
    [
        (
            "Banque Fleurimont <fleurimont@myworkday.com>",
            "Banque Fleurimont",
            "Olivia Tremblay <olivia.tremblay@fleurimont.example>",
            "Fleurimont Bank",
        ),
        (
            "Université de Lisière <emplois@unilisiere.example>",
            "Université de Lisière",
            "Human Resources <jobs@unilisiere.example>",
            "University of Lisiere",
        ),
        (
            "Emplois <emplois@villesainteodile.example>",
            "Ville de Sainte-Odile",
            "Recruitment <jobs@villesainteodile.example>",
            "City of Sainte-Odile",
        ),
        (
            "Banca Ortolani <selezione@bo-careers.example>",
            "Banca Ortolani",
            "Careers <careers@bo-careers.example>",
            "Ortolani Bank",
        ),
    ],
)
def test_one_senders_mail_naming_its_employer_in_two_languages_is_one_application(
    receipt_sender, read, step_sender, written
):
    records = tracked_records(
        [
            (
                mail("m1", 0, receipt_sender, "Candidature"),
                application_email("applied", read, "Data Analyst"),
            ),
            (
                mail("m2", 9, step_sender, "Interview"),
                application_email("interview", written, "Data Analyst"),
            ),
        ]
    )
    assert [emails for emails, _ in records] == [{"m1", "m2"}]
