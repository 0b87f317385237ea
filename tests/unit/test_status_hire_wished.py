"""Offers that wish the hire in so many words (invented mail): "we'd love to hire you", "we willen je graag
aanwerven", "queremos contratarte", an agency's client "is offering you the assignment"; a meeting or a trial
day thanked for before it is behind the reader. An offer that may come one day is no offer.
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
                "Greta Holm <greta@holmjoinery.com>",
                "Good news",
                "Hi Callum,",
                "After Tuesday's interview and your trial shift in the workshop, we'd love to hire you as "
                "our new bench joiner. Details of pay and hours are in the attached letter.",
                "Greta",
            ),
            id="en_love_to_hire_you",
        ),
        pytest.param(
            _mail(
                "Rosa Mendel <rosa@brightstaff.com>",
                "RE: warehouse role",
                "Hi Tariq,",
                "Great news: Ferncliff Paper is offering you the Forklift Operator assignment, starting "
                "Monday on first shift.",
                "Rosa",
            ),
            id="en_agency_client_offering_the_assignment",
        ),
        pytest.param(
            _mail(
                "Lies Verbeke <lies@bakkerijverbeke.be>",
                "Ons voorstel",
                "Dag Jens,",
                "Na je proefdag van vrijdag zijn we overtuigd: we willen je heel graag aanwerven als "
                "bakkersgast. Het contract volgt deze week.",
                "Lies",
            ),
            id="nl_aanwerven_after_the_trial_day",
        ),
        pytest.param(
            _mail(
                "Carmen Ibáñez <carmen@tallerdeibanez.es>",
                "Tu incorporación",
                "Hola Álvaro,",
                "Después de la entrevista del lunes, queremos contratarte como oficial de carpintería.",
                "Carmen",
            ),
            id="es_queremos_contratarte",
        ),
        pytest.param(
            _mail(
                "Paola Greco <paola@pasticceriagreco.it>",
                "Buone notizie",
                "Ciao Luca,",
                "dopo il colloquio di ieri abbiamo deciso di assumerti come aiuto pasticcere.",
                "Paola",
            ),
            id="it_abbiamo_deciso_di_assumerti",
        ),
        pytest.param(
            _mail(
                "Joana Faria <joana@oficinafaria.pt>",
                "Boas notícias",
                "Olá Tiago,",
                "Depois da entrevista de ontem, queremos contratar você como mecânico.",
                "Joana",
            ),
            id="pt_queremos_contratar_voce",
        ),
        pytest.param(
            _mail(
                "Claire Morel <claire@menuiserie-morel.fr>",
                "Bonne nouvelle",
                "Bonjour Hugo,",
                "Suite à notre entretien, nous avons décidé de vous engager comme menuisier.",
                "Claire",
            ),
            id="fr_decide_de_vous_engager",
        ),
    ],
)
def test_the_hire_wished_is_an_offer(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.OFFER, result


def test_an_offer_that_may_come_one_day_is_no_offer():
    mail = _mail(
        "Greta Holm <greta@holmjoinery.com>",
        "Re: Bench Joiner application",
        "Hi Callum,",
        "Could you come in for a trial shift on Thursday at 9am for the bench joiner job? If it goes "
        "well, we would hire you after.",
        "Greta",
    )
    result = extract(**mail)
    # A trial at work set for the reader is their work tried (work_trials.py), and no offer yet.
    assert result.status is Status.ASSESSMENT, result
