"""Hand-written rejections that name whoever the process went on with only as people ("a colleague",
"profili", "personas", "finalisten"), the post filled in a region's or a public body's word ("repourvu",
"ricoperta", "adjudicada"), and the answer announced before a colon; and the same words deciding nothing
against the reader (invented mail, seven languages).
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.phrases import rejection_shape
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "sentence",
    [
        # Gone on with people named only as people.
        "in the end we're going ahead with a colleague from the night shift.",
        "abbiamo deciso di proseguire con profili che conoscono già il gestionale del magazzino.",
        "al final decidimos continuar con personas que viven cerca de la nave.",
        "we hebben besloten toch verder te gaan met de finalisten uit de eerste ronde.",
        "nous avons décidé de poursuivre avec des personnes déjà formées au logiciel de caisse.",
        "wir haben uns entschieden, mit den finalistinnen aus der ersten runde weiterzumachen.",
        "optámos por avançar com colegas da equipa de lisboa.",
        "han decidido avanzar con otra finalista del sector hotelero.",
        # The post filled, in a region's or a public body's word.
        "le poste a entre-temps été repourvu.",
        "la posizione di magazziniere è stata ricoperta la settimana scorsa.",
        "la plaza de conserje ha sido adjudicada.",
        # The answer announced before a colon.
        "te escribo con la respuesta del cliente: han optado por otro perfil.",
        "feedback from the studio: they went with a candidate who has more stop-motion experience.",
        "voici leur réponse : ils ont choisi un autre profil.",
    ],
)
def test_a_sentence_telling_the_process_went_on_with_others_is_a_rejection(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The reader the one gone on with, or the writer's colleague taking the reader over.
        "we're going ahead with you as one of our finalists.",
        "you'll go ahead with my colleague who runs the warehouse.",
        "decidimos continuar con tu candidatura a la siguiente fase.",
        # The process described ahead, to everyone.
        "we will proceed with finalists from the first round.",
        # Going on with nobody: a hold.
        "we are not moving forward with any candidates at this time.",
        "de momento no vamos a avanzar con ningún candidato.",
        # Going on with no person.
        "we'd like to proceed with the interview on thursday.",
        "please continue with the profile questions in the portal.",
        # Filled some day, not yet.
        "le poste sera repourvu dès que possible.",
    ],
)
def test_the_same_words_deciding_nothing_against_the_reader_are_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Ottavia Brambillasca <o.brambillasca@ferramentaquercioli.it>",
                "La tua candidatura - Addetto/a banco",
                "Ciao Livio,",
                "grazie per il colloquio di martedì. Dopo averne parlato con il titolare abbiamo deciso di "
                "proseguire con profili che conoscono già il gestionale del negozio.",
                "Ti auguriamo il meglio,\nOttavia\nFerramenta Quercioli",
            ),
            id="it_gone_on_with_profiles",
        ),
        pytest.param(
            _mail(
                "Wren Ikwuemesi-Pennisworth <wren@thistlegatebakery.co.uk>",
                "Weekend baker role",
                "Hi Tamsin,",
                "Thanks so much for coming in for the trial bake. In the end we're going ahead with a "
                "colleague from the weekday team, who asked to move to weekends.",
                "All the best,\nWren\nThistlegate Bakery",
            ),
            id="en_gone_on_with_a_colleague",
        ),
        pytest.param(
            _mail(
                "Recrutement <recrutement@clinique-valderance.ch>",
                "Votre candidature - Physiothérapeute 80%",
                "Madame,",
                "Nous avons bien reçu votre dossier pour le poste de physiothérapeute et vous en remercions. "
                "Malheureusement, le poste a entre-temps été repourvu.",
                "Avec nos salutations les meilleures,\nService RH\nClinique de Valderance",
            ),
            id="fr_ch_post_repourvu",
        ),
        pytest.param(
            _mail(
                "Jacinta Orrantegui | Talento Brisa <jorrantegui@talentobrisa.es>",
                "Jefe/a de sala - novedades",
                "Hola Nerea,",
                "Gracias otra vez por la entrevista con el equipo del restaurante. Te escribo con su "
                "respuesta: han decidido avanzar con otra finalista del sector hotelero.",
                "Un abrazo,\nJacinta",
            ),
            id="es_answer_announced_before_the_news",
        ),
    ],
)
def test_mail_telling_the_process_went_on_with_others_reads_as_a_rejected_application(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result
