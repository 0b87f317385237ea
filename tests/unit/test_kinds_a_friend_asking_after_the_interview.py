"""A friend asking after the reader's interview (invented mail): "how did the interview at the bakery go?",
"¿qué tal te fue la entrevista?", "domani è il giorno del colloquio, vero? In bocca al lupo!" from a
mailbox that names no employer is personal mail (kind "other"), whatever step and employer it names; a
person in the process stating the interview, or proposing one from a free mailbox, is still the
application's (friends_asking.py).
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
                "Rowena <rowena.quist@gmail.com>",
                "Re: quiz night thursday",
                "Count me in for Thursday, I'll bring Dev along too.",
                "Oh and your second interview at the brewery is this afternoon, isn't it? Fingers crossed!",
                "R x",
            ),
            id="en_asked_about_and_luck_wished",
        ),
        pytest.param(
            _mail(
                "Nacho Ferreiro <nacho.ferreiro77@hotmail.es>",
                "Re: cumple de Lucía",
                "¡Allí estaremos! Llevamos la tarta de queso.",
                "Por cierto, ¿qué tal te fue la entrevista en la cooperativa? Ya me contarás el sábado.",
                "Un abrazo,\nNacho",
            ),
            id="es_que_tal_te_fue",
        ),
        pytest.param(
            _mail(
                "Joana Sardinha <joana.sardinha@sapo.pt>",
                "jantar sexta?",
                "Olá! Sexta ainda está de pé? Reservei para as oito.",
                "Então, a entrevista é amanhã, certo? Boa sorte, vais arrasar!",
                "Beijinhos,\nJoana",
            ),
            id="pt_amanha_e_boa_sorte",
        ),
        pytest.param(
            _mail(
                "Capucine <capucine.letellier@free.fr>",
                "Re: pique-nique dimanche",
                "Super, on apporte les boissons !",
                "Et ton entretien à la médiathèque, comment ça s'est passé ? Raconte !",
                "Bises,\nCapucine",
            ),
            id="fr_comment_ca_s_est_passe",
        ),
        pytest.param(
            _mail(
                "Wietse <wietse.brouwer@ziggo.nl>",
                "Re: verhuizen zaterdag",
                "Ik neem de aanhanger mee, dan zijn we om negen bij jou.",
                "En hoe ging het sollicitatiegesprek bij de drukkerij? Ik duim voor je!",
                "Groetjes,\nWietse",
            ),
            id="nl_hoe_ging_het",
        ),
    ],
)
def test_a_friend_asking_after_the_readers_interview_is_personal_mail(mail):
    result = extract(**mail)
    assert result.kind is Kind.OTHER, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Orla Penhallow <orla.penhallow@gmail.com>",
                "Your interview with Tidewater Joinery",
                "Hi Callum,",
                "Your interview with Tidewater Joinery is confirmed for Tuesday 12 May at 10:00 at their "
                "workshop on Quay Road. Good luck!",
                "Orla Penhallow\nRecruitment Consultant",
            ),
            id="en_a_recruiter_states_the_interview",
        ),
        pytest.param(
            _mail(
                "Bäckerei Wendelin <baeckerei.wendelin@gmx.de>",
                "Ihre Bewerbung als Bäckereifachverkäuferin",
                "Hallo Frau Oltmanns,",
                "danke für Ihre Bewerbung. Können Sie am Donnerstag um 9 Uhr zu einem Vorstellungsgespräch "
                "in die Filiale kommen? Viel Glück schon mal!",
                "Bäckerei Wendelin",
            ),
            id="de_a_small_employer_proposes_the_interview",
        ),
    ],
)
def test_the_interview_stated_or_proposed_from_a_free_mailbox_stays_the_applications(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Hattie <hattie.brennan88@gmail.com>",
                "Sunday roast?",
                "Hiya! Sunday works, Dom's doing the roast and I'll bring a crumble.",
                "And good luck with the interview on Thursday, you'll smash it! Text me after.",
                "H x",
            ),
            id="en",
        ),
        pytest.param(
            _mail(
                "Jonas <jonas.kreutzer@web.de>",
                "Re: Grillen",
                "Klar, ich bring Würstchen und Bier mit. Mia kommt auch.",
                "Und ich drück dir morgen fest die Daumen für dein Vorstellungsgespräch! Meld dich danach.",
                "Jonas",
            ),
            id="de",
        ),
        pytest.param(
            _mail(
                "Jonas <jonas.kreutzer@web.de>",
                "Re: Grillen",
                "Klar, ich bring Würstchen und Bier mit. Mia kommt auch.",
                "Sag mal, wie ist denn eigentlich dein Vorstellungsgespräch in der Klinik gelaufen? Erzähl!",
                "Jonas",
            ),
            id="de_asked_how_it_went_in_a_long_question",
        ),
        pytest.param(
            _mail(
                "Inès <ines.morvan@orange.fr>",
                "ciné samedi",
                "Coucou ! Ok pour samedi, je prends les places pour 20h30.",
                "Et bonne chance pour ton entretien de mardi, tu vas gérer !!",
                "Bisous",
            ),
            id="fr",
        ),
        pytest.param(
            _mail(
                "Lucía <luciaperez.91@hotmail.es>",
                "cena del viernes",
                "¡Hecho! El viernes en mi casa, yo hago la tortilla.",
                "Y mucha suerte con la entrevista del martes, ¡ya me contarás!",
                "Besos",
            ),
            id="es",
        ),
        pytest.param(
            _mail(
                "Giulia <giulia.ferraro@libero.it>",
                "pizza sabato",
                "Sabato confermato, prenoto io da Gino.",
                "E in bocca al lupo per il colloquio di lunedì!! Poi mi racconti.",
                "Un abbraccio",
            ),
            id="it",
        ),
        pytest.param(
            _mail(
                "Femke <femke.dekker@hotmail.nl>",
                "verjaardag zaterdag",
                "Leuk! Zaterdag kom ik zeker, ik neem taart mee.",
                "En heel veel succes met je sollicitatiegesprek donderdag! Laat je weten hoe het ging?",
                "Liefs",
            ),
            id="nl",
        ),
        pytest.param(
            _mail(
                "Rita <rita.gouveia@sapo.pt>",
                "jantar sexta",
                "Combinado, sexta lá em casa! Eu levo a sobremesa.",
                "E boa sorte na entrevista de segunda, vais arrasar!!",
                "Beijinhos",
            ),
            id="pt",
        ),
    ],
)
def test_luck_wished_for_the_readers_interview_in_a_friends_mail_is_personal_mail(mail):
    result = extract(**mail)
    assert result.kind is Kind.OTHER, result


def test_luck_wished_by_a_recruiter_naming_the_post_stays_the_applications():
    result = extract(
        **_mail(
            "Corin Vale <corin.vale.recruits@gmail.com>",
            "Warehouse Supervisor at Brackwater Freight",
            "Hi Tamsin,",
            "Good luck with your interview for the Warehouse Supervisor role on Thursday! Call me "
            "afterwards.",
            "Corin",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
