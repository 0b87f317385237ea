"""A one-way video interview told by who is not there ("kein Live-Gesprächspartner", "no hay un
entrevistador en vivo", "não há entrevistador ao vivo", "pas d'interlocuteur en direct", "geen live
interviewer") or named a digital one with its recording said elsewhere, and in a future's second person with
no pronoun ("realizarás una entrevista digital") (invented mail): a test, an assessment.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Lindqvar Pharma Talent <talent@lindqvar-pharma.ch>",
                "Ihre Bewerbung als Laborleiter",
                "Guten Tag Herr Ambühl",
                "Als nächsten Schritt laden wir Sie zu einem Videointerview ein. Es gibt keinen "
                "Live-Gesprächspartner: Sie beantworten vier Fragen, jeweils in zwei Minuten.",
                "Frist: Freitag, 28. November. Link: https://lindqvar-pharma.ch/video/ab12",
                "Freundliche Grüsse\nLindqvar Pharma Talent",
            ),
            id="de_kein_live_gespraechspartner",
        ),
        pytest.param(
            _mail(
                "Bodegas Tresmontes <seleccion@bodegastresmontes.es>",
                "Invitación a tu entrevista digital",
                "Hola Araceli,",
                "Avanzaste a la siguiente etapa del proceso para Técnica de Calidad.",
                "En esta etapa realizarás una entrevista digital. No hay un entrevistador en vivo: "
                "grabarás tu respuesta a cada pregunta.",
                "Fecha límite: 48 horas.",
                "Selección | Bodegas Tresmontes",
            ),
            id="es_no_hay_entrevistador_en_vivo",
        ),
        pytest.param(
            _mail(
                "Cooperativa Serra Alta <talentos@serraalta.com.br>",
                "Convite: entrevista digital – Trainee Agro",
                "Olá, Iracema,",
                "Você foi selecionada para a etapa de entrevista digital do Programa Trainee Agro.",
                "A entrevista é gravada: não há entrevistador ao vivo, as perguntas aparecem uma por vez.",
                "Prazo: até 12/10, às 23h59.",
                "Equipe de Talentos – Serra Alta",
            ),
            id="pt_nao_ha_entrevistador_ao_vivo",
        ),
        pytest.param(
            _mail(
                "Recrutement Maison Ferrandière <recrutement@ferrandiere.fr>",
                "Votre entretien vidéo – Acheteur junior",
                "Bonjour Gaspard,",
                "Vous êtes invité à l'étape d'entretien digital pour le poste d'Acheteur junior.",
                "Il n'y a pas d'interlocuteur en direct : trois questions, deux minutes par réponse.",
                "Date limite : jeudi 20 novembre.",
                "L'équipe Recrutement – Maison Ferrandière",
            ),
            id="fr_pas_d_interlocuteur_en_direct",
        ),
    ],
)
def test_a_one_way_video_told_by_no_live_interviewer_is_a_test(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result
