"""A withdrawal the employer confirms with the post's name, reference and place between the application and
its verb ("your application for X (Ref. 88, Leeds) has been withdrawn", "tu candidatura al puesto X (Ref. 12,
Cádiz) ha sido retirada", "la candidatura per la posizione X è stata ritirata"), or the post left unfilled by
the employer's own act in the first person ("wir besetzen die Stelle vorerst nicht", "we vullen de vacature
voorlopig niet in", "nous ne pourvoirons pas le poste"), or only a subject naming the withdrawal over an
empty body ("Candidatura retirada", "Conferma ritiro candidatura") is a withdrawal (invented mail).
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
                "Careers Ferrovial Norte <no-reply@empleo.navarreteobras.es>",
                "Tu candidatura",
                "Hola Ismael,",
                "Te confirmamos que tu candidatura al puesto Técnico de Obra Civil (Ref. 77120, Cádiz) "
                "ha sido retirada del proceso, tal como nos pediste.",
                "Un saludo,\nEquipo de Selección Navarrete Obras",
            ),
            id="es_passive_with_the_reference_between",
        ),
        pytest.param(
            _mail(
                "Oleifici Brembate <noreply@oleificibrembate.it>",
                "La tua candidatura",
                "Ciao Marta,",
                "come da tua richiesta, la candidatura per la posizione Addetta qualità olio (Brembate "
                "di Sopra, Bergamo) è stata ritirata. Non riceverai altri messaggi su questa selezione.",
                "Risorse Umane Oleifici Brembate",
            ),
            id="it_the_candidatura_with_the_place_between",
        ),
        pytest.param(
            _mail(
                "Marlow Ferris Surveyors <careers@marlowferris.co.uk>",
                "Your application",
                "Hi Callum,",
                "As you asked, your application for the Assistant Building Surveyor post (Ref. 4471, "
                "Lincoln office) has now been withdrawn.",
                "Best wishes,\nMarlow Ferris Recruitment",
            ),
            id="en_passive_with_the_reference_between",
        ),
        pytest.param(
            _mail(
                "Konditorei Habermann <info@konditorei-habermann.de>",
                "Deine Bewerbung als Konditor (m/w/d)",
                "Hallo Jonas,",
                "danke für deine Bewerbung. Leider verzögert sich die Eröffnung unseres zweiten Cafés, daher "
                "besetzen wir die Stelle vorerst nicht.",
                "Viele Grüße\nPetra Habermann",
            ),
            id="de_we_do_not_fill_the_post_for_now",
        ),
        pytest.param(
            _mail(
                "Bakkerij Van Oosterzee <vacatures@vanoosterzee.nl>",
                "Je sollicitatie als filiaalmanager",
                "Beste Sanne,",
                "bedankt voor je sollicitatie. Door een verbouwing vullen we de vacature voorlopig niet in.",
                "Hartelijke groet,\nBakkerij Van Oosterzee",
            ),
            id="nl_we_do_not_fill_the_vacancy",
        ),
        pytest.param(
            _mail(
                "Recrutement Fromagerie Vallin <rh@fromagerie-vallin.fr>",
                "Votre candidature – Responsable de cave",
                "Bonjour Lucie,",
                "merci pour votre candidature. Suite à une réorganisation, nous ne pourvoirons pas le poste "
                "cette année.",
                "L'équipe RH\nFromagerie Vallin",
            ),
            id="fr_we_will_not_fill_the_post",
        ),
        pytest.param(
            _mail(
                "Recrutamento Conservas Ribamar <recrutamento@ribamar.pt>",
                "A sua candidatura – Técnica de Qualidade",
                "Olá Inês,",
                "obrigado pela sua candidatura. Por agora não vamos preencher a vaga, devido a uma "
                "mudança de planos na fábrica.",
                "Cumprimentos,\nConservas Ribamar",
            ),
            id="pt_we_will_not_fill_the_vacancy",
        ),
    ],
)
def test_a_withdrawal_with_the_post_between_or_a_post_left_unfilled_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        pytest.param(
            "Vidreira Alcoa <noreply@vidreiraalcoa.pt>", "Candidatura retirada – Operador de forno", id="pt"
        ),
        pytest.param("Cantine Valtorre <noreply@cantinevaltorre.it>", "Conferma ritiro candidatura", id="it"),
        pytest.param(
            "Grupo Arrieta <empleo@grupoarrieta.es>", "Confirmación de retirada de candidatura", id="es"
        ),
        pytest.param("Havenbedrijf Zeewolde <werken@havenzeewolde.nl>", "Sollicitatie ingetrokken", id="nl"),
    ],
)
def test_a_subject_naming_the_withdrawal_over_a_thin_body_is_withdrawn(sender, subject):
    result = extract(sender=sender, subject=subject, body="")
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_a_post_not_filled_with_the_reader_stays_a_rejection():
    result = extract(
        **_mail(
            "Konditorei Habermann <info@konditorei-habermann.de>",
            "Deine Bewerbung als Konditor (m/w/d)",
            "Hallo Jonas,",
            "danke für deine Bewerbung. Leider besetzen wir die Stelle nicht mit dir, sondern haben uns für "
            "eine andere Bewerberin entschieden.",
            "Viele Grüße\nPetra Habermann",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result
