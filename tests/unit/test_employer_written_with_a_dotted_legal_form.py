"""An employer written with its legal form in dotted capitals after a comma ("Vidrarias Quelhão, S.A.",
"Taller Ibarzábal, S.L.", "Kromwijk Hout, B.V.") is an organisation, never a town and its state's code
("Monterrey, N.L."): a recruiter's signature below must not take its place. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.places import only_places
from tracker.names import same_company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        # A Portuguese recruiter introducing the reader to the client it names.
        (
            "Leonor Frazão <leonor.frazao@ventoeste-rh.pt>",
            "Entrevista | Comprador(a) Júnior",
            "Bom dia Rui,\n\nApresentei o seu perfil ao nosso cliente, a Vidrarias Quelhão, S.A., e o "
            "diretor de compras gostaria de o conhecer na próxima terça-feira às 15h00.\n\nConfirma?\n\n"
            "Cumprimentos,\nLeonor Frazão\nConsultora | Supply Chain\nVentoeste Recrutamento & Carreiras",
            "Vidrarias Quelhão, S.A.",
        ),
        # A Spanish consultant passing a client's invitation on.
        (
            "Íñigo Zubeldia <izubeldia@orbaneta-consultores.es>",
            "Entrevista con nuestro cliente: Técnico de Mantenimiento",
            "Hola Marta:\n\nGracias por la llamada del lunes. He presentado tu candidatura a nuestro "
            "cliente, Taller Ibarzábal, S.L., y quieren conocerte el jueves a las 10:00 para una entrevista "
            "en su nave de Arazuri.\n\nMe confirmas si te va bien.\n\n"
            "Un saludo,\nÍñigo Zubeldia\nConsultor\nOrbaneta Consultores",
            "Taller Ibarzábal, S.L.",
        ),
        # A French consultant naming its client in full.
        (
            "Bérénice Vauclair <b.vauclair@terrasson-conseil.fr>",
            "Entretien – Responsable Qualité H/F",
            "Bonjour Claire,\n\nSuite à notre échange, j'ai présenté votre candidature à notre client, "
            "Fromageries Aubrac-Lozère, S.A., qui souhaite vous rencontrer mardi prochain à 9h30 pour un "
            "entretien.\n\nPouvez-vous me confirmer votre présence ?\n\n"
            "Bien cordialement,\nBérénice Vauclair\nConsultante\nTerrasson Conseil",
            "Fromageries Aubrac-Lozère, S.A.",
        ),
    ],
)
def test_the_firm_written_with_a_dotted_legal_form_is_the_employer(
    sender: str, subject: str, body: str, employer: str
) -> None:
    assert same_company(extract(sender=sender, subject=subject, body=body).company or "", employer)


@pytest.mark.parametrize(
    "name", ["Vidrarias Quelhão, S.A.", "Taller Ibarzábal, S.L.", "Kromwijk Hout, B.V.", "Ostende Tuin, N.V."]
)
def test_a_dotted_legal_form_is_no_states_code(name: str) -> None:
    assert not only_places(name)


@pytest.mark.parametrize("name", ["Monterrey, N.L.", "Radnor, PA", "Pune, Maharashtra"])
def test_a_town_and_its_states_code_stay_places(name: str) -> None:
    assert only_places(name)
