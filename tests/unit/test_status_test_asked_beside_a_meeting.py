"""A test asked now in mail that also names a meeting which is none ahead of the reader: one thanked for
again ("merci encore pour l'appel de lundi"), a one-way video interview or one answered in writing, or one
for the people who will have passed the test; and a meeting named "rencontre", Quebec's interview
(invented mail, several languages).
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
                "Maëlle Ouellette <maelle.ouellette@ateliers-brume.fr>",
                "Ateliers Brume - suite",
                "Bonjour Hugo,",
                "Merci encore pour notre échange de jeudi, j'ai aimé ta façon de parler des clients.",
                "L'étape suivante est un cas pratique : en pièce jointe, un brief pour une petite marque de "
                "thé. Merci de me renvoyer ta proposition d'ici lundi 12 mai.",
                "Maëlle\nAteliers Brume",
            ),
            id="fr_thanks_again_then_a_case",
        ),
        pytest.param(
            _mail(
                "Nerea Ibargüen <nerea@lanzaderaverde.es>",
                "Siguiente paso",
                "Hola Íñigo,",
                "Gracias de nuevo por la llamada del martes, nos encantó conocerte.",
                "El siguiente paso es un caso práctico: te pedimos que prepares un plan de rutas y nos lo "
                "envíes antes del viernes.",
                "Un saludo,\nNerea\nLanzadera Verde",
            ),
            id="es_thanks_again_then_a_case",
        ),
        pytest.param(
            _mail(
                "Early Talent <talent@harrowgate-insurance.co.uk>",
                "Next step: your video interview",
                "Hi Priya,",
                "Great news - you've progressed to the next stage of your application for our Actuarial "
                "Graduate Scheme.",
                "The next step is a video interview on HireVue. There's no interviewer: you'll record your "
                "answers to six questions. Please complete it by Friday 14 March.",
                "Early Talent Team\nHarrowgate Insurance",
            ),
            id="en_progress_then_a_one_way_video",
        ),
        pytest.param(
            _mail(
                "Ilse Vandamme <ilse@marelbrug.com>",
                "Marelbrug - Support Engineer: written interview",
                "Hi Jonas,",
                "Thanks for applying to Marelbrug. We'd like to invite you to the next step of our process: "
                "a written interview.",
                "It's a short set of questions about your experience. Please submit your answers within five "
                "days here: https://careers.marelbrug.example/written/88",
                "Best,\nIlse",
            ),
            id="en_written_interview",
        ),
        pytest.param(
            _mail(
                "Dotation - Cégep des Pins <dotation@cegepdespins.example>",
                "Convocation - concours 2025-77",
                "Madame Tremblay,",
                "Votre candidature a été retenue pour la prochaine étape. Vous êtes convoquée à un examen "
                "écrit le mardi 6 mai à 9 h, local B-210.",
                "Les personnes ayant réussi l'examen seront invitées à une entrevue au cours de la "
                "semaine du 19 mai.",
                "Service de la dotation\nCégep des Pins",
            ),
            id="fr_ca_exam_then_those_having_passed",
        ),
    ],
)
def test_a_test_asked_beside_a_meeting_that_is_none_ahead_is_the_assessment(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT), result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Chantal Bérubé <chantal.berube@caisse-rivenord.example>",
                "Deuxième rencontre",
                "Bonjour Olivier,",
                "Nous aimerions t'inviter à une deuxième rencontre pour le poste d'analyste, le jeudi 22 mai "
                "à 10 h, à nos bureaux du 400, boulevard Charest.",
                "Chantal",
            ),
            id="fr_ca_second_rencontre",
        ),
        pytest.param(
            _mail(
                "Ressources humaines <rh@fromagerie-saint-elzear.example>",
                "Confirmation de votre rencontre - Opérateur de production",
                "Bonjour Monsieur Paré,",
                "Il nous fait plaisir de confirmer votre rencontre pour le poste d'Opérateur de "
                "production, le mercredi 4 juin à 13 h 30, au 12, rang Saint-Joseph.",
                "Ressources humaines\nFromagerie Saint-Elzéar",
            ),
            id="fr_ca_rencontre_confirmed",
        ),
    ],
)
def test_a_rencontre_set_at_a_time_is_an_interview(mail):
    # (The second, read before too from its time and place, keeps its reading now that "rencontre" is a
    # meeting's noun.)
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result
