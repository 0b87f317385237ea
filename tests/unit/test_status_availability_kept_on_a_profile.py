"""The reader's availability as a field of their profile on a board or an agency's portal ("mettez à jour
vos disponibilités dans votre espace", "añade tu disponibilidad a tu perfil") asks for no meeting: a receipt
or a board's notice with such a tip stays applied (invented mail, French, Spanish, Italian, Portuguese: the
languages whose tables read the availability alone). Availability sent to someone for a meeting stays the
interview.
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
                "Interim Sablonnière <agence@interim-sablonniere.fr>",
                "Candidature reçue : Préparateur de commandes",
                "Bonjour Eudoxie,",
                "Nous avons bien reçu votre candidature pour l'offre Préparateur de commandes.",
                "Pensez à mettre à jour vos disponibilités dans votre espace intérimaire pour être "
                "proposée plus vite.",
                "L'équipe Interim Sablonnière",
            ),
            id="fr_mettre_a_jour_vos_disponibilites",
        ),
        pytest.param(
            _mail(
                "Trabajoya <avisos@trabajoya-empleo.es>",
                "La empresa Panificadora Ulzama ha visto tu candidatura",
                "Hola Arantxa,",
                "La empresa Panificadora Ulzama ha visto tu candidatura para Dependienta de panadería.",
                "Un consejo: completa tu perfil y actualiza tu disponibilidad horaria para destacar.",
                "El equipo de Trabajoya",
            ),
            id="es_actualiza_tu_disponibilidad",
        ),
        pytest.param(
            _mail(
                "Lavoro Subito <notifiche@lavorosubito-annunci.it>",
                "Candidatura inviata: Magazziniere",
                "Ciao Ermenegildo,",
                "la tua candidatura per Magazziniere presso Logistica Brenzone è stata inviata.",
                "Aggiorna la tua disponibilità nel profilo: le aziende la guardano per prime.",
                "Il team di Lavoro Subito",
            ),
            id="it_aggiorna_la_tua_disponibilita",
        ),
        pytest.param(
            _mail(
                "Empregos Já <alertas@empregosja-portal.pt>",
                "Candidatura enviada: Rececionista",
                "Olá Gervásio,",
                "A sua candidatura para Rececionista no Hotel Quinta do Sabugal foi enviada com sucesso.",
                "Dica: adicione as suas línguas e a sua disponibilidade ao perfil.",
                "Equipa Empregos Já",
            ),
            id="pt_adicione_a_sua_disponibilidade",
        ),
    ],
)
def test_availability_kept_on_a_profile_leaves_the_receipt_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Maëlys Vartan <s.vartan@ateliers-gramont.fr>",
                "Votre candidature – Ébéniste",
                "Bonjour Eudoxie,",
                "Merci pour votre candidature. Pourriez-vous m'envoyer vos disponibilités pour un entretien "
                "la semaine prochaine ?",
                "Maëlys Vartan",
            ),
            id="fr_disponibilites_sent_for_a_meeting",
        ),
        pytest.param(
            _mail(
                "Iker Zubeldia <izubeldia@carpinteria-olaberri.es>",
                "Tu candidatura - Carpintero",
                "Hola Arantxa:",
                "Gracias por tu candidatura. Indícame tu disponibilidad para una entrevista esta semana.",
                "Iker",
            ),
            id="es_disponibilidad_for_an_interview",
        ),
    ],
)
def test_availability_asked_for_a_meeting_stays_the_interview(mail):
    assert extract(**mail).status is Status.INTERVIEW
