"""Rejections told by a selection's minimum not reached, by another candidate the client goes on with, and
by the post given to someone inside by promotion, in the seven languages (invented mail); and the same words
where they decide nothing (a process described to everyone, the reader the one gone on with). The reader's
standing under the selection's bar is the same news: a result obtained set under the minimum ("obteve média
5,8, inferior ao mínimo"), or the reader not among those it keeps ("ne figure pas parmi les candidats
retenus").
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.phrases import rejection_shape
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "sentence",
    [
        # A minimum not reached, whatever step it bars.
        "we regret that your result did not reach the minimum score needed for the interview stage.",
        "your written test score did not meet the pass mark for this campaign.",
        "su prueba no alcanzó la puntuación mínima exigida para continuar en el proceso.",
        "informamos que, por não ter obtido a classificação mínima exigida, não passa à fase seguinte.",
        "votre dossier n'a pas atteint la note minimale requise pour l'épreuve orale.",
        "la sua prova non ha raggiunto il punteggio minimo previsto dal bando.",
        "sie haben im eignungstest die erforderliche mindestpunktzahl leider nicht erreicht.",
        "u heeft bij de capaciteitentest de minimale score niet behaald.",
        # The client going on with another, described.
        "mon client a préféré poursuivre avec un profil dont l'expérience terrain est plus longue.",
        "the client has decided to move forward with a candidate who has more payroll experience.",
        "na de gesprekken wil de opdrachtgever verder met een kandidaat die al in de zorg werkte.",
        "in the end the ward manager decided to go with a nurse who had already worked nights there.",
        # The post given to someone inside by promotion.
        "han decidido cubrir el puesto con una promoción interna.",
        "la direction a décidé de pourvoir le poste par une promotion interne.",
        "they've filled the role through an internal promotion.",
    ],
)
def test_a_sentence_telling_the_reader_was_not_chosen_is_a_rejection(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The process described to everyone: nobody's result yet.
        "candidates who do not reach the minimum score will not be invited to interview.",
        "los aspirantes que no alcancen la puntuación mínima quedarán fuera del proceso.",
        "a minimum of two years' experience is required for this post.",
        # The reader the one gone on with.
        "the client would like to move forward with you to the final round.",
        "mon client souhaite avancer avec vous pour un second entretien.",
    ],
)
def test_the_same_words_deciding_nothing_against_the_reader_are_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Servicio de Personal <personal@ayto-villaserena.es>",
                "Resultado de la prueba - Auxiliar Administrativo",
                "Estimada aspirante:",
                "Le comunicamos que, una vez corregido el ejercicio teórico, su calificación no alcanzó el "
                "mínimo establecido en las bases para acceder a la fase de entrevista.",
                "Atentamente,\nServicio de Personal\nAyuntamiento de Villaserena",
            ),
            id="es_public_body_minimum_before_the_interview",
        ),
        pytest.param(
            _mail(
                "Basile Moreau | Cabinet Orlane <b.moreau@cabinet-orlane.fr>",
                "Suite à votre candidature - Chef d'atelier H/F",
                "Bonjour Hugo,",
                "Votre parcours a beaucoup plu. Après les entretiens, mon client a toutefois souhaité "
                "avancer avec une candidate dont l'expérience en tôlerie correspond davantage au poste.",
                "Je garde votre profil en tête pour d'autres missions.",
                "Basile Moreau\nConsultant\nCabinet Orlane",
            ),
            id="fr_agency_client_goes_on_with_another",
        ),
        pytest.param(
            _mail(
                "Tomasz Brandt <tbrandt@keelpoint-staffing.com>",
                "RE: Submitted - Lakeshore Clinic - Scheduler",
                "Hi Priya,",
                "Heard back from Lakeshore: unfortunately they decided to go with a scheduler who has "
                "already worked with their booking system. They liked your interview a lot.",
                "Tomasz",
            ),
            id="en_agency_client_went_with_another",
        ),
    ],
)
def test_mail_telling_the_reader_was_not_chosen_reads_as_a_rejected_application(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result


@pytest.mark.parametrize(
    "sentence",
    [
        # A result obtained, set under the minimum.
        "you scored 47 points, below the pass mark of 60 required for the assessment day.",
        "ha obtenido una puntuación de 9,20, inferior a la nota mínima de 12 fijada en la convocatoria.",
        "o candidato obteve média 5,8 na prova prática, inferior ao mínimo de 7 pontos exigido.",
        "vous avez obtenu la note de 8/20, inférieure au seuil de 10/20 fixé par le jury.",
        "sie haben 38 von 80 punkten erzielt und liegen damit unter der mindestpunktzahl von 45.",
        "je behaalde 41 punten, onder de drempel van 50 punten.",
        "ha ottenuto un punteggio di 17, inferiore al punteggio minimo di 21 previsto dal bando.",
        # Not among those the selection keeps.
        "after careful review, your application is not among those shortlisted for interview.",
        "après étude, votre candidature ne figure pas parmi celles que le comité a retenues.",
        "lamentamos informarle de que no se encuentra entre las personas admitidas a la segunda fase.",
        "informamos que não consta entre os candidatos aprovados para a etapa seguinte.",
        "la informiamo che non rientra tra i candidati ammessi alla prova orale.",
        "sie sind nicht unter den bewerberinnen und bewerbern, die die kommission ausgewählt hat.",
        "je behoort helaas niet tot de kandidaten die we hebben geselecteerd.",
    ],
)
def test_the_readers_standing_under_the_selections_bar_is_a_rejection(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "candidates who scored below the minimum will be listed separately in the ranking.",
        "los aspirantes que no figuren entre los admitidos serán excluidos del proceso.",
        "les candidats qui ne seront pas parmi les retenus recevront un courriel.",
    ],
)
def test_the_bar_described_to_everyone_is_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Concursos Município de Vale Sereno <concursos@cm-valesereno.pt>",
                "Resultado da prova de conhecimentos – Técnico Superior de Ambiente",
                "Exmo.(a) Senhor(a),",
                "Informamos que a lista de classificação da prova de conhecimentos foi publicada. Na prova "
                "escrita, V. Exa. obteve a classificação de 8,35 valores, inferior ao mínimo de 9,50 valores "
                "exigido no aviso de abertura.",
                "Com os melhores cumprimentos,\nDivisão de Recursos Humanos\nMunicípio de Vale Sereno",
            ),
            id="pt_result_under_the_minimum_after_a_test",
        ),
        pytest.param(
            _mail(
                "Recrutement – Université de Ravenne-sur-Loire <recrutement@univ-ravenne.fr>",
                "Poste 2026-118 – Technicienne de laboratoire",
                "Bonjour,",
                "Nous vous remercions de votre intérêt pour le poste 2026-118. Après examen, votre dossier "
                "ne figure pas parmi ceux qui ont été retenus pour la suite de la procédure.",
                "Service du recrutement\nUniversité de Ravenne-sur-Loire",
            ),
            id="fr_not_among_those_kept",
        ),
        pytest.param(
            _mail(
                "Talent Team <talent@quillbridge.com>",
                "Your application for Logistics Coordinator",
                "Hi Ines,",
                "Thank you for taking the online assessment. You scored 52%, below the pass mark of 65% set "
                "for this role.",
                "Quillbridge Talent Team",
            ),
            id="en_score_under_the_pass_mark",
        ),
        pytest.param(
            _mail(
                "Selectie Gemeente Oosterveld <selectie@oosterveld.nl>",
                "Uitslag selectieproef – Beleidsmedewerker Wonen",
                "Beste Sanne,",
                "Na de beoordeling van de schriftelijke proef behoor je niet tot de kandidaten die de "
                "jury heeft weerhouden.",
                "Met vriendelijke groet,\nTeam Selectie\nGemeente Oosterveld",
            ),
            id="nl_not_among_those_going_on",
        ),
    ],
)
def test_mail_telling_the_readers_standing_under_the_bar_reads_as_a_rejection(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result
