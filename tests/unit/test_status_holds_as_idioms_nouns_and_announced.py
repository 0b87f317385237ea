"""A post held in the words a writer reaches for when no table's verb comes: the idiom of a thing kept
cold for later ("in de ijskast", "na geladeira", "en la nevera"), the calling off named as a noun
whose preposition governs the post ("the cancellation of the campaign", "a cessação do procedimento"),
and a hold announced after a colon whose preface ("before you wait any longer:") conditions nothing.
Each is withdrawn, not rejected nor advanced. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.models import Kind, Status

HELD_MAIL = [
    pytest.param(
        "Beste Wendelien,\n\nDank voor je komst vorige week. De directie heeft besloten de functie van "
        "teamleider expeditie tot na de verhuizing in de ijskast te zetten. Dat ligt niet aan jou.\n\n"
        "Hartelijke groet,\nBarend Oostveld\nOostveld Kratten B.V.",
        "Teamleider expeditie",
        id="nl_post_kept_cold",
    ),
    pytest.param(
        "Oi Gildete,\n\nQueria te avisar: a vaga de Analista Fiscal Pleno foi para a geladeira até o próximo "
        "trimestre, por conta do orçamento. Gostamos muito da sua conversa com o time.\n\n"
        "Abraço,\nDirceu Tavolaro\nTavolaro Embalagens Ltda.",
        "Analista Fiscal Pleno",
        id="pt_br_post_kept_cold",
    ),
    pytest.param(
        "Hola Eulalia,\n\nte escribo para contarte que la vacante de técnica de laboratorio ha acabado en la "
        "nevera, sin fecha.\n\nUn saludo,\nRamiro Quintanilla\n"
        "Laboratorios Ximénez Peral",
        "técnica de laboratorio",
        id="es_post_kept_cold",
    ),
    pytest.param(
        "Dear Ptolemy,\n\nWe write to confirm the cancellation of the Field Geologist recruitment campaign, "
        "following a review of our exploration budget. We thank you for your interest.\n\n"
        "People Team\nKarrawong Minerals",
        "Field Geologist",
        id="en_cancellation_of_the_campaign",
    ),
    pytest.param(
        "Madame Oudinot,\n\nNous vous informons de l'annulation du recrutement au poste de chargée de "
        "mission énergie, décidée par le conseil communautaire du 3 mars.\n\n"
        "Le service des ressources humaines\n"
        "Communauté de communes du Val d'Ourche",
        "chargée de mission énergie",
        id="fr_annulment_of_the_recruitment",
    ),
    pytest.param(
        "Sehr geehrter Herr Pfisterer,\n\nhiermit teilen wir Ihnen die Aufhebung des Auswahlverfahrens für "
        "die Stelle als Sachbearbeiter Liegenschaften mit. Grund sind Kürzungen im Haushalt.\n\n"
        "Mit freundlichen Grüßen\nPersonalamt der Gemeinde Oberwiesling",
        "Sachbearbeiter Liegenschaften",
        id="de_procedure_lifted",
    ),
    pytest.param(
        "Gentile dott.ssa Bracchetti,\n\nle comunichiamo la sospensione della procedura di selezione per "
        "Tecnico di Radiologia, disposta dalla direzione generale.\n\nCordiali saluti\n"
        "Ufficio Personale – Casa di Cura Villa Oleandri",
        "Tecnico di Radiologia",
        id="it_suspension_of_the_procedure",
    ),
    pytest.param(
        "Olá Jandira,\n\nAntes que fique à espera de notícias: a administração decidiu congelar a posição de "
        "Coordenadora de Compras até segunda ordem.\n\nCom os melhores cumprimentos,\nLeopoldina Sarzedas\n"
        "Sarzedas & Irmãos, Lda.",
        "Coordenadora de Compras",
        id="pt_hold_after_a_preface_and_its_colon",
    ),
]


@pytest.mark.parametrize(("body", "_title"), HELD_MAIL)
def test_a_post_kept_cold_called_off_as_a_noun_or_held_after_a_colon_is_withdrawn(body, _title):
    read = extract(body=body, subject="Update")
    assert (read.kind, read.status) == (Kind.APPLICATION, Status.WITHDRAWN)


NOT_HELD = [
    pytest.param("we write to confirm the cancellation of your interview on tuesday", id="en_meeting"),
    pytest.param("nous confirmons l'annulation de votre candidature à votre demande", id="fr_readers_own"),
    pytest.param("we confirm the withdrawal of your application for the role", id="en_readers_withdrawal"),
]


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_a_meeting_or_the_readers_own_application_called_off_holds_no_post(sentence):
    assert not is_post_held(sentence)


def test_a_hold_hedged_after_the_colon_stays_hedged():
    body = (
        "Dear Ottoline,\n\nOne more thing: if the grant is not renewed, the trustees may freeze the hire "
        "of a new warden.\n\nBest,\nCressida Vautrais\nHollowmere Bird Reserve"
    )
    assert extract(body=body, subject="Warden post").status != Status.WITHDRAWN
