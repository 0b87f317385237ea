"""Spanish and Portuguese news of a post held or closed, read as the labels read it: a regret that only
announces the news ("infelizmente não é a notícia que esperávamos") takes the hold the next sentence tells
(withdrawn); the River Plate's "llamado" is the post's call, held like a "convocatoria"; a vacancy closed with
another candidate hired further down the mail is the reader's rejection. Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Status


def _status(body: str, sender: str = "Joana Prates <joana.prates@veredaconsultoria.com.br>") -> Status | None:
    email = EmailMessage(
        message_id="m1",
        sender=sender,
        subject="Re: Vaga Coordenador de Compras",
        body=body,
        received_at=None,
    )
    return RulesExtractor().extract(email).status


@pytest.mark.parametrize(
    "body",
    [
        "Oi Marcos, tudo bem?\n\nInfelizmente não é a notícia que esperávamos. A Mirante Alimentos, nosso "
        "cliente, congelou a vaga de Coordenador de Compras até o próximo semestre.\n\nAbraço,\nJoana",
        "Hola Marcos:\n\nLamentablemente no traigo buenas noticias. El cliente ha congelado el proceso de "
        "Coordinador de Compras por un cambio de presupuesto.\n\nUn saludo,\nJoana",
        "Hi Marcos,\n\nUnfortunately it's not the news we were hoping for. The client has frozen the "
        "Purchasing Coordinator role until the spring.\n\nBest,\nJoana",
    ],
)
def test_a_regret_announcing_the_news_takes_the_hold_told_next(body):
    assert _status(body) is Status.WITHDRAWN


def test_a_regret_announcing_another_chosen_stays_a_rejection():
    body = (
        "Oi Marcos,\n\nInfelizmente não é a notícia que esperávamos. O cliente optou por seguir com outro "
        "candidato para a vaga.\n\nAbraço,\nJoana"
    )
    assert _status(body) is Status.REJECTED


def test_the_call_for_applicants_suspended_withdraws_the_post():
    body = (
        "Estimada Lucía:\n\nLe escribimos en relación al llamado para Auxiliar de Tesorería. Por decisión "
        "del Directorio, el llamado quedó suspendido y no se seguirá avanzando por el momento.\n\nSaludos,\n"
        "Recursos Humanos\nMolinos del Plata"
    )
    assert _status(body, "Recursos Humanos <rrhh@molinosdelplata.com.uy>") is Status.WITHDRAWN


@pytest.mark.parametrize(
    "body",
    [
        "Olá, Renata\n\nA vaga Analista de Custos, para a qual você se candidatou, foi encerrada pela "
        "empresa.\n\nEmpresa: Laticínios Serra Azul\n\nSituação: processo concluído – outro candidato foi "
        "contratado.\n\nVeja vagas parecidas com o seu perfil.",
        "Hola Renata:\n\nLa oferta Analista de Costos a la que te postulaste ha sido cerrada por la "
        "empresa.\n\nEstado: finalizado. Otro candidato fue contratado para el puesto.",
    ],
)
def test_a_vacancy_closed_with_another_hired_below_is_a_rejection(body):
    assert _status(body, "Avisos <avisos@vagasdobrasil.com.br>") is Status.REJECTED


def test_a_vacancy_closed_alone_stays_withdrawn():
    body = (
        "Olá, Renata\n\nA vaga Analista de Custos, para a qual você se candidatou, foi encerrada pela "
        "empresa.\n\nEmpresa: Laticínios Serra Azul\n\nVeja vagas parecidas com o seu perfil."
    )
    assert _status(body, "Avisos <avisos@vagasdobrasil.com.br>") is Status.WITHDRAWN
