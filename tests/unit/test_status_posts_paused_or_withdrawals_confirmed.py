"""The post put on pause by a verb before it ("poner en pausa la contratación", "mettre en pause le
recrutement", "colocar em pausa", "mettere in pausa") or after it (Quebec's "sur pause"), nobody to be
appointed, and the reader's own withdrawal confirmed with the post named between: all withdrawn (invented
mail, several languages).
"""

import pytest

from tests.extraction_support import extract, extract_as_read
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Félix Gosselin <felix@studio-marmotte.example>",
                "Re: ta candidature - Studio Marmotte",
                "Salut Camille,",
                "Merci pour ta patience. Malheureusement, le financement du projet a glissé, alors on a "
                "mis le recrutement sur pause jusqu'à l'automne.",
                "Félix",
            ),
            id="fr_ca_hiring_sur_pause",
        ),
        pytest.param(
            _mail(
                "Búsquedas Andes <busquedas@andesconsultores.example>",
                "Búsqueda Analista de Costos - novedades",
                "Hola Tomás,",
                "Te cuento que nuestro cliente decidió poner en pausa la contratación para este puesto "
                "mientras reorganiza la planta.",
                "Así que por ahora no vamos a avanzar con tu candidatura.",
                "Saludos,\nLucía",
            ),
            id="es_puesto_puesto_en_pausa",
        ),
        pytest.param(
            _mail(
                "Recrutamento Lusomar <recrutamento@lusomar.example>",
                "Candidatura - Técnico de Manutenção",
                "Olá Diogo,",
                "Obrigado pela sua candidatura. A direção decidiu colocar em pausa a contratação para esta "
                "vaga até ao verão.",
                "Cumprimentos,\nRecrutamento Lusomar",
            ),
            id="pt_contratacao_em_pausa",
        ),
        pytest.param(
            _mail(
                "Dotation - Société des Traversiers <dotation@traversiers.example>",
                "Concours 2025-31 annulé",
                "Bonjour,",
                "Merci d'avoir soumis votre candidature au concours 2025-31. À la suite d'une révision "
                "budgétaire, aucune nomination ne sera effectuée.",
                "Dotation\nSociété des Traversiers",
            ),
            id="fr_ca_nobody_appointed",
        ),
        pytest.param(
            _mail(
                "Carrières Banque Côtière <carrieres@banquecotiere.example>",
                "Retrait de candidature - confirmation",
                "Bonjour Mathis,",
                "Votre candidature pour l'emploi de Conseiller principal, Financement agricole "
                "(Réquisition 55120) a bien été retirée, comme vous l'avez demandé.",
                "Nous vous souhaitons bon succès dans vos démarches.",
                "Acquisition de talents",
            ),
            id="fr_withdrawal_confirmed_title_between",
        ),
    ],
)
def test_a_post_paused_or_a_withdrawal_confirmed_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


def test_an_answer_to_the_readers_withdrawal_naming_the_post_between_is_withdrawn():
    body = (
        "Dag Ruben,\n\nJammer, maar ik begrijp het. Ik zet je dossier op inactief en zeg het tweede "
        "gesprek van vrijdag af.\n\nVeel succes!\nMarijke\n\nMarijke Peeters\nTalent Acquisition\n"
        "Schelde Verzekeringen\n\n"
        "Van: Ruben Claes <ruben.claes@gmail.com>\nVerzonden: maandag 2 juni 2025 20:11\n"
        "Aan: Marijke Peeters <marijke.peeters@scheldeverzekeringen.example>\n"
        "Onderwerp: Kandidatuur Actuaris\n\n"
        "Dag Marijke,\nNa veel twijfel wil ik mijn sollicitatie voor Actuaris bij jullie toch intrekken.\n"
        "Groeten,\nRuben"
    )
    result = extract_as_read(
        "Peeters, Marijke <marijke.peeters@scheldeverzekeringen.example>", "RE: Kandidatuur Actuaris", body
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result
