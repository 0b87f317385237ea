"""The post named after the selection's own noun, in Spanish and Portuguese ("el proceso de Recepcionista
de Noche al que te inscribiste", "no processo de X", as "el proceso de selección para X" was read), and
after Flemish "job" as after "functie" ("we bieden je graag de job van X aan", "voor de job van X").
A capital opens the name, as after every post's noun (post_nouns.py)."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Maite Olazabal <maite.olazabal@hostal-urdanibia.es>",
            "Tu candidatura",
            "Hola Ainhoa:\n\nTe escribo sobre el proceso de Recepcionista de Noche al que te inscribiste en "
            "abril. Lamentablemente hemos decidido seguir con otra candidata.\n\nUn saludo,\nMaite",
            "Recepcionista de Noche",
        ),
        (
            "Jurema Bittencourt <jurema@cafeteira-piraquara.com.br>",
            "Retorno da sua candidatura",
            "Olá Tainá,\n\nObrigada por participar no processo de Auxiliar Administrativa. Infelizmente "
            "decidimos seguir com outra pessoa.\n\nAbraço,\nJurema",
            "Auxiliar Administrativa",
        ),
        (
            "Wannes Vercruysse <wannes@koelbouw-dendermeers.be>",
            "Voorstel",
            "Dag Liesje,\n\nNogmaals bedankt voor het gesprek van dinsdag. We bieden je graag de job van "
            "Magazijnverantwoordelijke aan. In bijlage vind je het contract.\n\nMvg,\nWannes",
            "Magazijnverantwoordelijke",
        ),
        (
            "Griet Van Hoorebeke <griet@drukkerij-ooigem.be>",
            "Tweede gesprek",
            "Dag Arne,\n\nGraag nodigen we je uit voor een tweede gesprek voor de job van Boekhoudkundig "
            "Medewerker. Past maandag 16 maart om 10u?\n\nMet vriendelijke groeten,\nGriet",
            "Boekhoudkundig Medewerker",
        ),
        (
            "Roel Vanlerberghe <roel@schrijnwerk-ruiselede.be>",
            "Uw kandidatuur",
            "Beste Jana,\n\nBedankt voor het gesprek. Voor de job van Technisch Tekenaar hebben we helaas "
            "voor een andere kandidaat gekozen.\n\nMet vriendelijke groeten,\nRoel",
            "Technisch Tekenaar",
        ),
    ],
)
def test_the_post_after_the_process_or_the_job_is_the_title(
    sender: str, subject: str, body: str, title: str
) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.job_title == title


def test_the_selections_own_kind_is_no_post() -> None:
    result = extract(
        sender="Recrutamento Caravela <recrutamento@caravela-seguros.pt>",
        subject="Processo de Recrutamento - Técnica de Sinistros",
        body="Cara Leonor,\n\nNo seguimento da sua candidatura, convidamo-la a realizar um teste online. Tem "
        "cinco dias para o concluir.\n\nEquipa de Recrutamento",
    )
    assert result.job_title == "Técnica de Sinistros"


def test_the_process_in_lowercase_names_no_post() -> None:
    result = extract(
        sender="Talento Humano <seleccion@cooperativa-quebracho.com.ar>",
        subject="Novedades de tu postulación",
        body="Hola Facundo,\n\nGracias por participar en el proceso de selección. Lamentablemente, en esta "
        "oportunidad no vamos a avanzar con tu perfil.\n\nSaludos,\nTalento Humano",
    )
    assert result.job_title is None
