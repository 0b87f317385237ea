"""Where an employer's name starts and ends (invented mail and names): a branch office, a town after a dash
or a government's department after its name are cut; a town's government keeps its word ("Gemeinde X",
"X Township"); an agency's client named in the genitive is the employer; a domain writing an organisation's
first words as initials names it."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.employer_bounds import bounded_name
from tracker.extraction.employer_matching import same_employer


@pytest.mark.parametrize(
    ("name", "bounded"),
    [
        ("Interkraft Agence de Tours Nord", "Interkraft"),
        ("Werkpunt Vestiging Zwolle", "Werkpunt"),
        ("Boulangerie Ferrand - Angers (49)", "Boulangerie Ferrand"),
        ("Ostelburg Township Department of Parks", "Ostelburg Township"),
        ("Pellham County Office of Elections", "Pellham County"),
    ],
)
def test_what_a_mail_glues_after_the_name_is_cut(name, bounded):
    assert bounded_name(name) == bounded


@pytest.mark.parametrize(
    "name",
    ["Tarrow Department of Transportation", "Aubrel - Conseil et Audit", "Bank of Agence Street"],
)
def test_a_name_of_its_own_keeps_its_words(name):
    assert bounded_name(name) == name


@pytest.mark.parametrize(
    ("body", "sender", "company"),
    [
        (
            "El Municipio de Sierra Alcaraz agradece su postulación a la plaza de Auxiliar de Archivo.\n\n"
            "Atentamente,\nDirección de Recursos Humanos\nMunicipio de Sierra Alcaraz",
            "Recursos Humanos <rrhh@sierraalcaraz.gob.mx>",
            "Municipio de Sierra Alcaraz",
        ),
        (
            "Dear Applicant,\n\nThe Ostelburg Township Department of Parks has reviewed your application for "
            "Groundskeeper. We would like to invite you to an interview on Monday at 9:00 AM.\n\n"
            "Ostelburg Township",
            "Rita Vance <rvance@ostelburgtwp.org>",
            "Ostelburg Township",
        ),
    ],
)
def test_a_towns_government_keeps_its_word(body, sender, company):
    assert extract(body=body, sender=sender, subject="Application").company == company


def test_an_agency_names_its_client_in_the_genitive():
    body = (
        "Sehr geehrter Herr Brandt,\n\nim Auftrag unseres Kunden, der Lindqvist Fördertechnik GmbH, suchen "
        "wir einen Mechatroniker (m/w/d). Ihre Unterlagen haben wir an unseren Kunden weitergeleitet.\n\n"
        "Mit freundlichen Grüßen\nJonas Keller\nPersonalwerk AG"
    )
    result = extract(
        body=body, subject="Ihre Bewerbung als Mechatroniker", sender="Personalwerk <jobs@personalwerk.de>"
    )
    assert result.company == "Lindqvist Fördertechnik GmbH"


def test_a_domain_writing_the_first_words_as_initials_names_the_organisation():
    assert same_employer("Centre hospitalier de Briançonnet", "ch-briançonnet")
    assert same_employer("Centre Hospitalier Universitaire de Rivel", "churivel")
    assert not same_employer("Centre hospitalier de Briançonnet", "chbriare")


def test_a_department_as_display_name_signs_for_the_organisation_its_domain_abbreviates():
    body = (
        "Bonjour,\n\nNous avons le regret de vous informer que votre candidature au poste de Gestionnaire "
        "paie n'a pas été retenue.\n\nCentre hospitalier de Valmorel"
    )
    sender = "Direction des Achats <achats@ch-valmorel.fr>"
    assert (
        extract(body=body, sender=sender, subject="Votre candidature").company
        == "Centre hospitalier de Valmorel"
    )
