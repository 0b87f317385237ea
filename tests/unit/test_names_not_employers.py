"""What reads where an employer stands but is no employer (invented mail and names): a date or a day, a
generic update's word in seven languages, a family member's display name, a recruiter's name glued to
their agency's, a branch's office after the brand, a trailing dash, a department its own domain does not
spell while the text spells out the organisation the domain abbreviates."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.not_employers import (
    names_no_employer,
    organisation_after_person,
    person_then_name,
    without_branch_tail,
)


@pytest.mark.parametrize(
    "name",
    ["28 November", "Monday 3rd", "15/03", "lunedì 3 marzo", "12. Mai", "3 de marzo", "March 14, 2026",
     "Vendredi"],
)  # fmt: skip
def test_a_date_or_a_day_is_no_employer(name):
    assert names_no_employer(name)


@pytest.mark.parametrize(
    "name",
    ["Update", "Aggiornamento", "Actualización", "Mise à jour", "Atualização", "Aktualisierung",
     "Bijwerking"],
)  # fmt: skip
def test_an_update_word_is_no_employer(name):
    assert names_no_employer(name)


@pytest.mark.parametrize("name", ["Mum", "Dad", "Nonna", "Oma", "Mum & Dad", "Abuela"])
def test_a_family_members_display_name_is_no_employer(name):
    assert names_no_employer(name)


@pytest.mark.parametrize(
    "name", ["Mars", "May Logistics", "Papa Joe's Pizza", "Sunday Kitchen Group", "Tesco"]
)
def test_names_with_a_month_or_a_family_word_inside_stay(name):
    assert not names_no_employer(name)


def test_a_recruiters_name_before_the_agency_is_told_apart():
    assert person_then_name("Tom Birkett | Larchmont Staffing") == ("Tom Birkett", "Larchmont Staffing")


def test_a_cut_agency_name_after_a_recruiter_names_nothing():
    assert organisation_after_person("Ta") is None


def test_an_organisation_with_a_dash_has_no_person_before_it():
    assert person_then_name("Northgate Bakery - Careers") is None


def test_an_organisation_shaped_like_a_person_keeps_its_team_when_the_address_is_not_a_persons():
    result = extract(
        sender="Clinica Santa Lucia - Selezione <selezione@clinicasantalucia.it>",
        subject="Selezione Fisioterapista",
        body="Gentile candidata,\n\nla ringraziamo per la candidatura come Fisioterapista. Purtroppo "
        "abbiamo scelto altri candidati.\n\nUfficio Selezione",
    )
    assert result.company == "Clinica Santa Lucia"


@pytest.mark.parametrize(
    "name",
    ["Quickstaff - Filiale di Parma Centro", "Quickstaff Filiale di Parma",
     "Quickstaff | Vestiging Zwolle Zuid", "Quickstaff – Sucursal Murcia Norte"],
)  # fmt: skip
def test_a_branch_office_after_the_brand_is_cut(name):
    assert without_branch_tail(name) == "Quickstaff"


def test_a_name_without_a_branch_is_unchanged():
    assert without_branch_tail("Bank of Filiale Street") == "Bank of Filiale Street"


def test_an_office_noun_before_lowercase_words_names_no_branch():
    # The nouns are read in any case, the town after them only with its capital.
    assert without_branch_tail("Quickstaff, office of the ceo") == "Quickstaff, office of the ceo"


@pytest.mark.parametrize(
    "display",
    ["Aggiornamento", "Mise à jour", "Atualização", "Aktualisierung", "Bijwerking", "Update"],
)
def test_an_ats_sending_as_an_update_word_names_no_employer(display):
    result = extract(
        sender=f'"{display}" <no-reply@greenhouse.io>',
        subject=f"{display}: your application",
        body="Hello,\n\nWe received your application for Stock Controller and will be in touch.",
    )
    assert result.company is None


def test_a_family_members_mail_names_no_employer():
    result = extract(
        sender="Nonna <pina.ruggeri37@gmail.com>",
        subject="Il colloquio",
        body="Tesoro, in bocca al lupo per il colloquio di domani!\nNonna",
    )
    assert result.company is None


def test_a_recruiter_glued_to_the_agency_reads_the_agency():
    result = extract(
        sender='"Tom Birkett | Larchmont" <tom.birkett@larchmont.de>',
        subject="Ihre Bewerbung",
        body="Hallo Sam,\n\ndanke für Ihre Bewerbung als Lagerist. "
        "Passt Ihnen ein Telefonat am Freitag?\n\nTom",
    )
    assert result.company == "Larchmont"


def test_a_trailing_dash_of_the_display_name_is_no_part_of_the_employer():
    result = extract(
        sender='"Albergo Villa Ortensia –" <hr@albergovillaortensia.it>',
        subject="Colloquio",
        body="Gentile Sam, la invitiamo a un colloquio per la posizione di Portiere di notte.",
    )
    assert result.company == "Albergo Villa Ortensia"


def test_a_department_signing_above_the_organisation_its_domain_abbreviates_is_not_the_employer():
    result = extract(
        sender='"Clinical Informatics" <clininf@harrowvalehealth.org>',
        subject="Your application",
        body="Dear Sam,\n\nThank you for applying for the Systems Analyst role at Harrowvale Health "
        "Partners. We would like to invite you to an interview.\n\nClinical Informatics",
    )
    assert result.company == "Harrowvale Health Partners"


def test_an_agency_whose_name_holds_a_hiring_word_keeps_it_before_its_branch():
    result = extract(
        "Buongiorno Luca,\n\nvorremmo invitarti a un colloquio conoscitivo in filiale giovedì alle 10:00.\n\n"
        "Marta Bianchi\nRecruiter",
        "Colloquio conoscitivo – Operatore di magazzino",
        "Gi Group – Filiale di Cremona Centro <cremona.selezione@gigroup.com>",
    )
    assert result.company == "Gi Group", result
