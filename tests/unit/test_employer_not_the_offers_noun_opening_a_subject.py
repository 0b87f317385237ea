"""A subject opening with an offer's noun before the post, in French and Spanish ("Proposition – <post>",
"RE: Propuesta – <post>") as Italian and Portuguese write "Proposta – <post>" (invented mail): the noun is
the mail's news, never the employer; the employer is the one the mail signs with."""

import pytest

from tests.extraction_support import application_row as offer
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

OFFERS_OPENING_THE_SUBJECT = [
    offer(
        "a_french_recruiter_sends_the_offer_signed_with_her_organisation",
        Status.OFFER,
        "Verreries Lanthenay",
        None,
        sender="Eulalie Corbière <e.corbiere@lanthenay-verre.example>",
        subject="Proposition – Acheteuse projets (H/F)",
        body="Bonjour Philippine,\n\nSuite à vos entretiens, j'ai le plaisir de vous confirmer que nous "
        "souhaitons vous accueillir dans l'équipe Achats. Vous trouverez en pièce jointe notre proposition "
        "d'embauche : CDI, statut cadre.\n\nMerci de nous la retourner signée avant le 12 mars.\n\n"
        "Bien cordialement,\n\nEulalie Corbière\nChargée de recrutement\nVerreries Lanthenay\n03 84 00 00 00",
    ),
    offer(
        "a_french_reply_to_the_offer_keeps_the_noun",
        Status.OFFER,
        "Biscuiteries Arnoult-Pellegrin",
        None,
        sender="Timothée Massonnat <t.massonnat@bap-biscuits.example>",
        subject="RE: Proposition – Contrôleur qualité",
        body="Bonjour Ilyes,\n\nNous avons le plaisir de vous proposer le poste de Contrôleur qualité en CDI "
        "à compter du 2 mai, 34 000 € bruts annuels.\n\nCordialement,\n\n"
        "Timothée Massonnat\nResponsable RH\nBiscuiteries Arnoult-Pellegrin",
    ),
    offer(
        "a_spanish_offer_opening_with_propuesta",
        Status.OFFER,
        "Conservas Iribarren",
        None,
        sender="Maialen Ostolaza <mostolaza@cisa-bermeo.example>",
        subject="Propuesta – Técnico/a de Mantenimiento",
        body="Hola Gorka,\n\nNos complace ofrecerte el puesto de Técnico/a de Mantenimiento en nuestra "
        "planta de Bermeo. Te adjuntamos la propuesta con las condiciones: contrato indefinido y "
        "31.000 € brutos anuales.\n\nUn saludo,\n\nMaialen Ostolaza\nResponsable de Personas\n"
        "Conservas Iribarren",
    ),
    offer(
        "a_spanish_reply_to_the_offer_from_a_hiring_manager",
        Status.OFFER,
        "Bodegas Ulibarri",
        None,
        sender="Jon Arrieta Garaikoetxea <jarrieta@bu-rioja.example>",
        subject="RE: Propuesta – Enólogo/a adjunto/a",
        body="Hola Irune,\n\nComo hablamos por teléfono, queremos ofrecerte el puesto. Te envío la "
        "propuesta firmada por dirección; si estás de acuerdo, podrías incorporarte el 1 de septiembre.\n\n"
        "Saludos,\nJon Arrieta Garaikoetxea\nDirector Técnico\nBodegas Ulibarri",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), OFFERS_OPENING_THE_SUBJECT)
def test_an_offers_noun_opening_the_subject_is_no_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
