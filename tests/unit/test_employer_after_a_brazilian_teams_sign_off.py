"""Brazilian ATS mail and employers sign with the hiring team before the organisation's name and no mark
between them ("Time de Gente & Gestão X", "Equipe de Atração e Seleção X", "Gente e Cultura X"): the
organisation is the employer, the team is no part of it."""

from __future__ import annotations

import pytest

from tracker.extraction.rules import RulesExtractor
from tracker.extraction.team_words import is_team
from tracker.models import EmailMessage

_BODY = (
    "Olá Ana,\n\nRecebemos sua inscrição para a vaga Analista de Compras. Acompanhe as próximas etapas "
    "pelo seu e-mail.\n\nCom carinho,\n{sign}"
)


def _company(sign: str, sender: str = "noreply@gupy.io") -> str | None:
    mail = EmailMessage(
        "m1", sender=sender, subject="Sua candidatura foi recebida", body=_BODY.format(sign=sign)
    )
    return RulesExtractor().extract(mail).company


@pytest.mark.parametrize(
    "sign",
    [
        "Equipe de Atração e Seleção Varanda Alimentos",
        "Time de Gente & Gestão Varanda Alimentos",
        "Time de Recrutamento Varanda Alimentos",
        "Gente e Cultura Varanda Alimentos",
        "Equipe de Atração Varanda Alimentos",
    ],
)
def test_the_organisation_after_a_brazilian_team_signs_the_mail(sign):
    assert _company(sign) == "Varanda Alimentos"


def test_a_grupo_after_the_team_is_kept_as_the_mail_writes_it():
    assert _company("Time de Gente & Gestão Grupo Varanda") == "Grupo Varanda"


@pytest.mark.parametrize(
    "team", ["Gente & Gestão", "Atração e Seleção", "Time de Recrutamento", "Pessoas e Cultura"]
)
def test_a_brazilian_team_alone_is_a_team(team):
    assert is_team(team)
