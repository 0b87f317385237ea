"""A Romance institution writes its kind as a capitalised noun and its adjectives and remit in lowercase after
it, then where it is: "Caisse primaire d'assurance maladie de la Vallée", "Agence régionale de santé
Lumière-Océan", "Azienda ospedaliera universitaria di Monteverde", "Universidade federal do Vale Verde". In
running text, after a preposition or before the verb, the name is read whole, not cut at its first lowercase
word ("Universidade") nor begun after it ("Lumière-Océan"). A noun whose lowercase words run into a sentence
("L'Agence régionale recrute Marie Dubois") keeps its reading. Invented mail.

A Romance institution named by its remit, the remit's parts listed with commas after its joining word
("Instituto Federal de Educação, Ciência e Tecnologia do ...") is read whole, not cut at the comma, as an
English "Department for X, Y and Z" is. Invented names and mail.
"""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction import RulesExtractor
from tracker.extraction.name_reading import read_name
from tracker.models import EmailMessage, Kind, Status


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        pytest.param(
            "Julie Morel <j.morel@cpam-brevanne.example>",
            "Votre candidature",
            "Madame,\n\nLa Caisse primaire d'assurance maladie de Brévanne vous invite à un entretien pour "
            "le poste de Conseiller accueil le 3 mars à 10h.\n\nCordialement,\nJulie Morel",
            "Caisse primaire d'assurance maladie de Brévanne",
            id="fr-before-the-verb",
        ),
        pytest.param(
            "Julie Morel <j.morel@ars-hautesterres.example>",
            "Votre candidature",
            "Bonjour Madame Lenoir,\n\nL'Agence régionale de santé Hautes-Terres vous invite à "
            "un entretien pour le poste de Chargée de mission le 12 mai.\n\nBien cordialement,\nJulie Morel",
            "Agence régionale de santé Hautes-Terres",
            id="fr-agency-before-the-verb",
        ),
        pytest.param(
            "Carla Souza <c.souza@ufpa-rio.example>",
            "Convocação para entrevista",
            "Prezada Ana,\n\nConvidamos você para a entrevista para o cargo de Técnico Administrativo na "
            "Universidade federal do Vale Alto no dia 5 de abril.\n\nAtenciosamente,\nCarla Souza",
            "Universidade federal do Vale Alto",
            id="pt-after-the-preposition",
        ),
    ],
)
def test_an_institutions_lowercase_words_are_its_names(sender, subject, body, employer):
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.company == employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Azienda ospedaliera universitaria di Valleverde",
            "Azienda ospedaliera universitaria di Valleverde",
        ),
        (
            "Centre hospitalier universitaire de Saint-Loup, service RH",
            "Centre hospitalier universitaire de Saint-Loup",
        ),
        (
            "Caisse d'allocations familiales du Haut-Rhône. Merci",
            "Caisse d'allocations familiales du Haut-Rhône",
        ),
        ("Servicio regional de empleo de Valdemora el lunes", "Servicio regional de empleo de Valdemora"),
        ("Hospital universitário de Santa Brígida amanhã", "Hospital universitário de Santa Brígida"),
        # A sentence after the noun: its lowercase words join no name.
        ("Agence régionale recrute Marie Dubois", "Agence"),
        ("Centro estará cerrado el Lunes", "Centro"),
    ],
)
def test_a_name_read_from_running_text_keeps_an_institutions_lowercase_words(text, name):
    assert read_name(text, 0) == name


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "la Cassa di Risparmio della Valle Scura ti invita a un colloquio",
            "Cassa di Risparmio della Valle Scura",
        ),
        (
            "la Banca Popolare Val di Ferro S.C.p.A. ti invita a un colloquio",
            "Banca Popolare Val di Ferro S.C.p.A.",
        ),
    ],
)
def test_a_name_read_back_from_its_verb_keeps_its_joining_words(sentence, employer):
    body = f"Buongiorno,\n\n{sentence} il 4 maggio alle 10 (Cassiere).\n\nCordiali saluti,\nSelezione"
    result = extract(sender="Selezione <selezione@istituto.example>", subject="Convocazione", body=body)
    assert result.company == employer


@pytest.mark.parametrize(
    "name",
    [
        "Instituto Federal de Educação, Ciência e Tecnologia do Pampa Sul",
        "Escola Superior de Gestão, Turismo e Hotelaria de Vila Serena",
        "Instituto de Agricultura, Pesca y Alimentación de Cantabria Occidental",
        "Centro de Investigación, Desarrollo e Innovación de Montalbán",
        "Istituto di Ricerca, Sviluppo e Innovazione di Monteverde",
        "Department for Rivers, Coasts and Rural Affairs",
    ],
)
def test_a_remit_listed_with_commas_is_the_names(name):
    assert read_name(f"{name}. Entraremos em contato.", 0) == name


@pytest.mark.parametrize(
    "text, name",
    [
        # A sentence going on after the comma lists no remit.
        ("Instituto Federal do Pampa Sul, e entraremos em contato", "Instituto Federal do Pampa Sul"),
        # No joining word before the comma: a name and then a place.
        ("Hospital Santa Clara, Porto e Braga", "Hospital Santa Clara"),
    ],
)
def test_a_comma_without_a_remit_list_still_ends_the_name(text, name):
    assert read_name(text, 0) == name


def _read(body: str, subject: str):
    email = EmailMessage(
        message_id="m1",
        sender="Marta Quintela <marta.quintela@concursos.example.br>",
        subject=subject,
        body=f"Prezado Sam,\n\n{body}\n\nAtenciosamente,\nMarta Quintela",
        received_at=None,
    )
    return RulesExtractor().extract(email)


def test_a_receipt_names_the_institute_whole():
    extraction = _read(
        "Agradecemos a sua inscrição para o cargo de Técnico em Laboratório no Instituto Federal de "
        "Educação, Ciência e Tecnologia do Pampa Sul. Entraremos em contato em breve.",
        "Inscrição recebida",
    )
    assert extraction.company == "Instituto Federal de Educação, Ciência e Tecnologia do Pampa Sul"


def test_a_rejection_names_the_school_whole():
    extraction = _read(
        "Informamos que a sua candidatura à vaga de Assistente Administrativo na Escola Superior de Gestão, "
        "Turismo e Hotelaria de Vila Serena não foi selecionada.",
        "Resultado do processo seletivo",
    )
    assert extraction.status is Status.REJECTED
    assert extraction.company == "Escola Superior de Gestão, Turismo e Hotelaria de Vila Serena"
