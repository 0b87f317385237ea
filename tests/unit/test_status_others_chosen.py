"""Rejections that tell of others chosen without a rejection's words (invented mail): the selection gone on
with other people ("the process has continued with candidates whose experience is closer to the role"),
the place filled with someone else ("we ended up filling the shift with someone who"), or the post kept
for someone inside ("decided to fill the role internally"), in the seven languages. Sharing the reader's
CV internally, or a process that goes on with the reader, rejects nothing.
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
                "Recruiting <jobs@bramblewoodfoods.com>",
                "Your application - Quality Lead",
                "Dear Tomasz,",
                "Thank you for the time you gave us. After reviewing every application, we have proceeded "
                "with candidates whose background is closer to what the role needs at this stage.",
                "Bramblewood Foods",
            ),
            id="en_proceeded_with_candidates_whose",
        ),
        pytest.param(
            _mail(
                "Dana Kowalczyk <dana@lakeshorebikes.com>",
                "RE: weekend mechanic",
                "Hi Ruben,",
                "Thanks for stopping by last week. We ended up filling the spot with someone who can also "
                "cover Sundays.",
                "Dana",
            ),
            id="en_ended_up_filling_the_spot",
        ),
        pytest.param(
            _mail(
                "Amira Shah <amira@corvidanalytics.com>",
                "Re: Data Engineer",
                "Hi Owen,",
                "I wanted to let you know that the team has decided to fill the role internally.",
                "Amira",
            ),
            id="en_fill_the_role_internally",
        ),
        pytest.param(
            _mail(
                "Ufficio Personale <personale@oleificiomontalbo.it>",
                "Candidatura Addetto Qualità",
                "Gentile signor Conti,",
                "la informiamo che la selezione è proseguita con candidati la cui esperienza è più vicina "
                "alle esigenze della posizione.",
                "Oleificio Montalbo",
            ),
            id="it_selezione_proseguita_con_candidati",
        ),
        pytest.param(
            _mail(
                "Joost Verhaar <joost@verhaarbouw.nl>",
                "Re: Werkvoorbereider",
                "Hoi Daan,",
                "Na overleg hebben we besloten de functie intern in te vullen. Bedankt voor je tijd!",
                "Joost",
            ),
            id="nl_intern_in_te_vullen",
        ),
        pytest.param(
            _mail(
                "Personal <personal@kunzmann-optik.de>",
                "Ihre Bewerbung als Augenoptiker",
                "Sehr geehrte Frau Lindner,",
                "wir haben uns entschieden, die Stelle intern zu besetzen.",
                "Kunzmann Optik",
            ),
            id="de_intern_zu_besetzen",
        ),
        pytest.param(
            _mail(
                "RH <rh@fromagerie-aubrac.fr>",
                "Votre candidature",
                "Bonjour Julien,",
                "Nous avons décidé de pourvoir le poste de Responsable d'atelier en interne.",
                "Fromagerie de l'Aubrac",
            ),
            id="fr_pourvoir_en_interne",
        ),
        pytest.param(
            _mail(
                "Selección <seleccion@bodegasalmenar.es>",
                "Proceso Enólogo",
                "Hola Irene,",
                "Te escribo para contarte que hemos decidido cubrir la vacante internamente.",
                "Bodegas Almenar",
            ),
            id="es_cubrir_internamente",
        ),
        pytest.param(
            _mail(
                "RH <rh@cortiçasdoalentejo.pt>",
                "Candidatura",
                "Olá Inês,",
                "Informamos que o processo foi prosseguido com candidatos cujo perfil está mais alinhado "
                "com a função.",
                "Cortiças do Alentejo",
            ),
            id="pt_prosseguido_com_candidatos_cujo",
        ),
    ],
)
def test_others_chosen_is_a_rejection(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Careers <careers@corvidanalytics.com>",
                "Thank you for applying",
                "Hi Owen,",
                "Thank you for your application for Data Engineer. We have decided to share your CV "
                "internally with the hiring managers and will be in touch.",
                "Corvid Analytics",
            ),
            Status.APPLIED,
            id="en_cv_shared_internally",
        ),
        pytest.param(
            _mail(
                "Recruiting <jobs@bramblewoodfoods.com>",
                "Your application - Quality Lead",
                "Dear Tomasz,",
                "Thank you for applying. We have proceeded to the next round with you and two other "
                "candidates; we would like to invite you to an interview next week.",
                "Bramblewood Foods",
            ),
            Status.INTERVIEW,
            id="en_proceeded_with_the_reader",
        ),
    ],
)
def test_others_beside_the_reader_reject_nothing(mail, status):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
