"""A Romance institution named by its remit, the remit's parts listed with commas after its joining word
("Instituto Federal de Educação, Ciência e Tecnologia do ...") is read whole, not cut at the comma, as an
English "Department for X, Y and Z" is. Invented names and mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.extraction.name_reading import read_name
from tracker.models import EmailMessage, Status


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
