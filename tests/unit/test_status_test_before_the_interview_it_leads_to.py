"""A test asked now, the interview named in its sentence only as what comes after it (invented mail): "before
the interview, complete a test" ("prima del colloquio", "avant l'entretien", "antes da entrevista"), or the
interview reached by passing the test ("to go through to the interview", "om door te gaan naar het gesprek",
"para pasar a la entrevista"), even dated: the test is the step, an assessment. An interview set in its own
sentence beside the test stays the interview.
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
                "Ilaria Benvegnù <ilaria.benvegnu@cartierapontevalle.it>",
                "Candidatura Addetta paghe – prossimi passi",
                "Buongiorno Ottavia,",
                "prima del colloquio con il responsabile amministrativo le chiediamo di completare un test "
                "online di logica (circa 30 minuti) entro venerdì.",
                "Cordiali saluti,\nIlaria Benvegnù\nCartiera Pontevalle",
            ),
            id="it_prima_del_colloquio",
        ),
        pytest.param(
            _mail(
                "Recrutement Brasserie Quillembeau <recrutement@quillembeau.fr>",
                "Votre candidature – Technicien de maintenance",
                "Bonjour Anatole,",
                "Avant l'entretien avec notre responsable de site, nous vous demandons de passer un test "
                "technique en ligne d'environ 40 minutes, à compléter avant le 12 mai.",
                "L'équipe RH\nBrasserie Quillembeau",
            ),
            id="fr_avant_l_entretien",
        ),
        pytest.param(
            _mail(
                "Noelia Urquidi <nurquidi@bodegasvalcarrasca.es>",
                "Técnica de laboratorio enológico – siguiente paso",
                "Hola Maite:",
                "Para pasar a la entrevista final te pedimos que completes una prueba técnica en línea (unos "
                "45 minutos) antes del lunes 8.",
                "Un saludo,\nNoelia Urquidi\nBodegas Valcarrasca",
            ),
            id="es_para_pasar_a_la_entrevista",
        ),
        pytest.param(
            _mail(
                "Recrutamento Cerâmicas Lousã Velha <recrutamento@ceramicaslousavelha.pt>",
                "A sua candidatura – Técnico de Qualidade",
                "Olá Gonçalo,",
                "Antes da entrevista com a coordenadora de produção, pedimos que realize um teste online de "
                "raciocínio (cerca de 30 minutos) até sexta-feira.",
                "Cumprimentos,\nEquipa de Recrutamento\nCerâmicas Lousã Velha",
            ),
            id="pt_antes_da_entrevista",
        ),
        pytest.param(
            _mail(
                "Selectie Waterschap Kromvliet <selectie@kromvliet.nl>",
                "Uitnodiging capaciteitentest – Beleidsadviseur Peilbeheer",
                "Beste Fenna,",
                "We nodigen je uit voor de capaciteitentest op dinsdag 9 juni om 10.00 uur.",
                "Je moet minstens 60% halen op de capaciteitentest om door te gaan naar het tweede "
                "gesprek op 18 of 19 juni.",
                "Met vriendelijke groet,\nTeam Selectie\nWaterschap Kromvliet",
            ),
            id="nl_door_naar_het_gesprek",
        ),
        pytest.param(
            _mail(
                "Hattie Quellmore <hattie@brindlecoveanalytics.com>",
                "Data Analyst - next step",
                "Hi Joaquim,",
                "To go through to the panel interview on 3 or 4 June, every candidate completes a SQL "
                "exercise first: the link is below, it takes about 90 minutes, please finish it by Friday.",
                "Best,\nHattie Quellmore\nBrindle Cove Analytics",
            ),
            id="en_go_through_to_the_interview",
        ),
    ],
)
def test_a_test_before_the_interview_it_leads_to_is_the_assessment(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result


def test_an_interview_set_in_its_own_sentence_beside_a_test_stays_the_interview():
    result = extract(
        **_mail(
            "Ilaria Benvegnù <ilaria.benvegnu@cartierapontevalle.it>",
            "Candidatura Addetta paghe – colloquio",
            "Buongiorno Ottavia,",
            "la invitiamo a un colloquio giovedì 14 maggio alle 10:00 presso la nostra sede.",
            "Prima del colloquio le chiediamo di completare un breve test online.",
            "Cordiali saluti,\nIlaria Benvegnù\nCartiera Pontevalle",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
