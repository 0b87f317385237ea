"""A writer with two surnames ("Rosalía Ibarguen Solchaga", "Eréndira Tapia Villaseñor", a hyphen joining
them elsewhere: "Maëlle Turcotte-Vachon", "Imogen Ashby-Crane") whose address spells their given name or
its initial with one of them ("ribarguen@", "etapia@", "mturcotte@", "iashby@") is a person: their display
name is never the employer, which is the organisation they sign for where the reading knows its line.
Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company

_SPANISH = (
    "Rosalía Ibarguen Solchaga <ribarguen@cuhermanos.es>",
    "Entrevista - Técnico/a de Laboratorio",
    "Hola Ander:\n\nGracias por tu candidatura. Nos gustaría conocerte en una entrevista el martes a las "
    "10:00 en nuestra planta.\n\n¿Te viene bien?\n\nUn saludo,\n\nRosalía Ibarguen Solchaga\n"
    "Selección de Personal\nUrdaibai Kontserbak",
)
_QUEBEC = (
    "Maëlle Turcotte-Vachon <mturcotte@crnsante.qc.ca>",
    "Offre d'emploi – préposée aux bénéficiaires",
    "Bonjour Sarah,\n\nC'est avec plaisir que nous vous offrons le poste de préposée aux bénéficiaires à "
    "compter du 4 mai.\n\nMaëlle Turcotte-Vachon\nConseillère en ressources humaines\n"
    "Résidence Les Trois-Érables\n450 555-0187, poste 212",
)
_BRITISH = (
    "Imogen Ashby-Crane <iashby@thc-care.org.uk>",
    "Interview invitation - Healthcare Assistant",
    "Dear Kofi,\n\nThank you for applying for the Healthcare Assistant role. We would like to invite you to "
    "an interview on Thursday at 2pm.\n\nKind regards,\n\nImogen Ashby-Crane\nPeople Advisor\n"
    "Brackenlea Day Nursery",
)
_PORTUGUESE = (
    "Iolanda Brandão Quaresma <ibrandao@vinhosqm.pt>",
    "Candidatura - Enólogo(a) Estagiário(a)",
    "Caro Duarte,\n\nAgradecemos a sua candidatura. Gostaríamos de o convidar para uma entrevista na "
    "quinta-feira às 11h00.\n\nCumprimentos,\nIolanda Brandão Quaresma\nRecursos Humanos\n"
    "Quinta do Moledo Alto",
)


@pytest.mark.parametrize(("sender", "subject", "body"), [_SPANISH, _QUEBEC, _BRITISH, _PORTUGUESE])
def test_the_writers_display_name_is_never_the_employer(sender: str, subject: str, body: str) -> None:
    company = extract(sender=sender, subject=subject, body=body).company
    assert not same_company(company or "", sender.split(" <")[0])


@pytest.mark.parametrize(
    ("mail", "employer"), [(_QUEBEC, "Résidence Les Trois-Érables"), (_BRITISH, "Brackenlea Day Nursery")]
)
def test_the_organisation_signed_for_is_the_employer(mail: tuple[str, str, str], employer: str) -> None:
    sender, subject, body = mail
    assert same_company(extract(sender=sender, subject=subject, body=body).company or "", employer)
