"""A person's name with a particle ("Ingrid de Wit", "Jan van der Berg", "Klaus von Hagen", "Maria da
Silva") is a person's, never the employer, whether they write from the employer's domain or their own
free mail. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.person_names import looks_like_person_name
from tracker.models import Kind, Status

WRITERS = [
    pytest.param(
        "Ingrid de Wit <i.dewit@lcwaalhaven.nl>",
        "Uitnodiging sollicitatiegesprek Teamleider Magazijn",
        "Beste Youssef,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een "
        "sollicitatiegesprek.\n\nMet vriendelijke groet,\n\nIngrid de Wit\nHR Adviseur\n"
        "Logistiek Centrum Waalhaven B.V.",
        "Logistiek Centrum Waalhaven",
        id="dutch_hr_adviser_at_the_employers_domain",
    ),
    pytest.param(
        "Jan van der Berg <jan.vandenberg@gmail.com>",
        "Sollicitatie",
        "Beste Youssef,\n\nBedankt voor je sollicitatie als chauffeur. Kun je morgen langskomen voor een "
        "gesprek?\n\nGroet,\nJan",
        None,
        id="dutch_owner_from_free_mail",
    ),
    pytest.param(
        "Klaus von Hagen <k.vonhagen@web.de>",
        "Ihre Bewerbung",
        "Hallo Lea,\n\ndanke für Ihre Bewerbung als Verkäuferin. Können Sie am Montag zu einem Gespräch "
        "kommen?\n\nGruß\nKlaus von Hagen",
        None,
        id="german_owner_from_free_mail",
    ),
    pytest.param(
        "Maria da Silva <maria.silva@gmail.com>",
        "Entrevista",
        "Olá Ana,\n\nobrigada pela sua candidatura para Rececionista. Pode vir a uma entrevista na "
        "segunda-feira?\n\nMaria da Silva",
        None,
        id="portuguese_owner_from_free_mail",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), WRITERS)
def test_a_name_with_a_particle_is_the_writer_not_the_employer(sender, subject, body, company):
    result = extract(body, subject, sender)
    assert (result.kind, result.status, result.company) == (Kind.APPLICATION, Status.INTERVIEW, company)


@pytest.mark.parametrize("name", ["Luca della Rovere", "Ana dos Santos", "Pieter ter Horst", "Sarah al Amin"])
def test_particles_keep_a_name_person_shaped(name):
    assert looks_like_person_name(name)


def test_an_organisation_with_de_is_still_one():
    assert not looks_like_person_name("Banco de Portugal")
