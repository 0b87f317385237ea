"""A post's name holding a full stop inside a word ("Backend Developer .NET", "Programador .NET Senior") is
read whole in every language's sentence: a dot a letter follows is neither the name's end nor the
sentence's. A dot before a digit is read as before (a posting's number "26.0117" names no post)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Zwalmdal Software <no-reply@zwalmdal-software.be>",
            "Bedankt voor je sollicitatie!",
            "Hoi Wannes,\n\nBedankt voor je sollicitatie voor Backend Developer .NET (m/v/x) in Oudenaarde. "
            "We bekijken je cv en laten binnen de twee weken iets weten.\n\nGroeten,\nTeam Zwalmdal",
            "Backend Developer .NET (m/v/x)",
        ),
        (
            "Vagas Cajueiro <vagas@cajueiro-sistemas.com.br>",
            "Sua candidatura",
            "Olá Caio,\n\nRecebemos sua candidatura para a vaga de Desenvolvedor .NET Pleno na Cajueiro "
            "Sistemas. Em breve retornaremos.\n\nAbraço,\nTime Cajueiro",
            "Desenvolvedor .NET Pleno",
        ),
        (
            "Selección Ortigal <seleccion@ortigal-digital.es>",
            "Tu candidatura",
            "Hola Iker:\n\nGracias por inscribirte en la vacante de Programador .NET Senior en Ortigal "
            "Digital. Revisaremos tu perfil.\n\nUn saludo,\nEquipo Ortigal",
            "Programador .NET Senior",
        ),
        (
            "Recrutement Pervenche <recrutement@pervenche-numerique.fr>",
            "Votre candidature",
            "Bonjour Maëlys,\n\nMerci pour votre candidature au poste de Développeuse .NET chez Pervenche "
            "Numérique.\n\nCordialement,\nL'équipe Pervenche",
            "Développeuse .NET",
        ),
        (
            "Werving Lindewaard <werving@lindewaard-ict.nl>",
            "Je sollicitatie",
            "Hoi Sanne,\n\nBedankt voor je sollicitatie op de functie van Medior Developer .NET bij "
            "Lindewaard ICT. We nemen snel contact op.\n\nGroet,\nTeam Lindewaard",
            "Medior Developer .NET",
        ),
    ],
)
def test_a_dot_inside_a_word_ends_no_title(sender: str, subject: str, body: str, title: str) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.job_title == title
